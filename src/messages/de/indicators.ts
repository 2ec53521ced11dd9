import type { IndicatorFamily, IndicatorReasons } from '../../core/score.js';
import type { TemplatesOf } from '../../core/reason.js';
import { level, n } from './format.js';

/**
 * A label that ends in an infinitive clause with zu (`Die Fähigkeit, Lieferungen anzunehmen`)
 * closes it with a comma before the sentence goes on; an enumeration (`A, B und C`) does not.
 *
 * @internal
 */
export function label(l: string): string {
  return /,[^()]*(?:\bzu \p{L}+|\p{L}+zu\p{L}+)$/u.test(l) ? `${l},` : l;
}

/**
 * German templates of an indicator family's reasons (see `indicatorReasons` in core): the same
 * codes, with a German subject (a feminine noun, e.g. `Bedarfsunsicherheit`) and labels.
 *
 * @internal
 */
export function indicatorTemplates<K extends string, P extends string>(
  family: IndicatorFamily<K, P>,
  subject: string,
  labels: Readonly<Record<K, string>>,
): TemplatesOf<IndicatorReasons<K, P>> {
  const p = family.prefix;
  const out: Record<string, (x: never) => string> = {};
  for (const key of Object.keys(family.labels) as K[]) {
    const code = `${p}_${key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase()}`;
    out[code] = (x: { value: number; contribution: number }) =>
      `${label(labels[key])} bei ${n(x.value)} ${x.contribution > 0 ? 'erhöht' : x.contribution < 0 ? 'senkt' : 'verändert nicht'} die ${subject}.`;
  }
  for (const l of ['low', 'medium', 'high'] as const) {
    out[`${p}_${l.toUpperCase()}`] = (x: { score: number }) => `Die ${subject} ist ${level(l)} (${n(x.score)}).`;
  }
  out[`${p}_NO_INDICATORS`] = (x: { prior: number }) => `Für die ${subject} wurden keine Indikatoren angegeben; der neutrale Ausgangswert ${n(x.prior)} wird verwendet.`;
  out[`${p}_PARTIAL_INDICATORS`] = (x: { confidence: number }) => `Nur ${n(x.confidence * 100, 0)} % des Indikatorgewichts der ${subject} wurden angegeben.`;
  return out as unknown as TemplatesOf<IndicatorReasons<K, P>>;
}

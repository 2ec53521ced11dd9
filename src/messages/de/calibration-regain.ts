import type { TemplatesOf } from '../../core/reason.js';
import type { REGAIN_REASONS } from '../../calibration/regain-codes.js';
import { count, n } from './format.js';

/** Where a prior came from, in German. */
const source = (s: 'segment' | 'flat'): string => (s === 'segment' ? 'Quote der Richtlinie für das Segment' : 'einheitliche Quote der Richtlinie');

/** German templates of `updateRegainRates`. @internal */
export const calibrationRegain: TemplatesOf<typeof REGAIN_REASONS> = {
  REGAIN_RATE_UPDATED: (p) =>
    `Segment ${p.segment}: Vorannahme ${n(p.prior, 3)} (${source(p.priorSource)}, so viel wert wie ${count(p.strength, 'Pseudofall', 'Pseudofälle')}), `
    + `Daten ${n(p.regained)} von ${n(p.offered)} angesprochenen Kunden zurückgewonnen (${n(p.observed, 3)}), Ergebnis ${n(p.rate, 3)}.`,
  REGAIN_RATE_NO_DATA: (p) =>
    `Segment ${p.segment}: keine Rückgewinnungsversuche verzeichnet, daher bleibt es bei der Vorannahme ${n(p.prior, 3)} (${source(p.priorSource)}).`,
};

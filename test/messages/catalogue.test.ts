import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONCEPT_IDS, ValidationError, type Reason } from '../../src/core/index.js';
import type { ReasonEntry } from '../../src/core/reason.js';
import { de, en, formatReason } from '../../src/messages/index.js';
import { CATALOGUES } from '../../src/messages/catalogues.js';
import { reasonCodesMarkdown } from '../../scripts/reason-codes-doc.js';
import { ACCOUNT_REASON_CODES } from '../../src/account/index.js';
import { BUYING_STRATEGY_REASON_CODES } from '../../src/buying-strategy/index.js';
import { CONTINUITY_REASON_CODES } from '../../src/continuity/index.js';
import { CONTINUUM_REASON_CODES } from '../../src/continuum/index.js';
import { DEVELOPMENT_REASON_CODES } from '../../src/development/index.js';
import { ENGAGEMENT_REASON_CODES } from '../../src/engagement/index.js';
import { GROWTH_REASON_CODES } from '../../src/growth/index.js';
import { LOYALTY_REASON_CODES } from '../../src/loyalty/index.js';
import { NETWORK_REASON_CODES } from '../../src/network/index.js';
import { PORTFOLIO_REASON_CODES } from '../../src/portfolio/index.js';
import { POST_SALES_REASON_CODES } from '../../src/post-sales/index.js';
import { REACQUISITION_REASON_CODES } from '../../src/reacquisition/index.js';
import { UNCERTAINTY_REASON_CODES } from '../../src/uncertainty/index.js';
import { EVIDENCE_REASON_CODES } from '../../src/evidence/index.js';
import { CALIBRATION_REASON_CODES } from '../../src/calibration/index.js';

const CODES: Record<keyof typeof CATALOGUES, readonly string[]> = {
  uncertainty: UNCERTAINTY_REASON_CODES,
  'buying-strategy': BUYING_STRATEGY_REASON_CODES,
  continuum: CONTINUUM_REASON_CODES,
  continuity: CONTINUITY_REASON_CODES,
  loyalty: LOYALTY_REASON_CODES,
  portfolio: PORTFOLIO_REASON_CODES,
  growth: GROWTH_REASON_CODES,
  reacquisition: REACQUISITION_REASON_CODES,
  development: DEVELOPMENT_REASON_CODES,
  'post-sales': POST_SALES_REASON_CODES,
  engagement: ENGAGEMENT_REASON_CODES,
  network: NETWORK_REASON_CODES,
  account: ACCOUNT_REASON_CODES,
  evidence: EVIDENCE_REASON_CODES,
  calibration: CALIBRATION_REASON_CODES,
};

const entries = (module: keyof typeof CATALOGUES): ReasonEntry[] =>
  Object.values(CATALOGUES[module] as unknown as Readonly<Record<string, ReasonEntry>>);

const MODULES = Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[];

/** A reason of a catalogue entry, rendered from its example params. */
const example = (e: ReasonEntry): Reason => ({ code: e.code, concept: e.concept, params: e.example });

describe('reason catalogues', () => {
  it('list exactly each module\'s codes, with no code in two modules', () => {
    const seen = new Set<string>();
    for (const m of MODULES) {
      expect(entries(m).map((e) => e.code)).toEqual([...CODES[m]]);
      for (const code of CODES[m]) {
        expect(seen.has(code), `${code} is in two modules`).toBe(false);
        seen.add(code);
        expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
      }
    }
    expect(Object.keys(en).sort()).toEqual([...seen].sort());
  });

  it('tie every code to a known concept and give example params that are plain data', () => {
    for (const m of MODULES) {
      for (const e of entries(m)) {
        expect(CONCEPT_IDS).toContain(e.concept);
        expect(JSON.parse(JSON.stringify(e.example))).toEqual(e.example);
      }
    }
  });

  it('en and de are complete: every code has a template in both, and nothing else', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  for (const m of MODULES) {
    it(`render every ${m} code's example in English and German (snapshots)`, async () => {
      const lines = { en: [] as string[], de: [] as string[] };
      for (const e of entries(m)) {
        for (const [locale, messages] of [['en', en], ['de', de]] as const) {
          const text = formatReason(example(e), messages);
          expect(text.length, `${locale} ${e.code}`).toBeGreaterThan(0);
          // "the share is undefined" is a message, not a rendering slip
          expect(text.replace(/\b(?:is|are) undefined\b/g, ''), `${locale} ${e.code}`).not.toMatch(/undefined|NaN|\[object Object\]|Infinity/);
          lines[locale].push(`${e.code}: ${text}`);
        }
        expect(formatReason(example(e), de), `${e.code} is not translated`).not.toBe(formatReason(example(e), en));
      }
      await expect(`${lines.en.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/${m}.en.txt`);
      await expect(`${lines.de.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/${m}.de.txt`);
    });
  }
});

describe('formatReason', () => {
  const entry = entries('account')[0] as ReasonEntry;

  it('renders in English by default and falls back to English for a code the catalogue lacks', () => {
    expect(formatReason(example(entry))).toBe(entry.en(entry.example));
    expect(formatReason(example(entry), {})).toBe(entry.en(entry.example));
    expect(formatReason(example(entry), { [entry.code]: () => 'mine' })).toBe('mine');
  });

  it('throws a ValidationError for an unknown code or a reason without params', () => {
    expect(() => formatReason({ code: 'NOPE', concept: 'loyalty-ladder', params: {} })).toThrow(ValidationError);
    expect(() => formatReason({ code: '__proto__', concept: 'loyalty-ladder', params: {} })).toThrow(ValidationError);
    expect(() => formatReason({ code: 'toString', concept: 'loyalty-ladder', params: {} }, de)).toThrow(ValidationError);
    expect(() => formatReason({ code: entry.code, concept: entry.concept } as unknown as Reason)).toThrow(/params/);
    expect(() => formatReason(null as unknown as Reason)).toThrow(ValidationError);
  });

  it('names the path and the value in its errors, and cuts a long code to 80 characters', () => {
    const issues = (f: () => unknown): { path: readonly (string | number)[]; message: string }[] => {
      try { f(); } catch (e) { expect(e).toBeInstanceOf(ValidationError); return [...(e as ValidationError).issues]; }
      throw new Error('expected a ValidationError');
    };
    const noParams = [{ path: ['params'], message: 'Expected a reason with a params object' }];
    expect(issues(() => formatReason(42 as unknown as Reason))).toEqual(noParams);
    expect(issues(() => formatReason({ code: 'ACCOUNT_LOST', concept: 'regain-management', params: null } as unknown as Reason))).toEqual(noParams);
    expect(issues(() => formatReason({ code: 'NOPE', concept: 'loyalty-ladder', params: {} }))).toEqual([{ path: ['code'], message: 'Unknown reason code "NOPE"' }]);
    expect(issues(() => formatReason({ code: 7, concept: 'loyalty-ladder', params: {} } as unknown as Reason))).toEqual([{ path: ['code'], message: 'Unknown reason code "7"' }]);
    const long = `X${'Y'.repeat(200)}`;
    expect(issues(() => formatReason({ code: long, concept: 'loyalty-ladder', params: {} }))[0]?.message).toBe(`Unknown reason code ${JSON.stringify(long).slice(0, 82)}`);
    // A code that is a key of Object.prototype is no template.
    expect(issues(() => formatReason({ code: 'hasOwnProperty', concept: 'loyalty-ladder', params: {} }))[0]?.path).toEqual(['code']);
    try { formatReason({ code: 'NOPE', concept: 'loyalty-ladder', params: {} }); } catch (e) { expect((e as Error).message).toMatch(/^Invalid reason: /); }
  });

  it('is deterministic and never throws on a known code with its example params', () => {
    const all = MODULES.flatMap(entries);
    fc.assert(fc.property(fc.constantFrom(...all), fc.constantFrom(en, de), (e, messages) => {
      expect(formatReason(example(e), messages)).toBe(formatReason(example(e), messages));
    }));
  });
});

describe('docs/reason-codes.md', () => {
  it('is current: it is what `npm run docs:reasons` writes from the catalogues', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'reason-codes.md'), 'utf8')).toBe(reasonCodesMarkdown());
  });
});

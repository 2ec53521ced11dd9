// The three explanation levels (issue 17): 'codes' and 'none' change nothing but the reasons,
// 'codes' reasons render to the 'full' message with formatReason, German templates apply, and
// every code has an English and a German template that render their example params.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type { DeepPartial, Messages } from '../../src/core/index.js';
import { englishTemplates } from '../../src/core/reason.js';
import { GROWTH_REASON_CODES, migrationStage, recommendGrowthApproach, type GrowthAccount, type GrowthPolicy } from '../../src/growth/index.js';
import { ACCOUNT_TEAMS } from '../../src/growth/constants.js';
import { GROWTH_REASONS } from '../../src/growth/codes.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { growth as de } from '../../src/messages/de/growth.js';
import { formatReason } from '../../src/messages/format.js';
import { assertExplainLevels, type ExplainLevels } from '../explain-levels.js';
import { score } from '../helpers.js';

const EN: Messages = englishTemplates(GROWTH_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE };

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const rungArb = fc.constantFrom(...LOYALTY_RUNGS);
const accountArb = fc.record({
  consolidatingSuppliers: opt(fc.boolean()),
  requirementSplittable: opt(fc.boolean()),
  capacityCoverage: opt(score()),
  provenPerformance: opt(score()),
  switchingRisk: opt(score()),
  shareOfWallet: opt(score()),
  rung: opt(rungArb),
  recognisedValue: opt(score()),
  requirementFit: opt(score()),
  modularOffer: opt(fc.boolean()),
  valueAddedShare: opt(score()),
  solutionSelling: opt(fc.boolean()),
  jointPlanning: opt(fc.boolean()),
  executiveAccess: opt(fc.boolean()),
  accountTeam: opt(fc.constantFrom(...ACCOUNT_TEAMS)),
}, { requiredKeys: [] }) as fc.Arbitrary<GrowthAccount>;
const policyArb: fc.Arbitrary<DeepPartial<GrowthPolicy> | undefined> = fc.option(fc.record({
  approach: fc.record({
    weights: fc.record({ consolidation: fc.double({ min: 0, max: 5, noNaN: true }), loyalty: fc.constantFrom(0, 1) }, { requiredKeys: [] }),
    prior: score(),
    allAtOnceFrom: score(),
    minCapacity: score(),
  }, { requiredKeys: [] }),
  migration: fc.record({ valueAddedFrom: score(), partnerFromRung: rungArb }, { requiredKeys: [] }),
}, { requiredKeys: [] }), { nil: undefined });

describe('growth: explanation levels', () => {
  it('recommendGrowthApproach: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([accountArb, policyArb], (a, policy, o) => recommendGrowthApproach(a, policy, o), LEVELS, { numRuns: 200 })).toBeGreaterThan(0);
  });

  it('migrationStage: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([accountArb, policyArb], (a, policy, o) => migrationStage(a, policy, o), LEVELS, { numRuns: 200 })).toBeGreaterThan(0);
  });

  it('writes the examples in German', () => {
    expect(recommendGrowthApproach({ consolidatingSuppliers: true }, undefined, { messages: DE }).reasons.map((r) => r.message)).toEqual([
      'Die Lieferantenkonsolidierung beim Kunden (1) spricht für den Ansatz „alles auf einmal“.',
      'Nur 40 % des Gewichts der Angaben liegen vor; der Rest zählt mit dem Ausgangswert 0,3.',
      'Den Kunden „alles auf einmal“ entwickeln: die Veränderungen in seinen Entscheidungsprozessen und Einkaufseinheiten, im Angebot und in den nötigen Verkaufsfähigkeiten gemeinsam angehen, nicht Stück für Stück (Bereitschaft 0,58, „alles auf einmal“ ab 0,5).',
    ]);
    expect(recommendGrowthApproach({ requirementSplittable: true, recognisedValue: 0.2, modularOffer: false }, undefined, { messages: DE }).reasons.map((r) => r.message).slice(-4)).toEqual([
      'Der Nutzen des ersten Teilstücks, wie der Kunde ihn braucht und erkennt (0,2), ist nicht erheblich (ab 0,5): „Fuß in der Tür“ braucht einen erheblichen, erkannten Nutzen; ihn vor dem kleinen Ja aufbauen und zeigen.',
      'Das Angebot ist nicht modular: „Fuß in der Tür“ braucht ein kleines Teilstück, das sich allein verkaufen und später erweitern lässt.',
      'Gefahr des Überverkaufs: Ohne klaren Nutzen und enge Passung kann das Drängen auf das größere Ja Entscheider zu Käufen bewegen, die sie nicht wirklich brauchen; das schadet der Beziehung und begrenzt künftige Geschäfte.',
      'Unbekannt ist, ob das erste Teilstück eine enge Passung zu den Anforderungen des Kunden bietet, was „Fuß in der Tür“ braucht: vor dem kleinen Ja prüfen.',
    ]);
    expect(migrationStage({ valueAddedShare: 0.3, accountTeam: 'sales-rep', jointPlanning: true, rung: 'advocate' }, undefined, { messages: DE }).reasons.map((r) => r.message)).toEqual([
      'Das Angebot ist wertsteigernd: 30 % des Geschäfts sind Dienstleistungen und Lösungen (ab 20 %).',
      'Wir bieten Dienstleistungen und Lösungen über das Produkt hinaus: ein Lieferant mit Mehrwert.',
      'Für den Kunden ist ein Vertriebsmitarbeiter zuständig; als Lieferant mit Mehrwert brauchen wir aber ein Account-Team.',
      'Nur 3 von 4 Angaben (wertsteigerndes Angebot, gemeinsame Planung, Zugang zur Geschäftsleitung, Loyalitätsstufe) liegen vor.',
    ]);
  });

  it('gives PARTIAL_EVIDENCE one concept and tells its two uses apart by params.section', () => {
    const approach = recommendGrowthApproach({ consolidatingSuppliers: true }, undefined, { explain: 'codes' }).reasons.find((r) => r.code === 'PARTIAL_EVIDENCE');
    const migration = migrationStage({}, undefined, { explain: 'codes' }).reasons.find((r) => r.code === 'PARTIAL_EVIDENCE');
    expect(approach).toEqual({ code: 'PARTIAL_EVIDENCE', concept: 'account-growth', params: { section: 'approach', confidence: 0.4, prior: 0.3 } });
    expect(migration).toEqual({ code: 'PARTIAL_EVIDENCE', concept: 'account-growth', params: { section: 'migration', known: 0 } });
    expect(migration === undefined ? '' : formatReason(migration, EN)).toBe('Only 0 of 4 pieces of evidence (value-added offering, joint planning, executive access, loyalty rung) were supplied.');
  });

  it('shares the reasons without params of the default explanation, and builds them under other options', () => {
    const a = migrationStage({});
    const b = migrationStage({});
    expect(a.reasons[0]).toBe(b.reasons[0]);
    expect(Object.isFrozen(a.reasons[0])).toBe(true);
    expect(migrationStage({}, undefined, { messages: {} }).reasons).toEqual(a.reasons);
    expect(migrationStage({}, undefined, { messages: {} }).reasons[0]).not.toBe(a.reasons[0]);
  });
});

describe('growth: the catalogue', () => {
  it('lists exactly the codes of the catalogue, each with a German template', () => {
    expect([...GROWTH_REASON_CODES].sort()).toEqual(Object.keys(GROWTH_REASONS).sort());
    expect(Object.keys(de).sort()).toEqual([...GROWTH_REASON_CODES].sort());
  });

  it('renders every example in English and German', () => {
    for (const code of GROWTH_REASON_CODES) {
      const entry = GROWTH_REASONS[code];
      for (const text of [entry.en(entry.example as never), (DE[code] as (p: unknown) => string)(entry.example)]) {
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    }
  });

  it('renders the other wording of conditional templates', () => {
    const render = (m: Messages, code: string, params: object) => (m[code] as (p: object) => string)(params);
    expect(render(DE, 'PARTIAL_EVIDENCE', { section: 'migration', known: 1 })).toContain('Nur 1 von 4 Angaben');
    expect(render(DE, 'PARTIAL_EVIDENCE', { section: 'migration', known: 1 })).toContain('liegt vor.');
    expect(render(DE, 'VALUE_ADDED_OFFERING', { solutionSelling: true, share: null, from: 0.2 })).toBe('Das Angebot ist wertsteigernd: Wir verkaufen Lösungen, nicht nur Produkte (ab 20 %).');
    expect(render(DE, 'TEAM_AHEAD_OF_STAGE', { team: 'strategic-team', stage: 'product-vendor', needed: 'sales-rep' }))
      .toBe('Für den Kunden ist ein strategisches Account-Team zuständig; als Produktlieferant brauchen wir nur einen Vertriebsmitarbeiter, es sei denn, das Team soll den Kunden auf die nächste Stufe führen.');
    expect(render(DE, 'TEAM_MATCHES_STAGE', { team: 'unknown-team', stage: 'unknown-stage' })).toBe('Für den Kunden ist unknown-team zuständig; das passt zu uns als unknown-stage.');
    expect(render(EN, 'TEAM_MATCHES_STAGE', { team: 'unknown-team', stage: 'unknown-stage' })).toBe('The account has unknown-team, which fits unknown-stage.');
    // A reason stored before the rung and its source were params renders without them.
    expect(render(DE, 'ALL_AT_ONCE_LOYALTY', { value: 0.3, contribution: 0 })).toBe('Die Loyalitätsstufe des Kunden (0,3 auf der Leiter) ist für den Ansatz „alles auf einmal“ neutral.');
    expect(render(EN, 'ALL_AT_ONCE_LOYALTY', { value: 0.3, contribution: 0 })).toBe('The customer\'s loyalty rung (0.3 up the ladder) is neutral on the all-at-once approach.');
    expect(render(DE, 'ALL_AT_ONCE_LOYALTY', { value: 0.1, contribution: -0.1, rung: 'skeptic', source: 'given' })).toBe('Die Loyalitätsstufe des Kunden, skeptic (0,1 auf der Leiter), spricht gegen den Ansatz „alles auf einmal“.');
    expect(render(DE, 'ALL_AT_ONCE_LOYALTY', { value: 0.1, contribution: 0.1, rung: 'skeptic', source: 'loyalty' }))
      .toBe('Die Loyalitätsstufe des Kunden, skeptic, die Stufe des Kunden aus seinem Loyalitätsabschnitt (0,1 auf der Leiter), spricht für den Ansatz „alles auf einmal“.');
    expect(render(DE, 'ALL_AT_ONCE_SHARE_OF_WALLET', { value: 0.3, contribution: 0.1, source: 'given' })).toBe('Unser aktueller Anteil am Einkaufsvolumen des Kunden (0,3) spricht für den Ansatz „alles auf einmal“.');
    expect(render(DE, 'ALL_AT_ONCE_SHARE_OF_WALLET', { value: 0.3, contribution: 0.1, source: 'economics' })).toContain('(0,3), aus den Wirtschaftsdaten abgeleitet');
    expect(render(DE, 'LOYALTY_BELOW_PARTNERSHIP', { rung: 'switcher', from: 'relationship-investor', source: 'given' }))
      .toBe('Der Kunde steht auf der Stufe switcher, unter relationship-investor: Er investiert noch nicht wie ein Partner in die Beziehung.');
    expect(render(DE, 'FOOT_IN_THE_DOOR_LIMITS_UNKNOWN', { valueUnknown: true, fitUnknown: true, modularUnknown: true }))
      .toBe('Unbekannt ist, ob das erste Teilstück einen erheblichen, vom Kunden benötigten und erkannten Nutzen, eine enge Passung zu den Anforderungen des Kunden und ein modulares Angebot als Einstieg bietet, was „Fuß in der Tür“ braucht: vor dem kleinen Ja prüfen.');
    expect(render(EN, 'FOOT_IN_THE_DOOR_LIMITS_UNKNOWN', { valueUnknown: false, fitUnknown: false, modularUnknown: true }))
      .toBe('Not known whether the first piece has a modular offer to start from, which foot-in-the-door needs: check before asking for the small yes.');
    expect(render(DE, 'FOOT_IN_THE_DOOR_LIMITS_UNKNOWN', { valueUnknown: true, fitUnknown: false, modularUnknown: false }))
      .toBe('Unbekannt ist, ob das erste Teilstück einen erheblichen, vom Kunden benötigten und erkannten Nutzen bietet, was „Fuß in der Tür“ braucht: vor dem kleinen Ja prüfen.');
  });
});

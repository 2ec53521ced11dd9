// Reasons as data (issue 17): recommendPostSalesModel and findRoleConflicts give the same result at
// every `explain` level but for their reasons; `'codes'` reasons are the `'full'` ones without
// their message, which formatReason renders back from code and params; German messages come from
// the German catalogue; and every code has an English and a German template that render its example.
import { describe, expect, it } from 'vitest';
import type { DeepPartial } from '../../src/core/index.js';
import { englishTemplates, type Messages } from '../../src/core/reason.js';
import { postSales as de } from '../../src/messages/de/post-sales.js';
import { formatReason } from '../../src/messages/format.js';
import { POST_SALES_REASONS } from '../../src/post-sales/codes.js';
import { findRoleConflicts, POST_SALES_FACTORS, POST_SALES_MODELS, POST_SALES_REASON_CODES, recommendPostSalesModel, type PostSalesContext, type PostSalesPolicy, type PostSalesReasonCode } from '../../src/post-sales/index.js';
import { assertExplainLevels, expectExplainLevelsFrozen, type ExplainLevels } from '../explain-levels.js';
import { allReasons } from '../helpers.js';
import { contextArb, nextActionsArb, policyArb } from './arbitraries.js';

const RUNS = { numRuns: 200 };
const EN: Messages = englishTemplates(POST_SALES_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE };

type Policy = DeepPartial<PostSalesPolicy> | undefined;

describe('post-sales: every explain level gives the same result but for its reasons', () => {
  it('recommendPostSalesModel', () => {
    assertExplainLevels([contextArb, policyArb], (c, p, o) => recommendPostSalesModel(c, p, o), LEVELS, RUNS);
  });

  it('findRoleConflicts', () => {
    assertExplainLevels([nextActionsArb], (a, o) => findRoleConflicts(a, o), LEVELS, RUNS);
  });

  it('covers every code on worked examples, with German messages that differ from the English ones', () => {
    const seen = new Set<string>();
    const full: PostSalesContext = { strategicValue: 1, solutionComplexity: 1, recurringRevenue: true, dataCapability: 1, resources: 1 };
    const none: PostSalesContext = { strategicValue: 0, solutionComplexity: 0, recurringRevenue: false, dataCapability: 0, resources: 0 };
    const everyWeight = Object.fromEntries(POST_SALES_FACTORS.map((f) => [f, 1]));
    const everyMinimum = Object.fromEntries(POST_SALES_FACTORS.map((f) => [f, 0.9]));
    const cases: [PostSalesContext, Policy][] = [
      [full, undefined],
      [none, undefined],
      [{ ...full, nextActions: [{ action: 'Renewal meeting', owner: 'kam' }, { action: ' renewal  MEETING', owner: 'csm' }] }, undefined],
      [{ ...full, recurringRevenue: false, solutionComplexity: 0.5 }, undefined],
      [{ ...full, strategicValue: 0.5, resources: 0.2, nextActions: [{ action: 'QBR', owner: 'kam' }] }, undefined],
      [{ ...full, strategicValue: 0, solutionComplexity: 0, dataCapability: 0.34 }, undefined],
      [{ ...full, strategicValue: 0, recurringRevenue: false, dataCapability: 0.5 }, undefined],
      [{ ...full, strategicValue: 2 / 3, solutionComplexity: 0 }, undefined],
      [none, { weights: { pps: everyWeight, kam: everyWeight, csm: everyWeight }, prerequisites: { pps: everyMinimum, kam: everyMinimum, csm: everyMinimum } }],
      [{ ...none, recurringRevenue: true }, { weights: { pps: everyWeight, kam: everyWeight, csm: everyWeight }, prerequisites: { pps: everyMinimum, kam: everyMinimum, csm: everyMinimum }, recommendAt: 0 }],
    ];
    let differ = 0;
    for (const [context, policy] of cases) {
      differ += expectExplainLevelsFrozen([context, policy], (c, p, o) => recommendPostSalesModel(c, p, o), LEVELS);
      for (const r of allReasons(recommendPostSalesModel(context, policy))) seen.add(r.code);
    }
    expect([...seen].sort()).toEqual([...POST_SALES_REASON_CODES].sort());
    expect(differ).toBeGreaterThan(0);
  });

  it('renders the German catalogue on a worked example', () => {
    const r = recommendPostSalesModel({
      strategicValue: 0.5, solutionComplexity: 1, recurringRevenue: true, dataCapability: 1, resources: 0.2,
      nextActions: [{ action: 'Renewal meeting', owner: 'kam' }, { action: 'renewal meeting', owner: 'csm' }],
    }, undefined, { messages: DE });
    expect(r.reasons.map((x) => x.message)).toEqual([
      'Proaktiver After-Sales-Service führt und koordiniert die Betreuung des Kunden.',
      'Key Account Management passt zu diesem Kunden (0,65), doch der strategische Wert des Kunden und die Ressourcenausstattung für den Kunden liegen unter dem Mindestwert der Policy: erst einführen, wenn die Mindestwerte erreicht sind.',
      'Customer Success Management passt zu diesem Kunden (1), doch die Ressourcenausstattung für den Kunden liegt unter dem Mindestwert der Policy: erst einführen, wenn er erreicht ist.',
      'Die Ressourcen für diesen Kunden sind begrenzt: Proaktiver After-Sales-Service ist das am ehesten umsetzbare Modell, denn Key Account Management und Customer Success Management brauchen eigene Teams.',
      '„Renewal meeting“ wird von KAM und CSM verantwortet: der Aktion einen einzigen Verantwortlichen geben, sonst trifft der Kunde für eine Aufgabe auf zwei Teams.',
      'Key Account Management verantwortet nächste Aktionen („Renewal meeting“), wird für diesen Kunden aber nicht empfohlen.',
      'Customer Success Management verantwortet nächste Aktionen („renewal meeting“), wird für diesen Kunden aber nicht empfohlen.',
    ]);
    expect(r.assessments[1]?.reasons.map((x) => x.message)).toEqual([
      'Der strategische Wert des Kunden (angegeben als 0,5) trägt 0,35 zur Passung für Key Account Management bei.',
      'Die Lösungskomplexität (angegeben als 1) trägt 0,3 zur Passung für Key Account Management bei.',
      'Key Account Management setzt einen strategischen Wert des Kunden von mindestens 0,67 voraus (das Modell ist für ausgewählte strategische Kunden gedacht); dieser Kunde hat 0,5 (als Wert angegeben).',
      'Key Account Management setzt eine Ressourcenausstattung für den Kunden von mindestens 0,33 voraus (das Modell braucht eigens zugeordnete Mitarbeitende); dieser Kunde hat 0,2 (als Wert angegeben).',
      'Key Account Management wird nicht empfohlen: es fehlen Voraussetzungen, obwohl die Passung reicht (0,65).',
    ]);
    const levels = recommendPostSalesModel({ strategicValue: 'medium', solutionComplexity: 'high', recurringRevenue: false, dataCapability: 'high', resources: 'high' }, undefined, { messages: DE });
    expect(levels.assessments[1]?.reasons.map((x) => x.message).slice(0, 3)).toEqual([
      'Der strategische Wert des Kunden (angegeben als mittel, gezählt als 0,5) trägt 0,35 zur Passung für Key Account Management bei.',
      'Die Lösungskomplexität (angegeben als hoch, gezählt als 0,83) trägt 0,25 zur Passung für Key Account Management bei.',
      'Key Account Management setzt einen strategischen Wert des Kunden von mindestens 0,67 voraus (das Modell ist für ausgewählte strategische Kunden gedacht); dieser Kunde hat mittel (als Stufe angegeben, gezählt als 0,5).',
    ]);
  });
});

describe('the post-sales catalogue', () => {
  it('lists exactly the codes the module emitted before the catalogue', () => {
    // The list as it was generated before the catalogue, typed as the code union.
    const code = (f: string): string => f.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
    const before = [
      ...POST_SALES_MODELS.flatMap((m) => {
        const c = m.toUpperCase();
        return [
          ...POST_SALES_FACTORS.map((f) => `${c}_${code(f)}`),
          ...POST_SALES_FACTORS.map((f) => `${c}_MISSING_${code(f)}`),
          `${c}_RECOMMENDED`, `${c}_NOT_RECOMMENDED`, `LEAD_${c}`,
        ];
      }),
      'REACTIVE_SERVICE_SUFFICIENT', 'BUILD_PREREQUISITES', 'RESOURCES_LIMITED', 'OVERLAP_KAM_CSM', 'OVERLAP_PPS_CSM', 'OVERLAP_PPS_KAM', 'COMBINED_ALL_THREE',
      'ROLE_CONFLICT', 'OWNER_NOT_RECOMMENDED',
    ];
    expect(POST_SALES_REASON_CODES).toEqual(before);
    const typed: PostSalesReasonCode[] = ['KAM_MISSING_STRATEGIC_VALUE', 'LEAD_CSM', 'PPS_DATA_CAPABILITY', 'ROLE_CONFLICT'];
    for (const c of typed) expect(POST_SALES_REASON_CODES).toContain(c);
  });

  it('has a German template for every code, and every example renders in English and German', () => {
    for (const code of POST_SALES_REASON_CODES) {
      const entry = POST_SALES_REASONS[code];
      expect(entry.code).toBe(code);
      expect(Object.hasOwn(de, code), `no German template for ${code}`).toBe(true);
      const reason = { code, concept: entry.concept, params: entry.example };
      for (const messages of [EN, DE]) {
        const text = formatReason(reason, messages);
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      expect(formatReason(reason, DE), code).not.toBe(formatReason(reason, EN));
    }
    expect(Object.keys(de).sort()).toEqual([...POST_SALES_REASON_CODES].sort());
  });
});

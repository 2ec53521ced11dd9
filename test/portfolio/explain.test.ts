// Reasons as data (issue 17): every function of the module that returns reasons gives the same
// result at every `explain` level but for its reasons; `'codes'` reasons are the `'full'` ones
// without their message, which formatReason renders back from code and params; German messages
// come from the German catalogue; and every code has an English and a German template that render
// its example.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type { Reason } from '../../src/core/index.js';
import { englishTemplates, type ExplainOptions, type Messages } from '../../src/core/reason.js';
import { portfolio as de } from '../../src/messages/de/portfolio.js';
import { formatReason } from '../../src/messages/format.js';
import { classifyWith } from '../../src/portfolio/classify.js';
import { PORTFOLIO_REASONS } from '../../src/portfolio/codes.js';
import { classifyCustomer, classifyReinartzKumar, customerProfitability, defaultPortfolioPolicy, PORTFOLIO_REASON_CODES, customerMix, QUADRANTS, RK_ACTIONS, SELLING_ACTIONS, sellingEffort, shareOfWallet, type PortfolioCustomer, type PortfolioReasonCode } from '../../src/portfolio/index.js';
import { assertExplainLevels, expectExplainLevelsFrozen, type ExplainLevels } from '../explain-levels.js';
import { allReasons } from '../helpers.js';
import { amountArb, classifyInputArb, customersArb, economicsArb, policyArb, rkInputArb } from './arbitraries.js';

const RUNS = { numRuns: 150 };
const EN: Messages = englishTemplates(PORTFOLIO_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE, throwsAlike: true };

describe('portfolio: every explain level gives the same result but for its reasons', () => {
  it('classifyCustomer', () => {
    assertExplainLevels([classifyInputArb, policyArb], (input, policy, o) => classifyCustomer(input, policy, o), LEVELS, RUNS);
  });

  it('sellingEffort', () => {
    assertExplainLevels([fc.constantFrom(...QUADRANTS), policyArb], (quadrant, policy, o) => sellingEffort(quadrant, policy, o), LEVELS, RUNS);
  });

  it('customerProfitability', () => {
    assertExplainLevels([economicsArb, policyArb], (economics, policy, o) => customerProfitability(economics, policy, o), LEVELS, RUNS);
  });

  it('shareOfWallet', () => {
    assertExplainLevels([amountArb, amountArb, policyArb], (ourSales, categorySpend, policy, o) => shareOfWallet(ourSales, categorySpend, policy, o), LEVELS, RUNS);
  });

  it('classifyReinartzKumar', () => {
    assertExplainLevels([rkInputArb, policyArb], (input, policy, o) => classifyReinartzKumar(input, policy, o), LEVELS, RUNS);
  });

  it('customerMix', () => {
    assertExplainLevels([customersArb, policyArb], (customers, policy, o) => customerMix(customers, policy, o), LEVELS, { numRuns: 60 });
  });

  it('covers every code on worked examples, at every level', () => {
    const seen = new Set<string>();
    const check = <const T extends readonly unknown[]>(args: T, run: (...args: [...T, ExplainOptions | undefined]) => unknown): void => {
      expectExplainLevelsFrozen(args, run, LEVELS);
      for (const r of allReasons(run(...args, undefined))) seen.add(r.code);
    };
    const classify = [
      [{ loyalty: 0.7, rung: 'switcher', effort: 0.3 }, { loyalty: { prefer: 'score' } }],
      [{ rung: 'advocate', loyalty: 0.2, effort: 'medium' }, undefined],
      [{ rung: 'switcher', effort: 'low' }, undefined],
      [{ loyalty: 0.2, effort: 0.9 }, undefined],
      [{ loyalty: 0.9, effort: 'medium' }, { effort: { mediumLevel: 'high' } }],
    ] as const;
    for (const [input, policy] of classify) check([input, policy], (input, policy, o) => classifyCustomer(input, policy, o));
    // LOYALTY_MISSING: only the internal variant answers without loyalty (classifyCustomer rejects it).
    check([{ effort: 'high' }], (input, o) => classifyWith(input, defaultPortfolioPolicy, o));
    for (const q of QUADRANTS) {
      check([q], (q, o) => sellingEffort(q, undefined, o));
      // every action in every quadrant
      const all = { sellingActions: { [q]: Object.keys(SELLING_ACTIONS) } } as Parameters<typeof sellingEffort>[1];
      check([q, all], (q, all, o) => sellingEffort(q, all, o));
    }
    const rk = [
      { profitability: 'high', tenure: 'short-term' }, { profitability: 0.8, tenure: 5 }, { profitability: 'low', tenure: 1 },
      { profitability: 0.2, tenure: 3, shareOfWallet: 0.3, walletSize: 'low' }, { profitability: 'medium', tenure: 'long-term', walletSize: 'high' },
      { profitability: 'low', tenure: 'long-term', shareOfWallet: 0.8 }, { profitability: 'low', tenure: 'long-term', shareOfWallet: 0.5, walletSize: 'high' },
    ] as const;
    for (const input of rk) check([input], (input, o) => classifyReinartzKumar(input, undefined, o));
    const economics = [
      { revenue: 100000, discounts: 5000, costOfGoods: 60000, costToServe: 15000 },
      { revenue: 100, discounts: 10, costOfGoods: 50, costToServe: 45 },
      { revenue: 0, costToServe: 0 },
    ] as const;
    for (const e of economics) check([e], (e, o) => customerProfitability(e, undefined, o));
    for (const [a, b] of [[150, 100], [1, 3], [250000, 1000000], [5, 0], [0, 0]] as const) {
      check([a, b], (a, b, o) => shareOfWallet(a, b, undefined, o));
    }
    const portfolios: readonly (readonly PortfolioCustomer[])[] = [
      [],
      [
        { id: 'a', rung: 'advocate', revenue: 100, costOfGoods: 40, costToServe: 10 },
        { id: 'b', loyalty: 0.2, revenue: 50, costOfGoods: 30, costToServe: 40 },
        { id: 'c', revenue: 20, costOfGoods: 5, costToServe: 5, effort: 'high' },
        { id: 'd', rung: 'premium-payer', revenue: 10, costOfGoods: 5, costToServe: 30 },
        { id: 'e', loyalty: 0.9, revenue: 30, costOfGoods: 10, costToServe: 1, effort: 'low' },
      ],
      [{ id: 'x', rung: 'advocate', revenue: 10, costToServe: 20, effort: 'low' }, { id: 'y', rung: 'switcher', revenue: 100, costToServe: 0, effort: 'low' }],
      [{ id: 'x', rung: 'switcher', revenue: 10, costToServe: 20, effort: 'low' }],
    ];
    for (const customers of portfolios) check([customers], (customers, o) => customerMix(customers, undefined, o));
    // INVALID_AMOUNTS stays in the catalogue but is no longer emitted: shareOfWallet rejects such amounts.
    expect([...PORTFOLIO_REASON_CODES].filter((c) => !seen.has(c))).toEqual(['INVALID_AMOUNTS']);
  });

  it('renders German messages from the German catalogue', () => {
    const c = classifyCustomer({ loyalty: 0.7, rung: 'switcher', effort: 0.3 }, { loyalty: { prefer: 'score' } }, { messages: DE });
    expect(c.reasons.map((r) => r.message)).toEqual([
      'Ein Loyalitätswert von 0,7 ist hoch (hoch ab 0,5).',
      'Laut Stufe ist die Loyalität niedrig, laut Wert hoch; es entscheidet der Wert (Policy `prefer`).',
      'Der Kundenbetreuungsaufwand ist niedrig: ein Betreuungskostenwert von 0,3 (hoch ab 0,5).',
      'Hohe Loyalität bei niedrigem Kundenbetreuungsaufwand: ein besonders wertvoller Kunde (most-valuable).',
    ]);
    expect(sellingEffort('partner', undefined, { messages: DE }).reasons[0]?.message)
      .toBe('Partner (partner) erfordern hohen Vertriebs- und Kundenbetreuungsaufwand.');
    expect(classifyReinartzKumar({ profitability: 'medium', tenure: 3 }, undefined, { messages: DE }).reasons.slice(0, 2).map((r) => r.message)).toEqual([
      'Die Profitabilität ist niedrig: mittel, was die Policy als niedrig wertet.',
      'Die Beziehung ist langfristig (3 Jahre; langfristig ab 2 Jahre).',
    ]);
    const s = customerMix([
      { id: 'a', rung: 'advocate', revenue: 1000, costOfGoods: 400, costToServe: 10 },
      { id: 'b', revenue: 50, costOfGoods: 30, costToServe: 40 },
    ], undefined, { messages: DE });
    expect(s.reasons.map((r) => r.message)).toEqual([
      'Für 2 Kunden wurde kein Aufwand angegeben; der Aufwand gilt als hoch, wenn die Betreuungskosten mindestens das 1-Fache des Portfoliomittels von 25 erreichen.',
      '1 Kunde hatte weder eine Stufe noch einen Loyalitätswert: Die Loyalität ist unbekannt, daher bleibt er außerhalb der Quadranten und des Loyalitätsvergleichs (siehe `unclassified`).',
      'Die obersten 20 % der Kunden erzielen 104 % des Gesamtgewinns: Die übrigen verursachen insgesamt Verlust.',
      '20 % der Kunden (1 Kunde) erzielen 104 % des Gesamtgewinns.',
    ]);
  });

  it('shares the default selling reasons, frozen, and builds the others on every call', () => {
    const a = sellingEffort('undesirable');
    const b = sellingEffort('undesirable');
    expect(a.reasons[0]).toBe(b.reasons[0]);
    expect(Object.isFrozen(a.reasons[0])).toBe(true);
    expect(Object.isFrozen(a.reasons[0]?.params)).toBe(true);
    const german = sellingEffort('undesirable', undefined, { messages: DE });
    expect(german.reasons[0]).not.toBe(a.reasons[0]);
    expect(german.reasons[0]?.message).toBe('Unerwünschte Kunden (undesirable) erfordern niedrigen Vertriebs- und Kundenbetreuungsaufwand.');
    expect(sellingEffort('undesirable', undefined, { explain: 'codes' }).reasons[1]).toEqual({
      code: 'ACTION_REDUCE_COST_TO_SERVE', concept: 'customer-profitability', params: { quadrant: 'undesirable' },
    });
  });
});

describe('portfolio: the reason catalogue', () => {
  const code = (s: string): string => s.replace(/-/g, '_').toUpperCase();

  it('lists exactly the codes the module emitted before the catalogue', () => {
    const before = [
      'LOYALTY_HIGH_FROM_RUNG', 'LOYALTY_LOW_FROM_RUNG', 'LOYALTY_HIGH_FROM_SCORE', 'LOYALTY_LOW_FROM_SCORE', 'LOYALTY_SOURCES_DISAGREE',
      'LOYALTY_MISSING', 'EFFORT_HIGH', 'EFFORT_LOW', 'EFFORT_MEDIUM_AS_LOW', 'EFFORT_MEDIUM_AS_HIGH',
      ...QUADRANTS.map((q) => `QUADRANT_${code(q)}`),
      ...QUADRANTS.map((q) => `SELLING_${code(q)}`),
      ...Object.keys(SELLING_ACTIONS).map((a) => `ACTION_${code(a)}`),
      'PROFITABILITY_HIGH', 'PROFITABILITY_LOW', 'TENURE_LONG', 'TENURE_SHORT',
      'SEGMENT_BUTTERFLY', 'SEGMENT_TRUE_FRIEND', 'SEGMENT_STRANGER', 'SEGMENT_BARNACLE',
      'BARNACLE_LOW_SHARE', 'BARNACLE_SMALL_WALLET', 'BARNACLE_COST_PROBLEM', 'BARNACLE_MEASURE_FIRST',
      ...Object.keys(RK_ACTIONS).map((a) => `RK_${code(a)}`),
      'PROFITABLE', 'UNPROFITABLE', 'BREAK_EVEN', 'NO_REVENUE', 'COST_TO_SERVE_HIGH', 'SERVICE_COST_ERASES_MARGIN',
      'SHARE_LOW', 'SHARE_MEDIUM', 'SHARE_HIGH', 'NO_CATEGORY_SPEND', 'SALES_EXCEED_SPEND', 'INVALID_AMOUNTS',
      'NO_CUSTOMERS', 'EFFORT_RELATIVE', 'LOYALTY_MISSING_SOME', 'QUADRANT_LOSS', 'PROFIT_CONCENTRATED', 'WHALE_CURVE', 'NO_PROFIT',
      'LOYAL_NOT_MORE_PROFITABLE',
    ];
    expect([...PORTFOLIO_REASON_CODES].sort()).toEqual([...before].sort());
    expect(new Set(PORTFOLIO_REASON_CODES).size).toBe(PORTFOLIO_REASON_CODES.length);
    expect(Object.isFrozen(PORTFOLIO_REASON_CODES)).toBe(true);
    const action: PortfolioReasonCode = 'ACTION_FIND_ROOT_CAUSE';
    expect(PORTFOLIO_REASONS[action].code).toBe(action);
  });

  it('has a German template for every code, and both locales render every example', () => {
    for (const c of PORTFOLIO_REASON_CODES) {
      const entry = PORTFOLIO_REASONS[c];
      expect(entry.code).toBe(c);
      expect(Object.hasOwn(de, c), `no German template for ${c}`).toBe(true);
      const reason = { code: c, concept: entry.concept, params: entry.example };
      for (const messages of [EN, DE]) {
        const text = formatReason(reason, messages);
        expect(text.length, c).toBeGreaterThan(0);
        // ("the share is undefined" is English wording, not a missing param)
        expect(text.replace(/\b(?:is|are) undefined\b/g, ''), c).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      expect(formatReason(reason, DE), c).not.toBe(formatReason(reason, EN));
    }
    expect(Object.keys(de).sort()).toEqual([...PORTFOLIO_REASON_CODES].sort());
  });

  it('renders the rarer branches of the templates in both locales', () => {
    const render = (c: PortfolioReasonCode, params: Reason['params']) => [EN, DE].map((m) => formatReason({ code: c, concept: PORTFOLIO_REASONS[c].concept, params }, m));
    expect(render('EFFORT_HIGH', { effort: 'high', from: 0.5 })).toEqual([
      'Customer-management effort is high: given as high.', 'Der Kundenbetreuungsaufwand ist hoch: als hoch angegeben.',
    ]);
    expect(render('EFFORT_LOW', { effort: 0.3, from: 0.5 })).toEqual([
      'Customer-management effort is low: a cost-to-serve score of 0.3 (high from 0.5).',
      'Der Kundenbetreuungsaufwand ist niedrig: ein Betreuungskostenwert von 0,3 (hoch ab 0,5).',
    ]);
    expect(render('PROFITABILITY_HIGH', { profitability: 'high', from: 0.5 })).toEqual([
      'Profitability is high: given as high.', 'Die Profitabilität ist hoch: als hoch angegeben.',
    ]);
    expect(render('PROFITABILITY_LOW', { profitability: 0.2, from: 0.5 })).toEqual([
      'Profitability is low: a profitability score of 0.2 (high from 0.5).', 'Die Profitabilität ist niedrig: ein Profitabilitätswert von 0,2 (hoch ab 0,5).',
    ]);
    expect(render('BARNACLE_MEASURE_FIRST', { unknown: 'walletSize' })[1]).toBe(
      'Die Größe des Einkaufsvolumens ist unbekannt: sie messen, um zwischen Up-Selling und Kostenkontrolle zu wählen.',
    );
    expect(render('NO_CATEGORY_SPEND', { sales: 0 })).toEqual([
      'The customer spent nothing in the category; the share is undefined.', 'Der Kunde hat in der Kategorie nichts ausgegeben; der Anteil ist nicht definiert.',
    ]);
    expect(render('LOYALTY_SOURCES_DISAGREE', { byRung: 'high', byScore: 'low', decides: 'rung' })[1]).toBe(
      'Laut Stufe ist die Loyalität hoch, laut Wert niedrig; es entscheidet die Stufe (Policy `prefer`).',
    );
    expect(render('LOYALTY_MISSING_SOME', { customers: 3 })).toEqual([
      '3 customers had neither a rung nor a loyalty score: loyalty unknown, so they are left out of the quadrants and the loyalty comparison (see `unclassified`).',
      '3 Kunden hatten weder eine Stufe noch einen Loyalitätswert: Die Loyalität ist unbekannt, daher bleiben sie außerhalb der Quadranten und des Loyalitätsvergleichs (siehe `unclassified`).',
    ]);
    // Derived inputs (the account aggregate's internal calls) say where they came from.
    expect(render('EFFORT_HIGH', { effort: 'high', from: 0.5, source: 'cost-to-serve-ratio' })).toEqual([
      'Customer-management effort is high: derived as high from the cost-to-serve ratio.',
      'Der Kundenbetreuungsaufwand ist hoch: aus der Betreuungskostenquote als hoch abgeleitet.',
    ]);
    expect(render('EFFORT_LOW', { effort: 0.3, from: 0.5, source: 'cost-to-serve-ratio' })).toEqual([
      'Customer-management effort is low: a cost-to-serve score of 0.3 (high from 0.5), derived from the cost-to-serve ratio.',
      'Der Kundenbetreuungsaufwand ist niedrig: ein Betreuungskostenwert von 0,3 (hoch ab 0,5), aus der Betreuungskostenquote abgeleitet.',
    ]);
    expect(render('EFFORT_MEDIUM_AS_HIGH', { source: 'given' })).toEqual([
      'A medium customer-management effort counts as high under the policy.', 'Ein mittlerer Kundenbetreuungsaufwand zählt laut Policy als hoch.',
    ]);
    expect(render('EFFORT_MEDIUM_AS_LOW', { source: 'cost-to-serve-ratio' })).toEqual([
      'A medium customer-management effort, derived from the cost-to-serve ratio, counts as low under the policy.',
      'Ein mittlerer Kundenbetreuungsaufwand, aus der Betreuungskostenquote abgeleitet, zählt laut Policy als niedrig.',
    ]);
    expect(render('LOYALTY_HIGH_FROM_RUNG', { rung: 'advocate', from: 'relationship-investor', source: 'history' })).toEqual([
      'On the advocate rung (the last rung of the ladder history) loyalty is high (high from relationship-investor).',
      'Auf der Stufe advocate (die letzte Stufe der Leiterhistorie) ist die Loyalität hoch (hoch ab relationship-investor).',
    ]);
    // A reason stored before the source was a param reads as given.
    expect(render('LOYALTY_LOW_FROM_RUNG', { rung: 'switcher', from: 'relationship-investor' })).toEqual([
      'On the switcher rung (given) loyalty is low (high from relationship-investor).',
      'Auf der Stufe switcher (angegeben) ist die Loyalität niedrig (hoch ab relationship-investor).',
    ]);
    expect(render('PROFITABILITY_LOW', { profitability: 'low', from: 0.5, source: 'profit' })).toEqual([
      'Profitability is low: derived as low from the economics (profit at or below 0).',
      'Die Profitabilität ist niedrig: aus den Wirtschaftsdaten als niedrig abgeleitet (Gewinn höchstens 0).',
    ]);
    expect(render('PROFITABILITY_HIGH', { profitability: 0.7, from: 0.5, source: 'profit' })).toEqual([
      'Profitability is high: a profitability score of 0.7 (high from 0.5), derived from the profit.',
      'Die Profitabilität ist hoch: ein Profitabilitätswert von 0,7 (hoch ab 0,5), aus dem Gewinn abgeleitet.',
    ]);
    expect(render('PROFITABILITY_LOW', { profitability: 'medium', from: 0.5, source: 'profit' })).toEqual([
      'Profitability is low: medium (derived from the profit), which the policy counts as low.',
      'Die Profitabilität ist niedrig: mittel (aus dem Gewinn abgeleitet), was die Policy als niedrig wertet.',
    ]);
    expect(render('BARNACLE_LOW_SHARE', { share: 0.2, below: 1 / 3, source: 'given' })).toEqual([
      'Share of wallet is 20%, low (below 33.3%): up-sell and cross-sell.',
      'Der Anteil am Einkaufsvolumen beträgt 20 %, niedrig (unter 33,3 %): Up-Selling und Cross-Selling betreiben.',
    ]);
    expect(render('BARNACLE_COST_PROBLEM', { share: 0.5, source: 'economics' })).toEqual([
      'Our share of wallet, 50%, derived from the economics (our revenue over the customer\'s category spend), is not low and the wallet is not small, yet the account loses money: the problem is cost or price, so control costs strictly.',
      'Unser Anteil am Einkaufsvolumen, 50 %, aus den Wirtschaftsdaten abgeleitet (unser Umsatz geteilt durch die Kategorieausgaben des Kunden), ist nicht niedrig und das Einkaufsvolumen nicht klein, dennoch bringt der Kunde Verlust: Das Problem liegt bei Kosten oder Preis, daher die Kosten streng kontrollieren.',
    ]);
    expect(render('TENURE_SHORT', { tenure: 1, from: 2 })[1]).toBe('Die Beziehung ist kurzfristig (1 Jahr; langfristig ab 2 Jahre).');
  });
});

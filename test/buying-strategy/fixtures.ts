import type { Scored } from '../../src/core/index.js';
import type { SupplierAbilities, UncertaintyProfile } from '../../src/uncertainty/index.js';

/** A scored uncertainty or ability with the level its score falls in and no reasons. */
export const scored = (s: number, confidence = 1): Scored => ({ score: s, level: s >= 2 / 3 ? 'high' : s >= 1 / 3 ? 'medium' : 'low', confidence, reasons: [] });

/** An uncertainty profile from three scores, each with the same confidence. */
export const profileOf = (need: number, market: number, transaction: number, confidence = 1): UncertaintyProfile => ({
  need: scored(need, confidence), market: scored(market, confidence), transaction: scored(transaction, confidence),
});

/** Supplier abilities from two scores, each with the same confidence. */
export const abilitiesOf = (problemSolving: number, transfer: number, confidence = 1): SupplierAbilities => ({
  problemSolving: scored(problemSolving, confidence), transfer: scored(transfer, confidence),
});

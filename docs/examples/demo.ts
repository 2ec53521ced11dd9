/**
 * `npm run demo`: the library's main job on a bundled sample portfolio. It assesses 50 seeded
 * accounts (some lost) with `assessPortfolio` and prints a portfolio review for a sales manager:
 * one line per account with its next action, the conflicts the assessment resolved, the portfolio
 * in numbers, the lost customers worth regaining, and each account's actions in words.
 *
 * - `npm run --silent demo -- --json` prints the same review as JSON (the `PortfolioAssessment`).
 * - `npm run demo -- --tour` prints a tour of the individual modules on their own sample data
 *   (add `--json` for JSON).
 * - `npm run demo -- --de` prints the review's reasons in German (the `de` catalogue of
 *   `b2b-relationships/messages`) and its money in euros for the `de-DE` locale (titles and
 *   instructions stay English).
 */
import { de } from '../../src/messages/index.js';
import { demoContinuum } from './demo-continuum.js';
import { demoEvidence } from './demo-evidence.js';
import { demoLoyalty } from './demo-loyalty.js';
import { demoPortfolio, reviewSamplePortfolio, SAMPLE_SEED, SAMPLE_SIZE } from './demo-portfolio.js';
import { demoReacquisition } from './demo-reacquisition.js';
import { demoRelationships } from './demo-relationships.js';
import { demoUncertainty } from './demo-uncertainty.js';
import type { DemoSection } from './demo-types.js';
import { renderSection } from './table.js';

/** The module tour: one section per concept area, on each module's own sample data. */
export function runTour(): DemoSection[] {
  return [demoUncertainty(), demoContinuum(), demoLoyalty(), demoReacquisition(), demoRelationships(), demoEvidence()];
}

const json = process.argv.includes('--json');
if (process.argv.includes('--tour')) {
  const sections = runTour();
  process.stdout.write(json ? `${JSON.stringify(sections, null, 2)}\n` : `b2b-relationships: module tour\n${sections.map(renderSection).join('\n')}\n`);
} else {
  const german = process.argv.includes('--de');
  const review = german ? reviewSamplePortfolio({ messages: de }, { account: { locale: 'de-DE', currency: 'EUR' } }) : reviewSamplePortfolio();
  if (json) {
    process.stdout.write(`${JSON.stringify(review, null, 2)}\n`);
  } else {
    const header = `b2b-relationships: portfolio review of ${String(SAMPLE_SIZE)} sample accounts (seed ${String(SAMPLE_SEED)})`;
    process.stdout.write(`${header}\n${demoPortfolio(review).map(renderSection).join('\n')}\n`);
  }
}

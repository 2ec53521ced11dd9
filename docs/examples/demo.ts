/**
 * `npm run demo`: runs the library's main jobs on bundled sample data and prints a readable
 * review. `npm run demo -- --json` prints the same sections as JSON.
 */
import { demoContinuum } from './demo-continuum.js';
import { demoLoyalty } from './demo-loyalty.js';
import { demoReacquisition } from './demo-reacquisition.js';
import { demoRelationships } from './demo-relationships.js';
import { demoUncertainty } from './demo-uncertainty.js';
import type { DemoSection } from './demo-types.js';
import { renderSection } from './table.js';

export function runDemo(): DemoSection[] {
  return [demoUncertainty(), demoContinuum(), demoLoyalty(), demoReacquisition(), demoRelationships()];
}

const sections = runDemo();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(sections, null, 2)}\n`);
} else {
  process.stdout.write(`b2b-relationships demo\n${sections.map(renderSection).join('\n')}\n`);
}

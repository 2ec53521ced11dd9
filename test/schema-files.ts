/**
 * Every zod schema of the library's schema files, public or not, by export name: the public
 * entries export only the input and policy schemas (issue 20), but the fuzz and guard tests check
 * the result schemas too.
 */
import * as core from '../src/core/schema.js';
import * as uncertainty from '../src/uncertainty/schema.js';
import * as buyingStrategy from '../src/buying-strategy/schema.js';
import * as continuum from '../src/continuum/schema.js';
import * as continuity from '../src/continuity/schema.js';
import * as loyalty from '../src/loyalty/schema.js';
import * as portfolio from '../src/portfolio/schema.js';
import * as growth from '../src/growth/schema.js';
import * as reacquisition from '../src/reacquisition/schema.js';
import * as development from '../src/development/schema.js';
import * as postSales from '../src/post-sales/schema.js';
import * as engagement from '../src/engagement/schema.js';
import * as network from '../src/network/schema.js';
import * as account from '../src/account/schema.js';
import * as evidence from '../src/evidence/schema.js';
import * as metrics from '../src/calibration/metrics-schema.js';
import * as defection from '../src/calibration/defection-schema.js';
import * as regain from '../src/calibration/regain-schema.js';
import * as weights from '../src/calibration/weights-schema.js';
import * as backtest from '../src/calibration/backtest-schema.js';
import * as policies from '../src/index.js';

const FILES = [
  core, uncertainty, buyingStrategy, continuum, continuity, loyalty, portfolio, growth, reacquisition, development, postSales,
  engagement, network, account, evidence, metrics, defection, regain, weights, backtest,
];

/** `[name, value]` of every export of the schema files (and the default policies of the root), first name wins. */
export const SCHEMA_FILE_EXPORTS: readonly (readonly [string, unknown])[] = (() => {
  const seen = new Map<string, unknown>();
  for (const file of FILES) for (const [name, value] of Object.entries(file)) if (!seen.has(name)) seen.set(name, value);
  for (const [name, value] of Object.entries(policies)) if (!seen.has(name)) seen.set(name, value);
  return [...seen];
})();

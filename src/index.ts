/**
 * b2b-relationships: typed models and pure, explainable functions for managing B2B customer
 * relationships. Every module is also available on its own subpath, e.g.
 * `b2b-relationships/uncertainty`.
 *
 * @module b2b-relationships
 */
export * from './core/index.js';
export * from './uncertainty/index.js';
export * from './buying-strategy/index.js';
export * from './continuum/index.js';
export * from './continuity/index.js';
export * from './loyalty/index.js';
export * from './portfolio/index.js';
export * from './growth/index.js';
export * from './reacquisition/index.js';
export * from './development/index.js';
export * from './post-sales/index.js';
export * from './engagement/index.js';
export * from './network/index.js';
export * from './account/index.js';
export * from './evidence/index.js';
export * from './calibration/index.js';
export * from './messages/index.js';

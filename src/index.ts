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

/**
 * The reacquisition module's zod schemas and the types inferred from them, one file per part of
 * the process: the enumerations, the four steps (segment, assess, plan, case with the
 * implementation), value and regain profit, prioritisation and ratios, and the policy.
 */
export * from './enums-schema.js';
export * from './segment-schema.js';
export * from './assess-schema.js';
export * from './plan-schema.js';
export * from './case-schema.js';
export * from './value-schema.js';
export * from './prioritize-schema.js';
export * from './policy-schema.js';

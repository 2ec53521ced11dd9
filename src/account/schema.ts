/**
 * The account module's zod schemas and the types inferred from them: the account and its
 * sections (inputs), the policy, the assessment (results), the portfolio assessment, and the
 * explanation of a change.
 */
export * from './inputs-schema.js';
export * from './policy-schema.js';
export * from './results-schema.js';
export * from './portfolio-schema.js';
export * from './change-schema.js';

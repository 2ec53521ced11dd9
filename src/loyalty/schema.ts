/**
 * The loyalty module's zod schemas and the types inferred from them: the ladder (rungs, signals,
 * events, state), its economics (benefits, move costs, valued and selected moves), and the policy.
 */
export * from './ladder-schema.js';
export * from './economics-schema.js';
export * from './policy-schema.js';

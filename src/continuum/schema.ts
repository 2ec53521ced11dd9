/**
 * The continuum module's zod schemas and the types inferred from them: position, segment and
 * bandwidth, the offering tailoring, the trajectory, and the policy.
 */
export * from './position-schema.js';
export * from './offering-schema.js';
export * from './trajectory-schema.js';
export * from './policy-schema.js';

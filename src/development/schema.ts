// The development module's zod schemas and the types inferred from them: inputs, results, policy.
export * from './input-schema.js';
export * from './result-schema.js';
export * from './policy-schema.js';

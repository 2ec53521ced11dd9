import type * as z from 'zod';
import { MAX_ISSUES, ValidationError, type ValidationIssue } from './errors.js';

/**
 * The result of `safeParseWith`: the typed value, or the {@link ValidationError}.
 */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ValidationError };

/**
 * Validates untrusted input against a schema without throwing.
 *
 * @param schema - Any zod schema, for example one the library exports.
 * @param input - Untrusted data, such as a parsed JSON request body.
 * @param label - What is being validated, used in the error message.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with every issue and its path.
 */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown, label?: string): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues;
  return { ok: false, error: new ValidationError(issues.slice(0, MAX_ISSUES).map(toIssue), label, issues.length) };
}

/**
 * Validates untrusted input against a schema and returns the typed value.
 *
 * @param schema - Any zod schema, for example one the library exports.
 * @param input - Untrusted data, such as a parsed JSON request body.
 * @param label - What is being validated, used in the error message.
 * @returns The parsed, typed value.
 * @throws {@link ValidationError} listing every issue with its path.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, label?: string): z.output<S> {
  const result = safeParseWith(schema, input, label);
  if (result.ok) return result.value;
  throw result.error;
}

function toIssue(issue: z.core.$ZodIssue): ValidationIssue {
  return {
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  };
}

/**
 * One problem found while validating input: where (`path`, from the root of the input) and what.
 */
export interface ValidationIssue {
  /** Keys and indices from the root of the input to the offending value; empty for the root. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * The brand of every {@link ValidationError}: a key in the global symbol registry, so that every
 * copy of the library (its ESM and CommonJS builds, two installed versions, another realm) uses
 * the same one.
 */
const VALIDATION_ERROR = Symbol.for('b2b-relationships.ValidationError');

/** The brand of every {@link TransitionError} (see `VALIDATION_ERROR`). */
const TRANSITION_ERROR = Symbol.for('b2b-relationships.TransitionError');

/** Sets a brand as a non-enumerable, read-only own property (invisible to `JSON.stringify` and `Object.keys`). */
function brand(error: Error, key: symbol): void {
  Object.defineProperty(error, key, { value: true });
}

function hasBrand(value: unknown, key: symbol): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[key] === true;
}

/**
 * The most issues a {@link ValidationError} lists; `count` says how many there were in all.
 */
export const MAX_ISSUES = 100;

/**
 * Thrown by every `parse…` function when input does not match its schema, and by every other
 * public function when a value it reads is not what its type says (a string where a number
 * belongs, `NaN`, an unknown enum value, a missing field). Lists the issues, each with its path,
 * so a service can report the problems at once; a `parse…` function lists all of them (up to
 * `MAX_ISSUES`, with the total in `count`), another function the first it meets.
 *
 * Recognise it with {@link isValidationError} rather than `instanceof`: an application that loads
 * the library twice (its ESM build through `import` and its CommonJS build through `require`, or
 * two versions) has two `ValidationError` classes, and `instanceof` is false for an error thrown
 * by the other copy.
 *
 * @example
 * ```ts
 * import { isValidationError, parseWith, ScoreSchema } from 'b2b-relationships/core';
 * try {
 *   parseWith(ScoreSchema, 2);
 * } catch (e) {
 *   if (isValidationError(e)) e.issues[0]?.path; //=> []
 * }
 * ```
 */
export class ValidationError extends Error {
  /** The problems found, in input order: the first `MAX_ISSUES` of them (see `count`). */
  readonly issues: readonly ValidationIssue[];
  /** How many problems were found in all; more than `issues.length` when the list was cut. */
  readonly count: number;

  /**
   * @param issues - The problems found; at least one. Only the first 100 are kept, and every key
   *   or string quoted in a message or a path is cut to 80 characters, so that an error about a
   *   hostile document stays small.
   * @param label - What was being validated, used in the message (default `input`).
   * @param count - How many problems there were in all, when `issues` is already a cut list
   *   (default `issues.length`).
   */
  constructor(issues: readonly ValidationIssue[], label = 'input', count = issues.length) {
    const kept = issues.slice(0, MAX_ISSUES).map(boundIssue);
    const total = Math.max(count, issues.length);
    const more = total > kept.length ? `; and ${total - kept.length} more (${total} issues in all)` : '';
    super(`Invalid ${cut(label)}: ${kept.map(formatIssue).join('; ')}${more}`);
    this.name = 'ValidationError';
    this.issues = kept;
    this.count = total;
    brand(this, VALIDATION_ERROR);
  }
}

/** The longest key or quoted string a {@link ValidationError} repeats; longer ones are cut. */
const QUOTED_MAX = 80;

function cut(text: string): string {
  return text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 1)}…` : text;
}

/** A quoted string of more than 80 characters in a message (JSON-style escapes inside). */
const LONG_QUOTE = /"((?:[^"\\]|\\.){80,})"/g;

/** The longest message an issue keeps. */
const MESSAGE_MAX = 400;

/** An issue with every path key and every quoted string in its message cut to 80 characters. */
function boundIssue(issue: ValidationIssue): ValidationIssue {
  const longKey = issue.path.some((k) => typeof k === 'string' && k.length > QUOTED_MAX);
  if (!longKey && issue.message.length <= QUOTED_MAX) return issue;
  const message = issue.message.replace(LONG_QUOTE, (_, inner: string) => `"${cut(inner)}"`);
  return {
    path: longKey ? issue.path.map((k) => (typeof k === 'string' ? cut(k) : k)) : issue.path,
    message: message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message,
  };
}

/**
 * Whether `value` is a {@link ValidationError} thrown by any copy of this library: its ESM or its
 * CommonJS build, another installed version, or another realm. Unlike `instanceof`, which only
 * knows the class of the copy it was imported from, it reads a brand that every copy sets
 * (`Symbol.for('b2b-relationships.ValidationError')`), so use it in error handlers.
 *
 * @param value - Anything, typically the value caught by a `catch` clause.
 * @returns `true` when `value` is a `ValidationError` from any copy of the library; it then has
 *   `issues` and `message`.
 *
 * @example
 * ```ts
 * import { isTransitionError, isValidationError } from 'b2b-relationships/core';
 * import { parseAccount } from 'b2b-relationships/account';
 *
 * function status(e: unknown): number {
 *   return isValidationError(e) ? 400 : isTransitionError(e) ? 409 : 500;
 * }
 * let caught: unknown;
 * try {
 *   parseAccount({ id: 'acme', economics: { revenue: -1 } });
 * } catch (e) {
 *   caught = e;
 * }
 * status(caught); //=> 400
 * isValidationError(caught) && caught.issues.length; //=> 1
 * isValidationError(new Error('Invalid account')); //=> false
 * ```
 */
export function isValidationError(value: unknown): value is ValidationError {
  return hasBrand(value, VALIDATION_ERROR);
}

function formatIssue(issue: ValidationIssue): string {
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

/**
 * Thrown when an event cannot apply to the current state of a state machine (a ladder event on a
 * rung where it makes no sense, a reacquisition step out of order, a change to a closed case).
 * Names the state and the event.
 *
 * @example
 * ```ts
 * import { TransitionError } from 'b2b-relationships/core';
 * const e = new TransitionError('closed', 'advance');
 * e.message; //=> 'Event "advance" cannot apply in state "closed"'
 * ```
 */
export class TransitionError extends Error {
  /** The state the machine was in. */
  readonly state: string;
  /** The event that could not apply. */
  readonly event: string;

  /**
   * @param state - The current state.
   * @param event - The event that was refused.
   * @param detail - Optional explanation appended to the message.
   */
  constructor(state: string, event: string, detail?: string) {
    super(`Event "${event}" cannot apply in state "${state}"${detail === undefined ? '' : `: ${detail}`}`);
    this.name = 'TransitionError';
    this.state = state;
    this.event = event;
    brand(this, TRANSITION_ERROR);
  }
}

/**
 * Whether `value` is a {@link TransitionError} thrown by any copy of this library (its ESM or its
 * CommonJS build, another installed version, another realm). It reads the brand
 * `Symbol.for('b2b-relationships.TransitionError')` that every copy sets, so it holds where
 * `instanceof` fails across copies.
 *
 * @param value - Anything, typically the value caught by a `catch` clause.
 * @returns `true` when `value` is a `TransitionError` from any copy of the library; it then has
 *   `state`, `event` and `message`.
 *
 * @example
 * ```ts
 * import { isTransitionError, isValidationError, TransitionError } from 'b2b-relationships/core';
 * const e: unknown = new TransitionError('closed', 'advance');
 * isTransitionError(e); //=> true
 * isTransitionError(e) && e.state; //=> 'closed'
 * isValidationError(e); //=> false
 * isTransitionError({ state: 'closed', event: 'advance' }); //=> false
 * ```
 */
export function isTransitionError(value: unknown): value is TransitionError {
  return hasBrand(value, TRANSITION_ERROR);
}

/** The longest quoted value in a message; longer ones are cut with an ellipsis. */
const QUOTE_MAX = 80;

/**
 * Renders a received value for a message: its type and, for primitives, the value itself
 * (strings quoted and cut to 80 characters).
 *
 * @internal
 */
export function received(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'string':
      return `string ${quote(value)}`;
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'bigint':
      return `bigint ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return Array.isArray(value) ? 'an array' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * Quotes a string for a message, cut to 80 characters with an ellipsis.
 *
 * @internal
 */
export function quote(text: string): string {
  return JSON.stringify(text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text);
}

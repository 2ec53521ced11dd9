/**
 * One problem found while validating input: where (`path`, from the root of the input) and what.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from 'b2b-relationships/core';
 * const issue: ValidationIssue = { path: ['need', 'purchaseNovelty'], message: 'Too big: expected number to be <=1' };
 * ```
 */
export interface ValidationIssue {
  /** Keys and indices from the root of the input to the offending value; empty for the root. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * Thrown by every `parse…` function when input does not match its schema. Lists every issue,
 * each with its path, so a service can report all problems at once.
 *
 * @example
 * ```ts
 * import { ValidationError, parseWith, ScoreSchema } from 'b2b-relationships/core';
 * try {
 *   parseWith(ScoreSchema, 2);
 * } catch (e) {
 *   if (e instanceof ValidationError) e.issues[0]?.path; //=> []
 * }
 * ```
 */
export class ValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - The problems found; at least one.
   * @param label - What was being validated, used in the message (default `input`).
   */
  constructor(issues: readonly ValidationIssue[], label = 'input') {
    super(`Invalid ${label}: ${issues.map(formatIssue).join('; ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
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
  }
}

/**
 * Errors the API itself raises (as opposed to domain rules and store conflicts). Each maps to one
 * `extensions.code` in graphql-error-mapping.ts.
 */

export interface InvalidField {
  /** Path of the input at fault, from the GraphQL argument: `input.dueDate`, `input.periods.0.kind`, `commandId`. */
  readonly field: string;
  /** The class-validator constraint that failed (`isDateString`, `isUUID`, `whitelistValidation`, ...). */
  readonly constraint: string;
  readonly message: string;
}

/** Input that failed shape validation at the edge, before any command was built. */
export class InputValidationError extends Error {
  override readonly name = 'InputValidationError';
  constructor(readonly invalid: readonly InvalidField[]) {
    super(`Invalid input: ${invalid.map((f) => `${f.field}: ${f.message}`).join('; ')}`);
  }

  /** The same errors with their paths placed under a named GraphQL argument. */
  under(argument: string): InputValidationError {
    return new InputValidationError(this.invalid.map((f) => ({ ...f, field: `${argument}.${f.field}` })));
  }
}

/**
 * A query asked for a read model at least at `requested` and the projection did not get there
 * within the bounded wait. Reported as an error rather than stale data: the client asked to read
 * its own write, and silently answering with older data would defeat that. Retrying is safe.
 */
export class ReadModelLaggingError extends Error {
  override readonly name = 'ReadModelLaggingError';
  constructor(
    readonly projection: string,
    readonly requested: bigint,
    readonly reached: bigint | null,
    readonly waitedMs: number,
  ) {
    super(
      `The ${projection} read model has not reached position ${requested} within ${waitedMs} ms ` +
        `(it is at ${reached ?? 'the start'}); retry shortly`,
    );
  }
}

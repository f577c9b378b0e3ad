/**
 * A broken rule. `code` is stable (`CASE_FILE_AUDIT.CRITERIA_UNGRADED`); `kind` says how the API
 * reports it; `field` names the input at fault where there is one; `rule` names the framework
 * rule (DOMAIN.md id) where one applies. Mapped to GraphQL errors in one place in apps/api.
 */
export type DomainErrorKind = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'BAD_USER_INPUT',
    readonly details: { readonly field?: string; readonly rule?: string } = {},
  ) {
    super(message);
  }

  get field(): string | undefined {
    return this.details.field;
  }

  get rule(): string | undefined {
    return this.details.rule;
  }
}

import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import { ConcurrencyError } from '../../../../libs/event-store/src/event-store.port.js';
import { InputValidationError, ReadModelLaggingError } from './api-errors.js';

/**
 * The one place where errors become GraphQL errors. `extensions.code` is the category a client
 * branches on; `extensions.errorCode` is the stable, specific reason (a domain error's code such as
 * `CASE_FILE_AUDIT.CRITERIA_UNGRADED`); `field` and `rule` say which input and which framework rule.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  READ_MODEL_LAGGING: 'READ_MODEL_LAGGING',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorMappingOptions {
  /** Outside production the message of an unexpected error is shown, to help development. */
  readonly exposeInternalErrors: boolean;
}

export interface MappedError {
  readonly message: string;
  readonly extensions: { readonly code: ErrorCode } & Record<string, unknown>;
}

const INTERNAL_MESSAGE = 'Internal server error';

/** What a known error means to a client, or null for an error nobody expected. */
export function mapKnownError(error: unknown): MappedError | null {
  if (error instanceof DomainError) {
    return {
      message: error.message,
      extensions: {
        code: error.kind,
        errorCode: error.code,
        ...(error.field !== undefined ? { field: error.field } : {}),
        ...(error.rule !== undefined ? { rule: error.rule } : {}),
      },
    };
  }
  if (error instanceof ConcurrencyError) {
    return {
      message:
        `It has changed since revision ${String(error.expected)}` +
        `${error.actual === undefined ? '' : ` (it is at revision ${error.actual})`}; read it again and retry`,
      extensions: {
        code: ErrorCode.CONFLICT,
        errorCode: 'STREAM.REVISION_CONFLICT',
        field: 'expectedRevision',
        expectedRevision: typeof error.expected === 'number' ? error.expected : -1,
        ...(error.actual !== undefined ? { actualRevision: error.actual } : {}),
      },
    };
  }
  if (error instanceof AuthenticationError) {
    return { message: error.message, extensions: { code: ErrorCode.UNAUTHENTICATED, errorCode: `AUTH.${error.reason}` } };
  }
  if (error instanceof InputValidationError) {
    const first = error.invalid[0];
    return {
      message: error.message,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        errorCode: 'INPUT.INVALID',
        ...(first ? { field: first.field, constraint: first.constraint } : {}),
        invalidFields: error.invalid.map(({ field, constraint, message }) => ({ field, constraint, message })),
      },
    };
  }
  if (error instanceof ReadModelLaggingError) {
    return {
      message: error.message,
      extensions: {
        code: ErrorCode.READ_MODEL_LAGGING,
        errorCode: 'READ_MODEL.LAGGING',
        projection: error.projection,
        requestedPosition: error.requested.toString(),
        reachedPosition: error.reached?.toString() ?? null,
      },
    };
  }
  if (error instanceof HttpException) {
    const code = httpStatusCodes[error.getStatus()];
    return code ? { message: error.message, extensions: { code } } : null;
  }
  return null;
}

const httpStatusCodes: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
};

/** Apollo's `formatError`. */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: ErrorMappingOptions,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const known = mapKnownError(original);
  if (known) return { ...formatted, message: known.message, extensions: known.extensions };

  // Errors GraphQL itself raised about the request (parse, validation, variable coercion) are
  // already coded for the client and carry no internals.
  const code = formatted.extensions?.['code'];
  if (original instanceof GraphQLError && typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return formatted;
  }
  if (options.exposeInternalErrors) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  return {
    message: INTERNAL_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** True when the error is one of ours or GraphQL's, i.e. not a fault to log loudly. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (mapKnownError(original) !== null) return true;
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return true;
  return original.originalError === undefined && code !== undefined;
}

/** Codes GraphQL and Apollo give to a malformed request: the client's mistake, not a fault. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
]);

import { ForbiddenException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import { ConcurrencyError } from '../../../../libs/event-store/src/event-store.port.js';
import { InputValidationError, ReadModelLaggingError } from './api-errors.js';
import { formatGraphQLError, isExpectedError } from './graphql-error-mapping.js';

/** An error as graphql-js reports a resolver's throw: wrapped, with a path. */
function thrownByResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['submitCaseFileAudit'], originalError: original });
}

function formatted(error: GraphQLError): GraphQLFormattedError {
  return { message: error.message, path: ['submitCaseFileAudit'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };
}

function format(original: Error, production = true): GraphQLFormattedError {
  const error = thrownByResolver(original);
  return formatGraphQLError(formatted(error), error, { exposeInternalErrors: !production });
}

describe('GraphQL error mapping', () => {
  describe('When a rule is broken on bad input (DomainError BAD_USER_INPUT)', () => {
    it('should report BAD_USER_INPUT with the error code, field and rule', () => {
      const result = format(
        new DomainError('CASE_FILE_AUDIT.CRITERIA_UNGRADED', 'Criteria 3 and 4 are neither graded nor marked not applicable', 'BAD_USER_INPUT', {
          field: 'criteria',
          rule: 'CFA-12',
        }),
      );
      expect(result).toEqual({
        message: 'Criteria 3 and 4 are neither graded nor marked not applicable',
        path: ['submitCaseFileAudit'],
        extensions: { code: 'BAD_USER_INPUT', errorCode: 'CASE_FILE_AUDIT.CRITERIA_UNGRADED', field: 'criteria', rule: 'CFA-12' },
      });
    });
  });

  describe.each([
    ['NOT_FOUND', 'NOT_FOUND'],
    ['CONFLICT', 'CONFLICT'],
    ['FORBIDDEN', 'FORBIDDEN'],
  ] as const)('When a DomainError of kind %s is thrown', (kind, code) => {
    it(`should report ${code}`, () => {
      expect(format(new DomainError('X.Y', 'no', kind)).extensions).toEqual({ code, errorCode: 'X.Y' });
    });
  });

  describe('When an append loses to a newer revision (ConcurrencyError)', () => {
    it('should report CONFLICT with both revisions', () => {
      expect(format(new ConcurrencyError('caseFileAudit-1', 2, 3)).extensions).toEqual({
        code: 'CONFLICT',
        errorCode: 'STREAM.REVISION_CONFLICT',
        field: 'expectedRevision',
        expectedRevision: 2,
        actualRevision: 3,
      });
    });
  });

  describe('When a token is refused', () => {
    it('should report UNAUTHENTICATED with the reason', () => {
      expect(format(new AuthenticationError('EXPIRED_TOKEN', 'The token has expired')).extensions).toEqual({
        code: 'UNAUTHENTICATED',
        errorCode: 'AUTH.EXPIRED_TOKEN',
      });
    });
  });

  describe('When input fails shape validation', () => {
    it('should report BAD_USER_INPUT naming every field and constraint', () => {
      const error = new InputValidationError([
        { field: 'input.dueDate', constraint: 'isIso8601', message: 'dueDate must be a valid ISO 8601 date string' },
        { field: 'commandId', constraint: 'isUuid', message: 'commandId must be a UUID' },
      ]);
      expect(format(error).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        errorCode: 'INPUT.INVALID',
        field: 'input.dueDate',
        constraint: 'isIso8601',
        invalidFields: [
          { field: 'input.dueDate', constraint: 'isIso8601', message: 'dueDate must be a valid ISO 8601 date string' },
          { field: 'commandId', constraint: 'isUuid', message: 'commandId must be a UUID' },
        ],
      });
    });
  });

  describe('When the read model did not reach the requested position in time', () => {
    it('should report READ_MODEL_LAGGING with both positions', () => {
      expect(format(new ReadModelLaggingError('caseFileAudits', 12n, 10n, 5000)).extensions).toEqual({
        code: 'READ_MODEL_LAGGING',
        errorCode: 'READ_MODEL.LAGGING',
        projection: 'caseFileAudits',
        requestedPosition: '12',
        reachedPosition: '10',
      });
    });
  });

  describe('When a Nest HTTP exception reaches GraphQL', () => {
    it('should map its status to a code', () => {
      expect(format(new ForbiddenException('no')).extensions).toEqual({ code: 'FORBIDDEN' });
    });
  });

  describe('When an unexpected error is thrown in production', () => {
    it('should report INTERNAL_SERVER_ERROR without its message or stack', () => {
      const result = format(new TypeError("Cannot read properties of undefined (reading 'secret')"), true);
      expect(result).toEqual({
        message: 'Internal server error',
        path: ['submitCaseFileAudit'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(isExpectedError(thrownByResolver(new TypeError('x')))).toBe(false);
    });
  });

  describe('When an unexpected error is thrown in development', () => {
    it('should show its message to help development', () => {
      expect(format(new TypeError('boom'), false)).toMatchObject({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    });
  });

  describe('When GraphQL itself refuses the request (validation)', () => {
    it('should leave the error as GraphQL coded it', () => {
      const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
      const given: GraphQLFormattedError = { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
      expect(formatGraphQLError(given, error, { exposeInternalErrors: false })).toBe(given);
      expect(isExpectedError(error)).toBe(true);
    });
  });
});

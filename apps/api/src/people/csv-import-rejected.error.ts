import { GraphQLError } from 'graphql';
import type { ImportRowError } from '../../../../libs/domain/src/index.js';
import { ErrorCode } from '../errors/graphql-error-mapping.js';
import { describeRowError, type CsvImportKind } from './csv-import.js';

/** How many problems the message itself names; `extensions.invalidRows` always holds them all. */
const PROBLEMS_IN_MESSAGE = 5;

/**
 * A CSV file refused as a whole: BAD_USER_INPUT with every bad row (line, column, message and,
 * where a domain rule was broken, its code) in `extensions.invalidRows`. Raised as a GraphQLError
 * already coded for the client, which formatGraphQLError passes through as it does GraphQL's own
 * input errors; the shape is fixed here, in one place.
 */
export class CsvImportRejectedError extends GraphQLError {
  constructor(kind: CsvImportKind, fileSha256: string, rows: readonly ImportRowError[]) {
    const shown = rows.slice(0, PROBLEMS_IN_MESSAGE).map(describeRowError).join('; ');
    const more = rows.length > PROBLEMS_IN_MESSAGE ? `; and ${rows.length - PROBLEMS_IN_MESSAGE} more` : '';
    super(
      `The ${kind} file was refused and nothing from it was recorded (${rows.length} problem${rows.length === 1 ? '' : 's'}): ${shown}${more}`,
      {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          errorCode: 'IMPORT.FILE_REJECTED',
          fileSha256,
          invalidRows: rows.map((row) => ({ line: row.line, field: row.field, message: row.message, code: row.code ?? null })),
        },
      },
    );
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { LoggerService } from '@nestjs/common';
import type { ApiRequest } from '../auth/request-context.js';
import { isExpectedError } from './graphql-error-mapping.js';

/**
 * Logs every error nobody expected, with its stack and the request's correlation id, before the
 * error mapping hides its details from the client. Expected errors (broken rules, conflicts,
 * refused tokens, bad input) are the API working as designed and are not logged as faults.
 */
export function errorLoggingPlugin(logger: LoggerService): ApolloServerPlugin<{ req?: ApiRequest }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isExpectedError(error)) continue;
            const original = unwrapResolverError(error);
            const stack = original instanceof Error ? original.stack : String(original);
            logger.error(
              `Unexpected error in GraphQL operation ${operationName ?? '(anonymous)'} ` +
                `[correlationId=${contextValue.req?.correlationId ?? 'none'}]: ${error.message}`,
              stack,
              'GraphQL',
            );
          }
        },
      };
    },
  };
}

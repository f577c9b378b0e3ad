import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AuthenticationError } from '../../../libs/auth/src/jwt.js';
import type { AppConfig } from '../../../libs/config/src/config.js';
import type { ActorResolution } from './auth/actor-resolver.js';
import type { ApiRequest } from './auth/request-context.js';
import { errorLoggingPlugin } from './errors/error-logging.plugin.js';
import { formatGraphQLError } from './errors/graphql-error-mapping.js';
import { hardenGraphql } from './hardening/graphql-hardening.js';

/**
 * Code-first GraphQL. The schema is generated in memory at start (nothing is written at run time,
 * so the service runs on a read-only file system) and committed as apps/api/schema.graphql for
 * review and client generation; a test fails when the two differ.
 */
export function graphqlOptions(config: AppConfig, actors: ActorResolution): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  // Depth, cost, size and rate limits, CSRF prevention (issue 6 item 6): hardening/graphql-hardening.ts.
  return hardenGraphql(config, {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    graphiql: !production,
    // Stack traces go to the server log (errorLoggingPlugin), never to clients.
    includeStacktraceInErrorResponses: false,
    autoTransformHttpErrors: false,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, { exposeInternalErrors: !production }),
    plugins: [errorLoggingPlugin(new Logger('GraphQL'))],
    // Every GraphQL request is authenticated before anything runs, so even an operation that
    // reaches no resolver (`{ __typename }`, introspection) is refused without a valid token. The
    // actor's role is the staff registry's as at the request (ActorResolver), not the token's claim.
    context: async ({ req }: { req: ApiRequest }) => {
      try {
        req.actor = await actors.actorOf(req);
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: 'UNAUTHENTICATED', errorCode: `AUTH.${error.reason}`, http: { status: 401 } },
        });
      }
      return { req };
    },
  });
}

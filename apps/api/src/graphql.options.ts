import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { errorLoggingPlugin } from './errors/error-logging.plugin.js';
import { formatGraphQLError } from './errors/graphql-error-mapping.js';

/**
 * Code-first GraphQL. The schema is generated in memory at start (nothing is written at run time,
 * so the service runs on a read-only file system) and committed as apps/api/schema.graphql for
 * review and client generation; a test fails when the two differ.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
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
  };
}

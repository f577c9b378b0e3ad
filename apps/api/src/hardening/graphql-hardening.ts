import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLFormattedError } from 'graphql';
import type { AppConfig } from '../../../../libs/config/src/config.js';
import type { ApiRequest } from '../auth/request-context.js';
import { isExpectedError } from '../errors/graphql-error-mapping.js';
import { queryLimitsRule } from './query-limits.rule.js';
import { RequestRateLimits } from './request-rate-limits.js';

type ContextFunction = (args: { req: ApiRequest }) => Promise<unknown>;

/**
 * Issue 6 item 6: what the GraphQL endpoint refuses, added to the service's Apollo options.
 *
 * In the order a request meets them: the body and query-text limits and the refusal of batches
 * (HTTP middleware, app.ts); Apollo's CSRF prevention (a request must be JSON or carry
 * `apollo-require-preflight`, so a plain form or `<img>` cannot reach an operation, and a GET
 * cannot run a mutation); authentication (the `context` function) and then the rate limit of the
 * subject or, failing authentication, of the address; parsing, stopped past GRAPHQL_MAX_TOKENS;
 * validation, with the depth, cost and root-field limits beside graphql-js's own rules. Only then
 * does a resolver run, so a refused request appends nothing.
 *
 * In production there is no introspection and no landing page (graphql.options.ts), and error
 * messages do not suggest field names ("Did you mean ...?") that would reveal the schema.
 */
export function hardenGraphql(config: AppConfig, options: ApolloDriverConfig): ApolloDriverConfig {
  const { limits } = config.hardening;
  const production = config.nodeEnv === 'production';
  const rateLimits = RequestRateLimits.forConfig(config);
  const context = options.context as ContextFunction | undefined;
  const formatError = options.formatError;

  return {
    ...options,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    parseOptions: { ...options.parseOptions, maxTokens: limits.maxTokens },
    validationRules: [...(options.validationRules ?? []), queryLimitsRule(limits)],
    plugins: [...(options.plugins ?? []), rateLimiterLifecycle(rateLimits)],
    context: async (args: { req: ApiRequest }) => {
      let value: unknown;
      try {
        value = context ? await context(args) : { req: args.req };
      } catch (error) {
        // A refused token counts against the address; a fault of the service's own does not.
        if (isExpectedError(error)) await rateLimits.chargeAddress(args.req);
        throw error;
      }
      const subject = args.req.actor?.staffId;
      if (subject !== undefined) await rateLimits.chargeSubject(subject);
      else await rateLimits.chargeAddress(args.req);
      return value;
    },
    formatError: (formatted, error) => {
      const shown = formatError ? formatError(formatted, error) : formatted;
      return tokenLimitNamed(shown, limits.maxTokens);
    },
  };
}

/** Opens the rate limiter's store as Apollo starts (a Redis that cannot be reached stops the start) and closes it as Apollo stops. */
function rateLimiterLifecycle(rateLimits: RequestRateLimits): ApolloServerPlugin {
  return {
    async serverWillStart() {
      await rateLimits.start();
      return {
        async serverWillStop() {
          await rateLimits.stop();
        },
      };
    },
  };
}

/** graphql-js stops parsing past `maxTokens` with a syntax error ("more that N tokens" in 16.x); this names the limit the way the other limits do. */
function tokenLimitNamed(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError {
  if (formatted.extensions?.['code'] !== 'GRAPHQL_PARSE_FAILED' || !/Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
    return formatted;
  }
  return {
    ...formatted,
    message: `The query has more than ${maxTokens} tokens (names, punctuation, values); the limit is ${maxTokens}`,
    extensions: { ...formatted.extensions, errorCode: 'REQUEST.TOO_MANY_TOKENS', limit: maxTokens, setting: 'GRAPHQL_MAX_TOKENS' },
  };
}

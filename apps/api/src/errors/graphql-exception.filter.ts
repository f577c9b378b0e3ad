import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every error raised in a GraphQL resolver, guard or pipe on to Apollo untouched, where
 * formatGraphQLError maps it and errorLoggingPlugin logs the unexpected ones. Without this, Nest
 * would log every refused token and broken rule as an ERROR with a stack trace. HTTP routes keep
 * Nest's own handling.
 */
@Catch()
export class GraphQLExceptionPassThrough extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}

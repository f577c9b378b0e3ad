import { randomUUID } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { mergeMap, type Observable } from 'rxjs';
import { AuthenticationError } from '../../../../libs/auth/src/jwt.js';
import type { ChildRecordReadInput } from '../../../../libs/domain/src/index.js';
import type { ApiRequest } from '../auth/request-context.js';
import { ChildReadsCollector } from './child-reads.collector.js';
import { CHILD_READS, type ChildReadsSpec } from './child-reads.metadata.js';
import { ReadLogWriter } from './read-log.writer.js';

/**
 * Runs after a query marked @RecordsChildReads has answered: takes the child-level records it
 * returned and adds them to its request's reads, which ReadLogPlugin records in one event before
 * the response goes out. A request the plugin did not open (none today) is recorded here, before
 * the query answers. Guards run first, so a refused query records nothing.
 */
@Injectable()
export class ChildReadsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly collector: ChildReadsCollector,
    private readonly writer: ReadLogWriter,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<ChildReadsSpec | undefined>(CHILD_READS, context.getHandler());
    if (spec === undefined) return next.handle();
    const gql = GqlExecutionContext.create(context);
    const operation = gql.getInfo<{ fieldName: string }>().fieldName;
    const graphqlContext = gql.getContext<{ req: ApiRequest }>();
    return next.handle().pipe(
      mergeMap(async (result) => {
        const records: ChildRecordReadInput[] = [...spec.select(result)].map((record) => ({
          kind: record.kind,
          id: record.id,
          caseId: record.caseId ?? null,
          operation,
        }));
        if (records.length === 0) return result;
        const reads = this.collector.of(graphqlContext);
        if (reads !== undefined) {
          reads.add(records);
          return result;
        }
        const actor = graphqlContext.req.actor;
        if (actor === undefined) throw new AuthenticationError('MISSING_TOKEN', 'A bearer token is required');
        await this.writer.record({ actor, records, operationName: null, correlationId: graphqlContext.req.correlationId ?? randomUUID(), at: new Date() });
        return result;
      }),
    );
  }
}

import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { ApiRequest } from '../auth/request-context.js';
import { ChildReadsCollector } from './child-reads.collector.js';
import { ReadLogWriter } from './read-log.writer.js';

type Context = { req?: ApiRequest };

/** The reads could not be recorded: the request answers this alone, with none of its data. */
export const READ_NOT_RECORDED = {
  message: 'The read could not be recorded in the read log, so nothing is returned; retry shortly',
  extensions: { code: 'INTERNAL_SERVER_ERROR', errorCode: 'READ_LOG.NOT_RECORDED' },
} as const;

/**
 * Issue 6 item 4: one event per GraphQL request lists every child-level record its queries
 * returned (ChildReadsInterceptor collects them). It is appended before the response is sent; if
 * it cannot be, the response carries only READ_NOT_RECORDED (HTTP 503): no child-level record
 * leaves the service unlogged. Found by @nestjs/apollo among the providers (`@Plugin()`).
 */
@Plugin()
export class ReadLogPlugin implements ApolloServerPlugin<Context> {
  private readonly logger = new Logger('ReadLog');

  constructor(
    private readonly collector: ChildReadsCollector,
    private readonly writer: ReadLogWriter,
  ) {}

  async requestDidStart({ contextValue }: { contextValue: Context }): Promise<GraphQLRequestListener<Context>> {
    const at = new Date();
    const reads = this.collector.start(contextValue);
    return {
      willSendResponse: async (request) => {
        this.collector.end(contextValue);
        const records = reads.take();
        if (records.length === 0) return;
        const req = contextValue.req;
        try {
          if (req?.actor === undefined) throw new Error('child-level records were returned to a request without an actor');
          await this.writer.record({
            actor: req.actor,
            records,
            operationName: request.operationName ?? null,
            correlationId: req.correlationId ?? randomUUID(),
            at,
          });
        } catch (error) {
          this.logger.error(
            `Reads of ${records.length} child-level record(s) could not be recorded; the response was withheld ` +
              `[correlationId=${req?.correlationId ?? 'none'}]: ${error instanceof Error ? error.message : String(error)}`,
            error instanceof Error ? error.stack : undefined,
          );
          request.response.body = { kind: 'single', singleResult: { errors: [READ_NOT_RECORDED] } };
          request.response.http.status = 503;
        }
      },
    };
  }
}

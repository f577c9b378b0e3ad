import { Injectable } from '@nestjs/common';
import type { ChildRecordReadInput } from '../../../../libs/domain/src/index.js';

/** The child-level records one GraphQL request has returned so far. */
export class RequestReads {
  private readonly records: ChildRecordReadInput[] = [];

  add(records: readonly ChildRecordReadInput[]): void {
    this.records.push(...records);
  }

  /** Everything returned, once: what the request's read event lists. */
  take(): ChildRecordReadInput[] {
    return this.records.splice(0, this.records.length);
  }
}

/**
 * Joins the resolvers of one GraphQL request to the one event that records its reads: the plugin
 * opens a request's reads when it starts, the interceptor adds what each query returned, and the
 * plugin records them before the response is sent. Keyed by the request's GraphQL context object.
 */
@Injectable()
export class ChildReadsCollector {
  private readonly open = new WeakMap<object, RequestReads>();

  start(context: object): RequestReads {
    const reads = new RequestReads();
    this.open.set(context, reads);
    return reads;
  }

  /** The reads of the request whose context this is, or undefined outside a GraphQL request the plugin saw. */
  of(context: object): RequestReads | undefined {
    return this.open.get(context);
  }

  end(context: object): void {
    this.open.delete(context);
  }
}

import { NO_STREAM, type EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { planAudit, recordedEventsOf } from './case-file-audit.workload.js';

/**
 * Fills a log with exactly `count` events of whole case file audits, appended straight to the
 * store one audit (one stream) per append, chained as the command handler chains them. The last
 * audit may stop part way, as an audit in progress does. Answers how many audits it wrote.
 */
export async function fillLog(store: EventStore, count: number, runId: string, firstAudit = 0): Promise<number> {
  let written = 0;
  let audits = 0;
  while (written < count) {
    const plan = planAudit(firstAudit + audits, runId);
    const events = recordedEventsOf(plan).slice(0, count - written);
    await store.appendToStream(plan.streamId, events, { expectedRevision: NO_STREAM });
    written += events.length;
    audits += 1;
  }
  return audits;
}

/** Reads the whole of `$all` in pages, as a projection catching up from the start would; answers the count. */
export async function readWholeLog(store: EventStore, pageSize: number): Promise<number> {
  let read = 0;
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ ...(after !== undefined ? { after } : {}), maxCount: pageSize });
    read += page.length;
    if (page.length < pageSize) return read;
    after = page[page.length - 1]!.position;
  }
}

import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { RECORD_READS_PAGE, listRecordReads, recordReadsProjection, type RecordReadFilter } from '../../../../projections/read-log/index.js';
import { InputValidationError } from '../errors/api-errors.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { RecordReadsArgs } from './dto/record-reads.args.js';
import { RecordReadsPage } from './models/record-read.model.js';

/**
 * Issue 6 item 4: S&QA (the permission table's row, apps/api/src/access/permissions.ts) read the
 * log of who read which child-level record when. It waits until the
 * read model holds everything recorded when the query arrived, so a read just made is listed.
 * Reading the log is not itself a read of a child-level record, and is not recorded.
 */
@Resolver()
export class ReadLogQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Query(() => RecordReadsPage, {
    description:
      'Issue 6: who read which child-level record (an audit, a case history, an action, …) and when, newest first, by reader, record, case and period. S&QA only.',
  })
  async recordReads(@Args() args: RecordReadsArgs): Promise<RecordReadsPage> {
    const filter = filterOf(args);
    const position = args.atLeastPosition != null ? BigInt(args.atLeastPosition) : ((await this.eventStore.headPosition()) ?? undefined);
    await this.freshness.waitFor(recordReadsProjection, position);
    try {
      const page = await listRecordReads(this.readStore, filter, {
        first: args.first ?? RECORD_READS_PAGE.default,
        ...(args.after != null ? { after: args.after } : {}),
      });
      return RecordReadsPage.of(page);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new InputValidationError([{ field: 'after', constraint: 'knownCursor', message: error.message }]);
    }
  }
}

/** GraphQL lets a client send null for any optional argument; null means "not given". A date alone means the whole day (UTC). */
function filterOf(args: RecordReadsArgs): RecordReadFilter {
  const f = args.filter ?? {};
  const from = f.from == null ? undefined : instant(f.from, 'start', 'filter.from');
  const to = f.to == null ? undefined : instant(f.to, 'end', 'filter.to');
  if (from !== undefined && to !== undefined && to < from) {
    throw new InputValidationError([{ field: 'filter.to', constraint: 'notBeforeFrom', message: `filter.to (${f.to}) is before filter.from (${f.from})` }]);
  }
  return {
    ...(f.readerId != null ? { readerId: f.readerId } : {}),
    ...(f.recordKind != null ? { recordKind: f.recordKind } : {}),
    ...(f.recordId != null ? { recordId: f.recordId } : {}),
    ...(f.caseId != null ? { caseId: f.caseId } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

function instant(value: string, edge: 'start' | 'end', field: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`) : Date.parse(value);
  if (Number.isNaN(parsed)) {
    throw new InputValidationError([{ field, constraint: 'dateOrInstant', message: `${field} ${JSON.stringify(value)} is not a calendar date or instant` }]);
  }
  return new Date(parsed).toISOString();
}

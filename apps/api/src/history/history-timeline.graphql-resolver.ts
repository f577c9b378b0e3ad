import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { caseFileAuditStreamId } from '../../../../libs/domain/src/index.js';
import { asOfInstant, historyReferencesProjection, historySubjectsProjection } from '../../../../projections/history-index/index.js';
import { auditGradesHistory } from './audit-grades-history.js';
import { caseHistory, recordHistory, staffHistory, type HistoryStores } from './history-timeline.js';
import { RecordScopes } from '../access/record-scope.js';
import { checkStreamInScope } from '../access/stream-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { InputValidationError } from '../errors/api-errors.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { AuditGradesHistoryArgs, CaseHistoryArgs, RecordHistoryArgs, StaffHistoryArgs, type HistoryAsOfArgs, type IndexedHistoryArgs } from './history-queries.args.js';
import { AuditGradesHistory } from './models/audit-grades-history.model.js';
import { SubjectHistory } from './models/history.model.js';
import { RecordsChildReads } from '../read-log/records-child-reads.decorator.js';
import { byField, recordsOfHistory } from '../read-log/child-record-selectors.js';

/**
 * REP-3: the full, unaltered history of a case, a person, a record or an audit's grades, as it
 * stood at any date. The history index finds the streams; the events are read from the log and
 * every stream touched is verified whole (the hash chain of libs/event-store).
 */
@Resolver()
export class HistoryTimelineResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => SubjectHistory, {
    description:
      "REP-3: a case's history in log order: every event naming its Azeus number and every event of its own records (its audits, actions, escalations), with who and when; chainVerified over every stream touched.",
  })
  @RecordsChildReads(recordsOfHistory)
  async caseHistory(@Args() args: CaseHistoryArgs, @CurrentActor() actor: Actor): Promise<SubjectHistory> {
    const asOf = await this.ready(args);
    await (await this.scopes.of(actor)).checkCase(args.azeusNumber, asOf);
    return SubjectHistory.of(await caseHistory(this.stores(), args.azeusNumber, asOf));
  }

  @Query(() => SubjectHistory, {
    description: "REP-3: a member of staff's history in log order: every event they recorded or that names them (as auditor, owner, manager, worker, …).",
  })
  @RecordsChildReads(recordsOfHistory)
  async staffHistory(@Args() args: StaffHistoryArgs, @CurrentActor() actor: Actor): Promise<SubjectHistory> {
    const asOf = await this.ready(args);
    // A person's history holds their staff data (supervision audits, observations): the staff data rule.
    (await this.scopes.of(actor)).checkStaffDataOf(args.staffId, 'staffId');
    return SubjectHistory.of(await staffHistory(this.stores(), args.staffId, asOf));
  }

  @Query(() => SubjectHistory, { description: "REP-3: one record's history (an audit, an action, an escalation, …), read from its stream in the log." })
  @RecordsChildReads(recordsOfHistory)
  async recordHistory(@Args() args: RecordHistoryArgs, @CurrentActor() actor: Actor): Promise<SubjectHistory> {
    const asOf = asOfOf(args);
    await checkStreamInScope(await this.scopes.of(actor), this.reads, this.events, args.streamId);
    return SubjectHistory.of(await recordHistory(this.stores(), args.streamId, asOf));
  }

  @Query(() => AuditGradesHistory, {
    nullable: true,
    description: "CFA-9, REP-3: a case file audit's grades as first given, as submitted and as moderated, every version kept; null if the log holds no such audit as at asOf.",
  })
  @RecordsChildReads('CASE_FILE_AUDIT', byField('auditId'))
  async auditGradesHistory(@Args() args: AuditGradesHistoryArgs, @CurrentActor() actor: Actor): Promise<AuditGradesHistory | null> {
    const asOf = asOfOf(args);
    await checkStreamInScope(await this.scopes.of(actor), this.reads, this.events, caseFileAuditStreamId(args.auditId));
    const view = await auditGradesHistory(this.events, args.auditId, asOf);
    return view === null ? null : AuditGradesHistory.of(view);
  }

  private stores(): HistoryStores {
    return { events: this.events, reads: this.reads };
  }

  /** Waits for the history index to reach the requested position; answers the asOf instant. */
  private async ready(args: IndexedHistoryArgs): Promise<string | null> {
    const asOf = asOfOf(args);
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    await this.freshness.waitFor(historySubjectsProjection, position);
    await this.freshness.waitFor(historyReferencesProjection, position);
    return asOf;
  }
}

function asOfOf(args: HistoryAsOfArgs): string | null {
  try {
    return asOfInstant(args.asOf);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputValidationError([{ field: 'asOf', constraint: 'dateOrInstant', message: `${error.message} (REP-3)` }]);
  }
}

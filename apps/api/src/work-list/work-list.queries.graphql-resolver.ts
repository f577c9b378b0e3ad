import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { calendarDate, type Actor, type Role } from '../../../../libs/domain/src/index.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { listCaseFileAudits } from '../../../../projections/case-file-audits/case-file-audits.queries.js';
import { complianceAuditsProjection } from '../../../../projections/compliance-audits/compliance-audits.projection.js';
import { listComplianceAuditsByAuditor } from '../../../../projections/compliance-audits/compliance-audits.queries.js';
import { remedialActionsProjection } from '../../../../projections/remedial-actions/remedial-actions.projection.js';
import { remedialActionsByOwner } from '../../../../projections/remedial-actions/remedial-actions.queries.js';
import { getStaffMember, staffMemberAsAt } from '../../../../projections/staff/staff.queries.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { WorkListArgs } from './dto/work-list.args.js';
import { WorkList } from './models/work-list.model.js';
import { isSeniorManager, workListEntries } from './work-list.js';
import { toWorkList } from './work-list.mapper.js';

/** A person's work list (CFA-4, CFA-6, CFA-7, CFA-9), read from the read models it spans. */
@Resolver()
export class WorkListQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Query(() => WorkList, {
    description:
      'What is due, overdue and in progress for one person (default the caller) at asOf: case file audits scheduled or in progress (CFA-6), compliance audits in progress (CFA-4), remedial actions they own with their clocks (CFA-7) and, for a senior manager, audits awaiting moderation (CFA-9); by due date.',
  })
  async workList(@Args() args: WorkListArgs, @CurrentActor() actor: Actor): Promise<WorkList> {
    // A mutation's position may belong to any of the read models the list spans: wait for each.
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    for (const projection of [caseFileAuditsProjection, complianceAuditsProjection, remedialActionsProjection]) {
      await this.freshness.waitFor(projection, position);
    }
    const asOf = args.asOf == null ? new Date() : new Date(args.asOf);
    const staffId = args.staffId ?? actor.staffId;
    const role = staffId === actor.staffId ? actor.role : await this.roleAsAt(staffId, asOf);

    const [scheduled, inProgress, complianceAudits, remedialActions, awaitingModeration] = await Promise.all([
      listCaseFileAudits(this.readStore, { auditorId: staffId, status: 'SCHEDULED' }),
      listCaseFileAudits(this.readStore, { auditorId: staffId, status: 'IN_PROGRESS' }),
      listComplianceAuditsByAuditor(this.readStore, staffId, { status: 'IN_PROGRESS', asOf: asOf.toISOString() }),
      remedialActionsByOwner(this.readStore, staffId, asOf),
      isSeniorManager(role) ? listCaseFileAudits(this.readStore, { awaitingModeration: true }) : Promise.resolve([]),
    ]);
    const entries = workListEntries({
      staffId,
      role,
      asOf,
      audits: [...scheduled, ...inProgress],
      complianceAudits,
      remedialActions,
      awaitingModeration,
    });
    return toWorkList(staffId, role, asOf, entries);
  }

  /** Someone else's role as the staff directory had it on the day of asOf; null when unknown. */
  private async roleAsAt(staffId: string, asOf: Date): Promise<Role | null> {
    const member = await getStaffMember(this.readStore, staffId);
    if (member === null) return null;
    return staffMemberAsAt(member, calendarDate(asOf))?.role ?? member.role;
  }
}

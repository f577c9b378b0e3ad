import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { calendarDate, type Actor, type Role } from '../../../../libs/domain/src/index.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { annualSampleProjection } from '../../../../projections/annual-sample/annual-sample.projection.js';
import { listAnnualSampleAllocation, type AnnualSampleAllocationRow } from '../../../../projections/annual-sample/annual-sample.queries.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { listCaseFileAudits } from '../../../../projections/case-file-audits/case-file-audits.queries.js';
import { complianceAuditsProjection } from '../../../../projections/compliance-audits/compliance-audits.projection.js';
import { listComplianceAuditsByAuditor } from '../../../../projections/compliance-audits/compliance-audits.queries.js';
import { remedialActionsProjection } from '../../../../projections/remedial-actions/remedial-actions.projection.js';
import { remedialActionsByOwner } from '../../../../projections/remedial-actions/remedial-actions.queries.js';
import { getStaffMember, staffMemberAsAt } from '../../../../projections/staff/staff.queries.js';
import { caseFileAuditRef, complianceAuditRef, remedialActionRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
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
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => WorkList, {
    description:
      'What is due, overdue and in progress for one person (default the caller) at asOf: case file audits scheduled or in progress (CFA-6), cases of the random sample (the asOf year\'s and the year before) allocated to them with no RANDOM_SAMPLE audit scheduled yet (CFA-1, CFA-6), compliance audits in progress (CFA-4), remedial actions they own with their clocks (CFA-7) and, for a senior manager, audits awaiting moderation (CFA-9); by due date.',
  })
  async workList(@Args() args: WorkListArgs, @CurrentActor() actor: Actor): Promise<WorkList> {
    // A mutation's position may belong to any of the read models the list spans: wait for each.
    const position = args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
    for (const projection of [caseFileAuditsProjection, complianceAuditsProjection, remedialActionsProjection, annualSampleProjection]) {
      await this.freshness.waitFor(projection, position);
    }
    const asOf = args.asOf == null ? new Date() : new Date(args.asOf);
    const staffId = args.staffId ?? actor.staffId;
    // Someone else's list: a member of the reader's team (service area, …); each entry one the reader may open.
    const scope = await this.scopes.of(actor);
    scope.checkWorkOf(staffId, 'staffId');
    const role = staffId === actor.staffId ? actor.role : await this.roleAsAt(staffId, asOf);

    // Every audit of theirs, whatever its status: a sample case leaves the list once its audit is scheduled.
    const [audits, sampleCases, complianceAudits, remedialActions, awaitingModeration] = await Promise.all([
      listCaseFileAudits(this.readStore, { auditorId: staffId }),
      this.sampleCasesOf(staffId, asOf),
      listComplianceAuditsByAuditor(this.readStore, staffId, { status: 'IN_PROGRESS', asOf: asOf.toISOString() }),
      remedialActionsByOwner(this.readStore, staffId, asOf),
      isSeniorManager(role) ? listCaseFileAudits(this.readStore, { awaitingModeration: true }) : Promise.resolve([]),
    ]);
    const entries = workListEntries({
      staffId,
      role,
      asOf,
      audits: await scope.filterChild(audits, caseFileAuditRef),
      sampleCases: await scope.filterChild(sampleCases, (row) => ({
        azeusNumbers: [row.azeusNumber],
        workerIds: [row.allocatedWorkerId],
        teamIds: [row.teamId],
        partyIds: [row.auditorId],
      })),
      complianceAudits: await scope.filterChild(complianceAudits, complianceAuditRef),
      remedialActions: await scope.filterChild(remedialActions, remedialActionRef),
      awaitingModeration: await scope.filterChild(awaitingModeration, caseFileAuditRef),
    });
    return toWorkList(staffId, role, asOf, entries);
  }

  /**
   * CFA-1 / CFA-6: the cases of the asOf year's sample allocated to them and of the year before,
   * so that a case due at the year's end and never audited still shows overdue in January.
   */
  private async sampleCasesOf(auditorId: string, asOf: Date): Promise<AnnualSampleAllocationRow[]> {
    const year = asOf.getUTCFullYear();
    const [previous, current] = await Promise.all([
      listAnnualSampleAllocation(this.readStore, { year: year - 1, auditorId }),
      listAnnualSampleAllocation(this.readStore, { year, auditorId }),
    ]);
    return [...previous, ...current];
  }

  /** Someone else's role as the staff directory had it on the day of asOf; null when unknown. */
  private async roleAsAt(staffId: string, asOf: Date): Promise<Role | null> {
    const member = await getStaffMember(this.readStore, staffId);
    if (member === null) return null;
    return staffMemberAsAt(member, calendarDate(asOf))?.role ?? member.role;
  }
}

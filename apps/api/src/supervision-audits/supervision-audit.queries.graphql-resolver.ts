import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { SUPERVISION_AUDIT_DUTIES } from '../../../../libs/domain/src/index.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { getStaffMember } from '../../../../projections/staff/index.js';
import {
  getSupervisionAudit,
  listOpenSupervisionAuditEscalations,
  listSupervisionAudits,
  supervisionAuditMonthlyDutyOf,
  supervisionAuditsProjection,
} from '../../../../projections/supervision-audits/index.js';
import { supervisionAuditRef } from '../access/record-parties.js';
import { RecordScopes } from '../access/record-scope.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import type { ReadOptionsArgs } from '../read-your-writes/read-options.args.js';
import {
  SupervisionAuditArgs,
  SupervisionAuditEscalationsArgs,
  SupervisionAuditMonthlyDutyArgs,
  SupervisionAuditQuestionsArgs,
  SupervisionAuditsArgs,
} from './dto/supervision-audit-queries.args.js';
import { toSupervisionAudit, toSupervisionAuditEscalation, toSupervisionAuditMonthlyDuty } from './supervision-audit.mapper.js';
import { SUPERVISION_AUDIT_QUESTIONS } from './supervision-audit.enums.js';
import {
  SupervisionAudit,
  SupervisionAuditEscalation,
  SupervisionAuditMonthlyDuty,
  SupervisionAuditQuestion,
} from './models/supervision-audit.model.js';
import { RecordsChildReads } from '../read-log/records-child-reads.decorator.js';
import { byField } from '../read-log/child-record-selectors.js';

/** Reads of the supervisionAudits read model (SUP-1..SUP-5), after waiting for the position the client asked for. */
@Resolver()
export class SupervisionAuditQueriesResolver {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly freshness: ReadModelFreshness,
    private readonly scopes: RecordScopes,
  ) {}

  @Query(() => [SupervisionAuditQuestion], { description: 'The questions of appendix B, in the order of the form (SUP-3, SUP-4).' })
  supervisionAuditQuestions(@Args() args: SupervisionAuditQuestionsArgs): SupervisionAuditQuestion[] {
    return SUPERVISION_AUDIT_QUESTIONS.filter((q) => args.kind == null || q.kind === args.kind).map((q) => ({ key: q.key, kind: q.kind, text: q.text }));
  }

  @Query(() => SupervisionAudit, { nullable: true, description: 'One supervision audit; null if there is none with this id.' })
  async supervisionAudit(@Args() args: SupervisionAuditArgs, @CurrentActor() actor: Actor): Promise<SupervisionAudit | null> {
    await this.ready(args);
    const scope = await this.scopes.of(actor);
    const document = scope.checkStaff(await getSupervisionAudit(this.readStore, args.id), supervisionAuditRef, `Supervision audit ${args.id}`);
    return document === null ? null : toSupervisionAudit(document);
  }

  @Query(() => [SupervisionAudit], { description: 'Supervision audits by auditor, supervisor, supervisee, kind and status, sorted by audit date.' })
  async supervisionAudits(@Args() args: SupervisionAuditsArgs, @CurrentActor() actor: Actor): Promise<SupervisionAudit[]> {
    await this.ready(args);
    const f = args.filter ?? {};
    // GraphQL lets a client send null for any optional argument; null means "not given".
    const documents = await listSupervisionAudits(this.readStore, {
      ...(f.auditorId != null ? { auditorId: f.auditorId } : {}),
      ...(f.supervisorId != null ? { supervisorId: f.supervisorId } : {}),
      ...(f.superviseeId != null ? { superviseeId: f.superviseeId } : {}),
      ...(f.kind != null ? { kind: f.kind } : {}),
      ...(f.status != null ? { status: f.status } : {}),
    });
    return (await this.scopes.of(actor)).filterStaff(documents, supervisionAuditRef).map(toSupervisionAudit);
  }

  @Query(() => [SupervisionAuditEscalation], {
    description: 'SUP-3: children found not safe and raised with a Head of Service who has not yet acknowledged it, oldest first.',
  })
  @RecordsChildReads('SUPERVISION_AUDIT_ESCALATION', byField('auditId'))
  async supervisionAuditEscalations(@Args() args: SupervisionAuditEscalationsArgs, @CurrentActor() actor: Actor): Promise<SupervisionAuditEscalation[]> {
    await this.ready(args);
    const documents = await listOpenSupervisionAuditEscalations(
      this.readStore,
      args.headOfServiceId != null ? { headOfServiceId: args.headOfServiceId } : {},
    );
    return (await this.scopes.of(actor))
      .filterStaff(documents, supervisionAuditRef)
      .map(toSupervisionAuditEscalation).filter((e): e is SupervisionAuditEscalation => e !== null);
  }

  @Query(() => SupervisionAuditMonthlyDuty, {
    description: "SUP-1 / SUP-2: whether an auditor completed one case and one professional supervision audit in a month.",
  })
  async supervisionAuditMonthlyDuty(@Args() args: SupervisionAuditMonthlyDutyArgs, @CurrentActor() actor: Actor): Promise<SupervisionAuditMonthlyDuty> {
    await this.ready(args);
    (await this.scopes.of(actor)).checkWorkOf(args.auditorId, 'auditorId');
    const [duty, auditor] = await Promise.all([
      supervisionAuditMonthlyDutyOf(this.readStore, args.auditorId, args.month),
      getStaffMember(this.readStore, args.auditorId),
    ]);
    const rule = SUPERVISION_AUDIT_DUTIES.find((d) => d.auditorRole === auditor?.role)?.rule ?? null;
    return toSupervisionAuditMonthlyDuty(duty, rule);
  }

  private async ready(args: ReadOptionsArgs): Promise<void> {
    await this.freshness.waitFor(supervisionAuditsProjection, args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition));
  }
}

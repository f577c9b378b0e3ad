import type { Actor, CommandMetadata } from '../shared/decider.js';
import type { ThemedAuditDayActionInput, ThemedAuditDayCommand } from './themed-audit-day.commands.js';
import type { ThemedAuditDayEvent } from './themed-audit-day.events.js';
import type { ThemedAuditDayAction } from './themed-audit-day.values.js';

/** Test data for themed audit days: an S&QA officer leads a morning on neglect (TAD-1). */

export const DAY_ID = 'tad-1';
export const SQA_ID = 'sqa-1';
export const SQA_MANAGER_ID = 'sqa-mgr-1';
export const TM_ID = 'tm-1';
export const HOS_ID = 'hos-1';
export const AP_ID = 'ap-1';
export const DAY = '2025-06-12';
export const PLANNED_AT = '2025-05-20T10:00:00.000Z';
export const ON_THE_DAY = '2025-06-12T11:00:00.000Z';
export const CLOSED_AT = '2025-06-12T13:00:00.000Z';
export const AGREED_AT = '2025-06-19T10:00:00.000Z';
export const PLAN_CLOSED_AT = '2025-09-01T10:00:00.000Z';

export const sqa: Actor = { staffId: SQA_ID, role: 'SQA_OFFICER' };
export const sqaManager: Actor = { staffId: SQA_MANAGER_ID, role: 'SQA_MANAGER' };
export const tm: Actor = { staffId: TM_ID, role: 'TEAM_MANAGER' };
export const hos: Actor = { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' };

export function metadata(actor: Actor = sqa, now: string = ON_THE_DAY): CommandMetadata {
  return { actor, now, commandId: 'cmd-1', correlationId: 'cmd-1', causationId: 'cmd-1' };
}

const REASONS = [
  { origin: 'PERFORMANCE_DATA', text: 'Re-referrals within 12 months rose to 24%' },
  { origin: 'SERIOUS_INCIDENTS', text: 'A local child safeguarding practice review named neglect' },
] as const;

export const caseAction: ThemedAuditDayAction = {
  actionId: 'tad-act-1',
  description: 'Update the chronology and the plan with the neglect toolkit',
  ownerId: 'sw-1',
  managerId: TM_ID,
  timescale: '2025-07-31',
  azeusNumber: 'AZ-100001',
  teamId: 'team-north',
};

export const serviceAction: ThemedAuditDayAction = {
  actionId: 'tad-act-2',
  description: 'Brief every team on the neglect toolkit',
  ownerId: TM_ID,
  managerId: HOS_ID,
  timescale: '2025-08-31',
  azeusNumber: null,
  teamId: null,
};

export const commands = {
  plan(overrides: Partial<Record<string, unknown>> = {}, actor: Actor = sqa): ThemedAuditDayCommand {
    return {
      type: 'PlanThemedAuditDay',
      data: {
        dayId: DAY_ID,
        theme: 'Neglect',
        reasons: REASONS,
        date: DAY,
        session: 'MORNING',
        teamIds: ['team-north', 'team-south'],
        serviceAreaIds: ['safeguarding'],
        ...overrides,
      } as never,
      metadata: metadata(actor, PLANNED_AT),
    };
  },
  recordAudit(overrides: Partial<Record<string, unknown>> = {}, actor: Actor = sqa, now: string = ON_THE_DAY): ThemedAuditDayCommand {
    return {
      type: 'RecordThemedAudit',
      data: {
        dayId: DAY_ID,
        auditId: 'audit-1',
        azeusNumber: 'AZ-100001',
        auditorId: TM_ID,
        mode: 'LIVE',
        caseFileAuditId: null,
        findings: 'Neglect recognised late; no use of the toolkit',
        grade: 'REQUIRES_IMPROVEMENT',
        ...overrides,
      } as never,
      metadata: metadata(actor, now),
    };
  },
  close(summary: string | null = 'Neglect is recognised late across teams', actor: Actor = sqa, now: string = CLOSED_AT): ThemedAuditDayCommand {
    return { type: 'CloseThemedAuditDay', data: { dayId: DAY_ID, summary }, metadata: metadata(actor, now) };
  },
  agree(
    actions: readonly ThemedAuditDayActionInput[] = [caseAction, serviceAction],
    group: Record<string, unknown> = { name: 'Neglect task and finish group', leadId: HOS_ID, memberIds: [TM_ID, SQA_ID] },
    actor: Actor = sqa,
  ): ThemedAuditDayCommand {
    return {
      type: 'AgreeThemedAuditDayActionPlan',
      data: { dayId: DAY_ID, group: group as never, actions },
      metadata: metadata(actor, AGREED_AT),
    };
  },
  closePlan(actionStatuses: Record<string, string>, actor: Actor = hos): ThemedAuditDayCommand {
    return {
      type: 'CloseThemedAuditDayActionPlan',
      data: { dayId: DAY_ID, outcome: 'The toolkit is used in every neglect case', actionStatuses },
      metadata: metadata(actor, PLAN_CLOSED_AT),
    };
  },
};

export const events = {
  planned(overrides: Partial<Record<string, unknown>> = {}): ThemedAuditDayEvent {
    return {
      type: 'ThemedAuditDayPlanned',
      data: {
        dayId: DAY_ID,
        theme: 'Neglect',
        reasons: REASONS,
        date: DAY,
        session: 'MORNING',
        teamIds: ['team-north', 'team-south'],
        serviceAreaIds: ['safeguarding'],
        leadId: SQA_ID,
        leadRole: 'SQA_OFFICER',
        plannedAt: PLANNED_AT,
        ...overrides,
      } as never,
    };
  },
  audited(overrides: Partial<Record<string, unknown>> = {}): ThemedAuditDayEvent {
    return {
      type: 'ThemedAuditRecorded',
      data: {
        dayId: DAY_ID,
        auditId: 'audit-1',
        azeusNumber: 'AZ-100001',
        auditorId: TM_ID,
        mode: 'LIVE',
        caseFileAuditId: null,
        findings: 'Neglect recognised late; no use of the toolkit',
        grade: 'REQUIRES_IMPROVEMENT',
        recordedBy: SQA_ID,
        recordedAt: ON_THE_DAY,
        ...overrides,
      } as never,
    };
  },
  closed(summary: string | null = 'Neglect is recognised late across teams'): ThemedAuditDayEvent {
    return { type: 'ThemedAuditDayClosed', data: { dayId: DAY_ID, summary, closedBy: SQA_ID, closedAt: CLOSED_AT } };
  },
  agreed(actions: readonly ThemedAuditDayAction[] = [caseAction, serviceAction]): ThemedAuditDayEvent {
    return {
      type: 'ThemedAuditDayActionPlanAgreed',
      data: {
        dayId: DAY_ID,
        group: { name: 'Neglect task and finish group', leadId: HOS_ID, memberIds: [HOS_ID, TM_ID, SQA_ID] },
        actions,
        agreedBy: SQA_ID,
        agreedAt: AGREED_AT,
      },
    };
  },
  planClosed(): ThemedAuditDayEvent {
    return {
      type: 'ThemedAuditDayActionPlanClosed',
      data: {
        dayId: DAY_ID,
        outcome: 'The toolkit is used in every neglect case',
        verifiedActionIds: ['tad-act-1', 'tad-act-2'],
        closedBy: HOS_ID,
        closedAt: PLAN_CLOSED_AT,
      },
    };
  },
};

/** Planned, one case audited live, closed, and the plan agreed. */
export function withAgreedPlan(): ThemedAuditDayEvent[] {
  return [events.planned(), events.audited(), events.closed(), events.agreed()];
}

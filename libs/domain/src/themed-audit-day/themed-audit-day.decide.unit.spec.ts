import { DeciderSpecification } from '../testing/decider-specification.js';
import { themedAuditDayDecider } from './themed-audit-day.decide.js';
import { ThemedAuditDayErrorCode as Code } from './themed-audit-day.errors.js';
import {
  CLOSED_AT,
  DAY,
  DAY_ID,
  HOS_ID,
  PLAN_CLOSED_AT,
  SQA_ID,
  TM_ID,
  caseAction,
  commands,
  events,
  hos,
  serviceAction,
  sqa,
  sqaManager,
  tm,
  withAgreedPlan,
} from './themed-audit-day.fixtures.js';
import { evolve, initialState } from './themed-audit-day.state.js';

const spec = DeciderSpecification.for(themedAuditDayDecider);

describe('Themed audit day (TAD-1)', () => {
  describe('When no day is planned', () => {
    it('should let an S&QA officer plan a half-day with its theme, the reasons it was chosen and the teams it looks at (TAD-1)', () => {
      spec.given([]).when(commands.plan()).then(events.planned());
    });

    it('should let an S&QA manager lead a day too, naming them as its lead (TAD-1)', () => {
      spec
        .given([])
        .when(commands.plan({ session: 'AFTERNOON', teamIds: [], serviceAreaIds: ['safeguarding'] }, sqaManager))
        .then(events.planned({ session: 'AFTERNOON', teamIds: [], leadId: sqaManager.staffId, leadRole: 'SQA_MANAGER' }));
    });

    it('should refuse anyone outside S&QA planning a day, naming TAD-1', () => {
      spec.given([]).when(commands.plan({}, tm)).thenThrows(Code.NOT_SQA, { kind: 'FORBIDDEN', rule: 'TAD-1' });
    });

    it('should refuse a theme chosen for no stated reason (TAD-1)', () => {
      spec.given([]).when(commands.plan({ reasons: [] })).thenThrows(Code.REASONS_REQUIRED, { field: 'reasons', rule: 'TAD-1' });
    });

    it('should refuse a reason from outside the framework\'s sources of themes (TAD-1)', () => {
      spec
        .given([])
        .when(commands.plan({ reasons: [{ origin: 'HUNCH', text: 'Feels right' }] }))
        .thenThrows(Code.THEME_ORIGIN_UNKNOWN, { field: 'reasons.0.origin', rule: 'TAD-1', message: /PERFORMANCE_DATA/ });
    });

    it('should refuse a reason without its text', () => {
      spec
        .given([])
        .when(commands.plan({ reasons: [{ origin: 'NATIONAL_TRENDS', text: '  ' }] }))
        .thenThrows(Code.FIELD_REQUIRED, { field: 'reasons.0.text' });
    });

    it('should refuse a session that is not a half-day (TAD-1)', () => {
      spec.given([]).when(commands.plan({ session: 'ALL_DAY' })).thenThrows(Code.SESSION_UNKNOWN, { field: 'session', rule: 'TAD-1' });
    });

    it('should refuse a day that looks at no team or service area (TAD-1)', () => {
      spec
        .given([])
        .when(commands.plan({ teamIds: [' '], serviceAreaIds: [] }))
        .thenThrows(Code.SCOPE_REQUIRED, { field: 'teamIds', rule: 'TAD-1' });
    });

    it('should refuse an impossible date and an empty theme', () => {
      spec.given([]).when(commands.plan({ date: '2025-02-30' })).thenThrows(Code.INVALID_DATE, { field: 'date' });
      spec.given([]).when(commands.plan({ theme: '' })).thenThrows(Code.FIELD_REQUIRED, { field: 'theme' });
    });

    it('should find no day to record an audit on', () => {
      spec.given([]).when(commands.recordAudit()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
    });
  });

  describe('When a day is planned', () => {
    it('should refuse planning it again', () => {
      spec.given([events.planned()]).when(commands.plan()).thenThrows(Code.ALREADY_PLANNED, { kind: 'CONFLICT' });
    });

    it('should record a case audited live on the day, graded on the four-point scale (TAD-1)', () => {
      spec.given([events.planned()]).when(commands.recordAudit()).then(events.audited());
    });

    it('should record a prepared audit linked to its case file audit, by an S&QA manager (TAD-1)', () => {
      spec
        .given([events.planned()])
        .when(commands.recordAudit({ auditId: 'audit-2', mode: 'PREPARED', caseFileAuditId: 'cfa-9', grade: 'GOOD' }, sqaManager))
        .then(
          events.audited({ auditId: 'audit-2', mode: 'PREPARED', caseFileAuditId: 'cfa-9', grade: 'GOOD', recordedBy: sqaManager.staffId }),
        );
    });

    it('should refuse an audit recorded before the day (TAD-1)', () => {
      spec
        .given([events.planned()])
        .when(commands.recordAudit({}, sqa, '2025-06-11T16:00:00.000Z'))
        .thenThrows(Code.BEFORE_THE_DAY, { kind: 'CONFLICT', rule: 'TAD-1', message: new RegExp(DAY) });
    });

    it('should refuse an audit recorded by someone outside S&QA (TAD-1)', () => {
      spec.given([events.planned()]).when(commands.recordAudit({}, tm)).thenThrows(Code.NOT_SQA, { kind: 'FORBIDDEN', rule: 'TAD-1' });
    });

    it('should refuse a grade off the four-point scale, a mode other than live or prepared, and missing findings (TAD-1)', () => {
      spec.given([events.planned()]).when(commands.recordAudit({ grade: 'POOR' })).thenThrows(Code.GRADE_UNKNOWN, { field: 'grade', rule: 'TAD-1' });
      spec.given([events.planned()]).when(commands.recordAudit({ mode: 'REMOTE' })).thenThrows(Code.MODE_UNKNOWN, { field: 'mode', rule: 'TAD-1' });
      spec.given([events.planned()]).when(commands.recordAudit({ findings: '' })).thenThrows(Code.FIELD_REQUIRED, { field: 'findings' });
      spec.given([events.planned()]).when(commands.recordAudit({ azeusNumber: null })).thenThrows(Code.FIELD_REQUIRED, { field: 'azeusNumber' });
    });

    it('should refuse the same audit twice', () => {
      spec
        .given([events.planned(), events.audited()])
        .when(commands.recordAudit())
        .thenThrows(Code.AUDIT_ALREADY_RECORDED, { kind: 'CONFLICT', field: 'auditId' });
    });

    it('should refuse closing a day on which nothing was audited (TAD-1)', () => {
      spec.given([events.planned()]).when(commands.close()).thenThrows(Code.NO_AUDITS, { kind: 'CONFLICT', rule: 'TAD-1' });
    });

    it('should refuse closing the day before its date (TAD-1)', () => {
      spec
        .given([events.planned(), events.audited()])
        .when(commands.close(null, sqa, '2025-06-11T12:00:00.000Z'))
        .thenThrows(Code.BEFORE_THE_DAY, { rule: 'TAD-1' });
    });

    it('should close the day once a case is audited, with its summary (TAD-1)', () => {
      spec.given([events.planned(), events.audited()]).when(commands.close()).then(events.closed());
    });

    it('should refuse an action plan before the day is closed (TAD-1)', () => {
      spec.given([events.planned(), events.audited()]).when(commands.agree()).thenThrows(Code.DAY_NOT_CLOSED, { kind: 'CONFLICT', rule: 'TAD-1' });
    });
  });

  describe('When the day is closed', () => {
    const closedDay = [events.planned(), events.audited(), events.closed()];

    it('should record no more audits (TAD-1)', () => {
      spec.given(closedDay).when(commands.recordAudit({ auditId: 'audit-2' })).thenThrows(Code.DAY_CLOSED, { kind: 'CONFLICT', rule: 'TAD-1' });
    });

    it('should refuse closing it again', () => {
      spec.given(closedDay).when(commands.close()).thenThrows(Code.DAY_CLOSED, { kind: 'CONFLICT' });
    });

    it('should agree a targeted action plan owned by a task-and-finish group, its lead among the members (TAD-1)', () => {
      spec.given(closedDay).when(commands.agree()).then(events.agreed());
    });

    it('should refuse a plan with no actions (TAD-1)', () => {
      spec.given(closedDay).when(commands.agree([])).thenThrows(Code.ACTION_PLAN_EMPTY, { field: 'actions', rule: 'TAD-1' });
    });

    it('should refuse a group with no name or no lead', () => {
      spec.given(closedDay).when(commands.agree(undefined, { leadId: HOS_ID })).thenThrows(Code.FIELD_REQUIRED, { field: 'group.name' });
      spec.given(closedDay).when(commands.agree(undefined, { name: 'Neglect' })).thenThrows(Code.FIELD_REQUIRED, { field: 'group.leadId' });
    });

    it('should refuse an action whose manager is its owner (TAD-1)', () => {
      spec
        .given(closedDay)
        .when(commands.agree([{ ...serviceAction, managerId: serviceAction.ownerId }]))
        .thenThrows(Code.MANAGER_IS_OWNER, { field: 'actions.0.managerId', rule: 'TAD-1' });
    });

    it('should refuse an action without an owner, or with a timescale before the day it is agreed (TAD-1)', () => {
      spec.given(closedDay).when(commands.agree([{ ...serviceAction, ownerId: '' }])).thenThrows(Code.FIELD_REQUIRED, { field: 'actions.0.ownerId' });
      spec
        .given(closedDay)
        .when(commands.agree([caseAction, { ...serviceAction, timescale: '2025-06-18' }]))
        .thenThrows(Code.TIMESCALE_IN_PAST, { field: 'actions.1.timescale', rule: 'TAD-1' });
      spec.given(closedDay).when(commands.agree([{ ...serviceAction, timescale: '31/08/2025' }])).thenThrows(Code.INVALID_DATE, { field: 'actions.0.timescale' });
    });

    it('should refuse an action about a case not audited on the day (TAD-1)', () => {
      spec
        .given(closedDay)
        .when(commands.agree([{ ...caseAction, azeusNumber: 'AZ-999999' }]))
        .thenThrows(Code.CASE_NOT_AUDITED, { field: 'actions.0.azeusNumber', rule: 'TAD-1' });
    });

    it('should refuse the same action id twice', () => {
      spec
        .given(closedDay)
        .when(commands.agree([serviceAction, { ...serviceAction }]))
        .thenThrows(Code.ACTION_ID_REPEATED, { field: 'actions', rule: 'TAD-1' });
    });

    it('should refuse a plan agreed by someone outside S&QA (TAD-1)', () => {
      spec.given(closedDay).when(commands.agree(undefined, undefined, hos)).thenThrows(Code.NOT_SQA, { kind: 'FORBIDDEN', rule: 'TAD-1' });
    });

    it('should have no plan to close (TAD-1)', () => {
      spec.given(closedDay).when(commands.closePlan({})).thenThrows(Code.NO_ACTION_PLAN, { kind: 'CONFLICT', rule: 'TAD-1' });
    });
  });

  describe('When the targeted action plan is agreed', () => {
    it('should refuse agreeing another (TAD-1)', () => {
      spec.given(withAgreedPlan()).when(commands.agree()).thenThrows(Code.ACTION_PLAN_ALREADY_AGREED, { kind: 'CONFLICT', rule: 'TAD-1' });
    });

    it('should refuse closing the plan while an action is not verified done, naming each (TAD-1)', () => {
      spec
        .given(withAgreedPlan())
        .when(commands.closePlan({ 'tad-act-1': 'VERIFIED', 'tad-act-2': 'COMPLETED' }))
        .thenThrows(Code.ACTIONS_NOT_DONE, { kind: 'CONFLICT', rule: 'TAD-1', message: /tad-act-2 \(COMPLETED\)/ });
      spec
        .given(withAgreedPlan())
        .when(commands.closePlan({ 'tad-act-1': 'VERIFIED' }))
        .thenThrows(Code.ACTIONS_NOT_DONE, { message: /tad-act-2 \(NOT_RAISED\)/ });
    });

    it('should let the group lead close the plan once every action is verified done (TAD-1)', () => {
      spec.given(withAgreedPlan()).when(commands.closePlan({ 'tad-act-1': 'VERIFIED', 'tad-act-2': 'VERIFIED' })).then(events.planClosed());
    });

    it('should let S&QA close it on the group\'s behalf, and no one else (TAD-1)', () => {
      spec
        .given(withAgreedPlan())
        .when(commands.closePlan({ 'tad-act-1': 'VERIFIED', 'tad-act-2': 'VERIFIED' }, sqa))
        .thenEvents((produced) => expect(produced[0]?.data).toMatchObject({ closedBy: SQA_ID }));
      spec
        .given(withAgreedPlan())
        .when(commands.closePlan({ 'tad-act-1': 'VERIFIED', 'tad-act-2': 'VERIFIED' }, tm))
        .thenThrows(Code.NOT_GROUP_LEAD_OR_SQA, { kind: 'FORBIDDEN', rule: 'TAD-1' });
    });

    it('should refuse closing a closed plan', () => {
      spec
        .given([...withAgreedPlan(), events.planClosed()])
        .when(commands.closePlan({ 'tad-act-1': 'VERIFIED', 'tad-act-2': 'VERIFIED' }))
        .thenThrows(Code.ACTION_PLAN_CLOSED, { kind: 'CONFLICT' });
    });
  });

  describe('When the history is folded', () => {
    it('should hold the plan, the audits, the closing and the action plan in order (TAD-1)', () => {
      const state = [...withAgreedPlan(), events.planClosed()].reduce(evolve, initialState());
      expect(state).toMatchObject({
        status: 'ACTION_PLAN_CLOSED',
        dayId: DAY_ID,
        date: DAY,
        leadId: SQA_ID,
        audits: [{ auditId: 'audit-1', azeusNumber: 'AZ-100001', auditorId: TM_ID, mode: 'LIVE', grade: 'REQUIRES_IMPROVEMENT' }],
        closedAt: CLOSED_AT,
        actionPlan: { group: { leadId: HOS_ID }, actions: [caseAction, serviceAction] },
        actionPlanClosedAt: PLAN_CLOSED_AT,
      });
    });

    it('should ignore facts that cannot be placed', () => {
      expect([events.audited(), events.closed()].reduce(evolve, initialState())).toEqual({ status: 'NOT_PLANNED' });
      const planned = [events.planned()].reduce(evolve, initialState());
      expect([events.agreed(), events.planClosed()].reduce(evolve, planned)).toEqual(planned);
    });
  });
});

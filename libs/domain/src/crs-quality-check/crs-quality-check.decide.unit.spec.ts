import { DeciderSpecification } from '../testing/decider-specification.js';
import type { Role } from '../shared/decider.js';
import type { CrsQualityCheckCommand } from './crs-quality-check.commands.js';
import { crsQualityCheckDecider } from './crs-quality-check.decide.js';
import {
  AUDITED_ON,
  AZEUS_NUMBER,
  CHAIR_ID,
  CHECK_ID,
  CRS_TM_ID,
  IRO_ID,
  MEETING_DATE,
  events,
  feedback,
  metadata,
  minutesJudgements,
  observationJudgements,
  planJudgements,
} from './crs-quality-check.fixtures.js';
import { MEETING_OBSERVATION_CRITERIA, MINUTES_AUDIT_CRITERIA, PLAN_AUDIT_CRITERIA } from './crs-quality-check.values.js';

const spec = DeciderSpecification.for(crsQualityCheckDecider);

type DataOf<T extends CrsQualityCheckCommand['type']> = Extract<CrsQualityCheckCommand, { type: T }>['data'];
type Actor = { staffId?: string; role?: Role };

const observe = (data: Partial<Record<keyof DataOf<'RecordCrsMeetingObservation'>, unknown>> = {}, actor: Actor = {}) =>
  ({
    type: 'RecordCrsMeetingObservation',
    data: {
      checkId: CHECK_ID,
      meetingType: 'CP_CONFERENCE_REVIEW',
      meetingDate: MEETING_DATE,
      azeusNumber: AZEUS_NUMBER,
      chairId: CHAIR_ID,
      observation: observationJudgements,
      minutesAudit: minutesJudgements,
      planAudit: planJudgements,
      ...feedback,
      ...data,
    } as DataOf<'RecordCrsMeetingObservation'>,
    metadata: metadata(actor),
  }) satisfies CrsQualityCheckCommand;

const auditMinutes = (data: Partial<Record<keyof DataOf<'RecordCrsMinutesAudit'>, unknown>> = {}) =>
  ({
    type: 'RecordCrsMinutesAudit',
    data: {
      checkId: CHECK_ID,
      meetingType: 'LAC_REVIEW',
      meetingDate: MEETING_DATE,
      azeusNumber: AZEUS_NUMBER,
      chairId: IRO_ID,
      auditedOn: AUDITED_ON,
      judgements: minutesJudgements,
      ...feedback,
      ...data,
    } as DataOf<'RecordCrsMinutesAudit'>,
    metadata: metadata(),
  }) satisfies CrsQualityCheckCommand;

const auditPlan = (data: Partial<Record<keyof DataOf<'RecordCrsPlanAudit'>, unknown>> = {}) =>
  ({
    type: 'RecordCrsPlanAudit',
    data: {
      checkId: CHECK_ID,
      planKind: 'CP',
      azeusNumber: AZEUS_NUMBER,
      planDate: MEETING_DATE,
      chairId: CHAIR_ID,
      socialWorkerId: 'staff-sw-0042',
      auditedOn: AUDITED_ON,
      judgements: planJudgements,
      ...feedback,
      ...data,
    } as DataOf<'RecordCrsPlanAudit'>,
    metadata: metadata(),
  }) satisfies CrsQualityCheckCommand;

const giveFeedback = (supervisionDate: string, staffId = CRS_TM_ID) =>
  ({
    type: 'RecordCrsFeedbackGivenToChair',
    data: { checkId: CHECK_ID, supervisionDate },
    metadata: metadata({ staffId }),
  }) satisfies CrsQualityCheckCommand;

describe('CRS team manager quality checks (appendix D, CRS-2)', () => {
  it("should judge what the appendix names: robust chairing, safeguarding addressed, plans progressing (CRS-2)", () => {
    expect(MEETING_OBSERVATION_CRITERIA.map((c) => c.key)).toEqual(['ROBUST_CHAIRING', 'SAFEGUARDING_ISSUES_ADDRESSED', 'PLANS_PROGRESSING']);
    expect(MINUTES_AUDIT_CRITERIA.map((c) => c.key)).toEqual(['QUALITY_OF_MINUTES', 'MULTI_AGENCY_INPUT_AND_DECISION_MAKING', 'CHILD_CENTRED_PLANNING']);
    expect(PLAN_AUDIT_CRITERIA.map((c) => c.key)).toEqual(['ROBUST', 'SMART', 'CHILD_CENTRED']);
  });
});

describe('When nothing is recorded for the check', () => {
  it('should record an observation of a CP conference with the audit of its minutes and plan (CRS-2)', () => {
    spec.given([]).when(observe()).then(events.observed());
  });

  it('should record an audit of LAC review minutes (CRS-2)', () => {
    spec.given([]).when(auditMinutes()).then(events.minutesAudited());
  });

  it('should record an audit of a CP plan: robust, SMART, child centred (CRS-2)', () => {
    spec.given([]).when(auditPlan()).then(events.planAudited());
  });

  it('should refuse anyone but the CRS team manager (CRS-2)', () => {
    spec
      .given([])
      .when(observe({}, { staffId: 'staff-tm-0007', role: 'TEAM_MANAGER' }))
      .thenThrows('CRS_QUALITY_CHECK.NOT_THE_CRS_TEAM_MANAGER', { kind: 'FORBIDDEN', rule: 'CRS-2' });
  });

  it('should refuse an observation without the audit of its plan, naming the criterion (CRS-2)', () => {
    spec
      .given([])
      .when(observe({ planAudit: { ROBUST: planJudgements.ROBUST, CHILD_CENTRED: planJudgements.CHILD_CENTRED } }))
      .thenThrows('CRS_QUALITY_CHECK.CRITERION_NOT_JUDGED', { field: 'planAudit.SMART', rule: 'CRS-2' });
    spec.given([]).when(observe({ minutesAudit: null })).thenThrows('CRS_QUALITY_CHECK.CRITERION_NOT_JUDGED', { field: 'minutesAudit.QUALITY_OF_MINUTES' });
  });

  it('should refuse a criterion that is not on the list, and a rating off the four grades (CRS-2)', () => {
    spec
      .given([])
      .when(auditPlan({ judgements: { ...planJudgements, TIDY: { rating: 'GOOD', comments: 'x' } } }))
      .thenThrows('CRS_QUALITY_CHECK.CRITERION_UNKNOWN', { field: 'judgements.TIDY', rule: 'CRS-2' });
    spec
      .given([])
      .when(auditPlan({ judgements: { ...planJudgements, SMART: { rating: 'OK', comments: 'x' } } }))
      .thenThrows('CRS_QUALITY_CHECK.VALUE_UNKNOWN', { field: 'judgements.SMART.rating', rule: 'CRS-2' });
  });

  it('should refuse a meeting type outside CP conferences and LAC reviews (CRS-2)', () => {
    spec.given([]).when(auditMinutes({ meetingType: 'STRATEGY_MEETING' })).thenThrows('CRS_QUALITY_CHECK.VALUE_UNKNOWN', { field: 'meetingType' });
  });

  it('should refuse an audit before the meeting, or in the future (CRS-2)', () => {
    spec.given([]).when(auditMinutes({ auditedOn: '2025-06-09' })).thenThrows('CRS_QUALITY_CHECK.AUDIT_BEFORE_MEETING', { field: 'auditedOn', rule: 'CRS-2' });
    spec.given([]).when(auditPlan({ auditedOn: '2025-06-13' })).thenThrows('CRS_QUALITY_CHECK.DATE_IN_FUTURE', { field: 'auditedOn' });
  });

  it('should refuse a check of the CRS team manager\'s own chairing (CRS-2)', () => {
    spec.given([]).when(observe({ chairId: CRS_TM_ID })).thenThrows('CRS_QUALITY_CHECK.OWN_CHAIRING', { field: 'chairId', rule: 'CRS-2' });
  });

  it('should refuse a check without feedback for the chair (CRS-2)', () => {
    spec.given([]).when(auditPlan({ feedbackForChair: '' })).thenThrows('CRS_QUALITY_CHECK.FIELD_REQUIRED', { field: 'feedbackForChair' });
  });

  it('should refuse feedback for a check that does not exist', () => {
    spec.given([]).when(giveFeedback('2025-06-12')).thenThrows('CRS_QUALITY_CHECK.NOT_FOUND', { kind: 'NOT_FOUND' });
  });
});

describe('When the check is recorded', () => {
  it('should refuse recording it again (CRS-2)', () => {
    spec.given([events.planAudited()]).when(auditMinutes()).thenThrows('CRS_QUALITY_CHECK.ALREADY_RECORDED', { kind: 'CONFLICT', rule: 'CRS-2' });
  });

  it('should record the feedback given to the chair in supervision, once (CRS-2)', () => {
    spec.given([events.observed()]).when(giveFeedback('2025-06-12')).then(events.feedbackGiven('2025-06-12'));
    spec.given([events.observed(), events.feedbackGiven('2025-06-12')]).when(giveFeedback('2025-06-12')).thenNothingHappens();
    spec
      .given([events.observed(), events.feedbackGiven('2025-06-12')])
      .when(giveFeedback('2025-06-11'))
      .thenThrows('CRS_QUALITY_CHECK.FEEDBACK_ALREADY_GIVEN', { kind: 'CONFLICT', rule: 'CRS-2' });
  });

  it('should refuse feedback before the check, or by another CRS team manager (CRS-2)', () => {
    spec.given([events.observed()]).when(giveFeedback('2025-06-01')).thenThrows('CRS_QUALITY_CHECK.FEEDBACK_BEFORE_CHECK', { field: 'supervisionDate' });
    spec
      .given([events.observed()])
      .when(giveFeedback('2025-06-12', 'staff-crstm-0002'))
      .thenThrows('CRS_QUALITY_CHECK.NOT_THE_CRS_TEAM_MANAGER', { kind: 'FORBIDDEN', rule: 'CRS-2' });
  });

  it('should count the check on the day it was done: the meeting observed or the audit (CRS-2)', () => {
    const fold = (e: ReturnType<typeof events.observed>) => crsQualityCheckDecider.evolve(crsQualityCheckDecider.initialState(), e);
    expect(fold(events.observed())).toMatchObject({ kind: 'MEETING_OBSERVATION', checkedOn: MEETING_DATE });
    expect(fold(events.minutesAudited())).toMatchObject({ kind: 'MINUTES_AUDIT', checkedOn: AUDITED_ON });
    expect(fold(events.planAudited())).toMatchObject({ kind: 'PLAN_AUDIT', checkedOn: AUDITED_ON });
  });
});

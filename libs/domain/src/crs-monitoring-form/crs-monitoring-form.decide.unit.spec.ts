import { DeciderSpecification } from '../testing/decider-specification.js';
import type { Role } from '../shared/decider.js';
import type { CrsMonitoringFormCommand } from './crs-monitoring-form.commands.js';
import { crsMonitoringFormDecider } from './crs-monitoring-form.decide.js';
import { CHAIR_ID, FORM_ID, IRO_ID, NOW, TEAM_MANAGER_ID, events, formInput, metadata } from './crs-monitoring-form.fixtures.js';
import { MONITORING_FORM_SECTIONS } from './crs-monitoring-form.values.js';
import { CRS_MEETING_TYPES } from './conference-and-review.values.js';

const spec = DeciderSpecification.for(crsMonitoringFormDecider);

type SubmitData = Extract<CrsMonitoringFormCommand, { type: 'SubmitMonitoringForm' }>['data'];

const submit = (data: Partial<Record<keyof SubmitData, unknown>> = {}, actor: { staffId?: string; role?: Role } = {}) =>
  ({
    type: 'SubmitMonitoringForm',
    data: { formId: FORM_ID, ...formInput, ...data } as SubmitData,
    metadata: metadata(actor),
  }) satisfies CrsMonitoringFormCommand;

const useInSupervision = (supervisionDate: string, staffId = TEAM_MANAGER_ID) =>
  ({
    type: 'RecordMonitoringFormUsedInSupervision',
    data: { formId: FORM_ID, supervisionDate, notes: 'Discussed the assessment gap' },
    metadata: metadata({ staffId, role: 'TEAM_MANAGER' }),
  }) satisfies CrsMonitoringFormCommand;

describe('Monitoring form (appendix D, CRS-3)', () => {
  it('should name the preparation, quality of assessment and quality of plan sections (CRS-3)', () => {
    expect(MONITORING_FORM_SECTIONS.map((s) => s.title)).toEqual([
      'Preparation for conference/ review',
      'Quality of assessment',
      'Quality of plan',
    ]);
  });

  it('should cover the CP conference, initial and review, and the LAC review (CRS-3)', () => {
    expect(CRS_MEETING_TYPES).toEqual(['CP_CONFERENCE_INITIAL', 'CP_CONFERENCE_REVIEW', 'LAC_REVIEW']);
  });
});

describe('When no monitoring form is submitted for the meeting', () => {
  it('should submit the form field for field with the CP chair as chair (CRS-3)', () => {
    spec.given([]).when(submit()).then(events.submitted());
  });

  it('should let an IRO submit the form after a LAC review (CRS-3)', () => {
    spec
      .given([])
      .when(submit({ meetingType: 'LAC_REVIEW' }, { staffId: IRO_ID, role: 'IRO' }))
      .then(events.submitted({ meetingType: 'LAC_REVIEW', chairId: IRO_ID, chairRole: 'IRO' }));
  });

  it('should record concerns with their escalation route (CRS-3, CRS-1)', () => {
    const concerns = { raised: true, details: 'No visits for six weeks', escalationRoute: 'FORMAL', escalationId: 'esc-1' };
    spec
      .given([])
      .when(submit({ concerns }))
      .then(events.submitted({ concerns: { raised: true, details: 'No visits for six weeks', escalationRoute: 'FORMAL', escalationId: 'esc-1' } }));
  });

  it('should accept a form with no next meeting set (CRS-3)', () => {
    spec.given([]).when(submit({ nextMeetingDate: null })).then(events.submitted({ nextMeetingDate: null }));
  });

  it('should refuse anyone but an independent chair (CRS-3)', () => {
    spec
      .given([])
      .when(submit({}, { staffId: TEAM_MANAGER_ID, role: 'TEAM_MANAGER' }))
      .thenThrows('CRS_MONITORING_FORM.NOT_A_CHAIR', { kind: 'FORBIDDEN', rule: 'CRS-3' });
  });

  it('should refuse an unknown meeting type, naming the field (CRS-3)', () => {
    spec
      .given([])
      .when(submit({ meetingType: 'CORE_GROUP' }))
      .thenThrows('CRS_MONITORING_FORM.VALUE_UNKNOWN', { field: 'meetingType', rule: 'CRS-3', message: /CP_CONFERENCE_INITIAL/ });
  });

  it('should refuse a meeting in the future (CRS-3)', () => {
    spec.given([]).when(submit({ meetingDate: '2025-06-13' })).thenThrows('CRS_MONITORING_FORM.DATE_IN_FUTURE', { field: 'meetingDate' });
  });

  it('should refuse a next meeting that is not after the meeting (CRS-3)', () => {
    spec
      .given([])
      .when(submit({ nextMeetingDate: '2025-06-10' }))
      .thenThrows('CRS_MONITORING_FORM.NEXT_MEETING_NOT_AFTER', { field: 'nextMeetingDate', rule: 'CRS-3' });
  });

  it('should refuse a section without a rating on the four grades (CRS-3)', () => {
    spec
      .given([])
      .when(submit({ assessment: { rating: 'FINE', comments: 'x' } }))
      .thenThrows('CRS_MONITORING_FORM.VALUE_UNKNOWN', { field: 'assessment.rating', rule: 'CRS-3' });
    spec
      .given([])
      .when(submit({ plan: { rating: 'GOOD', comments: '  ' } }))
      .thenThrows('CRS_MONITORING_FORM.FIELD_REQUIRED', { field: 'plan.comments', message: /plan.comments is required/ });
    spec.given([]).when(submit({ preparation: null })).thenThrows('CRS_MONITORING_FORM.FIELD_REQUIRED', { field: 'preparation' });
  });

  it('should refuse concerns raised without details or without an escalation route (CRS-3, CRS-1)', () => {
    spec
      .given([])
      .when(submit({ concerns: { raised: true, escalationRoute: 'INFORMAL' } }))
      .thenThrows('CRS_MONITORING_FORM.CONCERNS_INCOMPLETE', { field: 'concerns.details', rule: 'CRS-3' });
    spec
      .given([])
      .when(submit({ concerns: { raised: true, details: 'Drift' } }))
      .thenThrows('CRS_MONITORING_FORM.CONCERNS_INCOMPLETE', { field: 'concerns.escalationRoute', rule: 'CRS-1' });
  });

  it('should refuse an escalation route where no concerns are raised (CRS-3)', () => {
    spec
      .given([])
      .when(submit({ concerns: { raised: false, escalationRoute: 'FORMAL' } }))
      .thenThrows('CRS_MONITORING_FORM.CONCERNS_INCOMPLETE', { field: 'concerns.escalationRoute' });
  });

  it('should refuse a form without the Azeus number (CRS-3)', () => {
    spec.given([]).when(submit({ azeusNumber: '' })).thenThrows('CRS_MONITORING_FORM.FIELD_REQUIRED', { field: 'azeusNumber', rule: 'CRS-3' });
  });
});

describe('When the monitoring form is submitted', () => {
  it('should refuse a second form for the same meeting (CRS-3)', () => {
    spec
      .given([events.submitted()])
      .when(submit())
      .thenThrows('CRS_MONITORING_FORM.ALREADY_SUBMITTED', { kind: 'CONFLICT', rule: 'CRS-3' });
  });

  it("should let the social worker's team manager record using it in supervision (CRS-3)", () => {
    spec.given([events.submitted()]).when(useInSupervision('2025-06-12')).then(events.usedInSupervision('2025-06-12'));
  });

  it('should record the same supervision once (CRS-3)', () => {
    spec.given([events.submitted(), events.usedInSupervision('2025-06-12')]).when(useInSupervision('2025-06-12')).thenNothingHappens();
  });

  it('should refuse another team manager (CRS-3)', () => {
    spec
      .given([events.submitted()])
      .when(useInSupervision('2025-06-12', 'staff-tm-0099'))
      .thenThrows('CRS_MONITORING_FORM.NOT_THE_TEAM_MANAGER', { kind: 'FORBIDDEN', rule: 'CRS-3' });
  });

  it('should refuse a supervision before the meeting (CRS-3)', () => {
    spec
      .given([events.submitted()])
      .when(useInSupervision('2025-06-01'))
      .thenThrows('CRS_MONITORING_FORM.SUPERVISION_BEFORE_MEETING', { field: 'supervisionDate', rule: 'CRS-3' });
  });
});

describe('When no form exists', () => {
  it('should refuse recording its use in supervision', () => {
    spec.given([]).when(useInSupervision('2025-06-12')).thenThrows('CRS_MONITORING_FORM.NOT_FOUND', { kind: 'NOT_FOUND' });
  });
});

describe('Monitoring form state', () => {
  it('should hold the submitted form and its uses in supervision (CRS-3)', () => {
    const state = [events.submitted(), events.usedInSupervision('2025-06-12'), events.submitted({ chairId: 'other' })].reduce(
      crsMonitoringFormDecider.evolve,
      crsMonitoringFormDecider.initialState(),
    );
    expect(state).toMatchObject({ status: 'SUBMITTED', chairId: CHAIR_ID, submittedAt: NOW, usedInSupervision: [{ supervisionDate: '2025-06-12' }] });
  });
});

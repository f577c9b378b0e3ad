import { DeciderSpecification } from '../testing/decider-specification.js';
import { observationLearningReportDecider } from './observation-learning-report.decide.js';
import { HOS_ID, OTHER_HOS_ID, REPORT_ID, commands, content, events } from './observation-learning-report.fixtures.js';
import { observationLearningReportFromStreamId, observationLearningReportStreamId } from './observation-learning-report.stream.js';

const spec = DeciderSpecification.for(observationLearningReportDecider);

describe('When no report is written for the year', () => {
  it('should record the Head of Service’s draft of the learning, themes, strengths and areas for development (OBS-6)', () => {
    spec.given([]).when(commands.draft()).then(events.drafted());
  });

  it('should refuse anyone but a Head of Service (OBS-6)', () => {
    spec
      .given([])
      .when(commands.draft({}, { staffId: 'tm-001', role: 'TEAM_MANAGER' }))
      .thenThrows('OBSERVATION_LEARNING_REPORT.NOT_A_HEAD_OF_SERVICE', { kind: 'FORBIDDEN', rule: 'OBS-6' });
  });

  it('should refuse a service area the Head of Service does not head, naming the field (OBS-6)', () => {
    spec
      .given([])
      .when(commands.draft({ serviceAreaId: 'care' }))
      .thenThrows('OBSERVATION_LEARNING_REPORT.SERVICE_AREA_NOT_HEADED', { kind: 'BAD_USER_INPUT', field: 'serviceAreaId', rule: 'OBS-6' });
  });

  it('should refuse a year that has not begun (OBS-6)', () => {
    spec.given([]).when(commands.draft({ year: 2026 })).thenThrows('OBSERVATION_LEARNING_REPORT.YEAR_IN_FUTURE', { field: 'year', rule: 'OBS-6' });
  });

  it('should refuse a year that is not a calendar year (OBS-6)', () => {
    spec.given([]).when(commands.draft({ year: 25.5 })).thenThrows('OBSERVATION_LEARNING_REPORT.YEAR_INVALID', { field: 'year', rule: 'OBS-6' });
  });

  it('should refuse a report without learning, naming the field (OBS-6)', () => {
    spec.given([]).when(commands.draft({ learning: ' ' })).thenThrows('OBSERVATION_LEARNING_REPORT.FIELD_REQUIRED', { field: 'learning', rule: 'OBS-6' });
  });

  it('should refuse a report with no theme (OBS-6)', () => {
    spec.given([]).when(commands.draft({ themes: ['', ' '] })).thenThrows('OBSERVATION_LEARNING_REPORT.THEMES_REQUIRED', { field: 'themes', rule: 'OBS-6' });
  });

  it('should refuse submitting a report not written (OBS-6)', () => {
    spec.given([]).when(commands.submit()).thenThrows('OBSERVATION_LEARNING_REPORT.NOT_DRAFTED', { kind: 'NOT_FOUND', rule: 'OBS-6' });
  });
});

describe('When the report is drafted', () => {
  it('should record a redraft (OBS-6)', () => {
    spec.given([events.drafted()]).when(commands.draft({ strengths: 'Clear plans' })).then(events.drafted({ strengths: 'Clear plans' }));
  });

  it('should change nothing when drafted the same again (OBS-6)', () => {
    spec.given([events.drafted()]).when(commands.draft()).thenNothingHappens();
  });

  it('should submit it (OBS-6)', () => {
    spec.given([events.drafted()]).when(commands.submit()).then(events.submitted());
  });

  it('should refuse another Head of Service submitting it (OBS-6)', () => {
    spec
      .given([events.drafted()])
      .when(commands.submit({ staffId: OTHER_HOS_ID }))
      .thenThrows('OBSERVATION_LEARNING_REPORT.NOT_THE_HEAD_OF_SERVICE', { kind: 'FORBIDDEN', rule: 'OBS-6' });
  });
});

describe('When the report is submitted', () => {
  it('should refuse a second report for the same year (OBS-6)', () => {
    spec
      .given([events.drafted(), events.submitted()])
      .when(commands.draft({ learning: 'Another view' }))
      .thenThrows('OBSERVATION_LEARNING_REPORT.ALREADY_SUBMITTED', { kind: 'CONFLICT', field: 'year', rule: 'OBS-6' });
  });

  it('should change nothing when submitted again (OBS-6)', () => {
    spec.given([events.drafted(), events.submitted()]).when(commands.submit()).thenNothingHappens();
  });

  it('should keep the submitted content when folding a later draft (OBS-6)', () => {
    const state = [events.drafted(), events.submitted(), events.drafted({ learning: 'x' })].reduce(
      observationLearningReportDecider.evolve,
      observationLearningReportDecider.initialState(),
    );
    expect(state).toMatchObject({ status: 'SUBMITTED', learning: content.learning });
  });
});

describe('When report streams are named (OBS-6: one per Head of Service per year)', () => {
  it('should name one stream per Head of Service and year, and read it back', () => {
    expect(observationLearningReportStreamId(HOS_ID, 2025)).toBe(`observationLearningReport-${REPORT_ID}`);
    expect(observationLearningReportFromStreamId(`observationLearningReport-${REPORT_ID}`)).toEqual({ reportId: REPORT_ID, headOfServiceId: HOS_ID, year: 2025 });
    expect(observationLearningReportFromStreamId('practiceObservation-x')).toBeNull();
  });
});

import { DeciderSpecification } from '../testing/decider-specification.js';
import { learningInputDecider } from './learning-input.decide.js';
import { LearningInputErrorCode as Code } from './learning-input.errors.js';
import {
  ASSESSMENT_TEAM,
  CIC_AREA,
  FOSTERING_TEAM,
  HOS_ID,
  LATER,
  LEARNING_INPUT_ID,
  SAFEGUARDING_AREA,
  commands,
  complaintContent,
  complaintInput,
  facts,
  metadata,
  events,
  hos,
  otherHos,
  sqa,
  tm,
} from './learning-input.fixtures.js';
import { evolve, initialState } from './learning-input.state.js';
import { LEARNING_INPUT_KINDS, learningThemeKey, serviceAreasTouched } from './learning-input.values.js';

const spec = DeciderSpecification.for(learningInputDecider);

describe('Learning input', () => {
  describe('The kinds of section 2', () => {
    it('should be complaints, compliments, feedback from children and families, the staff survey, LSCB audits and fostering/adoption QA (REP-2)', () => {
      expect(LEARNING_INPUT_KINDS).toEqual([
        'COMPLAINT',
        'COMPLIMENT',
        'CHILD_OR_FAMILY_FEEDBACK',
        'STAFF_SURVEY',
        'LSCB_AUDIT',
        'FOSTERING_ADOPTION_QA',
      ]);
    });
  });

  describe('Learning theme keys (REP-2)', () => {
    it('should match themes whatever their case, spacing or Unicode form', () => {
      expect(learningThemeKey('  Management   Oversight ')).toBe('management oversight');
      expect(learningThemeKey('MANAGEMENT\u00A0oversight')).toBe(learningThemeKey('management oversight'));
      expect(learningThemeKey('ﬁle recording')).toBe('file recording');
      expect(learningThemeKey('Voice of the child')).not.toBe(learningThemeKey('Voice of the family'));
    });

    it('should count the service areas of the teams and those named, each once', () => {
      expect(
        serviceAreasTouched({
          teams: [
            { teamId: ASSESSMENT_TEAM, serviceAreaId: SAFEGUARDING_AREA },
            { teamId: FOSTERING_TEAM, serviceAreaId: CIC_AREA },
          ],
          serviceAreaIds: [SAFEGUARDING_AREA],
        }),
      ).toEqual([CIC_AREA, SAFEGUARDING_AREA]);
    });
  });

  describe('When no input is recorded', () => {
    it('should record a complaint with its themes as entered (trimmed) and the service area of its team (REP-2)', () => {
      spec.given([]).when(commands.record()).then(events.recorded('COMPLAINT'));
    });

    it('should record a compliment naming a service area, with no complaint details', () => {
      spec
        .given([])
        .when(commands.record('COMPLIMENT', { teamIds: [], serviceAreaIds: [CIC_AREA], source: { description: 'A foster carer' } }))
        .then(
          events.recorded('COMPLIMENT', {
            teams: [],
            serviceAreaIds: [CIC_AREA],
            source: { description: 'A foster carer', type: null },
          }),
        );
    });

    it('should record feedback from the Children in Care Council with its source type', () => {
      spec
        .given([])
        .when(
          commands.record('CHILD_OR_FAMILY_FEEDBACK', {
            source: { description: 'Children in Care Council, June meeting', type: 'CHILDREN_IN_CARE_COUNCIL' },
            themes: ['Voice of the child'],
          }),
        )
        .then(
          events.recorded('CHILD_OR_FAMILY_FEEDBACK', {
            source: { description: 'Children in Care Council, June meeting', type: 'CHILDREN_IN_CARE_COUNCIL' },
            themes: ['Voice of the child'],
          }),
        );
    });

    it("should record the annual staff survey's findings, their themes joining the input's once each (REP-2)", () => {
      spec
        .given([])
        .when(
          commands.record('STAFF_SURVEY', {
            source: { description: 'Annual staff survey 2024' },
            serviceAreaIds: [SAFEGUARDING_AREA, CIC_AREA],
            teamIds: [],
            themes: ['Supervision'],
            staffSurvey: {
              year: 2024,
              findings: [
                { theme: 'supervision ', text: 'Two in five say supervision is not monthly' },
                { theme: 'Workload', text: 'Caseloads felt too high in assessment' },
              ],
            },
          }),
        )
        .then(
          events.recorded('STAFF_SURVEY', {
            source: { description: 'Annual staff survey 2024', type: null },
            teams: [],
            serviceAreaIds: [SAFEGUARDING_AREA, CIC_AREA],
            themes: ['Supervision', 'Workload'],
            staffSurvey: {
              year: 2024,
              findings: [
                { theme: 'supervision', text: 'Two in five say supervision is not monthly' },
                { theme: 'Workload', text: 'Caseloads felt too high in assessment' },
              ],
            },
          }),
        );
    });

    it('should record an LSCB audit and fostering QA, the latter with the Fostering team as its source type', () => {
      spec.given([]).when(commands.record('LSCB_AUDIT', { source: { description: 'LSCB multi-agency audit of neglect' } }))
        .thenEvents((e) => expect(e[0]).toMatchObject({ type: 'LearningInputRecorded', data: { kind: 'LSCB_AUDIT', complaint: null } }));
      spec
        .given([])
        .when(commands.record('FOSTERING_ADOPTION_QA', { teamIds: [FOSTERING_TEAM], source: { description: 'Panel QA', type: 'FOSTERING' } }))
        .thenEvents((e) =>
          expect(e[0]).toMatchObject({
            data: { kind: 'FOSTERING_ADOPTION_QA', source: { type: 'FOSTERING' }, teams: [{ teamId: FOSTERING_TEAM, serviceAreaId: CIC_AREA }] },
          }),
        );
    });

    it('should merge themes with the same key, keeping the first spelling (REP-2)', () => {
      spec
        .given([])
        .when(commands.record('COMPLAINT', { themes: ['Drift and delay', 'drift  and DELAY', 'Chronology'] }))
        .thenEvents((e) => expect(e[0]?.data).toMatchObject({ themes: ['Drift and delay', 'Chronology'] }));
    });

    it('should record a complaint already responded to, with its outcome and response date', () => {
      spec
        .given([])
        .when(commands.record('COMPLAINT', { complaint: { outcome: 'UPHELD', responseDate: '2025-06-10' } }))
        .then(events.recorded('COMPLAINT', { complaint: { outcome: 'UPHELD', responseDate: '2025-06-10' } }));
    });

    it('should refuse an unknown kind, naming REP-2', () => {
      spec.given([]).when(commands.record('GOSSIP')).thenThrows(Code.KIND_UNKNOWN, { kind: 'BAD_USER_INPUT', field: 'kind', rule: 'REP-2' });
    });

    it('should refuse an input with no learning theme, naming REP-2', () => {
      spec.given([]).when(commands.record('COMPLAINT', { themes: [] })).thenThrows(Code.THEMES_REQUIRED, {
        field: 'themes',
        rule: 'REP-2',
        message: /themes/,
      });
    });

    it('should refuse a blank or overlong theme, naming its place (REP-2)', () => {
      spec.given([]).when(commands.record('COMPLAINT', { themes: ['Chronology', '   '] })).thenThrows(Code.THEME_INVALID, {
        field: 'themes.1',
        rule: 'REP-2',
      });
      spec.given([]).when(commands.record('COMPLAINT', { themes: ['x'.repeat(101)] })).thenThrows(Code.THEME_INVALID, { field: 'themes.0' });
    });

    it('should refuse an input touching no team and no service area', () => {
      spec.given([]).when(commands.record('COMPLAINT', { teamIds: [], serviceAreaIds: [] })).thenThrows(Code.TEAMS_REQUIRED, {
        kind: 'BAD_USER_INPUT',
        field: 'teamIds',
        message: /teams or service areas/,
      });
    });

    it('should refuse a team or service area that is not registered', () => {
      spec.given([]).when(commands.record('COMPLAINT', { teamIds: ['team-nowhere'] })).thenThrows(Code.TEAM_UNKNOWN, { field: 'teamIds' });
      spec.given([]).when(commands.record('COMPLAINT', { serviceAreaIds: ['area-nowhere'] })).thenThrows(Code.SERVICE_AREA_UNKNOWN, {
        field: 'serviceAreaIds',
      });
    });

    it('should refuse a date received in the future, or not a date', () => {
      spec.given([]).when(commands.record('COMPLAINT', { receivedOn: '2025-06-13' })).thenThrows(Code.DATE_IN_FUTURE, { field: 'receivedOn' });
      spec.given([]).when(commands.record('COMPLAINT', { receivedOn: '2025-02-30' })).thenThrows(Code.INVALID_DATE, { field: 'receivedOn' });
    });

    it('should refuse a missing summary or source', () => {
      spec.given([]).when(commands.record('COMPLAINT', { summary: ' ' })).thenThrows(Code.FIELD_REQUIRED, { field: 'summary' });
      spec.given([]).when(commands.record('COMPLAINT', { source: { description: '' } })).thenThrows(Code.FIELD_REQUIRED, {
        field: 'source.description',
      });
    });

    it('should require a source type where the framework names the sources, and refuse one where it does not', () => {
      spec.given([]).when(commands.record('CHILD_OR_FAMILY_FEEDBACK', { source: { description: 'A group' } })).thenThrows(
        Code.SOURCE_TYPE_REQUIRED,
        { field: 'source.type', message: /CHILDREN_IN_CARE_COUNCIL/ },
      );
      spec.given([]).when(commands.record('FOSTERING_ADOPTION_QA', { source: { description: 'QA', type: 'YOUTH_COUNCIL' } })).thenThrows(
        Code.SOURCE_TYPE_UNKNOWN,
        { field: 'source.type' },
      );
      spec.given([]).when(commands.record('COMPLAINT', { source: { description: 'A parent', type: 'FAMILY_SURVEY' } })).thenThrows(
        Code.SOURCE_TYPE_NOT_EXPECTED,
        { field: 'source.type' },
      );
    });

    it("should refuse a complaint's outcome without its response date, an unknown outcome, and a response before receipt", () => {
      spec.given([]).when(commands.record('COMPLAINT', { complaint: { outcome: 'UPHELD' } })).thenThrows(Code.RESPONSE_INCOMPLETE, {
        field: 'complaint.responseDate',
      });
      spec.given([]).when(commands.record('COMPLAINT', { complaint: { outcome: 'MAYBE', responseDate: '2025-06-10' } })).thenThrows(
        Code.OUTCOME_UNKNOWN,
        { field: 'complaint.outcome' },
      );
      spec.given([]).when(commands.record('COMPLAINT', { complaint: { outcome: 'UPHELD', responseDate: '2025-06-01' } })).thenThrows(
        Code.RESPONSE_BEFORE_RECEIPT,
        { field: 'complaint.responseDate' },
      );
    });

    it('should refuse complaint details on a compliment and staff survey details on a complaint', () => {
      spec.given([]).when(commands.record('COMPLIMENT', { complaint: { outcome: 'UPHELD', responseDate: '2025-06-10' } })).thenThrows(
        Code.NOT_A_COMPLAINT,
        { field: 'complaint' },
      );
      spec.given([]).when(commands.record('COMPLAINT', { staffSurvey: { year: 2024, findings: [] } })).thenThrows(Code.NOT_A_STAFF_SURVEY, {
        field: 'staffSurvey',
      });
    });

    it('should refuse a staff survey without its year and findings (REP-2)', () => {
      spec.given([]).when(commands.record('STAFF_SURVEY', { source: { description: 'Survey' } })).thenThrows(Code.STAFF_SURVEY_REQUIRED, {
        field: 'staffSurvey',
        rule: 'REP-2',
      });
      spec.given([]).when(commands.record('STAFF_SURVEY', { source: { description: 'Survey' }, staffSurvey: { year: 2024, findings: [] } })).thenThrows(
        Code.FINDINGS_REQUIRED,
        { field: 'staffSurvey.findings', rule: 'REP-2' },
      );
      spec.given([]).when(
        commands.record('STAFF_SURVEY', { source: { description: 'Survey' }, staffSurvey: { year: 2026, findings: [{ theme: 'Workload', text: 'High' }] } }),
      ).thenThrows(Code.SURVEY_YEAR_INVALID, { field: 'staffSurvey.year' });
      spec.given([]).when(
        commands.record('STAFF_SURVEY', { source: { description: 'Survey' }, staffSurvey: { year: 2024, findings: [{ theme: ' ', text: 'High' }] } }),
      ).thenThrows(Code.THEME_INVALID, { field: 'staffSurvey.findings.0.theme', rule: 'REP-2' });
    });
  });

  describe('When someone other than S&QA records (REP-2)', () => {
    it('should refuse a team manager', () => {
      spec.given([]).when(commands.record('COMPLAINT', {}, tm)).thenThrows(Code.RECORDER_ROLE_NOT_ALLOWED, { kind: 'FORBIDDEN', rule: 'REP-2' });
    });

    it('should let a Head of Service record an input within their own service area', () => {
      spec.given([]).when(commands.record('COMPLAINT', {}, hos, SAFEGUARDING_AREA)).then(events.recorded('COMPLAINT', {}, hos));
    });

    it("should refuse a Head of Service naming a team or service area outside their own", () => {
      spec.given([]).when(commands.record('COMPLAINT', { teamIds: [ASSESSMENT_TEAM, FOSTERING_TEAM] }, hos, SAFEGUARDING_AREA)).thenThrows(
        Code.OUTSIDE_SERVICE_AREA,
        { kind: 'FORBIDDEN', field: 'teamIds', rule: 'REP-2', message: new RegExp(FOSTERING_TEAM) },
      );
      spec.given([]).when(commands.record('COMPLAINT', { serviceAreaIds: [CIC_AREA] }, hos, SAFEGUARDING_AREA)).thenThrows(
        Code.OUTSIDE_SERVICE_AREA,
        { field: 'serviceAreaIds' },
      );
    });

    it('should let a Head of Service whose service spans two service areas record across both', () => {
      spec
        .given([])
        .when({
          type: 'RecordLearningInput',
          data: {
            learningInputId: LEARNING_INPUT_ID,
            kind: 'COMPLIMENT',
            ...complaintInput,
            teamIds: [ASSESSMENT_TEAM, FOSTERING_TEAM],
            facts: { ...facts(), actorServiceAreaIds: [SAFEGUARDING_AREA, CIC_AREA] },
          },
          metadata: metadata(hos),
        })
        .thenEvents((e) => expect(e[0]).toMatchObject({ type: 'LearningInputRecorded', data: { recordedBy: HOS_ID, recordedByRole: 'HEAD_OF_SERVICE' } }));
    });

    it('should refuse a Head of Service with no service area recorded', () => {
      spec.given([]).when(commands.record('COMPLAINT', {}, hos, null)).thenThrows(Code.NO_SERVICE_AREA, { kind: 'FORBIDDEN', rule: 'REP-2' });
    });
  });

  describe('When the input is recorded', () => {
    it('should refuse recording it again', () => {
      spec.given([events.recorded()]).when(commands.record()).thenThrows(Code.ALREADY_RECORDED, { kind: 'CONFLICT', field: 'learningInputId' });
    });

    it('should record a correction whole, with its reason', () => {
      spec
        .given([events.recorded()])
        .when(commands.correct({ teamIds: [], serviceAreaIds: [SAFEGUARDING_AREA], themes: ['Communication with families'] }))
        .then(events.corrected({ teams: [], serviceAreaIds: [SAFEGUARDING_AREA], themes: ['Communication with families'] }));
    });

    it('should record nothing for a correction that changes nothing', () => {
      spec.given([events.recorded()]).when(commands.correct()).thenNothingHappens();
    });

    it("should keep a complaint's recorded response when a correction does not restate it", () => {
      spec
        .given([events.recorded(), events.responded()])
        .when(commands.correct({ summary: 'Corrected summary' }))
        .thenEvents((e) => expect(e[0]?.data).toMatchObject({ summary: 'Corrected summary', complaint: { outcome: 'PARTLY_UPHELD', responseDate: '2025-06-19' } }));
    });

    it('should refuse a correction without a reason', () => {
      spec.given([events.recorded()]).when(commands.correct({ summary: 'x' }, sqa, ' ')).thenThrows(Code.FIELD_REQUIRED, { field: 'reason' });
    });

    it('should refuse a correction by a Head of Service who did not record it', () => {
      spec.given([events.recorded('COMPLAINT', {}, hos)]).when(commands.correct({ summary: 'x' }, otherHos, 'why', SAFEGUARDING_AREA)).thenThrows(
        Code.NOT_THE_RECORDER,
        { kind: 'FORBIDDEN', field: 'learningInputId' },
      );
    });

    it('should let the Head of Service who recorded it correct it within their service area, and no further', () => {
      spec.given([events.recorded('COMPLAINT', {}, hos)]).when(commands.correct({ summary: 'Corrected' }, hos, 'why', SAFEGUARDING_AREA))
        .thenEvents((e) => expect(e[0]).toMatchObject({ type: 'LearningInputCorrected', data: { correctedBy: HOS_ID } }));
      spec.given([events.recorded('COMPLAINT', {}, hos)]).when(commands.correct({ teamIds: [FOSTERING_TEAM] }, hos, 'why', SAFEGUARDING_AREA))
        .thenThrows(Code.OUTSIDE_SERVICE_AREA, { field: 'teamIds' });
    });

    it("should record a complaint's response: outcome and date", () => {
      spec.given([events.recorded()]).when(commands.respond()).then(events.responded());
    });

    it('should record nothing for the same response again, and refuse a different one', () => {
      spec.given([events.recorded(), events.responded()]).when(commands.respond()).thenNothingHappens();
      spec.given([events.recorded(), events.responded()]).when(commands.respond('UPHELD')).thenThrows(Code.RESPONSE_ALREADY_RECORDED, {
        kind: 'CONFLICT',
      });
    });

    it('should refuse a response to a compliment, in the future, or before the complaint was received', () => {
      spec.given([events.recorded('COMPLIMENT')]).when(commands.respond()).thenThrows(Code.NOT_A_COMPLAINT, { field: 'learningInputId' });
      spec.given([events.recorded()]).when(commands.respond('UPHELD', '2025-06-21')).thenThrows(Code.DATE_IN_FUTURE, { field: 'responseDate' });
      spec.given([events.recorded()]).when(commands.respond('UPHELD', '2025-05-01')).thenThrows(Code.RESPONSE_BEFORE_RECEIPT, {
        field: 'responseDate',
      });
      spec.given([events.recorded()]).when(commands.respond('SORT_OF')).thenThrows(Code.OUTCOME_UNKNOWN, { field: 'outcome' });
    });

    it('should withdraw it with a reason', () => {
      spec.given([events.recorded()]).when(commands.withdraw()).then(events.withdrawn());
      spec.given([events.recorded()]).when(commands.withdraw('')).thenThrows(Code.FIELD_REQUIRED, { field: 'reason' });
    });
  });

  describe('When the input is withdrawn', () => {
    it('should refuse a correction, a response and a second withdrawal', () => {
      const history = [events.recorded(), events.withdrawn()];
      spec.given(history).when(commands.correct({ summary: 'x' })).thenThrows(Code.WITHDRAWN, { kind: 'CONFLICT' });
      spec.given(history).when(commands.respond()).thenThrows(Code.WITHDRAWN, { kind: 'CONFLICT' });
      spec.given(history).when(commands.withdraw()).thenThrows(Code.WITHDRAWN, { kind: 'CONFLICT' });
    });
  });

  describe('When nothing is recorded under the id', () => {
    it('should refuse a correction, a response and a withdrawal as not found', () => {
      spec.given([]).when(commands.correct()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
      spec.given([]).when(commands.respond()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
      spec.given([]).when(commands.withdraw()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
    });
  });

  describe('State', () => {
    it('should fold a record, a correction, a response and a withdrawal, ignoring facts that do not fit', () => {
      const fold = (history: Parameters<typeof evolve>[1][]) => history.reduce(evolve, initialState());
      expect(fold([events.recorded(), events.corrected({ summary: 'New' }), events.responded('UPHELD')])).toMatchObject({
        status: 'RECORDED',
        learningInputId: LEARNING_INPUT_ID,
        content: { ...complaintContent, summary: 'New', complaint: { outcome: 'UPHELD', responseDate: '2025-06-19' } },
      });
      expect(fold([events.recorded(), events.withdrawn()])).toMatchObject({ status: 'WITHDRAWN', withdrawnAt: LATER });
      expect(fold([events.corrected()])).toEqual({ status: 'NOT_RECORDED' });
      expect(fold([events.recorded('COMPLIMENT'), events.responded()])).toMatchObject({ content: { complaint: null } });
    });
  });
});

import type { Role } from '../shared/decider.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import { dipSampleDecider } from './dip-sample.decide.js';
import { AUDITOR_ID, commands, events, submittedAudit } from './dip-sample.fixtures.js';

const spec = DeciderSpecification.for(dipSampleDecider);
const started = [events.started()];
const judged = [...started, events.quality('BELOW_STANDARD'), events.followThrough('PARTLY', 'Chronology action done; plan not yet updated')];

describe('Dip sample decider (CFA-11)', () => {
  describe('When an S&QA officer takes a submitted audit', () => {
    it('should start the dip sample, keeping what the audit was (CFA-11)', () => {
      spec.given([]).when(commands.start()).then(events.started());
    });

    it('should refuse anyone outside S&QA, naming the rule (CFA-11)', () => {
      for (const role of ['HEAD_OF_SERVICE', 'TEAM_MANAGER', 'DIRECTOR'] as Role[]) {
        spec
          .given([])
          .when(commands.start(submittedAudit(), { staffId: 'staff-x', role }))
          .thenThrows('DIP_SAMPLE.NOT_SQA', { kind: 'FORBIDDEN', rule: 'CFA-11', message: /^CFA-11:/ });
      }
    });

    it('should refuse an audit not yet submitted (CFA-11)', () => {
      spec.given([]).when(commands.start(submittedAudit({ submittedAt: null }))).thenThrows('DIP_SAMPLE.AUDIT_NOT_SUBMITTED', {
        kind: 'CONFLICT',
        rule: 'CFA-11',
      });
    });

    it('should refuse an audit that does not exist', () => {
      spec.given([]).when(commands.start(null)).thenThrows('DIP_SAMPLE.AUDIT_NOT_FOUND', { kind: 'NOT_FOUND' });
    });

    it('should refuse an S&QA officer dip-sampling an audit they carried out (CFA-11)', () => {
      spec
        .given([])
        .when(commands.start(submittedAudit({ auditorId: 'staff-sqa-0021', auditType: 'INDEPENDENT' })))
        .thenThrows('DIP_SAMPLE.OWN_AUDIT', { kind: 'FORBIDDEN', rule: 'CFA-11' });
    });
  });

  describe('When the dip sample is started', () => {
    it('should decide nothing when started again alike (a retried request)', () => {
      spec.given(started).when(commands.start()).thenNothingHappens();
    });

    it('should judge the audit\'s quality with findings (CFA-11)', () => {
      spec.given(started).when(commands.quality('BELOW_STANDARD')).then(events.quality('BELOW_STANDARD'));
      spec.given(started).when(commands.quality('EXCELLENT')).thenThrows('DIP_SAMPLE.JUDGEMENT_UNKNOWN', { field: 'judgement' });
      spec.given(started).when(commands.quality('MEETS_STANDARD', ' ')).thenThrows('DIP_SAMPLE.FINDINGS_REQUIRED', { rule: 'CFA-11' });
    });

    it('should judge whether remedial actions are followed through, with notes where not fully (CFA-11)', () => {
      spec.given(started).when(commands.followThrough('YES')).then(events.followThrough('YES'));
      spec.given(started).when(commands.followThrough('NO_ACTIONS_RAISED')).then(events.followThrough('NO_ACTIONS_RAISED'));
      spec.given(started).when(commands.followThrough('PARTLY')).thenThrows('DIP_SAMPLE.NOTES_REQUIRED', { field: 'notes', rule: 'CFA-11' });
      spec.given(started).when(commands.followThrough('NO', 'Nothing done since the audit')).then(events.followThrough('NO', 'Nothing done since the audit'));
    });

    it('should decide nothing for a judgement repeated alike, and replace one changed', () => {
      spec.given([...started, events.quality('BELOW_STANDARD')]).when(commands.quality('BELOW_STANDARD')).thenNothingHappens();
      spec.given([...started, events.quality('BELOW_STANDARD')]).when(commands.quality('MEETS_STANDARD')).then(events.quality('MEETS_STANDARD'));
    });

    it('should raise a follow-up action by reference, once', () => {
      spec.given(started).when(commands.followUp()).then(events.followUp());
      spec.given([...started, events.followUp()]).when(commands.followUp()).thenNothingHappens();
      spec.given([...started, events.followUp()]).when(commands.followUp('ra-dip-1', 'Something else')).thenThrows('DIP_SAMPLE.FOLLOW_UP_ACTION_EXISTS');
    });

    it('should let only the officer who took it record it', () => {
      spec
        .given(started)
        .when(commands.quality('MEETS_STANDARD', 'Fine', { staffId: 'staff-sqa-0001', role: 'SQA_MANAGER' }))
        .thenThrows('DIP_SAMPLE.NOT_THE_SAMPLER', { kind: 'FORBIDDEN' });
    });

    it('should refuse completion before both judgements are made (CFA-11)', () => {
      spec.given(started).when(commands.complete()).thenThrows('DIP_SAMPLE.JUDGEMENT_MISSING', {
        rule: 'CFA-11',
        message: /judges the audit's quality and whether remedial actions are followed through/,
      });
      spec.given([...started, events.quality('MEETS_STANDARD')]).when(commands.complete()).thenThrows('DIP_SAMPLE.JUDGEMENT_MISSING', {
        field: 'followedThrough',
      });
    });

    it('should complete once both are judged', () => {
      spec.given(judged).when(commands.complete()).then(events.completed('BELOW_STANDARD', 'PARTLY'));
    });
  });

  describe('When the dip sample is completed', () => {
    const completed = [...judged, events.completed('BELOW_STANDARD', 'PARTLY')];

    it('should refuse changing a judgement or completing again', () => {
      spec.given(completed).when(commands.quality('MEETS_STANDARD')).thenThrows('DIP_SAMPLE.ALREADY_COMPLETED', { kind: 'CONFLICT' });
      spec.given(completed).when(commands.complete()).thenThrows('DIP_SAMPLE.ALREADY_COMPLETED');
    });

    it('should still raise a follow-up action', () => {
      spec.given(completed).when(commands.followUp('ra-dip-2', 'Team manager to review plan timescales')).then(
        events.followUp('ra-dip-2', 'Team manager to review plan timescales'),
      );
    });

    it('should still refuse the audited auditor, even in S&QA', () => {
      spec.given(completed).when(commands.followUp('ra-dip-3', 'x', { staffId: AUDITOR_ID, role: 'SQA_OFFICER' })).thenThrows('DIP_SAMPLE.NOT_THE_SAMPLER');
    });
  });
});

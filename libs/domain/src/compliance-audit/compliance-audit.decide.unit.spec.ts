import { DeciderSpecification } from '../testing/decider-specification.js';
import { complianceAuditDecider } from './compliance-audit.decide.js';
import { AZEUS_NUMBER, COMPLIANCE_AUDIT_ID, NOW, SW_ID, TM_ID, commands, events } from './compliance-audit.fixtures.js';
import { isComplianceAuditOverdue } from './compliance-audit.quota.js';
import { evolve, initialState } from './compliance-audit.state.js';

const spec = DeciderSpecification.for(complianceAuditDecider);
const NOT_MET = ['RELIGION', 'UP_TO_DATE_CHRONOLOGY'] as const;
const fullyCompliant = [events.started(), ...events.checklist(), events.completed()];
const withActions = [events.started(), ...events.checklist(NOT_MET), events.caseNoted(), events.completed(NOT_MET, ['md-1', 'md-2'])];

describe('Compliance audit decider (CFA-4, CFA-5)', () => {
  describe('When nothing is recorded', () => {
    it('should start the audit for a supervisee and the supervision it precedes (CFA-4)', () => {
      spec.given([]).when(commands.start()).then(events.started());
    });

    it('should start it without a session id, the supervision named by its date', () => {
      spec
        .given([])
        .when(commands.start({ supervisionSessionId: null, teamId: null }))
        .then(events.started({ supervisionSessionId: null, teamId: null }));
    });

    it('should let an advanced practitioner start one', () => {
      spec
        .given([])
        .when(commands.start({}, { staffId: 'staff-ap-0042', role: 'ADVANCED_PRACTITIONER' }))
        .then(events.started({ auditorId: 'staff-ap-0042' }));
    });

    it('should refuse anyone but a TM or AP (CFA-4)', () => {
      for (const role of ['SOCIAL_WORKER', 'HEAD_OF_SERVICE', 'SQA_OFFICER'] as const) {
        spec.given([]).when(commands.start({}, { role })).thenThrows('COMPLIANCE_AUDIT.NOT_A_SUPERVISOR', { kind: 'FORBIDDEN', rule: 'CFA-4' });
      }
    });

    it('should refuse an auditor auditing their own case (CFA-4)', () => {
      spec.given([]).when(commands.start({ superviseeId: TM_ID })).thenThrows('COMPLIANCE_AUDIT.AUDITING_OWN_CASE', { rule: 'CFA-4' });
    });

    it('should refuse a supervision that has already passed (CFA-4)', () => {
      spec
        .given([])
        .when(commands.start({ supervisionDate: '2025-06-11' }))
        .thenThrows('COMPLIANCE_AUDIT.SUPERVISION_PASSED', { field: 'supervisionDate', rule: 'CFA-4' });
    });

    it('should refuse a malformed supervision date or a missing case', () => {
      spec.given([]).when(commands.start({ supervisionDate: '2025-02-30' })).thenThrows('COMPLIANCE_AUDIT.INVALID_DATE');
      spec.given([]).when(commands.start({ azeusNumber: ' ' })).thenThrows('COMPLIANCE_AUDIT.FIELD_REQUIRED', { field: 'azeusNumber' });
    });

    it('should refuse recording a check on an audit never started', () => {
      spec.given([]).when(commands.check('RELIGION', true)).thenThrows('COMPLIANCE_AUDIT.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the audit is started', () => {
    it('should decide nothing when it is started again alike, and refuse it started differently', () => {
      spec.given(events.started()).when(commands.start()).thenNothingHappens();
      spec.given(events.started()).when(commands.start({ supervisionDate: '2025-06-27' })).thenThrows('COMPLIANCE_AUDIT.ALREADY_STARTED', {
        kind: 'CONFLICT',
      });
    });

    it('should record each of the seven checks, met or not met with a comment (CFA-5)', () => {
      spec.given(events.started()).when(commands.check('ETHNICITY', true)).then(events.checked('ETHNICITY', true));
      spec
        .given(events.started())
        .when(commands.check('VISIT_IN_TIME', false, 'Last visit 19 days ago; CP visits are due every 10 working days'))
        .then(events.checked('VISIT_IN_TIME', false, 'Last visit 19 days ago; CP visits are due every 10 working days'));
    });

    it('should refuse an item not on the checklist, and a not-met item without a comment (CFA-5)', () => {
      spec.given(events.started()).when(commands.check('HEALTH', true)).thenThrows('COMPLIANCE_AUDIT.ITEM_UNKNOWN', { rule: 'CFA-5' });
      spec.given(events.started()).when(commands.check('RELIGION', false, ' ')).thenThrows('COMPLIANCE_AUDIT.COMMENT_REQUIRED', {
        field: 'comment',
        rule: 'CFA-5',
      });
    });

    it('should decide nothing when a check is recorded again alike, and replace it when changed', () => {
      spec.given([events.started(), events.checked('ETHNICITY', true)]).when(commands.check('ETHNICITY', true)).thenNothingHappens();
      spec
        .given([events.started(), events.checked('ETHNICITY', true)])
        .when(commands.check('ETHNICITY', false, 'Not recorded'))
        .then(events.checked('ETHNICITY', false, 'Not recorded'));
    });

    it('should let only its auditor fill it in', () => {
      spec
        .given(events.started())
        .when(commands.check('ETHNICITY', true, null, { staffId: 'staff-tm-0099' }))
        .thenThrows('COMPLIANCE_AUDIT.NOT_THE_AUDITOR', { kind: 'FORBIDDEN' });
    });

    it('should record the management direction case note, actions owned by the supervisee unless named (CFA-5)', () => {
      spec.given(events.started()).when(commands.caseNote()).then(events.caseNoted());
      spec.given([events.started(), events.caseNoted()]).when(commands.caseNote()).thenNothingHappens();
    });

    it('should refuse a case note without actions, with an action twice, or with a timescale passed (CFA-5)', () => {
      spec.given(events.started()).when(commands.caseNote({ actions: [] })).thenThrows('COMPLIANCE_AUDIT.ACTIONS_REQUIRED', { rule: 'CFA-5' });
      const twice = { actionId: 'md-1', description: 'Update the plan', timescale: '2025-06-30' };
      spec.given(events.started()).when(commands.caseNote({ actions: [twice, twice] })).thenThrows('COMPLIANCE_AUDIT.ACTION_DUPLICATED');
      spec
        .given(events.started())
        .when(commands.caseNote({ actions: [{ ...twice, timescale: '2025-06-11' }] }))
        .thenThrows('COMPLIANCE_AUDIT.TIMESCALE_PASSED', { field: 'timescale', rule: 'CFA-5' });
    });

    it('should refuse completion while the checklist is incomplete, naming what is missing (CFA-5)', () => {
      spec
        .given([events.started(), ...events.checklist().slice(0, 5)])
        .when(commands.complete())
        .thenThrows('COMPLIANCE_AUDIT.CHECKLIST_INCOMPLETE', { rule: 'CFA-5', message: /Visit in time, Supervision in time$/ });
    });

    it('should complete an audit where every item is met, with no actions', () => {
      spec.given([events.started(), ...events.checklist()]).when(commands.complete()).then(events.completed());
    });

    it('should refuse completion where an item is not met and no management direction case note is recorded (CFA-5)', () => {
      spec
        .given([events.started(), ...events.checklist(NOT_MET)])
        .when(commands.complete())
        .thenThrows('COMPLIANCE_AUDIT.CASE_NOTE_REQUIRED', {
          rule: 'CFA-5',
          message: /^CFA-5: Religion, Up to date Chronology are not met, so a management direction case note/,
        });
    });

    it('should complete it once the case note is recorded, listing what was not met and the actions (CFA-5)', () => {
      spec
        .given([events.started(), ...events.checklist(NOT_MET), events.caseNoted()])
        .when(commands.complete())
        .then(events.completed(NOT_MET, ['md-1', 'md-2']));
    });

    it('should refuse reviewing actions before the audit is completed (CFA-5)', () => {
      spec
        .given([events.started(), events.caseNoted()])
        .when(commands.review([{ actionId: 'md-1', completed: true }]))
        .thenThrows('COMPLIANCE_AUDIT.NOT_COMPLETED', { kind: 'CONFLICT', rule: 'CFA-5' });
    });
  });

  describe('When the audit is completed', () => {
    it('should refuse any change to the checklist or case note', () => {
      spec.given(fullyCompliant).when(commands.check('RELIGION', false, 'x')).thenThrows('COMPLIANCE_AUDIT.ALREADY_COMPLETED', { kind: 'CONFLICT' });
      spec.given(fullyCompliant).when(commands.caseNote()).thenThrows('COMPLIANCE_AUDIT.ALREADY_COMPLETED');
      spec.given(fullyCompliant).when(commands.complete()).thenThrows('COMPLIANCE_AUDIT.ALREADY_COMPLETED');
    });

    it('should refuse a review where no actions were required (CFA-5)', () => {
      spec.given(fullyCompliant).when(commands.review([])).thenThrows('COMPLIANCE_AUDIT.NO_ACTIONS_TO_REVIEW', { rule: 'CFA-5' });
    });

    it('should record the review of its actions in supervision (CFA-5)', () => {
      spec
        .given(withActions)
        .when(
          commands.review([
            { actionId: 'md-1', completed: false, comment: 'Chronology half done; finish by next supervision' },
            { actionId: 'md-2', completed: true },
          ]),
        )
        .then(
          events.reviewed(
            [
              { actionId: 'md-1', completed: false, comment: 'Chronology half done; finish by next supervision' },
              { actionId: 'md-2', completed: true, comment: null },
            ],
            false,
          ),
        );
    });

    it('should refuse a review that leaves an open action unreviewed, or names an unknown one (CFA-5)', () => {
      spec
        .given(withActions)
        .when(commands.review([{ actionId: 'md-1', completed: true }]))
        .thenThrows('COMPLIANCE_AUDIT.ACTION_NOT_REVIEWED', { rule: 'CFA-5', message: /md-2/ });
      spec.given(withActions).when(commands.review([{ actionId: 'md-9', completed: true }])).thenThrows('COMPLIANCE_AUDIT.ACTION_UNKNOWN');
    });

    it('should refuse an action not completed without a comment (CFA-5)', () => {
      spec
        .given(withActions)
        .when(commands.review([{ actionId: 'md-1', completed: false }, { actionId: 'md-2', completed: true }]))
        .thenThrows('COMPLIANCE_AUDIT.COMMENT_REQUIRED', { rule: 'CFA-5' });
    });

    it('should refuse a supervision before the audit was completed, or one not yet held', () => {
      const both = [
        { actionId: 'md-1', completed: true },
        { actionId: 'md-2', completed: true },
      ];
      spec.given(withActions).when(commands.review(both, '2025-06-11')).thenThrows('COMPLIANCE_AUDIT.REVIEW_BEFORE_COMPLETION', { rule: 'CFA-5' });
      spec.given(withActions).when(commands.review(both, '2025-06-27')).thenThrows('COMPLIANCE_AUDIT.REVIEW_IN_FUTURE');
    });

    it('should refuse the supervisee or a social worker reviewing the actions (CFA-5)', () => {
      const both = [
        { actionId: 'md-1', completed: true },
        { actionId: 'md-2', completed: true },
      ];
      spec
        .given(withActions)
        .when(commands.review(both, '2025-06-20', { staffId: SW_ID, role: 'SOCIAL_WORKER', now: '2025-06-20T16:00:00.000Z' }))
        .thenThrows('COMPLIANCE_AUDIT.NOT_A_SUPERVISOR', { kind: 'FORBIDDEN', rule: 'CFA-5' });
    });
  });

  describe('When some actions were reviewed as not completed', () => {
    const partly = [
      ...withActions,
      events.reviewed(
        [
          { actionId: 'md-1', completed: false, comment: 'Half done' },
          { actionId: 'md-2', completed: true, comment: null },
        ],
        false,
      ),
    ];

    it('should review the open ones at the next supervision, and close the actions when all are done (CFA-5)', () => {
      spec
        .given(partly)
        .when(commands.review([{ actionId: 'md-1', completed: true }], '2025-07-18', { now: '2025-07-18T10:00:00.000Z' }))
        .then(events.reviewed([{ actionId: 'md-1', completed: true, comment: null }], true, '2025-07-18', '2025-07-18T10:00:00.000Z'));
    });

    it('should refuse reviewing again an action already completed', () => {
      spec
        .given(partly)
        .when(commands.review([{ actionId: 'md-1', completed: true }, { actionId: 'md-2', completed: true }], '2025-07-18', { now: '2025-07-18T10:00:00.000Z' }))
        .thenThrows('COMPLIANCE_AUDIT.ACTION_ALREADY_COMPLETED');
    });

    it('should refuse any further review once every action is completed', () => {
      const done = [...partly, events.reviewed([{ actionId: 'md-1', completed: true, comment: null }], true, '2025-07-18')];
      spec
        .given(done)
        .when(commands.review([{ actionId: 'md-1', completed: true }], '2025-07-18', { now: '2025-07-18T10:00:00.000Z' }))
        .thenThrows('COMPLIANCE_AUDIT.ACTIONS_ALL_COMPLETED', { kind: 'CONFLICT' });
    });
  });

  describe('When asked whether an audit is overdue (CFA-6)', () => {
    it('should be overdue only when not completed by the day of the supervision it precedes', () => {
      const started = evolve(initialState(), events.started());
      expect(isComplianceAuditOverdue(started, '2025-06-20T23:59:00.000Z')).toBe(false);
      expect(isComplianceAuditOverdue(started, '2025-06-21')).toBe(true);
      const done = fullyCompliant.reduce(evolve, initialState());
      expect(isComplianceAuditOverdue(done, '2025-07-01')).toBe(false);
      expect(done).toMatchObject({ status: 'COMPLETED', complianceAuditId: COMPLIANCE_AUDIT_ID, azeusNumber: AZEUS_NUMBER, completedOn: NOW.slice(0, 10) });
    });
  });
});

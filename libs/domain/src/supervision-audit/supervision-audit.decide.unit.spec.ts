import { DeciderSpecification } from '../testing/decider-specification.js';
import { supervisionAuditDecider } from './supervision-audit.decide.js';
import { SupervisionAuditErrorCode as Code } from './supervision-audit.errors.js';
import {
  AP_ID,
  COMPLETED_AT,
  HOS_ID,
  NOW,
  SUPERVISION_AUDIT_ID,
  SW_ID,
  TM_ID,
  allAnswered,
  commands,
  events,
  hos,
  tm,
} from './supervision-audit.fixtures.js';
import {
  CASE_SUPERVISION_QUESTIONS,
  CHILD_SAFE_QUESTION_KEY,
  PROFESSIONAL_SUPERVISION_QUESTIONS,
  REGULAR_SUPERVISION_QUESTION_KEY,
} from './supervision-audit.values.js';

const spec = DeciderSpecification.for(supervisionAuditDecider);

describe('Supervision audit', () => {
  describe('The questions of appendix B', () => {
    it('should hold the nine case supervision questions word for word (SUP-3)', () => {
      expect(CASE_SUPERVISION_QUESTIONS).toHaveLength(9);
      expect(CASE_SUPERVISION_QUESTIONS.map((q) => q.text)).toContain(
        'Is there evidence of regular supervision? (How many in the last 6 months?)',
      );
      expect(CASE_SUPERVISION_QUESTIONS[8].text).toMatch(/^Is the child safe\?/);
      expect(CASE_SUPERVISION_QUESTIONS[0].text).toBe('Is the decision-making in this case safe and defensible?');
    });

    it('should hold the four professional supervision questions (SUP-4)', () => {
      expect(PROFESSIONAL_SUPERVISION_QUESTIONS.map((q) => q.text)).toEqual([
        'Is there evidence of monthly personal supervision over the past 6 months?',
        'If performance issues are raised from case supervision, is there evidence that this is linked to learning and development discussions held in professional supervision?',
        'Are performance issues addressed and clearly defined with expectations given around improvement?',
        'Is good performance highlighted and encouraged?',
      ]);
    });
  });

  describe('When no audit is started', () => {
    it('should start a case supervision audit of a Team Manager by a Head of Service (SUP-1)', () => {
      spec.given([]).when(commands.startCase()).then(events.started('CASE'));
    });

    it('should start a professional supervision audit of an Advanced Practitioner by a Team Manager (SUP-2)', () => {
      spec
        .given([])
        .when({
          type: 'StartSupervisionAudit',
          data: {
            auditId: SUPERVISION_AUDIT_ID,
            kind: 'PROFESSIONAL',
            auditorId: TM_ID,
            supervisorId: AP_ID,
            supervisorRole: 'ADVANCED_PRACTITIONER',
            superviseeId: SW_ID,
            caseFileId: 'ignored',
            auditDate: '2025-06-12',
          },
          metadata: { actor: tm, now: NOW, commandId: 'c', correlationId: 'c', causationId: 'c' },
        })
        .then(
          events.started('PROFESSIONAL', {
            auditorId: TM_ID,
            auditorRole: 'TEAM_MANAGER',
            supervisorId: AP_ID,
            supervisorRole: 'ADVANCED_PRACTITIONER',
            teamId: null,
          }),
        );
    });

    it('should refuse a Head of Service auditing an Advanced Practitioner, naming SUP-1', () => {
      spec
        .given([])
        .when(commands.startCase({ supervisorRole: 'ADVANCED_PRACTITIONER', supervisorId: AP_ID }))
        .thenThrows(Code.SUPERVISOR_ROLE_NOT_ALLOWED, { kind: 'FORBIDDEN', field: 'supervisorId', rule: 'SUP-1' });
    });

    it('should refuse a Team Manager auditing a Team Manager, naming SUP-2', () => {
      spec
        .given([])
        .when(commands.startCase({ supervisorId: 'tm-2' }, tm))
        .thenThrows(Code.SUPERVISOR_ROLE_NOT_ALLOWED, { kind: 'FORBIDDEN', rule: 'SUP-2' });
    });

    it('should refuse an auditor whose role audits no supervision (SUP-1, SUP-2)', () => {
      spec
        .given([])
        .when(commands.startCase({}, { staffId: 'sw-9', role: 'SOCIAL_WORKER' }))
        .thenThrows(Code.AUDITOR_ROLE_NOT_ALLOWED, { kind: 'FORBIDDEN', field: 'auditorId' });
    });

    it('should refuse a supervisor the staff list does not know, naming SUP-1', () => {
      spec
        .given([])
        .when(commands.startCase({ supervisorRole: null }))
        .thenThrows(Code.SUPERVISOR_NOT_IN_STAFF_LIST, { kind: 'NOT_FOUND', field: 'supervisorId', rule: 'SUP-1' });
    });

    it('should refuse a supervisee who is the audited supervisor (SUP-1)', () => {
      spec
        .given([])
        .when(commands.startCase({ superviseeId: TM_ID }))
        .thenThrows(Code.SUPERVISEE_IS_SUPERVISOR, { kind: 'BAD_USER_INPUT', field: 'superviseeId', rule: 'SUP-1' });
    });

    it('should refuse an audit started on behalf of another auditor', () => {
      spec.given([]).when(commands.startCase({ auditorId: 'hos-2' })).thenThrows(Code.NOT_THE_AUDITOR, { kind: 'FORBIDDEN' });
    });

    it('should refuse a case supervision audit naming no case file (SUP-3)', () => {
      const command = commands.startCase();
      spec
        .given([])
        .when({ ...command, data: { ...command.data, caseFileId: null, azeusNumber: ' ' } } as typeof command)
        .thenThrows(Code.FIELD_REQUIRED, { field: 'caseFileId', rule: 'SUP-3' });
    });

    it('should refuse an unknown kind and a bad date', () => {
      const command = commands.startCase();
      spec.given([]).when({ ...command, data: { ...command.data, kind: 'PEER' } } as typeof command).thenThrows(Code.KIND_UNKNOWN, { field: 'kind' });
      spec
        .given([])
        .when({ ...command, data: { ...command.data, auditDate: '2025-02-30' } } as typeof command)
        .thenThrows(Code.INVALID_DATE, { field: 'auditDate' });
    });

    it('should refuse answering, as there is no such audit', () => {
      spec.given([]).when(commands.answer('CHILD_SAFE', 'YES')).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
    });
  });

  describe('When the audit is started', () => {
    it('should refuse starting it again', () => {
      spec.given([events.started()]).when(commands.startCase()).thenThrows(Code.ALREADY_STARTED, { kind: 'CONFLICT' });
    });

    it('should record a yes/no answer with comments and the question in its words (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer('MANAGEMENT_SUPPORT', 'NO', { comments: 'No challenge recorded' }))
        .then({
          type: 'SupervisionAuditQuestionAnswered',
          data: {
            auditId: SUPERVISION_AUDIT_ID,
            questionKey: 'MANAGEMENT_SUPPORT',
            question: 'Is there evidence of Management support, oversight and challenge?',
            answer: 'NO',
            comments: 'No challenge recorded',
            numberOfSupervisions: null,
            answeredAt: NOW,
          },
        });
    });

    it('should record the number of supervisions in the last 6 months with the regular supervision answer (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer(REGULAR_SUPERVISION_QUESTION_KEY, 'YES', { numberOfSupervisions: 5 }))
        .thenEvents(([answered]) => expect(answered?.data).toMatchObject({ numberOfSupervisions: 5 }));
    });

    it('should refuse the regular supervision answer without a whole number of supervisions (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer(REGULAR_SUPERVISION_QUESTION_KEY, 'YES'))
        .thenThrows(Code.SUPERVISION_COUNT_INVALID, { field: 'numberOfSupervisions', rule: 'SUP-3' });
      spec
        .given([events.started()])
        .when(commands.answer(REGULAR_SUPERVISION_QUESTION_KEY, 'YES', { numberOfSupervisions: 2.5 }))
        .thenThrows(Code.SUPERVISION_COUNT_INVALID, { rule: 'SUP-3' });
    });

    it('should refuse a number of supervisions on any other question (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer('MANAGEMENT_SUPPORT', 'YES', { numberOfSupervisions: 3 }))
        .thenThrows(Code.SUPERVISION_COUNT_NOT_EXPECTED, { field: 'numberOfSupervisions' });
    });

    it('should refuse a question of the other kind of audit (SUP-4)', () => {
      spec
        .given([events.started('CASE')])
        .when(commands.answer('MONTHLY_PERSONAL_SUPERVISION', 'YES'))
        .thenThrows(Code.QUESTION_UNKNOWN, { field: 'questionKey', rule: 'SUP-3' });
      spec
        .given([events.started('PROFESSIONAL')])
        .when(commands.answer(CHILD_SAFE_QUESTION_KEY, 'NO', { headOfServiceId: HOS_ID }))
        .thenThrows(Code.QUESTION_UNKNOWN, { rule: 'SUP-4' });
    });

    it('should refuse an answer other than yes or no', () => {
      spec.given([events.started()]).when(commands.answer('MANAGEMENT_SUPPORT', 'MAYBE')).thenThrows(Code.ANSWER_UNKNOWN, { field: 'answer' });
    });

    it('should refuse answers from anyone but the auditor', () => {
      spec.given([events.started()]).when(commands.answer('MANAGEMENT_SUPPORT', 'YES', {}, tm)).thenThrows(Code.NOT_THE_AUDITOR, { kind: 'FORBIDDEN' });
    });

    it('should escalate "Is the child safe?" answered no to the named Head of Service at once (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer(CHILD_SAFE_QUESTION_KEY, 'NO', { comments: 'No safety plan in place', headOfServiceId: HOS_ID }))
        .then([
          {
            type: 'SupervisionAuditQuestionAnswered',
            data: {
              auditId: SUPERVISION_AUDIT_ID,
              questionKey: CHILD_SAFE_QUESTION_KEY,
              question: 'Is the child safe? (if not immediately raise with HOS)',
              answer: 'NO',
              comments: 'No safety plan in place',
              numberOfSupervisions: null,
              answeredAt: NOW,
            },
          },
          events.escalated('No safety plan in place'),
        ]);
    });

    it('should refuse "Is the child safe?" answered no without naming the Head of Service (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer(CHILD_SAFE_QUESTION_KEY, 'NO'))
        .thenThrows(Code.HEAD_OF_SERVICE_REQUIRED, { field: 'headOfServiceId', rule: 'SUP-3' });
    });

    it('should refuse raising a child not safe with someone who is not a Head of Service (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer(CHILD_SAFE_QUESTION_KEY, 'NO', { headOfServiceId: TM_ID, headOfServiceRole: 'TEAM_MANAGER' }))
        .thenThrows(Code.NOT_A_HEAD_OF_SERVICE, { field: 'headOfServiceId', rule: 'SUP-3', message: /TEAM_MANAGER/ });
      spec
        .given([events.started()])
        .when(commands.answer(CHILD_SAFE_QUESTION_KEY, 'NO', { headOfServiceId: 'nobody', headOfServiceRole: null }))
        .thenThrows(Code.NOT_A_HEAD_OF_SERVICE, { field: 'headOfServiceId', rule: 'SUP-3', message: /not in the staff list/ });
    });

    it('should not escalate "Is the child safe?" answered yes (SUP-3)', () => {
      spec
        .given([events.started()])
        .when(commands.answer(CHILD_SAFE_QUESTION_KEY, 'YES'))
        .thenEvents((produced) => expect(produced.map((e) => e.type)).toEqual(['SupervisionAuditQuestionAnswered']));
    });

    it('should refuse completion while a question is unanswered (SUP-3)', () => {
      const all = allAnswered('CASE');
      spec
        .given(all.slice(0, -1))
        .when(commands.complete())
        .thenThrows(Code.QUESTIONS_UNANSWERED, { field: 'answers', rule: 'SUP-3', message: /CHILD_SAFE/ });
    });

    it('should refuse reviewing findings before completion (SUP-5)', () => {
      spec.given([events.started()]).when(commands.reviewFindings([])).thenThrows(Code.NOT_COMPLETED, { rule: 'SUP-5' });
    });
  });

  describe('When the child was already escalated as not safe', () => {
    it('should not escalate a second time (SUP-3)', () => {
      spec
        .given([events.started(), events.answered('CASE', CHILD_SAFE_QUESTION_KEY, 'NO'), events.escalated()])
        .when(commands.answer(CHILD_SAFE_QUESTION_KEY, 'NO', { headOfServiceId: HOS_ID }))
        .thenEvents((produced) => expect(produced.map((e) => e.type)).toEqual(['SupervisionAuditQuestionAnswered']));
    });

    it('should let the named Head of Service acknowledge it, once (SUP-3)', () => {
      const given = [events.started(), events.escalated()];
      spec.given(given).when(commands.acknowledge(hos)).then(events.acknowledged());
      spec.given([...given, events.acknowledged()]).when(commands.acknowledge(hos)).thenThrows(Code.ESCALATION_ACKNOWLEDGED);
      spec
        .given(given)
        .when(commands.acknowledge({ staffId: 'hos-2', role: 'HEAD_OF_SERVICE' }))
        .thenThrows(Code.NOT_THE_HEAD_OF_SERVICE, { kind: 'FORBIDDEN', rule: 'SUP-3' });
    });

    it('should refuse acknowledging where nothing was escalated', () => {
      spec.given([events.started()]).when(commands.acknowledge(hos)).thenThrows(Code.NO_ESCALATION, { rule: 'SUP-3' });
    });
  });

  describe('When every question is answered', () => {
    it('should complete a case supervision audit (SUP-3)', () => {
      spec.given(allAnswered('CASE')).when(commands.complete()).then(events.completed());
    });

    it('should complete a professional supervision audit on its four answers (SUP-4)', () => {
      spec.given(allAnswered('PROFESSIONAL')).when(commands.complete()).then(events.completed());
    });
  });

  describe('When the audit is completed', () => {
    const completed = () => [...allAnswered('CASE'), events.completed()];

    it('should refuse changing an answer', () => {
      spec.given(completed()).when(commands.answer('MANAGEMENT_SUPPORT', 'NO')).thenThrows(Code.ALREADY_COMPLETED, { kind: 'CONFLICT' });
    });

    it('should refuse completing it again', () => {
      spec.given(completed()).when(commands.complete()).thenThrows(Code.ALREADY_COMPLETED);
    });

    it('should record the findings reviewed at the next supervision with agreed actions sourced to the audit (SUP-5)', () => {
      spec
        .given(completed())
        .when(
          commands.reviewFindings([
            { actionId: 'act-1', action: 'Record the rationale for decisions in supervision notes', ownerId: TM_ID, timescale: '2025-07-20' },
          ]),
        )
        .then(events.findingsReviewed());
    });

    it('should refuse an agreed action without owner or with a bad timescale (SUP-5)', () => {
      spec
        .given(completed())
        .when(commands.reviewFindings([{ actionId: 'a', action: 'Do it', ownerId: ' ', timescale: '2025-07-20' }]))
        .thenThrows(Code.FIELD_REQUIRED, { field: 'agreedActions.0.ownerId', rule: 'SUP-5' });
      spec
        .given(completed())
        .when(commands.reviewFindings([{ actionId: 'a', action: 'Do it', ownerId: TM_ID, timescale: 'soon' }]))
        .thenThrows(Code.INVALID_DATE, { field: 'agreedActions.0.timescale', rule: 'SUP-5' });
      spec
        .given(completed())
        .when(
          commands.reviewFindings([
            { actionId: 'a', action: 'One', ownerId: TM_ID, timescale: '2025-07-20' },
            { actionId: 'a', action: 'Two', ownerId: TM_ID, timescale: '2025-07-20' },
          ]),
        )
        .thenThrows(Code.ACTION_DUPLICATED, { rule: 'SUP-5' });
    });

    it('should make the supervisor the manager of an action the supervisee owns, and keep a named manager (SUP-5)', () => {
      spec
        .given(completed())
        .when(
          commands.reviewFindings([
            { actionId: 'a', action: 'Update the plan', ownerId: SW_ID, timescale: '2025-07-01' },
            { actionId: 'b', action: 'Audit two more cases', ownerId: TM_ID, managerId: 'hos-2', timescale: '2025-07-01' },
          ]),
        )
        .thenEvents(([review]) => {
          const actions = review?.type === 'SupervisionAuditFindingsReviewed' ? review.data.agreedActions : [];
          expect(actions.map((a) => [a.ownerId, a.managerId])).toEqual([
            [SW_ID, TM_ID],
            [TM_ID, 'hos-2'],
          ]);
        });
    });

    it('should refuse an action managed by its own owner (SUP-5)', () => {
      spec
        .given(completed())
        .when(commands.reviewFindings([{ actionId: 'a', action: 'Do it', ownerId: SW_ID, managerId: SW_ID, timescale: '2025-07-01' }]))
        .thenThrows(Code.MANAGER_IS_OWNER, { field: 'agreedActions.0.managerId', rule: 'SUP-5' });
    });

    it('should refuse an action due before the day the review is recorded, even if after the supervision (SUP-5)', () => {
      spec
        .given(completed())
        .when(commands.reviewFindings([{ actionId: 'a', action: 'Do it', ownerId: SW_ID, timescale: '2025-06-19' }]))
        .thenThrows(Code.TIMESCALE_BEFORE_REVIEW, { field: 'agreedActions.0.timescale', rule: 'SUP-5' });
      spec
        .given(completed())
        .when(commands.reviewFindings([{ actionId: 'a', action: 'Do it', ownerId: SW_ID, timescale: '2025-06-18' }], '2025-06-15'))
        .thenThrows(Code.TIMESCALE_BEFORE_REVIEW, { field: 'agreedActions.0.timescale', rule: 'SUP-5' });
      spec
        .given(completed())
        .when(commands.reviewFindings([{ actionId: 'a', action: 'Do it', ownerId: SW_ID, timescale: '2025-06-20' }], '2025-06-15'))
        .thenEvents((produced) => expect(produced).toHaveLength(1));
    });

    it('should refuse recording a review at a supervision not yet held (SUP-5)', () => {
      spec
        .given(completed())
        .when(commands.reviewFindings([], '2025-06-21'))
        .thenThrows(Code.REVIEW_IN_FUTURE, { field: 'supervisionDate', rule: 'SUP-5' });
    });

    it('should refuse a review at a supervision held before the audit (SUP-5)', () => {
      spec
        .given(completed())
        .when(commands.reviewFindings([], '2025-06-11'))
        .thenThrows(Code.REVIEW_BEFORE_AUDIT, { field: 'supervisionDate', rule: 'SUP-5' });
    });

    it('should refuse sending the copy to S&QA before the findings are reviewed (SUP-5)', () => {
      spec.given(completed()).when(commands.copySent()).thenThrows(Code.FINDINGS_NOT_REVIEWED, { rule: 'SUP-5' });
    });

    it('should still let the Head of Service acknowledge an escalation (SUP-3)', () => {
      spec
        .given([events.started(), events.escalated(), ...allAnswered('CASE').slice(1), events.completed()])
        .when(commands.acknowledge(hos))
        .then(events.acknowledged());
    });
  });

  describe('When the findings are reviewed', () => {
    const reviewed = () => [...allAnswered('CASE'), events.completed(), events.findingsReviewed()];

    it('should refuse a second review (SUP-5)', () => {
      spec.given(reviewed()).when(commands.reviewFindings([])).thenThrows(Code.FINDINGS_ALREADY_REVIEWED, { rule: 'SUP-5' });
    });

    it('should record the copy sent to S&QA, once (SUP-5)', () => {
      spec.given(reviewed()).when(commands.copySent()).then(events.copySent());
      spec.given([...reviewed(), events.copySent()]).when(commands.copySent()).thenThrows(Code.COPY_ALREADY_SENT, { rule: 'SUP-5' });
    });

    it('should give the agreed actions a remedial action source clocked from completion (SUP-5)', () => {
      const [review] = reviewed().slice(-1);
      expect(review?.type === 'SupervisionAuditFindingsReviewed' && review.data.agreedActions[0]?.source).toEqual({
        kind: 'SUPERVISION_AUDIT',
        id: SUPERVISION_AUDIT_ID,
        submittedAt: COMPLETED_AT,
      });
    });
  });
});

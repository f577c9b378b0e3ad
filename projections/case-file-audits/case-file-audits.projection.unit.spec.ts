import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { CASE_FILE_AUDIT_EVENT_TYPES, CRITERIA } from '../../libs/domain/src/index.js';
import {
  AUDITOR_ID,
  AUDIT_ID,
  HEAD_OF_SERVICE_ID,
  MODERATED_AT,
  NOW,
  PEN_PICTURE,
  SCHEDULED_AT,
  SOCIAL_WORKER_ID,
  STARTED_AT,
  TEAM_MANAGER_ID,
  events,
  familyAnswers,
  keyInformation,
} from '../../libs/domain/src/testing/case-file-audit.fixtures.js';
import type { CaseFileAuditDocument } from './case-file-audits.document.js';
import { caseFileAuditsProjection, evolveCaseFileAuditDocument as evolve } from './case-file-audits.projection.js';
import { recorded, stream } from './case-file-audits.test-support.js';

const fold = (history: readonly RecordedEvent[], from: CaseFileAuditDocument | null = null) =>
  history.reduce<CaseFileAuditDocument | null>((doc, event) => evolve(doc, event), from);

/** Every event type once, in an order the decider could have recorded them. */
const everyEventType = () =>
  stream([
    events.scheduled(),
    events.started(),
    events.keyInformationRecorded(),
    events.criterionGraded(2, 'INADEQUATE', 'Risk not reassessed'),
    events.inadequacyEscalated(1, 2, 'Risk not reassessed'),
    events.criterionMarkedNotApplicable(12, 'Placed in borough'),
    events.familyFeedbackRecorded(),
    events.familyFeedbackNotSought(),
    events.workerCommentsRecorded(),
    events.recommendationAdded('rec-1'),
    events.summaryRecorded(),
    events.submitted('REQUIRES_IMPROVEMENT', 'Inconsistent'),
  ]);

/** After the submission: the worker's discussion held, a moderation changing two grades, its acknowledgement. */
const afterSubmission = () => [
  recorded(events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_OFFERED'), 12),
  recorded(events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_HELD', '2025-06-20', null, '2025-06-20T10:00:00.000Z'), 13),
  recorded(events.moderated(false, 'The overall grade understated the risk'), 14, { staffId: HEAD_OF_SERVICE_ID, role: 'HEAD_OF_SERVICE', now: MODERATED_AT }),
  recorded(events.gradeModerated(2, 'INADEQUATE', 'REQUIRES_IMPROVEMENT', 'Risk reassessed within days'), 15, { staffId: HEAD_OF_SERVICE_ID, now: MODERATED_AT }),
  recorded(events.gradeModerated(null, 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'Child left at risk'), 16, { staffId: HEAD_OF_SERVICE_ID, now: MODERATED_AT }),
  recorded(events.inadequacyEscalated(2, null, 'Child left at risk', MODERATED_AT, HEAD_OF_SERVICE_ID), 17, { staffId: HEAD_OF_SERVICE_ID, now: MODERATED_AT }),
  recorded(events.moderationFeedbackAcknowledged('2025-07-03T09:00:00.000Z'), 18),
];

/** The whole life of an audit, every event type at least once. */
const wholeLife = () => [...everyEventType(), ...afterSubmission()];

describe('caseFileAudits projection', () => {
  it('should be caseFileAudits v2 over caseFileAudits.v2 indexed by auditor, team, status and the month submitted (CFA-2)', () => {
    expect(caseFileAuditsProjection.name).toBe('caseFileAudits');
    expect(caseFileAuditsProjection.version).toBe(2);
    expect(caseFileAuditsProjection.collection).toEqual({ name: 'caseFileAudits.v2', indexes: ['auditorId', 'teamId', 'status', 'submittedMonth'] });
    expect([...caseFileAuditsProjection.handles].sort()).toEqual([...CASE_FILE_AUDIT_EVENT_TYPES].sort());
    expect(new Set(wholeLife().map((e) => e.type))).toEqual(new Set(CASE_FILE_AUDIT_EVENT_TYPES));
  });

  describe('When an event of a case file audit stream arrives', () => {
    it('should touch the document of that audit', () => {
      expect(caseFileAuditsProjection.documentIds(recorded(events.started(), 1))).toEqual([AUDIT_ID]);
    });

    it('should touch nothing for another stream', () => {
      expect(caseFileAuditsProjection.documentIds({ ...recorded(events.started(), 1), streamId: 'remedialAction-1' })).toEqual([]);
    });
  });

  describe('When the audit is scheduled', () => {
    it('should hold the schedule, 16 ungraded criteria and an empty form', () => {
      const doc = fold(stream([events.scheduled()]));
      expect(doc).toEqual({
        id: AUDIT_ID,
        azeusNumber: 'AZ-104233',
        auditType: 'MONTHLY',
        auditorId: AUDITOR_ID,
        teamId: 'team-north-1',
        theme: null,
        dueDate: '2025-06-30',
        status: 'SCHEDULED',
        revision: 0,
        scheduledAt: SCHEDULED_AT,
        startedAt: null,
        submittedAt: null,
        lastUpdatedAt: NOW,
        lastUpdatedBy: { staffId: AUDITOR_ID, role: 'TEAM_MANAGER' },
        penPicture: null,
        keyInformation: null,
        criteria: CRITERIA.map((c) => ({
          number: c.number,
          title: c.title,
          status: 'UNGRADED',
          evaluation: null,
          grade: null,
          notApplicableReason: null,
          recordedAt: null,
        })),
        familyFeedback: null,
        workerComments: null,
        recommendations: [],
        summary: null,
        overallGrade: null,
        rationale: null,
        escalations: [],
      });
    });
  });

  describe('When the form is filled in and submitted', () => {
    const doc = () => fold(everyEventType())!;

    it('should be submitted at the last revision with its start and submission times', () => {
      expect(doc()).toMatchObject({
        status: 'SUBMITTED',
        revision: 11,
        startedAt: STARTED_AT,
        submittedAt: NOW,
        overallGrade: 'REQUIRES_IMPROVEMENT',
        rationale: 'Inconsistent',
      });
    });

    it('should hold section 1: pen picture and every key information field (CFA-12)', () => {
      expect(doc().penPicture).toBe(PEN_PICTURE);
      expect(doc().keyInformation).toEqual(keyInformation);
    });

    it('should hold section 2: graded and not applicable criteria beside ungraded ones (CFA-12)', () => {
      const criteria = doc().criteria;
      expect(criteria).toHaveLength(16);
      expect(criteria[1]).toMatchObject({ number: 2, status: 'GRADED', grade: 'INADEQUATE', evaluation: 'Risk not reassessed', recordedAt: NOW });
      expect(criteria[11]).toMatchObject({ number: 12, status: 'NOT_APPLICABLE', notApplicableReason: 'Placed in borough', grade: null });
      expect(criteria[0]).toMatchObject({ number: 1, status: 'UNGRADED' });
    });

    it('should hold section 3 as last recorded: here, why feedback was not sought (CFA-12)', () => {
      expect(doc().familyFeedback).toEqual({
        status: 'NOT_SOUGHT',
        answers: null,
        givenBy: null,
        reasonNotSought: 'Family declined contact during court proceedings',
        anotherManagerShouldSeek: true,
        recordedAt: NOW,
      });
    });

    it('should hold the family answers when feedback was given (CFA-12)', () => {
      const given = fold([recorded(events.familyFeedbackRecorded(), 3)], fold(stream([events.scheduled(), events.started(), events.keyInformationRecorded()])));
      expect(given!.familyFeedback).toEqual({
        status: 'GIVEN',
        answers: familyAnswers,
        givenBy: 'Mother',
        reasonNotSought: null,
        anotherManagerShouldSeek: null,
        recordedAt: NOW,
      });
    });

    it('should hold sections 4 and 5 (CFA-12)', () => {
      expect(doc().workerComments).toEqual({ comments: 'Agree with the findings; plan to be updated.', recordedAt: NOW });
      expect(doc().recommendations).toEqual([
        {
          recommendationId: 'rec-1',
          action: 'Update the CP plan with measurable outcomes',
          completionDate: '2025-07-15',
          responsible: 'Hannah Lewis (SW)',
          addedAt: NOW,
        },
      ]);
      expect(doc().summary).toEqual({ strengths: 'Child seen alone regularly', areasForImprovement: 'Plan not SMART', recordedAt: NOW });
    });

    it('should hold the immediate escalation naming the manager and social worker (CFA-13)', () => {
      expect(doc().escalations).toEqual([
        {
          escalationId: `${AUDIT_ID}:1`,
          scope: 'CRITERION',
          criterion: 2,
          reason: 'Risk not reassessed',
          teamManagerId: TEAM_MANAGER_ID,
          teamManagerName: keyInformation.teamManagerName,
          socialWorkerId: SOCIAL_WORKER_ID,
          socialWorkerName: keyInformation.socialWorkerName,
          escalatedBy: AUDITOR_ID,
          escalatedAt: NOW,
        },
      ]);
    });

    it('should name who last changed it', () => {
      const byWorker = evolve(doc(), recorded(events.workerCommentsRecorded('late note'), 12, { staffId: SOCIAL_WORKER_ID, role: 'SOCIAL_WORKER' }));
      expect(byWorker!.lastUpdatedBy).toEqual({ staffId: SOCIAL_WORKER_ID, role: 'SOCIAL_WORKER' });
    });
  });

  describe('When the audit is submitted with no record of how the worker took part (CFA-8)', () => {
    it('should have no worker involvement section: the query layer shows the gap', () => {
      expect(fold(everyEventType())!.workerInvolvement).toBeUndefined();
    });
  });

  describe('When a reflective discussion is offered and later held (CFA-8)', () => {
    it('should hold the latest record and every record in order', () => {
      const doc = fold(wholeLife())!;
      const offered = { involvement: 'REFLECTIVE_DISCUSSION_OFFERED', date: null, reason: null, recordedAt: NOW, recordedBy: AUDITOR_ID };
      const held = {
        involvement: 'REFLECTIVE_DISCUSSION_HELD',
        date: '2025-06-20',
        reason: null,
        recordedAt: '2025-06-20T10:00:00.000Z',
        recordedBy: AUDITOR_ID,
      };
      expect(doc.workerInvolvement).toEqual({ ...held, history: [offered, held] });
      // The outcome after submission changes no grade.
      expect(doc.overallGrade).toBe('REQUIRES_IMPROVEMENT');
    });
  });

  describe('When a senior manager moderates the audit (CFA-9)', () => {
    it('should show each grade as the auditor gave it and as moderated, with the reasons', () => {
      const moderation = fold(wholeLife())!.moderation!;
      expect(moderation).toMatchObject({
        status: 'CHANGED',
        moderatorId: HEAD_OF_SERVICE_ID,
        moderatorRole: 'HEAD_OF_SERVICE',
        feedback: 'The overall grade understated the risk',
        moderatedAt: MODERATED_AT,
        overall: { originalGrade: 'REQUIRES_IMPROVEMENT', moderatedGrade: 'INADEQUATE', changed: true, reason: 'Child left at risk' },
        feedbackAcknowledgedAt: '2025-07-03T09:00:00.000Z',
        feedbackAcknowledgedBy: AUDITOR_ID,
      });
      expect(moderation.criteria).toHaveLength(16);
      expect(moderation.criteria[1]).toEqual({
        number: 2,
        originalGrade: 'INADEQUATE',
        moderatedGrade: 'REQUIRES_IMPROVEMENT',
        changed: true,
        reason: 'Risk reassessed within days',
      });
      expect(moderation.criteria[0]).toEqual({ number: 1, originalGrade: null, moderatedGrade: null, changed: false, reason: null });
      expect(moderation.criteria[11]).toEqual({ number: 12, originalGrade: null, moderatedGrade: null, changed: false, reason: null });
    });

    it("should keep the auditor's grades in the form itself", () => {
      const doc = fold(wholeLife())!;
      expect(doc.overallGrade).toBe('REQUIRES_IMPROVEMENT');
      expect(doc.criteria[1]).toMatchObject({ grade: 'INADEQUATE' });
    });

    it('should hold the escalation of the grade moderated to Inadequate, naming the moderator (CFA-13)', () => {
      expect(fold(wholeLife())!.escalations[1]).toMatchObject({ scope: 'OVERALL', criterion: null, escalatedBy: HEAD_OF_SERVICE_ID });
    });

    it('should show an agreed moderation with every grade kept', () => {
      const doc = fold([...everyEventType(), recorded(events.moderated(true), 12)])!;
      expect(doc.moderation).toMatchObject({ status: 'AGREED', overall: { originalGrade: 'REQUIRES_IMPROVEMENT', moderatedGrade: 'REQUIRES_IMPROVEMENT', changed: false } });
      expect(doc.moderation!.criteria.every((row) => !row.changed && row.moderatedGrade === row.originalGrade)).toBe(true);
    });

    it('should keep the first moderation if a second one is recorded', () => {
      const first = fold([...everyEventType(), recorded(events.moderated(true, 'First'), 12)])!;
      const second = evolve(first, recorded(events.moderated(true, 'Second'), 13))!;
      expect(second.moderation!.feedback).toBe('First');
      expect(second.revision).toBe(13);
    });

    it('should not throw on malformed moderation events', () => {
      const doc = fold(everyEventType())!;
      const after = fold(
        [
          recorded({ type: 'CaseFileAuditGradeModerated', data: { criterion: 2, toGrade: 'GOOD' } }, 12),
          recorded({ type: 'CaseFileAuditModerated', data: null }, 13),
          recorded({ type: 'CaseFileAuditGradeModerated', data: { criterion: 2, toGrade: 'SUPERB' } }, 14),
          recorded({ type: 'CaseFileAuditWorkerInvolvementRecorded', data: { involvement: 'PHONED' } }, 15),
        ],
        doc,
      )!;
      expect(after.revision).toBe(15);
      expect(after.moderation).toMatchObject({ status: 'AGREED', moderatorId: '', feedback: '' });
      expect(after.moderation!.criteria[1]).toMatchObject({ originalGrade: 'INADEQUATE', moderatedGrade: 'INADEQUATE', changed: false });
      expect(after.workerInvolvement).toBeUndefined();
    });
  });

  describe('When the same event is delivered twice', () => {
    it.each(wholeLife().map((event, index) => [event.type, index] as const))(
      'should change nothing the second time: %s',
      (_type, index) => {
        const history = wholeLife();
        const once = fold(history.slice(0, index + 1));
        expect(evolve(once, history[index]!)).toBe(once);
      },
    );

    it('should end with the same document when a whole stream is delivered twice', () => {
      const history = wholeLife();
      expect(fold([...history, ...history])).toEqual(fold(history));
      expect(fold(history.flatMap((e) => [e, e]))).toEqual(fold(history));
    });

    it('should ignore an older event arriving after a newer one', () => {
      const history = everyEventType();
      const doc = fold(history);
      expect(evolve(doc, history[3]!)).toBe(doc);
    });
  });

  describe('When a recorded event does not fit', () => {
    it('should leave no document for events of an audit never scheduled', () => {
      expect(evolve(null, recorded(events.started(), 1))).toBeNull();
    });

    it('should not throw on malformed data and still advance the revision', () => {
      const doc = fold(stream([events.scheduled(), events.started()]))!;
      const malformed = [
        recorded({ type: 'CaseFileAuditCriterionGraded', data: { criterion: 99, grade: 'SUPERB' } }, 2),
        recorded({ type: 'CaseFileAuditKeyInformationRecorded', data: { keyInformation: 'none' } }, 3),
        recorded({ type: 'CaseFileAuditFamilyFeedbackRecorded', data: null }, 4),
        recorded({ type: 'CaseFileAuditRecommendationAdded', data: {} }, 5),
        recorded({ type: 'CaseFileAuditInadequacyEscalated', data: { criterion: 'two' } }, 6),
        { ...recorded({ type: 'CaseFileAuditSummaryRecorded', data: { strengths: 'Warm relationships' } }, 7), metadata: {} },
      ];
      const after = fold(malformed, doc)!;
      expect(after.revision).toBe(7);
      expect(after.criteria).toEqual(doc.criteria);
      expect(after.keyInformation).toBeNull();
      expect(after.recommendations).toEqual([]);
      expect(after.escalations).toEqual([expect.objectContaining({ escalationId: `${AUDIT_ID}:6`, scope: 'OVERALL', criterion: null })]);
      // Without a business time the store's time stands in; without an actor the last one is kept.
      expect(after.summary).toEqual({ strengths: 'Warm relationships', areasForImprovement: '', recordedAt: '2025-06-12T14:00:01.000Z' });
      expect(after.lastUpdatedBy).toEqual({ staffId: AUDITOR_ID, role: 'TEAM_MANAGER' });
    });

    it('should skip an event type it does not know', () => {
      const doc = fold(stream([events.scheduled()]))!;
      expect(evolve(doc, recorded({ type: 'CaseFileAuditArchived', data: {} }, 1))).toBe(doc);
    });

    it('should keep the first schedule if a second one is recorded', () => {
      const doc = fold(stream([events.scheduled()]))!;
      expect(evolve(doc, recorded(events.scheduled({ dueDate: '2030-01-01' }), 1))).toBe(doc);
    });
  });
});

describe('Given an audit applied through the projection (its evolve with the index fields)', () => {
  const through = (history: readonly RecordedEvent[]) =>
    history.reduce<CaseFileAuditDocument | null>((doc, event) => caseFileAuditsProjection.evolve(doc, event), null);

  describe('When it is only scheduled', () => {
    it('should have no submitted month, so no monthly quota (CFA-2) reads it', () => {
      expect(through(stream([events.scheduled()]))!.submittedMonth).toBeNull();
    });
  });

  describe('When it is submitted', () => {
    it('should be indexed by the month it was submitted in (CFA-2 counts audits by that month)', () => {
      const doc = through(everyEventType())!;
      expect(doc.submittedAt).toBe(NOW);
      expect(doc.submittedMonth).toBe(NOW.slice(0, 7));
    });
  });
});

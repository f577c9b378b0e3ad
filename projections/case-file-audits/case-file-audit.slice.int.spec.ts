import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { DocumentChange } from '../../libs/read-store/src/read-store.port.js';
import {
  CRITERION_NUMBERS,
  DomainError,
  caseFileAuditDecider,
  caseFileAuditStreamId,
  type CaseFileAuditCommand,
} from '../../libs/domain/src/index.js';
import {
  AUDITOR_ID,
  AUDIT_ID,
  AZEUS_NUMBER,
  PEN_PICTURE,
  TEAM_MANAGER_ID,
  familyAnswers,
  keyInformationInput,
  metadata,
} from '../../libs/domain/src/testing/case-file-audit.fixtures.js';
import type { CaseFileAuditDocument } from './case-file-audits.document.js';
import { CASE_FILE_AUDITS_COLLECTION, caseFileAuditsProjection } from './case-file-audits.projection.js';
import { getCaseFileAudit, listCaseFileAudits } from './case-file-audits.queries.js';

// The case file audit slice end to end on the embedded stores: commands through the one command
// handler into SQLite, the recorded events folded by the projection into the memory read store.
describe('Case file audit slice on SQLite and the memory read store', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const streamId = caseFileAuditStreamId(AUDIT_ID);
  const run = (command: CaseFileAuditCommand) => handleCommand(events, streamId, caseFileAuditDecider, command);

  /** What the projection runner does, in one batch: fold everything after the checkpoint and commit. */
  async function project(): Promise<void> {
    const checkpoint = await reads.checkpoint('caseFileAudits.v2');
    const recorded = await events.readAll(checkpoint === null ? {} : { after: checkpoint });
    if (recorded.length === 0) return;
    const documents = new Map<string, CaseFileAuditDocument | null>();
    for (const event of recorded) {
      if (!caseFileAuditsProjection.handles.includes(event.type)) continue;
      for (const id of caseFileAuditsProjection.documentIds(event)) {
        const current = documents.has(id)
          ? documents.get(id)!
          : await reads.get<CaseFileAuditDocument>(CASE_FILE_AUDITS_COLLECTION.name, id);
        documents.set(id, caseFileAuditsProjection.evolve(current, event));
      }
    }
    const changes: DocumentChange[] = [...documents].map(([id, document]) => ({
      collection: CASE_FILE_AUDITS_COLLECTION.name,
      id,
      document,
    }));
    await reads.commit('caseFileAudits.v2', checkpoint, recorded[recorded.length - 1]!.position, changes);
  }

  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    await reads.defineCollection(CASE_FILE_AUDITS_COLLECTION);
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When an audit is taken from scheduled to submitted', () => {
    it('should read back the whole form, submitted, at the stream revision', async () => {
      await run({
        type: 'ScheduleCaseFileAudit',
        data: { auditId: AUDIT_ID, azeusNumber: AZEUS_NUMBER, auditType: 'RANDOM_SAMPLE', auditorId: AUDITOR_ID, dueDate: '2025-06-30' },
        metadata: metadata({ staffId: 'sqa-1', role: 'SQA_OFFICER' }),
      });
      await run({ type: 'StartCaseFileAudit', data: { auditId: AUDIT_ID }, metadata: metadata() });
      await run({
        type: 'RecordKeyInformation',
        data: { auditId: AUDIT_ID, penPicture: PEN_PICTURE, keyInformation: keyInformationInput },
        metadata: metadata(),
      });
      for (const criterion of CRITERION_NUMBERS) {
        const command: CaseFileAuditCommand =
          criterion === 12
            ? { type: 'MarkCriterionNotApplicable', data: { auditId: AUDIT_ID, criterion, reason: 'Placed in borough' }, metadata: metadata() }
            : {
                type: 'GradeCriterion',
                data: { auditId: AUDIT_ID, criterion, evaluation: `Evidence ${criterion}`, grade: criterion === 2 ? 'INADEQUATE' : 'GOOD' },
                metadata: metadata(),
              };
        await run(command);
      }
      await run({ type: 'RecordFamilyFeedback', data: { auditId: AUDIT_ID, answers: familyAnswers, givenBy: 'Mother' }, metadata: metadata() });
      await run({ type: 'RecordWorkerComments', data: { auditId: AUDIT_ID, comments: 'Agreed' }, metadata: metadata() });
      await run({
        type: 'AddRecommendation',
        data: { auditId: AUDIT_ID, recommendationId: 'rec-1', action: 'Visit within 10 days', completionDate: '2025-06-22', responsible: 'SW' },
        metadata: metadata(),
      });
      await run({ type: 'RecordSummary', data: { auditId: AUDIT_ID, strengths: 'Child seen alone', areasForImprovement: 'Visits late' }, metadata: metadata() });
      const submitted = await run({
        type: 'SubmitCaseFileAudit',
        data: { auditId: AUDIT_ID, overallGrade: 'REQUIRES_IMPROVEMENT', rationale: 'Inconsistent practice' },
        metadata: metadata(),
      });
      await project();

      const audit = await getCaseFileAudit(reads, AUDIT_ID);
      expect(audit).toMatchObject({
        status: 'SUBMITTED',
        revision: submitted.revision,
        auditType: 'RANDOM_SAMPLE',
        overallGrade: 'REQUIRES_IMPROVEMENT',
        keyInformation: keyInformationInput,
        familyFeedback: { status: 'GIVEN', givenBy: 'Mother' },
        workerComments: { comments: 'Agreed' },
        summary: { strengths: 'Child seen alone' },
        lastUpdatedBy: { staffId: AUDITOR_ID, role: 'TEAM_MANAGER' },
      });
      expect(audit!.criteria.map((c) => c.status).filter((s) => s === 'UNGRADED')).toEqual([]);
      // CFA-13: criterion 2 graded Inadequate was escalated once, naming the team manager.
      expect(audit!.escalations).toEqual([expect.objectContaining({ scope: 'CRITERION', criterion: 2, teamManagerId: TEAM_MANAGER_ID })]);
      expect(await listCaseFileAudits(reads, { auditorId: AUDITOR_ID, status: 'SUBMITTED' })).toHaveLength(1);
    });
  });

  describe('When a command is refused or retried', () => {
    it('should append nothing', async () => {
      const schedule: CaseFileAuditCommand = {
        type: 'ScheduleCaseFileAudit',
        data: { auditId: AUDIT_ID, azeusNumber: AZEUS_NUMBER, auditType: 'MONTHLY', auditorId: AUDITOR_ID, dueDate: '2025-06-30' },
        metadata: metadata(),
      };
      await run(schedule);
      await expect(
        run({ type: 'StartCaseFileAudit', data: { auditId: AUDIT_ID }, metadata: metadata({ staffId: 'someone-else' }) }),
      ).rejects.toBeInstanceOf(DomainError);
      await expect(run(schedule)).resolves.toMatchObject({ appended: 0, duplicate: true });
      expect(await events.readStream(streamId)).toHaveLength(1);
    });
  });
});

import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { DocumentChange } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  CASE_SUPERVISION_QUESTIONS,
  supervisionAuditDecider,
  supervisionAuditStreamId,
  type SupervisionAuditCommand,
} from '../../libs/domain/src/supervision-audit/index.js';
import { HOS_ID, SUPERVISION_AUDIT_ID, TM_ID, commands } from '../../libs/domain/src/supervision-audit/supervision-audit.fixtures.js';
import type { SupervisionAuditDocument } from './supervision-audits.document.js';
import { SUPERVISION_AUDITS_COLLECTION, supervisionAuditsProjection } from './supervision-audits.projection.js';
import { getSupervisionAudit, listOpenSupervisionAuditEscalations } from './supervision-audits.queries.js';

// The supervision audit slice end to end on the embedded stores: commands through the one command
// handler into SQLite, the recorded events folded by the projection into the memory read store.
describe('Supervision audit slice on SQLite and the memory read store', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  let sequence = 0;
  const streamId = supervisionAuditStreamId(SUPERVISION_AUDIT_ID);
  /** Each request has its own command id, as at the edge. */
  const run = (command: SupervisionAuditCommand) => {
    const commandId = `cmd-${++sequence}`;
    return handleCommand(events, streamId, supervisionAuditDecider, {
      ...command,
      metadata: { ...command.metadata, commandId, correlationId: commandId, causationId: commandId },
    } as SupervisionAuditCommand);
  };

  /** What the projection runner does, in one batch: fold everything after the checkpoint and commit. */
  async function project(): Promise<void> {
    const checkpoint = await reads.checkpoint('supervisionAudits.v3');
    const recorded = await events.readAll(checkpoint === null ? {} : { after: checkpoint });
    if (recorded.length === 0) return;
    const documents = new Map<string, SupervisionAuditDocument | null>();
    for (const event of recorded) {
      if (!supervisionAuditsProjection.handles.includes(event.type)) continue;
      for (const id of supervisionAuditsProjection.documentIds(event)) {
        const current = documents.has(id)
          ? documents.get(id)!
          : await reads.get<SupervisionAuditDocument>(SUPERVISION_AUDITS_COLLECTION.name, id);
        documents.set(id, supervisionAuditsProjection.evolve(current, event));
      }
    }
    const changes: DocumentChange[] = [...documents].map(([id, document]) => ({ collection: SUPERVISION_AUDITS_COLLECTION.name, id, document }));
    await reads.commit('supervisionAudits.v3', checkpoint, recorded[recorded.length - 1]!.position, changes);
  }

  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    await reads.defineCollection(SUPERVISION_AUDITS_COLLECTION);
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When a Head of Service audits a Team Manager case supervision and finds the child not safe (SUP-1, SUP-3, SUP-5)', () => {
    it('should read back the escalation open, then the completed audit reviewed and copied to S&QA', async () => {
      await run(commands.startCase());
      for (const question of CASE_SUPERVISION_QUESTIONS) {
        await run(
          question.key === 'CHILD_SAFE'
            ? commands.answer(question.key, 'NO', { comments: 'No safety plan', headOfServiceId: HOS_ID })
            : commands.answer(question.key, 'YES', question.key === 'REGULAR_SUPERVISION' ? { numberOfSupervisions: 4 } : {}),
        );
      }
      await project();
      expect(ids(await listOpenSupervisionAuditEscalations(reads, { headOfServiceId: HOS_ID }))).toEqual([SUPERVISION_AUDIT_ID]);

      await run(commands.acknowledge());
      await run(commands.complete());
      await run(commands.reviewFindings([{ actionId: 'act-1', action: 'Safety plan within 5 days', ownerId: TM_ID, timescale: '2025-06-25' }]));
      const last = await run(commands.copySent());
      await project();

      const audit = await getSupervisionAudit(reads, SUPERVISION_AUDIT_ID);
      expect(audit).toMatchObject({
        status: 'COMPLETED',
        revision: last.revision,
        escalation: { headOfServiceId: HOS_ID, comments: 'No safety plan', acknowledgedBy: HOS_ID },
        findingsReview: { agreedActions: [expect.objectContaining({ actionId: 'act-1', source: expect.objectContaining({ kind: 'SUPERVISION_AUDIT' }) })] },
      });
      expect(audit!.copySentToSqaAt).not.toBeNull();
      expect(await listOpenSupervisionAuditEscalations(reads)).toEqual([]);
      expect((await events.readStream(streamId)).filter((e) => e.type === 'SupervisionAuditChildSafetyEscalated')).toHaveLength(1);
    });
  });

  describe('When a completed audit is asked to change an answer', () => {
    it('should refuse and append nothing', async () => {
      await run(commands.startCase());
      for (const question of CASE_SUPERVISION_QUESTIONS) {
        await run(commands.answer(question.key, 'YES', question.key === 'REGULAR_SUPERVISION' ? { numberOfSupervisions: 6 } : {}));
      }
      await run(commands.complete());
      const before = (await events.readStream(streamId)).length;
      await expect(run(commands.answer('MANAGEMENT_SUPPORT', 'NO'))).rejects.toBeInstanceOf(DomainError);
      expect(await events.readStream(streamId)).toHaveLength(before);
    });
  });
});

const ids = (docs: readonly SupervisionAuditDocument[]) => docs.map((d) => d.id);

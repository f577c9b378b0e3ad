import { randomUUID } from 'node:crypto';
import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import { inspectorAccessDecider, inspectorAccessStreamId, type InspectorAccessCommand } from '../../libs/domain/src/index.js';
import {
  DURING,
  FROM,
  INSPECTOR_ID,
  NOW,
  UNTIL,
  grantInput,
  metadata as fixtureMetadata,
  noStaff,
  sqaManager,
} from '../../libs/domain/src/inspector-access/inspector-access.fixtures.js';
import { inspectorAccessGrantsProjection } from './inspector-access-grants.projection.js';
import { activeInspectorAccessGrant, listInspectorAccessGrants } from './inspector-access-grants.queries.js';

// Inspector access end to end on the embedded stores: commands through the one command handler
// into SQLite, folded by runToHead into the memory read store, read by the queries.
describe('Inspector access slice on SQLite and the memory read store (issue 6 item 3)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  const metadata = (now: string) => {
    const commandId = randomUUID();
    return { ...fixtureMetadata(sqaManager, now), commandId, correlationId: commandId, causationId: commandId };
  };
  const on = (grantId: string, command: InspectorAccessCommand) => handleCommand(events, inspectorAccessStreamId(grantId), inspectorAccessDecider, command);
  const grant = (grantId: string, overrides: Partial<typeof grantInput> = {}): InspectorAccessCommand => ({
    type: 'GrantInspectorAccess',
    data: { grantId, ...grantInput, ...overrides, facts: noStaff },
    metadata: metadata(NOW),
  });

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When a fortnight is granted, a second grant revoked and a bad window refused', () => {
    it('should let the inspector read within the fortnight only, and append nothing for the refusal', async () => {
      await on('g-1', grant('g-1'));
      await on('g-2', grant('g-2', { from: null, until: DURING }));
      await on('g-2', { type: 'RevokeInspectorAccess', data: { grantId: 'g-2', reason: 'Sent in error' }, metadata: metadata('2025-06-03T09:00:00.000Z') });
      const head = await events.headPosition();
      await expect(on('g-3', grant('g-3', { until: '2025-06-01T00:00:00Z' }))).rejects.toMatchObject({
        code: 'INSPECTOR_ACCESS.UNTIL_IN_PAST',
        field: 'until',
        rule: 'INSP-2',
      });
      expect(await events.headPosition()).toBe(head);

      await runToHead(events, reads, [inspectorAccessGrantsProjection]);
      expect((await activeInspectorAccessGrant(reads, INSPECTOR_ID, '2025-06-02T12:00:00.000Z'))?.grantId).toBe('g-2');
      expect(await activeInspectorAccessGrant(reads, INSPECTOR_ID, '2025-06-04T12:00:00.000Z')).toBeNull();
      expect((await activeInspectorAccessGrant(reads, INSPECTOR_ID, FROM))?.grantId).toBe('g-1');
      expect(await activeInspectorAccessGrant(reads, INSPECTOR_ID, UNTIL)).toBeNull();
      expect((await listInspectorAccessGrants(reads, { state: 'REVOKED' }, DURING)).map((g) => g.grantId)).toEqual(['g-2']);
    });
  });
});

import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { AFTER, DURING, FROM, INSPECTOR_ID, NOW, UNTIL, events } from '../../libs/domain/src/inspector-access/inspector-access.fixtures.js';
import type { InspectorAccessGrantDocument } from './inspector-access-grants.document.js';
import { INSPECTOR_ACCESS_GRANTS_COLLECTION, evolveInspectorAccessGrantDocument as evolve } from './inspector-access-grants.projection.js';
import { activeInspectorAccessGrant, getInspectorAccessGrant, listInspectorAccessGrants } from './inspector-access-grants.queries.js';
import { stream } from './inspector-access-grants.test-support.js';

describe('Inspector access grant queries (issue 6 item 3)', () => {
  let store: MemoryReadStore;

  /** Folds each grant's stream and commits the documents, as the runner would. */
  async function given(grants: Record<string, Parameters<typeof stream>[0]>): Promise<void> {
    const changes = Object.entries(grants).map(([grantId, history]) => ({
      collection: INSPECTOR_ACCESS_GRANTS_COLLECTION.name,
      id: grantId,
      document: stream(history, { grantId }).reduce<InspectorAccessGrantDocument | null>((d, e) => evolve(d, e), null),
    }));
    await store.commit('inspectorAccessGrants.v1', null, 1n, changes);
  }

  beforeEach(async () => {
    store = new MemoryReadStore();
    await store.defineCollection(INSPECTOR_ACCESS_GRANTS_COLLECTION);
  });
  afterEach(() => store.close());

  describe('Given a fortnight granted to an inspector, a later week revoked, and a grant to another inspector', () => {
    beforeEach(() =>
      given({
        'g-june': [events.granted()],
        'g-july': [events.granted({ from: '2025-07-01T08:00:00.000Z', until: '2025-07-08T08:00:00.000Z' }), events.revoked('Postponed', NOW)],
        'g-other': [events.granted({ inspectorId: 'insp-other' })],
      }),
    );

    describe('When the actor resolution asks whether the inspector may read', () => {
      it('should answer the grant from its from (inclusive) until its until (exclusive), and none outside it', async () => {
        expect(await activeInspectorAccessGrant(store, INSPECTOR_ID, NOW)).toBeNull();
        expect((await activeInspectorAccessGrant(store, INSPECTOR_ID, FROM))?.grantId).toBe('g-june');
        expect((await activeInspectorAccessGrant(store, INSPECTOR_ID, new Date(DURING)))?.grantId).toBe('g-june');
        expect(await activeInspectorAccessGrant(store, INSPECTOR_ID, UNTIL)).toBeNull();
        expect(await activeInspectorAccessGrant(store, INSPECTOR_ID, AFTER)).toBeNull();
      });

      it('should answer none within a revoked window', async () => {
        expect(await activeInspectorAccessGrant(store, INSPECTOR_ID, '2025-07-02T08:00:00.000Z')).toBeNull();
      });

      it('should answer none for a subject with no grant, and never another inspector’s', async () => {
        expect(await activeInspectorAccessGrant(store, 'insp-unknown', DURING)).toBeNull();
        expect((await activeInspectorAccessGrant(store, 'insp-other', DURING))?.inspectorId).toBe('insp-other');
      });
    });

    describe('When S&QA list the grants', () => {
      it('should list them latest window first, filtered by inspector and by where they stand at the time asked', async () => {
        expect((await listInspectorAccessGrants(store, {}, DURING)).map((d) => d.grantId)).toEqual(['g-july', 'g-june', 'g-other']);
        expect((await listInspectorAccessGrants(store, { inspectorId: INSPECTOR_ID }, DURING)).map((d) => d.grantId)).toEqual(['g-july', 'g-june']);
        expect((await listInspectorAccessGrants(store, { state: 'ACTIVE' }, DURING)).map((d) => d.grantId)).toEqual(['g-june', 'g-other']);
        expect((await listInspectorAccessGrants(store, { state: 'REVOKED' }, DURING)).map((d) => d.grantId)).toEqual(['g-july']);
        expect((await listInspectorAccessGrants(store, { state: 'SCHEDULED' }, NOW)).map((d) => d.grantId)).toEqual(['g-june', 'g-other']);
        expect((await listInspectorAccessGrants(store, { state: 'EXPIRED' }, AFTER)).map((d) => d.grantId)).toEqual(['g-june', 'g-other']);
        expect(await getInspectorAccessGrant(store, 'g-none')).toBeNull();
      });
    });
  });
});

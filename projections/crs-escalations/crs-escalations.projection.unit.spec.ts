import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { CRS_ESCALATION_EVENT_TYPES, type CrsEscalationEvent } from '../../libs/domain/src/crs-escalation/index.js';
import {
  AGREED_ACTION,
  AZEUS_NUMBER,
  DIRECTOR_ID,
  ESCALATION_ID,
  HOS_ID,
  IRO_ID,
  RAISED_AT,
  RESOLVED_AT,
  TEAM_ID,
  TM_ID,
  events,
} from '../../libs/domain/src/crs-escalation/crs-escalation.fixtures.js';
import type { CrsEscalationDocument } from './crs-escalations.document.js';
import { CRS_ESCALATIONS_COLLECTION, crsEscalationsProjection, evolveCrsEscalationDocument as evolve } from './crs-escalations.projection.js';
import {
  getCrsEscalation,
  listCrsEscalationsByCase,
  listCrsEscalationsByRaiser,
  listCrsEscalationsByRecipient,
  listOverdueCrsEscalations,
} from './crs-escalations.queries.js';
import { recorded, stream } from './crs-escalations.test-support.js';

const fold = (history: readonly RecordedEvent[], from: CrsEscalationDocument | null = null) =>
  history.reduce<CrsEscalationDocument | null>((doc, event) => evolve(doc, event), from);

/** Every event type once, in an order the decider could have recorded them. */
const wholeLife = () =>
  stream([
    events.raised(),
    events.notificationSent(),
    events.escalated('INFORMAL', 'FORMAL_STAGE_1', TM_ID),
    events.responded('FORMAL_STAGE_1'),
    events.resolved('FORMAL_STAGE_1', [AGREED_ACTION]),
  ]);

describe('crsEscalations projection (CRS-1)', () => {
  it('should be crsEscalations v2 over crsEscalations.v2, indexed by status, case, recipient, raiser, TM and the month it closed', () => {
    expect(crsEscalationsProjection.name).toBe('crsEscalations');
    expect(crsEscalationsProjection.version).toBe(2);
    expect(CRS_ESCALATIONS_COLLECTION).toEqual({ name: 'crsEscalations.v2', indexes: ['status', 'azeusNumber', 'recipientId', 'raisedBy', 'teamManagerId', 'closedMonth'] });
    expect(new Set([...wholeLife(), ...stream([events.raised(), events.withdrawn()])].map((e) => e.type))).toEqual(new Set(CRS_ESCALATION_EVENT_TYPES));
  });

  describe('When an event of an escalation stream arrives', () => {
    it('should touch the document of that escalation, and nothing for another stream', () => {
      const event = recorded(events.withdrawn(), 3);
      expect(crsEscalationsProjection.documentIds(event)).toEqual([ESCALATION_ID]);
      expect(crsEscalationsProjection.documentIds({ ...event, streamId: 'caseFileAudit-1' })).toEqual([]);
    });
  });

  describe('When an IRO raises an escalation', () => {
    it('should hold the case, the concern, who it is with and who was told (CRS-1)', () => {
      expect(fold(stream([events.raised()]))).toMatchObject({
        id: ESCALATION_ID,
        azeusNumber: AZEUS_NUMBER,
        teamId: TEAM_ID,
        raisedBy: IRO_ID,
        raisedByRole: 'IRO',
        teamManagerId: TM_ID,
        status: 'OPEN',
        stage: 'INFORMAL',
        recipientId: TM_ID,
        stages: [{ stage: 'INFORMAL', recipientId: TM_ID, startedAt: RAISED_AT, notified: [{ staffId: TM_ID, as: 'RECIPIENT' }], respondedAt: null }],
        closedAt: null,
        revision: 0,
      });
    });
  });

  describe('When the whole life of an escalation is applied', () => {
    it('should show the notification, each stage, the response and the resolution with its actions (CRS-1)', () => {
      const doc = fold(wholeLife());
      expect(doc).toMatchObject({
        status: 'RESOLVED',
        stage: 'FORMAL_STAGE_1',
        recipientId: TM_ID,
        notifications: [{ notificationId: 'n-1', recipients: [TM_ID], channel: 'LOG' }],
        resolution: { resolution: 'FORMAL', stage: 'FORMAL_STAGE_1', agreedActions: [AGREED_ACTION], resolvedBy: IRO_ID, resolvedAt: RESOLVED_AT },
        closedAt: RESOLVED_AT,
        revision: 4,
      });
      expect(doc?.stages.map((s) => [s.stage, s.respondedBy, s.endedAt])).toEqual([
        ['INFORMAL', null, '2025-06-18T09:00:00.000Z'],
        ['FORMAL_STAGE_1', TM_ID, null],
      ]);
    });

    it('should show a withdrawal, the unanswered stage ended then (CRS-1)', () => {
      expect(fold(stream([events.raised(), events.withdrawn()]))).toMatchObject({
        status: 'WITHDRAWN',
        withdrawal: { reason: 'Raised on the wrong case', withdrawnBy: IRO_ID },
        closedAt: '2025-06-18T09:00:00.000Z',
        stages: [{ endedAt: '2025-06-18T09:00:00.000Z' }],
      });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should build the same document as delivering each once', () => {
      const once = fold(wholeLife());
      expect(fold(wholeLife().flatMap((event) => [event, event]))).toEqual(once);
    });

    it('should return the same document for an event at or below its revision', () => {
      const history = wholeLife();
      const doc = fold(history);
      expect(evolve(doc, history[1]!)).toBe(doc);
      expect(evolve(doc, history[history.length - 1]!)).toBe(doc);
    });
  });

  describe('When an event arrives before the raising, or of an unknown type, or malformed', () => {
    it('should ignore it without throwing', () => {
      expect(evolve(null, recorded(events.responded(), 0))).toBeNull();
      const doc = fold(stream([events.raised()]));
      expect(evolve(doc, recorded({ type: 'CrsEscalationSomethingElse', data: {} }, 1))).toBe(doc);
      expect(evolve(doc, recorded({ type: 'CrsEscalationEscalated', data: { stage: 'STAGE_9' } }, 1))?.stages).toHaveLength(1);
      expect(fold([recorded({ type: 'CrsEscalationRaised', data: null }, 0)])).toMatchObject({ status: 'OPEN', stage: 'INFORMAL' });
    });
  });
});

// Four escalations: e-open (informal, due 2025-06-19), e-hos (serious, with the HoS, due 2025-06-19),
// e-late-answer (answered late), e-closed (withdrawn after going overdue), e-other (another case, raised later).
const escalations: Record<string, CrsEscalationEvent[]> = {
  'e-open': [events.raised()],
  'e-hos': [
    events.raised({
      serious: true,
      stage: 'FORMAL_STAGE_2',
      recipientId: HOS_ID,
      notified: [
        { staffId: HOS_ID, as: 'RECIPIENT' },
        { staffId: TM_ID, as: 'TEAM_MANAGER' },
      ],
    }),
  ],
  'e-late-answer': [events.raised(), events.responded('INFORMAL', TM_ID, '2025-06-24T09:00:00.000Z')],
  'e-closed': [events.raised(), events.withdrawn('INFORMAL', '2025-06-25T09:00:00.000Z')],
  'e-other': [events.raised({ azeusNumber: 'AZ-200', raisedBy: 'cpc-1', raisedAt: '2025-06-20T09:00:00.000Z' })],
};

async function storeWithEscalations(twice = false): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(CRS_ESCALATIONS_COLLECTION);
  const changes = Object.entries(escalations).map(([escalationId, history]) => {
    const delivered = stream(history, { escalationId });
    const document = (twice ? delivered.flatMap((e) => [e, e]) : delivered).reduce<CrsEscalationDocument | null>(
      (doc, event) => crsEscalationsProjection.evolve(doc, event),
      null,
    );
    return { collection: CRS_ESCALATIONS_COLLECTION.name, id: escalationId, document };
  });
  await store.commit('crsEscalations.v2', null, 100n, changes);
  return store;
}

const ids = (views: readonly { id: string }[]) => views.map((v) => v.id);

describe('CRS escalation queries (CRS-1)', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = await storeWithEscalations();
  });

  describe('When asked for one escalation at an instant', () => {
    it('should give its stage clock at that instant, or null for an unknown id (CRS-1)', async () => {
      expect(await getCrsEscalation(store, 'e-open', { asOf: '2025-06-18T09:00:00Z' })).toMatchObject({
        overdue: false,
        clock: { stage: 'INFORMAL', dueOn: '2025-06-19', state: 'RUNNING' },
      });
      expect(await getCrsEscalation(store, 'e-open', { asOf: '2025-06-23T09:00:00Z' })).toMatchObject({
        overdue: true,
        clock: { state: 'OVERDUE', workingDaysLate: 2, daysLate: 4 },
      });
      expect(await getCrsEscalation(store, 'nope')).toBeNull();
    });
  });

  describe('When listing open escalations past their stage clock', () => {
    it('should list those open and overdue as at the instant, for one recipient when named (CRS-1)', async () => {
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-19T12:00:00Z' }))).toEqual([]);
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-23T09:00:00Z' }))).toEqual(['e-closed', 'e-hos', 'e-late-answer', 'e-open']);
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-26T09:00:00Z' }))).toEqual(['e-hos', 'e-open']);
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-26T09:00:00Z', recipientId: HOS_ID }))).toEqual(['e-hos']);
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-30T09:00:00Z' }))).toEqual(['e-hos', 'e-open', 'e-other']);
    });

    it('should use the working days passed in (CRS-1)', async () => {
      const days = { INFORMAL: 10, FORMAL_STAGE_1: 10, FORMAL_STAGE_2: 2, FORMAL_STAGE_3: 10 };
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-17T09:00:00Z', responseDays: days }))).toEqual(['e-hos']);
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-20T09:00:00Z', nonWorkingDays: ['2025-06-16'] }))).toEqual([]);
    });
  });

  describe('When listing by case, recipient and raiser', () => {
    it('should list a case newest first, with a status filter and overdueOnly (CRS-1)', async () => {
      expect(ids(await listCrsEscalationsByCase(store, AZEUS_NUMBER, { asOf: '2025-06-23T09:00:00Z' }))).toEqual([
        'e-closed',
        'e-hos',
        'e-late-answer',
        'e-open',
      ]);
      expect(ids(await listCrsEscalationsByCase(store, AZEUS_NUMBER, { status: 'WITHDRAWN' }))).toEqual(['e-closed']);
      expect(ids(await listCrsEscalationsByCase(store, AZEUS_NUMBER, { asOf: '2025-06-26T09:00:00Z', overdueOnly: true }))).toEqual(['e-hos', 'e-open']);
    });

    it('should list what is with a recipient now, and what a chair raised (CRS-1)', async () => {
      expect(ids(await listCrsEscalationsByRecipient(store, HOS_ID))).toEqual(['e-hos']);
      expect(ids(await listCrsEscalationsByRecipient(store, TM_ID, { status: 'OPEN' }))).toEqual(['e-other', 'e-late-answer', 'e-open']);
      expect(ids(await listCrsEscalationsByRaiser(store, 'cpc-1'))).toEqual(['e-other']);
      expect(ids(await listCrsEscalationsByRecipient(store, DIRECTOR_ID))).toEqual([]);
    });
  });

  describe('When asOf is not an instant, or a document has an unreadable time', () => {
    it('should refuse the asOf naming it, and show no clock for that document without failing the list', async () => {
      await expect(listOverdueCrsEscalations(store, { asOf: 'tomorrow' })).rejects.toMatchObject({ field: 'asOf' });
      const broken = fold(stream([events.raised({ raisedAt: 'not a time' })], { escalationId: 'e-broken' }));
      await store.commit('crsEscalations.v2', 100n, 101n, [{ collection: CRS_ESCALATIONS_COLLECTION.name, id: 'e-broken', document: broken }]);
      expect(await getCrsEscalation(store, 'e-broken', { asOf: '2025-06-23T09:00:00Z' })).toMatchObject({ clock: null, overdue: false });
      expect(ids(await listOverdueCrsEscalations(store, { asOf: '2025-06-23T09:00:00Z' }))).toEqual(['e-closed', 'e-hos', 'e-late-answer', 'e-open']);
    });
  });

  describe('When every event was delivered twice', () => {
    it('should answer the same', async () => {
      const twice = await storeWithEscalations(true);
      const asOf = '2025-06-23T09:00:00Z';
      expect(await listOverdueCrsEscalations(twice, { asOf })).toEqual(await listOverdueCrsEscalations(store, { asOf }));
    });
  });
});

describe('Given an escalation applied through the projection (its evolve with the overdue view\'s month index)', () => {
  const through = (history: readonly RecordedEvent[]) =>
    history.reduce<CrsEscalationDocument | null>((doc, event) => crsEscalationsProjection.evolve(doc, event), null)!;

  describe('When it has been raised and not closed (CRS-1)', () => {
    it('should be OPEN: its stage clock may run', () => {
      expect(through(stream([events.raised()])).closedMonth).toBe('OPEN');
    });
  });

  describe('When it has been resolved, or withdrawn', () => {
    it('should be closed in the UTC month it closed, as the document records it', () => {
      for (const doc of [through(wholeLife()), through(stream([events.raised(), events.withdrawn()]))]) {
        expect(doc.closedAt).not.toBeNull();
        expect(doc.closedMonth).toBe(new Date(doc.closedAt!).toISOString().slice(0, 7));
      }
    });
  });
});

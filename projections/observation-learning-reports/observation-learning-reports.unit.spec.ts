import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { observationLearningReportStreamId, type ObservationLearningReportEvent } from '../../libs/domain/src/observation-learning-report/index.js';
import { HOS_ID, NOW, OTHER_HOS_ID, REPORT_ID, YEAR, content, events } from '../../libs/domain/src/observation-learning-report/observation-learning-report.fixtures.js';
import { STAFF_COLLECTION, staffProjection } from '../staff/staff.projection.js';
import type { StaffMemberDocument } from '../staff/staff.document.js';
import type { ObservationLearningReportDocument } from './observation-learning-reports.document.js';
import { OBSERVATION_LEARNING_REPORTS_COLLECTION, observationLearningReportsProjection } from './observation-learning-reports.projection.js';
import {
  headsOfServiceWithoutObservationLearningReport,
  listObservationLearningReports,
  observationLearningReportFor,
  serviceAreasHeadedBy,
} from './observation-learning-reports.queries.js';
import { TEAMS_COLLECTION, teamsProjection } from '../teams/teams.projection.js';
import type { TeamDocument } from '../teams/teams.document.js';

let position = 1n;
function recorded(event: ObservationLearningReportEvent | { type: string; data: unknown }, revision: number, headOfServiceId = HOS_ID, year = YEAR): RecordedEvent {
  const p = position++;
  return {
    eventId: `e-${p}`,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: { schemaVersion: 1, actor: { staffId: headOfServiceId, role: 'HEAD_OF_SERVICE' }, now: NOW, commandId: `c-${p}`, correlationId: `c-${p}`, causationId: `c-${p}` },
    streamId: observationLearningReportStreamId(headOfServiceId, year),
    revision,
    position: p,
    created: new Date(NOW),
  };
}

const evolve = observationLearningReportsProjection.evolve;
const fold = (history: readonly RecordedEvent[], from: ObservationLearningReportDocument | null = null) =>
  history.reduce<ObservationLearningReportDocument | null>((doc, event) => evolve(doc, event), from);

const submittedLife = () => [recorded(events.drafted(), 0), recorded(events.drafted({ strengths: 'Clear plans' }), 1), recorded(events.submitted(), 2)];

function head(staffId: string, startDate = '2019-01-01', leavingDate: string | null = null): StaffMemberDocument {
  return {
    id: staffId,
    staffId,
    name: staffId,
    role: 'HEAD_OF_SERVICE',
    teamId: null,
    lineManagerId: null,
    startDate,
    leavingDate,
    status: leavingDate === null ? 'ACTIVE' : 'LEFT',
    inAsye: false,
    needsPerformanceSupport: false,
    history: {
      role: [{ value: 'HEAD_OF_SERVICE', effectiveFrom: startDate }],
      teamId: [{ value: null, effectiveFrom: startDate }],
      lineManagerId: [{ value: null, effectiveFrom: startDate }],
      inAsye: [{ value: false, effectiveFrom: startDate }],
      needsPerformanceSupport: [{ value: false, effectiveFrom: startDate }],
    },
    revision: 0,
    registeredAt: NOW,
    lastUpdatedAt: NOW,
  };
}

async function storeWith(reports: Record<string, RecordedEvent[]>, deliverTwice = false): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(STAFF_COLLECTION);
  await store.defineCollection(OBSERVATION_LEARNING_REPORTS_COLLECTION);
  const heads = [head(HOS_ID), head(OTHER_HOS_ID), head('hos-003', '2026-03-01'), head('hos-004', '2019-01-01', '2025-06-30')];
  await store.commit(staffProjection.name, null, 1n, heads.map((h) => ({ collection: STAFF_COLLECTION.name, id: h.id, document: h })));
  const changes = Object.entries(reports).map(([id, history]) => ({
    collection: OBSERVATION_LEARNING_REPORTS_COLLECTION.name,
    id,
    document: fold(history.flatMap((e) => (deliverTwice ? [e, e] : [e]))),
  }));
  await store.commit(observationLearningReportsProjection.name, null, 1n, changes);
  return store;
}

describe('When a report is drafted, redrafted and submitted (OBS-6)', () => {
  it('should hold the last draft and the submission', () => {
    expect(fold(submittedLife())).toEqual({
      id: REPORT_ID,
      revision: 2,
      status: 'SUBMITTED',
      headOfServiceId: HOS_ID,
      year: YEAR,
      serviceAreaId: 'assess',
      ...content,
      strengths: 'Clear plans',
      firstDraftedAt: NOW,
      lastDraftedAt: NOW,
      submittedAt: NOW,
      lastUpdatedAt: NOW,
    });
  });

  it('should ignore a submission that arrives without a draft', () => {
    expect(fold([recorded(events.submitted(), 0)])).toBeNull();
  });
});

describe('When every event is delivered twice (OBS-6)', () => {
  it('should give the same document as delivering each once', () => {
    const once = fold(submittedLife());
    const twice = submittedLife().reduce<ObservationLearningReportDocument | null>((doc, event) => evolve(evolve(doc, event), event), null);
    expect(twice).toEqual(once);
  });
});

describe('When reports are in the read store (OBS-6)', () => {
  it('should find a Head of Service’s report for a year and list by filters', async () => {
    const store = await storeWith({ [REPORT_ID]: submittedLife(), [`${OTHER_HOS_ID}-${YEAR}`]: [recorded(events.drafted({ headOfServiceId: OTHER_HOS_ID, reportId: `${OTHER_HOS_ID}-${YEAR}` }), 0, OTHER_HOS_ID)] });
    expect((await observationLearningReportFor(store, HOS_ID, YEAR))?.status).toBe('SUBMITTED');
    expect(await observationLearningReportFor(store, HOS_ID, 2024)).toBeNull();
    expect((await listObservationLearningReports(store, { status: 'DRAFT' })).map((r) => r.id)).toEqual([`${OTHER_HOS_ID}-${YEAR}`]);
    expect((await listObservationLearningReports(store, { year: YEAR })).map((r) => r.id)).toEqual([REPORT_ID, `${OTHER_HOS_ID}-${YEAR}`]);
  });

  it('should list the Heads of Service in post at the year’s end who have not submitted, overdue once the year is over', async () => {
    const store = await storeWith({ [REPORT_ID]: submittedLife(), [`${OTHER_HOS_ID}-${YEAR}`]: [recorded(events.drafted({ headOfServiceId: OTHER_HOS_ID }), 0, OTHER_HOS_ID)] }, true);
    expect(await headsOfServiceWithoutObservationLearningReport(store, YEAR, '2026-04-01')).toEqual([
      { staffId: OTHER_HOS_ID, name: OTHER_HOS_ID, year: YEAR, reportStatus: 'DRAFT', dueBy: '2025-12-31', overdue: true },
    ]);
    expect(await headsOfServiceWithoutObservationLearningReport(store, YEAR, '2025-05-01')).toEqual([
      expect.objectContaining({ staffId: OTHER_HOS_ID, overdue: false }),
      expect.objectContaining({ staffId: 'hos-004', reportStatus: 'NOT_STARTED', overdue: false }),
    ]);
  });

  it('should refuse a year that is not a calendar year, naming the field', async () => {
    await expect(headsOfServiceWithoutObservationLearningReport(await storeWith({}), 20251, '2026-01-01')).rejects.toMatchObject({ field: 'year', rule: 'OBS-6' });
  });
});

describe('When the service areas a Head of Service heads are read from the directory (OBS-6)', () => {
  it('should give the service areas of the teams of the staff they line-manage', async () => {
    const store = new MemoryReadStore();
    await store.defineCollection(STAFF_COLLECTION);
    await store.defineCollection(TEAMS_COLLECTION);
    const tm = (staffId: string, teamId: string): StaffMemberDocument => {
      const base = head(staffId);
      return {
        ...base,
        role: 'TEAM_MANAGER',
        teamId,
        lineManagerId: HOS_ID,
        history: { ...base.history, role: [{ value: 'TEAM_MANAGER', effectiveFrom: base.startDate }], teamId: [{ value: teamId, effectiveFrom: base.startDate }], lineManagerId: [{ value: HOS_ID, effectiveFrom: base.startDate }] },
      };
    };
    const team = (teamId: string, serviceAreaId: string): TeamDocument => ({
      id: teamId, teamId, name: teamId, serviceAreaId, status: 'ACTIVE', closedOn: null,
      serviceAreaHistory: [{ value: serviceAreaId, effectiveFrom: '2019-01-01' }], revision: 0, registeredAt: NOW, lastUpdatedAt: NOW,
    });
    await store.commit(staffProjection.name, null, 1n, [tm('tm-1', 'team-a'), tm('tm-2', 'team-b'), tm('tm-3', 'team-c')].map((d) => ({ collection: STAFF_COLLECTION.name, id: d.id, document: d })));
    await store.commit(teamsProjection.name, null, 1n, [team('team-a', 'assess'), team('team-b', 'assess'), team('team-c', 'care')].map((d) => ({ collection: TEAMS_COLLECTION.name, id: d.id, document: d })));
    expect(await serviceAreasHeadedBy(store, HOS_ID, '2025-06-01')).toEqual(['assess', 'care']);
    expect(await serviceAreasHeadedBy(store, OTHER_HOS_ID, '2025-06-01')).toEqual([]);
  });
});

import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { ANNUAL_SAMPLE_EVENT_TYPES, sampleYearFromStreamId } from '../../libs/domain/src/index.js';
import type {
  AnnualSampleActorDocument,
  AnnualSampleCaseDocument,
  AnnualSampleDocument,
  AnnualSampleStratumDocument,
} from './annual-sample.document.js';

export const ANNUAL_SAMPLE_COLLECTION: CollectionDefinition = {
  name: 'annualSample.v1',
  indexes: ['status'],
};

/**
 * One document per sample year (CFA-1), keyed by the year. Pure and idempotent: an event at or
 * below the document's revision returns the document itself. It never throws on a recorded
 * event: a field it cannot read is defaulted, an entry it cannot read is skipped.
 */
export const annualSampleProjection: Projection<AnnualSampleDocument> = {
  name: 'annualSample',
  version: 1,
  collection: ANNUAL_SAMPLE_COLLECTION,
  handles: ANNUAL_SAMPLE_EVENT_TYPES,
  documentIds(event) {
    const year = sampleYearFromStreamId(event.streamId);
    return year === null ? [] : [String(year)];
  },
  evolve: evolveAnnualSampleDocument,
};

export function evolveAnnualSampleDocument(
  document: AnnualSampleDocument | null,
  event: RecordedEvent,
): AnnualSampleDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};

  if (event.type === 'AnnualSampleDrawn') return document ?? drawn(event, data);
  if (document === null) return null;

  switch (event.type) {
    case 'AnnualSampleAllocated': {
      const allocations = new Map(
        list(data['allocations']).flatMap((a) => {
          const azeusNumber = text(a['azeusNumber']);
          return azeusNumber === null ? [] : [[azeusNumber, a] as const];
        }),
      );
      return {
        ...document,
        revision: event.revision,
        status: 'ALLOCATED',
        allocationAlgorithm: text(data['algorithm']),
        allocatedAt: text(data['allocatedAt']) ?? businessTime(event),
        allocatedBy: actorOf(event),
        cases: document.cases.map((c) => {
          const a = allocations.get(c.azeusNumber);
          if (a === undefined) return c;
          return {
            ...c,
            auditorId: text(a['auditorId']),
            auditorTeamId: text(a['auditorTeamId']),
            dueDate: text(a['dueDate']),
            allocatedWorkerId: text(a['allocatedWorkerId']),
          };
        }),
      };
    }
    case 'AnnualSampleCaseReallocated': {
      const azeusNumber = text(data['azeusNumber']);
      const toAuditorId = text(data['toAuditorId']);
      const next = { ...document, revision: event.revision };
      if (azeusNumber === null || toAuditorId === null) return next;
      return {
        ...next,
        cases: document.cases.map((c) =>
          c.azeusNumber !== azeusNumber
            ? c
            : {
                ...c,
                auditorId: toAuditorId,
                auditorTeamId: text(data['toAuditorTeamId']),
                dueDate: text(data['dueDate']) ?? c.dueDate,
                allocatedWorkerId: 'allocatedWorkerId' in data ? text(data['allocatedWorkerId']) : c.allocatedWorkerId,
                reallocations: [
                  ...c.reallocations,
                  {
                    fromAuditorId: text(data['fromAuditorId']) ?? c.auditorId,
                    toAuditorId,
                    reason: text(data['reason']) ?? '',
                    reallocatedAt: text(data['reallocatedAt']) ?? businessTime(event),
                  },
                ],
              },
        ),
      };
    }
    default:
      // An event type this version does not know: the sample does not change.
      return document;
  }
}

function drawn(event: RecordedEvent, data: Record<string, unknown>): AnnualSampleDocument {
  const year = sampleYearFromStreamId(event.streamId) ?? (typeof data['year'] === 'number' ? data['year'] : 0);
  const cases = list(data['drawn'])
    .flatMap((c): AnnualSampleCaseDocument[] => {
      const azeusNumber = text(c['azeusNumber']);
      if (azeusNumber === null) return [];
      const teamId = text(c['teamId']) ?? '';
      const category = text(c['category']) ?? '';
      return [
        {
          azeusNumber,
          teamId,
          category,
          stratum: text(c['stratum']) ?? `${teamId}/${category}`,
          lastAuditedOn: text(c['lastAuditedOn']),
          recentlyAudited: c['recentlyAudited'] === true,
          auditorId: null,
          auditorTeamId: null,
          dueDate: null,
          allocatedWorkerId: null,
          reallocations: [],
        },
      ];
    })
    .sort((a, b) => compare(a.teamId, b.teamId) || compare(a.category, b.category) || compare(a.azeusNumber, b.azeusNumber));
  return {
    id: String(year),
    year,
    status: 'DRAWN',
    revision: event.revision,
    algorithm: text(data['algorithm']) ?? '',
    seed: text(data['seed']) ?? '',
    fraction: number(data['fraction']),
    drawDate: text(data['drawDate']) ?? '',
    drawnAt: text(data['drawnAt']) ?? businessTime(event),
    drawnBy: actorOf(event),
    frameSize: number(data['frameSize']),
    frameFingerprint: text(data['frameFingerprint']) ?? '',
    targetSize: number(data['targetSize']),
    eligibleCount: number(data['eligibleCount']),
    frameTooSmall: data['frameTooSmall'] === true,
    recentlyAuditedIncluded: number(data['recentlyAuditedIncluded']),
    note: text(data['note']) ?? '',
    strata: list(data['strata']).map(
      (s): AnnualSampleStratumDocument => ({
        teamId: text(s['teamId']) ?? '',
        category: text(s['category']) ?? '',
        stratum: text(s['stratum']) ?? `${text(s['teamId']) ?? ''}/${text(s['category']) ?? ''}`,
        frameCases: number(s['frameCases']),
        eligibleCases: number(s['eligibleCases']),
        drawn: number(s['drawn']),
      }),
    ),
    allocationAlgorithm: null,
    allocatedAt: null,
    allocatedBy: null,
    cases,
  };
}

/** The business time of the command that recorded the event; the store's time if it is missing. */
function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

function actorOf(event: RecordedEvent): AnnualSampleActorDocument | null {
  const actor = isRecord(event.metadata) ? event.metadata['actor'] : undefined;
  if (!isRecord(actor)) return null;
  const staffId = text(actor['staffId']);
  const role = text(actor['role']);
  return staffId === null || role === null ? null : { staffId, role };
}

/** The records of a list; anything else in it is skipped. */
function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function number(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

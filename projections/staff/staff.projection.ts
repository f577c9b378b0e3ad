import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { ROLES, STAFF_MEMBER_EVENT_TYPES, staffIdFromStreamId, type Role } from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text, withPeriod } from './recorded-event-fields.js';
import type { StaffMemberDocument } from './staff.document.js';

export const STAFF_COLLECTION: CollectionDefinition = {
  name: 'staff.v1',
  indexes: ['teamId', 'role', 'lineManagerId', 'status'],
};

/**
 * The staff directory: one document per member of staff, keyed by staff id. Pure and idempotent:
 * an event at or below the document's revision returns the document itself. It never throws on a
 * recorded event: a field it cannot read leaves the document as it was.
 */
export const staffProjection: Projection<StaffMemberDocument> = {
  name: 'staff',
  version: 1,
  collection: STAFF_COLLECTION,
  handles: STAFF_MEMBER_EVENT_TYPES,
  documentIds(event) {
    const staffId = staffIdFromStreamId(event.streamId);
    return staffId === null ? [] : [staffId];
  },
  evolve: evolveStaffMemberDocument,
};

export function evolveStaffMemberDocument(document: StaffMemberDocument | null, event: RecordedEvent): StaffMemberDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  if (event.type === 'StaffMemberRegistered') return document ?? registered(event, data);
  if (document === null) return null;

  const next = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  const effectiveFrom = text(data['effectiveFrom']);
  switch (event.type) {
    case 'StaffMemberRenamed':
      return { ...next, name: text(data['name']) ?? document.name };
    case 'StaffMemberRoleChanged': {
      const role = roleOf(data['role']);
      if (role === null || effectiveFrom === null) return next;
      return { ...next, role, history: { ...document.history, role: withPeriod(document.history.role, role, effectiveFrom) } };
    }
    case 'StaffMemberTeamChanged': {
      if (effectiveFrom === null) return next;
      const teamId = text(data['teamId']);
      return { ...next, teamId, history: { ...document.history, teamId: withPeriod(document.history.teamId, teamId, effectiveFrom) } };
    }
    case 'StaffMemberLineManagerChanged': {
      if (effectiveFrom === null) return next;
      const lineManagerId = text(data['lineManagerId']);
      return {
        ...next,
        lineManagerId,
        history: { ...document.history, lineManagerId: withPeriod(document.history.lineManagerId, lineManagerId, effectiveFrom) },
      };
    }
    case 'StaffMemberAsyeStarted':
    case 'StaffMemberAsyeCompleted': {
      if (effectiveFrom === null) return next;
      const inAsye = event.type === 'StaffMemberAsyeStarted';
      return { ...next, inAsye, history: { ...document.history, inAsye: withPeriod(document.history.inAsye, inAsye, effectiveFrom) } };
    }
    case 'StaffMemberPerformanceSupportIdentified':
    case 'StaffMemberPerformanceSupportEnded': {
      if (effectiveFrom === null) return next;
      const needs = event.type === 'StaffMemberPerformanceSupportIdentified';
      return {
        ...next,
        needsPerformanceSupport: needs,
        history: {
          ...document.history,
          needsPerformanceSupport: withPeriod(document.history.needsPerformanceSupport, needs, effectiveFrom),
        },
      };
    }
    case 'StaffMemberLeft':
      return { ...next, status: 'LEFT', leavingDate: text(data['leavingDate']) ?? document.leavingDate };
    default:
      // An event type this version does not know: nothing changes.
      return document;
  }
}

function registered(event: RecordedEvent, data: Record<string, unknown>): StaffMemberDocument | null {
  const staffId = text(data['staffId']) ?? staffIdFromStreamId(event.streamId);
  const startDate = text(data['startDate']);
  if (staffId === null || startDate === null) return null;
  const role = roleOf(data['role']) ?? 'SOCIAL_WORKER';
  const teamId = text(data['teamId']);
  const lineManagerId = text(data['lineManagerId']);
  const inAsye = data['inAsye'] === true;
  const needsPerformanceSupport = data['needsPerformanceSupport'] === true;
  return {
    id: staffId,
    staffId,
    name: text(data['name']) ?? '',
    role,
    teamId,
    lineManagerId,
    startDate,
    leavingDate: null,
    status: 'ACTIVE',
    inAsye,
    needsPerformanceSupport,
    history: {
      role: [{ value: role, effectiveFrom: startDate }],
      teamId: [{ value: teamId, effectiveFrom: startDate }],
      lineManagerId: [{ value: lineManagerId, effectiveFrom: startDate }],
      inAsye: [{ value: inAsye, effectiveFrom: startDate }],
      needsPerformanceSupport: [{ value: needsPerformanceSupport, effectiveFrom: startDate }],
    },
    revision: event.revision,
    registeredAt: text(data['registeredAt']) ?? businessTime(event),
    lastUpdatedAt: businessTime(event),
  };
}

function roleOf(value: unknown): Role | null {
  return ROLES.find((role) => role === value) ?? null;
}

import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  THEMATIC_AUDITS_PER_YEAR,
  THEMATIC_AUDIT_ALLOWANCE_EVENT_TYPES,
  allowanceFromStreamId,
  auditIdFromStreamId,
  thematicAuditAllowanceId,
  thematicAuditYear,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text } from '../staff/recorded-event-fields.js';
import type { ThematicAuditAllowanceDocument } from './thematic-audit-allowances.document.js';

export const THEMATIC_AUDIT_ALLOWANCES_COLLECTION: CollectionDefinition = {
  name: 'thematicAuditAllowances.v1',
  indexes: ['auditorId', 'auditsWithoutSlot', 'claimsAwaitingSchedule', 'yearKey'],
};

/** The case file audit event that tells a claimed slot its audit now exists. */
const SCHEDULED = 'CaseFileAuditScheduled';

/**
 * One document per auditor and year (CFA-3), keyed `<auditorId>-<year>`: the allowance's slots, and
 * the thematic case file audits scheduled against it. Pure, idempotent by global position (events
 * arrive in position order), and never throws on a recorded event.
 */
export const thematicAuditAllowancesProjection: Projection<ThematicAuditAllowanceDocument> = {
  name: 'thematicAuditAllowances',
  version: 1,
  collection: THEMATIC_AUDIT_ALLOWANCES_COLLECTION,
  handles: [...THEMATIC_AUDIT_ALLOWANCE_EVENT_TYPES, SCHEDULED],
  documentIds(event) {
    if (event.type === SCHEDULED) {
      const thematic = thematicSchedule(event);
      return thematic === null ? [] : [thematicAuditAllowanceId(thematic.auditorId, thematic.year)];
    }
    const allowance = allowanceFromStreamId(event.streamId);
    return allowance === null ? [] : [thematicAuditAllowanceId(allowance.auditorId, allowance.year)];
  },
  evolve: evolveThematicAuditAllowanceDocument,
};

export function evolveThematicAuditAllowanceDocument(
  document: ThematicAuditAllowanceDocument | null,
  event: RecordedEvent,
): ThematicAuditAllowanceDocument | null {
  if (document !== null && event.position <= positionOf(document)) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  switch (event.type) {
    case 'ThematicAuditSlotClaimed': {
      const allowance = allowanceFromStreamId(event.streamId);
      const auditId = text(data['auditId']);
      if (allowance === null || auditId === null) return document;
      const current = document ?? empty(allowance.auditorId, allowance.year, event);
      if (current.slots.some((slot) => slot.auditId === auditId)) return touched(current, event, at);
      // A schedule recorded before its claim (a claim retried after a release) takes the slot.
      const scheduled = current.scheduledWithoutSlot.find((a) => a.auditId === auditId);
      return derived(
        touched(
          {
            ...current,
            slots: [
              ...current.slots,
              {
                auditId,
                theme: text(data['theme']) ?? '',
                dueDate: text(data['dueDate']) ?? '',
                claimedBy: text(data['claimedBy']),
                claimedAt: text(data['claimedAt']) ?? at,
                scheduledAt: scheduled?.scheduledAt ?? null,
              },
            ],
            scheduledWithoutSlot: current.scheduledWithoutSlot.filter((a) => a.auditId !== auditId),
          },
          event,
          at,
        ),
      );
    }
    case 'ThematicAuditSlotReleased': {
      const auditId = text(data['auditId']);
      if (document === null || auditId === null) return document;
      return derived(
        touched(
          {
            ...document,
            slots: document.slots.filter((slot) => slot.auditId !== auditId),
            released: [
              ...document.released,
              {
                auditId,
                reason: text(data['reason']) ?? '',
                auditStatus: text(data['auditStatus']) ?? '',
                releasedBy: text(data['releasedBy']),
                releasedAt: text(data['releasedAt']) ?? at,
              },
            ],
          },
          event,
          at,
        ),
      );
    }
    case SCHEDULED: {
      const thematic = thematicSchedule(event);
      if (thematic === null) return document;
      const current = document ?? empty(thematic.auditorId, thematic.year, event);
      const scheduledAt = text(data['scheduledAt']) ?? at;
      if (current.slots.some((slot) => slot.auditId === thematic.auditId)) {
        return derived(
          touched(
            {
              ...current,
              slots: current.slots.map((slot) =>
                slot.auditId === thematic.auditId && slot.scheduledAt === null ? { ...slot, scheduledAt } : slot,
              ),
            },
            event,
            at,
          ),
        );
      }
      if (current.scheduledWithoutSlot.some((a) => a.auditId === thematic.auditId)) return touched(current, event, at);
      return derived(
        touched(
          {
            ...current,
            scheduledWithoutSlot: [
              ...current.scheduledWithoutSlot,
              { auditId: thematic.auditId, theme: text(data['theme']), dueDate: thematic.dueDate, scheduledAt },
            ],
          },
          event,
          at,
        ),
      );
    }
    default:
      return document;
  }
}

/** A thematic audit's schedule: whose allowance and which year it falls in; null for any other schedule. */
function thematicSchedule(event: RecordedEvent): { auditId: string; auditorId: string; dueDate: string; year: number } | null {
  const data = dataOf(event);
  if (data['auditType'] !== 'THEMATIC') return null;
  const auditId = text(data['auditId']) ?? auditIdFromStreamId(event.streamId);
  const auditorId = text(data['auditorId']);
  const dueDate = text(data['dueDate']);
  if (auditId === null || auditorId === null || dueDate === null || !/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return null;
  return { auditId, auditorId, dueDate, year: thematicAuditYear(dueDate) };
}

function empty(auditorId: string, year: number, event: RecordedEvent): ThematicAuditAllowanceDocument {
  return {
    id: thematicAuditAllowanceId(auditorId, year),
    auditorId,
    year,
    yearKey: String(year),
    cap: THEMATIC_AUDITS_PER_YEAR,
    used: 0,
    remaining: THEMATIC_AUDITS_PER_YEAR,
    slots: [],
    released: [],
    scheduledWithoutSlot: [],
    claimsAwaitingSchedule: 'NO',
    auditsWithoutSlot: 'NO',
    position: String(event.position),
    lastUpdatedAt: businessTime(event),
  };
}

function touched(document: ThematicAuditAllowanceDocument, event: RecordedEvent, at: string): ThematicAuditAllowanceDocument {
  return { ...document, position: String(event.position), lastUpdatedAt: at };
}

function derived(document: ThematicAuditAllowanceDocument): ThematicAuditAllowanceDocument {
  const used = document.slots.length;
  return {
    ...document,
    used,
    remaining: Math.max(0, document.cap - used),
    claimsAwaitingSchedule: document.slots.some((slot) => slot.scheduledAt === null) ? 'YES' : 'NO',
    auditsWithoutSlot: document.scheduledWithoutSlot.length > 0 ? 'YES' : 'NO',
  };
}

function positionOf(document: ThematicAuditAllowanceDocument): bigint {
  try {
    return BigInt(document.position);
  } catch {
    return -1n;
  }
}

import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  COMPLIANCE_AUDIT_EVENT_TYPES,
  COMPLIANCE_CHECK_ITEMS,
  COMPLIANCE_CHECK_ITEM_LABELS,
  complianceAuditIdFromStreamId,
  type ComplianceCheckItem,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, isRecord, text } from '../staff/recorded-event-fields.js';
import type {
  CaseNoteState,
  ComplianceActionDocument,
  ComplianceActionsState,
  ComplianceAuditDocument,
  ComplianceCheckDocument,
} from './compliance-audits.document.js';

export const COMPLIANCE_AUDITS_COLLECTION: CollectionDefinition = {
  name: 'complianceAudits.v2',
  indexes: ['auditorId', 'azeusNumber', 'status', 'superviseeId', 'teamId', 'completedMonth'],
};

/**
 * One document per compliance audit, keyed by its id (CFA-4, CFA-5). Pure, idempotent by stream
 * revision, and never throws on a recorded event: a field it cannot read is defaulted or skipped.
 */
export const complianceAuditsProjection: Projection<ComplianceAuditDocument> = {
  name: 'complianceAudits',
  // v2: completedMonth, so CFA-4 reads the months since a supervisee's previous supervision only.
  version: 2,
  collection: COMPLIANCE_AUDITS_COLLECTION,
  handles: COMPLIANCE_AUDIT_EVENT_TYPES,
  documentIds(event) {
    const id = complianceAuditIdFromStreamId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: (document, event) => withCompletedMonth(evolveComplianceAuditDocument(document, event)),
};

/** The month (YYYY-MM) of `completedOn`, or null: an index for the CFA-4 quota. */
export function withCompletedMonth(document: ComplianceAuditDocument | null): ComplianceAuditDocument | null {
  if (document === null) return null;
  const completedMonth = document.completedOn === null ? null : document.completedOn.slice(0, 7);
  return document.completedMonth === completedMonth ? document : { ...document, completedMonth };
}

export function evolveComplianceAuditDocument(
  document: ComplianceAuditDocument | null,
  event: RecordedEvent,
): ComplianceAuditDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  if (event.type === 'ComplianceAuditStarted') {
    if (document !== null) return document;
    const id = text(data['complianceAuditId']) ?? complianceAuditIdFromStreamId(event.streamId);
    const superviseeId = text(data['superviseeId']);
    const auditorId = text(data['auditorId']);
    if (id === null || superviseeId === null || auditorId === null) return null;
    return {
      id,
      complianceAuditId: id,
      azeusNumber: text(data['azeusNumber']) ?? '',
      superviseeId,
      auditorId,
      teamId: text(data['teamId']),
      supervisionDate: text(data['supervisionDate']) ?? '',
      supervisionSessionId: text(data['supervisionSessionId']),
      status: 'IN_PROGRESS',
      checks: COMPLIANCE_CHECK_ITEMS.map((item) => ({
        item,
        label: COMPLIANCE_CHECK_ITEM_LABELS[item],
        status: 'UNANSWERED',
        comment: null,
        recordedAt: null,
      })),
      itemsNotMet: [],
      caseNoteState: 'NOT_REQUIRED',
      caseNote: null,
      actionsState: 'NONE',
      startedAt: text(data['startedAt']) ?? at,
      completedOn: null,
      completedAt: null,
      revision: event.revision,
      lastUpdatedAt: at,
    };
  }
  if (document === null) return null;
  const next: ComplianceAuditDocument = { ...document, revision: event.revision, lastUpdatedAt: at };

  switch (event.type) {
    case 'ComplianceCheckRecorded': {
      const item = checkItem(data['item']);
      if (item === null || typeof data['met'] !== 'boolean') return next;
      const row: ComplianceCheckDocument = {
        item,
        label: COMPLIANCE_CHECK_ITEM_LABELS[item],
        status: data['met'] ? 'MET' : 'NOT_MET',
        comment: text(data['comment']),
        recordedAt: text(data['recordedAt']) ?? at,
      };
      return derived({ ...next, checks: document.checks.map((c) => (c.item === item ? row : c)) });
    }
    case 'ManagementDirectionCaseNoteRecorded': {
      const actions: ComplianceActionDocument[] = list(data['actions']).flatMap((a) => {
        const actionId = text(a['actionId']);
        if (actionId === null) return [];
        return [
          {
            actionId,
            description: text(a['description']) ?? '',
            timescale: text(a['timescale']) ?? '',
            ownerId: text(a['ownerId']) ?? document.superviseeId,
            status: 'OPEN',
            reviews: [],
          },
        ];
      });
      return derived({
        ...next,
        caseNote: {
          note: text(data['note']) ?? '',
          caseNoteReference: text(data['caseNoteReference']),
          recordedAt: text(data['recordedAt']) ?? at,
          actions,
        },
      });
    }
    case 'ComplianceAuditCompleted': {
      const completedAt = text(data['completedAt']) ?? at;
      return derived({ ...next, status: 'COMPLETED', completedAt, completedOn: text(data['completedOn']) ?? completedAt.slice(0, 10) });
    }
    case 'ComplianceActionsReviewedInSupervision': {
      if (document.caseNote === null) return next;
      const supervisionDate = text(data['supervisionDate']) ?? at.slice(0, 10);
      const outcomes = new Map(list(data['outcomes']).flatMap((o) => (text(o['actionId']) === null ? [] : [[text(o['actionId'])!, o] as const])));
      const actions = document.caseNote.actions.map((action): ComplianceActionDocument => {
        const outcome = outcomes.get(action.actionId);
        if (outcome === undefined) return action;
        const completed = outcome['completed'] === true;
        return {
          ...action,
          status: completed || action.status === 'COMPLETED' ? 'COMPLETED' : 'OPEN',
          reviews: [
            ...action.reviews,
            {
              supervisionDate,
              supervisionSessionId: text(data['supervisionSessionId']),
              completed,
              comment: text(outcome['comment']),
              reviewedBy: text(data['reviewedBy']),
              reviewedAt: text(data['reviewedAt']) ?? at,
            },
          ],
        };
      });
      return derived({ ...next, caseNote: { ...document.caseNote, actions } });
    }
    default:
      return document;
  }
}

/** The fields that follow from the checklist and the case note. */
function derived(document: ComplianceAuditDocument): ComplianceAuditDocument {
  const itemsNotMet = document.checks.filter((c) => c.status === 'NOT_MET').map((c) => c.item);
  const caseNoteState: CaseNoteState = document.caseNote !== null ? 'RECORDED' : itemsNotMet.length > 0 ? 'REQUIRED' : 'NOT_REQUIRED';
  const actions = document.caseNote?.actions ?? [];
  const actionsState: ComplianceActionsState =
    actions.length === 0 ? 'NONE' : actions.every((a) => a.status === 'COMPLETED') ? 'ALL_COMPLETED' : 'OPEN';
  return { ...document, itemsNotMet, caseNoteState, actionsState };
}

function checkItem(value: unknown): ComplianceCheckItem | null {
  return typeof value === 'string' && (COMPLIANCE_CHECK_ITEMS as readonly string[]).includes(value) ? (value as ComplianceCheckItem) : null;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

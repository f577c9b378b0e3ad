import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  GRADES,
  THEMED_AUDIT_DAY_EVENT_TYPES,
  THEMED_AUDIT_DAY_SESSIONS,
  THEMED_AUDIT_MODES,
  THEME_ORIGINS,
  THEME_ORIGIN_LABELS,
  themedAuditDayIdFromStreamId,
  type Grade,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, isRecord, text } from '../staff/recorded-event-fields.js';
import type {
  GradeCountsDocument,
  ThemeReasonDocument,
  ThemedAuditDayActionDocument,
  ThemedAuditDayDocument,
  ThemedAuditDocument,
} from './themed-audit-days.document.js';

export const THEMED_AUDIT_DAYS_COLLECTION: CollectionDefinition = {
  name: 'themedAuditDays.v1',
  indexes: ['status', 'leadId'],
};

/**
 * One document per themed audit day, keyed by its id (TAD-1). Pure, idempotent by stream
 * revision, and never throws on a recorded event: a field it cannot read is defaulted or skipped.
 */
export const themedAuditDaysProjection: Projection<ThemedAuditDayDocument> = {
  name: 'themedAuditDays',
  version: 1,
  collection: THEMED_AUDIT_DAYS_COLLECTION,
  handles: THEMED_AUDIT_DAY_EVENT_TYPES,
  documentIds(event) {
    const id = themedAuditDayIdFromStreamId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: evolveThemedAuditDayDocument,
};

export function evolveThemedAuditDayDocument(document: ThemedAuditDayDocument | null, event: RecordedEvent): ThemedAuditDayDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  if (event.type === 'ThemedAuditDayPlanned') {
    if (document !== null) return document;
    const id = text(data['dayId']) ?? themedAuditDayIdFromStreamId(event.streamId);
    const leadId = text(data['leadId']);
    if (id === null || leadId === null) return null;
    return {
      id,
      dayId: id,
      theme: text(data['theme']) ?? '',
      reasons: list(data['reasons']).flatMap((r): ThemeReasonDocument[] => {
        const origin = oneOf(r['origin'], THEME_ORIGINS);
        return origin === null ? [] : [{ origin, label: THEME_ORIGIN_LABELS[origin], text: text(r['text']) ?? '' }];
      }),
      date: text(data['date']) ?? '',
      session: oneOf(data['session'], THEMED_AUDIT_DAY_SESSIONS) ?? 'MORNING',
      teamIds: strings(data['teamIds']),
      serviceAreaIds: strings(data['serviceAreaIds']),
      leadId,
      status: 'PLANNED',
      audits: [],
      liveAuditCount: 0,
      gradeCounts: gradeCounts([]),
      summary: null,
      closedBy: null,
      closedAt: null,
      actionPlan: null,
      outcome: null,
      actionPlanClosedBy: null,
      actionPlanClosedAt: null,
      plannedAt: text(data['plannedAt']) ?? at,
      revision: event.revision,
      lastUpdatedAt: at,
    };
  }
  if (document === null) return null;
  const next: ThemedAuditDayDocument = { ...document, revision: event.revision, lastUpdatedAt: at };

  switch (event.type) {
    case 'ThemedAuditRecorded': {
      const auditId = text(data['auditId']);
      const azeusNumber = text(data['azeusNumber']);
      const grade = oneOf(data['grade'], GRADES);
      if (auditId === null || azeusNumber === null || grade === null || document.audits.some((a) => a.auditId === auditId)) return next;
      const audit: ThemedAuditDocument = {
        auditId,
        azeusNumber,
        auditorId: text(data['auditorId']) ?? '',
        mode: oneOf(data['mode'], THEMED_AUDIT_MODES) ?? 'PREPARED',
        caseFileAuditId: text(data['caseFileAuditId']),
        findings: text(data['findings']) ?? '',
        grade,
        recordedBy: text(data['recordedBy']),
        recordedAt: text(data['recordedAt']) ?? at,
      };
      const audits = [...document.audits, audit];
      return { ...next, audits, liveAuditCount: audits.filter((a) => a.mode === 'LIVE').length, gradeCounts: gradeCounts(audits) };
    }
    case 'ThemedAuditDayClosed':
      return { ...next, status: 'CLOSED', summary: text(data['summary']), closedBy: text(data['closedBy']), closedAt: text(data['closedAt']) ?? at };
    case 'ThemedAuditDayActionPlanAgreed': {
      const group = isRecord(data['group']) ? data['group'] : {};
      const groupLeadId = text(group['leadId']) ?? '';
      const actions = list(data['actions']).flatMap((a): ThemedAuditDayActionDocument[] => {
        const actionId = text(a['actionId']);
        if (actionId === null) return [];
        return [
          {
            actionId,
            description: text(a['description']) ?? '',
            ownerId: text(a['ownerId']) ?? '',
            managerId: text(a['managerId']) ?? '',
            timescale: text(a['timescale']) ?? '',
            azeusNumber: text(a['azeusNumber']),
            teamId: text(a['teamId']),
          },
        ];
      });
      return {
        ...next,
        status: 'ACTION_PLAN_AGREED',
        actionPlan: {
          groupName: text(group['name']) ?? '',
          groupLeadId,
          groupMemberIds: strings(group['memberIds']),
          agreedBy: text(data['agreedBy']),
          agreedAt: text(data['agreedAt']) ?? at,
          actions,
        },
      };
    }
    case 'ThemedAuditDayActionPlanClosed':
      return {
        ...next,
        status: 'ACTION_PLAN_CLOSED',
        outcome: text(data['outcome']),
        actionPlanClosedBy: text(data['closedBy']),
        actionPlanClosedAt: text(data['closedAt']) ?? at,
      };
    default:
      return document;
  }
}

function gradeCounts(audits: readonly ThemedAuditDocument[]): GradeCountsDocument {
  return Object.fromEntries(GRADES.map((grade) => [grade, audits.filter((a) => a.grade === grade).length])) as Record<Grade, number>;
}

function oneOf<T extends string>(value: unknown, values: readonly T[]): T | null {
  return values.find((v) => v === value) ?? null;
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

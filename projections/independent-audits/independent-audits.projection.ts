import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  INDEPENDENT_AUDIT_COMMISSION_EVENT_TYPES,
  LEARNING_EVIDENCED,
  commissionIdFromStreamId,
  type LearningEvidenced,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text } from '../staff/recorded-event-fields.js';
import type { IndependentAuditCommissionDocument } from './independent-audits.document.js';

export const INDEPENDENT_AUDITS_COLLECTION: CollectionDefinition = {
  name: 'independentAudits.v1',
  indexes: ['auditId', 'auditorId', 'azeusNumber', 'commissionedBy', 'status', 'teamId'],
};

/**
 * One document per independent audit commission (CFA-10), keyed by its id. Pure, idempotent by
 * stream revision, and never throws on a recorded event.
 */
export const independentAuditsProjection: Projection<IndependentAuditCommissionDocument> = {
  name: 'independentAudits',
  version: 1,
  collection: INDEPENDENT_AUDITS_COLLECTION,
  handles: INDEPENDENT_AUDIT_COMMISSION_EVENT_TYPES,
  documentIds(event) {
    const id = commissionIdFromStreamId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: evolveIndependentAuditDocument,
};

export function evolveIndependentAuditDocument(
  document: IndependentAuditCommissionDocument | null,
  event: RecordedEvent,
): IndependentAuditCommissionDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  if (event.type === 'IndependentAuditCommissioned') {
    if (document !== null) return document;
    const id = text(data['commissionId']) ?? commissionIdFromStreamId(event.streamId);
    if (id === null) return null;
    return {
      id,
      commissionId: id,
      azeusNumber: text(data['azeusNumber']) ?? '',
      learningToTest: text(data['learningToTest']) ?? '',
      dueDate: text(data['dueDate']) ?? '',
      teamId: text(data['teamId']),
      commissionedBy: text(data['commissionedBy']) ?? '',
      commissionedAt: text(data['commissionedAt']) ?? at,
      status: 'COMMISSIONED',
      auditorId: null,
      acceptedAt: null,
      auditId: null,
      linkedAt: null,
      learningEvidenced: null,
      findings: null,
      reportedBy: null,
      reportedAt: null,
      withdrawnReason: null,
      withdrawnAt: null,
      revision: event.revision,
      lastUpdatedAt: at,
    };
  }
  if (document === null) return null;
  const next: IndependentAuditCommissionDocument = { ...document, revision: event.revision, lastUpdatedAt: at };

  switch (event.type) {
    case 'IndependentAuditCommissionAccepted':
      return { ...next, status: 'ACCEPTED', auditorId: text(data['auditorId']), acceptedAt: text(data['acceptedAt']) ?? at };
    case 'IndependentAuditLinked':
      return { ...next, status: 'AUDIT_LINKED', auditId: text(data['auditId']), linkedAt: text(data['linkedAt']) ?? at };
    case 'IndependentAuditFindingsReported': {
      const learningEvidenced = data['learningEvidenced'];
      return {
        ...next,
        status: 'REPORTED',
        learningEvidenced: (LEARNING_EVIDENCED as readonly unknown[]).includes(learningEvidenced) ? (learningEvidenced as LearningEvidenced) : null,
        findings: text(data['findings']),
        reportedBy: text(data['reportedBy']),
        reportedAt: text(data['reportedAt']) ?? at,
      };
    }
    case 'IndependentAuditCommissionWithdrawn':
      return { ...next, status: 'WITHDRAWN', withdrawnReason: text(data['reason']), withdrawnAt: text(data['withdrawnAt']) ?? at };
    default:
      return document;
  }
}

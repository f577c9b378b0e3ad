import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { readLogStreamId, type ChildRecordRead, type ChildRecordsRead, type Role } from '../../libs/domain/src/index.js';

let nextPosition = 100n;

/** A ChildRecordsRead as the log would hold it, at the next global position (or the one given). */
export function readEvent(
  reader: { readonly staffId: string; readonly role: Role },
  readAt: string,
  records: readonly ChildRecordRead[],
  options: { readonly position?: bigint; readonly revision?: number; readonly operationName?: string | null } = {},
): RecordedEvent {
  const position = options.position ?? (nextPosition += 1n);
  const data: ChildRecordsRead['data'] = {
    readerId: reader.staffId,
    readerRole: reader.role,
    readAt,
    operationName: options.operationName ?? null,
    records,
  };
  return {
    eventId: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    type: 'ChildRecordsRead',
    data,
    metadata: { actor: reader, now: readAt, commandType: 'RecordChildReads', schemaVersion: 1 },
    streamId: readLogStreamId(reader.staffId, readAt.slice(0, 10)),
    revision: options.revision ?? 0,
    position,
    created: new Date(readAt),
  };
}

export const audit = (id: string, caseId: string | null, operation = 'caseFileAudit'): ChildRecordRead => ({ kind: 'CASE_FILE_AUDIT', id, caseId, operation });
export const action = (id: string, caseId: string | null, operation = 'remedialActions'): ChildRecordRead => ({ kind: 'REMEDIAL_ACTION', id, caseId, operation });
export const caseHistory = (azeusNumber: string): ChildRecordRead => ({ kind: 'CASE_HISTORY', id: azeusNumber, caseId: azeusNumber, operation: 'caseHistory' });

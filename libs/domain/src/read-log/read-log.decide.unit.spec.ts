import type { CommandMetadata } from '../shared/decider.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { ChildRecordReadInput, RecordChildReads } from './read-log.commands.js';
import { readLogDecider } from './read-log.decide.js';
import { ReadLogErrorCode as Code } from './read-log.errors.js';
import type { ChildRecordsRead } from './read-log.events.js';
import { readLogOfStreamId, readLogStreamId } from './read-log.stream.js';
import { CHILD_RECORD_KINDS, READ_LOG_LIMITS, childRecordOfStream } from './read-log.values.js';

const spec = DeciderSpecification.for(readLogDecider);

const NOW = '2026-03-04T10:15:00.000Z';
const AUDIT = '5b0f6a43-3c0e-4f57-9b0e-7f8b1c2d3e4f';
const ACTION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function metadata(overrides: Partial<CommandMetadata> = {}): CommandMetadata {
  return {
    actor: { staffId: 'tm-001', role: 'TEAM_MANAGER' },
    now: NOW,
    commandId: '0d2a3c4b-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    correlationId: 'request-1',
    causationId: '0d2a3c4b-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    ...overrides,
  };
}

function record(records: readonly ChildRecordReadInput[], operationName: string | null = 'ReadAudit', meta = metadata()): RecordChildReads {
  return { type: 'RecordChildReads', data: { operationName, records }, metadata: meta };
}

function read(records: ChildRecordsRead['data']['records'], overrides: Partial<ChildRecordsRead['data']> = {}): ChildRecordsRead {
  return {
    type: 'ChildRecordsRead',
    data: { readerId: 'tm-001', readerRole: 'TEAM_MANAGER', readAt: NOW, operationName: 'ReadAudit', records, ...overrides },
  };
}

describe('The read log (issue 6 item 4)', () => {
  describe('When a request returned an audit and two actions', () => {
    it('should record one event naming the reader, their role, the instant, the operation and each record with its case', () => {
      spec
        .given([])
        .when(
          record([
            { kind: 'CASE_FILE_AUDIT', id: AUDIT, caseId: 'AZ-104233', operation: 'caseFileAudit' },
            { kind: 'REMEDIAL_ACTION', id: ACTION, caseId: 'AZ-104233', operation: 'remedialActions' },
            { kind: 'REMEDIAL_ACTION', id: 'action-2', caseId: null, operation: 'remedialActions' },
          ]),
        )
        .then(
          read([
            { kind: 'CASE_FILE_AUDIT', id: AUDIT, caseId: 'AZ-104233', operation: 'caseFileAudit' },
            { kind: 'REMEDIAL_ACTION', id: ACTION, caseId: 'AZ-104233', operation: 'remedialActions' },
            { kind: 'REMEDIAL_ACTION', id: 'action-2', caseId: null, operation: 'remedialActions' },
          ]),
        );
    });
  });

  describe('When the same record was returned twice by one query', () => {
    it('should record it once, keeping the case a later mention names', () => {
      spec
        .given([])
        .when(
          record([
            { kind: 'CASE_FILE_AUDIT', id: AUDIT, caseId: null, operation: 'caseFileAudit' },
            { kind: 'CASE_FILE_AUDIT', id: AUDIT, caseId: 'AZ-104233', operation: 'caseFileAudit' },
            { kind: 'CASE_FILE_AUDIT', id: AUDIT, caseId: 'AZ-104233', operation: 'caseFileAudits' },
          ]),
        )
        .then(
          read([
            { kind: 'CASE_FILE_AUDIT', id: AUDIT, caseId: 'AZ-104233', operation: 'caseFileAudit' },
            { kind: 'CASE_FILE_AUDIT', id: AUDIT, caseId: 'AZ-104233', operation: 'caseFileAudits' },
          ]),
        );
    });
  });

  describe('When a request returned no child-level record', () => {
    it('should record nothing', () => {
      spec.given([]).when(record([])).thenNothingHappens();
    });
  });

  describe('When a list returned more records than one event holds', () => {
    it('should record them all, in the order returned, in events of at most READ_LOG_LIMITS.recordsPerEvent', () => {
      const many = Array.from({ length: READ_LOG_LIMITS.recordsPerEvent * 2 + 1 }, (_, i) => ({
        kind: 'REMEDIAL_ACTION',
        id: `action-${i}`,
        caseId: null,
        operation: 'remedialActions',
      }));
      spec
        .given([])
        .when(record(many))
        .thenEvents((events) => {
          expect(events.map((e) => e.data.records.length)).toEqual([READ_LOG_LIMITS.recordsPerEvent, READ_LOG_LIMITS.recordsPerEvent, 1]);
          expect(events.flatMap((e) => e.data.records.map((r) => r.id))).toEqual(many.map((r) => r.id));
        });
    });
  });

  describe('When the stream already holds the same reader\'s reads of the day', () => {
    it('should append the next read', () => {
      const earlier = read([{ kind: 'CASE', id: 'AZ-1', caseId: 'AZ-1', operation: 'case' }]);
      spec
        .given([earlier])
        .when(record([{ kind: 'CASE', id: 'AZ-2', caseId: 'AZ-2', operation: 'case' }], null))
        .then(read([{ kind: 'CASE', id: 'AZ-2', caseId: 'AZ-2', operation: 'case' }], { operationName: null }));
    });
  });

  describe('When the stream holds another reader\'s reads, or another day\'s', () => {
    it('should refuse: a read log stream is one reader\'s day', () => {
      const others = read([{ kind: 'CASE', id: 'AZ-1', caseId: 'AZ-1', operation: 'case' }], { readerId: 'sw-001' });
      spec.given([others]).when(record([{ kind: 'CASE', id: 'AZ-1', caseId: 'AZ-1', operation: 'case' }])).thenThrows(Code.OTHER_READERS_STREAM, {
        kind: 'CONFLICT',
      });
      const yesterday = read([{ kind: 'CASE', id: 'AZ-1', caseId: 'AZ-1', operation: 'case' }], { readAt: '2026-03-03T23:59:00.000Z' });
      spec.given([yesterday]).when(record([{ kind: 'CASE', id: 'AZ-1', caseId: 'AZ-1', operation: 'case' }])).thenThrows(Code.OTHER_READERS_STREAM);
    });
  });

  describe('When a record is not what the read log takes', () => {
    it.each([
      ['staff data (not child-level)', { kind: 'SUPERVISION_AUDIT', id: 'x', operation: 'supervisionAudit' }, Code.KIND_UNKNOWN, 'records.0.kind'],
      ['a blank id', { kind: 'CASE', id: '  ', operation: 'case' }, Code.ID_REQUIRED, 'records.0.id'],
      ['an id too long', { kind: 'CASE', id: 'x'.repeat(READ_LOG_LIMITS.idLength + 1), operation: 'case' }, Code.ID_TOO_LONG, 'records.0.id'],
      ['an operation that is not a name', { kind: 'CASE', id: 'AZ-1', operation: 'not a name' }, Code.OPERATION_INVALID, 'records.0.operation'],
    ])('should refuse %s (%s on %s), recording nothing', (_label, input, code, field) => {
      spec.given([]).when(record([input as ChildRecordReadInput])).thenThrows(code, { kind: 'BAD_USER_INPUT', field });
    });

    it('should refuse an operation name that is not a GraphQL name', () => {
      spec
        .given([])
        .when(record([{ kind: 'CASE', id: 'AZ-1', operation: 'case' }], 'drop table'))
        .thenThrows(Code.OPERATION_INVALID, { field: 'operationName' });
    });

    it('should refuse a read without a reader', () => {
      spec
        .given([])
        .when(record([{ kind: 'CASE', id: 'AZ-1', operation: 'case' }], null, metadata({ actor: { staffId: ' ', role: 'SQA_OFFICER' } })))
        .thenThrows(Code.READER_REQUIRED, { field: 'actor' });
    });
  });

  describe('Streams', () => {
    it('should keep each reader\'s day in its own stream, and read it back', () => {
      expect(readLogStreamId('tm-001', '2026-03-04')).toBe('readLog-tm-001@2026-03-04');
      expect(readLogOfStreamId('readLog-tm-001@2026-03-04')).toEqual({ readerId: 'tm-001', day: '2026-03-04' });
      expect(readLogOfStreamId('caseFileAudit-1')).toBeNull();
    });

    it('should know the child-level record each strand\'s stream holds, and no other', () => {
      expect(childRecordOfStream(`caseFileAudit-${AUDIT}`)).toEqual({ kind: 'CASE_FILE_AUDIT', id: AUDIT });
      expect(childRecordOfStream('case-AZ-104233')).toEqual({ kind: 'CASE', id: 'AZ-104233' });
      expect(childRecordOfStream(`remedialAction-${ACTION}`)).toEqual({ kind: 'REMEDIAL_ACTION', id: ACTION });
      expect(childRecordOfStream('supervisionAudit-1')).toBeNull();
      expect(childRecordOfStream('staffMember-sw-001')).toBeNull();
      expect(childRecordOfStream('readLog-tm-001@2026-03-04')).toBeNull();
      expect(CHILD_RECORD_KINDS).toContain('CASE_HISTORY');
    });
  });
});

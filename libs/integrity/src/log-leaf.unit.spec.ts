import { createHash } from 'node:crypto';
import { logLeafEncoding, logLeafHash, type LogEntry } from './log-leaf.js';

const entry: LogEntry = {
  position: 12n,
  streamId: 'caseFileAudit-a0000000-0000-4000-8000-000000000001',
  revision: 3,
  eventId: 'e0000000-0000-4000-8000-000000000003',
  type: 'CriterionGraded',
  data: { grade: 'GOOD', criterion: 2 },
  metadata: { now: '2025-06-12T14:00:00.000Z', hash: 'ab' },
};

describe('Leaf of the whole-log tree', () => {
  describe('When an event is encoded', () => {
    it('should be the canonical JSON of its seven fields, the position as a decimal string', () => {
      expect(logLeafEncoding(entry).toString('utf8')).toBe(
        '{"data":{"criterion":2,"grade":"GOOD"},"eventId":"e0000000-0000-4000-8000-000000000003",' +
          '"metadata":{"hash":"ab","now":"2025-06-12T14:00:00.000Z"},"position":"12","revision":3,' +
          '"streamId":"caseFileAudit-a0000000-0000-4000-8000-000000000001","type":"CriterionGraded"}',
      );
    });

    it('should hash it behind the 0x00 leaf prefix', () => {
      const expected = createHash('sha256').update(Buffer.concat([Buffer.from([0]), logLeafEncoding(entry)])).digest();
      expect(logLeafHash(entry).equals(expected)).toBe(true);
    });

    it('should not depend on the key order the store reads data back in', () => {
      const reordered = { ...entry, data: { criterion: 2, grade: 'GOOD' } };
      expect(logLeafHash(reordered).equals(logLeafHash(entry))).toBe(true);
    });

    it('should keep positions past 2^53 exact', () => {
      const far = { ...entry, position: (1n << 64n) | 7n };
      expect(logLeafEncoding(far).toString()).toContain('"position":"18446744073709551623"');
    });
  });

  describe('When any one field differs', () => {
    const changes: [string, LogEntry][] = [
      ['position', { ...entry, position: 13n }],
      ['streamId', { ...entry, streamId: 'caseFileAudit-other' }],
      ['revision', { ...entry, revision: 4 }],
      ['eventId', { ...entry, eventId: 'e0000000-0000-4000-8000-000000000004' }],
      ['type', { ...entry, type: 'CriterionRegraded' }],
      ['data', { ...entry, data: { grade: 'OUTSTANDING', criterion: 2 } }],
      ['metadata', { ...entry, metadata: { ...entry.metadata, now: '2025-06-13T14:00:00.000Z' } }],
    ];
    it.each(changes)('should give another leaf hash when %s differs', (_field, changed) => {
      expect(logLeafHash(changed).equals(logLeafHash(entry))).toBe(false);
    });
  });
});

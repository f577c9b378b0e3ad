import { readCsvTable, type ColumnSpec } from './csv-table.js';

const columns = [
  { key: 'id', header: 'Staff ID', aliases: ['Employee number'], required: true },
  { key: 'name', header: 'Name', required: true },
  { key: 'team', header: 'Team' },
] as const satisfies readonly ColumnSpec[];

describe('Header-driven CSV table', () => {
  describe('When the header names the columns in any order, case or spacing', () => {
    it('should map each row by header and trim the values', () => {
      const result = readCsvTable('name, STAFF-ID ,Other\r\n Priya Shah ,sw-1,ignored\r\n', columns);
      expect(result).toEqual({
        ok: true,
        rows: [{ line: 2, values: { name: 'Priya Shah', id: 'sw-1' } }],
        columns: new Set(['name', 'id']),
      });
    });

    it('should find a column by an alias', () => {
      const result = readCsvTable('Employee number,Name\nsw-1,A\n', columns);
      expect(result.ok && result.rows[0]!.values).toEqual({ id: 'sw-1', name: 'A' });
    });
  });

  describe('When a required column is missing or a column repeats', () => {
    it('should report each at line 1 with the column', () => {
      const result = readCsvTable('Name,Team,Team\nA,t,t\n', columns);
      expect(result).toEqual({
        ok: false,
        errors: [
          { line: 1, field: 'Team', message: 'The column "Team" appears more than once in the header' },
          { line: 1, field: 'Staff ID', message: 'The header has no "Staff ID" column' },
        ],
      });
    });
  });

  describe('When a row has the wrong number of fields', () => {
    it('should report its line', () => {
      const result = readCsvTable('Staff ID,Name\na,b\nc\nd,e,f\n', columns);
      expect(result).toEqual({
        ok: false,
        errors: [
          { line: 3, field: null, message: 'The row has 1 field, the header 2' },
          { line: 4, field: null, message: 'The row has 3 fields, the header 2' },
        ],
      });
    });
  });

  describe('When the file is empty or malformed', () => {
    it('should say the header is missing', () => {
      expect(readCsvTable('', columns)).toMatchObject({ ok: false, errors: [{ line: 1, field: null }] });
    });

    it('should report syntax errors with their lines', () => {
      expect(readCsvTable('Staff ID,Name\na,"b\n', columns)).toMatchObject({ ok: false, errors: [{ line: 2, field: null }] });
    });
  });
});

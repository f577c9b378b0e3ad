import { parseCsv, type CsvRecord } from './csv-parser.js';

/**
 * Header-driven reading of a CSV file: the first record names the columns, in any order; each
 * column the import knows is found by its header or one of its aliases, compared without case,
 * spaces or punctuation ("Azeus No." matches "azeus no"). Columns the import does not know are
 * ignored, so an export with extra columns can be imported as it is.
 */

export interface ColumnSpec<Key extends string = string> {
  readonly key: Key;
  /** The header as documented and as errors name the column. */
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
}

/** A problem with one row (or, at line 1, with the header), named by file line and column. */
export interface ImportRowError {
  /** 1-based line of the file on which the row starts. */
  readonly line: number;
  /** The column's documented header, or null when the problem is with the row as a whole. */
  readonly field: string | null;
  readonly message: string;
  /** The stable code of the broken rule, where a domain rule was broken. */
  readonly code?: string;
}

export interface CsvRow<Key extends string> {
  readonly line: number;
  /** Trimmed value of each known column present in the file; absent columns are missing here. */
  readonly values: Readonly<Partial<Record<Key, string>>>;
}

export type CsvTableResult<Key extends string> =
  | { readonly ok: true; readonly rows: readonly CsvRow<Key>[]; readonly columns: ReadonlySet<Key> }
  | { readonly ok: false; readonly errors: readonly ImportRowError[] };

export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Parses the text and maps each data row to the known columns. Fails, with every problem found,
 * on a syntax error, a missing or repeated header, or a row with a different number of fields
 * from the header.
 */
export function readCsvTable<Key extends string>(text: string, columns: readonly ColumnSpec<Key>[]): CsvTableResult<Key> {
  const parsed = parseCsv(text);
  const errors: ImportRowError[] = parsed.ok ? [] : parsed.errors.map((e) => ({ line: e.line, field: null, message: e.message }));
  const [header, ...data] = parsed.records;
  if (header === undefined) {
    if (errors.length > 0) return { ok: false, errors };
    return { ok: false, errors: [{ line: 1, field: null, message: 'The file is empty; the first line must name the columns' }] };
  }

  const positions = headerPositions(header, columns, errors);
  const rows: CsvRow<Key>[] = [];
  for (const record of data) {
    if (record.fields.length !== header.fields.length) {
      errors.push({
        line: record.line,
        field: null,
        message: `The row has ${record.fields.length} field${record.fields.length === 1 ? '' : 's'}, the header ${header.fields.length}`,
      });
      continue;
    }
    const values: Partial<Record<Key, string>> = {};
    for (const [key, position] of positions) values[key] = record.fields[position]!.trim();
    rows.push({ line: record.line, values });
  }
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, rows, columns: new Set(positions.keys()) };
}

function headerPositions<Key extends string>(
  header: CsvRecord,
  columns: readonly ColumnSpec<Key>[],
  errors: ImportRowError[],
): Map<Key, number> {
  const byName = new Map<string, ColumnSpec<Key>>();
  for (const column of columns) {
    for (const name of [column.header, ...(column.aliases ?? [])]) byName.set(normalizeHeader(name), column);
  }
  const positions = new Map<Key, number>();
  header.fields.forEach((name, position) => {
    const column = byName.get(normalizeHeader(name));
    if (column === undefined) return;
    if (positions.has(column.key)) {
      errors.push({ line: header.line, field: column.header, message: `The column "${column.header}" appears more than once in the header` });
      return;
    }
    positions.set(column.key, position);
  });
  for (const column of columns) {
    if (column.required && !positions.has(column.key)) {
      errors.push({ line: header.line, field: column.header, message: `The header has no "${column.header}" column` });
    }
  }
  return positions;
}

export function sortErrors(errors: readonly ImportRowError[]): ImportRowError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}

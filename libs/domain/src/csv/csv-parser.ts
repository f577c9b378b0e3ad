/**
 * An RFC 4180 CSV parser: comma-separated fields, records ended by CRLF (LF and a lone CR are
 * accepted too), fields in double quotes may hold commas, line breaks and quotes written twice.
 * A byte order mark at the start is dropped. Pure and dependency-free.
 *
 * Each record carries the 1-based file line it starts on, so an import can name the line of a
 * malformed row even when an earlier quoted field spans several lines.
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvSyntaxError {
  readonly line: number;
  readonly message: string;
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly records: readonly CsvRecord[]; readonly errors: readonly CsvSyntaxError[] };

const QUOTE = '"';
const COMMA = ',';

/**
 * Parses the whole text. Records whose fields are all empty (blank lines) are left out. A syntax
 * error (an unterminated quoted field, a quote inside an unquoted field, text after a closing
 * quote) is reported with its line, the offending record is left out and parsing resumes on the
 * next line, so every malformed record is reported at once.
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];

  let line = 1;
  let i = 0;
  const n = input.length;

  /** Moves past a line break at i (CRLF, LF or CR); returns whether there was one. */
  const skipLineBreak = (): boolean => {
    if (input[i] === '\r') {
      i += input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      return true;
    }
    if (input[i] === '\n') {
      i += 1;
      line += 1;
      return true;
    }
    return false;
  };

  /** After an error: drop the rest of the physical line. */
  const skipToNextLine = (): void => {
    while (i < n && input[i] !== '\r' && input[i] !== '\n') i += 1;
    skipLineBreak();
  };

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let failed = false;

    // One record: fields until a line break or the end of the text.
    for (;;) {
      let field = '';
      if (input[i] === QUOTE) {
        const quoteLine = line;
        i += 1;
        let closed = false;
        while (i < n) {
          const c = input[i]!;
          if (c === QUOTE) {
            if (input[i + 1] === QUOTE) {
              field += QUOTE;
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (c === '\r' || c === '\n') {
            // A line break inside quotes is part of the field, kept as written.
            const before = i;
            skipLineBreak();
            field += input.slice(before, i);
            continue;
          }
          field += c;
          i += 1;
        }
        if (!closed) {
          errors.push({ line: quoteLine, message: 'A quoted field is not closed before the end of the file' });
          failed = true;
          break;
        }
        if (i < n && input[i] !== COMMA && input[i] !== '\r' && input[i] !== '\n') {
          errors.push({ line, message: 'Text follows the closing quote of a field; a quote inside a field is written twice ("")' });
          failed = true;
          skipToNextLine();
          break;
        }
      } else {
        while (i < n) {
          const c = input[i]!;
          if (c === COMMA || c === '\r' || c === '\n') break;
          if (c === QUOTE) {
            errors.push({ line, message: 'A quote inside an unquoted field; quote the whole field and write the quote twice ("")' });
            failed = true;
            break;
          }
          field += c;
          i += 1;
        }
        if (failed) {
          skipToNextLine();
          break;
        }
      }
      fields.push(field);
      if (input[i] === COMMA) {
        i += 1;
        continue;
      }
      skipLineBreak();
      break;
    }

    if (!failed && !fields.every((f) => f === '')) records.push({ line: startLine, fields });
  }

  return errors.length === 0 ? { ok: true, records } : { ok: false, records, errors };
}

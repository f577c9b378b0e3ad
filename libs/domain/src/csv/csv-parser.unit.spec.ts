import { parseCsv } from './csv-parser.js';

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.records.map((r) => r.fields);
};

describe('CSV parser (RFC 4180)', () => {
  describe('When fields are plain', () => {
    it('should split records on CRLF and fields on commas', () => {
      expect(fieldsOf('a,b,c\r\n1,2,3\r\n')).toEqual([
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ]);
    });

    it('should accept LF and a lone CR as record ends, and a last record without one', () => {
      expect(fieldsOf('a,b\n1,2\r3,4')).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
    });

    it('should keep empty fields, including a trailing one', () => {
      expect(fieldsOf('a,,c,\n')).toEqual([['a', '', 'c', '']]);
    });

    it('should keep spaces inside fields as written', () => {
      expect(fieldsOf(' a , b \n')).toEqual([[' a ', ' b ']]);
    });
  });

  describe('When fields are quoted', () => {
    it('should keep embedded commas', () => {
      expect(fieldsOf('"Lewis, Hannah",SW\n')).toEqual([['Lewis, Hannah', 'SW']]);
    });

    it('should read a doubled quote as one quote', () => {
      expect(fieldsOf('"She said ""no""",x\n')).toEqual([['She said "no"', 'x']]);
    });

    it('should keep embedded line breaks as written', () => {
      expect(fieldsOf('"line one\r\nline two",x\r\n"a\nb",y\n')).toEqual([
        ['line one\r\nline two', 'x'],
        ['a\nb', 'y'],
      ]);
    });

    it('should read an empty quoted field as empty', () => {
      expect(fieldsOf('"",x\n')).toEqual([['', 'x']]);
    });
  });

  describe('When the file starts with a byte order mark', () => {
    it('should drop it', () => {
      expect(fieldsOf('\uFEFFStaff ID,Name\r\n')).toEqual([['Staff ID', 'Name']]);
    });
  });

  describe('When the file has blank lines', () => {
    it('should leave them out and keep the line numbers of the records', () => {
      const result = parseCsv('a,b\n\n1,2\r\n\r\n3,4\n');
      expect(result.ok).toBe(true);
      expect(result.records.map((r) => r.line)).toEqual([1, 3, 5]);
    });
  });

  describe('When a quoted field spans lines', () => {
    it('should give each record the line it starts on', () => {
      const result = parseCsv('h1,h2\n"multi\nline\nnote",x\nnext,y\n');
      expect(result.records.map((r) => [r.line, r.fields[0]])).toEqual([
        [1, 'h1'],
        [2, 'multi\nline\nnote'],
        [5, 'next'],
      ]);
    });
  });

  describe('When the file is malformed', () => {
    it('should report a quoted field left open, at the line it opens', () => {
      const result = parseCsv('a,b\n1,"open\n2,3\n');
      expect(result).toMatchObject({ ok: false, errors: [{ line: 2, message: expect.stringMatching(/not closed/) }] });
    });

    it('should report a quote inside an unquoted field and go on with the next line', () => {
      const result = parseCsv('a,b\n1,x"y\n2,3\n4,"z"w\n5,6\n');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.line)).toEqual([2, 4]);
      expect(result.errors[0]!.message).toMatch(/quote inside an unquoted field/);
      expect(result.errors[1]!.message).toMatch(/follows the closing quote/);
      expect(result.records.map((r) => r.fields)).toEqual([
        ['a', 'b'],
        ['2', '3'],
        ['5', '6'],
      ]);
    });
  });

  describe('When the text is empty', () => {
    it('should hold no records', () => {
      expect(parseCsv('')).toEqual({ ok: true, records: [] });
      expect(parseCsv('\uFEFF\r\n')).toEqual({ ok: true, records: [] });
    });
  });
});

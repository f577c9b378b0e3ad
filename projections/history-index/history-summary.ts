/**
 * A one-line, human-readable account of any event, for any strand: its type in words and the
 * few facts a reader of a history looks for first. The data itself stays beside it, as recorded.
 */

/** Fields worth naming in a summary, in the order they are named. */
const SUMMARY_FIELDS: readonly (readonly [field: string, label: string])[] = [
  ['azeusNumber', 'case'],
  ['criterion', 'criterion'],
  ['grade', 'grade'],
  ['overallGrade', 'overall grade'],
  ['stage', 'stage'],
  ['status', 'status'],
  ['timescale', 'timescale'],
  ['dueDate', 'due'],
];

const MAX_TEXT = 80;

/** `CaseFileAuditGradeModerated` → `Case file audit grade moderated`. */
export function typeInWords(type: string): string {
  const words = type
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w, i) => (i === 0 ? w : /^[A-Z0-9]+$/.test(w) && w.length > 1 ? w : w.toLowerCase()));
  return words.join(' ');
}

export function summariseEvent(type: string, data: unknown): string {
  const facts: string[] = [];
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (typeof record['fromGrade'] === 'string' && typeof record['toGrade'] === 'string') {
    if (typeof record['criterion'] === 'number') facts.push(`criterion ${record['criterion']}`);
    else facts.push('overall');
    facts.push(`${record['fromGrade']} → ${record['toGrade']}`);
  } else {
    for (const [field, label] of SUMMARY_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' || typeof value === 'number') facts.push(`${label} ${shorten(String(value))}`);
    }
  }
  if (typeof record['agreed'] === 'boolean') facts.push(record['agreed'] ? 'agreed' : 'not agreed');
  if (typeof record['description'] === 'string') facts.push(`“${shorten(record['description'])}”`);
  return facts.length === 0 ? typeInWords(type) : `${typeInWords(type)}: ${facts.join(', ')}`;
}

function shorten(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

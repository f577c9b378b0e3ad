import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';

/**
 * REP-3: which subjects a recorded event concerns, read from the event alone, for any strand
 * (no strand is known in advance). Pure; never throws on a recorded event.
 *
 * - A **case**: any `azeusNumber` (or `azeusNumbers` list) in the data, at any depth up to
 *   MAX_DEPTH. A stream is *the case's record* (an audit of the case, an action on it, an
 *   escalation about it) when its first event (revision 0) names the case at the top level or
 *   one object down, not inside a list: every later event of that stream is then part of the
 *   case's history too, even one that does not repeat the Azeus number (an action completed).
 * - A **member of staff**: the actor who recorded it, and every value of a staff reference
 *   field (STAFF_REFERENCE_RULE), at any depth up to MAX_DEPTH.
 * - The **record** itself: its stream.
 */

/** How deep the data is searched (`raisedBy.staffId` is 2, `actions[].ownerId` is 2). */
export const MAX_DEPTH = 4;

/**
 * The person nouns of staff reference fields: a field `<noun>Id(s)` or `…<Noun>Id(s)` names
 * staff (`auditorId`, `teamManagerId`, `previousLineManagerId`, `excludedAuditorIds`,
 * `headOfServiceId`). Record ids (`auditId`, `teamId`, `actionId`, `serviceAreaId`) do not end
 * with a person noun, so they are never taken for staff.
 */
export const STAFF_NOUNS: readonly string[] = [
  'staff',
  'auditor',
  'owner',
  'manager',
  'worker',
  'supervisee',
  'supervisor',
  'observer',
  'observee',
  'chair',
  'headOfService',
  'moderator',
  'recipient',
  'lead',
  'officer',
  'practitioner',
  'director',
  'reviewer',
  'member',
  'iro',
];

/** Fields that list staff ids without a person noun. */
export const STAFF_LIST_FIELDS: readonly string[] = ['recipients'];

/**
 * `…By` fields name who did something (`raisedBy`, `completedBy`, `verifiedBy`); a string is a
 * staff id, an object (an actor) carries its `staffId`. These are the exceptions: free text about
 * someone who is not staff (the family member who gave feedback), or a date (`dueBy`). A value
 * that reads as a date is never taken for a staff id either.
 */
export const NOT_STAFF_BY_FIELDS: readonly string[] = ['givenBy', 'dueBy'];

export const STAFF_REFERENCE_RULE =
  'the actor; fields named <noun>Id(s) or …<Noun>Id(s) for a person noun (staff, auditor, owner, manager, worker, supervisee, supervisor, observer, chair, headOfService, moderator, recipient, lead, …); …By fields (except givenBy, dueBy); recipients';

const MAX_ID_LENGTH = 200;

export function isStaffReferenceField(name: string): boolean {
  if (STAFF_LIST_FIELDS.includes(name)) return true;
  if (name.length > 2 && name.endsWith('By') && !NOT_STAFF_BY_FIELDS.includes(name)) return true;
  for (const noun of STAFF_NOUNS) {
    const capitalised = noun[0]!.toUpperCase() + noun.slice(1);
    for (const suffix of ['Id', 'Ids']) {
      if (name === `${noun}${suffix}` || name.endsWith(`${capitalised}${suffix}`)) return true;
    }
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function identifier(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length === 0 || trimmed.length > MAX_ID_LENGTH ? null : trimmed;
}

function staffIdentifier(value: unknown): string | null {
  const id = identifier(value);
  return id === null || /^\d{4}-\d{2}-\d{2}/.test(id) ? null : id;
}

/** Where in an event a subject is named: field paths (`keyInformation.socialWorkerId`, `actions[].ownerId`) or `actor`. */
export type Mentions = ReadonlyMap<string, readonly string[]>;

export interface EventSubjects {
  /** Azeus number → the paths naming it. */
  readonly cases: Mentions;
  /** Staff id → the paths naming them (`actor` for who recorded it). */
  readonly staff: Mentions;
}

class MentionMap {
  readonly map = new Map<string, string[]>();
  add(id: string | null, path: string): void {
    if (id === null) return;
    const paths = this.map.get(id);
    if (paths === undefined) this.map.set(id, [path]);
    else if (!paths.includes(path)) paths.push(path);
  }
}

/** The cases and staff an event names, with where. */
export function subjectsOf(event: Pick<RecordedEvent, 'data' | 'metadata'>): EventSubjects {
  const cases = new MentionMap();
  const staff = new MentionMap();
  const actor = actorOf(event);
  if (actor !== null) staff.add(actor.staffId, 'actor');

  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, `${path}[]`, depth);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, member] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (key === 'azeusNumber') cases.add(identifier(member), at);
      else if (key === 'azeusNumbers' && Array.isArray(member)) member.forEach((m) => cases.add(identifier(m), at));
      else if (isStaffReferenceField(key)) {
        if (Array.isArray(member)) {
          for (const item of member) {
            if (typeof item === 'string') staff.add(staffIdentifier(item), at);
            else walk(item, `${at}[]`, depth + 1);
          }
        } else if (typeof member === 'string') staff.add(staffIdentifier(member), at);
        else walk(member, at, depth + 1);
      } else walk(member, at, depth + 1);
    }
  };
  walk(event.data, '', 1);
  return { cases: cases.map, staff: staff.map };
}

/**
 * Whether an event, as the first of its stream, makes the stream the case's own record: it names
 * the case at the top level or one object down (`azeusNumber`, `keyInformation.azeusNumber`),
 * not inside a list (a themed audit day listing several cases is not any one case's record).
 */
export function opensRecordOf(paths: readonly string[] | undefined): boolean {
  return (paths ?? []).some((path) => !path.includes('[]') && path.split('.').length <= 2);
}

export interface HistoryActor {
  readonly staffId: string;
  readonly role: string | null;
}

export function actorOf(event: Pick<RecordedEvent, 'metadata'>): HistoryActor | null {
  const actor = isRecord(event.metadata) ? event.metadata['actor'] : undefined;
  if (!isRecord(actor)) return null;
  const staffId = identifier(actor['staffId']);
  if (staffId === null) return null;
  return { staffId, role: typeof actor['role'] === 'string' ? actor['role'] : null };
}

/** The business time (`metadata.now`) as a UTC ISO instant; the store's time when it is missing or unreadable. */
export function businessTimeOf(event: Pick<RecordedEvent, 'metadata' | 'created'>): string {
  const now = isRecord(event.metadata) ? event.metadata['now'] : undefined;
  if (typeof now === 'string') {
    const parsed = Date.parse(now);
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
  }
  const created = event.created instanceof Date ? event.created.getTime() : Number.NaN;
  return Number.isNaN(created) ? new Date(0).toISOString() : new Date(created).toISOString();
}

/** The month (`YYYY-MM`, UTC) of a business time: the chunk an event's reference is kept in. */
export function monthOf(instant: string): string {
  return instant.slice(0, 7);
}

/** The keys of the subjects: `case:<azeusNumber>`, `staff:<staffId>`, `record:<streamId>`. */
export const caseSubject = (azeusNumber: string): string => `case:${azeusNumber}`;
export const staffSubject = (staffId: string): string => `staff:${staffId}`;
export const recordSubject = (streamId: string): string => `record:${streamId}`;

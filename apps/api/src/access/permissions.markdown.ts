import { ROLES, type Role } from '../../../../libs/domain/src/shared/decider.js';
import { ROLE_NAMES } from '../../../../libs/domain/src/staff/staff.values.js';
import { PERMISSIONS, type OperationType, type Permission } from './permissions.js';

/**
 * The README's permission table, rendered from PERMISSIONS so the two cannot drift: a test
 * compares the README between the markers with this rendering (UPDATE_PERMISSIONS=1 rewrites it).
 */
export const PERMISSIONS_START = '<!-- permissions:start -->';
export const PERMISSIONS_END = '<!-- permissions:end -->';

/** The column heads, in the order of ROLES. */
export const ROLE_ABBREVIATIONS: Readonly<Record<Role, string>> = {
  SOCIAL_WORKER: 'SW',
  ADVANCED_PRACTITIONER: 'AP',
  TEAM_MANAGER: 'TM',
  HEAD_OF_SERVICE: 'HoS',
  CHIEF_OFFICER: 'CO',
  DIRECTOR: 'Dir',
  SQA_OFFICER: 'SQA-O',
  SQA_MANAGER: 'SQA-M',
  IRO: 'IRO',
  CP_CHAIR: 'CPC',
  CRS_TEAM_MANAGER: 'CRS-TM',
  INSPECTOR: 'Insp',
  DMT_MEMBER: 'DMT',
  SLT_MEMBER: 'SLT',
};

const SECTIONS: ReadonlyArray<{ readonly type: OperationType; readonly heading: string; readonly column: string }> = [
  { type: 'Query', heading: 'Queries', column: 'Query' },
  { type: 'Mutation', heading: 'Mutations (an inspector never runs one)', column: 'Mutation' },
  { type: 'Route', heading: 'HTTP routes', column: 'Route' },
];

function section(heading: string, column: string, rows: Readonly<Record<string, Permission>>): string[] {
  const head = `| ${column} | ${ROLES.map((role) => ROLE_ABBREVIATIONS[role]).join(' | ')} | Scope |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|---|`;
  const lines = Object.keys(rows)
    .sort()
    .map((name) => {
      const { roles, scope } = rows[name]!;
      const marks = ROLES.map((role) => (roles.includes(role) ? '✓' : ' '));
      return `| \`${name}\` | ${marks.join(' | ')} | ${scope.replaceAll('|', '\\|')} |`;
    });
  return [`**${heading}**`, '', head, rule, ...lines];
}

/** The table as markdown: a legend, then queries, mutations and routes, each sorted by name. */
export function renderPermissionTable(): string {
  const legend = ROLES.map((role) => `${ROLE_ABBREVIATIONS[role]} ${ROLE_NAMES[role][0]!}`).join(', ');
  const parts = [`Columns: ${legend}. ✓ = may run it; a field or route not listed is refused.`];
  for (const { type, heading, column } of SECTIONS) parts.push(section(heading, column, PERMISSIONS[type]).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/** What a document holds between the markers, or null when it has no (well-ordered) pair. */
export function betweenMarkers(document: string): string | null {
  const start = document.indexOf(PERMISSIONS_START);
  const end = document.indexOf(PERMISSIONS_END);
  if (start === -1 || end === -1 || end < start) return null;
  return document.slice(start + PERMISSIONS_START.length, end).replace(/^\n/, '');
}

/** The document with the rendered table between its markers (it must have them). */
export function withRenderedTable(document: string): string {
  const start = document.indexOf(PERMISSIONS_START);
  const end = document.indexOf(PERMISSIONS_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`The document has no ${PERMISSIONS_START} … ${PERMISSIONS_END} pair`);
  return `${document.slice(0, start + PERMISSIONS_START.length)}\n${renderPermissionTable()}${document.slice(end)}`;
}

import { ROLES, type Role } from '../shared/decider.js';
import { normalizeHeader } from '../csv/csv-table.js';

/**
 * The names a role goes by (DOMAIN.md, roles): the code itself, the framework's words and its
 * abbreviations. Compared without case, spaces or punctuation, so "S&QA Officer", "sqa officer"
 * and "SQA_OFFICER" are the same role. "Manager" alone is left out: the framework uses it for the
 * HoS, but exports use it for any manager.
 */
export const ROLE_NAMES: Readonly<Record<Role, readonly string[]>> = {
  SOCIAL_WORKER: ['Social worker', 'SW'],
  ADVANCED_PRACTITIONER: ['Advanced practitioner', 'AP'],
  TEAM_MANAGER: ['Team manager', 'TM'],
  HEAD_OF_SERVICE: ['Head of service', 'HoS'],
  CHIEF_OFFICER: ['Chief officer'],
  DIRECTOR: ['Director'],
  SQA_OFFICER: ['S&QA officer', 'Safeguarding and quality assurance officer'],
  SQA_MANAGER: ['S&QA manager', 'Safeguarding and quality assurance manager'],
  IRO: ['Independent reviewing officer', 'IRO'],
  CP_CHAIR: ['CP chair', 'Child protection chair', 'Child protection conference chair'],
  CRS_TEAM_MANAGER: ['CRS team manager', 'Conference and review service team manager'],
  INSPECTOR: ['Inspector', 'Ofsted inspector'],
  DMT_MEMBER: ['DMT member', 'DMT'],
  SLT_MEMBER: ['SLT member', 'SLT'],
};

const ROLE_BY_NAME: ReadonlyMap<string, Role> = new Map(
  ROLES.flatMap((role) => [role, ...ROLE_NAMES[role]].map((name) => [normalizeHeader(name), role] as const)),
);

/** The role a name stands for, or null when it names none. */
export function roleFromName(name: string): Role | null {
  return ROLE_BY_NAME.get(normalizeHeader(name)) ?? null;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Yes/no as exports write it. Blank is no. Returns null for anything else. */
export function yesNoFromText(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (['', 'n', 'no', 'false', '0'].includes(value)) return false;
  if (['y', 'yes', 'true', '1'].includes(value)) return true;
  return null;
}

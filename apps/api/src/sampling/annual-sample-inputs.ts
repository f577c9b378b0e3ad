import { randomBytes } from 'node:crypto';
import type { SampleAuditor, SampleCaseWorker, SampleFrameCase } from '../../../../libs/domain/src/sampling/index.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { listCaseFileAudits } from '../../../../projections/case-file-audits/case-file-audits.queries.js';
import { caseAsAt, getCase, listCasesOpenBetween } from '../../../../projections/cases/index.js';
import { getStaffMember, listStaffAsAt, staffMemberAsAt } from '../../../../projections/staff/index.js';

/**
 * What the annual sample's commands are given, gathered from the read models (CFA-1). The
 * deciders check and record these inputs; gathering them is the edge's work, shared by the API
 * and the CLI. Framework-free.
 */

/**
 * The frame of a year's draw: every case open at any time in the year (as it stood at the end of
 * the year, or on the day it closed), each with the date it was last audited.
 */
export async function annualSampleFrame(store: ReadStore, year: number): Promise<SampleFrameCase[]> {
  const [cases, lastAudited] = await Promise.all([listCasesOpenBetween(store, `${year}-01-01`, `${year}-12-31`), lastAuditDates(store)]);
  return cases.map((c) => ({
    azeusNumber: c.azeusNumber,
    teamId: c.teamId,
    category: c.category,
    lastAuditedOn: lastAudited.get(c.azeusNumber) ?? null,
  }));
}

/**
 * The day each case was last audited: the submission date of its latest submitted case file
 * audit (an audit counts once it is completed; one scheduled or in progress does not).
 */
export async function lastAuditDates(store: ReadStore): Promise<Map<string, string>> {
  const submitted = await listCaseFileAudits(store, { status: 'SUBMITTED' });
  const last = new Map<string, string>();
  for (const audit of submitted) {
    if (audit.submittedAt === null) continue;
    const day = audit.submittedAt.slice(0, 10);
    const known = last.get(audit.azeusNumber);
    if (known === undefined || day > known) last.set(audit.azeusNumber, day);
  }
  return last;
}

export interface AllocationInputs {
  readonly auditors: SampleAuditor[];
  readonly caseWorkers: SampleCaseWorker[];
}

/**
 * The allocation's auditors, the TMs and APs in post on `date` (CFA-2) with their team and line
 * manager, and for each drawn case its allocated worker on that date and the worker's line
 * manager (who may not audit it, CFA-1).
 */
export async function annualSampleAllocationInputs(store: ReadStore, azeusNumbers: readonly string[], date: string): Promise<AllocationInputs> {
  const [teamManagers, advancedPractitioners] = await Promise.all([
    listStaffAsAt(store, date, { role: 'TEAM_MANAGER' }),
    listStaffAsAt(store, date, { role: 'ADVANCED_PRACTITIONER' }),
  ]);
  const auditors = [...teamManagers, ...advancedPractitioners].map((s) => ({
    staffId: s.staffId,
    teamId: s.teamId,
    lineManagerId: s.lineManagerId,
  }));
  const caseWorkers = await Promise.all(azeusNumbers.map((azeusNumber) => caseWorker(store, azeusNumber, date)));
  return { auditors, caseWorkers };
}

/** A case's allocated worker on a date and that worker's line manager then. */
export async function caseWorker(store: ReadStore, azeusNumber: string, date: string): Promise<SampleCaseWorker> {
  const document = await getCase(store, azeusNumber);
  const caseThen = document === null ? null : caseAsAt(document, date);
  // A case first opened after the date is taken as recorded now.
  const worker = caseThen !== null ? caseThen.allocatedWorkerId : (document?.allocatedWorkerId ?? null);
  if (worker === null) return { azeusNumber, allocatedWorkerId: null, allocatedWorkerLineManagerId: null };
  const member = await getStaffMember(store, worker);
  const memberThen = member === null ? null : staffMemberAsAt(member, date);
  const lineManager = memberThen !== null ? memberThen.lineManagerId : (member?.lineManagerId ?? null);
  return { azeusNumber, allocatedWorkerId: worker, allocatedWorkerLineManagerId: lineManager };
}

/** A seed nobody chose: 128 bits from the operating system's generator, recorded with the draw. */
export function generateSeed(): string {
  return randomBytes(16).toString('hex');
}

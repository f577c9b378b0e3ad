import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  CRS_ESCALATION_RESPONSE_WORKING_DAYS,
  crsEscalationClock,
  crsStageClock,
  type CrsEscalationResponseDays,
  type CrsStageClock,
} from '../../libs/domain/src/crs-escalation/index.js';
import type { CrsEscalationDocument, CrsEscalationDocumentStatus } from './crs-escalations.document.js';
import { CRS_ESCALATIONS_COLLECTION } from './crs-escalations.projection.js';

/**
 * Queries over `crsEscalations.v2`, written against the ReadStore port. The stage clocks (CRS-1)
 * are computed against `asOf` (default now), never stored; the working days per stage and the
 * non-working days are parameters (default CRS_ESCALATION_RESPONSE_WORKING_DAYS, weekends only).
 */

export interface CrsEscalationClockOptions {
  /** An ISO-8601 instant; default now. */
  readonly asOf?: string;
  readonly responseDays?: CrsEscalationResponseDays;
  /** YYYY-MM-DD days that are not working days (bank holidays). */
  readonly nonWorkingDays?: readonly string[];
}

export interface CrsEscalationListOptions extends CrsEscalationClockOptions {
  readonly status?: CrsEscalationDocumentStatus;
  /** Only those open at `asOf` and past their stage's response day. */
  readonly overdueOnly?: boolean;
}

/** An escalation as the queries answer it: the document with its clocks at `asOf`. */
export type CrsEscalationView = CrsEscalationDocument & {
  readonly asOf: string;
  /** The clock of the stage it was at, at `asOf`; null when it was not open then. */
  readonly clock: CrsStageClock | null;
  /** Every stage begun by `asOf`, with its clock. */
  readonly stageClocks: readonly CrsStageClock[];
  /** Open at `asOf` and its stage's response is past its due day (CRS-1). */
  readonly overdue: boolean;
};

export async function getCrsEscalation(store: ReadStore, id: string, options: CrsEscalationClockOptions = {}): Promise<CrsEscalationView | null> {
  const document = await store.get<CrsEscalationDocument>(CRS_ESCALATIONS_COLLECTION.name, id);
  return document === null ? null : crsEscalationView(document, options);
}

/** The escalations about a child's case. */
export function listCrsEscalationsByCase(store: ReadStore, azeusNumber: string, options: CrsEscalationListOptions = {}) {
  return list(store, { azeusNumber }, options);
}

/** The escalations whose current stage is with this person (the TM, the Manager, a chief officer or the director). */
export function listCrsEscalationsByRecipient(store: ReadStore, recipientId: string, options: CrsEscalationListOptions = {}) {
  return list(store, { recipientId }, options);
}

/** The escalations an IRO or CP chair raised. */
export function listCrsEscalationsByRaiser(store: ReadStore, raisedBy: string, options: CrsEscalationListOptions = {}) {
  return list(store, { raisedBy }, options);
}

/**
 * CRS-1: the escalations open at `asOf` whose stage's response is past its due day, most overdue
 * first; for one recipient when named (the recipient of the stage they were at, at `asOf`).
 */
export async function listOverdueCrsEscalations(
  store: ReadStore,
  options: CrsEscalationClockOptions & { readonly recipientId?: string } = {},
): Promise<CrsEscalationView[]> {
  const documents = await store.find<CrsEscalationDocument>(CRS_ESCALATIONS_COLLECTION.name);
  return documents
    .map((document) => crsEscalationView(document, options))
    .filter((view) => view.overdue && (options.recipientId === undefined || view.clock?.recipientId === options.recipientId))
    .sort((a, b) => compare(a.clock?.dueOn ?? '', b.clock?.dueOn ?? '') || compare(a.id, b.id));
}

export function crsEscalationView(document: CrsEscalationDocument, options: CrsEscalationClockOptions = {}): CrsEscalationView {
  const asOf = options.asOf ?? new Date().toISOString();
  const days = options.responseDays ?? CRS_ESCALATION_RESPONSE_WORKING_DAYS;
  const closed = options.nonWorkingDays ?? [];
  let clock: CrsStageClock | null = null;
  let stageClocks: CrsStageClock[] = [];
  try {
    clock = crsEscalationClock(document, asOf, days, closed);
    const at = Date.parse(asOf);
    stageClocks = document.stages.filter((s) => Date.parse(s.startedAt) <= at).map((s) => crsStageClock(s, asOf, days, closed));
  } catch (error) {
    // A bad asOf or day table is the caller's to fix; a document whose recorded times cannot be read
    // shows no clock rather than failing every list it is in.
    if (error instanceof DomainError && (error.field === 'asOf' || error.field?.startsWith('responseDays') || error.field === 'nonWorkingDays')) throw error;
    clock = null;
    stageClocks = [];
  }
  return { ...document, asOf, clock, stageClocks, overdue: clock?.state === 'OVERDUE' };
}

/** Equality filters go to the store's indexes; newest raised first, then id. */
async function list(store: ReadStore, where: Record<string, string>, options: CrsEscalationListOptions): Promise<CrsEscalationView[]> {
  const documents = await store.find<CrsEscalationDocument>(CRS_ESCALATIONS_COLLECTION.name, {
    where: { ...where, ...(options.status !== undefined ? { status: options.status } : {}) },
  });
  return documents
    .map((document) => crsEscalationView(document, options))
    .filter((view) => !options.overdueOnly || view.overdue)
    .sort((a, b) => compare(b.raisedAt, a.raisedAt) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

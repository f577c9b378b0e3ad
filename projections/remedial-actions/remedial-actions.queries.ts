import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import {
  CLOCK_STATES,
  DomainError,
  IMMEDIATE_ESCALATION_THRESHOLD_MS,
  clockInstant,
  escalationClock,
  notificationClock,
  timescaleClock,
  type ClockState,
  type DeadlineClock,
  type RemedialActionSourceKind,
  type TimescaleClock,
} from '../../libs/domain/src/index.js';
import type {
  ImmediateEscalationDocument,
  ImmediateEscalationDocumentStatus,
  RemedialActionDocument,
  RemedialActionDocumentStatus,
} from './remedial-actions.document.js';
import { IMMEDIATE_ESCALATIONS_COLLECTION } from './immediate-escalations.projection.js';
import { REMEDIAL_ACTIONS_COLLECTION } from './remedial-actions.projection.js';

/**
 * Queries over the `remedialActions` and `immediateEscalations` read models. Every answer carries
 * its clocks computed against `asOf` (ARCHITECTURE.md: due and overdue are never stored), so the
 * same documents answer "now" and "as at" a past instant alike.
 */

export type RemedialActionView = RemedialActionDocument & {
  /** CFA-7: notified to the worker and manager within 48 hours of the audit's submission. */
  readonly notificationClock: DeadlineClock;
  /** CFA-7: done by its timescale; overdue past it. */
  readonly timescaleClock: TimescaleClock;
  readonly asOf: string;
};

export interface RemedialActionFilter {
  readonly ownerId?: string;
  readonly managerId?: string;
  readonly teamId?: string;
  readonly azeusNumber?: string;
  readonly status?: RemedialActionDocumentStatus;
  /** The audit (or other source) the actions were raised from. */
  readonly sourceId?: string;
  /** The strand they came from (a case file audit, a supervision audit, a themed audit day, ...). */
  readonly sourceKind?: RemedialActionSourceKind;
  /** True: only actions not yet verified by their manager (CFA-5), completed ones included; false: only verified ones. */
  readonly open?: boolean;
  /** Only actions whose notification clock is in this state at `asOf`. */
  readonly notificationState?: ClockState;
  /** Only actions whose timescale clock is in this state at `asOf` (OVERDUE: past their timescale, not completed). */
  readonly timescaleState?: ClockState;
}

export function remedialActionView(document: RemedialActionDocument, asOf: string | Date): RemedialActionView {
  const at = asOfInstant(asOf);
  return {
    ...document,
    notificationClock: notificationClock(document, at),
    timescaleClock: timescaleClock(document, at),
    asOf: at,
  };
}

export async function getRemedialAction(
  store: ReadStore,
  actionId: string,
  asOf: string | Date = new Date(),
): Promise<RemedialActionView | null> {
  const document = await store.get<RemedialActionDocument>(REMEDIAL_ACTIONS_COLLECTION.name, actionId);
  return document === null ? null : remedialActionView(document, asOf);
}

/** Actions matching every given filter, by timescale (then id), with their clocks at `asOf`. */
export async function listRemedialActions(
  store: ReadStore,
  filter: RemedialActionFilter = {},
  asOf: string | Date = new Date(),
): Promise<RemedialActionView[]> {
  const at = asOfInstant(asOf);
  const notificationState = clockState(filter.notificationState, 'notificationState');
  const timescaleState = clockState(filter.timescaleState, 'timescaleState');
  // Equality filters go to the store's indexes; clock filters are computed here.
  const where: Record<string, string> = {};
  for (const field of ['ownerId', 'managerId', 'teamId', 'azeusNumber', 'status', 'sourceId'] as const) {
    const value = filter[field];
    if (value !== undefined) where[field] = value;
  }
  const documents = await store.find<RemedialActionDocument>(REMEDIAL_ACTIONS_COLLECTION.name, { where });
  return documents
    .map((document) => remedialActionView(document, at))
    .filter((view) => filter.sourceKind === undefined || view.source.kind === filter.sourceKind)
    .filter((view) => filter.open === undefined || (view.status !== 'VERIFIED') === filter.open)
    .filter((view) => notificationState === undefined || view.notificationClock.state === notificationState)
    .filter((view) => timescaleState === undefined || view.timescaleClock.state === timescaleState)
    .sort((a, b) => compare(a.timescale, b.timescale) || compare(a.id, b.id));
}

/** A worker's actions (CFA-7: each action has an owner). */
export function remedialActionsByOwner(store: ReadStore, ownerId: string, asOf?: string | Date): Promise<RemedialActionView[]> {
  return listRemedialActions(store, { ownerId }, asOf);
}

/** A team's actions, for the TM's tracking of remedial actions (framework section 3). */
export function remedialActionsByTeam(store: ReadStore, teamId: string, asOf?: string | Date): Promise<RemedialActionView[]> {
  return listRemedialActions(store, { teamId }, asOf);
}

/** The actions recorded against a case (CFA-7), by its Azeus number. */
export function remedialActionsByCase(store: ReadStore, azeusNumber: string, asOf?: string | Date): Promise<RemedialActionView[]> {
  return listRemedialActions(store, { azeusNumber }, asOf);
}

export type ImmediateEscalationView = ImmediateEscalationDocument & {
  /** CFA-13: acknowledged by the manager within the threshold (the service's reading of "immediately"). */
  readonly clock: DeadlineClock;
  readonly asOf: string;
};

export interface ImmediateEscalationFilter {
  readonly managerId?: string;
  readonly socialWorkerId?: string;
  readonly azeusNumber?: string;
  readonly auditId?: string;
  readonly status?: ImmediateEscalationDocumentStatus;
  readonly clockState?: ClockState;
}

export function immediateEscalationView(
  document: ImmediateEscalationDocument,
  asOf: string | Date,
  thresholdMs: number = IMMEDIATE_ESCALATION_THRESHOLD_MS,
): ImmediateEscalationView {
  const at = asOfInstant(asOf);
  return { ...document, clock: escalationClock(document.escalatedAt, document.acknowledgedAt, at, thresholdMs), asOf: at };
}

export async function getImmediateEscalation(
  store: ReadStore,
  escalationId: string,
  asOf: string | Date = new Date(),
  thresholdMs: number = IMMEDIATE_ESCALATION_THRESHOLD_MS,
): Promise<ImmediateEscalationView | null> {
  const document = await store.get<ImmediateEscalationDocument>(IMMEDIATE_ESCALATIONS_COLLECTION.name, escalationId);
  return document === null ? null : immediateEscalationView(document, asOf, thresholdMs);
}

/** Escalations matching every given filter, oldest first, with their clocks at `asOf`. */
export async function listImmediateEscalations(
  store: ReadStore,
  filter: ImmediateEscalationFilter = {},
  asOf: string | Date = new Date(),
  thresholdMs: number = IMMEDIATE_ESCALATION_THRESHOLD_MS,
): Promise<ImmediateEscalationView[]> {
  const at = asOfInstant(asOf);
  const wanted = clockState(filter.clockState, 'clockState');
  const where: Record<string, string> = {};
  for (const field of ['managerId', 'socialWorkerId', 'azeusNumber', 'auditId', 'status'] as const) {
    const value = filter[field];
    if (value !== undefined) where[field] = value;
  }
  const documents = await store.find<ImmediateEscalationDocument>(IMMEDIATE_ESCALATIONS_COLLECTION.name, { where });
  return documents
    .map((document) => immediateEscalationView(document, at, thresholdMs))
    .filter((view) => wanted === undefined || view.clock.state === wanted)
    .sort((a, b) => compare(a.escalatedAt, b.escalatedAt) || compare(a.id, b.id));
}

function clockState(value: ClockState | undefined, field: string): ClockState | undefined {
  if (value === undefined || CLOCK_STATES.includes(value)) return value;
  throw new DomainError('REMEDIAL_ACTION.CLOCK_STATE_UNKNOWN', `${field} must be one of ${CLOCK_STATES.join(', ')}`, 'BAD_USER_INPUT', {
    field,
  });
}

function asOfInstant(asOf: string | Date): string {
  return clockInstant(asOf);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

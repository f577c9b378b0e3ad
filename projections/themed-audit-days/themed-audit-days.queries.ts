import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import {
  DONE_ACTION_STATUS,
  clockInstant,
  timescaleClock,
  type ClockState,
  type ThemeOrigin,
  type TrackedActionStatus,
} from '../../libs/domain/src/index.js';
import { listRemedialActions, type RemedialActionView } from '../remedial-actions/remedial-actions.queries.js';
import type {
  TargetedActionPlanDocument,
  ThemedAuditDayActionDocument,
  ThemedAuditDayDocument,
  ThemedAuditDayDocumentStatus,
} from './themed-audit-days.document.js';
import { THEMED_AUDIT_DAYS_COLLECTION } from './themed-audit-days.projection.js';

/**
 * Queries over `themedAuditDays.v1` (TAD-1), written against the ReadStore port. "Tracked to
 * completion" is answered by joining the remedial actions read model: each plan action is a
 * remedial action with the day as its source, so its status and timescale clock (CFA-7) come from
 * there, computed at `asOf` (default now). An action the service has not raised yet reads NOT_RAISED.
 */

/** One action of the targeted action plan and how far it has got. */
export type TrackedThemedAuditDayAction = ThemedAuditDayActionDocument & {
  readonly status: TrackedActionStatus;
  /** Verified done by its manager (CFA-7). */
  readonly done: boolean;
  /** The timescale the action now runs to (a reopening may move it). */
  readonly currentTimescale: string;
  /** RUNNING, OVERDUE (past its timescale, not completed), MET or BREACHED (completed late); null if the timescale cannot be read. */
  readonly timescaleState: ClockState | null;
  readonly daysLate: number;
  readonly completedAt: string | null;
  readonly verifiedAt: string | null;
};

export type TrackedActionPlan = Omit<TargetedActionPlanDocument, 'actions'> & {
  readonly actions: readonly TrackedThemedAuditDayAction[];
  readonly actionsTotal: number;
  readonly actionsDone: number;
  readonly actionsOverdue: number;
  readonly allActionsDone: boolean;
};

export type ThemedAuditDayView = Omit<ThemedAuditDayDocument, 'actionPlan'> & {
  readonly actionPlan: TrackedActionPlan | null;
  readonly asOf: string;
};

export interface ThemedAuditDayFilter {
  /** Words of the theme, matched case-insensitively anywhere in it. */
  readonly theme?: string;
  readonly status?: ThemedAuditDayDocumentStatus;
  /** Days on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Days on or before this date (YYYY-MM-DD). */
  readonly to?: string;
  /** Days whose theme was chosen (at least partly) for this reason. */
  readonly origin?: ThemeOrigin;
  readonly leadId?: string;
}

export async function getThemedAuditDay(store: ReadStore, dayId: string, asOf: string | Date = new Date()): Promise<ThemedAuditDayView | null> {
  const document = await store.get<ThemedAuditDayDocument>(THEMED_AUDIT_DAYS_COLLECTION.name, dayId);
  return document === null ? null : view(store, document, instantOf(asOf));
}

/** Themed audit days matching every given filter, by date and session, each with its actions tracked at `asOf`. */
export async function listThemedAuditDays(
  store: ReadStore,
  filter: ThemedAuditDayFilter = {},
  asOf: string | Date = new Date(),
): Promise<ThemedAuditDayView[]> {
  const at = instantOf(asOf);
  const where: Record<string, string> = {};
  if (filter.status !== undefined) where['status'] = filter.status;
  if (filter.leadId !== undefined) where['leadId'] = filter.leadId;
  const words = filter.theme?.trim().toLowerCase();
  const documents = (await store.find<ThemedAuditDayDocument>(THEMED_AUDIT_DAYS_COLLECTION.name, { where }))
    .filter((d) => !words || d.theme.toLowerCase().includes(words))
    .filter((d) => filter.from === undefined || d.date >= filter.from)
    .filter((d) => filter.to === undefined || d.date <= filter.to)
    .filter((d) => filter.origin === undefined || d.reasons.some((r) => r.origin === filter.origin))
    .sort(byDateThenSession);
  return Promise.all(documents.map((document) => view(store, document, at)));
}

async function view(store: ReadStore, document: ThemedAuditDayDocument, asOf: string): Promise<ThemedAuditDayView> {
  const { actionPlan, ...day } = document;
  if (actionPlan === null) return { ...day, actionPlan: null, asOf };
  const raised = new Map(
    (await listRemedialActions(store, { sourceId: document.dayId }, asOf))
      .filter((action) => action.source.kind === 'THEMED_AUDIT_DAY')
      .map((action) => [action.id, action] as const),
  );
  const actions = actionPlan.actions.map((action) => tracked(action, raised.get(action.actionId), asOf));
  return {
    ...day,
    actionPlan: {
      ...actionPlan,
      actions,
      actionsTotal: actions.length,
      actionsDone: actions.filter((a) => a.done).length,
      actionsOverdue: actions.filter((a) => a.timescaleState === 'OVERDUE').length,
      allActionsDone: actions.every((a) => a.done),
    },
    asOf,
  };
}

function tracked(action: ThemedAuditDayActionDocument, remedial: RemedialActionView | undefined, asOf: string): TrackedThemedAuditDayAction {
  if (remedial !== undefined) {
    return {
      ...action,
      status: remedial.status,
      done: remedial.status === DONE_ACTION_STATUS,
      currentTimescale: remedial.timescale,
      timescaleState: remedial.timescaleClock.state,
      daysLate: remedial.timescaleClock.daysLate,
      completedAt: remedial.completedAt,
      verifiedAt: remedial.verifiedAt,
    };
  }
  const clock = /^\d{4}-\d{2}-\d{2}$/.test(action.timescale) ? timescaleClock({ timescale: action.timescale }, asOf) : null;
  return {
    ...action,
    status: 'NOT_RAISED',
    done: false,
    currentTimescale: action.timescale,
    timescaleState: clock?.state ?? null,
    daysLate: clock?.daysLate ?? 0,
    completedAt: null,
    verifiedAt: null,
  };
}

const SESSION_ORDER = { MORNING: 0, AFTERNOON: 1 } as const;

function byDateThenSession(a: ThemedAuditDayDocument, b: ThemedAuditDayDocument): number {
  return compare(a.date, b.date) || (SESSION_ORDER[a.session] ?? 0) - (SESSION_ORDER[b.session] ?? 0) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `asOf` as an instant; a bare date means the end of that day. Refused (field `asOf`) if it is neither. */
function instantOf(asOf: string | Date): string {
  return clockInstant(typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf);
}

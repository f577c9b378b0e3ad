import type { RemedialActionSourceKind } from './remedial-action.values.js';

/**
 * Actions everywhere are one kind of thing (issue 4, item 7). Every strand that agrees actions
 * (supervision audits SUP-5, practice observations OBS-5, meeting observations MTG-4, themed audit
 * days TAD-1, CRS escalations CRS-1) records them in its own event, and the service turns each into
 * a remedial action with the lifecycle and clocks of CFA-7: notified, acknowledged, completed,
 * verified, overdue past its timescale. So "every open action" is one query over remedial actions.
 *
 * A strand says which of its events agree actions by a pure function from the recorded event to the
 * actions it agreed. The function sees the event alone, so the event must carry all an action needs
 * (its owner, its manager, its timescale, the case if there is one).
 */
export type AgreedAction = {
  readonly sourceKind: RemedialActionSourceKind;
  /** The id of the strand's record (the audit, the observation, the day, the escalation). */
  readonly sourceId: string;
  /**
   * The instant the actions were agreed (the event's own time, not the command's): the 48-hour
   * notification clock of CFA-7 starts here.
   */
  readonly agreedAt: string;
  /** Unique across the service; the remedial action's id. Strands derive it deterministically. */
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  /** Who reviews completion (CFA-5); never the owner. */
  readonly managerId: string;
  /** YYYY-MM-DD. */
  readonly timescale: string;
  /** The child's case when the action is about one; null for actions about practice or a service. */
  readonly azeusNumber: string | null;
  readonly teamId: string | null;
};

/** The recorded event as an agreed-actions function sees it. */
export type RecordedStrandEvent = { readonly type: string; readonly data: Record<string, unknown> };

/** One strand's reader of agreed actions: the event types it looks at and the actions each agreed. */
export type AgreedActionSource = {
  readonly sourceKind: RemedialActionSourceKind;
  readonly eventTypes: readonly string[];
  agreedActions(event: RecordedStrandEvent): readonly AgreedAction[];
};

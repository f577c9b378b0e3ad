import {
  remedialActionDecider,
  remedialActionStreamId,
  themedAuditDayDecider,
  themedAuditDayStreamId,
  type RemedialActionEvent,
  type ThemedAuditDayEvent,
} from '../../../../libs/domain/src/index.js';
import type { EventStore, RecordedEvent } from '../../../../libs/event-store/src/event-store.port.js';

/**
 * TAD-1: the fact a plan's closing is decided on: each plan action's remedial action status
 * (CFA-7), read from the streams themselves rather than a read model, so the decision sees every
 * verification already recorded. An action with no stream is left out: the decider reads it as
 * not raised.
 */
export async function themedAuditDayActionStatuses(store: EventStore, dayId: string): Promise<Record<string, string>> {
  const day = (await store.readStream(themedAuditDayStreamId(dayId)))
    .map((e) => asDomainEvent<ThemedAuditDayEvent>(e))
    .reduce(themedAuditDayDecider.evolve, themedAuditDayDecider.initialState());
  if (day.status !== 'ACTION_PLAN_AGREED' && day.status !== 'ACTION_PLAN_CLOSED') return {};
  const entries = await Promise.all(
    day.actionPlan.actions.map(async (action) => {
      const state = (await store.readStream(remedialActionStreamId(action.actionId)))
        .map((e) => asDomainEvent<RemedialActionEvent>(e))
        .reduce(remedialActionDecider.evolve, remedialActionDecider.initialState());
      // An action of the same id raised from another source is not this plan's.
      const ours = state.status !== 'NOT_RAISED' && state.source.kind === 'THEMED_AUDIT_DAY' && state.source.id === dayId;
      return ours ? [[action.actionId, state.status] as const] : [];
    }),
  );
  return Object.fromEntries(entries.flat());
}

function asDomainEvent<E>(event: RecordedEvent): E {
  return { type: event.type, data: event.data } as unknown as E;
}

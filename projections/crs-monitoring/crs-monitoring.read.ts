import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { CONCERN_ESCALATION_ROUTES, CRS_RATINGS } from '../../libs/domain/src/index.js';
import type { ConcernsDocument, RatedJudgementDocument } from './crs-monitoring.documents.js';

/** Defensive readers of recorded event data: a projection never throws on a recorded fact. */

export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function dataOf(event: RecordedEvent): Record<string, unknown> {
  return isRecord(event.data) ? event.data : {};
}

export function oneOf<T extends string>(value: unknown, values: readonly T[]): T | null {
  return values.find((v) => v === value) ?? null;
}

export function rated(value: unknown): RatedJudgementDocument {
  const r = isRecord(value) ? value : {};
  return { rating: oneOf(r['rating'], CRS_RATINGS), comments: text(r['comments']) ?? '' };
}

export function concerns(value: unknown): ConcernsDocument {
  const c = isRecord(value) ? value : {};
  const raised = c['raised'] === true;
  return {
    raised,
    details: raised ? text(c['details']) : null,
    escalationRoute: raised ? oneOf(c['escalationRoute'], CONCERN_ESCALATION_ROUTES) : null,
    escalationId: raised ? text(c['escalationId']) : null,
  };
}

/** The business time of the command that recorded the event; the store's time if it is missing. */
export function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

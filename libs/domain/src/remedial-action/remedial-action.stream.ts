/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const REMEDIAL_ACTION_STREAM_CATEGORY = 'remedialAction';

export function remedialActionStreamId(actionId: string): string {
  return `${REMEDIAL_ACTION_STREAM_CATEGORY}-${actionId}`;
}

/** The action id of a remedial action stream, or null for any other stream. */
export function actionIdFromStreamId(streamId: string): string | null {
  const prefix = `${REMEDIAL_ACTION_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}

export const IMMEDIATE_ESCALATION_STREAM_CATEGORY = 'immediateEscalation';

export function immediateEscalationStreamId(escalationId: string): string {
  return `${IMMEDIATE_ESCALATION_STREAM_CATEGORY}-${escalationId}`;
}

/** The escalation id of an immediate escalation stream, or null for any other stream. */
export function escalationIdFromStreamId(streamId: string): string | null {
  const prefix = `${IMMEDIATE_ESCALATION_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}

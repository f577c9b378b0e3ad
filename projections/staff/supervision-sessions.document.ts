/** One supervision session: planned, held or cancelled, with its supervisor and supervisee. */
export type SupervisionSessionDocument = {
  readonly id: string;
  readonly sessionId: string;
  /** Who held it once held; who was to hold it before. */
  readonly supervisorId: string;
  readonly superviseeId: string;
  readonly status: 'PLANNED' | 'HELD' | 'CANCELLED';
  readonly plannedFor: string | null;
  readonly heldOn: string | null;
  readonly cancelledReason: string | null;
  /** The date the session is known by: held on, else planned for. */
  readonly date: string;
  /** YYYY-MM of `date` (an index); absent on documents built by the bare evolve. */
  readonly month?: string | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};

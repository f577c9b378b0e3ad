/**
 * The read model of one inspector access grant (issue 6 item 3): whom it is for, the window, and
 * its revocation. Where a grant stands at an instant (SCHEDULED, ACTIVE, EXPIRED, REVOKED) is not
 * stored, it follows from the instant asked about (`inspectorAccessStateAt`). Plain JSON; `type`,
 * not `interface`, so it is a ReadStore `Document`.
 */
export type InspectorAccessGrantDocument = {
  readonly id: string;
  readonly grantId: string;
  /** The inspector's token subject. */
  readonly inspectorId: string;
  readonly name: string;
  readonly organisation: string;
  /** ISO instants: from inclusive, until exclusive. */
  readonly from: string;
  readonly until: string;
  readonly reason: string;
  readonly inspectionReference: string | null;
  readonly grantedBy: string;
  readonly grantedAt: string;
  /** REVOKED once revoked; a grant is never removed. */
  readonly status: 'GRANTED' | 'REVOKED';
  readonly revocation: { readonly reason: string; readonly revokedBy: string | null; readonly revokedAt: string } | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};

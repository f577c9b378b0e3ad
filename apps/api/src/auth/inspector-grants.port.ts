/**
 * Inspectors (Ofsted) are not in the council's staff registry: what they may do follows from an
 * access grant an S&QA manager made for a time window (issue 6, item 3). The actor resolution asks
 * this port, at the time of each request, whether a token's subject holds a grant then; the
 * inspector-access strand implements it from its read model.
 */
export interface InspectorAccessGrant {
  readonly grantId: string;
  /** The token subject the grant is for. */
  readonly inspectorId: string;
  /** Inclusive start and exclusive end of the window (ISO instants). */
  readonly from: string;
  readonly until: string;
}

export interface InspectorGrants {
  /** The grant that lets `inspectorId` read at `at`, or null (none, expired, not begun or revoked). */
  activeGrant(inspectorId: string, at: Date): Promise<InspectorAccessGrant | null>;
}

export const INSPECTOR_GRANTS = Symbol('InspectorGrants');

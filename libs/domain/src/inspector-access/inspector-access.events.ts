import type { DomainEvent } from '../shared/decider.js';

/**
 * The facts of an inspector's access (issue 6, item 3). Type strings never change; a grant's
 * window is never edited: a different window is a revocation and a new grant. Times in data are
 * ISO instants; `grantedAt` and `revokedAt` are the business time of the command.
 */

export type InspectorAccessGranted = DomainEvent<
  'InspectorAccessGranted',
  {
    readonly grantId: string;
    /** The inspector's token subject: the identity the access follows. */
    readonly inspectorId: string;
    readonly name: string;
    /** Whom the inspector is from, e.g. Ofsted. */
    readonly organisation: string;
    /** From inclusive, until exclusive. */
    readonly from: string;
    readonly until: string;
    /** Why access is granted (the inspection). */
    readonly reason: string;
    /** The inspection's reference, where there is one. */
    readonly inspectionReference: string | null;
    readonly grantedBy: string;
    readonly grantedAt: string;
  }
>;

export type InspectorAccessRevoked = DomainEvent<
  'InspectorAccessRevoked',
  {
    readonly grantId: string;
    readonly inspectorId: string;
    readonly reason: string;
    readonly revokedBy: string;
    readonly revokedAt: string;
  }
>;

export type InspectorAccessEvent = InspectorAccessGranted | InspectorAccessRevoked;

export const INSPECTOR_ACCESS_EVENT_TYPES = [
  'InspectorAccessGranted',
  'InspectorAccessRevoked',
] as const satisfies readonly InspectorAccessEvent['type'][];

import type { Command, Role } from '../shared/decider.js';

/**
 * Task-based commands of an inspector's access grant. The grantor or revoker is the actor of the
 * command (metadata). Whether the inspector is a member of staff in post is fetched by the caller
 * from the staff registry and passed in `facts`, so the decision stays pure.
 */

/** Fetched by the caller from the staff read model, as at the day of the command. */
export type InspectorAccessFacts = {
  /**
   * The member of staff in post today whose staff id is the inspector id, with their role there,
   * or null when there is none.
   */
  readonly staffInPost: { readonly staffId: string; readonly name: string; readonly role: Role } | null;
};

export type GrantInspectorAccess = Command<
  'GrantInspectorAccess',
  {
    readonly grantId: string;
    readonly inspectorId: string;
    readonly name: string;
    readonly organisation: string;
    /** ISO-8601 instant with a time zone; absent means now. */
    readonly from?: string | null;
    /** ISO-8601 instant with a time zone. */
    readonly until: string;
    readonly reason: string;
    readonly inspectionReference?: string | null;
    readonly facts: InspectorAccessFacts;
  }
>;

/** Ends a grant before its window does. */
export type RevokeInspectorAccess = Command<
  'RevokeInspectorAccess',
  {
    readonly grantId: string;
    readonly reason: string;
  }
>;

export type InspectorAccessCommand = GrantInspectorAccess | RevokeInspectorAccess;

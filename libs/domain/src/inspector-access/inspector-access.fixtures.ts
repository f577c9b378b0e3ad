import type { Actor, CommandMetadata } from '../shared/decider.js';
import type { GrantInspectorAccess, InspectorAccessCommand, InspectorAccessFacts } from './inspector-access.commands.js';
import type { InspectorAccessEvent, InspectorAccessGranted } from './inspector-access.events.js';

/** Test data for inspectors' access: an S&QA manager granting an Ofsted inspector a fortnight. */

export const GRANT_ID = 'grant-1';
export const INSPECTOR_ID = 'insp-ofsted-1';
export const SQA_MANAGER_ID = 'sqam-1';
export const NOW = '2025-06-02T09:00:00.000Z';
export const FROM = '2025-06-09T08:00:00.000Z';
export const UNTIL = '2025-06-21T18:00:00.000Z';
export const DURING = '2025-06-12T14:00:00.000Z';
export const AFTER = '2025-06-22T09:00:00.000Z';

export const sqaManager: Actor = { staffId: SQA_MANAGER_ID, role: 'SQA_MANAGER' };
export const sqaOfficer: Actor = { staffId: 'sqao-1', role: 'SQA_OFFICER' };
export const teamManager: Actor = { staffId: 'tm-1', role: 'TEAM_MANAGER' };

export function metadata(actor: Actor = sqaManager, now: string = NOW): CommandMetadata {
  return { actor, now, commandId: 'cmd-1', correlationId: 'cmd-1', causationId: 'cmd-1' };
}

export const noStaff: InspectorAccessFacts = { staffInPost: null };

export type GrantInput = Omit<GrantInspectorAccess['data'], 'grantId' | 'facts'>;

export const grantInput: GrantInput = {
  inspectorId: INSPECTOR_ID,
  name: ' Alex Inspector ',
  organisation: 'Ofsted',
  from: '2025-06-09T09:00:00+01:00',
  until: UNTIL,
  reason: 'ILACS inspection of children’s services',
  inspectionReference: '10012345',
};

export const commands = {
  grant(overrides: Partial<GrantInput> = {}, actor: Actor = sqaManager, facts: InspectorAccessFacts = noStaff, now: string = NOW): InspectorAccessCommand {
    return { type: 'GrantInspectorAccess', data: { grantId: GRANT_ID, ...grantInput, ...overrides, facts }, metadata: metadata(actor, now) };
  },
  revoke(reason = 'The inspection ended early', actor: Actor = sqaManager, now: string = DURING): InspectorAccessCommand {
    return { type: 'RevokeInspectorAccess', data: { grantId: GRANT_ID, reason }, metadata: metadata(actor, now) };
  },
};

export const events = {
  granted(overrides: Partial<InspectorAccessGranted['data']> = {}): InspectorAccessGranted {
    return {
      type: 'InspectorAccessGranted',
      data: {
        grantId: GRANT_ID,
        inspectorId: INSPECTOR_ID,
        name: 'Alex Inspector',
        organisation: 'Ofsted',
        from: FROM,
        until: UNTIL,
        reason: 'ILACS inspection of children’s services',
        inspectionReference: '10012345',
        grantedBy: SQA_MANAGER_ID,
        grantedAt: NOW,
        ...overrides,
      },
    };
  },
  revoked(reason = 'The inspection ended early', revokedAt: string = DURING): InspectorAccessEvent {
    return { type: 'InspectorAccessRevoked', data: { grantId: GRANT_ID, inspectorId: INSPECTOR_ID, reason, revokedBy: SQA_MANAGER_ID, revokedAt } };
  },
};

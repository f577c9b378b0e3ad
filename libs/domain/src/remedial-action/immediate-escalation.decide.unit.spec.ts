import { DeciderSpecification } from '../testing/decider-specification.js';
import { events as auditEvents } from '../testing/case-file-audit.fixtures.js';
import type { ImmediateEscalationCommand } from './immediate-escalation.commands.js';
import { immediateEscalationDecider, raiseImmediateEscalationData } from './immediate-escalation.decide.js';
import {
  AUDITOR_ID,
  AUDIT_ID,
  ESCALATED_AT,
  ESCALATION_ID,
  MANAGER_ID,
  OWNER_ID,
  escalationEvents as events,
  metadata,
} from './remedial-action.fixtures.js';

const spec = DeciderSpecification.for(immediateEscalationDecider);

type RaiseData = Extract<ImmediateEscalationCommand, { type: 'RaiseImmediateEscalation' }>['data'];

const raise = (data: Partial<RaiseData> = {}, staffId = AUDITOR_ID) =>
  ({
    type: 'RaiseImmediateEscalation',
    data: {
      escalationId: ESCALATION_ID,
      source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID },
      azeusNumber: 'AZ-104233',
      scope: 'CRITERION',
      criterion: 2,
      reason: 'Risk not reassessed after the new referral',
      managerId: MANAGER_ID,
      managerName: 'Daniel Okafor',
      socialWorkerId: OWNER_ID,
      socialWorkerName: 'Hannah Lewis',
      escalatedBy: AUDITOR_ID,
      escalatedAt: ESCALATED_AT,
      ...data,
    },
    metadata: metadata({ staffId, now: '2025-06-12T13:40:01.000Z' }),
  }) satisfies ImmediateEscalationCommand;

const acknowledge = (response = 'Strategy discussion booked for tomorrow morning', staffId = MANAGER_ID) =>
  ({
    type: 'AcknowledgeImmediateEscalation',
    data: { escalationId: ESCALATION_ID, response },
    metadata: metadata({ staffId, role: 'TEAM_MANAGER', now: '2025-06-12T17:00:00.000Z' }),
  }) satisfies ImmediateEscalationCommand;

const recordSent = (staffId = AUDITOR_ID, notificationId = 'notification-e1') =>
  ({
    type: 'RecordImmediateEscalationNotificationSent',
    data: {
      escalationId: ESCALATION_ID,
      notificationId,
      recipients: [MANAGER_ID, OWNER_ID],
      channel: 'SMTP',
      sentAt: '2025-06-12T13:40:05.000Z',
      messageId: `<${notificationId}@qa.example.gov.uk>`,
    },
    metadata: metadata({ staffId, now: '2025-06-12T13:40:05.000Z' }),
  }) satisfies ImmediateEscalationCommand;

describe('Immediate escalation decider (CFA-13)', () => {
  describe('When an audit has escalated an Inadequate grade', () => {
    it('should make the raise command from the audit record', () => {
      const escalated = auditEvents.inadequacyEscalated(1, 2, 'Risk not reassessed after the new referral', ESCALATED_AT);
      expect(raiseImmediateEscalationData({ ...escalated.data, escalatedBy: AUDITOR_ID })).toEqual(raise().data);
    });
  });

  describe('When no escalation has been raised', () => {
    it('should raise it with the clock starting when the audit escalated it', () => {
      spec.given([]).when(raise()).then([events.raised()]);
    });

    it('should raise an escalation of the overall grade', () => {
      spec
        .given([])
        .when(raise({ scope: 'OVERALL', criterion: null }))
        .then([events.raised({ scope: 'OVERALL', criterion: null })]);
    });

    it('should refuse raising it in anyone else\'s name (CFA-13)', () => {
      spec.given([]).when(raise({}, MANAGER_ID)).thenThrows('IMMEDIATE_ESCALATION.NOT_THE_ESCALATING_AUDITOR', {
        kind: 'FORBIDDEN',
        rule: 'CFA-13',
      });
    });

    it('should refuse an unknown scope', () => {
      spec.given([]).when(raise({ scope: 'PARTIAL' })).thenThrows('IMMEDIATE_ESCALATION.SCOPE_UNKNOWN', { field: 'scope' });
    });

    it('should refuse an escalation time that is not an instant', () => {
      spec.given([]).when(raise({ escalatedAt: '2025-06-12' })).thenThrows('IMMEDIATE_ESCALATION.INVALID_INSTANT', {
        field: 'escalatedAt',
        rule: 'CFA-13',
      });
    });

    it.each(['managerId', 'socialWorkerId', 'reason', 'azeusNumber'] as const)('should refuse an empty %s', (field) => {
      spec.given([]).when(raise({ [field]: ' ' })).thenThrows('IMMEDIATE_ESCALATION.FIELD_REQUIRED', { field });
    });

    it('should refuse acknowledging it as not found', () => {
      spec.given([]).when(acknowledge()).thenThrows('IMMEDIATE_ESCALATION.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When it has been raised', () => {
    it('should raise nothing more when raised again', () => {
      spec.given([events.raised()]).when(raise()).thenNothingHappens();
    });

    it('should record its sending to the manager and SW, once', () => {
      spec.given([events.raised()]).when(recordSent()).then([events.notificationSent('2025-06-12T13:40:05.000Z')]);
      spec.given([events.raised(), events.notificationSent('2025-06-12T13:40:05.000Z')]).when(recordSent()).thenNothingHappens();
    });

    it('should refuse anyone but the auditor recording the sending', () => {
      spec.given([events.raised()]).when(recordSent(MANAGER_ID)).thenThrows('IMMEDIATE_ESCALATION.NOT_THE_ESCALATING_AUDITOR');
    });

    it('should let the manager acknowledge it, saying what will be done', () => {
      spec.given([events.raised()]).when(acknowledge()).then([events.acknowledged()]);
    });

    it('should refuse the social worker acknowledging it (CFA-13)', () => {
      spec.given([events.raised()]).when(acknowledge('Seen', OWNER_ID)).thenThrows('IMMEDIATE_ESCALATION.NOT_THE_MANAGER', {
        kind: 'FORBIDDEN',
        rule: 'CFA-13',
      });
    });

    it('should refuse an acknowledgement that says nothing about the action', () => {
      spec.given([events.raised()]).when(acknowledge('  ')).thenThrows('IMMEDIATE_ESCALATION.RESPONSE_REQUIRED', {
        field: 'response',
        rule: 'CFA-13',
      });
    });
  });

  describe('When the manager has acknowledged it', () => {
    it('should refuse a second acknowledgement', () => {
      spec.given([events.raised(), events.acknowledged()]).when(acknowledge()).thenThrows('IMMEDIATE_ESCALATION.ALREADY_ACKNOWLEDGED', {
        kind: 'CONFLICT',
      });
    });
  });
});

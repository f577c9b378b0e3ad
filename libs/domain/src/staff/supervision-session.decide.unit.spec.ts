import { DeciderSpecification } from '../testing/decider-specification.js';
import type { SupervisionSessionCommand } from './supervision-session.commands.js';
import { supervisionSessionDecider } from './supervision-session.decide.js';
import type { SupervisionSessionEvent } from './supervision-session.events.js';
import { NOW, SW_ID, TM_ID, metadata } from './staff.fixtures.js';

const spec = DeciderSpecification.for(supervisionSessionDecider);
const SESSION = 'sup-2025-06-sw0311';

const plan = (plannedFor = '2025-06-20', superviseeId = SW_ID): SupervisionSessionCommand => ({
  type: 'PlanSupervisionSession',
  data: { sessionId: SESSION, supervisorId: TM_ID, superviseeId, plannedFor },
  metadata: metadata({ staffId: TM_ID, role: 'TEAM_MANAGER' }),
});
const held = (heldOn = '2025-06-10', supervisorId = TM_ID, superviseeId = SW_ID): SupervisionSessionCommand => ({
  type: 'RecordSupervisionSessionHeld',
  data: { sessionId: SESSION, supervisorId, superviseeId, heldOn },
  metadata: metadata({ staffId: TM_ID, role: 'TEAM_MANAGER' }),
});
const planned: SupervisionSessionEvent = {
  type: 'SupervisionSessionPlanned',
  data: { sessionId: SESSION, supervisorId: TM_ID, superviseeId: SW_ID, plannedFor: '2025-06-20', plannedAt: NOW },
};
const heldEvent = (heldOn = '2025-06-10', supervisorId = TM_ID): SupervisionSessionEvent => ({
  type: 'SupervisionSessionHeld',
  data: { sessionId: SESSION, supervisorId, superviseeId: SW_ID, heldOn, recordedAt: NOW },
});

describe('Supervision session decider', () => {
  describe('When nothing is recorded for the session', () => {
    it('should plan it, so compliance audits can name the supervision they precede (CFA-4)', () => {
      spec.given([]).when(plan()).then(planned);
    });

    it('should record a session held that was never planned', () => {
      spec.given([]).when(held()).then(heldEvent());
    });

    it('should refuse a supervisor supervising themselves', () => {
      spec.given([]).when(plan('2025-06-20', TM_ID)).thenThrows('SUPERVISION_SESSION.SUPERVISING_THEMSELVES', { field: 'superviseeId' });
    });

    it('should refuse a session held on a future date', () => {
      spec.given([]).when(held('2025-06-13')).thenThrows('SUPERVISION_SESSION.HELD_IN_FUTURE', { field: 'heldOn' });
    });

    it('should refuse to reschedule or cancel it', () => {
      spec
        .given([])
        .when({ type: 'RescheduleSupervisionSession', data: { sessionId: SESSION, plannedFor: '2025-06-27' }, metadata: metadata() })
        .thenThrows('SUPERVISION_SESSION.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the session is planned', () => {
    it('should decide nothing when it is planned again alike', () => {
      spec.given(planned).when(plan()).thenNothingHappens();
    });

    it('should refuse planning it again differently', () => {
      spec.given(planned).when(plan('2025-06-27')).thenThrows('SUPERVISION_SESSION.ALREADY_PLANNED', { kind: 'CONFLICT' });
    });

    it('should reschedule it', () => {
      spec
        .given(planned)
        .when({ type: 'RescheduleSupervisionSession', data: { sessionId: SESSION, plannedFor: '2025-06-27' }, metadata: metadata() })
        .then({
          type: 'SupervisionSessionRescheduled',
          data: { sessionId: SESSION, plannedFor: '2025-06-27', previouslyPlannedFor: '2025-06-20', rescheduledAt: NOW },
        });
    });

    it('should record it held, by a covering supervisor too', () => {
      spec.given(planned).when(held('2025-06-11', 'ap-0042')).then(heldEvent('2025-06-11', 'ap-0042'));
    });

    it('should refuse it held with another supervisee', () => {
      spec.given(planned).when(held('2025-06-11', TM_ID, 'sw-0999')).thenThrows('SUPERVISION_SESSION.SUPERVISEE_MISMATCH', {
        field: 'superviseeId',
      });
    });

    it('should cancel it with a reason, and then refuse to hold it', () => {
      const cancel: SupervisionSessionCommand = {
        type: 'CancelSupervisionSession',
        data: { sessionId: SESSION, reason: 'Supervisee on leave' },
        metadata: metadata(),
      };
      const cancelled: SupervisionSessionEvent = {
        type: 'SupervisionSessionCancelled',
        data: { sessionId: SESSION, reason: 'Supervisee on leave', cancelledAt: NOW },
      };
      spec.given(planned).when(cancel).then(cancelled);
      spec.given([planned, cancelled]).when(cancel).thenNothingHappens();
      spec.given([planned, cancelled]).when(held()).thenThrows('SUPERVISION_SESSION.CANCELLED', { kind: 'CONFLICT' });
    });
  });

  describe('When the session was held', () => {
    it('should decide nothing when recorded again alike', () => {
      spec.given([planned, heldEvent()]).when(held()).thenNothingHappens();
    });

    it('should refuse recording it held on another day', () => {
      spec.given([planned, heldEvent()]).when(held('2025-06-11')).thenThrows('SUPERVISION_SESSION.ALREADY_HELD', { kind: 'CONFLICT' });
    });

    it('should refuse rescheduling it', () => {
      spec
        .given([planned, heldEvent()])
        .when({ type: 'RescheduleSupervisionSession', data: { sessionId: SESSION, plannedFor: '2025-06-27' }, metadata: metadata() })
        .thenThrows('SUPERVISION_SESSION.ALREADY_HELD');
    });
  });
});

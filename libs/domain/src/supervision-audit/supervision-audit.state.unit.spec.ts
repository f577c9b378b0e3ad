import { HOS_ID, NOW, SUPERVISION_AUDIT_ID, allAnswered, events } from './supervision-audit.fixtures.js';
import type { SupervisionAuditEvent } from './supervision-audit.events.js';
import { evolve, initialState, type SupervisionAudit } from './supervision-audit.state.js';

const fold = (history: readonly SupervisionAuditEvent[]): SupervisionAudit => history.reduce(evolve, initialState());

describe('Supervision audit state', () => {
  describe('When nothing is recorded', () => {
    it('should be not started, and ignore facts that need a started audit', () => {
      expect(fold([])).toEqual({ status: 'NOT_STARTED' });
      expect(fold([events.completed(), events.escalated()])).toEqual({ status: 'NOT_STARTED' });
    });
  });

  describe('When the audit is started and answered', () => {
    it('should hold the answers keyed by question, a later answer replacing an earlier one', () => {
      const state = fold([events.started(), events.answered('CASE', 'CHILD_SAFE', 'YES'), events.answered('CASE', 'CHILD_SAFE', 'NO', 'Changed')]);
      expect(state).toMatchObject({ status: 'IN_PROGRESS', auditId: SUPERVISION_AUDIT_ID, auditDate: '2025-06-12' });
      expect(state.status !== 'NOT_STARTED' && state.answers['CHILD_SAFE']).toEqual({ answer: 'NO', comments: 'Changed', numberOfSupervisions: null });
    });
  });

  describe('When the audit is completed', () => {
    it('should ignore a recorded answer after completion and keep the first escalation (SUP-3)', () => {
      const state = fold([
        ...allAnswered('CASE'),
        events.escalated('first'),
        events.completed(),
        events.answered('CASE', 'CHILD_SAFE', 'NO', 'late'),
        events.escalated('second'),
      ]);
      expect(state.status).toBe('COMPLETED');
      expect(state.status !== 'NOT_STARTED' && state.answers['CHILD_SAFE']?.answer).toBe('YES');
      expect(state.status !== 'NOT_STARTED' && state.escalation).toEqual({ headOfServiceId: HOS_ID, escalatedAt: NOW, acknowledgedAt: null });
    });

    it('should hold the findings review and the copy to S&QA (SUP-5)', () => {
      const state = fold([...allAnswered('CASE'), events.completed(), events.findingsReviewed(), events.copySent()]);
      expect(state).toMatchObject({ status: 'COMPLETED', findingsReview: { supervisionDate: '2025-06-20' }, copySentToSqaAt: expect.any(String) });
    });
  });
});

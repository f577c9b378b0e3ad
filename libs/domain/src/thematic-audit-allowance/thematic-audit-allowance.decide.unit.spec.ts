import { DeciderSpecification } from '../testing/decider-specification.js';
import { thematicAuditAllowanceDecider } from './thematic-audit-allowance.decide.js';
import { AP_ID, YEAR, auditIdOf, claim, claimed, release, released } from './thematic-audit-allowance.fixtures.js';
import { allowanceFromStreamId, thematicAuditAllowanceStreamId } from './thematic-audit-allowance.stream.js';

const spec = DeciderSpecification.for(thematicAuditAllowanceDecider);
const fourClaimed = [claimed(1), claimed(2), claimed(3), claimed(4)];

describe('Thematic audit allowance decider (CFA-3)', () => {
  describe('When no slot of the year has been claimed', () => {
    it('should claim a slot for the thematic audit', () => {
      spec.given([]).when(claim(1)).then(claimed(1));
    });

    it('should let a team manager arrange a slot for an advanced practitioner', () => {
      spec.given([]).when(claim(1, {}, { staffId: 'staff-tm-0007', role: 'TEAM_MANAGER' })).then(claimed(1, 'staff-tm-0007'));
    });

    it('should refuse a social worker claiming a slot for someone else (CFA-3)', () => {
      spec
        .given([])
        .when(claim(1, {}, { staffId: 'staff-sw-0311', role: 'SOCIAL_WORKER' }))
        .thenThrows('THEMATIC_AUDIT_ALLOWANCE.NOT_PERMITTED', { kind: 'FORBIDDEN', rule: 'CFA-3' });
    });

    it('should refuse an audit due in another year than the allowance (CFA-3)', () => {
      spec
        .given([])
        .when(claim(1, { dueDate: '2026-01-15' }))
        .thenThrows('THEMATIC_AUDIT_ALLOWANCE.YEAR_MISMATCH', { field: 'dueDate', rule: 'CFA-3', message: /counts against 2026, not 2025/ });
    });

    it('should refuse a claim without a theme, or with an impossible year', () => {
      spec.given([]).when(claim(1, { theme: '  ' })).thenThrows('THEMATIC_AUDIT_ALLOWANCE.FIELD_REQUIRED', { field: 'theme' });
      spec.given([]).when(claim(1, { year: 25 })).thenThrows('THEMATIC_AUDIT_ALLOWANCE.INVALID_YEAR', { field: 'year' });
    });

    it('should refuse to release a slot never claimed', () => {
      spec.given([]).when(release(1, 'NOT_SCHEDULED')).thenThrows('THEMATIC_AUDIT_ALLOWANCE.NOT_CLAIMED', { kind: 'NOT_FOUND' });
    });
  });

  describe('When three slots are held', () => {
    it('should claim the fourth', () => {
      spec.given(fourClaimed.slice(0, 3)).when(claim(4)).then(claimed(4));
    });

    it('should decide nothing when a held audit is claimed again (a retried request)', () => {
      spec.given(fourClaimed.slice(0, 3)).when(claim(2)).thenNothingHappens();
    });

    it('should refuse a command sent to another auditor\'s allowance', () => {
      spec
        .given(fourClaimed.slice(0, 3))
        .when(claim(4, { auditorId: 'staff-ap-0099' }, { role: 'SQA_MANAGER', staffId: 'staff-sqa-0001' }))
        .thenThrows('THEMATIC_AUDIT_ALLOWANCE.WRONG_ALLOWANCE', { field: 'auditorId' });
    });
  });

  describe('When all four slots of the year are held', () => {
    it('should refuse the fifth thematic audit with an error naming the rule (CFA-3)', () => {
      const error = spec.given(fourClaimed).when(claim(5)).thenThrows('THEMATIC_AUDIT_ALLOWANCE.CAP_REACHED', {
        kind: 'CONFLICT',
        rule: 'CFA-3',
        message: /^CFA-3: a team manager or advanced practitioner may undertake up to 4 thematic audits a year/,
      });
      expect(error.message).toContain(`${AP_ID} already has 4 in ${YEAR} (${[1, 2, 3, 4].map(auditIdOf).join(', ')})`);
    });

    it('should still decide nothing for a retried claim of a held audit', () => {
      spec.given(fourClaimed).when(claim(4)).thenNothingHappens();
    });

    it('should refuse to give back the slot of an audit that was scheduled, started or submitted (CFA-3)', () => {
      for (const status of ['SCHEDULED', 'IN_PROGRESS', 'SUBMITTED']) {
        spec.given(fourClaimed).when(release(2, status)).thenThrows('THEMATIC_AUDIT_ALLOWANCE.SLOT_IN_USE', { kind: 'CONFLICT', rule: 'CFA-3' });
      }
    });

    it('should give back the slot of an audit never scheduled, and then claim a fifth audit', () => {
      spec.given(fourClaimed).when(release(2, 'NOT_SCHEDULED')).then(released(2));
      spec.given([...fourClaimed, released(2)]).when(claim(5)).then(claimed(5));
    });

    it('should give back the slot of a withdrawn audit', () => {
      spec.given(fourClaimed).when(release(3, 'WITHDRAWN')).then(released(3, 'WITHDRAWN'));
    });
  });

  describe('When a slot has been given back', () => {
    const history = [...fourClaimed, released(2)];

    it('should decide nothing when it is given back again', () => {
      spec.given(history).when(release(2, 'NOT_SCHEDULED')).thenNothingHappens();
    });

    it('should let the same audit claim it again while one is free, and then count it (CFA-3)', () => {
      spec.given(history).when(claim(2)).then(claimed(2));
      spec.given([...history, claimed(2)]).when(claim(5)).thenThrows('THEMATIC_AUDIT_ALLOWANCE.CAP_REACHED', { rule: 'CFA-3' });
    });
  });

  describe('When allowance streams are named', () => {
    it('should carry the auditor and year, auditor ids with dashes included', () => {
      expect(thematicAuditAllowanceStreamId(AP_ID, YEAR)).toBe('thematicAuditAllowance-staff-ap-0042-2025');
      expect(allowanceFromStreamId('thematicAuditAllowance-staff-ap-0042-2025')).toEqual({ auditorId: AP_ID, year: 2025 });
      expect(allowanceFromStreamId('caseFileAudit-staff-ap-0042-2025')).toBeNull();
      expect(allowanceFromStreamId('thematicAuditAllowance-2025')).toBeNull();
    });
  });
});

import type { Actor } from '../shared/decider.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import type { ShredCaseKey } from './case-key.commands.js';
import { caseKeyDecider } from './case-key.decide.js';
import type { CaseKeyShredded } from './case-key.events.js';
import { caseKeyStreamId } from './case-key.stream.js';

const spec = DeciderSpecification.for(caseKeyDecider);
const SQA_MANAGER: Actor = { staffId: 'sqam-001', role: 'SQA_MANAGER' };
const NOW = '2031-04-01T09:00:00.000Z';

function shred(data: Partial<ShredCaseKey['data']> = {}, actor: Actor = SQA_MANAGER): ShredCaseKey {
  return {
    type: 'ShredCaseKey',
    data: { azeusNumber: 'AZ-104233', reason: 'Retention ended: case closed 2024-03-31', ...data },
    metadata: { actor, now: NOW, commandId: 'c-1', correlationId: 'c-1', causationId: 'c-1' },
  };
}

const shredded: CaseKeyShredded = {
  type: 'CaseKeyShredded',
  data: { azeusNumber: 'AZ-104233', reason: 'Retention ended: case closed 2024-03-31', shreddedBy: 'sqam-001', shreddedAt: NOW },
};

describe('Case key decider (issue 6 item 5)', () => {
  describe('Given a case whose key is in use', () => {
    describe('When the S&QA manager shreds it with a reason', () => {
      it('should record CaseKeyShredded naming the case, who, when and why, and no key material', () => {
        spec.given([]).when(shred()).then(shredded);
      });
    });

    describe('When anyone else asks', () => {
      it('should refuse a team manager, an S&QA officer and an inspector (FORBIDDEN)', () => {
        for (const role of ['TEAM_MANAGER', 'SQA_OFFICER', 'INSPECTOR', 'DIRECTOR'] as const) {
          spec.given([]).when(shred({}, { staffId: 'x-1', role })).thenThrows('CASE_KEY.NOT_PERMITTED', { kind: 'FORBIDDEN' });
        }
      });
    });

    describe('When the reason or the case is missing or malformed', () => {
      it('should refuse, naming the field', () => {
        spec.given([]).when(shred({ reason: '  ' })).thenThrows('CASE_KEY.FIELD_REQUIRED', { field: 'reason' });
        spec.given([]).when(shred({ azeusNumber: 'AZ 1/2' })).thenThrows('CASE_KEY.INVALID_ID', { field: 'azeusNumber' });
      });
    });
  });

  describe('Given a case whose key was shredded', () => {
    describe('When it is shredded again', () => {
      it('should record nothing more', () => {
        spec.given([shredded]).when(shred({ reason: 'Again' })).thenNothingHappens();
      });
    });
  });

  describe('When its stream is named', () => {
    it('should be caseKey-<azeusNumber>', () => {
      expect(caseKeyStreamId('AZ-104233')).toBe('caseKey-AZ-104233');
    });
  });
});

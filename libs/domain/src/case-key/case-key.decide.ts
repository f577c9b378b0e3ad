import { assertNever, type Decider, type Role } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { fieldChecks } from '../csv/field-checks.js';
import type { CaseKeyCommand, ShredCaseKey } from './case-key.commands.js';
import { CaseKeyErrorCode as Code } from './case-key.errors.js';
import type { CaseKeyEvent } from './case-key.events.js';
import { evolve, initialState, type CaseKey } from './case-key.state.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

/** Who may end a case's child text for good: the S&QA manager, who owns the service's records. */
export const CASE_KEY_SHREDDING_ROLES: readonly Role[] = ['SQA_MANAGER'];

export function decide(command: CaseKeyCommand, state: CaseKey): CaseKeyEvent[] {
  switch (command.type) {
    case 'ShredCaseKey':
      return shred(command, state);
    default:
      return assertNever(command.type);
  }
}

export const caseKeyDecider: Decider<CaseKeyCommand, CaseKey, CaseKeyEvent> = { decide, evolve, initialState };

function shred(command: ShredCaseKey, state: CaseKey): CaseKeyEvent[] {
  const { actor, now } = command.metadata;
  if (!CASE_KEY_SHREDDING_ROLES.includes(actor.role)) {
    throw new DomainError(Code.NOT_PERMITTED, `Only ${CASE_KEY_SHREDDING_ROLES.join(', ')} may shred a case key, not ${actor.role}`, 'FORBIDDEN');
  }
  const azeusNumber = check.id(command.data.azeusNumber, 'azeusNumber');
  const reason = check.requiredText(command.data.reason, 'reason', 'The reason the case key is shredded (the end of its retention)');
  // Shredding again changes nothing: the key is gone and the first record says when.
  if (state.status === 'SHREDDED') return [];
  return [{ type: 'CaseKeyShredded', data: { azeusNumber, reason, shreddedBy: actor.staffId, shreddedAt: now } }];
}

import type { DomainEvent } from '../shared/decider.js';

/**
 * Issue 6 item 5: the key that encrypts a case's child text was shredded at the end of the case's
 * retention. The event carries no key material: it says that, when, by whom and why, so the
 * case's history shows why its free text reads as withheld from then on. The hash chains are
 * untouched: they were computed over the ciphertext.
 */
export type CaseKeyShredded = DomainEvent<
  'CaseKeyShredded',
  {
    readonly azeusNumber: string;
    readonly reason: string;
    readonly shreddedBy: string;
    readonly shreddedAt: string;
  }
>;

export type CaseKeyEvent = CaseKeyShredded;

export type CaseKeyEventType = CaseKeyEvent['type'];

export const CASE_KEY_EVENT_TYPES: readonly CaseKeyEventType[] = ['CaseKeyShredded'];

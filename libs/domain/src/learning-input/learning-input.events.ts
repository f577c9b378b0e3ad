import type { DomainEvent, Role } from '../shared/decider.js';
import type { ComplaintOutcome, LearningInputContent, LearningInputKind } from './learning-input.values.js';

/**
 * The facts of a learning input (section 2; REP-2). Type strings never change; times in data are
 * the business time of the command (`metadata.now`). Content is recorded whole and replaced whole
 * by a correction, so each event says everything the input said at that point.
 */

export type LearningInputRecorded = DomainEvent<
  'LearningInputRecorded',
  LearningInputContent & {
    readonly learningInputId: string;
    readonly kind: LearningInputKind;
    readonly recordedBy: string;
    readonly recordedByRole: Role;
    readonly recordedAt: string;
  }
>;

export type LearningInputCorrected = DomainEvent<
  'LearningInputCorrected',
  LearningInputContent & {
    readonly learningInputId: string;
    readonly reason: string;
    readonly correctedBy: string;
    readonly correctedAt: string;
  }
>;

export type ComplaintResponseRecorded = DomainEvent<
  'ComplaintResponseRecorded',
  {
    readonly learningInputId: string;
    readonly outcome: ComplaintOutcome;
    readonly responseDate: string;
    readonly recordedBy: string;
    readonly recordedAt: string;
  }
>;

export type LearningInputWithdrawn = DomainEvent<
  'LearningInputWithdrawn',
  { readonly learningInputId: string; readonly reason: string; readonly withdrawnBy: string; readonly withdrawnAt: string }
>;

export type LearningInputEvent = LearningInputRecorded | LearningInputCorrected | ComplaintResponseRecorded | LearningInputWithdrawn;

export const LEARNING_INPUT_EVENT_TYPES = [
  'LearningInputRecorded',
  'LearningInputCorrected',
  'ComplaintResponseRecorded',
  'LearningInputWithdrawn',
] as const satisfies readonly LearningInputEvent['type'][];

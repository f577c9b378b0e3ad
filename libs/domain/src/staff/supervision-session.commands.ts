import type { Command } from '../shared/decider.js';

export type PlanSupervisionSession = Command<
  'PlanSupervisionSession',
  { readonly sessionId: string; readonly supervisorId: string; readonly superviseeId: string; readonly plannedFor: string }
>;

export type RescheduleSupervisionSession = Command<
  'RescheduleSupervisionSession',
  { readonly sessionId: string; readonly plannedFor: string }
>;

/** Records a session as held: one that was planned, or one recorded only after it took place. */
export type RecordSupervisionSessionHeld = Command<
  'RecordSupervisionSessionHeld',
  { readonly sessionId: string; readonly supervisorId: string; readonly superviseeId: string; readonly heldOn: string }
>;

export type CancelSupervisionSession = Command<
  'CancelSupervisionSession',
  { readonly sessionId: string; readonly reason: string }
>;

export type SupervisionSessionCommand =
  | PlanSupervisionSession
  | RescheduleSupervisionSession
  | RecordSupervisionSessionHeld
  | CancelSupervisionSession;

export type SupervisionSessionCommandType = SupervisionSessionCommand['type'];

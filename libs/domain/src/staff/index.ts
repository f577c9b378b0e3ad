export * from './staff.values.js';
export * from './staff-member.events.js';
export * from './staff-member.commands.js';
export * from './staff-member.errors.js';
export * from './staff-member.stream.js';
export * from './staff-import.js';
export * from './supervision-session.events.js';
export * from './supervision-session.commands.js';
export * from './supervision-session.errors.js';
export * from './supervision-session.stream.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveStaffMember,
  initialState as initialStaffMemberState,
  type ActiveStaffMember,
  type EffectiveAttribute,
  type LeftStaffMember,
  type StaffMember,
  type StaffMemberProfile,
  type UnregisteredStaffMember,
} from './staff-member.state.js';
export { staffMemberDecider, decide as decideStaffMember } from './staff-member.decide.js';
export {
  evolve as evolveSupervisionSession,
  initialState as initialSupervisionSessionState,
  type CancelledSupervisionSession,
  type HeldSupervisionSession,
  type PlannedSupervisionSession,
  type SupervisionSession,
  type UnplannedSupervisionSession,
} from './supervision-session.state.js';
export { supervisionSessionDecider, decide as decideSupervisionSession } from './supervision-session.decide.js';

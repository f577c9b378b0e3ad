export * from './meeting-observation.values.js';
export * from './meeting-observation.events.js';
export * from './meeting-observation.commands.js';
export * from './meeting-observation.stream.js';
export * from './meeting-observation.errors.js';
export * from './meeting-observation.duty.js';
export * from './meeting-observation.agreed-actions.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveMeetingObservation,
  initialState as initialMeetingObservationState,
  type CompletedMeetingObservation,
  type MeetingDiscussionWithChair,
  type InProgressMeetingObservation,
  type MeetingAreaJudgement,
  type MeetingObservation,
  type MeetingObservationRecord,
  type MeetingObservationStatus,
  type NotStartedMeetingObservation,
  type MeetingSharedRecord,
} from './meeting-observation.state.js';
export { meetingObservationDecider, decide as decideMeetingObservation } from './meeting-observation.decide.js';

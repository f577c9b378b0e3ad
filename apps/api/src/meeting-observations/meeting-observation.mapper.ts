import type { MeetingObservationDocument, MeetingObservationDutyReport as DutyReport } from '../../../../projections/meeting-observations/index.js';
import type { MeetingObservation, MeetingObservationDutyReport } from './models/meeting-observation.model.js';

/** Copies read-model documents into the GraphQL output types field by field. */
export function toMeetingObservation(d: MeetingObservationDocument): MeetingObservation {
  return {
    id: d.id,
    observerId: d.observerId,
    observerRole: d.observerRole,
    meetingType: d.meetingType,
    meetingTypeTitle: d.meetingTypeTitle,
    conferenceStage: d.conferenceStage,
    meetingDate: d.meetingDate,
    chairId: d.chairId,
    azeusNumber: d.azeusNumber,
    teamId: d.teamId,
    serviceAreaId: d.serviceAreaId,
    status: d.status,
    areas: d.areas.map((a) => ({ area: a.area, title: a.title, judgement: a.judgement, comment: a.comment, judgedAt: a.judgedAt })),
    areasJudged: d.areasJudged,
    discussionWithChair:
      d.discussionWithChair === null
        ? null
        : { heldOn: d.discussionWithChair.heldOn, notes: d.discussionWithChair.notes, recordedAt: d.discussionWithChair.recordedAt },
    sharedRecord:
      d.sharedRecord === null
        ? null
        : {
            learning: d.sharedRecord.learning,
            actions: d.sharedRecord.actions.map((a) => ({
              actionId: a.actionId,
              description: a.description,
              ownerId: a.ownerId,
              managerId: a.managerId,
              timescale: a.timescale,
            })),
            agreedBy: d.sharedRecord.agreedBy,
            agreedAt: d.sharedRecord.agreedAt,
          },
    copySentToSqaAt: d.copySentToSqaAt,
    copySentToSqaBy: d.copySentToSqaBy,
    nextStep: d.nextStep,
    startedAt: d.startedAt,
    completedAt: d.completedAt,
    revision: d.revision,
    lastUpdatedAt: d.lastUpdatedAt,
  };
}

export function toMeetingObservationDutyReport(r: DutyReport): MeetingObservationDutyReport {
  return {
    period: r.period,
    from: r.from,
    to: r.to,
    rolesAsAt: r.rolesAsAt,
    observers: r.observers.map((o) => ({
      observerId: o.observerId,
      name: o.name,
      role: o.role,
      required: o.required,
      done: o.done,
      remaining: o.remaining,
      met: o.met,
      doneObservationIds: [...o.doneObservationIds],
      inProgressObservationIds: [...o.inProgressObservationIds],
    })),
    met: r.met,
    notMet: r.notMet,
  };
}

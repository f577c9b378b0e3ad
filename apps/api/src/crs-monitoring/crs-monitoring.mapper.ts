import type { CrsTeamManagerMonthlyDuty } from '../../../../libs/domain/src/index.js';
import type {
  ConcernsDocument,
  CrsMonthlySummary as CrsMonthlySummaryView,
  CrsQualityCheckDocument,
  MidwayReviewDocument,
  MidwayReviewOwed as MidwayReviewOwedView,
  MonitoringFormDocument,
  RatedJudgementDocument,
} from '../../../../projections/crs-monitoring/index.js';
import type {
  CrsConcerns,
  CrsMonthlySummary,
  CrsQualityCheck,
  CrsRatedJudgement,
  CrsTeamManagerDuty,
  MidwayReview,
  MidwayReviewOwed,
  MonitoringForm,
} from './models/crs-monitoring.model.js';

/** Copies read-model documents into the GraphQL output types field by field. */

const rated = (r: RatedJudgementDocument): CrsRatedJudgement => ({ rating: r.rating, comments: r.comments });
const concerns = (c: ConcernsDocument): CrsConcerns => ({
  raised: c.raised,
  details: c.details,
  escalationRoute: c.escalationRoute,
  escalationId: c.escalationId,
});

export function toMonitoringForm(d: MonitoringFormDocument): MonitoringForm {
  return {
    id: d.id,
    meetingType: d.meetingType,
    planKind: d.planKind,
    meetingDate: d.meetingDate,
    nextMeetingDate: d.nextMeetingDate,
    azeusNumber: d.azeusNumber,
    socialWorkerId: d.socialWorkerId,
    teamManagerId: d.teamManagerId,
    teamId: d.teamId,
    chairId: d.chairId,
    chairRole: d.chairRole,
    preparation: rated(d.preparation),
    assessment: rated(d.assessment),
    plan: rated(d.plan),
    concerns: concerns(d.concerns),
    usedInSupervision: d.usedInSupervision.map((u) => ({ supervisionDate: u.supervisionDate, notes: u.notes })),
    submittedAt: d.submittedAt,
    revision: d.revision,
  };
}

export function toMidwayReview(d: MidwayReviewDocument): MidwayReview {
  return {
    id: d.id,
    planKind: d.planKind,
    azeusNumber: d.azeusNumber,
    socialWorkerId: d.socialWorkerId,
    teamManagerId: d.teamManagerId,
    teamId: d.teamId,
    chairId: d.chairId,
    chairRole: d.chairRole,
    previousMeetingDate: d.previousMeetingDate,
    nextMeetingDate: d.nextMeetingDate,
    dueOn: d.dueOn,
    heldOn: d.heldOn,
    heldOnTime: d.heldOnTime,
    planProgression: { progression: d.planProgression.progression, comments: d.planProgression.comments },
    driftOrDelay: { found: d.driftOrDelay.found, details: d.driftOrDelay.details },
    concerns: concerns(d.concerns),
    agreedActions: d.agreedActions.map((a) => ({
      actionId: a.actionId,
      description: a.description,
      ownerId: a.ownerId,
      managerId: a.managerId,
      timescale: a.timescale,
    })),
    recordedAt: d.recordedAt,
    revision: d.revision,
  };
}

export function toMidwayReviewOwed(o: MidwayReviewOwedView): MidwayReviewOwed {
  return {
    azeusNumber: o.azeusNumber,
    planKind: o.planKind,
    monitoringFormId: o.monitoringFormId,
    chairId: o.chairId,
    socialWorkerId: o.socialWorkerId,
    teamManagerId: o.teamManagerId,
    previousMeetingDate: o.previousMeetingDate,
    nextMeetingDate: o.nextMeetingDate,
    dueOn: o.dueOn,
    overdueAfter: o.overdueAfter,
    overdue: o.overdue,
  };
}

export function toCrsQualityCheck(d: CrsQualityCheckDocument): CrsQualityCheck {
  return {
    id: d.id,
    kind: d.kind,
    crsTeamManagerId: d.crsTeamManagerId,
    planKind: d.planKind,
    meetingType: d.meetingType,
    meetingDate: d.meetingDate,
    azeusNumber: d.azeusNumber,
    chairId: d.chairId,
    socialWorkerId: d.socialWorkerId,
    checkedOn: d.checkedOn,
    judgements: d.judgements.map((j) => ({ section: j.section, criterion: j.criterion, text: j.text, rating: j.rating, comments: j.comments })),
    feedbackForChair: d.feedbackForChair,
    feedbackForWiderTeams: d.feedbackForWiderTeams,
    feedbackGivenToChairOn: d.feedbackGivenToChairOn,
    recordedAt: d.recordedAt,
    revision: d.revision,
  };
}

export function toCrsTeamManagerDuty(d: CrsTeamManagerMonthlyDuty): CrsTeamManagerDuty {
  return {
    crsTeamManagerId: d.crsTeamManagerId,
    month: d.month,
    requirements: d.requirements.map((r) => ({ requirement: r.requirement, kind: r.kind, planKind: r.planKind, required: r.required, done: r.done, met: r.met })),
    met: [...d.met],
    missing: [...d.missing],
    allMet: d.allMet,
  };
}

export function toCrsMonthlySummary(s: CrsMonthlySummaryView): CrsMonthlySummary {
  const f = s.monitoringForms;
  return {
    month: s.month,
    monitoringForms: {
      total: f.total,
      byMeetingType: f.byMeetingType.map((t) => ({ meetingType: t.meetingType, count: t.count, withConcerns: t.withConcerns })),
      withConcerns: f.withConcerns,
      escalatedInformally: f.escalatedInformally,
      escalatedFormally: f.escalatedFormally,
      usedInSupervision: f.usedInSupervision,
      ratings: f.ratings.map((r) => ({
        section: r.section,
        outstanding: r.counts.OUTSTANDING,
        good: r.counts.GOOD,
        requiresImprovement: r.counts.REQUIRES_IMPROVEMENT,
        inadequate: r.counts.INADEQUATE,
      })),
    },
    midwayReviews: { ...s.midwayReviews },
    crsTeamManagerDuties: s.crsTeamManagerDuties.map(toCrsTeamManagerDuty),
    crsTeamManagerDutiesMet: s.crsTeamManagerDutiesMet,
  };
}

import { PRACTICE_JUDGEMENT_DESCRIPTORS } from '../../../../libs/domain/src/index.js';
import type { PracticeObservationDocument } from '../../../../projections/practice-observations/index.js';
import type { PracticeObservation } from './models/practice-observation.model.js';

/** Copies the read model's document into the GraphQL output type field by field. */
export function toPracticeObservation(d: PracticeObservationDocument): PracticeObservation {
  return {
    id: d.id,
    status: d.status,
    workerId: d.workerId,
    workerRole: d.workerRole,
    workerIsAsye: d.workerIsAsye,
    observerId: d.observerId,
    observerRole: d.observerRole,
    activityObserved: d.activityObserved,
    observedOn: d.observedOn,
    description: d.description,
    wentWell: d.wentWell,
    needsDevelopment: d.needsDevelopment,
    specificComments: d.specificComments,
    areas: d.areas.map((row) => ({
      area: row.area,
      title: row.title,
      judgement: row.judgement,
      judgementDescriptor: row.judgement === null ? null : PRACTICE_JUDGEMENT_DESCRIPTORS[row.judgement],
    })),
    otherComments: d.otherComments,
    workerComments: d.workerComments,
    feedback: d.feedback,
    sharedWithWorkerAt: d.sharedWithWorkerAt,
    reflectiveReview: d.reflectiveReview === null ? null : { setting: d.reflectiveReview.setting, heldOn: d.reflectiveReview.heldOn, notes: d.reflectiveReview.notes },
    actionPlan: d.actionPlan.map((a) => ({
      actionId: a.actionId,
      description: a.description,
      ownerId: a.ownerId,
      dueBy: a.dueBy,
      managerId: a.managerId ?? null,
      azeusNumber: a.azeusNumber ?? null,
      teamId: a.teamId ?? null,
    })),
    pdrPriorities: [...d.pdrPriorities],
    completedAt: d.completedAt,
    lineManagerId: d.lineManagerId,
    sharedWithLineManagerAt: d.sharedWithLineManagerAt,
    sharedWithSqaAt: d.sharedWithSqaAt,
    recordedAt: d.recordedAt,
    revision: d.revision,
    lastUpdatedAt: d.lastUpdatedAt,
  };
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Grade, MeetingArea, MeetingConferenceStage, MeetingObserverRole, MeetingType } from '../../../../../libs/domain/src/index.js';
import type { MeetingObservationDocumentStatus, MeetingObservationNextStep } from '../../../../../projections/meeting-observations/index.js';
import { GradeEnum } from '../../case-file-audits/case-file-audit.enums.js';
import {
  MeetingAreaEnum,
  MeetingConferenceStageEnum,
  MeetingObservationNextStepEnum,
  MeetingObservationStatusEnum,
  MeetingObserverRoleEnum,
  MeetingTypeEnum,
} from '../meeting-observation.enums.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * An observation of a key meeting (MTG-1..MTG-4) as clients read it. Output types are whitelists:
 * a field reaches a client only if it is declared here and copied by meeting-observation.mapper.ts.
 */

@ObjectType({ description: 'MTG-3: one of the fourteen areas, with its judgement and comment once judged.' })
export class MeetingAreaJudgement {
  @Field(() => MeetingAreaEnum) area: MeetingArea;
  @Field({ description: 'The area as section 6 words it.' }) title: string;
  @Field(() => GradeEnum, { nullable: true }) judgement: Grade | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => String, { nullable: true }) judgedAt: string | null;
}

@ObjectType({ description: 'MTG-4: the discussion of the record with the chair.' })
export class MeetingDiscussionWithChair {
  @Field() heldOn: string;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) notes: string | null;
  @Field() recordedAt: string;
}

@ObjectType({ description: 'MTG-4: an agreed action; raised as a remedial action with the same id.' })
export class MeetingAgreedAction {
  @Field(() => ID) actionId: string;
  @Field() description: string;
  @Field(() => ID) ownerId: string;
  @Field(() => ID) managerId: string;
  @Field({ description: 'YYYY-MM-DD.' }) timescale: string;
}

@ObjectType({ description: 'MTG-4: the shared record of learning and actions agreed with the chair.' })
export class MeetingSharedRecord {
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) learning: string | null;
  @Field(() => [MeetingAgreedAction]) actions: MeetingAgreedAction[];
  @Field(() => ID, { nullable: true }) agreedBy: string | null;
  @Field() agreedAt: string;
}

@ObjectType({ description: 'An observation of a key meeting by a Head of Service, the chief officer or the director (framework section 6).' })
export class MeetingObservation {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field(() => ID) observerId: string;
  @Field(() => MeetingObserverRoleEnum, { nullable: true }) observerRole: MeetingObserverRole | null;
  @Field(() => MeetingTypeEnum) meetingType: MeetingType;
  @Field({ description: 'The meeting as section 6 words it.' }) meetingTypeTitle: string;
  @Field(() => MeetingConferenceStageEnum, { nullable: true }) conferenceStage: MeetingConferenceStage | null;
  @Field({ description: 'YYYY-MM-DD; MTG-1 counts the observation on this date.' }) meetingDate: string;
  @Field(() => ID) chairId: string;
  @Field(() => String, { nullable: true }) azeusNumber: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => ID, { nullable: true }) serviceAreaId: string | null;
  @Field(() => MeetingObservationStatusEnum) status: MeetingObservationDocumentStatus;
  @Field(() => [MeetingAreaJudgement], { description: "Always fourteen rows, in section 6's order." }) areas: MeetingAreaJudgement[];
  @Field(() => Int) areasJudged: number;
  @Field(() => MeetingDiscussionWithChair, { nullable: true }) discussionWithChair: MeetingDiscussionWithChair | null;
  @Field(() => MeetingSharedRecord, { nullable: true }) sharedRecord: MeetingSharedRecord | null;
  @Field(() => String, { nullable: true }) copySentToSqaAt: string | null;
  @Field(() => ID, { nullable: true }) copySentToSqaBy: string | null;
  @Field(() => MeetingObservationNextStepEnum) nextStep: MeetingObservationNextStep;
  @Field() startedAt: string;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType({ description: "MTG-1: one observer's duty by the end of the period." })
export class ObserverMeetingObservationDuty {
  @Field(() => ID) observerId: string;
  @Field() name: string;
  @Field(() => MeetingObserverRoleEnum) role: MeetingObserverRole;
  @Field(() => Int, { description: 'Observations due by the end of the period: a HoS 1 by June and 2 by December; the chief officer and the director 1 by December.' })
  required: number;
  @Field(() => Int, { description: 'Completed records of meetings held from 1 January to the end of the period.' }) done: number;
  @Field(() => Int) remaining: number;
  @Field() met: boolean;
  @Field(() => [ID]) doneObservationIds: string[];
  @Field(() => [ID], { description: 'Observations of meetings in the period not yet completed: what may close the gap.' }) inProgressObservationIds: string[];
}

@ObjectType({ description: 'MTG-1: every Head of Service, the chief officer and the director, and the key meetings each has observed.' })
export class MeetingObservationDutyReport {
  @Field() period: string;
  @Field({ description: 'First day counted (1 January).' }) from: string;
  @Field({ description: 'Last day counted (30 June or 31 December).' }) to: string;
  @Field({ description: 'The date the staff directory was read for who holds the observer roles.' }) rolesAsAt: string;
  @Field(() => [ObserverMeetingObservationDuty]) observers: ObserverMeetingObservationDuty[];
  @Field(() => Int) met: number;
  @Field(() => Int) notMet: number;
}

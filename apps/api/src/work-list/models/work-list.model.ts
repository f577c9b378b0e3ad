import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RemedialAction } from '../../remedial-actions/models/remedial-action.model.js';
import type { WorkListItemKind } from '../work-list.js';
import { WorkListItemKindEnum } from '../work-list.enums.js';

/** A person's work list as clients read it; a whitelist copied by work-list.mapper.ts. */

@ObjectType({ description: 'One thing on a work list, with its due date and whether it is overdue at the query\'s asOf.' })
export class WorkListItem {
  @Field(() => WorkListItemKindEnum) kind: WorkListItemKind;
  @Field(() => ID, { description: 'The id of the audit, compliance audit or remedial action (for MODERATION, the audit; for SAMPLE_CASE_TO_AUDIT, <year>/<azeusNumber>).' }) id: string;
  @Field() title: string;
  @Field({ description: "The record's own status." }) status: string;
  @Field(() => String, { nullable: true, description: 'The case (Azeus number); null for an action about practice or a service rather than one case.' })
  azeusNumber: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null where the framework sets no date (moderation).' }) due: string | null;
  @Field({ description: 'CFA-6 / CFA-7: past its due date at asOf and not done.' }) overdue: boolean;
  @Field({ description: 'Begun and not finished: an audit started, an action acknowledged.' }) inProgress: boolean;
  @Field(() => RemedialAction, { nullable: true, description: 'REMEDIAL_ACTION only: the action with its clocks at asOf (CFA-7).' })
  remedialAction: RemedialAction | null;
}

@ObjectType({ description: "A person's work list: what is due, overdue and in progress, sorted by due date (undated last)." })
export class WorkList {
  @Field(() => ID) staffId: string;
  @Field(() => String, { nullable: true, description: 'Their role at asOf, when known.' }) role: string | null;
  @Field({ description: 'The instant due and overdue were judged at.' }) asOf: string;
  @Field(() => Int) total: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) inProgress: number;
  @Field(() => [WorkListItem]) items: WorkListItem[];
}

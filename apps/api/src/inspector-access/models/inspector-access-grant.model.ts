import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { InspectorAccessState } from '../../../../../libs/domain/src/index.js';
import { InspectorAccessStateEnum } from '../inspector-access.enums.js';

/**
 * An inspector's access grant (issue 6 item 3) as S&QA read it. Output types are whitelists: a
 * field reaches a client only if it is declared here and copied by the queries resolver.
 */

@ObjectType()
export class InspectorAccessRevocation {
  @Field() reason: string;
  @Field(() => ID, { nullable: true }) revokedBy: string | null;
  @Field() revokedAt: string;
}

@ObjectType({ description: 'Issue 6 item 3: read-only access an S&QA manager granted an external inspector for a window.' })
export class InspectorAccessGrant {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: "The inspector's token subject." }) inspectorId: string;
  @Field() name: string;
  @Field() organisation: string;
  @Field({ description: 'Access begins (inclusive), ISO instant.' }) from: string;
  @Field({ description: 'Access ends by itself (exclusive), ISO instant.' }) until: string;
  @Field(() => InspectorAccessStateEnum, { description: 'Where the grant stands at asOf (default now).' }) state: InspectorAccessState;
  @Field() reason: string;
  @Field(() => String, { nullable: true }) inspectionReference: string | null;
  @Field(() => ID) grantedBy: string;
  @Field() grantedAt: string;
  @Field(() => InspectorAccessRevocation, { nullable: true }) revocation: InspectorAccessRevocation | null;
  @Field(() => Int) revision: number;
}

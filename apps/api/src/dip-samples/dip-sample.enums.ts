import { registerEnumType } from '@nestjs/graphql';
import {
  AUDIT_QUALITY_JUDGEMENTS,
  FOLLOW_THROUGH_JUDGEMENTS,
  type AuditQualityJudgement,
  type FollowThroughJudgement,
} from '../../../../libs/domain/src/index.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from the rules. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const AuditQualityJudgementEnum = enumOf<AuditQualityJudgement>(AUDIT_QUALITY_JUDGEMENTS);
registerEnumType(AuditQualityJudgementEnum, { name: 'AuditQualityJudgement', description: 'CFA-11: the quality of the audit sampled.' });

export const FollowThroughJudgementEnum = enumOf<FollowThroughJudgement>(FOLLOW_THROUGH_JUDGEMENTS);
registerEnumType(FollowThroughJudgementEnum, {
  name: 'FollowThroughJudgement',
  description: "CFA-11: whether the audit's remedial actions are being followed through.",
});

export type DipSampleStatus = 'IN_PROGRESS' | 'COMPLETED';
export const DIP_SAMPLE_STATUSES: readonly DipSampleStatus[] = ['IN_PROGRESS', 'COMPLETED'];
export const DipSampleStatusEnum = enumOf(DIP_SAMPLE_STATUSES);
registerEnumType(DipSampleStatusEnum, { name: 'DipSampleStatus', description: 'CFA-11: completed once both judgements are recorded.' });

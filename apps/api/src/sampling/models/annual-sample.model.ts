import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffActor } from '../../case-file-audits/models/case-file-audit.model.js';
import { CommandReceipt } from '../../commands/command-receipt.model.js';

/** Output types of the annual sample (CFA-1): whitelists, filled field by field by annual-sample.mapper.ts. */

@ObjectType({ description: 'CFA-1: what was drawn, and the seed it was drawn with. Read the cases with annualSample(year).' })
export class AnnualSampleDrawReceipt extends CommandReceipt {
  @Field(() => Int) year: number;
  @Field({ description: 'The seed as recorded (a retried draw answers with the first one).' }) seed: string;
}

@ObjectType({ description: 'One stratum (team × category) of the frame and how many cases it gave.' })
export class AnnualSampleStratum {
  @Field(() => ID) teamId: string;
  @Field() category: string;
  @Field() stratum: string;
  @Field(() => Int) frameCases: number;
  @Field(() => Int, { description: 'Of them, not audited in the 12 months before the draw.' }) eligibleCases: number;
  @Field(() => Int) drawn: number;
}

@ObjectType({ description: 'A reallocation of a sampled case to another auditor.' })
export class AnnualSampleReallocation {
  @Field(() => ID, { nullable: true }) fromAuditorId: string | null;
  @Field(() => ID) toAuditorId: string;
  @Field() reason: string;
  @Field() reallocatedAt: string;
}

@ObjectType({ description: 'A drawn case, its stratum, and (once allocated) its auditor and due date.' })
export class AnnualSampleCase {
  @Field() azeusNumber: string;
  @Field(() => ID) teamId: string;
  @Field() category: string;
  @Field() stratum: string;
  @Field(() => String, { nullable: true }) lastAuditedOn: string | null;
  @Field({ description: 'Taken although audited in the previous 12 months, because the frame was too small (CFA-1).' })
  recentlyAudited: boolean;
  @Field(() => ID, { nullable: true }) auditorId: string | null;
  @Field(() => ID, { nullable: true }) auditorTeamId: string | null;
  @Field(() => String, { nullable: true, description: 'CFA-6.' }) dueDate: string | null;
  @Field(() => ID, { nullable: true }) allocatedWorkerId: string | null;
  @Field(() => [AnnualSampleReallocation]) reallocations: AnnualSampleReallocation[];
}

@ObjectType({ description: "A year's random sample of case file audits (CFA-1): how it was drawn, from what, and each case." })
export class AnnualSample {
  @Field(() => Int) year: number;
  @Field({ description: 'DRAWN, then ALLOCATED.' }) status: string;
  @Field(() => Int) revision: number;
  @Field() algorithm: string;
  @Field() seed: string;
  @Field(() => Float) fraction: number;
  @Field({ description: 'The 12-month exclusion counts back from this date.' }) drawDate: string;
  @Field() drawnAt: string;
  @Field(() => StaffActor, { nullable: true }) drawnBy: StaffActor | null;
  @Field(() => Int) frameSize: number;
  @Field({ description: 'SHA-256 of the canonical frame.' }) frameFingerprint: string;
  @Field(() => Int) targetSize: number;
  @Field(() => Int) eligibleCount: number;
  @Field() frameTooSmall: boolean;
  @Field(() => Int) recentlyAuditedIncluded: number;
  @Field() note: string;
  @Field(() => [AnnualSampleStratum]) strata: AnnualSampleStratum[];
  @Field(() => String, { nullable: true }) allocationAlgorithm: string | null;
  @Field(() => String, { nullable: true }) allocatedAt: string | null;
  @Field(() => StaffActor, { nullable: true }) allocatedBy: StaffActor | null;
  @Field(() => [AnnualSampleCase], { description: 'By team, category and Azeus number.' }) cases: AnnualSampleCase[];
}

@ObjectType({ description: 'One drawn case of a sample and its allocation.' })
export class AnnualSampleAllocationRow {
  @Field(() => Int) year: number;
  @Field() azeusNumber: string;
  @Field(() => ID) teamId: string;
  @Field() category: string;
  @Field() stratum: string;
  @Field() recentlyAudited: boolean;
  @Field(() => ID, { nullable: true }) auditorId: string | null;
  @Field(() => ID, { nullable: true }) auditorTeamId: string | null;
  @Field(() => String, { nullable: true }) dueDate: string | null;
  @Field(() => ID, { nullable: true }) allocatedWorkerId: string | null;
}

@ObjectType({ description: 'CFA-1: the recorded draw and allocation re-run from their recorded inputs.' })
export class AnnualSampleVerification {
  @Field(() => Int) year: number;
  @Field({ description: 'The re-run gives exactly what is recorded.' }) valid: boolean;
  @Field() drawValid: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Null when the sample is not allocated yet.' }) allocationValid: boolean | null;
  @Field(() => [String]) problems: string[];
}

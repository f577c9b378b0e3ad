import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  crsMonitoringFormDecider,
  crsMonitoringFormStreamId,
  crsQualityCheckDecider,
  crsQualityCheckStreamId,
  midwayReviewDecider,
  midwayReviewStreamId,
  type Actor,
  type CommandMetadata,
  type CrsMonitoringFormCommand,
  type CrsQualityCheckCommand,
  type MidwayReviewCommand,
} from '../../../../libs/domain/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import {
  RecordCrsFeedbackGivenToChairArgs,
  RecordCrsMeetingObservationArgs,
  RecordCrsMinutesAuditArgs,
  RecordCrsPlanAuditArgs,
  RecordMidwayReviewArgs,
  RecordMonitoringFormUsedInSupervisionArgs,
  SubmitMonitoringFormArgs,
  type CrsConcernsInput,
  type CrsRatedJudgementInput,
  type MeetingObservationJudgementsInput,
  type MinutesAuditJudgementsInput,
  type PlanAuditJudgementsInput,
} from './dto/crs-monitoring.input.js';

// Ids the server derives, so a meeting has one form, an interval one midway review, and a retried
// command lands on the same record. Never change it.
const DERIVED_ID_NAMESPACE = '8d0f6c2a-4b1e-5a73-9c2d-e5f4a3b2c1d0';

type Options = { readonly metadata: CommandMetadata; readonly options: CommandOptionsArgs };

/**
 * The Conference and Review Service's mutations (CRS-2, CRS-3): each turns its input into one
 * task-based domain command and sends it over the CommandBus. Who may do what is the deciders'.
 */
@Resolver()
export class CrsMonitoringMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandReceipt, {
    description: 'CRS-3: the chair (IRO or CP chair, the caller) submits the monitoring form after a CP conference or LAC review.',
  })
  submitMonitoringForm(@Args() { input, ...options }: SubmitMonitoringFormArgs, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const formId = input.formId ?? uuidv5(`crsMonitoringForm:${input.azeusNumber}:${input.meetingType}:${input.meetingDate}`, DERIVED_ID_NAMESPACE);
    return this.sendForm(formId, { metadata, options }, {
      type: 'SubmitMonitoringForm',
      data: {
        formId,
        meetingType: input.meetingType,
        meetingDate: input.meetingDate,
        nextMeetingDate: input.nextMeetingDate ?? null,
        azeusNumber: input.azeusNumber,
        socialWorkerId: input.socialWorkerId,
        teamManagerId: input.teamManagerId,
        teamId: input.teamId ?? null,
        preparation: rated(input.preparation),
        assessment: rated(input.assessment),
        plan: rated(input.plan),
        concerns: concerns(input.concerns),
      },
      metadata,
    });
  }

  @Mutation(() => CommandReceipt, { description: "CRS-3: the social worker's team manager (the caller) used the form in a supervision." })
  recordMonitoringFormUsedInSupervision(
    @Args() { input, ...options }: RecordMonitoringFormUsedInSupervisionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.sendForm(input.formId, { metadata, options }, {
      type: 'RecordMonitoringFormUsedInSupervision',
      data: { formId: input.formId, supervisionDate: input.supervisionDate, notes: input.notes ?? null },
      metadata,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: 'CRS-3: the chair (the caller) records the midway review held with the social worker, with any actions agreed (CFA-7).',
  })
  recordMidwayReview(@Args() { input, ...options }: RecordMidwayReviewArgs, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const reviewId = input.reviewId ?? uuidv5(`midwayReview:${input.azeusNumber}:${input.planKind}:${input.previousMeetingDate}`, DERIVED_ID_NAMESPACE);
    const command: MidwayReviewCommand = {
      type: 'RecordMidwayReview',
      data: {
        reviewId,
        planKind: input.planKind,
        azeusNumber: input.azeusNumber,
        socialWorkerId: input.socialWorkerId,
        teamManagerId: input.teamManagerId,
        teamId: input.teamId ?? null,
        previousMeetingDate: input.previousMeetingDate,
        nextMeetingDate: input.nextMeetingDate,
        heldOn: input.heldOn,
        planProgression: { progression: input.planProgression.progression, comments: input.planProgression.comments },
        driftOrDelay: { found: input.driftOrDelay.found, details: input.driftOrDelay.details ?? null },
        concerns: concerns(input.concerns),
        agreedActions: (input.agreedActions ?? []).map((a, index) => ({
          actionId: a.actionId ?? uuidv5(`midwayReviewAction:${reviewId}:${index}`, DERIVED_ID_NAMESPACE),
          description: a.description,
          ownerId: a.ownerId,
          managerId: a.managerId,
          timescale: a.timescale,
        })),
      },
      metadata,
    };
    return this.send(reviewId, midwayReviewStreamId(reviewId), midwayReviewDecider, command, options);
  }

  @Mutation(() => CommandReceipt, {
    description: 'CRS-2: the CRS team manager (the caller) observed a CP conference or LAC review, auditing its minutes and plan.',
  })
  recordCrsMeetingObservation(
    @Args() { input, ...options }: RecordCrsMeetingObservationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const checkId = input.checkId ?? derivedCheckId(metadata);
    return this.sendCheck(checkId, { metadata, options }, {
      type: 'RecordCrsMeetingObservation',
      data: {
        checkId,
        meetingType: input.meetingType,
        meetingDate: input.meetingDate,
        azeusNumber: input.azeusNumber,
        chairId: input.chairId,
        observation: observationJudgements(input.observation),
        minutesAudit: minutesJudgements(input.minutesAudit),
        planAudit: planJudgements(input.planAudit),
        feedbackForChair: input.feedbackForChair,
        feedbackForWiderTeams: input.feedbackForWiderTeams ?? null,
      },
      metadata,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CRS-2: the CRS team manager (the caller) audited a set of minutes.' })
  recordCrsMinutesAudit(@Args() { input, ...options }: RecordCrsMinutesAuditArgs, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const checkId = input.checkId ?? derivedCheckId(metadata);
    return this.sendCheck(checkId, { metadata, options }, {
      type: 'RecordCrsMinutesAudit',
      data: {
        checkId,
        meetingType: input.meetingType,
        meetingDate: input.meetingDate,
        azeusNumber: input.azeusNumber,
        chairId: input.chairId,
        auditedOn: input.auditedOn,
        judgements: minutesJudgements(input.judgements),
        feedbackForChair: input.feedbackForChair,
        feedbackForWiderTeams: input.feedbackForWiderTeams ?? null,
      },
      metadata,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CRS-2: the CRS team manager (the caller) audited a CP plan or LAC plan: robust, SMART, child centred.' })
  recordCrsPlanAudit(@Args() { input, ...options }: RecordCrsPlanAuditArgs, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const checkId = input.checkId ?? derivedCheckId(metadata);
    return this.sendCheck(checkId, { metadata, options }, {
      type: 'RecordCrsPlanAudit',
      data: {
        checkId,
        planKind: input.planKind,
        azeusNumber: input.azeusNumber,
        planDate: input.planDate,
        chairId: input.chairId,
        socialWorkerId: input.socialWorkerId ?? null,
        auditedOn: input.auditedOn,
        judgements: planJudgements(input.judgements),
        feedbackForChair: input.feedbackForChair,
        feedbackForWiderTeams: input.feedbackForWiderTeams ?? null,
      },
      metadata,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'CRS-2: the feedback of a check was given to the chair in supervision.' })
  recordCrsFeedbackGivenToChair(
    @Args() { input, ...options }: RecordCrsFeedbackGivenToChairArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.sendCheck(input.checkId, { metadata, options }, {
      type: 'RecordCrsFeedbackGivenToChair',
      data: { checkId: input.checkId, supervisionDate: input.supervisionDate },
      metadata,
    });
  }

  private sendForm(formId: string, { options }: Options, command: CrsMonitoringFormCommand): Promise<CommandReceipt> {
    return this.send(formId, crsMonitoringFormStreamId(formId), crsMonitoringFormDecider, command, options);
  }

  private sendCheck(checkId: string, { options }: Options, command: CrsQualityCheckCommand): Promise<CommandReceipt> {
    return this.send(checkId, crsQualityCheckStreamId(checkId), crsQualityCheckDecider, command, options);
  }

  private async send<C extends CrsMonitoringFormCommand | MidwayReviewCommand | CrsQualityCheckCommand>(
    id: string,
    streamId: string,
    decider: ExecuteDomainCommand<C>['decider'],
    command: C,
    options: CommandOptionsArgs,
  ): Promise<CommandReceipt> {
    const result = await this.commandBus.execute<ExecuteDomainCommand<C>, CommandResult>(
      new ExecuteDomainCommand(streamId, decider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(id, result);
  }
}

function derivedCheckId(metadata: CommandMetadata): string {
  return uuidv5(`crsQualityCheck:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
}

const rated = (r: CrsRatedJudgementInput) => ({ rating: r.rating, comments: r.comments });

function concerns(c: CrsConcernsInput) {
  return { raised: c.raised, details: c.details ?? null, escalationRoute: c.escalationRoute ?? null, escalationId: c.escalationId ?? null };
}

/** The form's named fields keyed by the criterion keys the decider judges. */
function observationJudgements(j: MeetingObservationJudgementsInput) {
  return {
    ROBUST_CHAIRING: rated(j.robustChairing),
    SAFEGUARDING_ISSUES_ADDRESSED: rated(j.safeguardingIssuesAddressed),
    PLANS_PROGRESSING: rated(j.plansProgressing),
  };
}

function minutesJudgements(j: MinutesAuditJudgementsInput) {
  return {
    QUALITY_OF_MINUTES: rated(j.qualityOfMinutes),
    MULTI_AGENCY_INPUT_AND_DECISION_MAKING: rated(j.multiAgencyInputAndDecisionMaking),
    CHILD_CENTRED_PLANNING: rated(j.childCentredPlanning),
  };
}

function planJudgements(j: PlanAuditJudgementsInput) {
  return { ROBUST: rated(j.robust), SMART: rated(j.smart), CHILD_CENTRED: rated(j.childCentred) };
}

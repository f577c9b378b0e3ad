import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  practiceObservationDecider,
  practiceObservationStreamId,
  type Actor,
  type CommandMetadata,
  type PracticeObservationCommand,
} from '../../../../libs/domain/src/index.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { getPracticeObservation } from '../../../../projections/practice-observations/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { InputValidationError } from '../errors/api-errors.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import {
  AgreePracticeObservationActionPlanArgs,
  LinkPracticeObservationToPdrArgs,
  PracticeObservationIdArgs,
  RecordPracticeObservationArgs,
  RecordPracticeObservationFeedbackArgs,
  RecordPracticeObservationReflectiveReviewArgs,
  RecordPracticeObservationWorkerCommentsArgs,
  RejudgePracticeObservationAreaArgs,
  SharePracticeObservationWithLineManagerArgs,
} from './dto/practice-observation.input.js';
import { currentLineManager, workerOnTheDay } from './practice-observation.staff-facts.js';

// Ids the server derives from a commandId, so a retried command targets the same observation /
// action and is recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = '8f0c2a6e-4b1d-5e73-9a28-c6d41e7b3f95';

type Data<T extends PracticeObservationCommand['type']> = Extract<PracticeObservationCommand, { type: T }>['data'];

/**
 * The practice observation's mutations (appendix C; OBS-1, OBS-3, OBS-4, OBS-5): each turns its
 * input into one task-based domain command and sends it over the CommandBus. Who may do what is
 * the decider's; the staff directory supplies defaults and fetched facts.
 */
@Resolver()
export class PracticeObservationMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      'Appendix C (OBS-1, OBS-3, OBS-4): a team manager, or an advanced practitioner where agreed or for an ASYE worker, records the observation form; the caller is the observer.',
  })
  async recordPracticeObservation(
    @Args() { input, ...options }: RecordPracticeObservationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const observationId = input.observationId ?? uuidv5(`practiceObservation:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    const areas: Record<string, string> = {};
    const repeated = input.areas.map((row) => row.area).filter((area, index, all) => all.indexOf(area) !== index);
    if (repeated.length > 0) {
      throw new InputValidationError([
        { field: 'input.areas', constraint: 'eachAreaOnce', message: `each area of practice is judged once (OBS-4); ${repeated.join(', ')} is given twice` },
      ]);
    }
    for (const row of input.areas) areas[row.area] = row.judgement;
    const worker = await workerOnTheDay(this.readStore, input.workerId, input.observedOn);
    return this.send(observationId, options, metadata, 'RecordPracticeObservation', {
      observationId,
      workerId: input.workerId,
      workerRole: input.workerRole ?? worker.roleName ?? '',
      workerIsAsye: input.workerIsAsye ?? worker.inAsye ?? false,
      advancedPractitionerAgreed: input.advancedPractitionerAgreed ?? false,
      activityObserved: input.activityObserved,
      observedOn: input.observedOn,
      description: input.description,
      wentWell: input.wentWell,
      needsDevelopment: input.needsDevelopment,
      specificComments: input.specificComments ?? null,
      areas,
      otherComments: input.otherComments ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'OBS-4: the observer changes the judgement of one area while the observation is not completed.' })
  rejudgePracticeObservationArea(
    @Args() { input, ...options }: RejudgePracticeObservationAreaArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'RejudgeAreaOfPractice', {
      observationId: input.observationId,
      area: input.area,
      judgement: input.judgement,
    });
  }

  @Mutation(() => CommandReceipt, { description: "OBS-4: the manager's/worker's comments, by the worker or by the observer on their behalf." })
  recordPracticeObservationWorkerComments(
    @Args() { input, ...options }: RecordPracticeObservationWorkerCommentsArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'RecordObservationWorkerComments', {
      observationId: input.observationId,
      comments: input.comments,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'OBS-4: feedback from children/young people, families and professionals, recorded by the observer.' })
  recordPracticeObservationFeedback(
    @Args() { input, ...options }: RecordPracticeObservationFeedbackArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'RecordObservationFeedback', {
      observationId: input.observationId,
      feedback: input.feedback,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'OBS-5: the observer shares the observation with the worker.' })
  sharePracticeObservationWithWorker(
    @Args() { input, ...options }: PracticeObservationIdArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'ShareObservationWithWorker', { observationId: input.observationId });
  }

  @Mutation(() => CommandReceipt, {
    description: 'OBS-5: the shared reflective review, after the observation or at the next supervision, once the worker has seen it.',
  })
  recordPracticeObservationReflectiveReview(
    @Args() { input, ...options }: RecordPracticeObservationReflectiveReviewArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'RecordReflectiveReview', {
      observationId: input.observationId,
      setting: input.setting,
      heldOn: input.heldOn,
      notes: input.notes ?? null,
    });
  }

  @Mutation(() => CommandReceipt, {
    description:
      "OBS-5: the shared action plan, at or after the reflective review. Each action (owner, manager, timescale, case) becomes a remedial action (CFA-7).",
  })
  async agreePracticeObservationActionPlan(
    @Args() { input, ...options }: AgreePracticeObservationActionPlanArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const observation = await getPracticeObservation(this.readStore, input.observationId);
    const workerTeamId = observation === null ? null : (await workerOnTheDay(this.readStore, observation.workerId, metadata.now.slice(0, 10))).teamId;
    return this.send(input.observationId, options, metadata, 'AgreeObservationActionPlan', {
      observationId: input.observationId,
      actions: input.actions.map((a, index) => ({
        actionId: a.actionId ?? uuidv5(`practiceObservationAction:${metadata.commandId}:${index}`, DERIVED_ID_NAMESPACE),
        description: a.description,
        ownerId: a.ownerId,
        dueBy: a.dueBy,
        managerId: a.managerId ?? null,
        azeusNumber: a.azeusNumber ?? null,
      })),
      observerLineManagerId: await currentLineManager(this.readStore, actor.staffId),
      workerTeamId,
    });
  }

  @Mutation(() => CommandReceipt, { description: "OBS-5: link the observation to the worker's PDR priorities." })
  linkPracticeObservationToPdr(
    @Args() { input, ...options }: LinkPracticeObservationToPdrArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'LinkObservationToPdr', {
      observationId: input.observationId,
      priorities: input.priorities,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: "OBS-5: complete the observation once shared with the worker, reflectively reviewed and linked to the PDR; its judgements are then settled (OBS-4).",
  })
  completePracticeObservation(
    @Args() { input, ...options }: PracticeObservationIdArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'CompletePracticeObservation', { observationId: input.observationId });
  }

  @Mutation(() => CommandReceipt, { description: "OBS-5: share the completed observation with the observer's line manager." })
  async sharePracticeObservationWithLineManager(
    @Args() { input, ...options }: SharePracticeObservationWithLineManagerArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const lineManagerId = input.lineManagerId ?? (await currentLineManager(this.readStore, actor.staffId)) ?? '';
    return this.send(input.observationId, options, metadata, 'ShareObservationWithLineManager', { observationId: input.observationId, lineManagerId });
  }

  @Mutation(() => CommandReceipt, { description: 'OBS-5: share the completed observation with the S&QA team.' })
  sharePracticeObservationWithSqa(
    @Args() { input, ...options }: PracticeObservationIdArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'ShareObservationWithSqa', { observationId: input.observationId });
  }

  private async send<T extends PracticeObservationCommand['type']>(
    observationId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as PracticeObservationCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(practiceObservationStreamId(observationId), practiceObservationDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(observationId, result);
  }
}

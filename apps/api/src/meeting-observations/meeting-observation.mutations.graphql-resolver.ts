import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  meetingObservationDecider,
  meetingObservationStreamId,
  type Actor,
  type CommandMetadata,
  type MeetingObservationCommand,
} from '../../../../libs/domain/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import {
  AgreeMeetingLearningAndActionsArgs,
  CompleteMeetingObservationArgs,
  JudgeMeetingAreaArgs,
  RecordMeetingDiscussionWithChairArgs,
  RecordMeetingObservationCopySentToSqaArgs,
  StartMeetingObservationArgs,
} from './dto/meeting-observation.input.js';

// Ids the server derives from a commandId, so a retried command targets the same observation /
// action and is recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = '8f3c2a61-7d4e-5b90-a1c2-3e4f5a6b7c8d';

type Data<T extends MeetingObservationCommand['type']> = Extract<MeetingObservationCommand, { type: T }>['data'];

/**
 * The meeting observation's mutations (MTG-1..MTG-4): each turns its input into one task-based
 * domain command and sends it over the CommandBus to the generic handler. Who may do what is the
 * decider's: a HoS, the chief officer or the director starts one; only its observer records the rest.
 */
@Resolver()
export class MeetingObservationMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandReceipt, {
    description: 'MTG-1, MTG-2: a Head of Service, the chief officer or the director records observing one of the seven key meetings; the caller is the observer.',
  })
  startMeetingObservation(
    @Args() { input, ...options }: StartMeetingObservationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const observationId = input.observationId ?? uuidv5(`meetingObservation:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    return this.send(observationId, options, metadata, 'StartMeetingObservation', {
      observationId,
      meetingType: input.meetingType,
      conferenceStage: input.conferenceStage ?? null,
      meetingDate: input.meetingDate,
      chairId: input.chairId,
      azeusNumber: input.azeusNumber ?? null,
      teamId: input.teamId ?? null,
      serviceAreaId: input.serviceAreaId ?? null,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'MTG-3: judge one of the fourteen areas on the four-point grade, with a comment.' })
  judgeMeetingArea(
    @Args() { input, ...options }: JudgeMeetingAreaArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'JudgeMeetingArea', {
      observationId: input.observationId,
      area: input.area,
      judgement: input.judgement,
      comment: input.comment,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'MTG-3: complete the record; refused until all fourteen areas are judged.' })
  completeMeetingObservation(
    @Args() { input, ...options }: CompleteMeetingObservationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'CompleteMeetingObservation', { observationId: input.observationId });
  }

  @Mutation(() => CommandReceipt, { description: 'MTG-4: the observer discussed the completed record with the chair.' })
  recordMeetingDiscussionWithChair(
    @Args() { input, ...options }: RecordMeetingDiscussionWithChairArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'RecordMeetingDiscussionWithChair', {
      observationId: input.observationId,
      heldOn: input.heldOn,
      notes: input.notes,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: 'MTG-4: the shared record of learning and actions agreed with the chair; each action is raised as a remedial action (CFA-7).',
  })
  agreeMeetingLearningAndActions(
    @Args() { input, ...options }: AgreeMeetingLearningAndActionsArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'AgreeMeetingLearningAndActions', {
      observationId: input.observationId,
      learning: input.learning,
      actions: input.actions.map((a, index) => ({
        actionId: a.actionId ?? uuidv5(`meetingObservationAction:${metadata.commandId}:${index}`, DERIVED_ID_NAMESPACE),
        description: a.description,
        ownerId: a.ownerId,
        managerId: a.managerId,
        timescale: a.timescale,
      })),
    });
  }

  @Mutation(() => CommandReceipt, { description: 'MTG-4: a copy of the observation record was sent to the S&QA Team.' })
  recordMeetingObservationCopySentToSqa(
    @Args() { input, ...options }: RecordMeetingObservationCopySentToSqaArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.observationId, options, metadata, 'RecordMeetingObservationCopySentToSqa', { observationId: input.observationId });
  }

  private async send<T extends MeetingObservationCommand['type']>(
    observationId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as MeetingObservationCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(meetingObservationStreamId(observationId), meetingObservationDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(observationId, result);
  }
}

import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  learningInputDecider,
  learningInputStreamId,
  type Actor,
  type CommandMetadata,
  type LearningInputCommand,
  type LearningInputContentInput as ContentCommandInput,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { staffProjection } from '../../../../projections/staff/index.js';
import { serviceAreasProjection, teamsProjection } from '../../../../projections/teams/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import {
  CorrectLearningInputArgs,
  RecordComplaintResponseArgs,
  RecordLearningInputArgs,
  WithdrawLearningInputArgs,
  type LearningInputContentInput,
} from './dto/learning-input.input.js';
import { learningInputFacts } from './learning-input-facts.js';

// Ids the server derives from a commandId, so a retried record targets the same input and is
// recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = 'c3a1f0d2-7e5b-5c49-9a8e-4b6d2f1e0a73';

type Data<T extends LearningInputCommand['type']> = Extract<LearningInputCommand, { type: T }>['data'];

/**
 * The learning input's mutations (section 2, REP-2): each turns its input into one task-based
 * domain command and sends it over the CommandBus to the generic handler. The resolver fetches the
 * facts the decision needs (each team's service area, the caller's own) once the teams and staff
 * read models have caught up; who may do what is the decider's.
 */
@Resolver()
export class LearningInputMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly freshness: ReadModelFreshness,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      'Section 2, REP-2: record a learning input with its date, source, teams or service areas and learning themes. S&QA for any team; a Head of Service for their own service area.',
  })
  async recordLearningInput(
    @Args() { input, ...options }: RecordLearningInputArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const learningInputId = input.learningInputId ?? uuidv5(`learningInput:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    const facts = await this.factsFor(actor, input);
    return this.send(learningInputId, options, metadata, 'RecordLearningInput', {
      learningInputId,
      kind: input.kind,
      ...content(input),
      facts,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: 'Correct what a learning input says, with the reason; the earlier version stays in its history. S&QA, or the Head of Service who recorded it.',
  })
  async correctLearningInput(
    @Args() { input, ...options }: CorrectLearningInputArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const facts = await this.factsFor(actor, input);
    return this.send(input.learningInputId, options, metadata, 'CorrectLearningInput', {
      learningInputId: input.learningInputId,
      ...content(input),
      reason: input.reason,
      facts,
    });
  }

  @Mutation(() => CommandReceipt, { description: "Record a complaint's response: its outcome and the date. S&QA, or the Head of Service who recorded it." })
  recordComplaintResponse(
    @Args() { input, ...options }: RecordComplaintResponseArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.learningInputId, options, metadata, 'RecordComplaintResponse', {
      learningInputId: input.learningInputId,
      outcome: input.outcome,
      responseDate: input.responseDate,
    });
  }

  @Mutation(() => CommandReceipt, {
    description: 'Withdraw a learning input recorded in error, with the reason: it leaves the lists and theme counts and stays in the history.',
  })
  withdrawLearningInput(
    @Args() { input, ...options }: WithdrawLearningInputArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.learningInputId, options, metadata, 'WithdrawLearningInput', {
      learningInputId: input.learningInputId,
      reason: input.reason,
    });
  }

  /** The facts, read once the teams and staff read models include everything recorded so far. */
  private async factsFor(actor: Actor, input: LearningInputContentInput) {
    const head = await this.eventStore.headPosition();
    if (head !== null) {
      for (const projection of [teamsProjection, serviceAreasProjection, staffProjection]) await this.freshness.waitFor(projection, head);
    }
    return learningInputFacts(this.readStore, actor, input.teamIds, input.serviceAreaIds);
  }

  private async send<T extends LearningInputCommand['type']>(
    learningInputId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as LearningInputCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(learningInputStreamId(learningInputId), learningInputDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(learningInputId, result);
  }
}

/** The content fields of a record or correction, as the command takes them. */
function content(input: LearningInputContentInput): ContentCommandInput {
  return {
    receivedOn: input.receivedOn,
    source: { description: input.source.description, type: input.source.type ?? null },
    teamIds: input.teamIds ?? [],
    serviceAreaIds: input.serviceAreaIds ?? [],
    themes: input.themes,
    summary: input.summary,
    complaint: input.complaint == null ? null : { outcome: input.complaint.outcome ?? null, responseDate: input.complaint.responseDate ?? null },
    staffSurvey:
      input.staffSurvey == null
        ? null
        : { year: input.staffSurvey.year, findings: input.staffSurvey.findings.map((f) => ({ theme: f.theme, text: f.text })) },
  };
}

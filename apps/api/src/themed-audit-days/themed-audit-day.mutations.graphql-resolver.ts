import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  themedAuditDayDecider,
  themedAuditDayStreamId,
  type Actor,
  type CommandMetadata,
  type ThemedAuditDayCommand,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';
import {
  AgreeThemedAuditDayActionPlanArgs,
  CloseThemedAuditDayActionPlanArgs,
  CloseThemedAuditDayArgs,
  PlanThemedAuditDayArgs,
  RecordThemedAuditArgs,
} from './dto/themed-audit-day.input.js';
import { themedAuditDayActionStatuses } from './themed-audit-day-action-statuses.js';

// Ids the server derives (a day or an audit from a commandId, a plan action from its day and place),
// so a retried command targets the same record. Never change it.
const DERIVED_ID_NAMESPACE = '9a4e2c71-3b6d-5f08-b1e7-4c2d8a6f0e93';

type Data<T extends ThemedAuditDayCommand['type']> = Extract<ThemedAuditDayCommand, { type: T }>['data'];

/**
 * The themed audit day's mutations (TAD-1): each turns its input into one task-based domain command
 * and sends it over the CommandBus to the generic handler. Who may do what is the decider's.
 */
@Resolver()
export class ThemedAuditDayMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => CommandReceipt, {
    description: 'TAD-1: S&QA plans a half-day on a theme, with the reasons it was chosen and the teams or service areas it looks at; the caller leads it.',
  })
  planThemedAuditDay(
    @Args() { input, ...options }: PlanThemedAuditDayArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const dayId = input.dayId ?? uuidv5(`themedAuditDay:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    return this.send(dayId, options, metadata, 'PlanThemedAuditDay', {
      dayId,
      theme: input.theme,
      reasons: input.reasons.map((r) => ({ origin: r.origin, text: r.text })),
      date: input.date,
      session: input.session,
      teamIds: [...input.teamIds],
      serviceAreaIds: [...input.serviceAreaIds],
    });
  }

  @Mutation(() => CommandReceipt, { description: 'TAD-1: S&QA records a case audited on the day, live or prepared, with its findings and grade.' })
  recordThemedAudit(
    @Args() { input, ...options }: RecordThemedAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.dayId, options, metadata, 'RecordThemedAudit', {
      dayId: input.dayId,
      auditId: input.auditId ?? uuidv5(`themedAudit:${metadata.commandId}`, DERIVED_ID_NAMESPACE),
      azeusNumber: input.azeusNumber,
      auditorId: input.auditorId,
      mode: input.mode,
      caseFileAuditId: input.caseFileAuditId ?? null,
      findings: input.findings,
      grade: input.grade,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'TAD-1: close the day; refused before its date or with no case audited.' })
  closeThemedAuditDay(
    @Args() { input, ...options }: CloseThemedAuditDayArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.dayId, options, metadata, 'CloseThemedAuditDay', { dayId: input.dayId, summary: input.summary ?? null });
  }

  @Mutation(() => CommandReceipt, {
    description:
      'TAD-1: after the day, the targeted action plan owned by a task-and-finish group; each action becomes a remedial action tracked to completion (CFA-7).',
  })
  agreeThemedAuditDayActionPlan(
    @Args() { input, ...options }: AgreeThemedAuditDayActionPlanArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.dayId, options, metadata, 'AgreeThemedAuditDayActionPlan', {
      dayId: input.dayId,
      group: { name: input.group.name, leadId: input.group.leadId, memberIds: [...input.group.memberIds] },
      actions: input.actions.map((a, index) => ({
        actionId: a.actionId ?? uuidv5(`themedAuditDayAction:${input.dayId}:${index}`, DERIVED_ID_NAMESPACE),
        description: a.description,
        ownerId: a.ownerId,
        managerId: a.managerId,
        timescale: a.timescale,
        azeusNumber: a.azeusNumber ?? null,
        teamId: a.teamId ?? null,
      })),
    });
  }

  @Mutation(() => CommandReceipt, {
    description: "TAD-1: the task-and-finish group's lead (or S&QA) closes the plan; refused until every action's remedial action is verified.",
  })
  async closeThemedAuditDayActionPlan(
    @Args() { input, ...options }: CloseThemedAuditDayActionPlanArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const actionStatuses = await themedAuditDayActionStatuses(this.eventStore, input.dayId);
    return this.send(input.dayId, options, metadata, 'CloseThemedAuditDayActionPlan', {
      dayId: input.dayId,
      outcome: input.outcome ?? null,
      actionStatuses,
    });
  }

  private async send<T extends ThemedAuditDayCommand['type']>(
    dayId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as ThemedAuditDayCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(themedAuditDayStreamId(dayId), themedAuditDayDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(dayId, result);
  }
}

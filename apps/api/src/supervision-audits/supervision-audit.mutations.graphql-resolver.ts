import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  CHILD_SAFE_QUESTION_KEY,
  supervisionAuditDecider,
  supervisionAuditStreamId,
  type Actor,
  type CommandMetadata,
  type SupervisionAuditCommand,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { getStaffMember, staffMemberAsAt, staffProjection } from '../../../../projections/staff/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import {
  AcknowledgeSupervisionAuditEscalationArgs,
  AnswerSupervisionAuditQuestionArgs,
  CompleteSupervisionAuditArgs,
  RecordSupervisionAuditCopySentToSqaArgs,
  RecordSupervisionAuditFindingsReviewArgs,
  StartSupervisionAuditArgs,
} from './dto/supervision-audit.input.js';

// Ids the server derives (the audit from a commandId, an agreed action from its audit and place),
// so a retried command targets the same audit and action. Never change it.
const DERIVED_ID_NAMESPACE = '0f3c6a52-7d1e-5b94-a2c8-6e4b9d1f7a35';

/** How far up the line management a Head of Service is looked for (SW → AP → TM → HoS). */
const MAX_LINE_MANAGEMENT_STEPS = 6;

type Data<T extends SupervisionAuditCommand['type']> = Extract<SupervisionAuditCommand, { type: T }>['data'];

/**
 * The supervision audit's mutations (appendix B, SUP-1..SUP-5): each turns its input into one
 * task-based domain command and sends it over the CommandBus to the generic handler. The facts a
 * decision needs from the staff list (the supervisor's role and team, the Head of Service's role)
 * are looked up here once the staff read model has caught up; every rule is the decider's.
 */
@Resolver()
export class SupervisionAuditMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly freshness: ReadModelFreshness,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      "Start a supervision audit (appendix B). The caller is the auditor: a Head of Service auditing a Team Manager's supervision (SUP-1) or a Team Manager an Advanced Practitioner's (SUP-2).",
  })
  async startSupervisionAudit(
    @Args() { input, ...options }: StartSupervisionAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const auditId = input.auditId ?? uuidv5(`supervisionAudit:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    await this.staffAtHead();
    const supervisor = await getStaffMember(this.readStore, input.supervisorId);
    const supervisorThen = supervisor === null ? null : (staffMemberAsAt(supervisor, input.auditDate) ?? null);
    return this.send(auditId, options, metadata, 'StartSupervisionAudit', {
      auditId,
      kind: input.kind,
      auditorId: actor.staffId,
      supervisorId: input.supervisorId,
      supervisorRole: supervisorThen?.role ?? supervisor?.role ?? null,
      teamId: supervisorThen?.teamId ?? supervisor?.teamId ?? null,
      superviseeId: input.superviseeId,
      caseFileId: input.caseFileId ?? null,
      azeusNumber: input.azeusNumber ?? null,
      auditDate: input.auditDate,
    });
  }

  @Mutation(() => CommandReceipt, {
    description:
      'Answer one question of appendix B, Yes or No with comments (SUP-3, SUP-4). "Is the child safe?" answered No raises an immediate escalation to the Head of Service (SUP-3).',
  })
  async answerSupervisionAuditQuestion(
    @Args() { input, ...options }: AnswerSupervisionAuditQuestionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const raisesEscalation = input.questionKey === CHILD_SAFE_QUESTION_KEY && input.answer === 'NO';
    const headOfService = raisesEscalation ? await this.headOfService(input.headOfServiceId ?? null, actor) : null;
    return this.send(input.auditId, options, metadata, 'AnswerSupervisionAuditQuestion', {
      auditId: input.auditId,
      questionKey: input.questionKey,
      answer: input.answer,
      comments: input.comments ?? null,
      numberOfSupervisions: input.numberOfSupervisions ?? null,
      ...(headOfService === null ? {} : { headOfServiceId: headOfService.staffId, headOfServiceRole: headOfService.role }),
    });
  }

  @Mutation(() => CommandReceipt, { description: 'SUP-3: the Head of Service the child safety escalation was raised with acknowledges it.' })
  acknowledgeSupervisionAuditEscalation(
    @Args() { input, ...options }: AcknowledgeSupervisionAuditEscalationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'AcknowledgeChildSafetyEscalation', { auditId: input.auditId });
  }

  @Mutation(() => CommandReceipt, { description: 'Complete the audit; refused while a question of its kind is unanswered (SUP-3, SUP-4).' })
  completeSupervisionAudit(
    @Args() { input, ...options }: CompleteSupervisionAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'CompleteSupervisionAudit', { auditId: input.auditId });
  }

  @Mutation(() => CommandReceipt, {
    description:
      "SUP-5: the findings reviewed at the supervisee's next supervision, with the actions agreed there; each action is raised as a remedial action (CFA-7).",
  })
  recordSupervisionAuditFindingsReview(
    @Args() { input, ...options }: RecordSupervisionAuditFindingsReviewArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'RecordSupervisionAuditFindingsReview', {
      auditId: input.auditId,
      supervisionDate: input.supervisionDate,
      agreedActions: input.agreedActions.map((a, index) => ({
        // The review is recorded once per audit, so the audit and the place name the action.
        actionId: a.actionId ?? uuidv5(`supervisionAuditAction:${input.auditId}:${index}`, DERIVED_ID_NAMESPACE),
        action: a.action,
        ownerId: a.ownerId,
        managerId: a.managerId ?? null,
        timescale: a.timescale,
      })),
    });
  }

  @Mutation(() => CommandReceipt, { description: 'SUP-5: a copy of the audit record sent to the S&QA Team, once the findings are reviewed.' })
  recordSupervisionAuditCopySentToSqa(
    @Args() { input, ...options }: RecordSupervisionAuditCopySentToSqaArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'RecordSupervisionAuditCopySentToSqa', { auditId: input.auditId });
  }

  private async send<T extends SupervisionAuditCommand['type']>(
    auditId: string,
    options: CommandOptionsArgs,
    metadata: CommandMetadata,
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as SupervisionAuditCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(supervisionAuditStreamId(auditId), supervisionAuditDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(auditId, result);
  }

  /**
   * SUP-3: who a child not safe is raised with, and their role as the staff list has it (null: not
   * in it), for the decider to check. Named, or else the auditor if a Head of Service, or else the
   * first Head of Service up the auditor's line management; nobody found leaves it unnamed.
   */
  private async headOfService(named: string | null, actor: Actor): Promise<{ staffId: string; role: string | null } | null> {
    await this.staffAtHead();
    if (named !== null) return { staffId: named, role: (await getStaffMember(this.readStore, named))?.role ?? null };
    if (actor.role === 'HEAD_OF_SERVICE') return { staffId: actor.staffId, role: actor.role };
    let next = (await getStaffMember(this.readStore, actor.staffId))?.lineManagerId ?? null;
    for (let step = 0; next !== null && step < MAX_LINE_MANAGEMENT_STEPS; step++) {
      const manager = await getStaffMember(this.readStore, next);
      if (manager === null) return null;
      if (manager.role === 'HEAD_OF_SERVICE') return { staffId: manager.staffId, role: manager.role };
      next = manager.lineManagerId;
    }
    return null;
  }

  /** Waits (bounded) until the staff read model includes everything recorded so far. */
  private async staffAtHead(): Promise<void> {
    const head = await this.eventStore.headPosition();
    if (head !== null) await this.freshness.waitFor(staffProjection, head);
  }
}

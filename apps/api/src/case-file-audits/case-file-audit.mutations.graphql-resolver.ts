import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import type { CaseFileAuditCommand } from '../../../../libs/domain/src/case-file-audit/case-file-audit.commands.js';
import { caseFileAuditDecider } from '../../../../libs/domain/src/case-file-audit/case-file-audit.decide.js';
import { caseFileAuditStreamId } from '../../../../libs/domain/src/case-file-audit/case-file-audit.stream.js';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import type { CommandOptionsArgs } from '../commands/command-options.args.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { ThematicAuditScheduling } from '../thematic-audits/thematic-audit-scheduling.js';
import { StartCaseFileAuditArgs } from './dto/start-case-file-audit.input.js';
import { GradeCriterionArgs, MarkCriterionNotApplicableArgs } from './dto/criterion.input.js';
import { RecordFamilyFeedbackArgs, RecordFamilyFeedbackNotSoughtArgs } from './dto/family-feedback.input.js';
import { RecordKeyInformationArgs } from './dto/key-information.input.js';
import { AcknowledgeModerationFeedbackArgs, ModerateCaseFileAuditArgs } from './dto/moderation.input.js';
import { ScheduleCaseFileAuditArgs } from './dto/schedule-case-file-audit.input.js';
import { RecordWorkerInvolvementArgs } from './dto/worker-involvement.input.js';
import { TagCaseFileAuditLearningThemesArgs } from './dto/learning-themes.input.js';
import {
  AddRecommendationArgs,
  RecordSummaryArgs,
  RecordWorkerCommentsArgs,
  SubmitCaseFileAuditArgs,
} from './dto/sections.input.js';

// Ids the server derives from a commandId, so retrying a command with the same commandId targets
// the same audit / recommendation and is recognised as a retry. Never change it.
const DERIVED_ID_NAMESPACE = 'c1e7a0f4-2b1d-5e8a-9c3f-6d2b8e4a1f70';

type Data<T extends CaseFileAuditCommand['type']> = Extract<CaseFileAuditCommand, { type: T }>['data'];

/**
 * The case file audit's mutations: each turns its input into one task-based domain command and
 * sends it over the CommandBus to the generic handler. No rule of the framework lives here.
 */
@Resolver()
export class CaseFileAuditMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly thematicAudits: ThematicAuditScheduling,
  ) {}

  @Mutation(() => CommandReceipt, {
    description:
      "Schedule a case file audit (CFA-6). A THEMATIC audit takes a slot of its auditor's four for the year of its due date; a fifth is refused (CFA-3).",
  })
  async scheduleCaseFileAudit(
    @Args() { input, ...options }: ScheduleCaseFileAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const auditId = input.auditId ?? uuidv5(`caseFileAudit:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    const data: Data<'ScheduleCaseFileAudit'> = {
      auditId,
      azeusNumber: input.azeusNumber,
      auditType: input.auditType,
      auditorId: input.auditorId,
      dueDate: input.dueDate,
      teamId: input.teamId ?? null,
      theme: input.theme ?? null,
    };
    if (input.auditType === 'THEMATIC') {
      // CFA-3: checked, then a slot claimed, then scheduled (ThematicAuditScheduling).
      return CommandReceipt.of(auditId, await this.thematicAudits.schedule(data, metadata, options.expectedRevision ?? undefined));
    }
    return this.send(auditId, options, metadata, 'ScheduleCaseFileAudit', data);
  }

  @Mutation(() => CommandReceipt, { description: 'The auditor starts the audit.' })
  startCaseFileAudit(
    @Args() { input, ...options }: StartCaseFileAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'StartCaseFileAudit', { auditId: input.auditId });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 1: pen picture and key information (CFA-12).' })
  recordCaseFileAuditKeyInformation(
    @Args() { input, ...options }: RecordKeyInformationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const k = input.keyInformation;
    return this.send(input.auditId, options, metadata, 'RecordKeyInformation', {
      auditId: input.auditId,
      penPicture: input.penPicture,
      keyInformation: {
        auditTrackingNumber: k.auditTrackingNumber,
        dateOfAudit: k.dateOfAudit,
        auditorName: k.auditorName,
        auditorDesignation: k.auditorDesignation,
        teamName: k.teamName,
        teamManagerId: k.teamManagerId,
        teamManagerName: k.teamManagerName,
        socialWorkerId: k.socialWorkerId,
        socialWorkerName: k.socialWorkerName,
        category: k.category,
        ageOfChild: k.ageOfChild,
        ethnicity: k.ethnicity,
        gender: k.gender,
        disability: k.disability,
        referralDate: k.referralDate,
        referralSource: k.referralSource,
        reasonForReferral: k.reasonForReferral,
        previousReferralsAndContacts: [...k.previousReferralsAndContacts],
        periods: k.periods.map((p) => ({ kind: p.kind, startDate: p.startDate, endDate: p.endDate ?? null })),
        placementType: k.placementType ?? null,
        livingOutOfBorough: k.livingOutOfBorough,
        outOfBoroughLocation: k.outOfBoroughLocation ?? null,
        gapsInEssentialInformation: k.gapsInEssentialInformation ?? null,
        lastVisitInTime: k.lastVisitInTime,
        assessmentInTime: k.assessmentInTime,
        planInTime: k.planInTime,
        lastSupervisionInTime: k.lastSupervisionInTime,
      },
    });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 2: grade a criterion (an Inadequate grade is escalated, CFA-13).' })
  gradeCaseFileAuditCriterion(
    @Args() { input, ...options }: GradeCriterionArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'GradeCriterion', {
      auditId: input.auditId,
      criterion: input.criterion,
      evaluation: input.evaluation,
      grade: input.grade,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 2: a criterion that does not apply to the case, with the reason.' })
  markCaseFileAuditCriterionNotApplicable(
    @Args() { input, ...options }: MarkCriterionNotApplicableArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'MarkCriterionNotApplicable', {
      auditId: input.auditId,
      criterion: input.criterion,
      reason: input.reason,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 3: the family feedback.' })
  recordCaseFileAuditFamilyFeedback(
    @Args() { input, ...options }: RecordFamilyFeedbackArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const a = input.answers;
    return this.send(input.auditId, options, metadata, 'RecordFamilyFeedback', {
      auditId: input.auditId,
      answers: {
        experienceOfServices: a.experienceOfServices ?? null,
        listenedToAndCommunication: a.listenedToAndCommunication ?? null,
        involvementInAssessmentAndPlan: a.involvementInAssessmentAndPlan ?? null,
        meetings: a.meetings ?? null,
        supportAndDifference: a.supportAndDifference ?? null,
      },
      givenBy: input.givenBy,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 3: why family feedback was not sought.' })
  recordCaseFileAuditFamilyFeedbackNotSought(
    @Args() { input, ...options }: RecordFamilyFeedbackNotSoughtArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'RecordFamilyFeedbackNotSought', {
      auditId: input.auditId,
      reason: input.reason,
      anotherManagerShouldSeek: input.anotherManagerShouldSeek,
    });
  }

  @Mutation(() => CommandReceipt, { description: "Section 4: the social worker's comments." })
  recordCaseFileAuditWorkerComments(
    @Args() { input, ...options }: RecordWorkerCommentsArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'RecordWorkerComments', {
      auditId: input.auditId,
      comments: input.comments,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 5: add a recommendation.' })
  addCaseFileAuditRecommendation(
    @Args() { input, ...options }: AddRecommendationArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const recommendationId =
      input.recommendationId ?? uuidv5(`caseFileAuditRecommendation:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    return this.send(input.auditId, options, metadata, 'AddRecommendation', {
      auditId: input.auditId,
      recommendationId,
      action: input.action,
      completionDate: input.completionDate,
      responsible: input.responsible,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 5: summary of strengths and areas for improvement.' })
  recordCaseFileAuditSummary(
    @Args() { input, ...options }: RecordSummaryArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'RecordSummary', {
      auditId: input.auditId,
      strengths: input.strengths,
      areasForImprovement: input.areasForImprovement,
    });
  }

  @Mutation(() => CommandReceipt, { description: 'Section 6: submit with the overall grade and rationale.' })
  submitCaseFileAudit(
    @Args() { input, ...options }: SubmitCaseFileAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'SubmitCaseFileAudit', {
      auditId: input.auditId,
      overallGrade: input.overallGrade,
      rationale: input.rationale,
    });
  }

  @Mutation(() => CommandReceipt, {
    description:
      'CFA-8: how the worker took part: done with the worker, or a reflective discussion offered, held or declined. After submission only the outcome (held or declined).',
  })
  recordCaseFileAuditWorkerInvolvement(
    @Args() { input, ...options }: RecordWorkerInvolvementArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'RecordWorkerInvolvement', {
      auditId: input.auditId,
      involvement: input.involvement,
      date: input.date ?? null,
      reason: input.reason ?? null,
    });
  }

  @Mutation(() => CommandReceipt, {
    description:
      'CFA-9: a senior manager moderates a submitted audit: agrees, or changes grades with reasons; feedback to the auditor. A grade moderated to Inadequate is escalated at once (CFA-13).',
  })
  moderateCaseFileAudit(
    @Args() { input, ...options }: ModerateCaseFileAuditArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'ModerateCaseFileAudit', {
      auditId: input.auditId,
      agreed: input.agreed,
      feedback: input.feedback,
      criterionGrades: (input.criterionGrades ?? []).map((c) => ({ criterion: c.criterion, grade: c.grade, reason: c.reason })),
      overallGrade: input.overallGrade ? { grade: input.overallGrade.grade, reason: input.overallGrade.reason } : null,
    });
  }

  @Mutation(() => CommandReceipt, { description: "CFA-9: the auditor acknowledges the moderator's feedback." })
  acknowledgeCaseFileAuditModerationFeedback(
    @Args() { input, ...options }: AcknowledgeModerationFeedbackArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'AcknowledgeModerationFeedback', { auditId: input.auditId });
  }

  @Mutation(() => CommandReceipt, {
    description:
      'REP-2: tag a submitted audit with the learning themes it shows (its auditor, a senior manager or S&QA); the list replaces its themes. Read them back with learningThemeSources and learningThemes.',
  })
  tagCaseFileAuditLearningThemes(
    @Args() { input, ...options }: TagCaseFileAuditLearningThemesArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    return this.send(input.auditId, options, metadata, 'TagCaseFileAuditLearningThemes', { auditId: input.auditId, themes: input.themes });
  }

  private async send<T extends CaseFileAuditCommand['type']>(
    auditId: string,
    options: CommandOptionsArgs,
    metadata: CaseFileAuditCommand['metadata'],
    type: T,
    data: Data<T>,
  ): Promise<CommandReceipt> {
    const command = { type, data, metadata } as CaseFileAuditCommand;
    const result = await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(caseFileAuditStreamId(auditId), caseFileAuditDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(auditId, result);
  }
}

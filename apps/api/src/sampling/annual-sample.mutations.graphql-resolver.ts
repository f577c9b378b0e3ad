import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  annualSampleDecider,
  annualSampleStreamId,
  type AnnualSampleCommand,
} from '../../../../libs/domain/src/sampling/index.js';
import type { Actor, CommandMetadata } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../../../libs/read-store/src/projection.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { casesProjection } from '../../../../projections/cases/index.js';
import { getStaffMember, staffProjection } from '../../../../projections/staff/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { EVENT_STORE, READ_STORE } from '../infrastructure/tokens.js';
import { todayOf } from '../people/people.mapper.js';
import { ReadModelFreshness } from '../read-your-writes/read-model-freshness.js';
import { annualSampleAllocationInputs, annualSampleFrame, caseWorker, generateSeed } from './annual-sample-inputs.js';
import { AllocateAnnualSampleArgs, DrawAnnualSampleArgs, ReallocateAnnualSampleCaseArgs } from './dto/annual-sample.args.js';
import { AnnualSampleDrawReceipt } from './models/annual-sample.model.js';
import { readRecordedAnnualSample } from './recorded-annual-sample.js';

/**
 * The year's random sample (CFA-1): draw, allocate, reallocate one case. The resolver gathers the
 * inputs the commands need from the read models (the frame, the auditors, the case workers), once
 * those have caught up with everything recorded so far, and sends one command over the CommandBus;
 * the draw and allocation rules live in the decider. S&QA only.
 */
@Resolver()
export class AnnualSampleMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly freshness: ReadModelFreshness,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  @Mutation(() => AnnualSampleDrawReceipt, {
    description:
      "CFA-1: draw the year's sample from the cases open at any time in the year, each with its last audit date; about 10% in proportion across teams and categories, excluding cases audited in the previous 12 months. The seed, the frame and the result are recorded; a year is drawn once. S&QA only.",
  })
  async drawAnnualSample(
    @Args() args: DrawAnnualSampleArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<AnnualSampleDrawReceipt> {
    await this.readModelsAtHead(casesProjection, caseFileAuditsProjection);
    const frame = await annualSampleFrame(this.readStore, args.year);
    const metadata = commandMetadata({ actor, correlationId, commandId: args.commandId ?? undefined });
    const result = await this.send(args.year, args.expectedRevision, {
      type: 'DrawAnnualSample',
      data: { year: args.year, seed: args.seed ?? generateSeed(), frame, fraction: args.fraction ?? null },
      metadata,
    });
    // The seed as recorded: a retried draw (same commandId) answers with the first one's.
    const recorded = await readRecordedAnnualSample(this.eventStore, args.year);
    const receipt = Object.assign(new AnnualSampleDrawReceipt(), CommandReceipt.of(String(args.year), result));
    receipt.year = args.year;
    receipt.seed = recorded.drawn?.data.seed ?? '';
    return receipt;
  }

  @Mutation(() => CommandReceipt, {
    description:
      'CFA-1, CFA-2, CFA-6: allocate the drawn cases to the TMs and APs in post, with due dates spread over the rest of the year, never a case to its allocated worker or their line manager. S&QA only.',
  })
  async allocateAnnualSample(
    @Args() args: AllocateAnnualSampleArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    await this.readModelsAtHead(casesProjection, staffProjection);
    const metadata = commandMetadata({ actor, correlationId, commandId: args.commandId ?? undefined });
    // The drawn cases come from the stream itself, not the sample's read model, which may lag.
    const { state } = await readRecordedAnnualSample(this.eventStore, args.year);
    const drawn = state.status === 'NOT_DRAWN' ? [] : state.drawn.map((c) => c.azeusNumber);
    const { auditors, caseWorkers } = await annualSampleAllocationInputs(this.readStore, drawn, todayOf(new Date(metadata.now)));
    const result = await this.send(args.year, args.expectedRevision, {
      type: 'AllocateAnnualSample',
      data: { year: args.year, auditors, caseWorkers },
      metadata,
    });
    return CommandReceipt.of(String(args.year), result);
  }

  @Mutation(() => CommandReceipt, {
    description:
      "Give one sampled case to another auditor (for example, its auditor left), checked against the case's worker and their line manager now (CFA-1). S&QA only.",
  })
  async reallocateAnnualSampleCase(
    @Args() args: ReallocateAnnualSampleCaseArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    await this.readModelsAtHead(casesProjection, staffProjection);
    const metadata = commandMetadata({ actor, correlationId, commandId: args.commandId ?? undefined });
    const today = todayOf(new Date(metadata.now));
    const [worker, auditor] = await Promise.all([
      caseWorker(this.readStore, args.azeusNumber, today),
      getStaffMember(this.readStore, args.auditorId),
    ]);
    const result = await this.send(args.year, args.expectedRevision, {
      type: 'ReallocateAnnualSampleCase',
      data: {
        year: args.year,
        azeusNumber: args.azeusNumber,
        auditorId: args.auditorId,
        auditorTeamId: auditor?.teamId ?? null,
        reason: args.reason,
        dueDate: args.dueDate ?? null,
        caseWorker: { allocatedWorkerId: worker.allocatedWorkerId, allocatedWorkerLineManagerId: worker.allocatedWorkerLineManagerId },
      },
      metadata,
    });
    return CommandReceipt.of(String(args.year), result);
  }

  private send(year: number, expectedRevision: number | null | undefined, command: AnnualSampleCommand & { metadata: CommandMetadata }): Promise<CommandResult> {
    return this.commandBus.execute(
      new ExecuteDomainCommand(annualSampleStreamId(year), annualSampleDecider, command, expectedRevision ?? undefined),
    );
  }

  /** Waits (bounded) until the read models the inputs come from include everything recorded so far. */
  private async readModelsAtHead(...projections: Pick<Projection, 'name' | 'version'>[]): Promise<void> {
    const head = await this.eventStore.headPosition();
    if (head === null) return;
    for (const projection of projections) await this.freshness.waitFor(projection, head);
  }
}

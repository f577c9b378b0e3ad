import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import type { Actor, CommandMetadata } from '../../../../libs/domain/src/shared/decider.js';
import {
  staffMemberDecider,
  staffMemberStreamId,
  supervisionSessionDecider,
  supervisionSessionStreamId,
  type StaffMemberCommand,
} from '../../../../libs/domain/src/staff/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { commandMetadata } from '../commands/command-metadata.js';
import { CommandReceipt } from '../commands/command-receipt.model.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { CorrelationId } from '../correlation/correlation-id.decorator.js';
import { InputValidationError } from '../errors/api-errors.js';
import { CsvImports } from './csv-imports.service.js';
import { ImportCsvArgs } from './dto/import-csv.args.js';
import { RecordSupervisionSessionHeldArgs, RegisterStaffMemberArgs, UpdateStaffMemberArgs, type UpdateStaffMemberInput } from './dto/staff-member.input.js';
import { CsvImportReport } from './models/csv-import-report.model.js';
import { todayOf } from './people.mapper.js';

// Ids the server derives from a commandId (a session's id, the command ids of one update's
// several facts), so a retry with the same commandId lands on the same records. Never change it.
const DERIVED_ID_NAMESPACE = '5e0f3a9c-7d21-5b64-8e1a-3c9b7f2d4a68';

/**
 * Who is who: the staff and teams CSV import, and single changes to a member of staff or a
 * supervision session. Each mutation builds task-based domain commands and sends them over the
 * CommandBus to the one handler; the rules live in the deciders.
 */
@Resolver()
export class PeopleMutationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly imports: CsvImports,
  ) {}

  @Mutation(() => CsvImportReport, {
    description:
      'Import the staff and teams CSV (projections/staff/IMPORT.md): all or nothing, idempotent. A file with any bad row is refused with BAD_USER_INPUT listing every row in extensions.invalidRows, and nothing is recorded. S&QA only.',
  })
  importStaff(@Args() args: ImportCsvArgs, @CurrentActor() actor: Actor): Promise<CsvImportReport> {
    return this.imports.run('staff', args, actor);
  }

  @Mutation(() => CommandReceipt, { description: 'Register one member of staff. S&QA only.' })
  async registerStaffMember(
    @Args() { input, ...options }: RegisterStaffMemberArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const command: StaffMemberCommand = {
      type: 'RegisterStaffMember',
      data: {
        staffId: input.staffId,
        name: input.name,
        role: input.role,
        teamId: input.teamId ?? null,
        lineManagerId: input.lineManagerId ?? null,
        startDate: input.startDate,
        inAsye: input.inAsye ?? false,
        needsPerformanceSupport: input.needsPerformanceSupport ?? false,
      },
      metadata,
    };
    const result = await this.commandBus.execute(
      new ExecuteDomainCommand(staffMemberStreamId(input.staffId), staffMemberDecider, command, options.expectedRevision ?? undefined),
    );
    return CommandReceipt.of(input.staffId, result);
  }

  @Mutation(() => CommandReceipt, {
    description:
      'Record changes to a member of staff, each as its own dated fact. When some are refused, those before it stay recorded; sending the same mutation again with the same commandId records only what is missing. expectedRevision applies to the first change. S&QA only.',
  })
  async updateStaffMember(
    @Args() { input, ...options }: UpdateStaffMemberArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const commands = staffMemberChanges(input, metadata);
    const streamId = staffMemberStreamId(input.staffId);
    let last: CommandResult | null = null;
    let allDuplicates = true;
    for (const [index, command] of commands.entries()) {
      const expected = index === 0 ? (options.expectedRevision ?? undefined) : undefined;
      const result: CommandResult = await this.commandBus.execute(new ExecuteDomainCommand(streamId, staffMemberDecider, command, expected));
      allDuplicates &&= result.duplicate;
      // One stream, in order: the last result holds the stream's latest revision and position.
      last = result;
    }
    return CommandReceipt.of(input.staffId, { ...last!, duplicate: allDuplicates });
  }

  @Mutation(() => CommandReceipt, {
    description: 'Record a supervision session that was held. Those who supervise (AP, TM, HoS, chief officer, director, CRS TM) and S&QA.',
  })
  async recordSupervisionSessionHeld(
    @Args() { input, ...options }: RecordSupervisionSessionHeldArgs,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<CommandReceipt> {
    const metadata = commandMetadata({ actor, correlationId, commandId: options.commandId ?? undefined });
    const sessionId = input.sessionId ?? uuidv5(`supervisionSession:${metadata.commandId}`, DERIVED_ID_NAMESPACE);
    const result = await this.commandBus.execute(
      new ExecuteDomainCommand(
        supervisionSessionStreamId(sessionId),
        supervisionSessionDecider,
        {
          type: 'RecordSupervisionSessionHeld',
          data: { sessionId, supervisorId: input.supervisorId, superviseeId: input.superviseeId, heldOn: input.heldOn },
          metadata,
        },
        options.expectedRevision ?? undefined,
      ),
    );
    return CommandReceipt.of(sessionId, result);
  }
}

/**
 * The task-based commands an update stands for, in an order that always applies (as the import
 * orders them). Each has its own command id derived from the request's, so a retry is recognised.
 */
export function staffMemberChanges(input: UpdateStaffMemberInput, metadata: CommandMetadata): StaffMemberCommand[] {
  if (input.teamId != null && input.removeFromTeam === true) {
    throw conflictingFields('input.removeFromTeam', 'Give teamId or removeFromTeam, not both');
  }
  if (input.lineManagerId != null && input.removeLineManager === true) {
    throw conflictingFields('input.removeLineManager', 'Give lineManagerId or removeLineManager, not both');
  }
  const staffId = input.staffId;
  const effectiveFrom = input.effectiveFrom ?? todayOf(new Date(metadata.now));
  const at = (type: StaffMemberCommand['type']): CommandMetadata => {
    const commandId = uuidv5(`${metadata.commandId}:${type}`, DERIVED_ID_NAMESPACE);
    return { ...metadata, commandId, causationId: metadata.commandId };
  };
  const commands: StaffMemberCommand[] = [];
  if (input.name != null) commands.push({ type: 'RenameStaffMember', data: { staffId, name: input.name }, metadata: at('RenameStaffMember') });
  if (input.role != null) {
    commands.push({ type: 'ChangeStaffMemberRole', data: { staffId, role: input.role, effectiveFrom }, metadata: at('ChangeStaffMemberRole') });
  }
  if (input.teamId != null || input.removeFromTeam === true) {
    commands.push({
      type: 'ChangeStaffMemberTeam',
      data: { staffId, teamId: input.teamId ?? null, effectiveFrom },
      metadata: at('ChangeStaffMemberTeam'),
    });
  }
  if (input.lineManagerId != null || input.removeLineManager === true) {
    commands.push({
      type: 'ChangeLineManager',
      data: { staffId, lineManagerId: input.lineManagerId ?? null, effectiveFrom },
      metadata: at('ChangeLineManager'),
    });
  }
  if (input.inAsye != null) {
    commands.push(
      input.inAsye
        ? { type: 'StartAsye', data: { staffId, effectiveFrom }, metadata: at('StartAsye') }
        : { type: 'CompleteAsye', data: { staffId, effectiveFrom }, metadata: at('CompleteAsye') },
    );
  }
  if (input.needsPerformanceSupport != null) {
    commands.push(
      input.needsPerformanceSupport
        ? { type: 'IdentifyPerformanceSupport', data: { staffId, effectiveFrom }, metadata: at('IdentifyPerformanceSupport') }
        : { type: 'EndPerformanceSupport', data: { staffId, effectiveFrom }, metadata: at('EndPerformanceSupport') },
    );
  }
  if (input.leavingDate != null) {
    commands.push({
      type: 'RecordStaffMemberLeaving',
      data: { staffId, leavingDate: input.leavingDate },
      metadata: at('RecordStaffMemberLeaving'),
    });
  }
  if (commands.length === 0) throw conflictingFields('input', 'Give at least one change');
  return commands;
}

function conflictingFields(field: string, message: string): InputValidationError {
  return new InputValidationError([{ field, constraint: 'staffMemberUpdate', message }]);
}

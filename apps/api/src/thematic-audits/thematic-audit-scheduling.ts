import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';
import {
  caseFileAuditDecider,
  caseFileAuditStreamId,
  thematicAuditAllowanceDecider,
  thematicAuditAllowanceStreamId,
  thematicAuditYear,
  type CaseFileAuditCommand,
  type CommandMetadata,
  type ThematicAuditAllowanceCommand,
} from '../../../../libs/domain/src/index.js';
import { ConcurrencyError, NO_STREAM, type EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { ExecuteDomainCommand } from '../commands/execute-domain-command.js';
import { EVENT_STORE } from '../infrastructure/tokens.js';

// The claim is a command of its own on another stream; its commandId is derived from the
// schedule's, so a retried request claims under the same id (recognised as a retry) and its events
// get ids of their own (event ids derive from the commandId). Never change it.
const CLAIM_COMMAND_NAMESPACE = '9a4c2d71-5e3b-5f08-b6a1-2c7e9f0d4b58';

type ScheduleData = Extract<CaseFileAuditCommand, { type: 'ScheduleCaseFileAudit' }>['data'];

/**
 * CFA-3: schedules a THEMATIC case file audit only with a slot of its auditor's allowance for the
 * year of its due date, in the order thematic-audit-allowance.commands.ts gives:
 *   0. the schedule is decided on an empty audit (pure), so input the audit would refuse never
 *      takes a slot;
 *   1. a slot is claimed for the audit id (the fifth of a year is refused: nothing is appended);
 *   2. the audit is scheduled with the same id.
 * An audit whose stream already exists takes no slot here: the schedule is then either a retry
 * (answered as before) or refused as already scheduled, and in neither case is a slot owed.
 */
@Injectable()
export class ThematicAuditScheduling {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  async schedule(data: ScheduleData, metadata: CommandMetadata, expectedRevision: number | undefined): Promise<CommandResult> {
    const scheduleCommand: CaseFileAuditCommand = { type: 'ScheduleCaseFileAudit', data, metadata };
    // 0. Throws the audit's own DomainError (field, rule) for bad input; nothing is recorded.
    caseFileAuditDecider.decide(scheduleCommand, caseFileAuditDecider.initialState());

    const streamId = caseFileAuditStreamId(data.auditId);
    const existing = await this.eventStore.readStream(streamId);
    const revision = existing.length === 0 ? -1 : existing[existing.length - 1]!.revision;
    // A stale expectedRevision would refuse the schedule after the claim, leaving the slot held.
    const retried = existing.some((e) => e.metadata['commandId'] === metadata.commandId);
    if (expectedRevision !== undefined && expectedRevision !== revision && !retried) {
      throw new ConcurrencyError(streamId, expectedRevision === -1 ? NO_STREAM : expectedRevision, revision);
    }
    if (existing.length === 0) {
      const claim: ThematicAuditAllowanceCommand = {
        type: 'ClaimThematicAuditSlot',
        data: {
          auditorId: data.auditorId,
          year: thematicAuditYear(data.dueDate),
          auditId: data.auditId,
          theme: data.theme ?? '',
          dueDate: data.dueDate,
        },
        metadata: { ...metadata, commandId: uuidv5(`thematicAuditSlotClaim:${metadata.commandId}`, CLAIM_COMMAND_NAMESPACE) },
      };
      // 1. CFA-3: refused with THEMATIC_AUDIT_ALLOWANCE.CAP_REACHED for a fifth audit in the year.
      await this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
        new ExecuteDomainCommand(thematicAuditAllowanceStreamId(data.auditorId, claim.data.year), thematicAuditAllowanceDecider, claim),
      );
    }
    // 2. The audit itself, under the request's own commandId.
    return this.commandBus.execute<ExecuteDomainCommand, CommandResult>(
      new ExecuteDomainCommand(streamId, caseFileAuditDecider, scheduleCommand, expectedRevision),
    );
  }
}

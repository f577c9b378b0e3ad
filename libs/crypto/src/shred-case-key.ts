import { handleCommand, type CommandResult } from '../../command-handling/src/command-handler.js';
import { caseKeyDecider, type ShredCaseKey } from '../../domain/src/case-key/index.js';
import { caseKeyStreamId } from '../../domain/src/case-key/case-key.stream.js';
import type { EventStore } from '../../event-store/src/event-store.port.js';
import type { CaseKeyStore, ShredOutcome } from './case-key-store.port.js';

export interface CaseKeyShredding {
  /** The CaseKeyShredded event (appended: 0 when the case's key had been shredded before). */
  readonly recorded: CommandResult;
  readonly outcome: ShredOutcome;
}

/**
 * Issue 6 item 5: shreds a case's key at the end of its retention. First the decider records
 * CaseKeyShredded (refusing anyone but the S&QA manager, or a request without a reason), then the
 * key store deletes the key. In that order, so a key is never gone without the record of who
 * ended it; a crash between the two leaves the record and the key, and running the same shred
 * again (it records nothing twice) finishes the deletion.
 */
export async function shredCaseKey(store: EventStore, keys: CaseKeyStore, command: ShredCaseKey): Promise<CaseKeyShredding> {
  const recorded = await handleCommand(store, caseKeyStreamId(command.data.azeusNumber.trim()), caseKeyDecider, command);
  const [first] = await store.readStream(caseKeyStreamId(command.data.azeusNumber.trim()), { maxCount: 1 });
  const data = (first?.data ?? {}) as { azeusNumber?: string; shreddedBy?: string; shreddedAt?: string };
  const outcome = await keys.shred(data.azeusNumber ?? command.data.azeusNumber.trim(), {
    staffId: data.shreddedBy ?? command.metadata.actor.staffId,
    at: data.shreddedAt ?? command.metadata.now,
  });
  return { recorded, outcome };
}

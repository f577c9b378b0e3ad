import { v5 } from 'uuid';
import type { EventStore, RecordedEvent } from '../../event-store/src/event-store.port.js';
import type { ReadStore } from '../../read-store/src/read-store.port.js';
import { handleCommand } from '../../command-handling/src/command-handler.js';
import {
  DomainError,
  immediateEscalationDecider,
  immediateEscalationStreamId,
  raiseImmediateEscalationData,
  type CaseFileAuditInadequacyEscalated,
  type Role,
} from '../../domain/src/index.js';
import { LogReaction } from './log-reaction.js';

export const IMMEDIATE_ESCALATION_RECORDER_KEY = 'immediateEscalationRecorder';
const COMMAND_ID_NAMESPACE = '5e0b7c2a-94d1-5f3e-8a6b-2c7d9e0f1a3b';

export interface ImmediateEscalationRecorderOptions {
  readonly eventStore: EventStore;
  /** Keeps the recorder's checkpoint (no documents). */
  readonly readStore: ReadStore;
  readonly now?: () => Date;
  /** Events read per page (default 500). */
  readonly pageSize?: number;
  /** Pause between passes when running (default 1 s). */
  readonly pollIntervalMs?: number;
  readonly log?: (entry: Record<string, unknown>) => void;
  /** An immediate escalation has been raised (e.g. to wake the notification dispatcher). */
  readonly onRaised?: (escalationId: string) => void;
}

/**
 * CFA-13: every Inadequate grade a case file audit escalates (`CaseFileAuditInadequacyEscalated`)
 * becomes an immediate escalation of its own (`immediateEscalation-<escalationId>`), which the
 * outbox notifies and the manager acknowledges against its own clock.
 *
 * A reaction over `$all` (LogReaction): it raises each escalation through the one command handler,
 * under a command id derived from the audit event's id, and only then moves its checkpoint. So each
 * is raised at least once and, being idempotent, recorded exactly once. A raise the decider refuses
 * (malformed history) can never succeed: it is logged as an error and passed over.
 */
export class ImmediateEscalationRecorder {
  private readonly now: () => Date;
  private readonly log: (entry: Record<string, unknown>) => void;
  private readonly reaction: LogReaction;

  constructor(private readonly options: ImmediateEscalationRecorderOptions) {
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`));
    this.reaction = new LogReaction({
      eventStore: options.eventStore,
      readStore: options.readStore,
      key: IMMEDIATE_ESCALATION_RECORDER_KEY,
      react: async (event) => (event.type === 'CaseFileAuditInadequacyEscalated' && (await this.raise(event)) ? 1 : 0),
      log: this.log,
      ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
      ...(options.pollIntervalMs !== undefined ? { pollIntervalMs: options.pollIntervalMs } : {}),
    });
  }

  start(): void {
    this.reaction.start();
  }

  wake(): void {
    this.reaction.wake();
  }

  async stop(): Promise<void> {
    await this.reaction.stop();
  }

  /** Reacts to everything recorded after the checkpoint, page by page; returns how many escalations it raised. */
  runToHead(): Promise<number> {
    return this.reaction.runToHead();
  }

  private async raise(event: RecordedEvent): Promise<boolean> {
    const data = event.data as CaseFileAuditInadequacyEscalated['data'];
    const actor = (event.metadata['actor'] ?? {}) as { staffId?: string; role?: Role };
    const commandId = v5(`raise-immediate-escalation:${event.eventId}`, COMMAND_ID_NAMESPACE);
    try {
      const result = await handleCommand(this.options.eventStore, immediateEscalationStreamId(String(data.escalationId)), immediateEscalationDecider, {
        type: 'RaiseImmediateEscalation',
        data: raiseImmediateEscalationData(data),
        metadata: {
          // The command handler always records the actor; the fallback only covers foreign history.
          actor: { staffId: data.escalatedBy, role: actor.role ?? 'TEAM_MANAGER' },
          now: this.now().toISOString(),
          commandId,
          correlationId: typeof event.metadata['correlationId'] === 'string' ? event.metadata['correlationId'] : event.eventId,
          causationId: event.eventId,
        },
      });
      if (result.appended > 0) this.options.onRaised?.(data.escalationId);
      return result.appended > 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.log({
        level: 'error',
        msg: 'immediate escalation refused; passed over',
        eventId: event.eventId,
        streamId: event.streamId,
        code: error.code,
        error: error.message,
      });
      return false;
    }
  }
}

import { v5 } from 'uuid';
import type { EventStore, RecordedEvent } from '../../event-store/src/event-store.port.js';
import type { ReadStore } from '../../read-store/src/read-store.port.js';
import { handleCommand } from '../../command-handling/src/command-handler.js';
import {
  AGREED_ACTION_SOURCES,
  DomainError,
  ROLES,
  remedialActionDecider,
  remedialActionStreamId,
  type AgreedAction,
  type AgreedActionSource,
  type RaiseRemedialAction,
  type Role,
} from '../../domain/src/index.js';
import { LogReaction, actorOf, businessTimeOf, correlationIdOf } from './log-reaction.js';

export const AGREED_ACTION_RAISER_KEY = 'agreedActionRaiser';
// Command ids of the raises derive from the strand event and the action. Never change it.
const COMMAND_ID_NAMESPACE = '8b1f3c5e-2a7d-5b94-9c0e-4d6f8a1b3e57';

export interface AgreedActionRaiserOptions {
  readonly eventStore: EventStore;
  /** Keeps the raiser's checkpoint (no documents). */
  readonly readStore: ReadStore;
  /** The strands whose agreed actions are raised (default: every strand's). */
  readonly sources?: readonly AgreedActionSource[];
  readonly pageSize?: number;
  readonly pollIntervalMs?: number;
  readonly log?: (entry: Record<string, unknown>) => void;
  /** A remedial action has been raised (e.g. to wake the notification dispatcher). */
  readonly onRaised?: (actionId: string) => void;
}

/**
 * Actions everywhere are one kind of thing (issue 4, item 7): every action a strand agrees (in a
 * supervision audit's findings review, an observation's action plan, a meeting's shared record, a
 * themed audit day's action plan, an escalation's resolution) becomes a remedial action, with the
 * CFA-7 lifecycle and clocks: notified to the owner and manager, acknowledged, completed, verified,
 * overdue past its timescale. So "every open action" is one query over remedial actions.
 *
 * A reaction over `$all`: each action is raised through the one command handler, on behalf of whoever
 * recorded the strand event and at that event's business time (so the notification clock starts
 * when the action was agreed), under a command id derived from the event and the action. Raised at
 * least once, recorded exactly once. A raise the remedial-action decider refuses can never succeed
 * (the strand's own decider should have refused it first): it is logged as an error and passed over.
 */
export class AgreedActionRaiser {
  private readonly log: (entry: Record<string, unknown>) => void;
  private readonly reaction: LogReaction;
  private readonly byEventType = new Map<string, AgreedActionSource[]>();

  constructor(private readonly options: AgreedActionRaiserOptions) {
    this.log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify(entry)}\n`));
    for (const source of options.sources ?? AGREED_ACTION_SOURCES) {
      for (const type of source.eventTypes) this.byEventType.set(type, [...(this.byEventType.get(type) ?? []), source]);
    }
    this.reaction = new LogReaction({
      eventStore: options.eventStore,
      readStore: options.readStore,
      key: AGREED_ACTION_RAISER_KEY,
      react: (event) => this.react(event),
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

  /** Raises every action agreed after the checkpoint; returns how many it raised. */
  runToHead(): Promise<number> {
    return this.reaction.runToHead();
  }

  private async react(event: RecordedEvent): Promise<number> {
    const sources = this.byEventType.get(event.type);
    if (sources === undefined) return 0;
    let raised = 0;
    for (const source of sources) {
      for (const action of source.agreedActions({ type: event.type, data: event.data })) {
        if (await this.raise(event, action)) raised += 1;
      }
    }
    return raised;
  }

  private async raise(event: RecordedEvent, action: AgreedAction): Promise<boolean> {
    const actor = actorOf(event);
    const command: RaiseRemedialAction = {
      type: 'RaiseRemedialAction',
      data: {
        actionId: action.actionId,
        source: { kind: action.sourceKind, id: action.sourceId, submittedAt: action.agreedAt },
        recommendationId: null,
        azeusNumber: action.azeusNumber,
        teamId: action.teamId,
        ownerId: action.ownerId,
        managerId: action.managerId,
        copyTo: [],
        description: action.description,
        timescale: action.timescale,
      },
      metadata: {
        actor: { staffId: actor.staffId ?? '', role: ROLES.find((r) => r === actor.role) ?? ('' as Role) },
        now: businessTimeOf(event),
        commandId: v5(`raise-agreed-action:${event.eventId}:${action.actionId}`, COMMAND_ID_NAMESPACE),
        correlationId: correlationIdOf(event),
        causationId: event.eventId,
      },
    };
    try {
      const result = await handleCommand(this.options.eventStore, remedialActionStreamId(action.actionId), remedialActionDecider, command);
      if (result.appended > 0) this.options.onRaised?.(action.actionId);
      return result.appended > 0;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.log({
        level: 'error',
        msg: 'agreed action refused as a remedial action; passed over',
        eventId: event.eventId,
        streamId: event.streamId,
        actionId: action.actionId,
        code: error.code,
        error: error.message,
      });
      return false;
    }
  }
}

import { handleCommand } from '../../../command-handling/src/command-handler.js';
import type { EventStore } from '../../../event-store/src/event-store.port.js';
import { runToHead } from '../../../read-store/src/projection-runner.js';
import type { ReadStore } from '../../../read-store/src/read-store.port.js';
import {
  remedialActionDecider,
  remedialActionStreamId,
  type RemedialActionCommand,
} from '../../../domain/src/index.js';
import {
  ACTION_ID,
  AUDIT_ID,
  AUDITOR_ID,
  AZEUS_NUMBER,
  CP_CHAIR_ID,
  DESCRIPTION,
  MANAGER_ID,
  OWNER_ID,
  RAISED_AT,
  SUBMITTED_AT,
  TEAM_ID,
  TIMESCALE,
} from '../../../domain/src/remedial-action/remedial-action.fixtures.js';
import { notificationOutboxProjection } from '../notification-outbox.projection.js';
import { StaticRecipientDirectory } from '../recipient-directory.js';

/** Shared set-up of the notification tests: a remedial action raised through the one command handler. */

export const directory = new StaticRecipientDirectory({
  [OWNER_ID]: { address: 'hannah.lewis@council.example', name: 'Hannah Lewis' },
  [MANAGER_ID]: { address: 'daniel.okafor@council.example', name: 'Daniel Okafor' },
  [CP_CHAIR_ID]: 'cp.chair@council.example',
});

export async function raiseAction(store: EventStore, actionId = ACTION_ID, commandId?: string) {
  const id = commandId ?? `20000000-0000-4000-8000-${actionId.replace(/-/g, '').slice(0, 12)}`;
  const command: RemedialActionCommand = {
    type: 'RaiseRemedialAction',
    data: {
      actionId,
      source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt: SUBMITTED_AT },
      azeusNumber: AZEUS_NUMBER,
      teamId: TEAM_ID,
      ownerId: OWNER_ID,
      managerId: MANAGER_ID,
      copyTo: [{ staffId: CP_CHAIR_ID, role: 'CP_CHAIR' }],
      description: DESCRIPTION,
      timescale: TIMESCALE,
    },
    metadata: {
      actor: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' },
      now: RAISED_AT,
      commandId: id,
      correlationId: id,
      causationId: id,
    },
  };
  return handleCommand(store, remedialActionStreamId(actionId), remedialActionDecider, command);
}

/** What the projection runner does for the outbox: fold everything after its checkpoint and commit. */
export async function projectOutbox(store: EventStore, readStore: ReadStore): Promise<void> {
  await runToHead(store, readStore, [notificationOutboxProjection]);
}

/** A clock the test moves by hand. */
export class TestClock {
  private ms: number;
  constructor(start: string) {
    this.ms = Date.parse(start);
  }
  readonly now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

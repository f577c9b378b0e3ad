import type { INestApplication } from '@nestjs/common';
import { handleCommand } from '../../../libs/command-handling/src/command-handler.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import type { ProjectionRunner } from '../../../libs/read-store/src/projection-runner.js';
import type { Role } from '../../../libs/domain/src/shared/decider.js';
import { EVENT_STORE, PROJECTION_RUNNER } from '../../api/src/infrastructure/tokens.js';
import { describeRowError, importCsv } from '../../api/src/people/csv-import.js';

/** Who records the benchmark's people: an S&QA manager, as an operator running `import-staff --actor` does. */
const REGISTRAR = { staffId: 'bench-registrar', role: 'SQA_MANAGER' } as const satisfies { staffId: string; role: Role };

/**
 * The service acts for people in its staff registry only (issue 6): the benchmark's caller is put
 * there first, in a team, as the staff file import does, and the read models are waited for.
 */
export async function registerBenchStaff(app: INestApplication, person: { staffId: string; role: Role; teamId: string; serviceAreaId: string }): Promise<void> {
  const csv = [
    'Staff ID,Name,Role,Line manager ID,Team ID,Team,Service area ID,Service area,Start date',
    `${person.staffId},${person.staffId},${person.role},,${person.teamId},${person.teamId},${person.serviceAreaId},${person.serviceAreaId},2020-01-01`,
  ].join('\r\n');
  const store = app.get<EventStore>(EVENT_STORE);
  const outcome = await importCsv(store, { kind: 'staff', csv, actor: REGISTRAR, now: new Date().toISOString() }, (streamId, decider, command) =>
    handleCommand(store, streamId, decider, command),
  );
  if (!outcome.ok) throw new Error(`The benchmark's staff file was refused:\n${outcome.errors.map(describeRowError).join('\n')}`);
  if (outcome.position !== null && !(await app.get<ProjectionRunner>(PROJECTION_RUNNER).waitForPosition(outcome.position, 60_000))) {
    throw new Error(`The read models did not reach the benchmark's staff at ${outcome.position}`);
  }
}

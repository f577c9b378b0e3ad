import type { Command, Decider, DomainEvent } from '../shared/decider.js';
import { planStaffImport } from '../staff/staff-import.js';
import { HR_ADMIN, NOW } from '../staff/staff.fixtures.js';
import { dispatchPlanned, foldImportState, type PlannedCommand } from './import-state.js';

const CSV = 'Staff ID,Name,Role,Team ID,Team,Service area ID,Service area,Start date\ntm-1,Priya Shah,TM,t1,Team One,sa,Area,2021-05-10\n';

/** Dispatches like the command handler would, keeping every stream's events in memory. */
async function dispatchAll(commands: readonly PlannedCommand[]) {
  const streams = new Map<string, DomainEvent[]>();
  const handle = async <C extends Command, S, E extends DomainEvent>(streamId: string, decider: Decider<C, S, E>, command: C) => {
    const recorded = (streams.get(streamId) ?? []) as E[];
    const events = decider.decide(command, recorded.reduce(decider.evolve, decider.initialState()));
    streams.set(streamId, [...recorded, ...events]);
    return events.length;
  };
  const appended = [];
  for (const command of commands) appended.push(await dispatchPlanned(command, handle));
  return { streams, appended };
}

describe('Import state', () => {
  describe('When planned commands are dispatched with the decider of their aggregate', () => {
    it('should record each in its own stream', async () => {
      const plan = planStaffImport(CSV, { actor: HR_ADMIN, now: NOW });
      if (!plan.ok) throw new Error('plan failed');
      const { streams, appended } = await dispatchAll(plan.commands);
      expect(appended).toEqual([1, 1, 1]);
      expect([...streams.keys()]).toEqual(['serviceArea-sa', 'team-t1', 'staffMember-tm-1']);
    });
  });

  describe('When recorded events are folded', () => {
    it('should give the state a re-import plans nothing against, skipping other streams', async () => {
      const plan = planStaffImport(CSV, { actor: HR_ADMIN, now: NOW });
      if (!plan.ok) throw new Error('plan failed');
      const { streams } = await dispatchAll(plan.commands);
      const recorded = [...streams].flatMap(([streamId, events]) => events.map((e) => ({ streamId, ...e })));
      recorded.push({ streamId: 'caseFileAudit-1', type: 'CaseFileAuditStarted', data: {} });
      const state = foldImportState(recorded);
      expect(state.staff.get('tm-1')).toMatchObject({ status: 'ACTIVE', role: 'TEAM_MANAGER', teamId: 't1' });
      expect(state.teams.get('t1')).toMatchObject({ status: 'ACTIVE', serviceAreaId: 'sa' });
      expect(state.serviceAreas.get('sa')).toMatchObject({ status: 'ACTIVE', name: 'Area' });
      expect(state.cases.size).toBe(0);
      expect(planStaffImport(CSV, { actor: HR_ADMIN, now: NOW, currentState: state })).toMatchObject({ ok: true, commands: [] });
    });
  });
});

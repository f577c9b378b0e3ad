import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import {
  MEETING_AREA_KEYS,
  meetingObservationDecider,
  meetingObservationStreamId,
  staffMemberDecider,
  staffMemberStreamId,
  type Actor,
  type MeetingObservationCommand,
  type Role,
} from '../../libs/domain/src/index.js';
import { CHAIR_ID, HOS_ID, TM_ID, hos, metadata } from '../../libs/domain/src/meeting-observation/meeting-observation.fixtures.js';
import { staffProjection } from '../staff/staff.projection.js';
import { meetingObservationsProjection } from './meeting-observations.projection.js';
import { getMeetingObservation, meetingObservationDutyReport } from './meeting-observations.queries.js';

// Meeting observations end to end on the embedded stores: commands through the one command handler
// into SQLite, folded by runToHead into the memory read store with the staff directory, read by the queries.
describe('Meeting observation slice on SQLite and the memory read store (MTG-1..MTG-4)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  let commands = 0;
  // Each command its own commandId: a repeated one would be taken as a retry and append nothing.
  const on = (id: string, command: Omit<MeetingObservationCommand, 'metadata'>, actor: Actor = hos, now = '2025-06-12T14:00:00.000Z') => {
    const commandId = `command-${++commands}`;
    const meta = { ...metadata(actor, now), commandId, correlationId: commandId, causationId: commandId };
    return handleCommand(events, meetingObservationStreamId(id), meetingObservationDecider, { ...command, metadata: meta } as MeetingObservationCommand);
  };

  beforeEach(async () => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
    const sqa = { staffId: 'sqam-001', role: 'SQA_MANAGER' as Role };
    for (const [staffId, name, role] of [
      [HOS_ID, 'Callum Pemberton', 'HEAD_OF_SERVICE'],
      ['dir-001', 'Rowan Ashcroft', 'DIRECTOR'],
    ] as const) {
      await handleCommand(events, staffMemberStreamId(staffId), staffMemberDecider, {
        type: 'RegisterStaffMember',
        data: { staffId, name, role, teamId: null, lineManagerId: null, startDate: '2020-01-01' },
        metadata: { ...metadata(sqa), commandId: `register-${staffId}` },
      });
    }
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When a Head of Service observes a core group, completes the record, discusses it with the chair, agrees actions and sends a copy to S&QA', () => {
    it('should read back the whole record, and count it towards the MTG-1 duty for the half-year', async () => {
      await on('mo-1', {
        type: 'StartMeetingObservation',
        data: { observationId: 'mo-1', meetingType: 'CORE_GROUP', meetingDate: '2025-06-10', chairId: CHAIR_ID, azeusNumber: 'AZ-77', teamId: 'mash-north' },
      });
      await expect(on('mo-1', { type: 'CompleteMeetingObservation', data: { observationId: 'mo-1' } })).rejects.toMatchObject({
        code: 'MEETING_OBSERVATION.AREAS_NOT_JUDGED',
        rule: 'MTG-3',
      });
      for (const area of MEETING_AREA_KEYS) {
        await on('mo-1', { type: 'JudgeMeetingArea', data: { observationId: 'mo-1', area, judgement: area === 'RISK' ? 'REQUIRES_IMPROVEMENT' : 'GOOD', comment: `Seen: ${area}` } });
      }
      await expect(
        on('mo-1', { type: 'JudgeMeetingArea', data: { observationId: 'mo-1', area: 'RISK', judgement: 'GOOD', comment: 'x' } }, { staffId: 'dir-001', role: 'DIRECTOR' }),
      ).rejects.toMatchObject({ code: 'MEETING_OBSERVATION.NOT_THE_OBSERVER', kind: 'FORBIDDEN' });
      await on('mo-1', { type: 'CompleteMeetingObservation', data: { observationId: 'mo-1' } });
      await on('mo-1', { type: 'RecordMeetingDiscussionWithChair', data: { observationId: 'mo-1', heldOn: '2025-06-11', notes: 'Agreed the plan lacked contingency' } });
      await on('mo-1', {
        type: 'AgreeMeetingLearningAndActions',
        data: {
          observationId: 'mo-1',
          learning: 'Contingency planning is weak in core groups',
          actions: [{ actionId: 'mo-1-a1', description: 'Add a contingency plan', ownerId: TM_ID, managerId: HOS_ID, timescale: '2025-07-01' }],
        },
      });
      await on('mo-1', { type: 'RecordMeetingObservationCopySentToSqa', data: { observationId: 'mo-1' } });

      await runToHead(events, reads, [staffProjection, meetingObservationsProjection]);
      const observation = await getMeetingObservation(reads, 'mo-1');
      expect(observation).toMatchObject({ status: 'COMPLETED', areasJudged: 14, nextStep: 'DONE', meetingTypeTitle: 'Core Group meeting', revision: 18 });
      expect(observation!.areas.find((a) => a.area === 'RISK')).toMatchObject({ judgement: 'REQUIRES_IMPROVEMENT', comment: 'Seen: RISK' });
      expect(observation!.sharedRecord!.actions).toEqual([
        { actionId: 'mo-1-a1', description: 'Add a contingency plan', ownerId: TM_ID, managerId: HOS_ID, timescale: '2025-07-01' },
      ]);

      const report = await meetingObservationDutyReport(reads, { period: '2025-H1', asOf: '2025-06-12' });
      expect(report.observers.map((o) => [o.observerId, o.required, o.done, o.remaining, o.met])).toEqual([
        [HOS_ID, 1, 1, 0, true],
        ['dir-001', 0, 0, 0, true],
      ]);
    });
  });
});

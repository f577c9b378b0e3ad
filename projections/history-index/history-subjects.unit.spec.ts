import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY_EVENT_TYPES, NOT_HISTORY_EVENT_TYPES } from './history-index.projection.js';
import { isStaffReferenceField, opensRecordOf, subjectsOf } from './history-subjects.js';
import { summariseEvent, typeInWords } from './history-summary.js';

const event = (data: unknown, actor: unknown = { staffId: 'staff-sqa-0001', role: 'SQA_OFFICER' }) => ({
  data: data as Record<string, unknown>,
  metadata: { actor, now: '2025-06-12T10:00:00.000Z' },
});

function eventTypesDeclaredIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...eventTypesDeclaredIn(path));
    else if (entry.name.endsWith('.events.ts')) {
      for (const match of readFileSync(path, 'utf8').matchAll(/DomainEvent<\s*'([A-Za-z]+)'/g)) found.push(match[1]!);
    }
  }
  return found;
}

describe('What an event concerns (REP-3)', () => {
  describe('When the index is asked which events it handles', () => {
    it('should handle every event type any strand in libs/domain declares (REP-3: any strand, not known in advance)', () => {
      const declared = eventTypesDeclaredIn(join(process.cwd(), 'libs/domain/src'));
      expect(declared.length).toBeGreaterThan(100);
      expect(declared.filter((type) => !HISTORY_EVENT_TYPES.includes(type) && !NOT_HISTORY_EVENT_TYPES.includes(type))).toEqual([]);
    });

    it('should leave out reads of child-level records: an access log, not a history (issue 6 item 4)', () => {
      expect(NOT_HISTORY_EVENT_TYPES).toEqual(['ChildRecordsRead']);
      expect(HISTORY_EVENT_TYPES).not.toContain('ChildRecordsRead');
    });
  });

  describe('When a field name is read as a staff reference (REP-3)', () => {
    it.each([
      'staffId',
      'auditorId',
      'ownerId',
      'managerId',
      'teamManagerId',
      'lineManagerId',
      'previousLineManagerId',
      'crsTeamManagerId',
      'socialWorkerId',
      'allocatedWorkerId',
      'workerId',
      'superviseeId',
      'supervisorId',
      'observerId',
      'chairId',
      'headOfServiceId',
      'moderatorId',
      'recipientId',
      'leadId',
      'fromAuditorId',
      'sampledAuditorId',
      'excludedAuditorIds',
      'recipients',
      'raisedBy',
      'completedBy',
      'verifiedBy',
      'escalatedBy',
    ])('should take %s for staff', (name) => {
      expect(isStaffReferenceField(name)).toBe(true);
    });

    it.each([
      'auditId',
      'teamId',
      'actionId',
      'observationId',
      'serviceAreaId',
      'escalationId',
      'caseFileAuditId',
      'supervisionAuditIds',
      'toAuditorTeamId',
      'notificationId',
      'messageId',
      'recommendationId',
      'givenBy',
      'dueBy',
      'azeusNumber',
      'By',
    ])('should not take %s for staff', (name) => {
      expect(isStaffReferenceField(name)).toBe(false);
    });
  });

  describe('When an event names people and a case at several depths (REP-3)', () => {
    it('should find the actor, the staff fields and the case, with where each is named', () => {
      const subjects = subjectsOf(
        event({
          auditId: 'a-1',
          azeusNumber: 'AZ-1',
          keyInformation: { socialWorkerId: 'sw-1', teamManagerId: 'tm-1', teamManagerName: 'Daniel Okafor' },
          raisedBy: { staffId: 'tm-1', role: 'TEAM_MANAGER' },
          copyTo: [{ staffId: 'iro-1', role: 'IRO' }],
          recipients: ['sw-1', 'tm-1'],
          actions: [{ actionId: 'x', ownerId: 'sw-2', azeusNumber: 'AZ-2' }],
          givenBy: 'Mother',
          teamId: 'team-1',
        }),
      );
      expect(Object.fromEntries(subjects.cases)).toEqual({ 'AZ-1': ['azeusNumber'], 'AZ-2': ['actions[].azeusNumber'] });
      expect(Object.fromEntries(subjects.staff)).toEqual({
        'staff-sqa-0001': ['actor'],
        'sw-1': ['keyInformation.socialWorkerId', 'recipients'],
        'tm-1': ['keyInformation.teamManagerId', 'raisedBy.staffId', 'recipients'],
        'iro-1': ['copyTo[].staffId'],
        'sw-2': ['actions[].ownerId'],
      });
    });

    it('should skip what it cannot read, without throwing', () => {
      expect(subjectsOf(event('garbage', 'nobody'))).toEqual({ cases: new Map(), staff: new Map() });
      expect(subjectsOf(event({ azeusNumber: 42, ownerId: '  ', managerId: 'x'.repeat(500) }, null))).toEqual({ cases: new Map(), staff: new Map() });
      expect(subjectsOf(event({ recordedBy: '2025-06-12' }, null)).staff.size).toBe(0);
    });
  });

  describe('When a stream opens naming a case (REP-3)', () => {
    it('should be the case\'s own record if named at the top or one object down, not inside a list', () => {
      expect(opensRecordOf(['azeusNumber'])).toBe(true);
      expect(opensRecordOf(['keyInformation.azeusNumber'])).toBe(true);
      expect(opensRecordOf(['audits[].azeusNumber'])).toBe(false);
      expect(opensRecordOf(['a.b.azeusNumber'])).toBe(false);
      expect(opensRecordOf(undefined)).toBe(false);
    });
  });

  describe('When an event is summarised', () => {
    it('should put its type in words with the facts a reader looks for first (CFA-9 grade changes)', () => {
      expect(typeInWords('CaseFileAuditGradeModerated')).toBe('Case file audit grade moderated');
      expect(typeInWords('MeetingObservationCopySentToSqa')).toBe('Meeting observation copy sent to sqa');
      expect(summariseEvent('CaseFileAuditGradeModerated', { criterion: 8, fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT' })).toBe(
        'Case file audit grade moderated: criterion 8, GOOD → REQUIRES_IMPROVEMENT',
      );
      expect(summariseEvent('CaseFileAuditCriterionGraded', { criterion: 3, grade: 'GOOD' })).toBe('Case file audit criterion graded: criterion 3, grade GOOD');
      expect(summariseEvent('RemedialActionCompleted', null)).toBe('Remedial action completed');
    });
  });
});

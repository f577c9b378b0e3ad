import { DeciderSpecification } from '../testing/decider-specification.js';
import type { Role } from '../shared/decider.js';
import type { RemedialActionCommand } from './remedial-action.commands.js';
import { remedialActionDecider } from './remedial-action.decide.js';
import { evolve, initialState, type RemedialAction } from './remedial-action.state.js';
import type { RemedialActionEvent } from './remedial-action.events.js';
import {
  ACTION_ID,
  AUDITOR_ID,
  AUDIT_ID,
  AZEUS_NUMBER,
  CP_CHAIR_ID,
  DESCRIPTION,
  IRO_ID,
  MANAGER_ID,
  OWNER_ID,
  RAISED_AT,
  SUBMITTED_AT,
  TEAM_ID,
  TIMESCALE,
  actionEvents as events,
  metadata,
} from './remedial-action.fixtures.js';

const spec = DeciderSpecification.for(remedialActionDecider);

type RaiseData = Extract<RemedialActionCommand, { type: 'RaiseRemedialAction' }>['data'];

const raise = (data: Partial<RaiseData> = {}, actor: { staffId?: string; role?: Role; now?: string } = {}) =>
  ({
    type: 'RaiseRemedialAction',
    data: {
      actionId: ACTION_ID,
      source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt: SUBMITTED_AT },
      recommendationId: 'rec-1',
      azeusNumber: AZEUS_NUMBER,
      teamId: TEAM_ID,
      ownerId: OWNER_ID,
      managerId: MANAGER_ID,
      copyTo: [{ staffId: CP_CHAIR_ID, role: 'CP_CHAIR' }],
      description: DESCRIPTION,
      timescale: TIMESCALE,
      ...data,
    },
    metadata: metadata(actor),
  }) satisfies RemedialActionCommand;

const recordSent = (
  data: Partial<Extract<RemedialActionCommand, { type: 'RecordRemedialActionNotificationSent' }>['data']> = {},
  actor: { staffId?: string; now?: string } = {},
) =>
  ({
    type: 'RecordRemedialActionNotificationSent',
    data: {
      actionId: ACTION_ID,
      notificationId: 'notification-1',
      recipients: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID],
      channel: 'SMTP',
      sentAt: '2025-06-12T15:00:05.000Z',
      messageId: '<notification-1@qa.example.gov.uk>',
      ...data,
    },
    metadata: metadata({ now: '2025-06-12T15:00:06.000Z', ...actor }),
  }) satisfies RemedialActionCommand;

const acknowledge = (staffId = OWNER_ID, now = '2025-06-13T09:00:00.000Z') =>
  ({
    type: 'AcknowledgeRemedialAction',
    data: { actionId: ACTION_ID },
    metadata: metadata({ staffId, role: 'SOCIAL_WORKER', now }),
  }) satisfies RemedialActionCommand;

const complete = (evidence = 'CP plan updated and shared with the core group on 1 July', staffId = OWNER_ID) =>
  ({
    type: 'CompleteRemedialAction',
    data: { actionId: ACTION_ID, evidence },
    metadata: metadata({ staffId, role: 'SOCIAL_WORKER', now: '2025-07-01T10:00:00.000Z' }),
  }) satisfies RemedialActionCommand;

const verify = (supervisionDate = '2025-07-03', staffId = MANAGER_ID, supervisionSessionId: string | null = 'session-7') =>
  ({
    type: 'VerifyRemedialAction',
    data: { actionId: ACTION_ID, supervisionDate, supervisionSessionId },
    metadata: metadata({ staffId, role: 'TEAM_MANAGER', now: '2025-07-03T16:00:00.000Z' }),
  }) satisfies RemedialActionCommand;

const reopen = (timescale = '2025-07-20', reason = 'Outcomes still have no dates', staffId = MANAGER_ID) =>
  ({
    type: 'ReopenRemedialAction',
    data: { actionId: ACTION_ID, reason, timescale },
    metadata: metadata({ staffId, role: 'TEAM_MANAGER', now: '2025-07-03T16:00:00.000Z' }),
  }) satisfies RemedialActionCommand;

const fold = (history: readonly RemedialActionEvent[]): RemedialAction => history.reduce(evolve, initialState());

describe('Remedial action decider', () => {
  describe('When no action has been raised', () => {
    it('should raise one from a submitted audit with its owner, manager, copy-to and timescale (CFA-7)', () => {
      spec.given([]).when(raise()).then([events.raised()]);
    });

    it('should trim text, drop a blank recommendation and team, and copy the IRO once', () => {
      spec
        .given([])
        .when(
          raise({
            description: `  ${DESCRIPTION}  `,
            recommendationId: ' ',
            teamId: null,
            copyTo: [
              { staffId: IRO_ID, role: 'IRO' },
              { staffId: ` ${IRO_ID}`, role: 'IRO' },
            ],
          }),
        )
        .then([events.raised({ recommendationId: null, teamId: null, copyTo: [{ staffId: IRO_ID, role: 'IRO' }] })]);
    });

    it('should keep the source submission time in UTC, whatever offset it was given in', () => {
      spec
        .given([])
        .when(raise({ source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt: '2025-06-12T15:00:00+01:00' } }))
        .thenEvents(([raised]) => expect(raised!.data).toMatchObject({ source: { submittedAt: SUBMITTED_AT } }));
    });

    it.each<Role>(['SOCIAL_WORKER', 'INSPECTOR', 'DMT_MEMBER', 'IRO'])('should refuse a %s raising it (CFA-7)', (role) => {
      spec.given([]).when(raise({}, { role })).thenThrows('REMEDIAL_ACTION.ROLE_MAY_NOT_RAISE', { kind: 'FORBIDDEN', rule: 'CFA-7' });
    });

    it('should raise an action a strand agreed about practice rather than a case with no case (item 7: one kind of action)', () => {
      spec
        .given([])
        .when(raise({ source: { kind: 'SUPERVISION_AUDIT', id: 'sup-1', submittedAt: SUBMITTED_AT }, azeusNumber: null, recommendationId: null }))
        .thenEvents(([raised]) =>
          expect(raised!.data).toMatchObject({ source: { kind: 'SUPERVISION_AUDIT', id: 'sup-1' }, azeusNumber: null }),
        );
    });

    it('should still require the case of an action from a case file audit (CFA-7: recorded against the case)', () => {
      spec.given([]).when(raise({ azeusNumber: null })).thenThrows('REMEDIAL_ACTION.FIELD_REQUIRED', { field: 'azeusNumber' });
    });

    it.each<Role>(['IRO', 'CP_CHAIR'])('should let a %s raise an action from a CRS escalation or midway review, and only from those (CRS-1, CRS-3)', (role) => {
      spec
        .given([])
        .when(raise({ source: { kind: 'CRS_ESCALATION', id: 'esc-1', submittedAt: SUBMITTED_AT } }, { role }))
        .thenEvents(([raised]) => expect(raised!.data).toMatchObject({ source: { kind: 'CRS_ESCALATION' }, raisedBy: { role } }));
      spec.given([]).when(raise({}, { role })).thenThrows('REMEDIAL_ACTION.ROLE_MAY_NOT_RAISE', { kind: 'FORBIDDEN', rule: 'CFA-7' });
    });

    it('should refuse an action whose owner is also its manager (CFA-5)', () => {
      spec.given([]).when(raise({ managerId: OWNER_ID })).thenThrows('REMEDIAL_ACTION.OWNER_IS_MANAGER', {
        kind: 'BAD_USER_INPUT',
        field: 'managerId',
        rule: 'CFA-5',
      });
    });

    it('should refuse a timescale before the day it is raised (CFA-7)', () => {
      spec.given([]).when(raise({ timescale: '2025-06-11' })).thenThrows('REMEDIAL_ACTION.TIMESCALE_BEFORE_RAISED', {
        field: 'timescale',
        rule: 'CFA-7',
      });
    });

    it('should accept a timescale of the very day it is raised', () => {
      spec.given([]).when(raise({ timescale: '2025-06-12' })).then([events.raised({ timescale: '2025-06-12' })]);
    });

    it.each(['2025-7-15', '2025-02-30', '15/07/2025', ''])('should refuse the timescale %p', (timescale) => {
      spec.given([]).when(raise({ timescale })).thenThrows('REMEDIAL_ACTION.INVALID_DATE', { field: 'timescale', rule: 'CFA-7' });
    });

    it('should refuse a source submitted after the action is raised (CFA-7)', () => {
      spec
        .given([])
        .when(raise({ source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt: '2025-06-12T15:00:01Z' } }))
        .thenThrows('REMEDIAL_ACTION.SOURCE_NOT_YET_SUBMITTED', { field: 'source.submittedAt', rule: 'CFA-7' });
    });

    it.each(['2025-06-12', '12 June 2025', '2025-06-12T14:00:00'])('should refuse the submission time %p', (submittedAt) => {
      spec
        .given([])
        .when(raise({ source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt } }))
        .thenThrows('REMEDIAL_ACTION.INVALID_INSTANT', { field: 'source.submittedAt' });
    });

    it('should refuse an unknown source kind', () => {
      spec
        .given([])
        .when(raise({ source: { kind: 'COMPLAINT', id: 'c-1', submittedAt: SUBMITTED_AT } }))
        .thenThrows('REMEDIAL_ACTION.SOURCE_KIND_UNKNOWN', { field: 'source.kind' });
    });

    it('should refuse copying in anyone but an IRO or CP chair (CFA-7)', () => {
      spec
        .given([])
        .when(raise({ copyTo: [{ staffId: 'staff-hos-1', role: 'HEAD_OF_SERVICE' }] }))
        .thenThrows('REMEDIAL_ACTION.COPY_TO_INVALID', { field: 'copyTo', rule: 'CFA-7' });
    });

    it('should refuse copying in the owner, who is notified anyway', () => {
      spec
        .given([])
        .when(raise({ copyTo: [{ staffId: OWNER_ID, role: 'IRO' }] }))
        .thenThrows('REMEDIAL_ACTION.COPY_TO_INVALID', { field: 'copyTo' });
    });

    it('should refuse an action without a description (CFA-7)', () => {
      spec.given([]).when(raise({ description: '   ' })).thenThrows('REMEDIAL_ACTION.DESCRIPTION_REQUIRED', {
        field: 'description',
        rule: 'CFA-7',
      });
    });

    it.each(['actionId', 'azeusNumber', 'ownerId', 'managerId'] as const)('should refuse an empty %s', (field) => {
      spec.given([]).when(raise({ [field]: '' })).thenThrows('REMEDIAL_ACTION.FIELD_REQUIRED', { field });
    });

    it.each([
      ['recording a notification', recordSent()],
      ['acknowledging', acknowledge()],
      ['completing', complete()],
      ['verifying', verify()],
      ['reopening', reopen()],
    ])('should refuse %s as not found', (_name, command) => {
      spec.given([]).when(command).thenThrows('REMEDIAL_ACTION.NOT_FOUND', { kind: 'NOT_FOUND', field: 'actionId' });
    });
  });

  describe('When the action has been raised', () => {
    it('should refuse raising it again', () => {
      spec.given([events.raised()]).when(raise()).thenThrows('REMEDIAL_ACTION.ALREADY_RAISED', { kind: 'CONFLICT' });
    });

    it('should record its notification to the worker, manager and CP chair (CFA-7)', () => {
      spec
        .given([events.raised()])
        .when(recordSent())
        .then([
          {
            type: 'RemedialActionNotificationSent',
            data: {
              actionId: ACTION_ID,
              notificationId: 'notification-1',
              recipients: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID],
              channel: 'SMTP',
              sentAt: '2025-06-12T15:00:05.000Z',
              messageId: '<notification-1@qa.example.gov.uk>',
              recordedAt: '2025-06-12T15:00:06.000Z',
            },
          },
        ]);
    });

    it('should record the same notification only once', () => {
      spec.given([events.raised(), events.notificationSent('2025-06-12T15:00:05.000Z')]).when(recordSent()).thenNothingHappens();
    });

    it('should refuse anyone but the raiser recording the notification (CFA-7)', () => {
      spec
        .given([events.raised()])
        .when(recordSent({}, { staffId: OWNER_ID }))
        .thenThrows('REMEDIAL_ACTION.NOT_THE_RAISER', { kind: 'FORBIDDEN', rule: 'CFA-7' });
    });

    it('should refuse a notification to no one', () => {
      spec.given([events.raised()]).when(recordSent({ recipients: [] })).thenThrows('REMEDIAL_ACTION.RECIPIENTS_REQUIRED', {
        field: 'recipients',
      });
    });

    it('should refuse a sending time after the recording', () => {
      spec
        .given([events.raised()])
        .when(recordSent({ sentAt: '2025-06-12T15:00:07.000Z' }))
        .thenThrows('REMEDIAL_ACTION.SENT_IN_THE_FUTURE', { field: 'sentAt' });
    });

    it('should let the owner acknowledge it', () => {
      spec.given([events.raised()]).when(acknowledge()).then([events.acknowledged()]);
    });

    it('should refuse the manager acknowledging it for the owner (CFA-7)', () => {
      spec.given([events.raised()]).when(acknowledge(MANAGER_ID)).thenThrows('REMEDIAL_ACTION.NOT_THE_OWNER', {
        kind: 'FORBIDDEN',
        rule: 'CFA-7',
      });
    });

    it('should refuse completing it before it is acknowledged', () => {
      spec.given([events.raised()]).when(complete()).thenThrows('REMEDIAL_ACTION.NOT_ACKNOWLEDGED', { kind: 'CONFLICT' });
    });

    it('should refuse verifying it before it is completed (CFA-5)', () => {
      spec.given([events.raised()]).when(verify()).thenThrows('REMEDIAL_ACTION.NOT_COMPLETED', { kind: 'CONFLICT', rule: 'CFA-5' });
    });
  });

  describe('When the owner has acknowledged it', () => {
    const given = [events.raised(), events.acknowledged()];

    it('should refuse acknowledging it again', () => {
      spec.given(given).when(acknowledge()).thenThrows('REMEDIAL_ACTION.ALREADY_ACKNOWLEDGED', { kind: 'CONFLICT' });
    });

    it('should let the owner complete it with evidence', () => {
      spec.given(given).when(complete()).then([events.completed()]);
    });

    it('should refuse a completion without evidence (CFA-7)', () => {
      spec.given(given).when(complete('  ')).thenThrows('REMEDIAL_ACTION.EVIDENCE_REQUIRED', { field: 'evidence', rule: 'CFA-7' });
    });

    it('should refuse anyone but the owner completing it', () => {
      spec.given(given).when(complete('Done', AUDITOR_ID)).thenThrows('REMEDIAL_ACTION.NOT_THE_OWNER', { kind: 'FORBIDDEN' });
    });

    it('should still record a late notification', () => {
      spec.given(given).when(recordSent({ sentAt: '2025-06-15T09:00:00Z' }, { now: '2025-06-15T09:00:01Z' })).thenEvents((produced) => {
        expect(produced.map((e) => e.type)).toEqual(['RemedialActionNotificationSent']);
      });
    });
  });

  describe('When the owner has completed it', () => {
    const given = [events.raised(), events.acknowledged(), events.completed()];

    it('should let the manager verify it, with the date of the supervision (CFA-5)', () => {
      spec.given(given).when(verify()).then([events.verified()]);
    });

    it('should refuse anyone but the manager verifying it (CFA-5)', () => {
      spec.given(given).when(verify('2025-07-03', AUDITOR_ID)).thenThrows('REMEDIAL_ACTION.NOT_THE_MANAGER', {
        kind: 'FORBIDDEN',
        rule: 'CFA-5',
      });
    });

    it.each(['2025-06-30', '2025-07-04'])('should refuse a supervision dated %s, before completion or after today (CFA-5)', (date) => {
      spec.given(given).when(verify(date)).thenThrows('REMEDIAL_ACTION.SUPERVISION_DATE_OUT_OF_RANGE', {
        field: 'supervisionDate',
        rule: 'CFA-5',
      });
    });

    it('should let the manager reopen it with a reason and a new timescale', () => {
      spec.given(given).when(reopen()).then([events.reopened()]);
    });

    it('should refuse reopening without a reason', () => {
      spec.given(given).when(reopen('2025-07-20', '')).thenThrows('REMEDIAL_ACTION.REASON_REQUIRED', { field: 'reason', rule: 'CFA-5' });
    });

    it('should refuse a new timescale already past (CFA-7)', () => {
      spec.given(given).when(reopen('2025-07-02')).thenThrows('REMEDIAL_ACTION.TIMESCALE_IN_THE_PAST', {
        field: 'timescale',
        rule: 'CFA-7',
      });
    });

    it('should refuse completing it again', () => {
      spec.given(given).when(complete()).thenThrows('REMEDIAL_ACTION.ALREADY_COMPLETED', { kind: 'CONFLICT' });
    });
  });

  describe('When the manager has reopened it', () => {
    const given = [events.raised(), events.acknowledged(), events.completed(), events.reopened()];

    it('should be open against the new timescale, keeping the rejected completion in its history', () => {
      const state = fold(given);
      expect(state).toMatchObject({
        status: 'REOPENED',
        timescale: '2025-07-20',
        reopenings: [
          {
            reason: 'Outcomes still have no dates',
            previousTimescale: TIMESCALE,
            timescale: '2025-07-20',
            evidence: 'CP plan updated and shared with the core group on 1 July',
            completedAt: '2025-07-01T10:00:00.000Z',
          },
        ],
      });
      expect(state).not.toHaveProperty('completedAt');
      expect(state).not.toHaveProperty('evidence');
    });

    it('should need the owner to acknowledge it again before completing it', () => {
      spec.given(given).when(complete()).thenThrows('REMEDIAL_ACTION.NOT_ACKNOWLEDGED');
      spec.given(given).when(acknowledge(OWNER_ID, '2025-07-04T09:00:00.000Z')).then([events.acknowledged('2025-07-04T09:00:00.000Z')]);
    });

    it('should refuse verifying it', () => {
      spec.given(given).when(verify()).thenThrows('REMEDIAL_ACTION.NOT_COMPLETED');
    });
  });

  describe('When the manager has verified it', () => {
    const given = [events.raised(), events.acknowledged(), events.completed(), events.verified()];

    it('should refuse verifying or reopening it again (CFA-5)', () => {
      spec.given(given).when(verify()).thenThrows('REMEDIAL_ACTION.ALREADY_VERIFIED', { kind: 'CONFLICT', rule: 'CFA-5' });
      spec.given(given).when(reopen()).thenThrows('REMEDIAL_ACTION.ALREADY_VERIFIED', { kind: 'CONFLICT' });
    });

    it('should refuse acknowledging or completing it', () => {
      spec.given(given).when(acknowledge()).thenThrows('REMEDIAL_ACTION.ALREADY_COMPLETED');
      spec.given(given).when(complete()).thenThrows('REMEDIAL_ACTION.ALREADY_COMPLETED');
    });

    it('should hold the whole story', () => {
      expect(fold([...given, events.notificationSent('2025-06-12T15:00:05.000Z')])).toMatchObject({
        status: 'VERIFIED',
        raisedAt: RAISED_AT,
        acknowledgedAt: '2025-06-13T09:00:00.000Z',
        completedAt: '2025-07-01T10:00:00.000Z',
        verifiedBy: MANAGER_ID,
        supervisionDate: '2025-07-03',
        supervisionSessionId: 'session-7',
        notifications: [{ notificationId: 'notification-1', channel: 'SMTP' }],
      });
    });
  });

  describe('When a recorded fact does not fit the state it meets', () => {
    it('should leave the state as it is', () => {
      const raised = fold([events.raised()]);
      expect(evolve(raised, events.completed())).toBe(raised);
      expect(evolve(raised, events.raised({ ownerId: 'someone-else' }))).toBe(raised);
      expect(evolve(initialState(), events.acknowledged())).toEqual(initialState());
      expect(evolve(raised, { type: 'RemedialActionRenamed', data: {} } as unknown as RemedialActionEvent)).toBe(raised);
    });
  });
});

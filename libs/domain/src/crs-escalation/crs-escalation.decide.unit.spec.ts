import { DeciderSpecification } from '../testing/decider-specification.js';
import { crsEscalationDecider } from './crs-escalation.decide.js';
import { CrsEscalationErrorCode as Code } from './crs-escalation.errors.js';
import {
  AGREED_ACTION,
  DIRECTOR_ID,
  ESCALATED_AT,
  HOS_ID,
  IRO_ID,
  RAISED_AT,
  RESOLVED_AT,
  SW_ID,
  TM_ID,
  commands,
  cpChair,
  director,
  events,
  hos,
  iro,
  tm,
} from './crs-escalation.fixtures.js';

const spec = DeciderSpecification.for(crsEscalationDecider);

describe('CRS escalation (CRS-1)', () => {
  describe('When an IRO raises a concern informally', () => {
    it('should send it to the Team Manager at once, as the informal stage (CRS-1)', () => {
      spec.given([]).when(commands.raise()).then(events.raised());
    });

    it('should start at formal stage 1 with the Team Manager when raised formally (CRS-1)', () => {
      spec
        .given([])
        .when(commands.raise({ route: 'FORMAL' }))
        .then(events.raised({ stage: 'FORMAL_STAGE_1' }));
    });

    it('should let a CP chair raise one too (CRS-1)', () => {
      spec
        .given([])
        .when(commands.raise({}, cpChair))
        .thenEvents(([raised]) => expect(raised?.data).toMatchObject({ raisedBy: 'cpc-1', raisedByRole: 'CP_CHAIR', recipientId: TM_ID }));
    });
  });

  describe('When the issue is serious or needs a management decision', () => {
    it('should go to the Manager of the service area at formal stage 2, the Team Manager told as well (CRS-1)', () => {
      spec
        .given([])
        .when(commands.raise({ serious: true, route: null }))
        .then(
          events.raised({
            serious: true,
            stage: 'FORMAL_STAGE_2',
            recipientId: HOS_ID,
            notified: [
              { staffId: HOS_ID, as: 'RECIPIENT' },
              { staffId: TM_ID, as: 'TEAM_MANAGER' },
            ],
          }),
        );
      spec
        .given([])
        .when(commands.raise({ managementDecision: true, route: 'FORMAL' }))
        .thenEvents(([raised]) => expect(raised?.data).toMatchObject({ managementDecision: true, stage: 'FORMAL_STAGE_2', recipientId: HOS_ID }));
    });

    it('should refuse it without the Manager named, naming headOfServiceId and CRS-1', () => {
      spec
        .given([])
        .when(commands.raise({ serious: true, headOfServiceId: ' ' }))
        .thenThrows(Code.HEAD_OF_SERVICE_REQUIRED, { kind: 'BAD_USER_INPUT', field: 'headOfServiceId', rule: 'CRS-1', message: /headOfServiceId.*CRS-1/ });
    });

    it('should refuse it as informal (CRS-1)', () => {
      spec
        .given([])
        .when(commands.raise({ managementDecision: true, route: 'INFORMAL' }))
        .thenThrows(Code.SERIOUS_ISSUE_NOT_INFORMAL, { field: 'route', rule: 'CRS-1' });
    });
  });

  describe('When someone other than an independent chair raises one', () => {
    it('should refuse a Team Manager or a social worker, naming CRS-1', () => {
      spec.given([]).when(commands.raise({}, tm)).thenThrows(Code.ROLE_MAY_NOT_RAISE, { kind: 'FORBIDDEN', rule: 'CRS-1' });
      spec
        .given([])
        .when(commands.raise({}, { staffId: SW_ID, role: 'SOCIAL_WORKER' }))
        .thenThrows(Code.ROLE_MAY_NOT_RAISE, { kind: 'FORBIDDEN', rule: 'CRS-1' });
    });
  });

  describe('When the raising is incomplete or malformed', () => {
    it.each(['azeusNumber', 'concern', 'practiceIssue', 'teamManagerId', 'escalationId'] as const)(
      'should refuse a missing %s, naming the field and CRS-1',
      (field) => {
        spec
          .given([])
          .when(commands.raise({ [field]: '  ' }))
          .thenThrows(Code.FIELD_REQUIRED, { kind: 'BAD_USER_INPUT', field, rule: 'CRS-1', message: new RegExp(`${field} is required`) });
      },
    );

    it('should refuse an unknown route and a chair escalating to themself (CRS-1)', () => {
      spec.given([]).when(commands.raise({ route: 'SIDEWAYS' })).thenThrows(Code.ROUTE_UNKNOWN, { field: 'route', rule: 'CRS-1' });
      spec.given([]).when(commands.raise({ teamManagerId: IRO_ID })).thenThrows(Code.RECIPIENT_IS_RAISER, { field: 'teamManagerId' });
    });

    it('should refuse raising the same escalation twice', () => {
      spec.given([events.raised()]).when(commands.raise()).thenThrows(Code.ALREADY_RAISED, { kind: 'CONFLICT' });
    });
  });

  describe('When the outbox records the notification', () => {
    it("should record it once, in the raising chair's name (CRS-1)", () => {
      spec.given([events.raised()]).when(commands.notificationSent()).then(events.notificationSent());
      spec.given([events.raised(), events.notificationSent()]).when(commands.notificationSent()).thenNothingHappens();
      spec.given([events.raised()]).when(commands.notificationSent(tm)).thenThrows(Code.NOT_THE_RAISER, { kind: 'FORBIDDEN', rule: 'CRS-1' });
    });

    it('should refuse a sending with no recipients', () => {
      const command = commands.notificationSent();
      spec
        .given([events.raised()])
        .when({ ...command, data: { ...command.data, recipients: [] } } as typeof command)
        .thenThrows(Code.RECIPIENTS_REQUIRED, { field: 'recipients', rule: 'CRS-1' });
    });
  });

  describe('When the current recipient responds', () => {
    it('should record the response at the current stage (CRS-1)', () => {
      spec.given([events.raised()]).when(commands.respond()).then(events.responded());
    });

    it('should refuse anyone else, a second response, and an empty one (CRS-1)', () => {
      spec.given([events.raised()]).when(commands.respond(hos)).thenThrows(Code.NOT_THE_RECIPIENT, { kind: 'FORBIDDEN', rule: 'CRS-1' });
      spec.given([events.raised()]).when(commands.respond(iro)).thenThrows(Code.NOT_THE_RECIPIENT, { kind: 'FORBIDDEN' });
      spec.given([events.raised(), events.responded()]).when(commands.respond()).thenThrows(Code.ALREADY_RESPONDED, { kind: 'CONFLICT', rule: 'CRS-1' });
      spec.given([events.raised()]).when(commands.respond(tm, RAISED_AT, ' ')).thenThrows(Code.FIELD_REQUIRED, { field: 'response' });
    });

    it("should refuse a recipient without the stage's role (CRS-1)", () => {
      spec
        .given([events.raised({ recipientId: 'ap-1' })])
        .when(commands.respond({ staffId: 'ap-1', role: 'ADVANCED_PRACTITIONER' }))
        .thenThrows(Code.RECIPIENT_ROLE_NOT_ALLOWED, { kind: 'FORBIDDEN', rule: 'CRS-1' });
    });
  });

  describe('When the chair takes it further', () => {
    it('should move from informal to formal stage 1 with the Team Manager (CRS-1)', () => {
      spec.given([events.raised(), events.responded()]).when(commands.escalate()).then(events.escalated('INFORMAL', 'FORMAL_STAGE_1', TM_ID));
    });

    it('should move to stage 2 with the Manager named when raised, the TM told as well (CRS-1)', () => {
      spec
        .given([events.raised(), events.escalated('INFORMAL', 'FORMAL_STAGE_1', TM_ID)])
        .when(commands.escalate())
        .then(events.escalated('FORMAL_STAGE_1', 'FORMAL_STAGE_2', HOS_ID));
    });

    it('should need the chief officer or director named for stage 3, and stop there (CRS-1)', () => {
      const atStage2 = [events.raised({ serious: true, stage: 'FORMAL_STAGE_2', recipientId: HOS_ID })];
      spec.given(atStage2).when(commands.escalate()).thenThrows(Code.RECIPIENT_REQUIRED, { field: 'recipientId', rule: 'CRS-1' });
      spec.given(atStage2).when(commands.escalate(DIRECTOR_ID)).then(events.escalated('FORMAL_STAGE_2', 'FORMAL_STAGE_3', DIRECTOR_ID));
      spec
        .given([...atStage2, events.escalated('FORMAL_STAGE_2', 'FORMAL_STAGE_3', DIRECTOR_ID)])
        .when(commands.escalate('ceo-1'))
        .thenThrows(Code.LAST_STAGE, { kind: 'CONFLICT', rule: 'CRS-1' });
    });

    it('should let only the raising chair escalate (CRS-1)', () => {
      spec.given([events.raised()]).when(commands.escalate(null, tm)).thenThrows(Code.NOT_THE_RAISER, { kind: 'FORBIDDEN', rule: 'CRS-1' });
      spec.given([events.raised()]).when(commands.escalate(null, cpChair)).thenThrows(Code.NOT_THE_RAISER, { kind: 'FORBIDDEN' });
    });

    it('should let the new recipient respond, and no longer the last one (CRS-1)', () => {
      const atStage2 = [events.raised(), events.escalated('INFORMAL', 'FORMAL_STAGE_1', TM_ID), events.escalated('FORMAL_STAGE_1', 'FORMAL_STAGE_2', HOS_ID)];
      spec.given(atStage2).when(commands.respond(tm)).thenThrows(Code.NOT_THE_RECIPIENT, { kind: 'FORBIDDEN' });
      spec.given(atStage2).when(commands.respond(hos)).then(events.responded('FORMAL_STAGE_2', HOS_ID));
      spec
        .given([events.raised({ stage: 'FORMAL_STAGE_2', recipientId: HOS_ID, serious: true }), events.escalated('FORMAL_STAGE_2', 'FORMAL_STAGE_3', DIRECTOR_ID)])
        .when(commands.respond(director))
        .then(events.responded('FORMAL_STAGE_3', DIRECTOR_ID));
    });
  });

  describe('When the chair accepts the response', () => {
    it('should resolve it informally with the agreed actions, naming the case and team (CRS-1)', () => {
      spec.given([events.raised(), events.responded()]).when(commands.resolve([AGREED_ACTION])).then(events.resolved('INFORMAL', [AGREED_ACTION]));
    });

    it('should resolve it formally at a formal stage (CRS-1)', () => {
      spec
        .given([events.raised(), events.escalated('INFORMAL', 'FORMAL_STAGE_1', TM_ID), events.responded('FORMAL_STAGE_1')])
        .when(commands.resolve())
        .then(events.resolved('FORMAL_STAGE_1', []));
    });

    it('should refuse resolving before the current stage has responded (CRS-1)', () => {
      spec.given([events.raised()]).when(commands.resolve()).thenThrows(Code.NO_RESPONSE_TO_ACCEPT, { kind: 'CONFLICT', rule: 'CRS-1' });
      spec
        .given([events.raised(), events.responded(), events.escalated('INFORMAL', 'FORMAL_STAGE_1', TM_ID)])
        .when(commands.resolve())
        .thenThrows(Code.NO_RESPONSE_TO_ACCEPT);
    });

    it('should let only the raising chair accept it (CRS-1)', () => {
      spec.given([events.raised(), events.responded()]).when(commands.resolve([], tm)).thenThrows(Code.NOT_THE_RAISER, { kind: 'FORBIDDEN', rule: 'CRS-1' });
    });

    it('should refuse an action owned by its manager, a timescale before today, a duplicate, a missing owner (CRS-1)', () => {
      const given = [events.raised(), events.responded()];
      spec
        .given(given)
        .when(commands.resolve([{ ...AGREED_ACTION, managerId: SW_ID }]))
        .thenThrows(Code.OWNER_IS_MANAGER, { field: 'agreedActions.0.managerId', rule: 'CRS-1' });
      spec
        .given(given)
        .when(commands.resolve([{ ...AGREED_ACTION, timescale: '2025-06-19' }]))
        .thenThrows(Code.TIMESCALE_IN_THE_PAST, { field: 'agreedActions.0.timescale', rule: 'CRS-1' });
      spec
        .given(given)
        .when(commands.resolve([{ ...AGREED_ACTION, timescale: '2025-06-31' }]))
        .thenThrows(Code.INVALID_DATE, { field: 'agreedActions.0.timescale' });
      spec
        .given(given)
        .when(commands.resolve([AGREED_ACTION, { ...AGREED_ACTION }]))
        .thenThrows(Code.ACTION_DUPLICATED, { field: 'agreedActions', rule: 'CRS-1' });
      spec
        .given(given)
        .when(commands.resolve([{ ...AGREED_ACTION, actionId: 'act-2' }, { ...AGREED_ACTION, ownerId: '' }]))
        .thenThrows(Code.FIELD_REQUIRED, { field: 'agreedActions.1.ownerId' });
    });
  });

  describe('When the escalation is withdrawn', () => {
    it('should close it; only the raising chair withdraws (CRS-1)', () => {
      spec.given([events.raised()]).when(commands.withdraw()).then(events.withdrawn());
      spec.given([events.raised()]).when(commands.withdraw(tm)).thenThrows(Code.NOT_THE_RAISER, { kind: 'FORBIDDEN' });
    });
  });

  describe('When the escalation is closed', () => {
    it.each([
      ['resolved', [events.raised(), events.responded(), events.resolved()]],
      ['withdrawn', [events.raised(), events.withdrawn()]],
    ] as const)('should refuse any further step once %s (CRS-1)', (_, history) => {
      spec.given(history).when(commands.respond()).thenThrows(Code.CLOSED, { kind: 'CONFLICT', rule: 'CRS-1' });
      spec.given(history).when(commands.escalate()).thenThrows(Code.CLOSED, { kind: 'CONFLICT' });
      spec.given(history).when(commands.resolve()).thenThrows(Code.CLOSED, { kind: 'CONFLICT' });
      spec.given(history).when(commands.withdraw()).thenThrows(Code.CLOSED, { kind: 'CONFLICT' });
    });

    it('should still record a late notification', () => {
      spec.given([events.raised(), events.withdrawn()]).when(commands.notificationSent(iro, 'n-2', RESOLVED_AT)).thenEvents((e) => {
        expect(e.map((x) => x.type)).toEqual(['CrsEscalationNotificationSent']);
      });
    });
  });

  describe('When nothing has been raised', () => {
    it('should answer NOT_FOUND', () => {
      spec.given([]).when(commands.respond()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND', field: 'escalationId' });
      spec.given([]).when(commands.escalate(null, iro, ESCALATED_AT)).thenThrows(Code.NOT_FOUND);
    });
  });
});

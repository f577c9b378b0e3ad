import { caseDecider, caseStreamId } from '../../../../libs/domain/src/case/index.js';
import {
  caseFileAuditDecider,
  caseFileAuditStreamId,
  CRITERION_NUMBERS,
  type CaseFileAuditCommand,
} from '../../../../libs/domain/src/case-file-audit/index.js';
import {
  COMPLIANCE_CHECK_ITEMS,
  complianceAuditDecider,
  complianceAuditStreamId,
  type ComplianceAuditCommand,
} from '../../../../libs/domain/src/compliance-audit/index.js';
import { crsEscalationDecider, crsEscalationStreamId, type CrsEscalationCommand } from '../../../../libs/domain/src/crs-escalation/index.js';
import { crsMonitoringFormDecider, crsMonitoringFormStreamId, type CrsMonitoringFormCommand } from '../../../../libs/domain/src/crs-monitoring-form/index.js';
import { learningInputDecider, learningInputStreamId, type LearningInputCommand } from '../../../../libs/domain/src/learning-input/index.js';
import {
  MEETING_AREA_KEYS,
  meetingObservationDecider,
  meetingObservationStreamId,
  type MeetingObservationCommand,
} from '../../../../libs/domain/src/meeting-observation/index.js';
import { midwayReviewDecider, midwayReviewStreamId, type MidwayReviewCommand } from '../../../../libs/domain/src/midway-review/index.js';
import {
  AREA_OF_PRACTICE_KEYS,
  practiceObservationDecider,
  practiceObservationStreamId,
  type PracticeObservationCommand,
} from '../../../../libs/domain/src/practice-observation/index.js';
import {
  immediateEscalationDecider,
  immediateEscalationStreamId,
  raiseImmediateEscalationData,
  remedialActionDecider,
  remedialActionStreamId,
  type ImmediateEscalationCommand,
  type RemedialActionCommand,
} from '../../../../libs/domain/src/remedial-action/index.js';
import type { CaseFileAuditInadequacyEscalated } from '../../../../libs/domain/src/case-file-audit/index.js';
import type { Actor, CommandMetadata, Role } from '../../../../libs/domain/src/shared/decider.js';
import {
  staffMemberDecider,
  staffMemberStreamId,
  supervisionSessionDecider,
  supervisionSessionStreamId,
  type StaffMemberCommand,
  type SupervisionSessionCommand,
} from '../../../../libs/domain/src/staff/index.js';
import {
  CASE_SUPERVISION_QUESTIONS,
  REGULAR_SUPERVISION_QUESTION_KEY,
  supervisionAuditDecider,
  supervisionAuditStreamId,
  type SupervisionAuditCommand,
} from '../../../../libs/domain/src/supervision-audit/index.js';
import {
  serviceAreaDecider,
  serviceAreaStreamId,
  teamDecider,
  teamStreamId,
  type ServiceAreaCommand,
  type TeamCommand,
} from '../../../../libs/domain/src/team/index.js';
import { eventIdFor } from '../../../../libs/event-store/src/event-ids.js';
import { messageIdFor, notificationIdFor, recordingCommandIdFor } from '../../../../libs/notifications/src/notification-ids.js';
import { Recorder, uuidFor, type Commit } from './recorder.js';
import { SeededDice } from './seeded-dice.js';

/**
 * A council's children's social care over the months, generated deterministically: service areas
 * and teams (a team manager, two advanced practitioners and sixteen social workers each, who leave
 * and are replaced), a caseload opened, reallocated and closed, and every quality assurance strand
 * at the rhythm the framework asks for. Every command goes through the real decider.
 */

export interface CouncilShape {
  readonly teams: number;
  /** The first month, YYYY-MM. */
  readonly firstMonth: string;
  /** Stop after the month in which this many events have been recorded. */
  readonly targetEvents: number;
  readonly seed: string;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The right-hand side of every Message-ID the council's service sends (as NOTIFICATION_EMAIL_DOMAIN would give). */
const MAIL_DOMAIN = 'qa.example.gov.uk';
const SOCIAL_WORKERS_PER_TEAM = 16;
const ADVANCED_PRACTITIONERS_PER_TEAM = 2;
const TEAMS_PER_SERVICE_AREA = 10;
const CASE_CATEGORIES = ['CAF_TAC', 'CIN', 'CP', 'LAC', 'CWD', 'CARE_LEAVER'] as const;
const GRADES = ['GOOD', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING', 'GOOD', 'INADEQUATE'] as const;

const iso = (ms: number): string => new Date(ms).toISOString();
const day = (ms: number): string => iso(ms).slice(0, 10);
const pad = (n: number, width = 4): string => String(n).padStart(width, '0');

interface Person {
  readonly staffId: string;
  readonly role: Role;
  readonly teamId: string | null;
  /** Month index from which they are gone (Infinity: still here at the end). */
  leavesAt: number;
}

interface TeamPlan {
  readonly teamId: string;
  readonly serviceAreaId: string;
  readonly headOfService: Person;
  readonly manager: Person;
  readonly practitioners: Person[];
  /** Slots of social workers: who holds each one now. */
  readonly workers: Person[];
  readonly cases: OpenCasePlan[];
}

interface OpenCasePlan {
  readonly azeusNumber: string;
  readonly category: (typeof CASE_CATEGORIES)[number];
  readonly workerId: string;
  readonly closesAt: number;
}

export interface GenerationSummary {
  readonly months: number;
  readonly lastMonth: string;
  readonly staff: number;
  readonly cases: number;
}

export class CouncilGenerator {
  private readonly dice: SeededDice;
  private readonly recorder: Recorder;
  private readonly start: number;
  private readonly teams: TeamPlan[] = [];
  private readonly sqaOfficer: Person;
  private readonly sqaManager: Person;
  private readonly chairs: Person[] = [];
  private staffCount = 0;
  private caseCount = 0;
  private counter = 0;
  private month = 0;

  constructor(
    private readonly shape: CouncilShape,
    sink: (commit: Commit) => void,
  ) {
    this.dice = new SeededDice(shape.seed);
    this.recorder = new Recorder(shape.seed, sink);
    this.start = Date.parse(`${shape.firstMonth}-01T00:00:00.000Z`);
    this.sqaManager = { staffId: 'staff-sqa-m-0001', role: 'SQA_MANAGER', teamId: null, leavesAt: Infinity };
    this.sqaOfficer = { staffId: 'staff-sqa-0001', role: 'SQA_OFFICER', teamId: null, leavesAt: Infinity };
  }

  /** The instant `days` (fractional) into month `month`, at a working hour. */
  at(month: number, days: number, hour = 10): number {
    const d = new Date(this.start);
    d.setUTCMonth(d.getUTCMonth() + month);
    return d.getTime() + Math.floor(days) * DAY + hour * HOUR + (this.counter++ % 50) * 60_000;
  }

  monthName(month: number): string {
    return day(this.at(month, 0)).slice(0, 7);
  }

  private metadata(actor: Person | Actor, atMs: number): CommandMetadata {
    const commandId = this.recorder.nextCommandId();
    return { actor: { staffId: actor.staffId, role: actor.role }, now: iso(atMs), commandId, correlationId: commandId, causationId: commandId };
  }

  /**
   * The sending of the notification the outbox owes for the first event `raising` records, as the
   * NotificationDispatcher records it (CFA-7, CFA-13): the notification id derived from that event's
   * id, the Message-ID from the notification id, and the recording's command id from it too.
   */
  private sending(raising: CommandMetadata, sender: Person | Actor, atMs: number): { notificationId: string; messageId: string; metadata: CommandMetadata } {
    const notificationId = notificationIdFor(eventIdFor(raising.commandId, 0));
    const commandId = recordingCommandIdFor(notificationId);
    return {
      notificationId,
      messageId: messageIdFor(notificationId, MAIL_DOMAIN),
      metadata: { actor: { staffId: sender.staffId, role: sender.role }, now: iso(atMs), commandId, correlationId: raising.correlationId, causationId: raising.commandId },
    };
  }

  private id(kind: string): string {
    return uuidFor(this.shape.seed, `${kind}-${this.counter++}`);
  }

  /** The whole council's history: month by month until `targetEvents` is reached (`recorded` answers how many so far). */
  generate(recorded: () => number, onMonth: (month: number) => void = () => undefined): GenerationSummary {
    this.establish();
    for (this.month = 0; ; this.month++) {
      this.monthOfWork(this.month);
      onMonth(this.month);
      if (recorded() >= this.shape.targetEvents) break;
    }
    return { months: this.month + 1, lastMonth: this.monthName(this.month), staff: this.staffCount, cases: this.caseCount };
  }

  // --- The council as it starts ----------------------------------------------------------------

  private register(person: Person, name: string, lineManagerId: string | null, month: number, leavesAt: number): void {
    this.staffCount += 1;
    const when = this.at(month, this.dice.int(0, 3), 9);
    const commands: StaffMemberCommand[] = [
      {
        type: 'RegisterStaffMember',
        data: { staffId: person.staffId, name, role: person.role, teamId: person.teamId, lineManagerId, startDate: day(when), inAsye: false },
        metadata: this.metadata(this.sqaManager, when),
      },
    ];
    if (Number.isFinite(leavesAt)) {
      const leaving = this.at(leavesAt, 0, 9) - DAY;
      commands.push({ type: 'RecordStaffMemberLeaving', data: { staffId: person.staffId, leavingDate: day(leaving) }, metadata: this.metadata(this.sqaManager, leaving - 5 * DAY) });
    }
    this.recorder.record(staffMemberStreamId(person.staffId), staffMemberDecider, commands);
  }

  private newPerson(role: Role, teamId: string | null, prefix: string, leavesAt = Infinity): Person {
    return { staffId: `staff-${prefix}-${pad(this.staffCount + 1)}`, role, teamId, leavesAt };
  }

  private establish(): void {
    const director = this.newPerson('DIRECTOR', null, 'dir');
    this.register(director, 'Director of Children’s Services', null, 0, Infinity);
    this.register(this.sqaManager, 'S&QA Manager', director.staffId, 0, Infinity);
    this.register(this.sqaOfficer, 'S&QA Officer', this.sqaManager.staffId, 0, Infinity);
    const areas = Math.ceil(this.shape.teams / TEAMS_PER_SERVICE_AREA);
    const heads: Person[] = [];
    for (let a = 0; a < areas; a++) {
      const serviceAreaId = `area-${pad(a + 1, 2)}`;
      const when = this.at(0, 0, 8);
      const commands: ServiceAreaCommand[] = [
        { type: 'RegisterServiceArea', data: { serviceAreaId, name: `Service area ${a + 1}` }, metadata: this.metadata(this.sqaManager, when) },
      ];
      this.recorder.record(serviceAreaStreamId(serviceAreaId), serviceAreaDecider, commands);
      const head = this.newPerson('HEAD_OF_SERVICE', null, 'hos');
      this.register(head, `Head of Service ${a + 1}`, director.staffId, 0, Infinity);
      heads.push(head);
    }
    const chairs = Math.max(2, Math.ceil(this.shape.teams / 6));
    for (let c = 0; c < chairs; c++) {
      const chair = this.newPerson(c % 2 === 0 ? 'CP_CHAIR' : 'IRO', null, c % 2 === 0 ? 'cpc' : 'iro');
      this.register(chair, `Independent chair ${c + 1}`, this.sqaManager.staffId, 0, Infinity);
      this.chairs.push(chair);
    }
    for (let t = 0; t < this.shape.teams; t++) {
      const teamId = `team-${pad(t + 1, 3)}`;
      const area = Math.floor(t / TEAMS_PER_SERVICE_AREA);
      const serviceAreaId = `area-${pad(area + 1, 2)}`;
      const commands: TeamCommand[] = [
        { type: 'RegisterTeam', data: { teamId, name: `Team ${t + 1}`, serviceAreaId }, metadata: this.metadata(this.sqaManager, this.at(0, 0, 8)) },
      ];
      this.recorder.record(teamStreamId(teamId), teamDecider, commands);
      const head = heads[area]!;
      const manager = this.newPerson('TEAM_MANAGER', teamId, 'tm');
      this.register(manager, `Team Manager ${t + 1}`, head.staffId, 0, Infinity);
      const practitioners = Array.from({ length: ADVANCED_PRACTITIONERS_PER_TEAM }, (_, p) => {
        const person = this.newPerson('ADVANCED_PRACTITIONER', teamId, 'ap');
        this.register(person, `Advanced Practitioner ${t + 1}.${p + 1}`, manager.staffId, 0, Infinity);
        return person;
      });
      const team: TeamPlan = { teamId, serviceAreaId, headOfService: head, manager, practitioners, workers: [], cases: [] };
      for (let s = 0; s < SOCIAL_WORKERS_PER_TEAM; s++) team.workers.push(this.hireWorker(team, 0));
      for (let c = 0; c < 22; c++) this.openCase(team, 0);
      this.teams.push(team);
    }
  }

  private hireWorker(team: TeamPlan, month: number): Person {
    // About one in eight social workers leaves in a year.
    const leavesAt = month + this.dice.int(6, 96);
    const person = this.newPerson('SOCIAL_WORKER', team.teamId, 'sw', leavesAt);
    this.register(person, `Social Worker ${this.staffCount + 1}`, team.manager.staffId, month, leavesAt);
    return person;
  }

  private openCase(team: TeamPlan, month: number): void {
    this.caseCount += 1;
    const azeusNumber = `AZ-${pad(100000 + this.caseCount, 6)}`;
    const category = this.dice.pick(CASE_CATEGORIES);
    const worker = this.dice.pick(team.workers);
    const opened = this.at(month, this.dice.int(0, 27), 11);
    const closesAt = month + this.dice.int(6, 20);
    const commands: Parameters<typeof caseDecider.decide>[0][] = [
      {
        type: 'OpenCase',
        data: { azeusNumber, category, teamId: team.teamId, allocatedWorkerId: worker.staffId, openedOn: day(opened) },
        metadata: this.metadata(team.manager, opened),
      },
    ];
    const reallocated = this.at(month + 3, this.dice.int(0, 27), 11);
    const other = this.dice.pick(team.workers);
    if (other.staffId !== worker.staffId) {
      commands.push({ type: 'ReallocateCase', data: { azeusNumber, allocatedWorkerId: other.staffId, effectiveFrom: day(reallocated) }, metadata: this.metadata(team.manager, reallocated) });
    }
    const closed = this.at(closesAt, this.dice.int(0, 27), 11);
    commands.push({ type: 'CloseCase', data: { azeusNumber, closedOn: day(closed) }, metadata: this.metadata(team.manager, closed) });
    this.recorder.record(caseStreamId(azeusNumber), caseDecider, commands);
    team.cases.push({ azeusNumber, category, workerId: worker.staffId, closesAt });
  }

  // --- A month of work -------------------------------------------------------------------------

  private monthOfWork(month: number): void {
    for (const team of this.teams) {
      // Turnover: leavers replaced, cases closed and opened (about 1,400 a year in a council of 60 teams).
      team.workers.forEach((worker, slot) => {
        if (worker.leavesAt <= month) team.workers[slot] = this.hireWorker(team, month);
      });
      for (let i = team.cases.length - 1; i >= 0; i--) if (team.cases[i]!.closesAt <= month) team.cases.splice(i, 1);
      const opening = this.dice.int(1, 3);
      for (let c = 0; c < opening; c++) this.openCase(team, month);

      // CFA-2: the team manager and each advanced practitioner audit a case every month; two cases are sampled.
      for (const auditor of [team.manager, ...team.practitioners]) this.caseFileAudit(team, auditor, month, 'MONTHLY');
      this.caseFileAudit(team, team.manager, month, 'RANDOM_SAMPLE');
      this.caseFileAudit(team, team.practitioners[0]!, month, 'RANDOM_SAMPLE');

      // Supervision of every social worker, six of them after a compliance audit (CFA-4).
      team.workers.forEach((worker, slot) => {
        const supervisor = slot % 2 === 0 ? team.manager : team.practitioners[slot % team.practitioners.length]!;
        const sessionId = this.supervisionSession(supervisor, worker, month, slot);
        if (slot < 6) this.complianceAudit(team, supervisor, worker, month, sessionId, slot);
      });

      this.supervisionAudit(team, month);
      this.practiceObservation(team, month);
      if (month % 2 === team.teamId.length % 2) this.meetingObservation(team, month);
      this.crsForms(team, month);
      if ((month + this.teams.indexOf(team)) % 3 === 0) this.crsEscalation(team, month);
    }
    for (let i = 0; i < Math.max(2, Math.ceil(this.teams.length / 6)); i++) this.learningInput(month, i);
  }

  private caseOf(team: TeamPlan): OpenCasePlan {
    return this.dice.pick(team.cases);
  }

  private caseFileAudit(team: TeamPlan, auditor: Person, month: number, auditType: 'MONTHLY' | 'RANDOM_SAMPLE'): void {
    const auditId = this.id('audit');
    const streamId = caseFileAuditStreamId(auditId);
    const file = this.caseOf(team);
    let t = this.at(month, this.dice.int(0, 18), 9);
    const next = (minutes: number): number => (t += minutes * 60_000);
    const m = (): CommandMetadata => this.metadata(auditor, next(this.dice.int(3, 20)));
    const inadequate = this.dice.chance(0.04);
    const commands: CaseFileAuditCommand[] = [
      {
        type: 'ScheduleCaseFileAudit',
        data: { auditId, azeusNumber: file.azeusNumber, auditType, auditorId: auditor.staffId, dueDate: day(this.at(month, 27)), teamId: team.teamId },
        metadata: m(),
      },
      { type: 'StartCaseFileAudit', data: { auditId }, metadata: m() },
      {
        type: 'RecordKeyInformation',
        data: {
          auditId,
          penPicture: 'A nine-year-old living with her mother and younger brother; subject to a plan under neglect.',
          keyInformation: {
            auditTrackingNumber: `CFA-${this.monthName(month)}-${pad(this.counter, 7)}`,
            dateOfAudit: day(t),
            auditorName: `Auditor ${auditor.staffId}`,
            auditorDesignation: auditor.role === 'TEAM_MANAGER' ? 'Team Manager' : 'Advanced Practitioner',
            teamName: `Team ${team.teamId}`,
            teamManagerId: team.manager.staffId,
            teamManagerName: `Team Manager of ${team.teamId}`,
            socialWorkerId: file.workerId,
            socialWorkerName: `Social Worker ${file.workerId}`,
            category: file.category,
            ageOfChild: this.dice.int(0, 17),
            ethnicity: 'White British',
            gender: this.dice.chance(0.5) ? 'Female' : 'Male',
            disability: 'None',
            referralDate: day(t - 200 * DAY),
            referralSource: 'School',
            reasonForReferral: 'Neglect concerns raised by the designated safeguarding lead after repeated absences',
            previousReferralsAndContacts: [day(t - 900 * DAY)],
            periods: [{ kind: 'CIN', startDate: day(t - 180 * DAY), endDate: null }],
            placementType: 'At home with mother',
            livingOutOfBorough: false,
            outOfBoroughLocation: null,
            gapsInEssentialInformation: "Father's details not recorded",
            lastVisitInTime: true,
            assessmentInTime: this.dice.chance(0.85),
            planInTime: this.dice.chance(0.75),
            lastSupervisionInTime: true,
          },
        },
        metadata: m(),
      },
      ...CRITERION_NUMBERS.map(
        (criterion): CaseFileAuditCommand => ({
          type: 'GradeCriterion',
          data: {
            auditId,
            criterion,
            evaluation:
              `Criterion ${criterion}: the record shows the child seen alone on each statutory visit, views recorded ` +
              'in their own words and reflected in the plan; management oversight is evident at key decision points.',
            grade: inadequate && criterion === 2 ? 'INADEQUATE' : this.dice.pick(GRADES.slice(0, 4)),
          },
          metadata: m(),
        }),
      ),
      {
        type: 'RecordFamilyFeedback',
        data: {
          auditId,
          answers: {
            experienceOfServices: 'Mother said the social worker explained why she was visiting.',
            listenedToAndCommunication: 'Felt listened to; would like texts before visits.',
            involvementInAssessmentAndPlan: 'Was asked for her views for the assessment.',
            meetings: null,
            supportAndDifference: 'Family support worker helped with routines.',
          },
          givenBy: 'Mother',
        },
        metadata: m(),
      },
      { type: 'RecordWorkerComments', data: { auditId, comments: 'Agree with the findings; the plan will be updated.' }, metadata: m() },
    ];
    const recommendationId = this.id('recommendation');
    const timescale = day(t + 30 * DAY);
    commands.push(
      {
        type: 'AddRecommendation',
        data: { auditId, recommendationId, action: 'Update the plan with specific, measurable outcomes', completionDate: timescale, responsible: 'Social worker' },
        metadata: m(),
      },
      { type: 'RecordSummary', data: { auditId, strengths: 'Child seen alone regularly', areasForImprovement: 'Plan not SMART' }, metadata: m() },
      {
        type: 'SubmitCaseFileAudit',
        data: { auditId, overallGrade: inadequate ? 'REQUIRES_IMPROVEMENT' : 'GOOD', rationale: 'Good practice in most areas; the plan needs sharper outcomes.' },
        metadata: m(),
      },
    );
    const recorded = this.recorder.record(streamId, caseFileAuditDecider, commands);
    for (const event of recorded) {
      if (event.type === 'CaseFileAuditInadequacyEscalated') this.immediateEscalation(event.data as CaseFileAuditInadequacyEscalated['data'], auditor, team);
    }
    const submittedAt = t;
    // CFA-7: the recommendation becomes a remedial action with its whole lifecycle; some are left late.
    this.remedialAction({
      source: { kind: 'CASE_FILE_AUDIT', id: auditId, submittedAt: iso(submittedAt) },
      recommendationId,
      azeusNumber: file.azeusNumber,
      teamId: team.teamId,
      raisedBy: auditor,
      ownerId: file.workerId,
      manager: team.manager.staffId === file.workerId ? team.headOfService : team.manager,
      timescale,
      from: submittedAt,
    });
  }

  /**
   * CFA-13: what the running service records for an audit's escalation of an Inadequate grade: the
   * immediate escalation raised in the auditor's name a minute later, the manager and social worker
   * told five minutes after that, and the manager's acknowledgement within two days (a few are left
   * unacknowledged, for the overdue view to find). A log that lacked them would owe them to the
   * service that first opens it.
   */
  private immediateEscalation(escalated: CaseFileAuditInadequacyEscalated['data'], auditor: Person, team: TeamPlan): void {
    const escalationId = escalated.escalationId;
    const raisedAt = Date.parse(escalated.escalatedAt) + 60_000;
    const sentAt = raisedAt + 5 * 60_000;
    const raising = this.metadata(auditor, raisedAt);
    const sent = this.sending(raising, auditor, sentAt);
    const commands: ImmediateEscalationCommand[] = [
      { type: 'RaiseImmediateEscalation', data: raiseImmediateEscalationData(escalated), metadata: raising },
      {
        type: 'RecordImmediateEscalationNotificationSent',
        data: { escalationId, notificationId: sent.notificationId, recipients: [escalated.teamManagerId, escalated.socialWorkerId], channel: 'SMTP', sentAt: iso(sentAt), messageId: sent.messageId },
        metadata: sent.metadata,
      },
    ];
    if (this.dice.chance(0.97)) {
      commands.push({
        type: 'AcknowledgeImmediateEscalation',
        data: { escalationId, response: 'Discussed with the social worker today; a visit and a strategy discussion are booked.' },
        metadata: this.metadata(team.manager, sentAt + this.dice.int(2, 40) * HOUR),
      });
    }
    this.recorder.record(immediateEscalationStreamId(escalationId), immediateEscalationDecider, commands);
  }

  private remedialAction(input: {
    source: { kind: string; id: string; submittedAt: string };
    recommendationId: string | null;
    azeusNumber: string | null;
    teamId: string | null;
    raisedBy: Person;
    ownerId: string;
    manager: Person;
    timescale: string;
    from: number;
  }): void {
    const actionId = this.id('action');
    const owner: Actor = { staffId: input.ownerId, role: 'SOCIAL_WORKER' };
    const raisedAt = input.from + HOUR;
    const sentAt = raisedAt + 5 * 60_000;
    const raising = this.metadata(input.raisedBy, raisedAt);
    const sent = this.sending(raising, input.raisedBy, sentAt);
    const commands: RemedialActionCommand[] = [
      {
        type: 'RaiseRemedialAction',
        data: {
          actionId,
          source: input.source,
          recommendationId: input.recommendationId,
          azeusNumber: input.azeusNumber,
          teamId: input.teamId,
          ownerId: input.ownerId,
          managerId: input.manager.staffId,
          description: 'Update the plan with specific, measurable outcomes',
          timescale: input.timescale,
        },
        metadata: raising,
      },
      {
        type: 'RecordRemedialActionNotificationSent',
        data: { actionId, notificationId: sent.notificationId, recipients: [input.ownerId, input.manager.staffId], channel: 'SMTP', sentAt: iso(sentAt), messageId: sent.messageId },
        metadata: sent.metadata,
      },
    ];
    const fate = this.dice.next();
    if (fate < 0.95) commands.push({ type: 'AcknowledgeRemedialAction', data: { actionId }, metadata: this.metadata(owner, raisedAt + 2 * DAY) });
    if (fate < 0.88) {
      const done = raisedAt + this.dice.int(5, 28) * DAY;
      commands.push({ type: 'CompleteRemedialAction', data: { actionId, evidence: 'Plan updated and shared with the family' }, metadata: this.metadata(owner, done) });
      if (fate < 0.8) {
        const verified = done + this.dice.int(3, 20) * DAY;
        commands.push({ type: 'VerifyRemedialAction', data: { actionId, supervisionDate: day(verified) }, metadata: this.metadata(input.manager, verified) });
      }
    }
    this.recorder.record(remedialActionStreamId(actionId), remedialActionDecider, commands);
  }

  private supervisionSession(supervisor: Person, worker: Person, month: number, slot: number): string {
    const sessionId = this.id('session');
    const planned = this.at(month, 1 + slot, 9);
    const heldOn = this.at(month, 10 + slot, 14);
    const commands: SupervisionSessionCommand[] = [
      { type: 'PlanSupervisionSession', data: { sessionId, supervisorId: supervisor.staffId, superviseeId: worker.staffId, plannedFor: day(heldOn) }, metadata: this.metadata(supervisor, planned) },
    ];
    if (this.dice.chance(0.97)) {
      commands.push({ type: 'RecordSupervisionSessionHeld', data: { sessionId, supervisorId: supervisor.staffId, superviseeId: worker.staffId, heldOn: day(heldOn) }, metadata: this.metadata(supervisor, heldOn + 2 * HOUR) });
    }
    this.recorder.record(supervisionSessionStreamId(sessionId), supervisionSessionDecider, commands);
    return sessionId;
  }

  private complianceAudit(team: TeamPlan, supervisor: Person, worker: Person, month: number, sessionId: string, slot: number): void {
    const complianceAuditId = this.id('compliance');
    const file = this.caseOf(team);
    const supervision = this.at(month, 10 + slot, 14);
    let t = supervision - 3 * DAY;
    const m = (): CommandMetadata => this.metadata(supervisor, (t += 10 * 60_000));
    const commands: ComplianceAuditCommand[] = [
      { type: 'StartComplianceAudit', data: { complianceAuditId, azeusNumber: file.azeusNumber, superviseeId: worker.staffId, teamId: team.teamId, supervisionDate: day(supervision), supervisionSessionId: sessionId }, metadata: m() },
      ...COMPLIANCE_CHECK_ITEMS.map((item, n): ComplianceAuditCommand => {
        const met = n !== 2 || this.dice.chance(0.7);
        return { type: 'RecordComplianceCheck', data: { complianceAuditId, item, met, comment: met ? null : 'Chronology last updated three months ago' }, metadata: m() };
      }),
      {
        type: 'RecordManagementDirectionCaseNote',
        data: { complianceAuditId, note: 'Management direction: bring the chronology up to date.', actions: [{ actionId: `${complianceAuditId}-1`, description: 'Bring the chronology up to date', timescale: day(supervision + 14 * DAY) }], caseNoteReference: null },
        metadata: m(),
      },
      { type: 'CompleteComplianceAudit', data: { complianceAuditId }, metadata: m() },
      {
        type: 'ReviewComplianceActionsInSupervision',
        data: { complianceAuditId, supervisionDate: day(supervision + 30 * DAY), supervisionSessionId: null, outcomes: [{ actionId: `${complianceAuditId}-1`, completed: true, comment: null }] },
        metadata: this.metadata(supervisor, supervision + 30 * DAY + 3 * HOUR),
      },
    ];
    this.recorder.record(complianceAuditStreamId(complianceAuditId), complianceAuditDecider, commands);
  }

  private supervisionAudit(team: TeamPlan, month: number): void {
    const auditId = this.id('supervision-audit');
    const head = team.headOfService;
    const worker = this.dice.pick(team.workers);
    const file = this.caseOf(team);
    let t = this.at(month, this.dice.int(0, 20), 10);
    const m = (): CommandMetadata => this.metadata(head, (t += 6 * 60_000));
    const commands: SupervisionAuditCommand[] = [
      {
        type: 'StartSupervisionAudit',
        data: { auditId, kind: 'CASE', auditorId: head.staffId, supervisorId: team.manager.staffId, supervisorRole: 'TEAM_MANAGER', teamId: team.teamId, superviseeId: worker.staffId, caseFileId: null, azeusNumber: file.azeusNumber, auditDate: day(t) },
        metadata: m(),
      },
      ...CASE_SUPERVISION_QUESTIONS.map(
        (q): SupervisionAuditCommand => ({
          type: 'AnswerSupervisionAuditQuestion',
          data: { auditId, questionKey: q.key, answer: 'YES', comments: 'Seen in the records', ...(q.key === REGULAR_SUPERVISION_QUESTION_KEY ? { numberOfSupervisions: 6 } : {}) },
          metadata: m(),
        }),
      ),
      { type: 'CompleteSupervisionAudit', data: { auditId }, metadata: m() },
    ];
    const reviewed = t + 7 * DAY;
    commands.push(
      { type: 'RecordSupervisionAuditFindingsReview', data: { auditId, supervisionDate: day(reviewed), agreedActions: [] }, metadata: this.metadata(head, reviewed) },
      { type: 'RecordSupervisionAuditCopySentToSqa', data: { auditId }, metadata: this.metadata(head, reviewed + HOUR) },
    );
    this.recorder.record(supervisionAuditStreamId(auditId), supervisionAuditDecider, commands);
  }

  private practiceObservation(team: TeamPlan, month: number): void {
    const observationId = this.id('observation');
    const observer = team.manager;
    const worker = this.dice.pick(team.workers);
    const observed = this.at(month, this.dice.int(0, 20), 10);
    let t = observed + DAY;
    const m = (actor: Person = observer): CommandMetadata => this.metadata(actor, (t += HOUR));
    const areas = Object.fromEntries(AREA_OF_PRACTICE_KEYS.map((area) => [area, this.dice.pick(['GOOD', 'GOOD', 'OUTSTANDING', 'FEW_SKILLS', 'NOT_SEEN'] as const)]));
    const commands: PracticeObservationCommand[] = [
      {
        type: 'RecordPracticeObservation',
        data: {
          observationId,
          workerId: worker.staffId,
          workerRole: 'Social Worker',
          workerIsAsye: false,
          activityObserved: 'Home visit',
          observedOn: day(observed),
          description: 'A planned home visit; the worker led the visit and spoke with the child alone',
          wentWell: 'Warm, clear explanation of the plan to the mother',
          needsDevelopment: 'Risk from the new partner was not explored',
          specificComments: 'The child was seen alone',
          areas,
          otherComments: null,
        },
        metadata: m(),
      },
      { type: 'RecordObservationFeedback', data: { observationId, feedback: 'Mother said she understood the plan' }, metadata: m() },
      { type: 'ShareObservationWithWorker', data: { observationId }, metadata: m() },
      { type: 'RecordObservationWorkerComments', data: { observationId, comments: 'I found the feedback fair' }, metadata: m(worker) },
      { type: 'RecordReflectiveReview', data: { observationId, setting: 'AFTER_OBSERVATION', heldOn: day(t), notes: 'Agreed to explore risk' }, metadata: m() },
      { type: 'LinkObservationToPdr', data: { observationId, priorities: ['Explore risk from new adults in the household'] }, metadata: m() },
      { type: 'CompletePracticeObservation', data: { observationId }, metadata: m() },
    ];
    this.recorder.record(practiceObservationStreamId(observationId), practiceObservationDecider, commands);
  }

  private meetingObservation(team: TeamPlan, month: number): void {
    const observationId = this.id('meeting');
    const head = team.headOfService;
    const chair = this.dice.pick(this.chairs);
    const file = this.caseOf(team);
    const meeting = this.at(month, this.dice.int(0, 20), 10);
    let t = meeting + 2 * HOUR;
    const m = (): CommandMetadata => this.metadata(head, (t += 10 * 60_000));
    const commands: MeetingObservationCommand[] = [
      {
        type: 'StartMeetingObservation',
        data: { observationId, meetingType: 'CP_CONFERENCE', conferenceStage: 'REVIEW', meetingDate: day(meeting), chairId: chair.staffId, azeusNumber: file.azeusNumber, teamId: team.teamId, serviceAreaId: team.serviceAreaId },
        metadata: m(),
      },
      ...MEETING_AREA_KEYS.map((area): MeetingObservationCommand => ({ type: 'JudgeMeetingArea', data: { observationId, area, judgement: this.dice.pick(['GOOD', 'GOOD', 'OUTSTANDING', 'REQUIRES_IMPROVEMENT'] as const), comment: 'Seen in the meeting' }, metadata: m() })),
      { type: 'CompleteMeetingObservation', data: { observationId }, metadata: m() },
    ];
    t += 2 * DAY;
    commands.push(
      { type: 'RecordMeetingDiscussionWithChair', data: { observationId, heldOn: day(t), notes: 'The chair agreed the plan needed sharper outcomes' }, metadata: m() },
      { type: 'AgreeMeetingLearningAndActions', data: { observationId, learning: 'Health partners were missing from the decision', actions: [] }, metadata: m() },
      { type: 'RecordMeetingObservationCopySentToSqa', data: { observationId }, metadata: m() },
    );
    this.recorder.record(meetingObservationStreamId(observationId), meetingObservationDecider, commands);
  }

  private crsForms(team: TeamPlan, month: number): void {
    for (let n = 0; n < 2; n++) {
      const formId = this.id('crs-form');
      const chair = this.chairs.find((c) => c.role === 'CP_CHAIR') ?? this.chairs[0]!;
      const file = this.caseOf(team);
      const meeting = this.at(month, this.dice.int(0, 20), 10);
      const submitted = meeting + DAY;
      const commands: CrsMonitoringFormCommand[] = [
        {
          type: 'SubmitMonitoringForm',
          data: {
            formId,
            meetingType: 'CP_CONFERENCE_REVIEW',
            meetingDate: day(meeting),
            nextMeetingDate: day(meeting + 91 * DAY),
            azeusNumber: file.azeusNumber,
            socialWorkerId: file.workerId,
            teamManagerId: team.manager.staffId,
            teamId: team.teamId,
            preparation: { rating: 'GOOD', comments: 'Report shared with the family three days before' },
            assessment: { rating: this.dice.pick(['GOOD', 'REQUIRES_IMPROVEMENT'] as const), comments: "Father's history not analysed" },
            plan: { rating: 'GOOD', comments: 'Outcomes clear; timescales set' },
            concerns: { raised: false },
          },
          metadata: this.metadata(chair, submitted),
        },
      ];
      if (n === 0) commands.push({ type: 'RecordMonitoringFormUsedInSupervision', data: { formId, supervisionDate: day(submitted + 5 * DAY), notes: 'Discussed the assessment gap' }, metadata: this.metadata(team.manager, submitted + 5 * DAY) });
      this.recorder.record(crsMonitoringFormStreamId(formId), crsMonitoringFormDecider, commands);
    }
    const reviewId = this.id('midway');
    const chair = this.chairs.find((c) => c.role === 'CP_CHAIR') ?? this.chairs[0]!;
    const file = this.caseOf(team);
    const previous = this.at(month, 0, 10) - 45 * DAY;
    const heldOn = previous + 44 * DAY;
    const commands: MidwayReviewCommand[] = [
      {
        type: 'RecordMidwayReview',
        data: {
          reviewId,
          planKind: 'CP',
          azeusNumber: file.azeusNumber,
          socialWorkerId: file.workerId,
          teamManagerId: team.manager.staffId,
          teamId: team.teamId,
          previousMeetingDate: day(previous),
          nextMeetingDate: day(previous + 91 * DAY),
          heldOn: day(heldOn),
          planProgression: { progression: 'PARTLY_PROGRESSING', comments: 'Parenting work started; core group lapsed' },
          driftOrDelay: { found: false, details: null },
          concerns: { raised: false },
          agreedActions: [],
        },
        metadata: this.metadata(chair, heldOn + 3 * HOUR),
      },
    ];
    this.recorder.record(midwayReviewStreamId(reviewId), midwayReviewDecider, commands);
  }

  private crsEscalation(team: TeamPlan, month: number): void {
    const escalationId = this.id('escalation');
    const chair = this.chairs.find((c) => c.role === 'IRO') ?? this.chairs[0]!;
    const file = this.caseOf(team);
    const raised = this.at(month, this.dice.int(0, 20), 11);
    const raising = this.metadata(chair, raised);
    const sent = this.sending(raising, chair, raised + 5 * 60_000);
    const commands: CrsEscalationCommand[] = [
      {
        type: 'RaiseCrsEscalation',
        data: { escalationId, azeusNumber: file.azeusNumber, teamId: team.teamId, concern: 'No visit for eight weeks', practiceIssue: 'Statutory visits not made', teamManagerId: team.manager.staffId, headOfServiceId: null, serious: false, managementDecision: false, route: 'INFORMAL' },
        metadata: raising,
      },
      {
        type: 'RecordCrsEscalationNotificationSent',
        data: { escalationId, notificationId: sent.notificationId, recipients: [team.manager.staffId], channel: 'SMTP', sentAt: iso(raised + 5 * 60_000), messageId: sent.messageId },
        metadata: sent.metadata,
      },
      { type: 'RespondToCrsEscalation', data: { escalationId, response: 'Visit booked for this week' }, metadata: this.metadata(team.manager, raised + 2 * DAY) },
      { type: 'ResolveCrsEscalation', data: { escalationId, outcome: 'The child was visited', agreedActions: [] }, metadata: this.metadata(chair, raised + 5 * DAY) },
    ];
    this.recorder.record(crsEscalationStreamId(escalationId), crsEscalationDecider, commands);
  }

  private learningInput(month: number, n: number): void {
    const learningInputId = this.id('learning-input');
    const team = this.teams[(month * 7 + n) % this.teams.length]!;
    const received = this.at(month, this.dice.int(0, 20), 10);
    const kind = n % 3 === 0 ? 'COMPLAINT' : 'COMPLIMENT';
    const commands: LearningInputCommand[] = [
      {
        type: 'RecordLearningInput',
        data: {
          learningInputId,
          kind,
          receivedOn: day(received),
          source: { description: 'A parent, by letter' },
          teamIds: [team.teamId],
          serviceAreaIds: [],
          themes: [this.dice.pick(['Communication with families', 'Timeliness of assessments', 'Listening to children'])],
          summary: 'Mother was not told the outcome of the assessment for six weeks.',
          complaint: null,
          staffSurvey: null,
          facts: { teams: [{ teamId: team.teamId, serviceAreaId: team.serviceAreaId }], registeredServiceAreaIds: [team.serviceAreaId], actorServiceAreaIds: [] },
        },
        metadata: this.metadata(this.sqaOfficer, received + DAY),
      },
    ];
    if (kind === 'COMPLAINT') {
      commands.push({ type: 'RecordComplaintResponse', data: { learningInputId, outcome: 'PARTLY_UPHELD', responseDate: day(received + 20 * DAY) }, metadata: this.metadata(this.sqaOfficer, received + 20 * DAY) });
    }
    this.recorder.record(learningInputStreamId(learningInputId), learningInputDecider, commands);
  }
}

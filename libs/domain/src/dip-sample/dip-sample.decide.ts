import { assertNever, type Actor, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { fieldChecks } from '../csv/field-checks.js';
import type {
  CompleteDipSample,
  DipSampleCommand,
  JudgeDipSampledAuditQuality,
  JudgeRemedialActionFollowThrough,
  RaiseDipSampleFollowUpAction,
  StartDipSample,
} from './dip-sample.commands.js';
import { DipSampleErrorCode as Code } from './dip-sample.errors.js';
import type { DipSampleEvent } from './dip-sample.events.js';
import { evolve, initialState, type CompletedDipSample, type DipSample, type InProgressDipSample } from './dip-sample.state.js';
import { AUDIT_QUALITY_JUDGEMENTS, DIP_SAMPLING_ROLES, FOLLOW_THROUGH_JUDGEMENTS } from './dip-sample.values.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

export function decide(command: DipSampleCommand, state: DipSample): DipSampleEvent[] {
  // CFA-11: dip sampling is S&QA's; every step is theirs alone.
  mustBeSqa(command.metadata.actor);
  switch (command.type) {
    case 'StartDipSample':
      return start(command, state);
    case 'JudgeDipSampledAuditQuality':
      return judgeQuality(command, state);
    case 'JudgeRemedialActionFollowThrough':
      return judgeFollowThrough(command, state);
    case 'RaiseDipSampleFollowUpAction':
      return raiseFollowUpAction(command, state);
    case 'CompleteDipSample':
      return complete(command, state);
    default:
      return assertNever(command);
  }
}

export const dipSampleDecider: Decider<DipSampleCommand, DipSample, DipSampleEvent> = { decide, evolve, initialState };

// ---------------------------------------------------------------------------------------------
// One function per command.

function start(command: StartDipSample, state: DipSample): DipSampleEvent[] {
  const actor = command.metadata.actor;
  const dipSampleId = check.id(command.data.dipSampleId, 'dipSampleId');
  const auditId = check.id(command.data.auditId, 'auditId');
  if (state.status !== 'NOT_STARTED') {
    if (state.auditId === auditId && state.sampledBy === actor.staffId) return [];
    throw new DomainError(Code.ALREADY_STARTED, `Dip sample ${dipSampleId} is already started, of audit ${state.auditId}`, 'CONFLICT', {
      field: 'dipSampleId',
    });
  }
  const audit = command.data.audit;
  if (audit === null || audit === undefined) {
    throw new DomainError(Code.AUDIT_NOT_FOUND, `No case file audit has been scheduled with id ${auditId}`, 'NOT_FOUND', {
      field: 'auditId',
    });
  }
  if (audit.submittedAt === null) {
    throw new DomainError(
      Code.AUDIT_NOT_SUBMITTED,
      `CFA-11: S&QA dip-samples completed audits; case file audit ${auditId} has not been submitted`,
      'CONFLICT',
      { field: 'auditId', rule: 'CFA-11' },
    );
  }
  if (audit.auditorId === actor.staffId) {
    throw new DomainError(
      Code.OWN_AUDIT,
      'CFA-11: a dip sample checks the quality of another auditor\'s audit; you carried out this one',
      'FORBIDDEN',
      { field: 'auditId', rule: 'CFA-11' },
    );
  }
  return [
    {
      type: 'DipSampleStarted',
      data: {
        dipSampleId,
        auditId,
        azeusNumber: audit.azeusNumber,
        auditType: audit.auditType,
        sampledAuditorId: audit.auditorId,
        teamId: audit.teamId ?? null,
        auditSubmittedAt: audit.submittedAt,
        auditOverallGrade: audit.overallGrade ?? null,
        sampledBy: actor.staffId,
        startedAt: command.metadata.now,
      },
    },
  ];
}

function judgeQuality(command: JudgeDipSampledAuditQuality, state: DipSample): DipSampleEvent[] {
  const sample = editable(state, command.metadata.actor);
  const judgement = oneOf(command.data.judgement, AUDIT_QUALITY_JUDGEMENTS, 'judgement');
  const findings = check.optionalText(command.data.findings);
  if (findings === null) {
    throw new DomainError(Code.FINDINGS_REQUIRED, 'Record the findings that support the judgement of the audit\'s quality', 'BAD_USER_INPUT', {
      field: 'findings',
      rule: 'CFA-11',
    });
  }
  if (sample.quality?.judgement === judgement && sample.quality.findings === findings) return [];
  return [{ type: 'DipSampleAuditQualityJudged', data: { dipSampleId: sample.dipSampleId, judgement, findings, judgedAt: command.metadata.now } }];
}

function judgeFollowThrough(command: JudgeRemedialActionFollowThrough, state: DipSample): DipSampleEvent[] {
  const sample = editable(state, command.metadata.actor);
  const followedThrough = oneOf(command.data.followedThrough, FOLLOW_THROUGH_JUDGEMENTS, 'followedThrough');
  const notes = check.optionalText(command.data.notes);
  if ((followedThrough === 'NO' || followedThrough === 'PARTLY') && notes === null) {
    throw new DomainError(
      Code.NOTES_REQUIRED,
      'Say which remedial actions are not being followed through',
      'BAD_USER_INPUT',
      { field: 'notes', rule: 'CFA-11' },
    );
  }
  if (sample.followThrough?.followedThrough === followedThrough && sample.followThrough.notes === notes) return [];
  return [
    {
      type: 'DipSampleFollowThroughJudged',
      data: { dipSampleId: sample.dipSampleId, followedThrough, notes, judgedAt: command.metadata.now },
    },
  ];
}

function raiseFollowUpAction(command: RaiseDipSampleFollowUpAction, state: DipSample): DipSampleEvent[] {
  // A follow-up may be raised after completion too: it refers to an action, it changes no judgement.
  const sample = theSamplers(existing(state), command.metadata.actor);
  const actionId = check.id(command.data.actionId, 'actionId');
  const description = check.requiredText(command.data.description, 'description', 'What the follow-up action is');
  const previous = sample.followUpActions.find((a) => a.actionId === actionId);
  if (previous !== undefined) {
    if (previous.description === description) return [];
    throw new DomainError(Code.FOLLOW_UP_ACTION_EXISTS, `Follow-up action ${actionId} is already raised from this dip sample`, 'CONFLICT', {
      field: 'actionId',
    });
  }
  return [
    { type: 'DipSampleFollowUpActionRaised', data: { dipSampleId: sample.dipSampleId, actionId, description, raisedAt: command.metadata.now } },
  ];
}

function complete(command: CompleteDipSample, state: DipSample): DipSampleEvent[] {
  const sample = editable(state, command.metadata.actor);
  const missing = [
    ...(sample.quality === null ? ["the audit's quality"] : []),
    ...(sample.followThrough === null ? ['whether remedial actions are followed through'] : []),
  ];
  if (sample.quality === null || sample.followThrough === null) {
    throw new DomainError(Code.JUDGEMENT_MISSING, `CFA-11: a dip sample judges ${missing.join(' and ')} before it is completed`, 'BAD_USER_INPUT', {
      field: sample.quality === null ? 'judgement' : 'followedThrough',
      rule: 'CFA-11',
    });
  }
  return [
    {
      type: 'DipSampleCompleted',
      data: {
        dipSampleId: sample.dipSampleId,
        auditId: sample.auditId,
        judgement: sample.quality.judgement,
        followedThrough: sample.followThrough.followedThrough,
        completedAt: command.metadata.now,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Shared rules.

function mustBeSqa(actor: Actor): void {
  if ((DIP_SAMPLING_ROLES as readonly string[]).includes(actor.role)) return;
  throw new DomainError(Code.NOT_SQA, 'CFA-11: audits are dip-sampled by S&QA officers and managers', 'FORBIDDEN', { rule: 'CFA-11' });
}

function existing(state: DipSample): InProgressDipSample | CompletedDipSample {
  if (state.status === 'NOT_STARTED') {
    throw new DomainError(Code.NOT_FOUND, 'No dip sample has been started with this id', 'NOT_FOUND', { field: 'dipSampleId' });
  }
  return state;
}

function theSamplers<S extends InProgressDipSample | CompletedDipSample>(sample: S, actor: Actor): S {
  if (sample.sampledBy === actor.staffId) return sample;
  throw new DomainError(Code.NOT_THE_SAMPLER, `Only ${sample.sampledBy}, who took this dip sample, may record it`, 'FORBIDDEN', {
    rule: 'CFA-11',
  });
}

function editable(state: DipSample, actor: Actor): InProgressDipSample {
  const sample = theSamplers(existing(state), actor);
  if (sample.status === 'COMPLETED') {
    throw new DomainError(Code.ALREADY_COMPLETED, `Dip sample ${sample.dipSampleId} is completed and its judgements can no longer change`, 'CONFLICT');
  }
  return sample;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError(Code.JUDGEMENT_UNKNOWN, `Unknown ${field} ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`, 'BAD_USER_INPUT', {
    field,
    rule: 'CFA-11',
  });
}

import type { CommandMetadata, Role } from '../shared/decider.js';
import type { DipSampleCommand, DipSampledAuditFacts } from './dip-sample.commands.js';
import type { DipSampleEvent } from './dip-sample.events.js';

/** Test data for dip samples: an S&QA officer samples a team manager's submitted audit. */

export const DIP_SAMPLE_ID = 'dip-2025-06-0003';
export const AUDIT_ID = '6f1c1d2e-3b7a-4c1e-9a55-0c2d9f4e8b11';
export const AUDITOR_ID = 'staff-tm-0042';
export const SQA_OFFICER_ID = 'staff-sqa-0021';
export const AZEUS_NUMBER = 'AZ-104233';
export const TEAM_ID = 'team-north-1';
export const SUBMITTED_AT = '2025-06-05T16:30:00.000Z';
export const NOW = '2025-06-12T14:00:00.000Z';

export const SQA_OFFICER = { staffId: SQA_OFFICER_ID, role: 'SQA_OFFICER' as Role };

let commandCounter = 0;

export function metadata(actor: { staffId: string; role: Role } = SQA_OFFICER, now = NOW): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-d000-${String(commandCounter).padStart(12, '0')}`;
  return { actor, now, commandId, correlationId: commandId, causationId: commandId };
}

export const submittedAudit = (overrides: Partial<NonNullable<DipSampledAuditFacts>> = {}): DipSampledAuditFacts => ({
  auditType: 'RANDOM_SAMPLE',
  azeusNumber: AZEUS_NUMBER,
  auditorId: AUDITOR_ID,
  teamId: TEAM_ID,
  submittedAt: SUBMITTED_AT,
  overallGrade: 'REQUIRES_IMPROVEMENT',
  ...overrides,
});

export const commands = {
  start(audit: DipSampledAuditFacts = submittedAudit(), actor = SQA_OFFICER): DipSampleCommand {
    return { type: 'StartDipSample', data: { dipSampleId: DIP_SAMPLE_ID, auditId: AUDIT_ID, audit }, metadata: metadata(actor) };
  },
  quality(judgement: string, findings = 'Evaluations evidence-based; criterion 8 grade generous', actor = SQA_OFFICER): DipSampleCommand {
    return { type: 'JudgeDipSampledAuditQuality', data: { dipSampleId: DIP_SAMPLE_ID, judgement, findings }, metadata: metadata(actor) };
  },
  followThrough(followedThrough: string, notes: string | null = null, actor = SQA_OFFICER): DipSampleCommand {
    return { type: 'JudgeRemedialActionFollowThrough', data: { dipSampleId: DIP_SAMPLE_ID, followedThrough, notes }, metadata: metadata(actor) };
  },
  followUp(actionId = 'ra-dip-1', description = 'Auditor to revisit criterion 8 with the team manager', actor = SQA_OFFICER): DipSampleCommand {
    return { type: 'RaiseDipSampleFollowUpAction', data: { dipSampleId: DIP_SAMPLE_ID, actionId, description }, metadata: metadata(actor) };
  },
  complete(actor = SQA_OFFICER): DipSampleCommand {
    return { type: 'CompleteDipSample', data: { dipSampleId: DIP_SAMPLE_ID }, metadata: metadata(actor) };
  },
};

export const events = {
  started(overrides: Partial<Extract<DipSampleEvent, { type: 'DipSampleStarted' }>['data']> = {}): DipSampleEvent {
    return {
      type: 'DipSampleStarted',
      data: {
        dipSampleId: DIP_SAMPLE_ID,
        auditId: AUDIT_ID,
        azeusNumber: AZEUS_NUMBER,
        auditType: 'RANDOM_SAMPLE',
        sampledAuditorId: AUDITOR_ID,
        teamId: TEAM_ID,
        auditSubmittedAt: SUBMITTED_AT,
        auditOverallGrade: 'REQUIRES_IMPROVEMENT',
        sampledBy: SQA_OFFICER_ID,
        startedAt: NOW,
        ...overrides,
      },
    };
  },
  quality(judgement: 'MEETS_STANDARD' | 'BELOW_STANDARD', findings = 'Evaluations evidence-based; criterion 8 grade generous'): DipSampleEvent {
    return { type: 'DipSampleAuditQualityJudged', data: { dipSampleId: DIP_SAMPLE_ID, judgement, findings, judgedAt: NOW } };
  },
  followThrough(followedThrough: 'YES' | 'PARTLY' | 'NO' | 'NO_ACTIONS_RAISED', notes: string | null = null): DipSampleEvent {
    return { type: 'DipSampleFollowThroughJudged', data: { dipSampleId: DIP_SAMPLE_ID, followedThrough, notes, judgedAt: NOW } };
  },
  followUp(actionId = 'ra-dip-1', description = 'Auditor to revisit criterion 8 with the team manager'): DipSampleEvent {
    return { type: 'DipSampleFollowUpActionRaised', data: { dipSampleId: DIP_SAMPLE_ID, actionId, description, raisedAt: NOW } };
  },
  completed(judgement: 'MEETS_STANDARD' | 'BELOW_STANDARD', followedThrough: 'YES' | 'PARTLY' | 'NO' | 'NO_ACTIONS_RAISED'): DipSampleEvent {
    return { type: 'DipSampleCompleted', data: { dipSampleId: DIP_SAMPLE_ID, auditId: AUDIT_ID, judgement, followedThrough, completedAt: NOW } };
  },
};

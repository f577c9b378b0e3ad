export * from './case-file-audit.values.js';
export * from './case-file-audit.events.js';
export * from './case-file-audit.commands.js';
export * from './case-file-audit.stream.js';
export * from './case-file-audit.errors.js';
export * from './case-file-audit.overdue.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveCaseFileAudit,
  initialState as initialCaseFileAuditState,
  type CaseFileAudit,
  type CaseFileAuditForm,
  type CaseFileAuditStatus,
  type CriterionAssessment,
  type Escalation,
  type FamilyFeedback,
  type InProgressCaseFileAudit,
  type Moderation,
  type WorkerInvolvementRecord,
  type NotScheduledCaseFileAudit,
  type ScheduledCaseFileAudit,
  type SubmittedCaseFileAudit,
} from './case-file-audit.state.js';
export { caseFileAuditDecider, decide as decideCaseFileAudit } from './case-file-audit.decide.js';

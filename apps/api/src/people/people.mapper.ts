import type { StaffMemberAsAt, StaffMemberDocument } from '../../../../projections/staff/index.js';
import type { SupervisionSessionDocument } from '../../../../projections/staff/supervision-sessions.document.js';
import type { ServiceAreaWithTeams, TeamDocument } from '../../../../projections/teams/index.js';
import type { CsvImportOutcome } from './csv-import.js';
import type { CsvImportReport } from './models/csv-import-report.model.js';
import type { StaffMember } from './models/staff-member.model.js';
import type { SupervisionSession } from './models/supervision-session.model.js';
import type { ServiceArea, Team } from './models/team.model.js';

/**
 * Read-model documents to GraphQL output types, field by field: a field added to a document
 * reaches clients only when it is added here and to the model.
 */

export function toCsvImportReport(outcome: Extract<CsvImportOutcome, { ok: true }>): CsvImportReport {
  return {
    importId: outcome.importId,
    fileSha256: outcome.fileSha256,
    commandsPlanned: outcome.commandsPlanned,
    eventsAppended: outcome.eventsAppended,
    duplicates: outcome.duplicates,
    position: outcome.position === null ? null : outcome.position.toString(),
  };
}

/**
 * The member of staff as recorded now (`asAt` null, in post today), or as they stood on a date
 * (`asAt` from staffMemberAsAt).
 */
export function toStaffMember(doc: StaffMemberDocument, asAt: StaffMemberAsAt | null, today: string): StaffMember {
  const now = asAt === null;
  return {
    staffId: doc.staffId,
    name: doc.name,
    role: now ? doc.role : asAt.role,
    teamId: now ? doc.teamId : asAt.teamId,
    lineManagerId: now ? doc.lineManagerId : asAt.lineManagerId,
    startDate: doc.startDate,
    leavingDate: doc.leavingDate,
    status: doc.status,
    inAsye: now ? doc.inAsye : asAt.inAsye,
    needsPerformanceSupport: now ? doc.needsPerformanceSupport : asAt.needsPerformanceSupport,
    asAt: now ? null : asAt.asAt,
    inPost: now ? doc.startDate <= today && (doc.leavingDate === null || today <= doc.leavingDate) : asAt.inPost,
    history: {
      role: doc.history.role.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
      teamId: doc.history.teamId.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
      lineManagerId: doc.history.lineManagerId.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
      inAsye: doc.history.inAsye.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
      needsPerformanceSupport: doc.history.needsPerformanceSupport.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
    },
    revision: doc.revision,
    registeredAt: doc.registeredAt,
    lastUpdatedAt: doc.lastUpdatedAt,
  };
}

export function toTeam(doc: TeamDocument): Team {
  return {
    teamId: doc.teamId,
    name: doc.name,
    serviceAreaId: doc.serviceAreaId,
    status: doc.status,
    closedOn: doc.closedOn,
    serviceAreaHistory: doc.serviceAreaHistory.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
    revision: doc.revision,
    registeredAt: doc.registeredAt,
  };
}

export function toServiceArea(doc: ServiceAreaWithTeams): ServiceArea {
  return {
    serviceAreaId: doc.serviceAreaId,
    name: doc.name,
    status: doc.status,
    closedOn: doc.closedOn,
    teams: doc.teams.map(toTeam),
    revision: doc.revision,
  };
}

export function toSupervisionSession(doc: SupervisionSessionDocument): SupervisionSession {
  return {
    sessionId: doc.sessionId,
    supervisorId: doc.supervisorId,
    superviseeId: doc.superviseeId,
    status: doc.status,
    plannedFor: doc.plannedFor,
    heldOn: doc.heldOn,
    cancelledReason: doc.cancelledReason,
    date: doc.date,
    revision: doc.revision,
  };
}

/** Today's date (UTC), for "in post" without an asAt. */
export function todayOf(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

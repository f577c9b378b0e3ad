import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../../../libs/domain/src/shared/decider.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { caseAsAt, getCase, type CaseDocument } from '../../../../projections/cases/index.js';
import { listCrsEscalationsByRaiser, listCrsEscalationsByRecipient } from '../../../../projections/crs-escalations/index.js';
import { listMidwayReviews, listMonitoringForms } from '../../../../projections/crs-monitoring/index.js';
import { listStaffAsAt, valueAsAt } from '../../../../projections/staff/index.js';
import { listTeams } from '../../../../projections/teams/index.js';
import { READ_STORE } from '../infrastructure/tokens.js';
import type { ChildRecordRef } from './record-parties.js';
import {
  STAFF_DATA_ALL_ROLES,
  aggregateLimitOf,
  outOfScope,
  scopeOf,
  seesChildRecord,
  seesStaffRecord,
  seesWorkOf,
  type AggregateLimit,
  type Scope,
  type StaffRecordParties,
  type StaffRegistry,
} from './scope.js';

/** The staff registry as it stands on `day` (YYYY-MM-DD): who is in post, in which team, under whom; each team's service area then. */
export async function staffRegistryOn(store: ReadStore, day: string): Promise<StaffRegistry> {
  const [people, teams] = await Promise.all([listStaffAsAt(store, day), listTeams(store, { includeClosed: true })]);
  return {
    members: people.map((p) => ({ staffId: p.staffId, role: p.role, teamId: p.teamId, lineManagerId: p.lineManagerId })),
    teams: teams.map((t) => ({ teamId: t.teamId, serviceAreaId: valueAsAt(t.serviceAreaHistory, day) ?? t.serviceAreaId })),
  };
}

/** Builds the record-level scope of a request's actor from the registry of the day (issue 6 item 2). */
@Injectable()
export class RecordScopes {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async of(actor: Actor, now: Date = new Date()): Promise<RecordScope> {
    const day = now.toISOString().slice(0, 10);
    // S&QA and an inspector see every record and everyone's staff data: the registry adds nothing.
    const registry = STAFF_DATA_ALL_ROLES.includes(actor.role) ? { members: [], teams: [] } : await staffRegistryOn(this.store, day);
    return new RecordScope(scopeOf(actor, registry), this.store);
  }
}

/** One request's scope, with the caseload looked up as needed (each case once). */
export class RecordScope {
  private readonly cases = new Map<string, Promise<CaseDocument | null>>();
  private partyCases: Promise<ReadonlySet<string>> | null = null;

  constructor(
    readonly scope: Scope,
    private readonly store: ReadStore,
  ) {}

  /** Sees every child-level record: nothing to filter. */
  get seesAllChildRecords(): boolean {
    return this.scope.staffIds === null;
  }

  async seesChild(ref: ChildRecordRef): Promise<boolean> {
    if (this.scope.staffIds === null) return true;
    if (seesChildRecord(this.scope, { workerIds: ref.workerIds ?? [], teamIds: ref.teamIds ?? [], partyIds: ref.partyIds ?? [] })) return true;
    for (const azeusNumber of ref.azeusNumbers ?? []) {
      if (azeusNumber == null) continue;
      const held = await this.caseHolders(azeusNumber, ref.on ?? null);
      if (seesChildRecord(this.scope, { ...held, partyIds: [] })) return true;
    }
    return false;
  }

  /** The items the actor may see, in their order. */
  async filterChild<T>(items: readonly T[], refOf: (item: T) => ChildRecordRef): Promise<T[]> {
    if (this.scope.staffIds === null) return [...items];
    const seen = await Promise.all(items.map((item) => this.seesChild(refOf(item))));
    return items.filter((_, i) => seen[i]);
  }

  /** The record, if the actor may see it; null stays null (none with that id); otherwise FORBIDDEN ACCESS.OUT_OF_SCOPE. */
  async checkChild<T>(item: T | null, refOf: (item: T) => ChildRecordRef, what: string): Promise<T | null> {
    if (item === null || (await this.seesChild(refOf(item)))) return item;
    throw outOfScope(what, this.scope);
  }

  seesStaff(ref: StaffRecordParties): boolean {
    return seesStaffRecord(this.scope, ref);
  }

  filterStaff<T>(items: readonly T[], refOf: (item: T) => StaffRecordParties): T[] {
    return items.filter((item) => seesStaffRecord(this.scope, refOf(item)));
  }

  checkStaff<T>(item: T | null, refOf: (item: T) => StaffRecordParties, what: string): T | null {
    if (item === null || seesStaffRecord(this.scope, refOf(item))) return item;
    throw outOfScope(what, this.scope);
  }

  /**
   * A case's own data and history: allocated (now, or on `asAt` when given) to someone whose
   * cases the actor sees, or held by one of their teams then or now; for an IRO or CP chair, a
   * case they chaired a meeting or midway review of, or raised or received a CRS escalation about.
   */
  async seesCase(azeusNumber: string, asAt: string | null = null): Promise<boolean> {
    if (await this.seesChild({ azeusNumbers: [azeusNumber], on: asAt })) return true;
    if (this.scope.reach !== 'OWN') return false;
    return (await this.casesPartyTo()).has(azeusNumber);
  }

  /** The cases (as recorded now) whose data the actor may see, by the rule of `seesCase`. */
  async filterCases<T extends Pick<CaseDocument, 'azeusNumber' | 'allocatedWorkerId' | 'teamId'>>(cases: readonly T[]): Promise<T[]> {
    if (this.scope.staffIds === null) return [...cases];
    const partyTo = this.scope.reach === 'OWN' ? await this.casesPartyTo() : new Set<string>();
    return cases.filter(
      (c) => partyTo.has(c.azeusNumber) || seesChildRecord(this.scope, { workerIds: [c.allocatedWorkerId], teamIds: [c.teamId], partyIds: [] }),
    );
  }

  async checkCase(azeusNumber: string, asAt: string | null = null): Promise<void> {
    if (!(await this.seesCase(azeusNumber, asAt))) throw outOfScope(`Case ${azeusNumber}`, this.scope, 'azeusNumber');
  }

  /** Someone's work list or lines: their own, their team's (or service area's) members', or anyone's for the service-wide roles. */
  checkWorkOf(staffId: string, field: string): void {
    if (!seesWorkOf(this.scope, staffId)) throw outOfScope(`The work of ${staffId}`, this.scope, field);
  }

  seesWorkOf(staffId: string): boolean {
    return seesWorkOf(this.scope, staffId);
  }

  /** Someone's staff data (their history as a member of staff): their own, those they line-manage, or anyone's for S&QA and an inspector. */
  checkStaffDataOf(staffId: string, field: string): void {
    if (!seesStaffRecord(this.scope, { subjectIds: [staffId], partyIds: [] })) throw outOfScope(`The staff data of ${staffId}`, this.scope, field);
  }

  /** What an aggregate is limited to; null: nothing forced. */
  aggregateLimit(): AggregateLimit | null {
    return aggregateLimitOf(this.scope);
  }

  refuse(what: string, field?: string): never {
    throw outOfScope(what, this.scope, field);
  }

  /** The case's allocated worker and team now and on the day given. */
  private async caseHolders(azeusNumber: string, on: string | null): Promise<{ workerIds: (string | null)[]; teamIds: (string | null)[] }> {
    if (!this.cases.has(azeusNumber)) this.cases.set(azeusNumber, getCase(this.store, azeusNumber));
    const document = await this.cases.get(azeusNumber)!;
    if (document === null) return { workerIds: [], teamIds: [] };
    const then = on === null ? null : asAtDay(document, on);
    return { workerIds: [document.allocatedWorkerId, then?.allocatedWorkerId ?? null], teamIds: [document.teamId, then?.teamId ?? null] };
  }

  private casesPartyTo(): Promise<ReadonlySet<string>> {
    this.partyCases ??= (async () => {
      const me = this.scope.actor.staffId;
      const [forms, reviews, raised, received] = await Promise.all([
        listMonitoringForms(this.store, { chairId: me }),
        listMidwayReviews(this.store, { chairId: me }),
        listCrsEscalationsByRaiser(this.store, me),
        listCrsEscalationsByRecipient(this.store, me),
      ]);
      return new Set([...forms, ...reviews, ...raised, ...received].map((r) => r.azeusNumber));
    })();
    return this.partyCases;
  }
}

function asAtDay(document: CaseDocument, on: string): { allocatedWorkerId: string | null; teamId: string } | null {
  const day = /^\d{4}-\d{2}-\d{2}/.test(on) ? on.slice(0, 10) : null;
  if (day === null) return null;
  try {
    return caseAsAt(document, day);
  } catch {
    return null;
  }
}

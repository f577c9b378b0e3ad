import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { allocateAnnualSample, excludedAuditorIds } from './annual-sample.allocation.js';
import type {
  AllocateAnnualSample,
  AnnualSampleCommand,
  DrawAnnualSample,
  ReallocateAnnualSampleCase,
} from './annual-sample.commands.js';
import { canonicalFrame, compare, drawAnnualSample } from './annual-sample.draw.js';
import { AnnualSampleErrorCode as Code } from './annual-sample.errors.js';
import type { AnnualSampleEvent } from './annual-sample.events.js';
import { evolve, initialState, type AllocatedAnnualSample, type AnnualSample, type DrawnAnnualSample } from './annual-sample.state.js';
import { ANNUAL_SAMPLE_ALLOCATION_ALGORITHM, type SampleAuditor, type SampleCaseWorker } from './annual-sample.values.js';
import { dateOfInstant, monthOf, sampleDate, yearOf } from './sample-dates.js';

export function decide(command: AnnualSampleCommand, state: AnnualSample): AnnualSampleEvent[] {
  switch (command.type) {
    case 'DrawAnnualSample':
      return draw(command, state);
    case 'AllocateAnnualSample':
      return allocate(command, state);
    case 'ReallocateAnnualSampleCase':
      return reallocate(command, state);
    default:
      return assertNever(command);
  }
}

export const annualSampleDecider: Decider<AnnualSampleCommand, AnnualSample, AnnualSampleEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function draw(command: DrawAnnualSample, state: AnnualSample): AnnualSampleEvent[] {
  const year = validYear(command.data.year);
  if (state.status !== 'NOT_DRAWN') {
    // CFA-1: one sample a year. A second draw with another seed would let anyone pick the cases.
    throw new DomainError(
      Code.ALREADY_DRAWN,
      `The sample of ${state.year} was drawn at ${state.drawnAt}; a year's sample is drawn once`,
      'CONFLICT',
      { field: 'year', rule: 'CFA-1' },
    );
  }
  const d = command.data;
  const drawDate = d.drawDate === undefined || d.drawDate === null ? dateOfInstant(command.metadata.now) : sampleDate(d.drawDate, 'drawDate');
  const result = drawAnnualSample({
    frame: d.frame,
    seed: d.seed,
    drawDate,
    ...(d.fraction === undefined || d.fraction === null ? {} : { fraction: d.fraction }),
  });
  return [
    {
      type: 'AnnualSampleDrawn',
      data: { year, ...result, frame: canonicalFrame(d.frame), drawnAt: command.metadata.now },
    },
  ];
}

function allocate(command: AllocateAnnualSample, state: AnnualSample): AnnualSampleEvent[] {
  const sample = drawn(state, command.data.year);
  if (sample.status === 'ALLOCATED') {
    throw new DomainError(
      Code.ALREADY_ALLOCATED,
      `The sample of ${sample.year} was allocated at ${sample.allocatedAt}; reallocate single cases instead`,
      'CONFLICT',
      { field: 'year', rule: 'CFA-1' },
    );
  }
  // Cases fall due from the month of the allocation, so none is due before it is given out.
  const today = dateOfInstant(command.metadata.now);
  if (yearOf(today) > sample.year) {
    throw new DomainError(
      Code.YEAR_OVER,
      `The sample of ${sample.year} cannot be allocated on ${today}: its year is over`,
      'BAD_USER_INPUT',
      { field: 'year', rule: 'CFA-6' },
    );
  }
  const firstMonth = yearOf(today) < sample.year ? 1 : monthOf(today);

  const auditors = (Array.isArray(command.data.auditors) ? command.data.auditors : []).map(validAuditor);
  const inSample = new Set(sample.drawn.map((c) => c.azeusNumber));
  const caseWorkers = (Array.isArray(command.data.caseWorkers) ? command.data.caseWorkers : [])
    .map(validCaseWorker)
    .filter((w) => inSample.has(w.azeusNumber))
    .sort((a, b) => compare(a.azeusNumber, b.azeusNumber));
  for (let i = 1; i < caseWorkers.length; i++) {
    if (caseWorkers[i]!.azeusNumber === caseWorkers[i - 1]!.azeusNumber) {
      throw new DomainError(
        Code.FIELD_REQUIRED,
        `Case ${caseWorkers[i]!.azeusNumber} is given more than one allocated worker`,
        'BAD_USER_INPUT',
        { field: 'caseWorkers' },
      );
    }
  }

  const allocations = allocateAnnualSample({
    year: sample.year,
    seed: sample.seed,
    drawn: sample.drawn,
    auditors,
    caseWorkers,
    firstMonth,
  });
  return [
    {
      type: 'AnnualSampleAllocated',
      data: {
        year: sample.year,
        algorithm: ANNUAL_SAMPLE_ALLOCATION_ALGORITHM,
        seed: sample.seed,
        firstMonth,
        auditors,
        caseWorkers,
        allocations,
        allocatedAt: command.metadata.now,
      },
    },
  ];
}

function reallocate(command: ReallocateAnnualSampleCase, state: AnnualSample): AnnualSampleEvent[] {
  const sample = allocated(state, command.data.year);
  const d = command.data;
  const azeusNumber = required(d.azeusNumber, 'azeusNumber');
  const current = sample.allocations.find((a) => a.azeusNumber === azeusNumber);
  if (current === undefined) {
    throw new DomainError(Code.CASE_NOT_IN_SAMPLE, `Case ${azeusNumber} is not in the sample of ${sample.year}`, 'NOT_FOUND', {
      field: 'azeusNumber',
      rule: 'CFA-1',
    });
  }
  const toAuditorId = required(d.auditorId, 'auditorId');
  const reason = text(d.reason);
  if (reason === null) {
    throw new DomainError(Code.REASON_REQUIRED, 'Say why the case is given to another auditor', 'BAD_USER_INPUT', {
      field: 'reason',
    });
  }
  const worker = d.caseWorker === undefined || d.caseWorker === null ? null : validCaseWorker({ ...d.caseWorker, azeusNumber });
  const excluded = worker === null ? current.excludedAuditorIds : excludedAuditorIds(worker, sample.auditors);
  if (excluded.includes(toAuditorId)) {
    throw new DomainError(
      Code.AUDITOR_NOT_ELIGIBLE,
      `${toAuditorId} may not audit case ${azeusNumber}: they are its allocated worker or that worker's line manager`,
      'BAD_USER_INPUT',
      { field: 'auditorId', rule: 'CFA-1' },
    );
  }
  const dueDate = d.dueDate === undefined || d.dueDate === null ? current.dueDate : sampleDate(d.dueDate, 'dueDate');
  if (yearOf(dueDate) !== sample.year) {
    throw new DomainError(Code.INVALID_DATE, `The due date must fall in ${sample.year}, not ${dueDate}`, 'BAD_USER_INPUT', {
      field: 'dueDate',
      rule: 'CFA-6',
    });
  }
  const allocatedWorkerId = worker === null ? current.allocatedWorkerId : worker.allocatedWorkerId;
  const unchanged =
    toAuditorId === current.auditorId &&
    dueDate === current.dueDate &&
    allocatedWorkerId === current.allocatedWorkerId &&
    excluded.join('\u0000') === current.excludedAuditorIds.join('\u0000');
  if (unchanged) return [];

  const listed = sample.auditors.find((a) => a.staffId === toAuditorId);
  return [
    {
      type: 'AnnualSampleCaseReallocated',
      data: {
        year: sample.year,
        azeusNumber,
        fromAuditorId: current.auditorId,
        toAuditorId,
        toAuditorTeamId: text(d.auditorTeamId) ?? listed?.teamId ?? null,
        dueDate,
        allocatedWorkerId,
        excludedAuditorIds: [...excluded],
        reason,
        reallocatedAt: command.metadata.now,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Shared rules and input checks.

function drawn(state: AnnualSample, year: unknown): DrawnAnnualSample | AllocatedAnnualSample {
  const wanted = validYear(year);
  if (state.status === 'NOT_DRAWN') {
    throw new DomainError(Code.NOT_DRAWN, `The sample of ${wanted} has not been drawn`, 'NOT_FOUND', {
      field: 'year',
      rule: 'CFA-1',
    });
  }
  if (state.year !== wanted) {
    throw new DomainError(Code.YEAR_INVALID, `This is the sample of ${state.year}, not of ${wanted}`, 'BAD_USER_INPUT', {
      field: 'year',
    });
  }
  return state;
}

function allocated(state: AnnualSample, year: unknown): AllocatedAnnualSample {
  const sample = drawn(state, year);
  if (sample.status !== 'ALLOCATED') {
    throw new DomainError(Code.NOT_ALLOCATED, `The sample of ${sample.year} has not been allocated yet`, 'CONFLICT', {
      field: 'year',
      rule: 'CFA-1',
    });
  }
  return sample;
}

function validYear(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return value;
  throw new DomainError(Code.YEAR_INVALID, `The sample's year must be a four-digit year, not ${String(value)}`, 'BAD_USER_INPUT', {
    field: 'year',
  });
}

function validAuditor(value: SampleAuditor): SampleAuditor {
  const staffId = text(value?.staffId);
  if (staffId === null) {
    throw new DomainError(Code.FIELD_REQUIRED, 'Every auditor needs a staff id', 'BAD_USER_INPUT', { field: 'auditors' });
  }
  return { staffId, teamId: text(value.teamId), lineManagerId: text(value.lineManagerId) };
}

function validCaseWorker(value: SampleCaseWorker): SampleCaseWorker {
  const azeusNumber = text(value?.azeusNumber);
  if (azeusNumber === null) {
    throw new DomainError(Code.FIELD_REQUIRED, 'Every case worker entry needs an Azeus number', 'BAD_USER_INPUT', {
      field: 'caseWorkers',
    });
  }
  return {
    azeusNumber,
    allocatedWorkerId: text(value.allocatedWorkerId),
    allocatedWorkerLineManagerId: text(value.allocatedWorkerLineManagerId),
  };
}

function required(value: unknown, field: string): string {
  const given = text(value);
  if (given === null) throw new DomainError(Code.FIELD_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field });
  return given;
}

/** Trimmed text, or null when absent or blank. */
function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

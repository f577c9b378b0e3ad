import { randomUUID } from 'node:crypto';
import { annualSampleFrame, generateSeed } from '../../../api/src/sampling/annual-sample-inputs.js';
import { readRecordedAnnualSample, verifyRecordedAnnualSample } from '../../../api/src/sampling/recorded-annual-sample.js';
import { handleCommand } from '../../../../libs/command-handling/src/command-handler.js';
import { annualSampleDecider, annualSampleStreamId, type AnnualSampleDrawn } from '../../../../libs/domain/src/sampling/index.js';
import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../../../libs/read-store/src/projection-runner.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { casesProjection } from '../../../../projections/cases/index.js';
import { parseOptions, type OptionSpecs } from '../args.js';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, UsageError, type CliContext, type CommandOutcome, type Writer } from '../cli-context.js';
import { configFrom, type CliCommand } from '../command.js';
import { describeEventStore, openExistingEventStore } from '../stores.js';
import { operatorActor } from './import-csv.js';

const options = {
  year: { type: 'string', valueName: '<yyyy>', description: 'The sample year', required: true },
  seed: { type: 'string', valueName: '<seed>', description: 'The seed to draw with (default: 128 random bits, printed and recorded)' },
  fraction: { type: 'string', valueName: '<0..1>', description: 'The share of the frame to draw (default 0.1, CFA-1)' },
  verify: { type: 'boolean', description: 'Re-run the recorded draw (and allocation) instead of drawing, and say whether it holds' },
  actor: { type: 'string', valueName: '<staffId>', description: 'Your staff id, recorded as the actor (required to draw)' },
  role: { type: 'string', valueName: '<ROLE>', description: 'Your role: SQA_OFFICER or SQA_MANAGER', default: 'SQA_MANAGER' },
} as const satisfies OptionSpecs;

export const drawSampleCommand: CliCommand = {
  name: 'draw-sample',
  summary: "Draw the year's random sample of cases (CFA-1) and print its seed and cases; --verify re-runs a recorded draw",
  options,
  description: [
    "The frame is every case open at any time in the year, each with the day of its last submitted case file",
    'audit, read by replaying the event log (SQLITE_PATH or EVENTSTORE_CONNECTION_STRING) into memory. The draw,',
    'its seed and its frame are recorded in the log; a year is drawn once. Allocate it through the API',
    '(allocateAnnualSample), which knows who is in post.',
    'With --verify nothing is recorded: the recorded draw and allocation are re-run from their recorded inputs.',
    'Exit codes: 0 drawn (or the recorded sample re-runs to what is recorded), 1 refused or not valid, 2 bad usage.',
  ],
  async run(argv: readonly string[], context: CliContext): Promise<CommandOutcome> {
    const parsed = parseOptions(argv, options);
    const year = Number(parsed.year);
    if (!/^\d{4}$/.test(parsed.year)) throw new UsageError(`--year must be a four-digit year, not "${parsed.year}"`);
    const fraction = parsed.fraction === undefined ? null : Number(parsed.fraction);
    if (fraction !== null && !(fraction > 0 && fraction <= 1)) {
      throw new UsageError(`--fraction must be more than 0 and at most 1, not "${parsed.fraction}"`);
    }
    if (parsed.verify && (parsed.seed !== undefined || parsed.fraction !== undefined)) {
      throw new UsageError('--verify re-runs the recorded draw with its recorded seed and fraction; give neither --seed nor --fraction');
    }
    if (!parsed.verify && parsed.actor === undefined) throw new UsageError('--actor <staffId> is required to draw');
    const actor = parsed.verify ? null : operatorActor(parsed.actor!, parsed.role);

    const config = configFrom(context);
    const store = openExistingEventStore(config.eventStore);
    try {
      if (actor === null) return await verify(store, year, context);
      context.stderr.write(`Reading the ${year} caseload from ${describeEventStore(config.eventStore)}\n`);
      const reads = new MemoryReadStore();
      try {
        await runToHead(store, reads, [casesProjection, caseFileAuditsProjection]);
        const frame = await annualSampleFrame(reads, year);
        const now = new Date().toISOString();
        const commandId = randomUUID();
        await handleCommand(store, annualSampleStreamId(year), annualSampleDecider, {
          type: 'DrawAnnualSample',
          data: { year, seed: parsed.seed ?? generateSeed(), frame, fraction },
          metadata: { actor, now, commandId, correlationId: commandId, causationId: commandId },
        });
      } finally {
        await reads.close();
      }
      const { drawn } = await readRecordedAnnualSample(store, year);
      printDraw(context.stdout, drawn!);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof DomainError) throw new CommandFailure(`${error.message} (${error.code})`);
      throw error;
    } finally {
      await store.close();
    }
  },
};

async function verify(store: EventStore, year: number, context: CliContext): Promise<CommandOutcome> {
  const verdict = await verifyRecordedAnnualSample(store, year);
  const { drawn } = await readRecordedAnnualSample(store, year);
  printDraw(context.stdout, drawn!);
  for (const problem of verdict.problems) context.stdout.write(`PROBLEM ${problem}\n`);
  const allocation = verdict.allocationValid === null ? 'not allocated yet' : verdict.allocationValid ? 'allocation re-runs to the recorded auditors and due dates' : 'allocation differs';
  if (verdict.valid) {
    context.stdout.write(`VALID: the draw re-runs to the recorded cases; ${allocation}\n`);
    return EXIT_OK;
  }
  context.stdout.write(`NOT VALID: ${verdict.problems.length} problem${verdict.problems.length === 1 ? '' : 's'}\n`);
  return EXIT_FAILURE;
}

/** The seed, the counts and one line per drawn case: Azeus number, team, category. */
function printDraw(out: Writer, drawn: AnnualSampleDrawn): void {
  const d = drawn.data;
  out.write(`year: ${d.year}\nseed: ${d.seed}\n`);
  out.write(`drawn: ${d.drawn.length} of ${d.frameSize} cases (fraction ${d.fraction}, draw date ${d.drawDate}, frame ${d.frameFingerprint})\n`);
  for (const c of d.drawn) out.write(`${c.azeusNumber}\t${c.teamId}\t${c.category}${c.recentlyAudited ? '\trecently audited' : ''}\n`);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions } from './bench-options.js';
import { benchCommandThroughput } from './command-throughput.bench.js';
import { benchDataset } from './dataset.bench.js';
import { benchGraphql } from './graphql.bench.js';
import { timed } from './measure.js';
import { benchReplay } from './replay.bench.js';
import { formatReport, type Comparison, type SkippedFigure } from './report.js';

export interface BenchOutput {
  write(text: string): unknown;
}

/**
 * One run of every measurement, side by side, on the embedded stores in a temporary directory
 * that is removed afterwards. The report goes to `out`; progress lines go to `progress`.
 */
export async function runBench(options: BenchOptions, out: BenchOutput, progress: BenchOutput): Promise<void> {
  const say = (message: string): void => void progress.write(`${message}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'qa-bench-'));
  const comparisons: Comparison[] = [];
  const skipped: SkippedFigure[] = [];
  const notes: string[] = [];
  try {
    out.write(
      [
        `Benchmark${options.smoke ? ' (smoke run: tiny sizes, figures not meaningful)' : ''}`,
        `Node ${process.version} on ${cpus()[0]?.model.trim() ?? 'an unknown CPU'} (${cpus().length} CPUs), ${process.platform}`,
        `a) ${options.audits} case file audits through the command handler`,
        `b) ${options.replayEvents} events replayed through the case file audit projection`,
        `c) ${options.requests} requests per GraphQL measurement, ${options.concurrency} in flight`,
        `d) a generated council of at least ${options.datasetEvents} events: full rebuild, monthly overview, quotas and overdue with ${options.datasetClients} clients (${options.datasetRequests} requests each)`,
        '',
      ].join('\n'),
    );
    const { seconds } = await timed(async () => {
      const commands = await benchCommandThroughput(dir, options.audits, say);
      out.write(`a) ${commands.commands} commands recorded ${commands.comparison.measured.count} events\n`);
      comparisons.push(commands.comparison);

      const replay = await benchReplay(dir, options.replayEvents, options.redisUrl, say);
      out.write(`b) the replayed log holds ${replay.audits} case file audits\n`);
      comparisons.push(...replay.comparisons);
      skipped.push(...replay.skipped);

      comparisons.push(await benchGraphql(dir, options.requests, options.concurrency, say));

      const dataset = await benchDataset(dir, options, say);
      comparisons.push(...dataset.comparisons);
      skipped.push(...dataset.skipped);
      notes.push(...dataset.notes);
    });
    out.write(`\n${formatReport(comparisons, skipped)}`);
    if (notes.length > 0) out.write(`${notes.join('\n')}\n\n`);
    out.write(`Total time ${seconds.toFixed(1)} s (including warm-ups and setup)\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

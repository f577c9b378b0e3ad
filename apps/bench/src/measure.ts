/** One measured figure: how many things happened in how long. */
export interface Figure {
  readonly label: string;
  readonly count: number;
  /** What was counted, plural: 'events', 'rows', 'requests'. */
  readonly unit: string;
  readonly seconds: number;
}

export function rate(figure: Figure): number {
  return figure.count / figure.seconds;
}

/** Runs `work` and answers how long it took, in seconds (monotonic clock). */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export async function measure(label: string, unit: string, work: () => Promise<number> | number): Promise<Figure> {
  const { result, seconds } = await timed(work);
  // A zero duration (a clock too coarse for a tiny smoke run) would make the rate infinite.
  return { label, unit, count: result, seconds: Math.max(seconds, 1e-6) };
}

/** Warm-up size: a twentieth of the measured work, at least `min` and at most the work itself. */
export function warmupSize(measured: number, min: number): number {
  return Math.min(measured, Math.max(min, Math.ceil(measured / 20)));
}

/** A GraphQL request body. */
export interface GraphQLBody {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export interface LoadResult {
  readonly requests: number;
  /** Each request's time from send to the whole answer read, in milliseconds, sorted. */
  readonly latenciesMs: readonly number[];
}

/**
 * Sends `count` requests over HTTP, `clients` of them in flight at once (each client sends its
 * next request when its answer is in), timing each one. Any HTTP or GraphQL error stops the run.
 */
export async function loadGraphql(url: string, token: string, count: number, clients: number, body: (n: number) => GraphQLBody): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  const client = async (): Promise<void> => {
    while (next < count) {
      const n = next++;
      const started = process.hrtime.bigint();
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(body(n)),
        });
      } catch (error) {
        throw new Error(`request ${n + 1} of ${count} failed after ${((Number(process.hrtime.bigint() - started) / 1e9)).toFixed(1)} s: ${describeFailure(error)}`, { cause: error });
      }
      const answer = (await response.json()) as { errors?: unknown[] };
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!response.ok || answer.errors !== undefined) {
        throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(answer).slice(0, 2000)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(clients, count) }, client));
  return { requests: count, latenciesMs: latencies.sort((a, b) => a - b) };
}

/** fetch says only "fetch failed"; why is in its cause (a timeout, a closed socket, a refused connection). */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
  for (let current = error as { message?: unknown; code?: unknown; cause?: unknown } | undefined; typeof current?.message === 'string' && parts.length < 4; current = current.cause as typeof current) {
    parts.push(typeof current.code === 'string' ? `${current.message} (${current.code})` : current.message);
  }
  return parts.length > 0 ? parts.join(': ') : String(error);
}

/** The p-th percentile (0–100) of sorted values, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

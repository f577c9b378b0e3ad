import { createClient } from 'redis';

/** How long one command may wait, queued and in flight, before it fails. */
export const COMMAND_TIMEOUT_MS = 30_000;

export type RedisClient = ReturnType<typeof createClient>;

/**
 * A node-redis client connected to `url`, as every Redis user of the service wants it: commands
 * fail fast while disconnected (health checks, the projection runner's retry and the rate limiter
 * need to know) instead of queueing without bound; `connectAttempts` tries (default 3) before the
 * first connection gives up, and once connected it reconnects for ever. `what` names the user in
 * the error ("the rate limiter").
 */
export async function connectRedisClient(options: { readonly url: string; readonly connectAttempts?: number }, what = 'Redis'): Promise<RedisClient> {
  const attempts = options.connectAttempts ?? 3;
  let connected = false;
  const client: RedisClient = createClient({
    url: options.url,
    disableOfflineQueue: true,
    // node-redis 6 fails a command 5 s after it is queued. A burst of report requests queues
    // thousands of reads behind each other on one connection; under load they wait longer than
    // that without Redis being at fault. A dead connection still fails at once (no offline queue).
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: 2_000,
      // Returning an Error ends the attempts. A fresh Error, not `cause`: node-redis tests
      // `instanceof Error`, which a socket error from another realm (a test VM) would fail.
      reconnectStrategy: (retries, cause) => (!connected && retries >= attempts - 1 ? new Error(cause.message) : Math.min(50 * 2 ** retries, 2_000)),
    },
  });
  // node-redis emits connection errors as events; without a listener they would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw new Error(`Cannot connect ${what === 'Redis' ? 'to Redis' : `${what} to Redis`} at ${options.url}: ${(error as Error).message}`, { cause: error });
  }
  connected = true;
  return client;
}

import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';
import { AppConfig } from '../../config/app-config';

/** How long a caller waits for a connection's very first connect (not for reconnects). */
const FIRST_CONNECT_MS = 2000;
/** How long a health check waits for PING on a connected Redis. */
const PING_TIMEOUT_MS = 500;

/**
 * The process's Redis connections: one shared for commands, and dedicated ones for blocking
 * reads (a blocked connection can serve nobody else). All are closed at shutdown.
 *
 * Redis holds nothing that PostgreSQL does not, so callers on a request's path skip what needs
 * it while Redis is away (`available()`) instead of waiting for reconnects.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisService.name);
  private readonly connections = new Set<Redis>();
  private shared?: Redis;

  constructor(private readonly config: AppConfig) {}

  /** Shared connection for ordinary commands (XADD, PING...), opened on first use. */
  get client(): Redis {
    this.shared ??= this.connect('commands', { maxRetriesPerRequest: 2 });
    return this.shared;
  }

  /** Whether the shared connection can be used now (see `usable`): callers that must not wait ask first. */
  available(): Promise<boolean> {
    return usable(this.client);
  }

  /** A key under QUEUE_PREFIX: every key we write lives under it. */
  key(suffix: string): string {
    return `${this.config.queuePrefix}:${suffix}`;
  }

  /** A new connection, e.g. for XREAD BLOCK. Closed with the others at shutdown. */
  connect(name: string, options: RedisOptions = {}): Redis {
    const redis = new Redis(this.config.redisUrl, {
      // Named after the deployment's prefix, so CLIENT LIST shows whose connection is whose.
      connectionName: `amhp-hub:${this.config.queuePrefix}:${name}`,
      // Keep retrying (capped at 2 s): Redis restarts must not need an app restart.
      retryStrategy: (times) => Math.min(times * 200, 2000),
      ...options,
    });
    let warned = false;
    trackFirstConnect(redis);
    redis.on('error', (error: Error) => {
      // ioredis reports every failed reconnect; one line per outage is enough.
      if (!warned) this.logger.warn(`Redis connection "${name}" failed: ${error.message}`);
      warned = true;
    });
    redis.on('ready', () => {
      if (warned) this.logger.log(`Redis connection "${name}" is back`);
      warned = false;
    });
    this.connections.add(redis);
    return redis;
  }

  /** False at once while disconnected; otherwise whether PING answers within the timeout. */
  async ping(timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
    if (!(await this.available())) return false;
    try {
      const reply = await withTimeout(this.client.ping(), timeoutMs);
      return reply === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [...this.connections].map(async (redis) => {
        if (redis.status === 'end') return; // already closed by its owner
        if (redis.status !== 'ready') return redis.disconnect(); // nothing to flush
        try {
          await withTimeout(redis.quit(), 1000);
        } catch {
          redis.disconnect();
        }
      }),
    );
    this.connections.clear();
    this.shared = undefined;
  }
}

/** Connections that have connected, or failed to, at least once: "not ready" then means Redis is away. */
const settled = new WeakSet<Redis>();

/** Notes when a new connection's first attempt is over (connected or failed); `usable` reads it. */
export function trackFirstConnect(connection: Redis): void {
  for (const event of ['ready', 'error', 'close']) connection.once(event, () => settled.add(connection));
}

/**
 * Whether to use a connection now: yes when it is ready; while it makes its first connection
 * (a process just started), once that is made (up to 2 s); no while Redis is away (it has
 * connected or failed before and is not ready now), at once: no waiting for reconnects.
 */
export async function usable(connection: Redis): Promise<boolean> {
  if (connection.status === 'ready') return true;
  if (settled.has(connection)) return false;
  return whenReady(connection, FIRST_CONNECT_MS);
}

/** Resolves true as soon as the connection is ready, false if it is not within `ms` (0: only if it is now). */
export function whenReady(connection: Redis, ms: number): Promise<boolean> {
  if (connection.status === 'ready') return Promise.resolve(true);
  if (ms <= 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      connection.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    connection.on('ready', onReady);
  });
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

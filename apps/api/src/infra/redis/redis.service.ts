import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';
import { AppConfig } from '../../config/app-config';

/**
 * The process's Redis connections: one shared for commands, and dedicated ones for blocking
 * reads (a blocked connection can serve nobody else). All are closed at shutdown.
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

  async ping(timeoutMs = 2000): Promise<boolean> {
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

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { safeError } from '../logging/app-logger';
import { RedisService } from '../redis/redis.service';

/**
 * The marker keys (under QUEUE_PREFIX) of the watches: present while Redis holds the rebuilt
 * timers. Removing one asks the worker to rebuild those timers from PostgreSQL (QueueService
 * does after skipping timer work while Redis was away).
 */
export const TIMER_REBUILD_MARKER = { clocks: 'timers:rebuilt-at', handovers: 'handover-timers:rebuilt-at' } as const;
export const TIMER_REBUILD_MARKERS = Object.values(TIMER_REBUILD_MARKER);

/** Timers kept in Redis only, and how to make them again from PostgreSQL. */
export interface RebuildableTimers<R extends object> {
  /** For the logs: 'clock timers', 'handover timers'. */
  label: string;
  /** The marker of a Redis that holds the rebuilt timers (a key of the app's prefix). */
  markerKey: string;
  /** The name of the watch connection. */
  connectionName: string;
  rebuildAll(): Promise<R>;
  /** Periodic work of the owner's while Redis still holds the timers. */
  whileHealthy?(): Promise<void>;
}

/**
 * PostgreSQL is the record; Redis only holds the timers. The watch rebuilds them at start-up,
 * whenever its own connection to Redis comes back (Redis may have restarted empty), and
 * whenever Redis is found to have lost its data while connected (FLUSHDB, FLUSHALL, a failover
 * to an empty replica): a marker key written before each rebuild is checked every `checkMs`,
 * and its absence means the timers may be gone. Concurrent rebuilds share one run.
 */
export class TimerRebuildWatch<R extends object> {
  private watcher?: Redis;
  private check?: NodeJS.Timeout;
  private running?: Promise<R>;
  private rerun = false;

  constructor(
    private readonly timers: RebuildableTimers<R>,
    private readonly redis: RedisService,
    private readonly checkMs: number,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    // If Redis is not there yet, do not stop the worker: the first 'ready' below rebuilds.
    const builtAtStart = await this.rebuild('start-up').then(
      () => true,
      () => false,
    );
    this.watcher = this.redis.connect(this.timers.connectionName);
    let skipNextReady = builtAtStart;
    this.watcher.on('ready', () => {
      if (skipNextReady) {
        skipNextReady = false;
        return;
      }
      void this.rebuild('Redis reconnected').catch(() => undefined);
    });
    this.check = setInterval(() => void this.checkNow(), this.checkMs);
    this.check.unref();
  }

  /** Rebuilds if the marker is gone; a Redis that cannot be reached is left to the reconnect. */
  async checkNow(): Promise<void> {
    if (this.running || this.watcher?.status !== 'ready') return;
    let present: boolean;
    try {
      present = (await this.watcher.exists(this.timers.markerKey)) === 1;
    } catch {
      return;
    }
    if (!present) {
      await this.rebuild(`Redis lost the ${this.timers.label}`).catch(() => undefined);
      return;
    }
    await this.timers.whileHealthy?.().catch((error: unknown) => this.logger.warn({ msg: `${this.timers.label} check failed`, error: safeError(error) }));
  }

  /** Rebuilds now; concurrent calls share one run (and one more is queued if asked meanwhile). */
  rebuild(why: string): Promise<R> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      let result: R;
      do {
        this.rerun = false;
        const started = Date.now();
        try {
          // Marked first: a flush during the rebuild removes the marker, and the next check rebuilds again.
          await this.redis.client.set(this.timers.markerKey, new Date().toISOString());
          result = await this.timers.rebuildAll();
          this.logger.log({ msg: `${this.timers.label} rebuilt`, why, ...result, ms: Date.now() - started });
        } catch (error) {
          this.logger.error({ msg: `${this.timers.label} not rebuilt`, why, error: safeError(error) });
          await this.redis.client.del(this.timers.markerKey).catch(() => undefined);
          throw error;
        }
      } while (this.rerun);
      return result;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  stop(): void {
    if (this.check) clearInterval(this.check);
    this.watcher?.removeAllListeners('ready');
  }
}

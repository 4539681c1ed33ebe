import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../../config/app-config';
import { safeError } from '../../../infra/logging/app-logger';
import { RedisService } from '../../../infra/redis/redis.service';
import { ClockTimersService, ReconcileResult } from '../clock-timers.service';

/**
 * PostgreSQL is the record; Redis only holds the timers. The worker rebuilds every timer from
 * PostgreSQL at start-up, whenever its connection to Redis comes back (Redis may have restarted
 * empty), and whenever Redis is found to have lost its data while connected (FLUSHDB,
 * FLUSHALL, a failover to an empty replica): a marker key written after each rebuild is
 * checked every CLOCK_TIMER_CHECK_MS, and its absence means the timers may be gone.
 */
@Injectable()
export class ClockTimersRebuilder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ClockTimersRebuilder.name);
  private watcher?: Redis;
  private check?: NodeJS.Timeout;
  private running?: Promise<ReconcileResult>;
  private rerun = false;

  constructor(
    private readonly timers: ClockTimersService,
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  /** The marker of a Redis that holds the rebuilt timers. */
  get markerKey(): string {
    return this.redis.key('timers:rebuilt-at');
  }

  async onApplicationBootstrap(): Promise<void> {
    // If Redis is not there yet, do not stop the worker: the first 'ready' below rebuilds.
    const builtAtStart = await this.rebuild('start-up').then(
      () => true,
      () => false,
    );
    // A connection of its own, to see Redis go and come back ('ready' after a reconnect).
    this.watcher = this.redis.connect('timer-watch');
    let skipNextReady = builtAtStart;
    this.watcher.on('ready', () => {
      if (skipNextReady) {
        skipNextReady = false;
        return;
      }
      void this.rebuild('Redis reconnected').catch(() => undefined);
    });
    this.check = setInterval(() => void this.rebuildIfFlushed(), this.config.clockTimerCheckMs);
    this.check.unref();
  }

  /** Rebuilds if the marker is gone; a Redis that cannot be reached is left to the reconnect. */
  async rebuildIfFlushed(): Promise<void> {
    if (this.running || this.watcher?.status !== 'ready') return;
    try {
      if ((await this.watcher.exists(this.markerKey)) === 1) return;
    } catch {
      return;
    }
    await this.rebuild('Redis lost the timers').catch(() => undefined);
  }

  /** Rebuilds now; concurrent calls share one run (and one more is queued if asked meanwhile). */
  async rebuild(why: string): Promise<ReconcileResult> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      let result: ReconcileResult;
      do {
        this.rerun = false;
        const started = Date.now();
        try {
          // Marked first: a flush during the rebuild removes the marker, and the next check rebuilds again.
          await this.redis.client.set(this.markerKey, new Date().toISOString());
          result = await this.timers.rebuildAll();
          this.logger.log({ msg: 'clock timers rebuilt', why, ...result, ms: Date.now() - started });
        } catch (error) {
          this.logger.error({ msg: 'clock timers not rebuilt', why, error: safeError(error) });
          await this.redis.client.del(this.markerKey).catch(() => undefined);
          throw error;
        }
      } while (this.rerun);
      return result;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  onApplicationShutdown(): void {
    if (this.check) clearInterval(this.check);
    this.watcher?.removeAllListeners('ready');
  }
}

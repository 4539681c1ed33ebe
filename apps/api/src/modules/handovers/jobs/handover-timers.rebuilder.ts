import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../../config/app-config';
import { safeError } from '../../../infra/logging/app-logger';
import { RedisService } from '../../../infra/redis/redis.service';
import { HandoverRebuildResult, HandoverTimers } from '../handover-timers.service';

/** How often every day team's boundaries are ensured again (a team added, its hours changed, a boundary job that failed for good). */
const ENSURE_EVERY_MS = 60_000;

/**
 * The handovers' timers live in Redis only; the worker rebuilds them from PostgreSQL at
 * start-up, when its connection to Redis comes back, and when Redis is found to have lost them
 * (a marker key of its own, checked every CLOCK_TIMER_CHECK_MS, as the clock timers' rebuilder
 * does). Once a minute it also ensures every team's boundaries (HandoverTimers.ensureBoundaries),
 * so a new team or new hours get their timer without a restart.
 */
@Injectable()
export class HandoverTimersRebuilder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HandoverTimersRebuilder.name);
  private watcher?: Redis;
  private check?: NodeJS.Timeout;
  private running?: Promise<HandoverRebuildResult>;
  private rerun = false;
  private lastEnsured = Date.now();

  constructor(
    private readonly timers: HandoverTimers,
    private readonly redis: RedisService,
    private readonly config: AppConfig,
  ) {}

  get markerKey(): string {
    return this.redis.key('handover-timers:rebuilt-at');
  }

  async onApplicationBootstrap(): Promise<void> {
    const builtAtStart = await this.rebuild('start-up').then(
      () => true,
      () => false,
    );
    this.watcher = this.redis.connect('handover-timer-watch');
    let skipNextReady = builtAtStart;
    this.watcher.on('ready', () => {
      if (skipNextReady) {
        skipNextReady = false;
        return;
      }
      void this.rebuild('Redis reconnected').catch(() => undefined);
    });
    this.check = setInterval(() => void this.tick(), this.config.clockTimerCheckMs);
    this.check.unref();
  }

  private async tick(): Promise<void> {
    if (this.running || this.watcher?.status !== 'ready') return;
    try {
      if ((await this.watcher.exists(this.markerKey)) === 0) {
        await this.rebuild('Redis lost the handover timers');
      } else if (Date.now() - this.lastEnsured >= ENSURE_EVERY_MS) {
        this.lastEnsured = Date.now();
        await this.timers.ensureBoundaries();
      }
    } catch (error) {
      this.logger.warn({ msg: 'handover timer check failed', error: safeError(error) });
    }
  }

  /** Rebuilds now; concurrent calls share one run (and one more is queued if asked meanwhile). */
  async rebuild(why: string): Promise<HandoverRebuildResult> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      let result: HandoverRebuildResult;
      do {
        this.rerun = false;
        const started = Date.now();
        try {
          // Marked first: a flush during the rebuild removes the marker, and the next check rebuilds again.
          await this.redis.client.set(this.markerKey, new Date().toISOString());
          result = await this.timers.rebuildAll();
          this.lastEnsured = Date.now();
          this.logger.log({ msg: 'handover timers rebuilt', why, ...result, ms: Date.now() - started });
        } catch (error) {
          this.logger.error({ msg: 'handover timers not rebuilt', why, error: safeError(error) });
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

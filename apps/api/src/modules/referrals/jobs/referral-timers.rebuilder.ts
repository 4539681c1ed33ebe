import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { safeError } from '../../../infra/logging/app-logger';
import { RedisService } from '../../../infra/redis/redis.service';
import { ReferralTimerService } from '../referral-timer.service';

/**
 * PostgreSQL is the record; Redis only holds the timers. At worker start-up, and whenever
 * Redis comes back after a drop (it may have restarted empty), put back any missing timer.
 */
@Injectable()
export class ReferralTimersRebuilder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReferralTimersRebuilder.name);
  private watcher?: Redis;
  private running?: Promise<number>;
  private rerun = false;

  constructor(
    private readonly timers: ReferralTimerService,
    private readonly redis: RedisService,
  ) {}

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
  }

  /** Rebuilds now; concurrent calls share one run (and one more is queued if asked meanwhile). */
  async rebuild(why: string): Promise<number> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      do {
        this.rerun = false;
        try {
          total = await this.timers.rebuild();
          this.logger.log({ msg: 'deadline timers rebuilt', why, referralsWithOpenDeadlines: total });
        } catch (error) {
          this.logger.error({ msg: 'deadline timers not rebuilt', why, error: safeError(error) });
          throw error;
        }
      } while (this.rerun);
      return total;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  onApplicationShutdown(): void {
    this.watcher?.removeAllListeners('ready');
  }
}

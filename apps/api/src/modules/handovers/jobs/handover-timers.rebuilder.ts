import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { TIMER_REBUILD_MARKER, TimerRebuildWatch } from '../../../infra/queue/timer-rebuild-watch';
import { RedisService } from '../../../infra/redis/redis.service';
import { HandoverRebuildResult, HandoverTimers } from '../handover-timers.service';

/** How often every day team's boundaries are ensured again (a team added, its hours changed, a boundary job that failed for good). */
const ENSURE_EVERY_MS = 60_000;

/**
 * The handovers' timers, rebuilt from PostgreSQL when Redis may have lost them (TimerRebuildWatch,
 * with a marker of their own). Once a minute it also ensures every team's boundaries
 * (HandoverTimers.ensureBoundaries), so a new team or new hours get their timer without a restart.
 */
@Injectable()
export class HandoverTimersRebuilder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly watch: TimerRebuildWatch<HandoverRebuildResult>;
  private lastEnsured = Date.now();

  constructor(timers: HandoverTimers, redis: RedisService, config: AppConfig) {
    this.watch = new TimerRebuildWatch(
      {
        label: 'handover timers',
        markerKey: redis.key(TIMER_REBUILD_MARKER.handovers),
        connectionName: 'handover-timer-watch',
        rebuildAll: async () => {
          const result = await timers.rebuildAll();
          this.lastEnsured = Date.now();
          return result;
        },
        whileHealthy: async () => {
          if (Date.now() - this.lastEnsured < ENSURE_EVERY_MS) return;
          this.lastEnsured = Date.now();
          await timers.ensureBoundaries();
        },
      },
      redis,
      config.clockTimerCheckMs,
      new Logger(HandoverTimersRebuilder.name),
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.watch.start();
  }

  rebuild(why: string): Promise<HandoverRebuildResult> {
    return this.watch.rebuild(why);
  }

  onApplicationShutdown(): void {
    this.watch.stop();
  }
}

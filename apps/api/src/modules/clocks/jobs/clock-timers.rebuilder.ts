import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { TIMER_REBUILD_MARKER, TimerRebuildWatch } from '../../../infra/queue/timer-rebuild-watch';
import { RedisService } from '../../../infra/redis/redis.service';
import { ClockTimersService, ReconcileResult } from '../clock-timers.service';

/** Every legal clock's timers, rebuilt from PostgreSQL when Redis may have lost them (TimerRebuildWatch). */
@Injectable()
export class ClockTimersRebuilder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly watch: TimerRebuildWatch<ReconcileResult>;

  constructor(timers: ClockTimersService, redis: RedisService, config: AppConfig) {
    this.watch = new TimerRebuildWatch(
      { label: 'clock timers', markerKey: redis.key(TIMER_REBUILD_MARKER.clocks), connectionName: 'timer-watch', rebuildAll: () => timers.rebuildAll() },
      redis,
      config.clockTimerCheckMs,
      new Logger(ClockTimersRebuilder.name),
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.watch.start();
  }

  rebuild(why: string): Promise<ReconcileResult> {
    return this.watch.rebuild(why);
  }

  onApplicationShutdown(): void {
    this.watch.stop();
  }
}

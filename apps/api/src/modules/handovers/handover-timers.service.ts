import { jobIds } from '@amhp/contracts';
import { HandoverBoundary, TeamConfig } from '@amhp/domain';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { safeError } from '../../infra/logging/app-logger';
import { QueueService } from '../../infra/queue/queue.service';
import { RotaQueryService } from '../rota/rota-query.service';
import { HandoverCreator } from './handover-creator.service';
import { latestBoundary, nextBoundary } from './handover-schedule';

export interface HandoverRebuildResult {
  teams: number;
  /** Handovers made for a boundary that passed while no worker ran. */
  missed: number;
  /** Acknowledgement timers asked of Redis (ids that exist are left alone). */
  overdue: number;
}

/**
 * The handovers' timers in Redis, always derived from PostgreSQL and the teams' hours: one
 * 'handover.boundary' delayed job per day team at its next boundary, and one 'handover.overdue'
 * per unacknowledged handover at its ack_due_at, each with a deterministic id, so that adding
 * twice (two workers, a rebuild) is a no-op.
 */
@Injectable()
export class HandoverTimers {
  private readonly logger = new Logger(HandoverTimers.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
    private readonly creator: HandoverCreator,
    private readonly queues: QueueService,
  ) {}

  /** The team's next boundary after `after` as a delayed job; the boundary, or null if the team has none. */
  async scheduleNextBoundary(config: TeamConfig, after: Date): Promise<HandoverBoundary | null> {
    const next = nextBoundary(config, after);
    if (!next) return null;
    const boundaryAt = next.at.toISOString();
    await this.queues.enqueue('handover.boundary', { dayTeamId: config.teamId, boundaryAt }, { jobId: jobIds.handoverBoundary(config.teamId, boundaryAt), delay: next.at.getTime() - Date.now() });
    return next;
  }

  async scheduleOverdue(handover: { id: string; ackDueAt: Date }): Promise<void> {
    await this.queues.enqueue('handover.overdue', { handoverId: handover.id }, { jobId: jobIds.handoverOverdue(handover.id), delay: handover.ackDueAt.getTime() - Date.now() });
  }

  /**
   * A boundary has come (the 'handover.boundary' job): the handover is made, once, if this is
   * still the team's latest boundary under its hours now (a job left over from before the team's
   * hours changed, or one that ran late after an outage behind a later boundary, makes none: the
   * rebuild makes the latest); then its acknowledgement timer and the team's next boundary.
   */
  async onBoundary(config: TeamConfig, at: Date, now = new Date()): Promise<void> {
    // A job may run a moment early (the clocks of Redis and this process differ a little).
    const reached = new Date(Math.max(at.getTime(), now.getTime()));
    const latest = latestBoundary(config, reached);
    if (latest && latest.at.getTime() === at.getTime()) {
      const handover = await this.creator.create(config, latest, now);
      if (handover) await this.scheduleOverdue(handover);
    }
    await this.scheduleNextBoundary(config, reached);
  }

  /**
   * For every day team: the handover of its latest boundary if none was made (the worker was
   * down, or the boundary job failed for good), and its next boundary as a delayed job. Cheap
   * and idempotent, so the worker runs it every minute as well as in a rebuild: a new team or
   * new hours get their timer without a restart. Only boundaries since the team was set up
   * count: a team added at 10:00 owes no handover for 09:00 that day. The cases are as they are
   * now, not as they were at the missed boundary.
   */
  async ensureBoundaries(now = new Date()): Promise<{ teams: number; missed: number }> {
    const configs = await this.rota.dayTeamConfigs();
    const setUp = new Map(
      ((await this.dataSource.query(`SELECT id, created_at FROM teams WHERE kind = 'day'`)) as { id: string; created_at: Date }[]).map((t) => [t.id, t.created_at]),
    );
    let missed = 0;
    const failed: string[] = [];
    for (const config of configs) {
      try {
        const latest = latestBoundary(config, now);
        const since = setUp.get(config.teamId);
        if (latest && since && latest.at.getTime() >= since.getTime()) {
          const made = await this.creator.create(config, latest, now);
          if (made) {
            missed += 1;
            await this.scheduleOverdue(made);
          }
        }
        await this.scheduleNextBoundary(config, now);
      } catch (error) {
        // One team's failure must not keep the other teams' timers from being set.
        this.logger.error({ msg: 'handover boundary not ensured', dayTeamId: config.teamId, error: safeError(error) });
        failed.push(config.teamId);
      }
    }
    // Thrown after the others are done, so that a rebuild is marked failed and tried again.
    if (failed.length > 0) throw new Error(`handover boundaries not ensured for teams ${failed.join(', ')}`);
    return { teams: configs.length, missed };
  }

  /**
   * Everything from PostgreSQL (worker start-up, Redis reconnected or flushed): the boundaries
   * (ensureBoundaries), and the acknowledgement timer of every unacknowledged handover whose
   * alert has not been raised.
   */
  async rebuildAll(now = new Date()): Promise<HandoverRebuildResult> {
    const { teams, missed } = await this.ensureBoundaries(now);
    const pending = (await this.dataSource.query(
      `SELECT h.id, h.ack_due_at FROM handovers h
        WHERE h.acknowledged_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.handover_id = h.id AND a.kind = 'handover.unacknowledged')`,
    )) as { id: string; ack_due_at: Date }[];
    await this.queues.enqueueBulk(
      'handover.overdue',
      pending.map((h) => ({ jobId: jobIds.handoverOverdue(h.id), payload: { handoverId: h.id }, runAt: h.ack_due_at })),
    );
    return { teams, missed, overdue: pending.length };
  }
}

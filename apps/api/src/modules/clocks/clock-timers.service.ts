import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BulkJob, QueueService } from '../../infra/queue/queue.service';
import { ClockEntity } from './clock.entity';
import { firedKey, pendingPoints, TimedClock } from './clock-points';
import { RawTimedClock, TIMED_CLOCK_COLUMNS, toTimedClock } from './timed-clock.row';

/** A stored clock as the timers read it, with its referral's state. */
export type TimerRow = TimedClock & Pick<ClockEntity, 'revision' | 'scheduledJobIds'> & { referralOpen: boolean };

export interface ReconcileResult {
  clocks: number;
  /** Jobs asked of Redis (ids that already exist are left alone). */
  jobs: number;
  /** Jobs of changed or ended clocks taken out of Redis. */
  removed: number;
}

const TIMER_COLUMNS = `${TIMED_CLOCK_COLUMNS}, c.scheduled_job_ids
  FROM clocks c JOIN referrals r ON r.id = c.referral_id`;

interface RawTimerRow extends RawTimedClock {
  scheduled_job_ids: string[];
}

const toTimerRow = (r: RawTimerRow): TimerRow => ({ ...toTimedClock(r), scheduledJobIds: r.scheduled_job_ids });

/** Clocks read per round of the rebuild. */
const REBUILD_PAGE = 5000;
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Makes Redis agree with PostgreSQL about the clocks' timers: one `clock.warn` delayed job per
 * pending point, with a deterministic id (contracts jobIds.clockPoint), so adding twice is a
 * no-op; the jobs of points that no longer exist (an extension moved them, the clock ended,
 * the referral closed) are removed. Each clock row remembers the ids it last asked for.
 */
@Injectable()
export class ClockTimersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  /** The timers of one assessment, with its clock rows locked so that two instances take turns. */
  async forAssessment(assessmentId: string, now = new Date()): Promise<ReconcileResult> {
    await this.queues.requireConnected();
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(`SELECT ${TIMER_COLUMNS} WHERE c.assessment_id = $1 ORDER BY c.id FOR NO KEY UPDATE OF c`, [
        assessmentId,
      ])) as RawTimerRow[];
      return this.reconcile(manager, rows.map(toTimerRow), now);
    });
  }

  /**
   * Every timer from PostgreSQL (worker start-up, Redis reconnect, Redis flushed): each running
   * clock of an open referral gets its pending jobs back, and leftovers of ended ones go.
   */
  async rebuildAll(): Promise<ReconcileResult> {
    const total: ReconcileResult = { clocks: 0, jobs: 0, removed: 0 };
    for (let after = NO_ID; ; ) {
      const raw = (await this.dataSource.query(
        `SELECT ${TIMER_COLUMNS}
          WHERE c.id > $1 AND ((c.status <> 'ended' AND r.status = 'open') OR cardinality(c.scheduled_job_ids) > 0)
          ORDER BY c.id LIMIT $2`,
        [after, REBUILD_PAGE],
      )) as RawTimerRow[];
      if (raw.length === 0) return total;
      const result = await this.reconcile(this.dataSource.manager, raw.map(toTimerRow), new Date());
      total.clocks += result.clocks;
      total.jobs += result.jobs;
      total.removed += result.removed;
      after = raw[raw.length - 1].id;
    }
  }

  private async reconcile(manager: EntityManager, rows: TimerRow[], now: Date): Promise<ReconcileResult> {
    if (rows.length === 0) return { clocks: 0, jobs: 0, removed: 0 };
    const fired = await this.firedPoints(manager, rows);
    const jobs: BulkJob<'clock.warn'>[] = [];
    const stale: string[] = [];
    const changed: { id: string; revision: number; ids: string[] }[] = [];
    for (const row of rows) {
      const points = pendingPoints(row, now, fired, row.referralOpen);
      const ids = points.map((p) => p.jobId);
      for (const p of points) {
        jobs.push({ jobId: p.jobId, payload: { clockId: row.id, point: p.key, dueAt: p.at.toISOString() }, runAt: p.at });
      }
      const wanted = new Set(ids);
      stale.push(...row.scheduledJobIds.filter((id) => !wanted.has(id)));
      if (!sameIds(row.scheduledJobIds, ids)) changed.push({ id: row.id, revision: row.revision, ids });
    }
    await this.queues.enqueueBulk('clock.warn', jobs);
    let removed = 0;
    for (const jobId of stale) {
      // A job running right now cannot be removed; it re-reads the clock and finds it changed.
      removed += await this.queues.remove('clock.warn', jobId).then(
        () => 1,
        () => 0,
      );
    }
    if (changed.length > 0) {
      // Only rows still at the revision read: a change meanwhile has its own scheduling to do.
      await manager.query(
        `UPDATE clocks c SET scheduled_job_ids = v.ids
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, revision integer, ids text[])
          WHERE c.id = v.id AND c.revision = v.revision`,
        [JSON.stringify(changed)],
      );
    }
    return { clocks: rows.length, jobs: jobs.length, removed };
  }

  /** The points of these clocks that have already raised their alert. */
  private async firedPoints(manager: EntityManager, rows: TimerRow[]): Promise<Set<string>> {
    const raised = (await manager.query(`SELECT clock_id, point, due_at FROM alerts WHERE clock_id = ANY($1::uuid[])`, [rows.map((r) => r.id)])) as {
      clock_id: string;
      point: string;
      due_at: Date;
    }[];
    return new Set(raised.map((a) => firedKey(a.clock_id, a.point, a.due_at)));
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

import type { ClockView, ReferralView } from '@amhp/contracts';
import { ClockFacts, ClockKind, legalClocks } from '@amhp/domain';
import type { Job } from 'bullmq';
import { QueueService } from '../../src/infra/queue/queue.service';
import { ClockService } from '../../src/modules/clocks/clock.service';
import type { TestSession } from './auth';
import type { Harness } from './harness';
import { communityReferral } from './referral-fixtures';

/**
 * Helpers for the clocks' integration tests: a case (referral + its assessment) whose clock
 * facts the test sets through ClockService, as the assessments module does after each command.
 */
export async function openCase(h: Harness, session: TestSession): Promise<{ referral: ReferralView; assessmentId: string }> {
  const res = await fetch(`${h.baseUrl}/api/referrals`, { method: 'POST', headers: session.headers(), body: JSON.stringify(communityReferral()) });
  if (res.status !== 201) throw new Error(`referral not created: ${res.status} ${await res.text()}`);
  const referral = (await res.json()) as ReferralView;
  const [row] = (await h.dataSource.query('SELECT id FROM assessments WHERE referral_id = $1', [referral.id])) as { id: string }[];
  if (!row) throw new Error('the referral has no assessment');
  return { referral, assessmentId: row.id };
}

/** Stores the clocks the facts start (in a transaction, like a command) and schedules their timers. */
export async function setFacts(h: Harness, assessmentId: string, facts: ClockFacts): Promise<Map<ClockKind, ClockView>> {
  const clocks = h.api.get(ClockService);
  await h.dataSource.transaction((manager) => clocks.syncClocks(manager, assessmentId, legalClocks(facts)));
  await clocks.scheduleTimers(assessmentId);
  const views = (await clocks.clocksOf([assessmentId])).get(assessmentId) ?? [];
  return new Map(views.map((v) => [v.kind, v]));
}

/** The clock.warn jobs waiting in Redis for a clock, by point; two for one point is an error. */
export async function timersOf(h: Harness, clockId: string): Promise<Map<string, Job>> {
  const jobs = await h.api.get(QueueService).queue('clocks').getJobs(['delayed', 'wait', 'prioritized']);
  const timers = new Map<string, Job>();
  for (const job of jobs.filter((j) => (j.data as { clockId?: string }).clockId === clockId)) {
    const { point } = job.data as { point: string };
    if (timers.has(point)) throw new Error(`two timers for point ${point} of clock ${clockId}: ${timers.get(point)!.id} and ${job.id}`);
    timers.set(point, job);
  }
  return timers;
}

export async function alertsOf(h: Harness, clockId: string): Promise<{ id: string; point: string; due_at: Date; raised_at: Date; kind: string; severity: string }[]> {
  return (await h.dataSource.query('SELECT id, point, due_at, raised_at, kind, severity FROM alerts WHERE clock_id = $1 ORDER BY due_at', [clockId])) as {
    id: string;
    point: string;
    due_at: Date;
    raised_at: Date;
    kind: string;
    severity: string;
  }[];
}

import type { CreateReferralInput, HandoverView, ReferralView } from '@amhp/contracts';
import { bankHolidaysFor, HandoverBoundary, londonDateOf, teamConfig, TeamConfig } from '@amhp/domain';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppLogger } from '../../src/infra/logging/app-logger';
import { latestBoundary } from '../../src/modules/handovers/handover-schedule';
import { WorkerModule } from '../../src/worker.module';
import type { TestSession } from './auth';
import { eventually, Harness } from './harness';

/**
 * Helpers for the handover tests (issue 5): teams written straight into PostgreSQL (the rota's
 * own API has its tests), referrals of a team, and waiting for the worker's handovers.
 */
export const EDT_TEAM = 'hx-edt';

export interface TestTeam {
  id: string;
  config: TeamConfig;
}

/**
 * A day team covered by EDT_TEAM, on duty every day of the week between these London times,
 * set up two days ago unless `setUpAt` says otherwise (a team owes no handover for a boundary
 * before it was set up).
 */
export async function dayTeam(h: Harness, id: string, starts: string, ends: string, setUpAt = new Date(Date.now() - 2 * 24 * 3600 * 1000)): Promise<TestTeam> {
  // A day team has no day duty on a bank holiday; Wales has a few England does not, and the other way round.
  const nation = bankHolidaysFor('ENG').isBankHoliday(londonDateOf(new Date())) ? 'WLS' : 'ENG';
  await h.dataSource.query(
    `INSERT INTO teams (id, name, kind, edt_team_id, nation, day_duty_weekdays, day_duty_starts, day_duty_ends)
       VALUES ($1, 'HX emergency duty team', 'edt', NULL, 'ENG', '{1,2,3,4,5}', '09:00', '17:00') ON CONFLICT (id) DO NOTHING`,
    [EDT_TEAM],
  );
  await h.dataSource.query(
    `INSERT INTO teams (id, name, kind, edt_team_id, nation, day_duty_weekdays, day_duty_starts, day_duty_ends, created_at)
       VALUES ($1, $2, 'day', $3, $4, '{1,2,3,4,5,6,7}', $5, $6, $7)`,
    [id, `HX ${id} day team`, EDT_TEAM, nation, starts, ends, setUpAt.toISOString()],
  );
  return { id, config: teamConfig({ teamId: id, edtTeamId: EDT_TEAM, nation, dayDutyWeekdays: [1, 2, 3, 4, 5, 6, 7], dayDutyStarts: starts, dayDutyEnds: ends }) };
}

/** Removes the test's handovers and teams, so that later files' workers make no handovers for them. */
export async function dropTestTeams(h: Harness): Promise<void> {
  await h.dataSource.query(`DELETE FROM handovers WHERE day_team_id LIKE 'hx-%'`);
  await h.dataSource.query('TRUNCATE referrals CASCADE');
  await h.dataSource.query(`DELETE FROM teams WHERE id LIKE 'hx-%' AND kind = 'day'`);
  await h.dataSource.query(`DELETE FROM teams WHERE id LIKE 'hx-%'`);
}

export function latest(team: TestTeam, now = new Date()): HandoverBoundary {
  const boundary = latestBoundary(team.config, now);
  if (!boundary) throw new Error(`team ${team.id} has no boundary`);
  return boundary;
}

export async function referralOf(h: Harness, session: TestSession, input: CreateReferralInput): Promise<ReferralView> {
  const res = await fetch(`${h.baseUrl}/api/referrals`, { method: 'POST', headers: session.headers(), body: JSON.stringify(input) });
  if (res.status !== 201) throw new Error(`referral not created: ${res.status} ${await res.text()}`);
  return (await res.json()) as ReferralView;
}

export interface HandoverRow {
  id: string;
  direction: string;
  boundary_at: Date;
  created_at: Date;
  ack_due_at: Date;
  acknowledged_at: Date | null;
}

/** The team's handover at this boundary, once the worker has made it. */
export function handoverMade(h: Harness, teamId: string, boundaryAt: Date, timeoutMs = 10_000): Promise<HandoverRow> {
  return eventually(async () => {
    const rows = (await h.dataSource.query('SELECT id, direction, boundary_at, created_at, ack_due_at, acknowledged_at FROM handovers WHERE day_team_id = $1 AND boundary_at = $2', [
      teamId,
      boundaryAt.toISOString(),
    ])) as HandoverRow[];
    return rows[0];
  }, timeoutMs);
}

export async function handoverAlerts(h: Harness, handoverId: string): Promise<{ id: string; kind: string; severity: string; referral_id: string | null; due_at: Date; raised_at: Date; acknowledged_at: Date | null }[]> {
  return (await h.dataSource.query('SELECT id, kind, severity, referral_id, due_at, raised_at, acknowledged_at FROM alerts WHERE handover_id = $1', [handoverId])) as never;
}

export async function getHandover(h: Harness, session: TestSession, id: string): Promise<{ status: number; body: HandoverView }> {
  const res = await fetch(`${h.baseUrl}/api/handovers/${id}`, { headers: session.headers() });
  return { status: res.status, body: (await res.json()) as HandoverView };
}

export async function acknowledge(h: Harness, session: TestSession, id: string): Promise<{ status: number; body: { message?: string } & Partial<HandoverView> }> {
  const res = await fetch(`${h.baseUrl}/api/handovers/${id}/acknowledge`, { method: 'POST', headers: session.headers() });
  return { status: res.status, body: (await res.json()) as never };
}

export function startWorker(h: Harness): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(WorkerModule.forRoot(h.config, new AppLogger(h.config)), { logger: false, abortOnError: false });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

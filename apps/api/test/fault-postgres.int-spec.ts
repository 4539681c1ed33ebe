import type { ReferralView } from '@amhp/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { openDataSource } from '../src/infra/database/open-data-source';
import { signIn, TestSession } from './support/auth';
import { report, spread, tally, timed } from './support/fault-figures';
import { bootHarness, eventually, Harness } from './support/harness';
import { PrivatePostgres } from './support/private-postgres';
import { PrivateRedis } from './support/private-redis';
import { communityReferral, s5_4Referral } from './support/referral-fixtures';

/**
 * PostgreSQL stopped mid-run, for real: this file runs its own cluster (PrivatePostgres; and
 * its own redis-server, so its worker meets no other file's jobs) and stops it with a fast
 * shutdown (every session ended at once, uncommitted work rolled back) while referrals are
 * being written. While it is down every request that needs it, signed-in ones included, gets
 * 503 with Retry-After (before: 500); a write is answered 201 only if it committed, and a
 * committed write is never answered as a failure. Sent again with its Idempotency-Key once the
 * database is back, every write that failed is recorded once: nothing lost, nothing twice.
 * The worker carries on without a restart: a clock that expired during the outage alerts after.
 */
const SECOND = 1000;
const HOUR = 3600 * SECOND;
/** Far above what a refusal takes, far below a request hanging on a dead database. */
const NO_HANG_MS = 5 * SECOND;
const WRITERS = 8;

let pg: PrivatePostgres;
let redis: PrivateRedis;
let h: Harness;
let amhp: TestSession;
let direct: DataSource;
/** The app's error log lines: an unexpected error is shown with the failure, not hidden behind a bare 500. */
const errorLines: string[] = [];
const errors = { write: (line: string) => void (line.includes('unhandled error') && errorLines.push(line.slice(0, 600))) };

beforeAll(async () => {
  [pg, redis] = await Promise.all([PrivatePostgres.start(), PrivateRedis.start()]);
  const databaseUrl = pg.url('amhp_fault');
  // Migrated and checked from outside the app, as an operator would.
  direct = await openDataSource(databaseUrl, { migrate: true, poolSize: 2 });
  h = await bootHarness({ databaseUrl, redisUrl: redis.url, worker: true, env: { CLOCK_TIMER_CHECK_MS: '500', LOG_LEVEL: 'error' }, logDestination: errors });
  amhp = await signIn(h, 'amhp');
}, 90_000);
afterAll(async () => {
  await h?.close();
  await direct?.destroy().catch(() => undefined);
  pg?.destroy();
  await redis?.destroy();
});

interface Sent {
  key: string;
  marker: string;
  body: unknown;
  status: number;
  ms: number;
  retryAfter: string | null;
}

async function send(key: string, body: unknown): Promise<Omit<Sent, 'key' | 'marker' | 'body'>> {
  const { value: res, ms } = await timed(() =>
    fetch(`${h.baseUrl}/api/referrals`, { method: 'POST', headers: amhp.headers({ 'Idempotency-Key': key }), body: JSON.stringify(body) }).catch(() => null),
  );
  if (!res) return { status: 0, ms, retryAfter: null };
  await res.arrayBuffer();
  return { status: res.status, ms, retryAfter: res.headers.get('retry-after') };
}

/** How many referrals carry each marker (the reason is unique to each submission). */
async function recorded(markers: string[]): Promise<Map<string, number>> {
  const rows = (await direct.query(`SELECT reason, count(*)::int AS n FROM referrals WHERE reason = ANY($1) GROUP BY reason`, [markers])) as { reason: string; n: number }[];
  return new Map(rows.map((r) => [r.reason, r.n]));
}

describe('PostgreSQL stopped mid-run', () => {
  it('503 with Retry-After while it is down; no committed write reported as failed; retried writes recorded once; the worker recovers', async () => {
    // A clock that expires while the database is down (1.5 s into the outage): its alert must come after, from the same worker.
    const s54 = await fetch(`${h.baseUrl}/api/referrals`, { method: 'POST', headers: amhp.headers(), body: JSON.stringify(s5_4Referral(new Date(Date.now() - 6 * HOUR + 4 * SECOND))) });
    expect(s54.status).toBe(201);
    const clockReferral = (await s54.json()) as ReferralView;

    // Writers keep sending referrals, each with its own key and a marker, while the database stops.
    const sent: Sent[] = [];
    let writing = true;
    const writers = Array.from({ length: WRITERS }, async () => {
      while (writing) {
        const key = randomUUID();
        const marker = `Fault test ${key}`;
        const body = communityReferral({ reason: marker });
        sent.push({ key, marker, body, ...(await send(key, body)) });
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await pg.stop('fast');
    const stoppedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));

    // While it is down: signed-in reads and sign-in are 503 too, and health says so at once.
    const board = await timed(() => fetch(`${h.baseUrl}/api/referrals`, { headers: amhp.headers() }));
    const signInTry = await timed(() => fetch(`${h.baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: h.baseUrl }, body: JSON.stringify({ email: amhp.email, password: 'whatever-it-is-1' }) }));
    const checks = [];
    for (let i = 0; i < 3; i++) checks.push(await timed(() => fetch(`${h.baseUrl}/api/health`)));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, stoppedAt + 4 * SECOND - Date.now())));
    writing = false;
    await Promise.all(writers);
    const outageMs = Date.now() - stoppedAt;
    await pg.start();
    const restartedAt = new Date();

    const healthBack = await timed(() => eventually(async () => ((await fetch(`${h.baseUrl}/api/health`)).status === 200 ? true : undefined), 30 * SECOND, 100));

    // What was answered, against what PostgreSQL holds.
    const found = await recorded(sent.map((s) => s.marker));
    const ok = sent.filter((s) => s.status === 201);
    const failed = sent.filter((s) => s.status !== 201);
    const lost = ok.filter((s) => found.get(s.marker) !== 1);
    const committedButFailed = failed.filter((s) => (found.get(s.marker) ?? 0) > 0);

    // Every failed write sent again with its key, now that the database is back.
    const retries = await Promise.all(failed.map((s) => send(s.key, s.body)));
    const after = await recorded(sent.map((s) => s.marker));
    const missing = sent.filter((s) => after.get(s.marker) !== 1);
    const duplicates = [...after.values()].filter((n) => n > 1).length;

    // The worker, never restarted, raises the alert of the clock that expired during the outage.
    const alert = await timed(() =>
      eventually(async () => {
        const rows = (await direct.query(`SELECT a.raised_at FROM alerts a JOIN clocks c ON c.id = a.clock_id WHERE c.referral_id = $1 AND a.point = 'expiry'`, [clockReferral.id])) as { raised_at: Date }[];
        return rows.length > 0 ? rows : undefined;
      }, 60 * SECOND, 250),
    );

    report(`PostgreSQL stopped (fast shutdown) for ${outageMs} ms under ${WRITERS} writers`, {
      writes: sent.length,
      writeStatuses: tally(sent.map((s) => s.status)),
      writeMsWhileDown: spread(failed.map((s) => s.ms)),
      retryAfter: tally(failed.map((s) => s.retryAfter ?? 'none')),
      signedInReadStatus: board.value.status,
      signedInReadMs: board.ms,
      signInStatus: signInTry.value.status,
      healthMsWhileDown: spread(checks.map((c) => c.ms)),
      healthStatuses: tally(checks.map((c) => c.value.status)),
      lostWrites: lost.length,
      committedButReportedFailed: committedButFailed.length,
      retryStatuses: tally(retries.map((r) => r.status)),
      missingAfterRetry: missing.length,
      duplicateRecords: duplicates,
      healthBackMs: healthBack.ms,
      expiryAlertMsAfterRestart: alert.ms,
    });

    expect(errorLines).toEqual([]);
    expect(ok.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    // Only "saved" or "unavailable, try again": never a 500, never a hang.
    expect(Object.keys(tally(sent.map((s) => s.status))).sort()).toEqual(['201', '503']);
    expect(failed.every((s) => s.retryAfter === '5')).toBe(true);
    expect(failed.filter((s) => s.ms >= NO_HANG_MS)).toEqual([]);
    expect([board.value.status, board.value.headers.get('retry-after')]).toEqual([503, '5']);
    expect(signInTry.value.status).toBe(503);
    expect(checks.every((c) => c.value.status === 503 && c.ms < NO_HANG_MS)).toBe(true);
    expect(lost).toEqual([]);
    expect(committedButFailed).toEqual([]);
    expect(retries.every((r) => r.status === 201)).toBe(true);
    expect(missing).toEqual([]);
    expect(duplicates).toBe(0);
    // Due while the database was down, raised once it was back.
    expect(alert.value).toHaveLength(1);
    expect(alert.value[0].raised_at.getTime()).toBeGreaterThanOrEqual(restartedAt.getTime() - SECOND);
  }, 150_000);
});

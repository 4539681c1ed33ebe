import { AlertView, boardRowOf, jobIds, ReferralView } from '@amhp/contracts';
import { QueueService } from '../src/infra/queue/queue.service';
import { ClockTimersRebuilder } from '../src/modules/clocks/jobs/clock-timers.rebuilder';
import { ClockWarnProcessor } from '../src/modules/clocks/jobs/clock-warn.processor';
import { signIn, TestSession } from './support/auth';
import { BoardClient } from './support/board-client';
import { deleteKeys } from './support/global-teardown';
import { bootHarness, eventually, Harness } from './support/harness';
import { communityReferral, s136Referral, s5_4Referral } from './support/referral-fixtures';

/**
 * Issue 2's deadline timer, now the clock of the holding power on referral (issue 3): one timer
 * mechanism for every legal clock. The intent of each test is issue 2's.
 */
const HOUR = 3600 * 1000;
let h: Harness;
let board: BoardClient;
let queues: QueueService;
let amhp: TestSession;

beforeAll(async () => {
  h = await bootHarness({ worker: true });
  queues = h.api.get(QueueService);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
  amhp = await signIn(h, 'amhp');
  board = await BoardClient.connect(h.baseUrl, { cookie: amhp.cookie });
});
afterEach(() => board.close());

async function create(input: unknown): Promise<ReferralView> {
  const res = await fetch(`${h.baseUrl}/api/referrals`, { method: 'POST', headers: amhp.headers(), body: JSON.stringify(input) });
  expect(res.status).toBe(201);
  return (await res.json()) as ReferralView;
}

async function alertCount(referralId: string): Promise<number> {
  const [{ count }] = (await h.dataSource.query('SELECT count(*)::int AS count FROM alerts WHERE referral_id = $1', [referralId])) as { count: number }[];
  return count;
}

/** The clock of the power on referral. */
async function clockOf(referral: ReferralView): Promise<{ id: string; assessment_id: string }> {
  const [clock] = (await h.dataSource.query('SELECT id, assessment_id FROM clocks WHERE referral_id = $1', [referral.id])) as { id: string; assessment_id: string }[];
  if (!clock) throw new Error(`referral ${referral.reference} has no clock`);
  return clock;
}

async function expiryJobIdOf(referral: ReferralView): Promise<string> {
  return jobIds.clockPoint((await clockOf(referral)).id, 'expiry', referral.deadline!.expiresAt);
}

describe('the holding power on referral is a clock with timers (s136, s135(1), s5(2), s5(4))', () => {
  it('s5(4): when the 6 hours pass with the referral open, one alert is recorded and pushed to the board', async () => {
    const referral = await create(s5_4Referral(new Date(Date.now() - 6 * HOUR + 2000)));
    const jobId = await expiryJobIdOf(referral);
    expect((await queues.getJob('clock.warn', jobId))?.id).toBe(jobId);

    const alert = await board.waitFor('alert.raised', (a) => a.referralId === referral.id, 10000);
    expect(alert.kind).toBe('clock.expired');
    expect(alert.severity).toBe('critical');
    expect(alert.point).toBe('expiry');
    expect(alert.clockKind).toBe('s5_4');
    expect(alert.referralReference).toBe(referral.reference);
    expect(alert.dueAt).toBe(referral.deadline!.expiresAt);
    expect(alert.message).toContain(referral.reference);
    expect(alert.message).not.toContain(referral.person.familyName);
    expect(Date.parse(alert.raisedAt)).toBeGreaterThanOrEqual(Date.parse(referral.deadline!.expiresAt));
    // The 50/75/90% warnings had passed before the referral arrived: the board showed them, no alert.
    expect(await alertCount(referral.id)).toBe(1);

    const listed = (await (await fetch(`${h.baseUrl}/api/alerts`, { headers: amhp.headers() })).json()) as AlertView[];
    expect(listed.map((a) => a.id)).toEqual([alert.id]);
  });

  it('a deadline already past when the referral arrives fires at once (s136 arrival 25 h ago)', async () => {
    const referral = await create(s136Referral(25));
    await board.waitFor('alert.raised', (a) => a.referralId === referral.id, 5000);
    expect(await alertCount(referral.id)).toBe(1);
  });

  it('a duplicate run of the job creates no second alert', async () => {
    const referral = await create(s136Referral(25));
    await eventually(async () => ((await alertCount(referral.id)) === 1 ? true : undefined));
    const payload = { clockId: (await clockOf(referral)).id, point: 'expiry', dueAt: referral.deadline!.expiresAt };
    // Run it again through BullMQ under another id, and directly, as a retry would.
    const again = await queues.enqueue('clock.warn', payload, { jobId: `${await expiryJobIdOf(referral)}.again` });
    await eventually(async () => ((await queues.getJob('clock.warn', again.id!)) ? undefined : true));
    await h.worker!.get(ClockWarnProcessor).handle(payload, { jobId: 'manual', attemptsMade: 0 });
    expect(await alertCount(referral.id)).toBe(1);
    expect(board.events('alert.raised').filter((a) => a.referralId === referral.id)).toHaveLength(1);
  });

  it('closing the referral removes its jobs', async () => {
    const referral = await create(s136Referral(1));
    const jobId = await expiryJobIdOf(referral);
    expect(await (await queues.getJob('clock.warn', jobId))?.getState()).toBe('delayed');
    const res = await fetch(`${h.baseUrl}/api/referrals/${referral.id}/close`, {
      method: 'POST',
      headers: amhp.headers(),
      body: JSON.stringify({ reason: 'Assessed: informal admission', version: referral.version }),
    });
    expect(res.status).toBe(200);
    expect(await queues.getJob('clock.warn', jobId)).toBeUndefined();
    await board.waitFor('referral.closed', (p) => p.id === referral.id, 3000);
  });

  it('a job that finds the referral closed raises nothing', async () => {
    const referral = await create(s136Referral(25));
    await eventually(async () => ((await alertCount(referral.id)) === 1 ? true : undefined));
    await h.dataSource.query('DELETE FROM alerts WHERE referral_id = $1', [referral.id]);
    await h.dataSource.query(`UPDATE referrals SET status = 'closed', closed_at = now() WHERE id = $1`, [referral.id]);
    const payload = { clockId: (await clockOf(referral)).id, point: 'expiry', dueAt: referral.deadline!.expiresAt };
    await h.worker!.get(ClockWarnProcessor).handle(payload, { jobId: 'manual', attemptsMade: 0 });
    expect(await alertCount(referral.id)).toBe(0);
  });

  it('referrals with no legal clock get no clock and no job', async () => {
    const referral = await create(communityReferral());
    expect(referral.deadline).toBeNull();
    const [{ count }] = (await h.dataSource.query('SELECT count(*)::int AS count FROM clocks WHERE referral_id = $1', [referral.id])) as { count: number }[];
    expect(count).toBe(0);
  });

  it('the worker rebuilds missing timers from PostgreSQL after Redis lost them', async () => {
    const referral = await create(s136Referral(1));
    const closed = await create(s136Referral(2));
    await h.dataSource.query(`UPDATE referrals SET status = 'closed', closed_at = now() WHERE id = $1`, [closed.id]);
    await deleteKeys(h.redis, `${h.config.queuePrefix}:clocks:*`);
    const jobId = await expiryJobIdOf(referral);
    expect(await queues.getJob('clock.warn', jobId)).toBeUndefined();

    const rebuilt = await h.worker!.get(ClockTimersRebuilder).rebuild('test');
    // The open s136: 50%, 75%, 90% and expiry (arrival 1 h before the referral); the closed one: none.
    expect(rebuilt.jobs).toBe(4);
    const job = await queues.getJob('clock.warn', jobId);
    expect(await job?.getState()).toBe('delayed');
    expect(job?.data).toEqual({ clockId: (await clockOf(referral)).id, point: 'expiry', dueAt: referral.deadline!.expiresAt });
    expect(await queues.getJob('clock.warn', await expiryJobIdOf(closed))).toBeUndefined();
    // Rebuilding again is a no-op: the deterministic ids already exist.
    await h.worker!.get(ClockTimersRebuilder).rebuild('test again');
    expect(await queues.queue('clocks').getDelayedCount()).toBe(4);
  });
});

describe('the live board (socket.io)', () => {
  it('pushes a new referral to connected boards', async () => {
    const referral = await create(communityReferral());
    const pushed = await board.waitFor('referral.upserted', (r) => r.id === referral.id, 3000);
    // The AMHP's board gets the case reader's row of the referral just recorded.
    expect(pushed).toEqual(boardRowOf(referral, new Date()));
  });

  it('answers board.ping with the server time', async () => {
    const serverTime = await new Promise<string>((resolve) => board.socket.emit('board.ping', resolve));
    expect(Math.abs(Date.parse(serverTime) - Date.now())).toBeLessThan(5000);
  });

  it('pushes an acknowledged alert so every board can drop it', async () => {
    const referral = await create(s136Referral(25));
    const alert = await board.waitFor('alert.raised', (a) => a.referralId === referral.id, 5000);
    const res = await fetch(`${h.baseUrl}/api/alerts/${alert.id}/acknowledge`, { method: 'POST', headers: amhp.headers() });
    expect(res.status).toBe(200);
    expect(((await res.json()) as AlertView).acknowledgedAt).not.toBeNull();
    await board.waitFor('alert.acknowledged', (p) => p.id === alert.id, 3000);
    const listed = (await (await fetch(`${h.baseUrl}/api/alerts`, { headers: amhp.headers() })).json()) as AlertView[];
    expect(listed).toEqual([]);
  });
});

describe('after a Redis connection drops', () => {
  async function killConnection(name: string): Promise<void> {
    const list = await h.redis.client('LIST');
    const line = String(list)
      .split('\n')
      .find((l) => l.includes(` name=amhp-hub:${h.config.queuePrefix}:${name} `));
    if (!line) throw new Error(`no Redis connection named ${name}`);
    const id = /\bid=(\d+)/.exec(line)![1];
    await h.redis.client('KILL', 'ID', id);
  }

  it('the worker rebuilds timers when its connection comes back', async () => {
    const referral = await create(s136Referral(1));
    await deleteKeys(h.redis, `${h.config.queuePrefix}:clocks:*`);
    await killConnection('timer-watch');
    const jobId = await expiryJobIdOf(referral);
    const job = await eventually(() => queues.getJob('clock.warn', jobId), 10000);
    expect(await job.getState()).toBe('delayed');
  });

  it('the relay survives a dropped connection and keeps delivering to the board', async () => {
    await killConnection('realtime-relay');
    // Published while the relay is reconnecting.
    const referral = await create(communityReferral());
    await board.waitFor('referral.upserted', (r) => r.id === referral.id, 10000);
  });
});

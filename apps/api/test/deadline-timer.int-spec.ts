import { AlertView, jobIds, ReferralView } from '@amhp/contracts';
import { QueueService } from '../src/infra/queue/queue.service';
import { ReferralDeadlineProcessor } from '../src/modules/referrals/jobs/referral-deadline.processor';
import { ReferralTimersRebuilder } from '../src/modules/referrals/jobs/referral-timers.rebuilder';
import { BoardClient } from './support/board-client';
import { deleteKeys } from './support/global-teardown';
import { bootHarness, eventually, Harness } from './support/harness';
import { communityReferral, s136Referral, s5_4Referral } from './support/referral-fixtures';

const HOUR = 3600 * 1000;
let h: Harness;
let board: BoardClient;
let queues: QueueService;

beforeAll(async () => {
  h = await bootHarness({ worker: true });
  queues = h.api.get(QueueService);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
  board = await BoardClient.connect(h.baseUrl);
});
afterEach(() => board.close());

async function create(input: unknown): Promise<ReferralView> {
  const res = await fetch(`${h.baseUrl}/api/referrals`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
  expect(res.status).toBe(201);
  return (await res.json()) as ReferralView;
}

async function alertCount(referralId: string): Promise<number> {
  const [{ count }] = (await h.dataSource.query('SELECT count(*)::int AS count FROM alerts WHERE referral_id = $1', [referralId])) as { count: number }[];
  return count;
}

function jobIdOf(referral: ReferralView): string {
  return jobIds.referralDeadline(referral.id, referral.deadline!.expiresAt);
}

describe('the deadline timer (one delayed BullMQ job per referral deadline)', () => {
  it('s5(4): when the 6 hours pass with the referral open, one alert is recorded and pushed to the board', async () => {
    const referral = await create(s5_4Referral(new Date(Date.now() - 6 * HOUR + 2000)));
    expect((await queues.getJob('referral-deadline.expire', jobIdOf(referral)))?.id).toBe(jobIdOf(referral));

    const alert = await board.waitFor('alert.raised', (a) => a.referralId === referral.id, 10000);
    expect(alert.kind).toBe('deadline.expired');
    expect(alert.severity).toBe('critical');
    expect(alert.referralReference).toBe(referral.reference);
    expect(alert.dueAt).toBe(referral.deadline!.expiresAt);
    expect(alert.message).toContain(referral.reference);
    expect(alert.message).not.toContain(referral.person.familyName);
    expect(Date.parse(alert.raisedAt)).toBeGreaterThanOrEqual(Date.parse(referral.deadline!.expiresAt));
    expect(await alertCount(referral.id)).toBe(1);

    const listed = (await (await fetch(`${h.baseUrl}/api/alerts`)).json()) as AlertView[];
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
    // Run it again through BullMQ under another id, and directly, as a retry would.
    const again = await queues.enqueue('referral-deadline.expire', { referralId: referral.id, expiresAt: referral.deadline!.expiresAt }, { jobId: `${jobIdOf(referral)}.again` });
    await eventually(async () => ((await again.getState()) === 'completed' ? true : undefined));
    await h.worker!.get(ReferralDeadlineProcessor).handle({ referralId: referral.id, expiresAt: referral.deadline!.expiresAt }, { jobId: 'manual', attemptsMade: 0 });
    expect(await alertCount(referral.id)).toBe(1);
    expect(board.events('alert.raised').filter((a) => a.referralId === referral.id)).toHaveLength(1);
  });

  it('closing the referral removes its job', async () => {
    const referral = await create(s136Referral(1));
    const job = await queues.getJob('referral-deadline.expire', jobIdOf(referral));
    expect(await job?.getState()).toBe('delayed');
    const res = await fetch(`${h.baseUrl}/api/referrals/${referral.id}/close`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Assessed: informal admission', version: referral.version }),
    });
    expect(res.status).toBe(200);
    expect(await queues.getJob('referral-deadline.expire', jobIdOf(referral))).toBeUndefined();
    await board.waitFor('referral.closed', (p) => p.id === referral.id, 3000);
  });

  it('a job that finds the referral closed raises nothing', async () => {
    const referral = await create(s136Referral(1));
    await h.dataSource.query(`UPDATE referrals SET status = 'closed', closed_at = now() WHERE id = $1`, [referral.id]);
    await h.worker!.get(ReferralDeadlineProcessor).handle({ referralId: referral.id, expiresAt: referral.deadline!.expiresAt }, { jobId: 'manual', attemptsMade: 0 });
    expect(await alertCount(referral.id)).toBe(0);
  });

  it('referrals with no legal clock get no job', async () => {
    const referral = await create(communityReferral());
    expect(referral.deadline).toBeNull();
    const delayed = await queues.queue('clocks').getDelayed();
    expect(delayed.map((j) => (j.data as { referralId: string }).referralId)).not.toContain(referral.id);
  });

  it('the worker rebuilds missing timers from PostgreSQL after Redis lost them', async () => {
    const referral = await create(s136Referral(1));
    const closed = await create(s136Referral(2));
    await h.dataSource.query(`UPDATE referrals SET status = 'closed', closed_at = now() WHERE id = $1`, [closed.id]);
    await deleteKeys(h.redis, `${h.config.queuePrefix}:clocks:*`);
    expect(await queues.getJob('referral-deadline.expire', jobIdOf(referral))).toBeUndefined();

    const rebuilt = await h.worker!.get(ReferralTimersRebuilder).rebuild('test');
    expect(rebuilt).toBe(1);
    const job = await queues.getJob('referral-deadline.expire', jobIdOf(referral));
    expect(await job?.getState()).toBe('delayed');
    expect(job?.data).toEqual({ referralId: referral.id, expiresAt: referral.deadline!.expiresAt });
    expect(await queues.getJob('referral-deadline.expire', jobIdOf(closed))).toBeUndefined();
    // Rebuilding again is a no-op: the deterministic id already exists.
    await h.worker!.get(ReferralTimersRebuilder).rebuild('test again');
    expect(await queues.queue('clocks').getDelayedCount()).toBe(1);
  });
});

describe('the live board (socket.io)', () => {
  it('pushes a new referral to connected boards', async () => {
    const referral = await create(communityReferral());
    const pushed = await board.waitFor('referral.upserted', (r) => r.id === referral.id, 3000);
    expect(pushed).toEqual(referral);
  });

  it('answers board.ping with the server time', async () => {
    const serverTime = await new Promise<string>((resolve) => board.socket.emit('board.ping', resolve));
    expect(Math.abs(Date.parse(serverTime) - Date.now())).toBeLessThan(5000);
  });

  it('pushes an acknowledged alert so every board can drop it', async () => {
    const referral = await create(s136Referral(25));
    const alert = await board.waitFor('alert.raised', (a) => a.referralId === referral.id, 5000);
    const res = await fetch(`${h.baseUrl}/api/alerts/${alert.id}/acknowledge`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as AlertView).acknowledgedAt).not.toBeNull();
    await board.waitFor('alert.acknowledged', (p) => p.id === alert.id, 3000);
    const listed = (await (await fetch(`${h.baseUrl}/api/alerts`)).json()) as AlertView[];
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
    const job = await eventually(() => queues.getJob('referral-deadline.expire', jobIdOf(referral)), 10000);
    expect(await job.getState()).toBe('delayed');
  });

  it('the relay survives a dropped connection and keeps delivering to the board', async () => {
    await killConnection('realtime-relay');
    // Published while the relay is reconnecting.
    const referral = await create(communityReferral());
    await board.waitFor('referral.upserted', (r) => r.id === referral.id, 10000);
  });
});

import type { ReferralView } from '@amhp/contracts';
import { randomUUID } from 'node:crypto';
import { IdempotencyKeyLostError } from '../src/infra/idempotency/idempotency-commit.subscriber';
import { runHoldingKey } from '../src/infra/idempotency/idempotency-context';
import { isIdempotent } from '../src/infra/idempotency/idempotent.decorator';
import { ReferralEntity } from '../src/modules/referrals/referral.entity';
import { signIn, TestSession } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { communityReferral, s136Referral } from './support/referral-fixtures';
import { nestRoutes } from './support/routes';

/**
 * The same request twice must not make two records: an Idempotency-Key on a creating POST
 * makes a repeat (in a row after a timeout, or at the same moment) get the first answer; and
 * check-then-insert races on unique fields answer 409, never 500.
 */
let h: Harness;
let amhp: TestSession;
let edt: TestSession;
let admin: TestSession;

beforeAll(async () => {
  h = await bootHarness();
  [amhp, edt, admin] = [await signIn(h, 'amhp'), await signIn(h, 'edt_worker'), await signIn(h, 'administrator')];
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
  await h.dataSource.query('DELETE FROM idempotency_keys');
});

interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

async function post(session: TestSession, path: string, body: unknown, key?: string): Promise<Answer> {
  const res = await fetch(`${h.baseUrl}${path}`, {
    method: 'POST',
    headers: session.headers(key === undefined ? {} : { 'Idempotency-Key': key }),
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

async function count(table: string): Promise<number> {
  const [{ n }] = (await h.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
  return n;
}

describe('Idempotency-Key on POST /api/referrals', () => {
  it('the same referral sent again with its key (after a timeout) gets the first answer and makes no second person or clock', async () => {
    const key = randomUUID();
    const input = s136Referral(2);
    const first = await post(amhp, '/api/referrals', input, key);
    const again = await post(amhp, '/api/referrals', input, key);
    expect(first.status).toBe(201);
    expect(first.replayed).toBe(false);
    expect(again).toMatchObject({ status: 201, replayed: true });
    expect(again.body).toEqual(first.body);
    expect(await count('referrals')).toBe(1);
    expect(await count('clocks')).toBe(1);
  });

  it('ten copies sent at the same moment make one referral, and every copy gets its answer', async () => {
    const key = randomUUID();
    const input = s136Referral(1);
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(amhp, '/api/referrals', input, key)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => (a.body as unknown as ReferralView).id)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await count('referrals')).toBe(1);
    expect(await count('clocks')).toBe(1);
  });

  it('the same key with a different body is refused with 422, and nothing is made', async () => {
    const key = randomUUID();
    await post(amhp, '/api/referrals', communityReferral(), key);
    const other = await post(amhp, '/api/referrals', communityReferral({ reason: 'A different referral' }), key);
    expect(other.status).toBe(422);
    expect(other.body.message).toMatch(/different request/);
    expect(await count('referrals')).toBe(1);
  });

  it('a key belongs to the account that sent it: another account with the same key makes its own referral', async () => {
    const key = randomUUID();
    const mine = await post(amhp, '/api/referrals', communityReferral(), key);
    const theirs = await post(edt, '/api/referrals', communityReferral(), key);
    expect(theirs).toMatchObject({ status: 201, replayed: false });
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(await count('referrals')).toBe(2);
  });

  it('a request refused before anything was saved frees its key: the corrected request with the same key is recorded', async () => {
    const key = randomUUID();
    const refused = await post(amhp, '/api/referrals', communityReferral({ urgency: 'whenever' as never }), key);
    expect(refused.status).toBe(400);
    const corrected = await post(amhp, '/api/referrals', communityReferral(), key);
    expect(corrected).toMatchObject({ status: 201, replayed: false });
    expect(await count('referrals')).toBe(1);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const answer = await post(amhp, '/api/referrals', communityReferral(), 'has spaces in it');
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    expect(await count('referrals')).toBe(0);
  });

  it('without a key, two identical referrals are two referrals (a key is how a client says "the same")', async () => {
    await post(amhp, '/api/referrals', communityReferral());
    await post(amhp, '/api/referrals', communityReferral());
    expect(await count('referrals')).toBe(2);
  });
});

describe('a request that died holding its key', () => {
  it('is taken over once its hold has run out: the retry records the referral once', async () => {
    const key = randomUUID();
    const input = communityReferral();
    // What a crashed first attempt leaves: a claimed key, never committed, its hold expired.
    const claimed = await post(amhp, '/api/referrals', input, key);
    await h.dataSource.query(
      `UPDATE idempotency_keys SET response_status = NULL, response_body = NULL, completed_at = NULL, committed_at = NULL, held_until = now() - interval '1 second' WHERE key = $1`,
      [key],
    );
    await h.dataSource.query('TRUNCATE referrals CASCADE');
    const retry = await post(amhp, '/api/referrals', input, key);
    expect(retry).toMatchObject({ status: 201, replayed: false });
    expect(retry.body.id).not.toBe(claimed.body.id);
    expect(await count('referrals')).toBe(1);
  });

  it('whose write committed but whose answer was lost: a retry is told it was carried out (409), and nothing is made twice', async () => {
    const key = randomUUID();
    const input = communityReferral();
    await post(amhp, '/api/referrals', input, key);
    await h.dataSource.query(`UPDATE idempotency_keys SET response_status = NULL, response_body = NULL, held_until = now() - interval '1 second' WHERE key = $1`, [key]);
    const retry = await post(amhp, '/api/referrals', input, key);
    expect(retry.status).toBe(409);
    expect(retry.body.message).toMatch(/carried out/);
    expect(await count('referrals')).toBe(1);
  });

  it('cannot commit its write after a retry took the key over (the holder is a fencing token)', async () => {
    const [{ id }] = (await h.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request, request_hash, holder, held_until, created_at)
       VALUES ($1, $2, 'POST /api/referrals', repeat('0', 64), $3, now() + interval '1 minute', now()) RETURNING id`,
      [amhp.userId, randomUUID(), randomUUID()],
    )) as { id: string }[];
    const slowFirstAttempt = runHoldingKey({ id, holder: randomUUID(), committed: false }, () =>
      h.dataSource.transaction((manager) => manager.query(`INSERT INTO rota_revision (id, revision) VALUES (1, 1) ON CONFLICT (id) DO NOTHING`)),
    );
    await expect(slowFirstAttempt).rejects.toBeInstanceOf(IdempotencyKeyLostError);
    const [row] = (await h.dataSource.query('SELECT committed_at FROM idempotency_keys WHERE id = $1', [id])) as { committed_at: Date | null }[];
    expect(row.committed_at).toBeNull();
  });

  it('marks the key committed in the same transaction as the write: a rolled-back write leaves it uncommitted', async () => {
    const holder = randomUUID();
    const [{ id }] = (await h.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request, request_hash, holder, held_until, created_at)
       VALUES ($1, $2, 'POST /api/referrals', repeat('0', 64), $3, now() + interval '1 minute', now()) RETURNING id`,
      [amhp.userId, randomUUID(), holder],
    )) as { id: string }[];
    const held = { id, holder, committed: false };
    await expect(
      runHoldingKey(held, () =>
        h.dataSource.transaction(async (manager) => {
          await manager.query('SELECT 1');
          throw new Error('the write failed');
        }),
      ),
    ).rejects.toThrow('the write failed');
    expect(held.committed).toBe(false);
    await runHoldingKey(held, () => h.dataSource.transaction((manager) => manager.count(ReferralEntity)));
    expect(held.committed).toBe(true);
    const [row] = (await h.dataSource.query('SELECT committed_at FROM idempotency_keys WHERE id = $1', [id])) as { committed_at: Date | null }[];
    expect(row.committed_at).not.toBeNull();
  });
});

describe('unique fields written by two requests at once: 409 naming the field, never 500', () => {
  it('doctors by GMC number', async () => {
    const gmcNumber = String(7_000_000 + Math.floor(Math.random() * 999_999));
    const doctor = { name: 'Dr Race Example', gmcNumber, s12Approved: true, approvedClinician: false, registered: true };
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(amhp, '/api/doctors', doctor)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body).toMatchObject({ statusCode: 409, issues: [{ field: 'gmcNumber' }] });
      expect(JSON.stringify(refused.body)).not.toContain(gmcNumber);
    }
  });

  it('accounts by email', async () => {
    const email = `race.${randomUUID()}@amhp-hub.test`;
    const account = { email, displayName: 'Race Example', roles: ['amhp'], password: 'Meadow-quartz-signal-31' };
    const answers = await Promise.all(Array.from({ length: 4 }, () => post(admin, '/api/users', account)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    expect(answers.find((a) => a.status === 409)?.body).toMatchObject({ issues: [{ field: 'email' }] });
  });
});

describe('which routes honour Idempotency-Key', () => {
  /** POSTs that create nothing: sign-in and its kin, and commands on one record (a stale repeat is a 409 by version). */
  const NOT_CREATING = new Set([
    'POST /api/auth/sign-in',
    'POST /api/auth/sign-out',
    'POST /api/auth/password',
    'POST /api/alerts/:id/acknowledge',
    'POST /api/handovers/:id/acknowledge',
    'POST /api/referrals/:id/close',
    'POST /api/users/:id/disable',
    'POST /api/users/:id/enable',
    'POST /api/users/:id/unlock',
    'POST /api/users/:id/password',
    'POST /api/role-grants/:id/review',
  ]);
  const isCommand = (path: string) => /\/commands\//.test(path);

  it('every POST that creates something is marked, and documented in OpenAPI', async () => {
    const posts = nestRoutes(h.api).filter((r) => r.method === 'POST');
    const creating = posts.filter((r) => !NOT_CREATING.has(`POST ${r.path}`) && !isCommand(r.path));
    expect(creating.length).toBeGreaterThanOrEqual(13);
    for (const route of creating) expect([route.path, isIdempotent(route.handlerFn)]).toEqual([route.path, true]);
    const document = (await (await fetch(`${h.baseUrl}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    for (const route of creating) {
      const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
      const parameters = document.paths[openApiPath]?.post?.parameters ?? [];
      expect([openApiPath, parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key')]).toEqual([openApiPath, true]);
    }
  });
});

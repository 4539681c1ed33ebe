import type { ReferralView, ValidationErrorBody } from '@amhp/contracts';
import { addLondonDays, londonDateOf, londonInstant } from '@amhp/domain';
import { signIn, TestSession } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { communityReferral, s136Referral, s5_4Referral } from './support/referral-fixtures';

let h: Harness;
/** The duty AMHP: every route needs a session with a role that allows it (issue 4). */
let amhp: TestSession;

beforeAll(async () => {
  h = await bootHarness();
  amhp = await signIn(h, 'amhp');
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
});

async function post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${h.baseUrl}${path}`, { method: 'POST', headers: amhp.headers(), body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${h.baseUrl}${path}`, { headers: amhp.headers() });
  return { status: res.status, body: (await res.json()) as T };
}

async function referralCount(): Promise<number> {
  const [{ count }] = (await h.dataSource.query('SELECT count(*)::int AS count FROM referrals')) as { count: number }[];
  return count;
}

function fieldsOf(body: unknown): string[] {
  return (body as ValidationErrorBody).issues.map((i) => i.field).sort();
}

describe('POST /api/referrals', () => {
  it('records a referral, normalises it and returns it with a reference and no deadline when no power applies', async () => {
    const { status, body } = await post('/api/referrals', communityReferral());
    const referral = body as ReferralView;
    expect(status).toBe(201);
    expect(referral.reference).toMatch(/^R-\d{4}-\d{5}$/);
    expect(referral.status).toBe('open');
    expect(referral.version).toBe(1);
    expect(referral.person.nhsNumber).toBe('9434765919');
    expect(referral.person.postcode).toBe('EX1 1AA');
    expect(referral.deadline).toBeNull();
    expect(await referralCount()).toBe(1);
  });

  it('s136: the deadline is 24 hours from arrival at the place of safety (s136(2A))', async () => {
    const input = s136Referral(2);
    const { status, body } = await post('/api/referrals', input);
    const referral = body as ReferralView;
    expect(status).toBe(201);
    expect(referral.deadline?.power).toBe('s136');
    expect(Date.parse(referral.deadline!.expiresAt) - Date.parse(input.legal.clockStartedAt!)).toBe(24 * 3600 * 1000);
    const [row] = (await h.dataSource.query('SELECT deadline_expires_at FROM referrals WHERE id = $1', [referral.id])) as { deadline_expires_at: Date }[];
    expect(row.deadline_expires_at.toISOString()).toBe(referral.deadline!.expiresAt);
  });

  it('s2(4): a person already detained under s2 gets the s2 clock: 28 days beginning with the admission day, to London midnight', async () => {
    // Admitted 20 days ago at 14:00 London: day 28 is 7 days from now; the s2 ends at the midnight after it.
    const admissionDate = addLondonDays(londonDateOf(new Date()), -20);
    const admittedAt = londonInstant(admissionDate, '14:00');
    const input = communityReferral({ legal: { situation: 's2_detained', clockStartedAt: admittedAt.toISOString() }, currentLocation: 'Cedar Ward' });
    const { status, body } = await post('/api/referrals', input);
    const referral = body as ReferralView;
    expect(status).toBe(201);
    expect(referral.deadline).toBeNull();
    expect(referral.mostUrgentClock).toMatchObject({
      kind: 's2',
      status: 'running',
      startsAt: admittedAt.toISOString(),
      expiresAt: londonInstant(addLondonDays(admissionDate, 28)).toISOString(),
    });
  });

  it('gives each referral its own reference from the sequence', async () => {
    const a = (await post('/api/referrals', communityReferral())).body as ReferralView;
    const b = (await post('/api/referrals', communityReferral())).body as ReferralView;
    expect(a.reference).not.toBe(b.reference);
  });

  describe('refuses invalid input with 400, naming every bad field, and saves nothing', () => {
    const cases: [string, () => unknown, string[]][] = [
      ['an empty body', () => ({}), ['currentLocation', 'legal', 'person', 'reason', 'risks', 'source', 'urgency']],
      [
        'missing person fields',
        () => {
          const input = communityReferral();
          return { ...input, person: { ...input.person, givenName: '', familyName: undefined, council: '  ' } };
        },
        ['person.council', 'person.familyName', 'person.givenName'],
      ],
      [
        'an NHS number failing the check digit',
        () => communityReferral({ person: { ...communityReferral().person, nhsNumber: '943 476 5918' } }),
        ['person.nhsNumber'],
      ],
      ['s136 without the time of arrival at the place of safety', () => s136Referral(1, { legal: { situation: 's136', placeOfSafety: 'A&E' } }), ['legal.clockStartedAt']],
      ['a holding power that begins in the future', () => s5_4Referral(new Date(Date.now() + 3600 * 1000)), ['legal.clockStartedAt']],
      [
        'unknown codes for sex, ethnic category, source, situation and urgency',
        () => {
          const input = communityReferral();
          return {
            ...input,
            person: { ...input.person, sex: 'x', ethnicCategory: 'Q' },
            source: { ...input.source, kind: 'neighbour' },
            legal: { situation: 's999' },
            urgency: 'whenever',
          };
        },
        ['legal.situation', 'person.ethnicCategory', 'person.sex', 'source.kind', 'urgency'],
      ],
    ];

    it.each(cases)('%s', async (_name, build, fields) => {
      const { status, body } = await post('/api/referrals', build());
      expect(status).toBe(400);
      const error = body as ValidationErrorBody;
      expect(error.statusCode).toBe(400);
      expect(error.error).toBe('Bad Request');
      expect(fieldsOf(error)).toEqual(expect.arrayContaining(fields));
      expect(new Set(fieldsOf(error))).toEqual(new Set(fields));
      for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(5);
      expect(await referralCount()).toBe(0);
    });

    it('a body that is not JSON', async () => {
      const res = await fetch(`${h.baseUrl}/api/referrals`, { method: 'POST', headers: amhp.headers(), body: '{"person":' });
      expect(res.status).toBe(400);
      const body = (await res.json()) as ValidationErrorBody;
      expect(body.issues[0].field).toBe('(body)');
      expect(await referralCount()).toBe(0);
    });

    it('a body over 100 kB', async () => {
      const res = await post('/api/referrals', communityReferral({ reason: 'x'.repeat(120 * 1024) }));
      expect(res.status).toBe(413);
      expect(await referralCount()).toBe(0);
    });
  });
});

describe('GET /api/referrals', () => {
  it('lists open referrals: most urgent legal deadline first, then urgency, then the longest waiting', async () => {
    const routineOld = (await post('/api/referrals', communityReferral({ urgency: 'routine' }))).body as ReferralView;
    const emergencyNoClock = (await post('/api/referrals', communityReferral({ urgency: 'emergency' }))).body as ReferralView;
    const routineNew = (await post('/api/referrals', communityReferral({ urgency: 'routine' }))).body as ReferralView;
    // s136 started 20 h ago expires in 4 h; s5(4) started 1 h ago expires in 5 h; s136 1 h ago in 23 h.
    const s136Late = (await post('/api/referrals', s136Referral(20, { urgency: 'urgent' }))).body as ReferralView;
    const s54 = (await post('/api/referrals', s5_4Referral(new Date(Date.now() - 3600 * 1000)))).body as ReferralView;
    const s136Early = (await post('/api/referrals', s136Referral(1))).body as ReferralView;

    const { status, body } = await get<ReferralView[]>('/api/referrals');
    expect(status).toBe(200);
    expect(body.map((r) => r.id)).toEqual([s136Late.id, s54.id, s136Early.id, emergencyNoClock.id, routineOld.id, routineNew.id]);
  });

  it('leaves closed referrals off the board', async () => {
    const kept = (await post('/api/referrals', communityReferral())).body as ReferralView;
    const closed = (await post('/api/referrals', communityReferral())).body as ReferralView;
    expect((await post(`/api/referrals/${closed.id}/close`, { reason: 'Informal admission agreed', version: 1 })).status).toBe(200);
    const { body } = await get<ReferralView[]>('/api/referrals');
    expect(body.map((r) => r.id)).toEqual([kept.id]);
  });
});

describe('GET /api/referrals/:id', () => {
  it('returns one referral', async () => {
    const created = (await post('/api/referrals', s136Referral(3))).body as ReferralView;
    const { status, body } = await get<ReferralView>(`/api/referrals/${created.id}`);
    expect(status).toBe(200);
    expect(body).toEqual(created);
  });

  it('404 for an id that does not exist', async () => {
    const { status } = await get(`/api/referrals/6f1c2d4e-1111-4222-8333-944455556666`);
    expect(status).toBe(404);
  });

  it('400 naming the id for a malformed id', async () => {
    const { status, body } = await get<ValidationErrorBody>('/api/referrals/not-a-uuid');
    expect(status).toBe(400);
    expect(body.issues.map((i) => i.field)).toEqual(['id']);
  });
});

describe('POST /api/referrals/:id/close', () => {
  it('closes with the current version, records why, and bumps the version', async () => {
    const created = (await post('/api/referrals', communityReferral())).body as ReferralView;
    const { status, body } = await post(`/api/referrals/${created.id}/close`, { reason: 'No further action', version: created.version });
    const closed = body as ReferralView;
    expect(status).toBe(200);
    expect(closed.status).toBe('closed');
    // The referral's open assessment is withdrawn with the reason, and that closes the referral.
    expect(closed.closedReason).toBe('Assessment withdrawn: No further action');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.version).toBe(created.version + 1);
    expect(closed.stage).toBe('closed');
    const events = await h.dataSource.query(`SELECT e.type FROM assessment_events e JOIN assessments a ON a.id = e.assessment_id WHERE a.referral_id = $1 ORDER BY e.sequence`, [created.id]);
    expect(events.map((e: { type: string }) => e.type).at(-1)).toBe('assessment_withdrawn');
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const created = (await post('/api/referrals', communityReferral())).body as ReferralView;
    const { status } = await post(`/api/referrals/${created.id}/close`, { reason: 'Closed by someone else first', version: created.version + 1 });
    expect(status).toBe(409);
    const { body } = await get<ReferralView>(`/api/referrals/${created.id}`);
    expect(body.status).toBe('open');
    expect(body.version).toBe(created.version);
    expect(body.closedReason).toBeNull();
  });

  it('refuses to close twice with 409', async () => {
    const created = (await post('/api/referrals', communityReferral())).body as ReferralView;
    expect((await post(`/api/referrals/${created.id}/close`, { reason: 'Done', version: 1 })).status).toBe(200);
    expect((await post(`/api/referrals/${created.id}/close`, { reason: 'Done again', version: 2 })).status).toBe(409);
  });

  it('400 naming the fields when reason or version is missing', async () => {
    const created = (await post('/api/referrals', communityReferral())).body as ReferralView;
    const { status, body } = await post(`/api/referrals/${created.id}/close`, {});
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(['reason', 'version']);
  });

  it('404 for an unknown referral', async () => {
    const { status } = await post('/api/referrals/6f1c2d4e-1111-4222-8333-944455556666/close', { reason: 'x', version: 1 });
    expect(status).toBe(404);
  });
});

import { BOARD_VIEWERS, CASE_READERS, CASE_WORKERS, ROLES } from '@amhp/contracts';
import type { Role } from '@amhp/contracts';
import supertest from 'supertest';
import { AccessPolicy } from '../src/modules/identity/access/access-policy';
import { signIn, TestSession } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { expressRoutes, nestRoutes, RouteInfo } from './support/routes';

/**
 * Access control everywhere: every route has a policy, the policies say what issue 4 says,
 * and the guard applies them (the role-by-route matrix, every route × every role). What each
 * role receives from the routes it may call, field by field, is access-fields.int-spec.ts;
 * from socket events, access-realtime.int-spec.ts.
 */
let h: Harness;
let routes: RouteInfo[];

beforeAll(async () => {
  h = await bootHarness();
  routes = nestRoutes(h.api);
});
afterAll(async () => {
  await h?.close();
});

type Expected = 'public' | 'signed-in' | readonly Role[];

/** The policies this issue decides (other modules' routes must have one, and are checked by the matrix). */
const EXPECTED: Record<string, Expected> = {
  'GET /api/health': 'public',
  'GET /api/auth/config': 'public',
  'POST /api/auth/sign-in': 'public',
  'GET /api/auth/oidc/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/sign-out': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  // AMHPs and EDT workers act on cases; service leads read them; read_only sees the board.
  'POST /api/referrals': CASE_WORKERS,
  'GET /api/referrals': BOARD_VIEWERS,
  'GET /api/referrals/:id': CASE_READERS,
  'POST /api/referrals/:id/close': CASE_WORKERS,
  'GET /api/alerts': BOARD_VIEWERS,
  'POST /api/alerts/:id/acknowledge': CASE_WORKERS,
  // Service leads read the audit trail.
  'GET /api/audit/events': ['service_lead'],
  'GET /api/audit/events.csv': ['service_lead'],
  // Administrators manage users.
  'GET /api/users': ['administrator'],
  'POST /api/users': ['administrator'],
  'GET /api/users/directory': ['administrator', 'service_lead'],
  'PATCH /api/users/:id': ['administrator'],
  'POST /api/users/:id/disable': ['administrator'],
  'POST /api/users/:id/enable': ['administrator'],
  'POST /api/users/:id/unlock': ['administrator'],
  'POST /api/users/:id/password': ['administrator'],
  // Issue 5: handovers are read by case readers; notes and acknowledgements are case workers'.
  'GET /api/handovers': CASE_READERS,
  'GET /api/handovers/upcoming': CASE_READERS,
  'GET /api/handovers/:id': CASE_READERS,
  'POST /api/handovers/:id/acknowledge': CASE_WORKERS,
  'POST /api/handover-notes': CASE_WORKERS,
  // Issue 5: who takes a case (case readers), each AMHP's cases; the calendar link is anyone's who
  // reads the rota; the feeds are public, the secret token in the URL being the credential.
  'GET /api/assessments/:id/allocation': CASE_READERS,
  'GET /api/my-cases': CASE_READERS,
  'GET /api/calendar-link': [...BOARD_VIEWERS, 'administrator'],
  'POST /api/calendar-link': [...BOARD_VIEWERS, 'administrator'],
  'DELETE /api/calendar-link': [...BOARD_VIEWERS, 'administrator'],
  'GET /api/calendar/:token/my-shifts.ics': 'public',
  'GET /api/calendar/:token/teams/:teamId.ics': 'public',
};

const key = (r: Pick<RouteInfo, 'method' | 'path'>) => `${r.method} ${r.path}`;

function normalised(policy: AccessPolicy | undefined): Expected | undefined {
  if (!policy) return undefined;
  return policy.kind === 'roles' ? [...policy.roles].sort() : policy.kind;
}

function allows(policy: AccessPolicy, who: Role | 'anonymous'): boolean {
  if (policy.kind === 'public') return true;
  if (who === 'anonymous') return false;
  return policy.kind === 'signed-in' || policy.roles.includes(who);
}

describe('every route has an explicit policy', () => {
  it('finds the routes (sanity: the enumeration sees this issue’s and issue 2’s controllers)', () => {
    const keys = routes.map(key);
    for (const expected of Object.keys(EXPECTED)) expect(keys).toContain(expected);
  });

  it('no route lacks @Public, @SignedIn or @Allow', () => {
    const missing = routes.filter((r) => !r.policy).map((r) => `${key(r)} (${r.controller}.${r.handler})`);
    expect(missing).toEqual([]);
  });

  it('the policies are the ones issue 4 sets', () => {
    for (const route of routes.filter((r) => EXPECTED[key(r)])) {
      const expected = EXPECTED[key(route)];
      expect([key(route), normalised(route.policy)]).toEqual([key(route), typeof expected === 'string' ? expected : [...expected].sort()]);
    }
  });

  it('only sign-in and health are public', () => {
    const publicRoutes = routes.filter((r) => r.policy?.kind === 'public').map(key);
    expect(publicRoutes.filter((k) => EXPECTED[k] !== 'public')).toEqual([]);
  });

  it('administrators without a clinical role reach no case route (referrals, assessments, alerts, clocks)', () => {
    const caseRoutes = routes.filter((r) => /^\/api\/(referrals|assessments|alerts|clocks)\b/.test(r.path));
    expect(caseRoutes.length).toBeGreaterThan(0);
    const leaking = caseRoutes.filter((r) => r.policy && allows(r.policy, 'administrator')).map(key);
    expect(leaking).toEqual([]);
  });

  it('every route express holds is Nest’s (and so guarded), except the API docs, which have their own policy', () => {
    const nest = new Set(routes.map(key));
    const outside = expressRoutes(h.api).filter((r) => !nest.has(key(r)));
    expect(outside.map((r) => r.path).every((p) => /^\/api\/docs(-json|-yaml)?(\/.*)?$/.test(p))).toBe(true);
  });
});

describe('the role-by-route matrix: every route × anonymous and every role', () => {
  const UUID = '6f1c2d4e-1111-4222-8333-944455556666';
  let sessions: Record<Role, TestSession>;

  beforeAll(async () => {
    sessions = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await signIn(h, role)] as const))) as Record<Role, TestSession>;
  });

  async function call(route: RouteInfo, session: TestSession | null): Promise<number> {
    const url = route.path.replace(/:[A-Za-z]+/g, UUID);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    const req = supertest(h.api.getHttpServer())[method](url).redirects(0);
    if (session) req.set('cookie', session.cookie).set('x-csrf-token', session.csrfToken);
    if (method !== 'get') req.send({});
    return (await req).status;
  }

  it('allows exactly the roles each route’s policy names: 401 without a session, 403 for other roles', async () => {
    const failures: string[] = [];
    // Sign-out ends the session it is called with: it goes last.
    const ordered = [...routes.filter((r) => r.path !== '/api/auth/sign-out'), ...routes.filter((r) => r.path === '/api/auth/sign-out')];
    for (const route of ordered) {
      for (const who of ['anonymous', ...ROLES] as const) {
        const status = await call(route, who === 'anonymous' ? null : sessions[who]);
        // A route without a policy is refused to everyone (403), signed in or not.
        const allowed = route.policy ? allows(route.policy, who) : false;
        const refusal = route.policy && who === 'anonymous' ? 401 : 403;
        const ok = allowed ? status !== 401 && status !== 403 : status === refusal;
        if (!ok) failures.push(`${key(route)} as ${who}: ${status} (expected ${allowed ? 'allowed' : 'refused'})`);
      }
    }
    expect(failures).toEqual([]);
    // Sanity: the matrix made requests that both passed and were refused.
    expect(routes.length * (ROLES.length + 1)).toBeGreaterThan(100);
  });
});

describe('CSRF and cross-site requests', () => {
  it('an unsafe request on a session cookie needs the session’s token in x-csrf-token', async () => {
    const amhp = await signIn(h, 'amhp');
    const http = supertest(h.api.getHttpServer());
    await http.post('/api/alerts/6f1c2d4e-1111-4222-8333-944455556666/acknowledge').set('cookie', amhp.cookie).expect(403);
    await http.post('/api/alerts/6f1c2d4e-1111-4222-8333-944455556666/acknowledge').set('cookie', amhp.cookie).set('x-csrf-token', 'guessed').expect(403);
    const other = await signIn(h, 'edt_worker');
    await http.post('/api/alerts/6f1c2d4e-1111-4222-8333-944455556666/acknowledge').set('cookie', amhp.cookie).set('x-csrf-token', other.csrfToken).expect(403);
    await http.post('/api/alerts/6f1c2d4e-1111-4222-8333-944455556666/acknowledge').set(amhp.headers()).expect(404);
    // Reads need no token.
    await http.get('/api/referrals').set('cookie', amhp.cookie).expect(200);
  });

  it('refuses unsafe requests from another site’s page, sign-in included (login CSRF)', async () => {
    const amhp = await signIn(h, 'amhp');
    const http = supertest(h.api.getHttpServer());
    await http.post('/api/alerts/6f1c2d4e-1111-4222-8333-944455556666/acknowledge').set(amhp.headers({ origin: 'https://evil.example' })).expect(403);
    await http.post('/api/auth/sign-in').set('origin', 'https://evil.example').send({ email: amhp.email, password: 'x' }).expect(403);
    await http.post('/api/alerts/6f1c2d4e-1111-4222-8333-944455556666/acknowledge').set(amhp.headers({ origin: h.baseUrl })).expect(404);
  });
});

describe('the API documentation', () => {
  it('is public outside production', async () => {
    await supertest(h.api.getHttpServer()).get('/api/docs-json').expect(200);
  });

  describe('in production', () => {
    let prod: Harness;
    beforeAll(async () => {
      prod = await bootHarness({ env: { NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://amhp.exampleshire.gov.uk' } });
    });
    afterAll(async () => {
      await prod?.close();
    });

    it('is for signed-in administrators only', async () => {
      const http = supertest(prod.api.getHttpServer());
      for (const path of ['/api/docs', '/api/docs-json', '/api/docs-yaml']) await http.get(path).expect(401);
      const amhp = await signIn(prod, 'amhp');
      await http.get('/api/docs-json').set('cookie', amhp.cookie).expect(403);
      const admin = await signIn(prod, 'administrator');
      await http.get('/api/docs-json').set('cookie', admin.cookie).expect(200);
    });
  });
});

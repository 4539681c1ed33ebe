import { ALERT_KINDS, CASE_READERS, ROLES } from '@amhp/contracts';
import type { AlertView, BoardRow, MyCasesView, ReferralView, Role } from '@amhp/contracts';
import { AlertsService } from '../src/modules/alerts/alerts.service';
import { AccessPolicy } from '../src/modules/identity/access/access-policy';
import { AssessmentClient } from './support/assessment-client';
import { signIn, TestSession } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { fieldsOf, leaksOf, MARKED, markedReferral, ROW_FIELDS } from './support/privacy-fixtures';
import { nestRoutes, RouteInfo } from './support/routes';

/**
 * The route × role matrix, by the fields each role receives (access-routes.int-spec.ts checks
 * who may call each route at all). A referral of a person whose details are all distinctive is
 * recorded, screened, allocated and alerted on; then every read route is called as every role
 * allowed it. Roles that may not open a case (read_only, administrators) must find none of the
 * person's details anywhere; the board rows carry exactly the fields of each role's audience.
 */
let h: Harness;
let sessions: Record<Role, TestSession>;
let referral: ReferralView;
let registerId: string;

beforeAll(async () => {
  h = await bootHarness();
  await h.reset();
  sessions = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await signIn(h, role)] as const))) as Record<Role, TestSession>;
  const c = await AssessmentClient.connect(h);
  referral = await c.referral(markedReferral());
  // The AMHP signed in is on the register, and the case is allocated to them (My cases).
  registerId = (await c.amhp({ name: 'Fieldtest AMHP' })).id;
  await h.dataSource.query('UPDATE amhps SET user_id = $1 WHERE id = $2', [sessions.amhp.userId, registerId]);
  await c.act(referral.assessmentId!, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
  await c.act(referral.assessmentId!, 'allocate_amhp', { amhpId: registerId });
  // An alert on the case's s136 clock, raised as the timer would raise it.
  const [clock] = (await h.dataSource.query('SELECT id, revision, expires_at FROM clocks WHERE assessment_id = $1', [referral.assessmentId])) as {
    id: string;
    revision: number;
    expires_at: Date;
  }[];
  const alert = await h.api.get(AlertsService).raiseClockAlert({
    clockId: clock.id,
    revision: clock.revision,
    referralReference: referral.reference,
    label: 's136 detention',
    section: 's136(2A)',
    expiresAt: clock.expires_at,
    extended: false,
    point: { key: '50', type: 'warning', fraction: 0.5, at: new Date() },
  });
  expect(alert).not.toBeNull();
});
afterAll(async () => {
  await h?.close();
});

async function get(session: TestSession, path: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${h.baseUrl}${path}`, { headers: session.headers() });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV and calendars are text
  }
  return { status: res.status, body };
}

function allows(policy: AccessPolicy | undefined, role: Role): boolean {
  return !!policy && (policy.kind === 'signed-in' || (policy.kind === 'roles' && policy.roles.includes(role)));
}

const PLACEHOLDER = '6f1c2d4e-1111-4222-8333-944455556666';

/** Each read route as a concrete URL about the marked case (a new route must be added here). */
function concrete(route: RouteInfo): string | undefined {
  const paths: Record<string, string> = {
    '/api/alerts': '/api/alerts',
    '/api/amhps': '/api/amhps',
    '/api/amhps/:id/training': `/api/amhps/${registerId}/training`,
    '/api/amhps/approval-alerts': '/api/amhps/approval-alerts',
    '/api/assessments/:id': `/api/assessments/${referral.assessmentId}`,
    '/api/assessments/:id/allocation': `/api/assessments/${referral.assessmentId}/allocation`,
    '/api/audit/events': `/api/audit/events?person=${referral.id}`,
    '/api/audit/events.csv': `/api/audit/events.csv?person=${referral.id}`,
    '/api/auth/me': '/api/auth/me',
    '/api/calendar-link': '/api/calendar-link',
    '/api/doctors': '/api/doctors',
    '/api/handovers': '/api/handovers',
    '/api/handovers/:id': `/api/handovers/${PLACEHOLDER}`,
    '/api/handovers/upcoming': '/api/handovers/upcoming',
    '/api/my-cases': '/api/my-cases',
    '/api/referrals': '/api/referrals',
    '/api/referrals/:id': `/api/referrals/${referral.id}`,
    '/api/role-grants': '/api/role-grants',
    '/api/rota': '/api/rota',
    '/api/rota/absences': '/api/rota/absences',
    '/api/rota/adjustments': '/api/rota/adjustments',
    '/api/rota/gaps': '/api/rota/gaps',
    '/api/rota/on-duty': '/api/rota/on-duty',
    '/api/rota/patterns': '/api/rota/patterns',
    '/api/teams': '/api/teams',
    '/api/users': '/api/users',
    '/api/users/directory': '/api/users/directory',
  };
  return paths[route.path];
}

const reads = () => nestRoutes(h.api).filter((r) => r.method === 'GET' && r.policy?.kind !== 'public');

describe('every read route, as every role allowed it', () => {
  it('knows every read route (a new one is reviewed here for what it returns)', () => {
    expect(reads().filter((r) => !concrete(r)).map((r) => r.path)).toEqual([]);
  });

  it('gives none of the person’s details to a role that may not open the case (read_only, administrator)', async () => {
    const found: string[] = [];
    let calls = 0;
    for (const route of reads()) {
      for (const role of ['read_only', 'administrator'] as const) {
        if (!allows(route.policy, role)) continue;
        const { status, body } = await get(sessions[role], concrete(route)!);
        calls++;
        if (status >= 500) found.push(`${route.path} as ${role}: ${status}`);
        const leaks = leaksOf(body);
        if (leaks.length) found.push(`${route.path} as ${role}: ${leaks.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
    expect(calls).toBeGreaterThan(10);
    // The check can fail: a case reader's board does name the person.
    expect(leaksOf((await get(sessions.amhp, '/api/referrals')).body)).toEqual(['givenName', 'familyName', 'currentLocation']);
  });
});

describe('GET /api/referrals (the board), role by role', () => {
  it.each(ROLES)('as %s: the board row fields of that role’s audience, or 403', async (role) => {
    const { status, body } = await get(sessions[role], '/api/referrals');
    if (role === 'administrator') return expect(status).toBe(403);
    expect(status).toBe(200);
    const rows = body as BoardRow[];
    const row = rows.find((r) => r.id === referral.id)!;
    const caseReader = (CASE_READERS as readonly Role[]).includes(role);
    for (const r of rows) expect(fieldsOf(r)).toEqual(caseReader ? ROW_FIELDS.full : ROW_FIELDS.bare);
    expect(row).toMatchObject({ reference: referral.reference, legalSituation: 's136', stage: 'amhp_allocated', allocatedAmhp: { id: registerId, name: 'Fieldtest AMHP' } });
    expect(row.mostUrgentClock).toMatchObject({ kind: 's136', status: 'running' });
    if (caseReader) {
      expect(row).toMatchObject({ name: { givenName: MARKED.givenName, familyName: MARKED.familyName }, currentLocation: MARKED.currentLocation, source: 'police' });
      expect(row.age).toBeGreaterThanOrEqual(46);
    }
    // Never on any row, for anyone: the NHS number, date of birth, address, reason or risks.
    expect(leaksOf(rows).filter((k) => !['givenName', 'familyName', 'currentLocation'].includes(k))).toEqual([]);
  });

  it('records each list read once, naming who read which referrals and with which details; a search by person finds it', async () => {
    const before = (await h.dataSource.query(`SELECT max(id) AS id FROM audit_events`)) as { id: string }[];
    await get(sessions.read_only, '/api/referrals');
    await get(sessions.edt_worker, '/api/referrals');
    const entries = (await h.dataSource.query(`SELECT actor_user_id, action, after FROM audit_events WHERE id > $1 AND action LIKE 'referral.list%' ORDER BY id`, [
      before[0].id,
    ])) as { actor_user_id: string; action: string; after: { referralIds: string[]; details: string[] } }[];
    expect(entries).toEqual([
      { actor_user_id: sessions.read_only.userId, action: 'referral.list', after: { referralIds: [referral.id], details: [] } },
      { actor_user_id: sessions.edt_worker.userId, action: 'referral.list', after: { referralIds: [referral.id], details: ['name', 'age', 'currentLocation', 'source'] } },
    ]);
    for (const person of [referral.id, MARKED.nhsNumber, referral.assessmentId!]) {
      const found = (await get(sessions.service_lead, `/api/audit/events?action=referral.list&person=${person}&limit=500`)).body as { events: { actorUserId: string }[] };
      expect(found.events.map((e) => e.actorUserId)).toEqual(expect.arrayContaining([sessions.read_only.userId, sessions.edt_worker.userId]));
    }
  });
});

describe('GET /api/my-cases and GET /api/alerts, role by role', () => {
  it.each(CASE_READERS)('my cases as %s: case readers’ rows (the allocated AMHP’s own), audited', async (role) => {
    const { status, body } = await get(sessions[role], '/api/my-cases');
    expect(status).toBe(200);
    const view = body as MyCasesView;
    if (role !== 'amhp') return expect(view).toEqual({ amhp: null, cases: [] });
    expect(view.cases.map((r) => r.id)).toEqual([referral.id]);
    expect(fieldsOf(view.cases[0])).toEqual(ROW_FIELDS.full);
    const [entry] = (await h.dataSource.query(`SELECT after FROM audit_events WHERE action = 'referral.list-mine' AND actor_user_id = $1 ORDER BY id DESC LIMIT 1`, [
      sessions.amhp.userId,
    ])) as { after: { referralIds: string[] } }[];
    expect(entry.after.referralIds).toEqual([referral.id]);
  });

  it.each(ROLES)('alerts as %s: the alert’s fields, naming the reference and never the person', async (role) => {
    const { status, body } = await get(sessions[role], '/api/alerts');
    if (role === 'administrator') return expect(status).toBe(403);
    const [alert] = body as AlertView[];
    expect(fieldsOf(alert)).toEqual(
      ['id', 'kind', 'severity', 'referralId', 'referralReference', 'message', 'dueAt', 'raisedAt', 'acknowledgedAt', 'assessmentId', 'clockId', 'clockKind', 'point', 'handoverId'].sort(),
    );
    expect(ALERT_KINDS).toContain(alert.kind);
    expect(alert.message).toContain(referral.reference);
    expect(leaksOf(alert)).toEqual([]);
  });
});

describe('when the service lets read_only see some of the person’s details', () => {
  let configured: Harness;
  beforeAll(async () => {
    configured = await bootHarness({ env: { READ_ONLY_BOARD_DETAILS: 'currentLocation,age' } });
  });
  afterAll(async () => {
    await configured?.close();
  });

  it('its rows carry exactly those, and still not the name', async () => {
    const viewer = await signIn(configured, 'read_only');
    const rows = (await (await fetch(`${configured.baseUrl}/api/referrals`, { headers: viewer.headers() })).json()) as BoardRow[];
    const row = rows.find((r) => r.id === referral.id)!;
    expect(fieldsOf(row)).toEqual([...ROW_FIELDS.bare, 'age', 'currentLocation'].sort());
    expect(row.currentLocation).toBe(MARKED.currentLocation);
    expect(leaksOf(rows)).toEqual(['currentLocation']);
  });
});

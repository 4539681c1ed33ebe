import { BOARD_VIEWERS, CASE_READERS, ROLES } from '@amhp/contracts';
import type { AlertView, BoardRow, ReferralView, Role, ServerEventName } from '@amhp/contracts';
import { Server } from 'socket.io';
import supertest from 'supertest';
import { RealtimeGateway } from '../src/infra/realtime/realtime.gateway';
import { AlertsService } from '../src/modules/alerts/alerts.service';
import { HandoverCreator } from '../src/modules/handovers/handover-creator.service';
import { EVENT_AUDIENCE } from '../src/modules/identity/realtime/event-audience';
import { SocketAccess } from '../src/modules/identity/realtime/socket-access.service';
import { AssessmentClient } from './support/assessment-client';
import { signedInAgent, signIn, TestSession } from './support/auth';
import { BoardClient } from './support/board-client';
import { acknowledge, dayTeam, dropTestTeams, latest } from './support/handover-fixtures';
import { bootHarness, eventually, Harness } from './support/harness';
import { fieldsOf, leaksOf, markedReferral, ROW_FIELDS } from './support/privacy-fixtures';
import { communityReferral } from './support/referral-fixtures';

/** socket.io: authenticated at the handshake; each user receives only what their role may see. */
let h: Harness;
const clients: BoardClient[] = [];

beforeAll(async () => {
  h = await bootHarness();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});
afterAll(async () => {
  if (h) await dropTestTeams(h);
  await h?.close();
});

async function connect(session: TestSession | null, extra: { origin?: string } = {}): Promise<BoardClient> {
  const client = await BoardClient.connect(h.baseUrl, { cookie: session?.cookie, ...extra });
  clients.push(client);
  return client;
}

async function connectError(session: TestSession | null, extra: { origin?: string } = {}): Promise<string> {
  try {
    const client = await connect(session, extra);
    client.close();
    return 'connected';
  } catch (error) {
    return (error as Error).message;
  }
}

function serverOf(): Server {
  return (h.api.get(RealtimeGateway) as unknown as { server: Server }).server;
}

describe('the handshake', () => {
  it('refuses a connection without a session', async () => {
    expect(await connectError(null)).toBe('unauthorized');
  });

  it('refuses a forged session cookie, and a page of another site even with a real one', async () => {
    expect(await connectError({ cookie: 'amhp_session=forged' } as TestSession)).toBe('unauthorized');
    const amhp = await signIn(h, 'amhp');
    expect(await connectError(amhp, { origin: 'https://evil.example' })).toBe('forbidden origin');
    expect(await connectError(amhp, { origin: h.baseUrl })).toBe('connected');
  });

  it('accepts a signed-in user, who may ping the server', async () => {
    const client = await connect(await signIn(h, 'read_only'));
    const serverTime = await client.socket.timeout(2000).emitWithAck('board.ping');
    expect(Date.parse(serverTime)).toBeGreaterThan(Date.now() - 5000);
  });
});

describe('who receives which events', () => {
  it('board events reach AMHPs, EDT workers, service leads and read_only users, and not administrators', async () => {
    const listeners = {} as Record<Role, BoardClient>;
    for (const role of ROLES) listeners[role] = await connect(await signIn(h, role));
    const amhp = await signedInAgent(h, 'amhp');
    const referral = (await amhp.post('/api/referrals').send(communityReferral()).expect(201)).body as ReferralView;

    for (const role of BOARD_VIEWERS) await listeners[role].waitFor('referral.upserted', (r) => r.id === referral.id, 5000);
    // By now the relay has delivered the event to every socket that was to get it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listeners.administrator.events('referral.upserted')).toEqual([]);
    expect(listeners.administrator.received).toEqual([]);
  });

  it('an administrator who also holds a clinical role receives them', async () => {
    const both = await connect(await signIn(h, ['administrator', 'edt_worker']));
    const amhp = await signedInAgent(h, 'amhp');
    const referral = (await amhp.post('/api/referrals').send(communityReferral()).expect(201)).body as ReferralView;
    await both.waitFor('referral.upserted', (r) => r.id === referral.id, 5000);
  });
});

describe('a socket lives no longer than its session', () => {
  it('signing out disconnects the session’s sockets at once', async () => {
    const session = await signIn(h, 'amhp');
    const client = await connect(session);
    const disconnected = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    await supertest(h.api.getHttpServer()).post('/api/auth/sign-out').set(session.headers()).expect(204);
    expect(await disconnected).toBe('io server disconnect');
  });

  it('sockets of sessions that expired (or whose user was disabled) are dropped by the sweep', async () => {
    const expiring = await signIn(h, 'edt_worker');
    const kept = await signIn(h, 'service_lead');
    const a = await connect(expiring);
    const b = await connect(kept);
    await h.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '2 hours' WHERE csrf_token = $1`, [expiring.csrfToken]);
    const dropped = await h.api.get(SocketAccess).sweep(serverOf());
    expect(dropped).toBeGreaterThanOrEqual(1);
    await eventually(async () => (a.socket.connected ? undefined : true), 3000);
    expect(b.socket.connected).toBe(true);
  });

  it('disabling a user disconnects their sockets', async () => {
    const target = await signIn(h, 'read_only');
    const client = await connect(target);
    const admin = await signedInAgent(h, ['administrator', 'amhp']);
    const disconnected = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    await admin.post(`/api/users/${target.userId}/disable`).expect(200);
    expect(await disconnected).toBe('io server disconnect');
    await h.dataSource.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [target.userId]);
  });
});

/** The fields of each event's payload, whoever receives it (board rows vary by audience: see below). */
const EVENT_FIELDS: Record<Exclude<ServerEventName, 'referral.upserted' | 'alert.raised'>, string[]> = {
  'referral.closed': ['id'],
  'alert.acknowledged': ['id'],
  'assessment.updated': ['id', 'referralId', 'stage', 'updatedAt', 'version'],
  'handover.created': ['acknowledgedAt', 'acknowledgedBy', 'ackDueAt', 'boundaryAt', 'caseCount', 'createdAt', 'dayTeamId', 'direction', 'fromTeam', 'id', 'overdue', 'toTeam'],
  'handover.acknowledged': ['acknowledgedAt', 'id'],
  'rota.changed': ['teamIds'],
  'realtime.resync': [],
};

describe('what each role receives, event by event (every event × every role)', () => {
  const listeners = {} as Record<Role | 'both', BoardClient>;
  let referral: ReferralView;

  beforeAll(async () => {
    for (const role of ROLES) listeners[role] = await connect(await signIn(h, role));
    // Someone who holds read_only and a case reader's role gets one copy of a row: the case reader's.
    listeners.both = await connect(await signIn(h, ['read_only', 'amhp']));
    const c = await AssessmentClient.connect(h);
    const team = await dayTeam(h, 'hx-rt', '00:00', '00:01');
    referral = await c.referral({ ...markedReferral(), teamId: team.id });
    await c.act(referral.assessmentId!, 'screen_referral', { decision: 'accepted', reason: 'Needs assessment' });
    const [clock] = (await h.dataSource.query('SELECT id, revision, expires_at FROM clocks WHERE assessment_id = $1', [referral.assessmentId])) as {
      id: string;
      revision: number;
      expires_at: Date;
    }[];
    const alert = (await h.api.get(AlertsService).raiseClockAlert({
      clockId: clock.id,
      revision: clock.revision,
      referralReference: referral.reference,
      label: 's136 detention',
      section: 's136(2A)',
      expiresAt: clock.expires_at,
      extended: false,
      point: { key: '75', type: 'warning', fraction: 0.75, at: new Date() },
    }))!;
    const amhp = await signedInAgent(h, 'amhp');
    await amhp.post(`/api/alerts/${alert.id}/acknowledge`).expect(200);
    const handover = (await h.api.get(HandoverCreator).create(team.config, latest(team)))!;
    expect((await acknowledge(h, await signIn(h, 'edt_worker'), handover.id)).status).toBe(200);
    const lead = await signedInAgent(h, 'service_lead');
    const registerId = (await c.amhp({ name: 'Realtime AMHP' })).id;
    await lead.post('/api/rota/absences').send({ amhpId: registerId, kind: 'training', from: '2027-11-01', to: '2027-11-01' }).expect(201);
    await c.act(referral.assessmentId!, 'withdraw', { reason: 'Withdrawn by the referrer' });
    h.api.get(RealtimeGateway).resyncAll();
    // Everyone in the audience of the last event has had every event by the time it arrives.
    for (const role of ROLES) await listeners[role].waitFor('realtime.resync', () => true, 5000);
    await listeners.both.waitFor('realtime.resync', () => true, 5000);
  });

  it.each(ROLES)('%s: exactly the events of its audience', (role) => {
    const received = new Set(listeners[role].received.map((r) => r.event));
    const expected = (Object.keys(EVENT_AUDIENCE) as ServerEventName[]).filter((event) => (EVENT_AUDIENCE[event] as readonly Role[]).includes(role));
    expect([...received].sort()).toEqual(expected.sort());
  });

  it.each(ROLES)('%s: the fields of each event it receives, and none of the person’s details unless it reads cases', (role) => {
    const caseReader = (CASE_READERS as readonly Role[]).includes(role);
    for (const { event, payload } of listeners[role].received) {
      if (event === 'referral.upserted') expect([event, fieldsOf(payload as BoardRow)]).toEqual([event, caseReader ? ROW_FIELDS.full : ROW_FIELDS.bare]);
      else if (event === 'alert.raised') expect(fieldsOf(payload as AlertView)).toContain('referralReference');
      else expect([event, fieldsOf(payload as object)]).toEqual([event, [...EVENT_FIELDS[event]].sort()]);
      // Alerts name the reference, not the person; only the case readers' rows carry the name.
      const allowed = caseReader && event === 'referral.upserted' ? ['givenName', 'familyName', 'currentLocation'] : [];
      expect([event, leaksOf(payload).filter((leak) => !allowed.includes(leak))]).toEqual([event, []]);
    }
    if (caseReader) {
      const rows = listeners[role].events('referral.upserted').filter((r) => r.id === referral.id);
      expect(rows.map((r) => r.stage)).toEqual(['referral_received', 'screened']);
      expect(rows[0].name).toEqual({ givenName: 'Oriel', familyName: 'Quillfeather' });
    }
  });

  it('a user with read_only and a case reader’s role gets one copy of each row, the case reader’s', () => {
    const rows = listeners.both.events('referral.upserted').filter((r) => r.id === referral.id);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(fieldsOf(row)).toEqual(ROW_FIELDS.full);
  });

  it('Redis holds ids and non-identifying fields only, in a short stream that expires', async () => {
    const key = `${h.config.queuePrefix}:realtime`;
    const entries = await h.redis.xrange(key, '-', '+');
    expect(entries.length).toBeGreaterThan(5);
    expect(leaksOf(entries)).toEqual([]);
    const rows = entries.map(([, fields]) => JSON.parse(fields[1]) as { event: string; payload: BoardRow }).filter((m) => m.event === 'referral.upserted');
    for (const { payload } of rows) expect(fieldsOf(payload)).toEqual(ROW_FIELDS.bare);
    const ttl = await h.redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(15 * 60);
  });
});


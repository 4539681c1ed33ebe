import { BOARD_VIEWERS, ROLES } from '@amhp/contracts';
import type { ReferralView, Role } from '@amhp/contracts';
import { Server } from 'socket.io';
import supertest from 'supertest';
import { RealtimeGateway } from '../src/infra/realtime/realtime.gateway';
import { SocketAccess } from '../src/modules/identity/realtime/socket-access.service';
import { signedInAgent, signIn, TestSession } from './support/auth';
import { BoardClient } from './support/board-client';
import { bootHarness, eventually, Harness } from './support/harness';
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

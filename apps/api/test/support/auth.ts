import type { Role } from '@amhp/contracts';
import { CSRF_HEADER } from '@amhp/contracts';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/modules/identity/sign-in/password-hasher';
import { UserEntity } from '../../src/modules/identity/user.entity';
import type { Harness } from './harness';

/**
 * Signing in from tests (issue 4): every API route needs a session with the right role.
 *
 *   const amhp = await signedInAgent(h, 'amhp');         // supertest agent: cookie + CSRF header
 *   await amhp.post('/api/referrals').send(input).expect(201);
 *
 *   const lead = await signIn(h, 'service_lead');          // for fetch() and socket.io clients
 *   await fetch(`${h.baseUrl}/api/referrals`, { headers: lead.headers() });
 *   const board = await BoardClient.connect(h.baseUrl, { cookie: lead.cookie });
 *
 * One test account per role (or set of roles), created on first use with TEST_PASSWORD.
 */
export const TEST_PASSWORD = 'Integration-test-passphrase-42';

export interface TestSession {
  userId: string;
  email: string;
  roles: Role[];
  /** The Cookie header: session and CSRF cookies. */
  cookie: string;
  csrfToken: string;
  /** Headers for fetch(): the cookie, the CSRF header and JSON. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

export type SignedInAgent = ReturnType<typeof supertest.agent> & { session: TestSession };

type Target = Harness | INestApplication;

function appOf(target: Target): INestApplication {
  return 'api' in target ? target.api : target;
}

let testHash: Promise<string> | undefined;

export function testEmail(roles: Role[]): string {
  return `${[...roles].sort().join('+')}@amhp-hub.test`;
}

/** The test account for these roles, created (with TEST_PASSWORD, no forced change) if missing. */
export async function ensureTestUser(target: Target, role: Role | Role[], overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
  const roles = Array.isArray(role) ? role : [role];
  const users = appOf(target).get<DataSource>(getDataSourceToken()).getRepository(UserEntity);
  const email = overrides.email ?? testEmail(roles);
  const existing = await users.findOneBy({ email });
  if (existing) {
    // Earlier tests may have locked or disabled it: start every sign-in from a clean account.
    await users.update({ id: existing.id }, { failedSignIns: 0, lockedUntil: null, disabledAt: null, mustChangePassword: false, roles, ...overrides });
    return users.findOneByOrFail({ id: existing.id });
  }
  testHash ??= new PasswordHasher().hash(TEST_PASSWORD);
  return users.save(
    users.create({
      email,
      displayName: `Test ${roles.join(' and ')}`,
      roles,
      authSource: 'local',
      passwordHash: await testHash,
      mustChangePassword: false,
      ...overrides,
    }),
  );
}

function cookieHeader(setCookie: string[] | string | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

/** Signs in over HTTP as the test account for `role`; for fetch() and socket clients. */
export async function signIn(target: Target, role: Role | Role[]): Promise<TestSession> {
  const user = await ensureTestUser(target, role);
  const res = await supertest(appOf(target).getHttpServer()).post('/api/auth/sign-in').send({ email: user.email, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`test sign-in as ${user.email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = cookieHeader(res.headers['set-cookie']);
  const csrfToken = (res.body as { csrfToken: string }).csrfToken;
  return {
    userId: user.id,
    email: user.email,
    roles: user.roles,
    cookie,
    csrfToken,
    headers: (extra = {}) => ({ cookie, [CSRF_HEADER]: csrfToken, 'content-type': 'application/json', ...extra }),
  };
}

/** A supertest agent signed in as `role`: it sends the session cookie and the CSRF header. */
export async function signedInAgent(target: Target, role: Role | Role[]): Promise<SignedInAgent> {
  const session = await signIn(target, role);
  const agent = supertest.agent(appOf(target).getHttpServer());
  agent.set('cookie', session.cookie).set(CSRF_HEADER, session.csrfToken);
  return Object.assign(agent, { session });
}

import type { AuthConfigView, SessionView } from '@amhp/contracts';
import { FetchBrowser, Page } from './support/fetch-browser';
import { freePort } from './support/free-port';
import { bootHarness, Harness } from './support/harness';
import { OidcTestProvider, startOidcProvider } from './support/oidc-provider';

/**
 * OIDC sign-in end to end against a real OpenID Connect provider (oidc-provider) run locally:
 * the test plays the browser (fetch, cookies, redirects, the provider's login and consent forms).
 */
const ACCOUNTS = {
  'sub-duty-1': { email: 'Duty.AMHP@exampleshire.gov.uk', name: 'Duty AMHP One', groups: ['AMHP-Duty', 'All-Staff'] },
  'sub-lead-1': { email: 'lead@exampleshire.gov.uk', name: 'AMHP Lead', groups: ['AMHP-Leads'] },
  'sub-nobody': { email: 'nobody@exampleshire.gov.uk', name: 'No Group', groups: ['All-Staff'] },
  'sub-taken': { email: 'taken@amhp-hub.test', name: 'Clashing Email', groups: ['AMHP-Duty'] },
};

let provider: OidcTestProvider;
let h: Harness;

beforeAll(async () => {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/api/auth/oidc/callback`;
  provider = await startOidcProvider(redirectUri, ACCOUNTS);
  h = await bootHarness({
    env: {
      PORT: String(port),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_REDIRECT_URI: redirectUri,
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_ROLE_MAP: JSON.stringify({ 'AMHP-Duty': 'amhp', 'AMHP-Leads': ['service_lead', 'read_only'] }),
      OIDC_LABEL: 'Exampleshire County Council',
    },
  });
}, 60_000);

afterAll(async () => {
  await h?.close();
  await provider?.stop();
});

/** Start at the sign-in button's URL, sign in at the provider as `account`, consent, come back. */
async function signInWithProvider(browser: FetchBrowser, account: string): Promise<Page> {
  const login = await browser.get(`${h.baseUrl}/api/auth/oidc/start`);
  expect(login.url.startsWith(provider.issuer)).toBe(true);
  expect(login.body).toContain('name="login"');
  const next = await browser.submitForm(login, { login: account, password: 'any password: the development form checks none' });
  // The first time, the provider asks the user to consent to the scopes.
  return next.url.startsWith(provider.issuer) ? browser.submitForm(next) : next;
}

async function me(browser: FetchBrowser): Promise<{ status: number; body: SessionView }> {
  const res = await fetch(`${h.baseUrl}/api/auth/me`, { headers: { cookie: browser.cookieHeader(h.baseUrl) } });
  return { status: res.status, body: (await res.json()) as SessionView };
}

async function userRow(subject: string) {
  const [row] = (await h.dataSource.query(`SELECT id, email, display_name, roles, auth_source, password_hash FROM users WHERE oidc_subject = $1`, [subject])) as {
    id: string;
    email: string;
    display_name: string;
    roles: string[];
    auth_source: string;
    password_hash: string | null;
  }[];
  return row;
}

describe('OIDC sign-in (authorization code + PKCE) against a locally run provider', () => {
  it('the sign-in page is told to offer the council’s provider', async () => {
    const config = (await (await fetch(`${h.baseUrl}/api/auth/config`)).json()) as AuthConfigView;
    expect(config).toEqual({ local: true, oidc: { enabled: true, label: 'Exampleshire County Council', startUrl: '/api/auth/oidc/start' } });
  });

  it('signs a new user in, provisions them with the roles their groups map to, and lands on the board', async () => {
    const browser = new FetchBrowser();
    const landed = await signInWithProvider(browser, 'sub-duty-1');

    const authorize = new URL(landed.trail.find((u) => u.startsWith(`${provider.issuer}/auth?`))!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(landed.trail.some((u) => u.startsWith(`${h.baseUrl}/api/auth/oidc/callback?`))).toBe(true);
    expect(landed.url).toBe(`${h.baseUrl}/`);

    const { status, body } = await me(browser);
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ email: 'duty.amhp@exampleshire.gov.uk', displayName: 'Duty AMHP One', roles: ['amhp'], authSource: 'oidc' });
    const row = await userRow('sub-duty-1');
    expect(row).toMatchObject({ auth_source: 'oidc', password_hash: null, roles: ['amhp'] });

    const audit = (await h.dataSource.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 ORDER BY id`, [row.id])) as { action: string; after: { method?: string } }[];
    // Provisioned with a clinical role: the grant is audited for the service lead too.
    expect(audit.map((a) => a.action)).toEqual(['user.provision', 'user.clinical-role-granted', 'auth.sign-in']);
    expect(audit[2].after.method).toBe('oidc');

    // The session works like a local one: the AMHP may read the board, not administer users.
    const cookie = browser.cookieHeader(h.baseUrl);
    expect((await fetch(`${h.baseUrl}/api/referrals`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${h.baseUrl}/api/users`, { headers: { cookie } })).status).toBe(403);
  });

  it('signs the same user in again without a second account, and keeps roles in step with the groups', async () => {
    const first = await userRow('sub-lead-1');
    expect(first).toBeUndefined();
    await signInWithProvider(new FetchBrowser(), 'sub-lead-1');
    const created = await userRow('sub-lead-1');
    expect(created.roles).toEqual(['read_only', 'service_lead']);

    // An administrator's change to the roles is undone by the provider's groups at the next sign-in.
    await h.dataSource.query(`UPDATE users SET roles = '{read_only}' WHERE id = $1`, [created.id]);
    const browser = new FetchBrowser();
    await signInWithProvider(browser, 'sub-lead-1');
    const again = await userRow('sub-lead-1');
    expect(again.id).toBe(created.id);
    expect(again.roles).toEqual(['read_only', 'service_lead']);
    expect((await me(browser)).body.user.roles).toEqual(['read_only', 'service_lead']);
    const [{ count }] = (await h.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE oidc_subject = 'sub-lead-1'`)) as { count: number }[];
    expect(count).toBe(1);

    // Each time the groups give the account a clinical role it did not have, the service lead is shown it; an unchanged sign-in adds none.
    await signInWithProvider(new FetchBrowser(), 'sub-lead-1');
    const grants = (await h.dataSource.query(`SELECT granted_roles, source FROM role_grants WHERE user_id = $1 ORDER BY granted_at`, [created.id])) as unknown[];
    expect(grants).toEqual([
      { granted_roles: ['service_lead'], source: 'identity_provider' },
      { granted_roles: ['service_lead'], source: 'identity_provider' },
    ]);
  });

  it('refuses a user none of whose groups maps to a role, creating no account', async () => {
    const browser = new FetchBrowser();
    const landed = await signInWithProvider(browser, 'sub-nobody');
    expect(landed.url).toBe(`${h.baseUrl}/sign-in?error=oidc-no-role`);
    expect(await userRow('sub-nobody')).toBeUndefined();
    expect((await me(browser)).status).toBe(401);
  });

  it('never takes over a local account that has the same email', async () => {
    await h.dataSource.query(
      `INSERT INTO users (email, display_name, roles, auth_source, password_hash) VALUES ('taken@amhp-hub.test', 'Local Person', '{amhp}', 'local', 'x') ON CONFLICT DO NOTHING`,
    );
    const landed = await signInWithProvider(new FetchBrowser(), 'sub-taken');
    expect(landed.url).toBe(`${h.baseUrl}/sign-in?error=oidc-account-conflict`);
    expect(await userRow('sub-taken')).toBeUndefined();
  });

  it('refuses a callback carrying another browser’s login (the state is bound to the browser that started it)', async () => {
    // The attacker signs in at the provider and stops before using the code it sends back...
    const attacker = new FetchBrowser((url) => url.startsWith(`${h.baseUrl}/api/auth/oidc/callback`));
    let page = await attacker.get(`${h.baseUrl}/api/auth/oidc/start`);
    page = await attacker.submitForm(page, { login: 'sub-duty-1', password: 'x' });
    if (page.url.startsWith(provider.issuer)) page = await attacker.submitForm(page);
    const callback = page.url;
    expect(callback).toMatch(/\/api\/auth\/oidc\/callback\?.*code=/);

    // ...and lures a victim, who had started a sign-in of their own, to it: refused.
    const victim = new FetchBrowser();
    await victim.get(`${h.baseUrl}/api/auth/oidc/start`);
    const landed = await victim.get(callback);
    expect(landed.url).toBe(`${h.baseUrl}/sign-in?error=oidc-expired`);
    expect((await me(victim)).status).toBe(401);

    // The code itself was good: the browser that started the login can still use it.
    const own = new FetchBrowser();
    own.setCookie(h.baseUrl, 'amhp_oidc_state', attacker.cookie(h.baseUrl, 'amhp_oidc_state')!);
    expect((await own.get(callback)).url).toBe(`${h.baseUrl}/`);
  });

  it('a used login cannot be replayed (the pending login is deleted on first use)', async () => {
    const browser = new FetchBrowser();
    const landed = await signInWithProvider(browser, 'sub-duty-1');
    const callback = landed.trail.find((u) => u.startsWith(`${h.baseUrl}/api/auth/oidc/callback?`))!;
    const replay = new FetchBrowser();
    const state = new URL(callback).searchParams.get('state')!;
    // Even with the right state cookie, the same code and state are refused the second time.
    const res = await fetch(callback, { redirect: 'manual', headers: { cookie: `amhp_oidc_state=${state}` } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sign-in?error=oidc-expired');
    expect(replay.cookie(h.baseUrl, 'amhp_session')).toBeUndefined();
  });
});

describe('without OIDC configuration', () => {
  let plain: Harness;
  beforeAll(async () => {
    plain = await bootHarness();
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('offers local sign-in only, and the start URL sends the browser back to the sign-in page', async () => {
    expect(await (await fetch(`${plain.baseUrl}/api/auth/config`)).json()).toEqual({ local: true, oidc: { enabled: false } });
    const res = await fetch(`${plain.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sign-in?error=oidc-disabled');
  });
});

import { passwordProblems } from '@amhp/contracts';
import type { Request } from 'express';
import { loadConfig } from '../../config/app-config';
import { originAllowed } from './access/csrf';
import { DEMO_ACCOUNTS } from './demo/demo-accounts';
import { groupsFromClaim, rolesForGroups } from './oidc/group-roles';
import { EVENT_AUDIENCE, mayEmit, roomsFor, splitRoomsFor } from './realtime/event-audience';
import { cookieNames, parseCookieHeader } from './sessions/session-cookies';

describe('OIDC groups to roles (OIDC_ROLE_MAP)', () => {
  const map = { 'AMHP-Duty': ['amhp' as const], 'AMHP-Leads': ['service_lead' as const, 'read_only' as const] };

  it('reads the groups claim as an array or as a space- or comma-separated string', () => {
    expect(groupsFromClaim(['a', 'b', 3])).toEqual(['a', 'b']);
    expect(groupsFromClaim('a b,c')).toEqual(['a', 'b', 'c']);
    expect(groupsFromClaim(undefined)).toEqual([]);
  });

  it('grants the union of the mapped roles, and none for unmapped groups', () => {
    expect(rolesForGroups(['AMHP-Leads', 'AMHP-Duty', 'Everyone'], map)).toEqual(['amhp', 'read_only', 'service_lead']);
    expect(rolesForGroups(['Everyone'], map)).toEqual([]);
  });
});

describe('identity configuration', () => {
  it('leaves OIDC off unless configured, with the documented defaults', () => {
    const config = loadConfig({});
    expect(config.identity).toMatchObject({ oidc: null, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, lockoutThreshold: 5, lockoutMinutes: 15 });
  });

  it('needs the client, redirect URI and role map once OIDC_ISSUER is set, naming each', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.gov.uk' })).toThrow(/OIDC_CLIENT_ID: .*\n.*OIDC_REDIRECT_URI: .*\n.*OIDC_ROLE_MAP/s);
  });

  it('parses the role map and refuses unknown roles or bad JSON', () => {
    const env = { OIDC_ISSUER: 'https://login.example.gov.uk', OIDC_CLIENT_ID: 'hub', OIDC_REDIRECT_URI: 'https://hub.example.gov.uk/api/auth/oidc/callback' };
    const config = loadConfig({ ...env, OIDC_ROLE_MAP: '{"Duty":"amhp","Leads":["service_lead"]}' });
    expect(config.identity.oidc?.roleMap).toEqual({ Duty: ['amhp'], Leads: ['service_lead'] });
    expect(() => loadConfig({ ...env, OIDC_ROLE_MAP: '{"Duty":"superuser"}' })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => loadConfig({ ...env, OIDC_ROLE_MAP: 'Duty=amhp' })).toThrow(/OIDC_ROLE_MAP: must be JSON/);
    // A copy keeps the OIDC settings.
    expect(config.with({ PORT: '4000' }).identity.oidc).toEqual(config.identity.oidc);
  });
});

describe('sessions and CSRF', () => {
  it('names the cookies with the __Host- prefix in production only', () => {
    expect(cookieNames({ nodeEnv: 'production' })).toEqual({ session: '__Host-amhp_session', csrf: '__Host-amhp_csrf' });
    expect(cookieNames({ nodeEnv: 'development' })).toEqual({ session: 'amhp_session', csrf: 'amhp_csrf' });
  });

  it('parses a Cookie header, first value winning, ignoring malformed parts', () => {
    expect(parseCookieHeader('a=1; b=%20x; a=2; junk; c="q"; d=%E0%A4%A')).toEqual({ a: '1', b: ' x', c: 'q' });
    expect(parseCookieHeader(undefined)).toEqual({});
  });

  function request(headers: Record<string, string>, protocol = 'http'): Request {
    return { protocol, get: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
  }

  it('accepts requests with no Origin, from this host, or from CORS_ORIGINS; refuses other sites', () => {
    expect(originAllowed(request({ host: 'hub.example' }), [])).toBe(true);
    expect(originAllowed(request({ host: 'hub.example', origin: 'http://hub.example' }), [])).toBe(true);
    expect(originAllowed(request({ host: 'hub.example', origin: 'https://hub.example' }), [])).toBe(false);
    expect(originAllowed(request({ host: 'hub.example', origin: 'http://localhost:4200' }), ['http://localhost:4200'])).toBe(true);
    expect(originAllowed(request({ host: 'hub.example', origin: 'null' }), [])).toBe(false);
  });
});

describe('socket events', () => {
  it('every server event has an audience, and administrators alone are in none with case data (only the rota they manage, and re-syncs)', () => {
    for (const [event, roles] of Object.entries(EVENT_AUDIENCE)) {
      expect([event, roles.length > 0]).toEqual([event, true]);
      expect([event, (roles as readonly string[]).includes('administrator')]).toEqual([event, event === 'rota.changed' || event === 'realtime.resync']);
    }
    expect(roomsFor('referral.upserted')).toEqual(['role:amhp', 'role:edt_worker', 'role:service_lead', 'role:read_only']);
  });

  it('board rows go to case readers with the person’s details and to read_only in a copy of their own', () => {
    expect(splitRoomsFor('referral.upserted')).toEqual({ caseReaders: ['role:amhp', 'role:edt_worker', 'role:service_lead'], others: ['role:read_only'] });
    // The case page's hint is for those who may open a case; read_only's board has the row itself.
    expect(EVENT_AUDIENCE['assessment.updated']).not.toContain('read_only');
  });

  it('a client may send only the events with a policy', () => {
    expect(mayEmit('board.ping', ['read_only'])).toBe(true);
    expect(mayEmit('referral.create', ['amhp'])).toBe(false);
  });
});

describe('demo accounts', () => {
  it('have passwords that meet the password policy, one account per role', () => {
    for (const account of DEMO_ACCOUNTS) expect([account.email, passwordProblems(account.password, account)]).toEqual([account.email, []]);
    expect(DEMO_ACCOUNTS.map((a) => a.roles[0]).sort()).toEqual(['administrator', 'amhp', 'edt_worker', 'read_only', 'service_lead']);
  });
});

import type { ReferralView } from '@amhp/contracts';
import supertest from 'supertest';
import { signedInAgent } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { communityReferral } from './support/referral-fixtures';

/** Hardening (issue 4): headers, CORS, body limits, and no personal data in the logs. */
describe('no personal data in the logs of a full request cycle', () => {
  const lines: string[] = [];
  let h: Harness;
  beforeAll(async () => {
    h = await bootHarness({ worker: true, env: { LOG_LEVEL: 'trace' }, logDestination: { write: (line) => void lines.push(line) } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records, reads, lists and closes a referral; the names, NHS number, date of birth and address never appear', async () => {
    const person = {
      ...communityReferral().person,
      givenName: 'Zebedee',
      familyName: 'Quillfeather',
      nhsNumber: '401 023 2137',
      dateOfBirth: '1971-02-13',
      address: '77 Lanternwick Crescent, Exampletown',
      postcode: 'EX9 7QZ',
    };
    const amhp = await signedInAgent(h, 'amhp');
    const lead = await signedInAgent(h, 'service_lead');
    const created = (await amhp.post('/api/referrals').send(communityReferral({ person, reason: 'Concern raised by Mrs Quillfeather' })).expect(201)).body as ReferralView;
    await lead.get(`/api/referrals/${created.id}`).expect(200);
    await amhp.get('/api/referrals').expect(200);
    await amhp.post('/api/referrals').send(communityReferral({ person: { ...person, nhsNumber: '401 023 2138' } })).expect(400);
    await amhp.post(`/api/referrals/${created.id}/close`).send({ reason: 'Zebedee admitted informally', version: created.version }).expect(200);
    await lead.get('/api/audit/events').query({ person: '4010232137' }).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(8);
    expect(log).toContain('"route":"/api/referrals/:id"');
    expect(log).toContain(created.id); // ids are fine, and show the capture works
    for (const secret of ['Zebedee', 'Quillfeather', '4010232137', '401 023 2137', '4010232138', '1971-02-13', 'Lanternwick', 'EX9 7QZ']) {
      expect([secret, log.includes(secret)]).toEqual([secret, false]);
    }
  });
});

describe('headers, CORS and limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await bootHarness({ env: { CORS_ORIGINS: 'http://localhost:4200' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sends a strict content security policy and the other security headers', async () => {
    const res = await supertest(h.api.getHttpServer()).get('/api/health').expect(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // API answers hold personal data: never stored by the browser or a proxy.
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('CORS: only the configured origins, with credentials; any other origin gets no CORS headers', async () => {
    const http = supertest(h.api.getHttpServer());
    const allowed = await http.options('/api/referrals').set('origin', 'http://localhost:4200').set('access-control-request-method', 'POST').set('access-control-request-headers', 'content-type,x-csrf-token');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    expect(String(allowed.headers['access-control-allow-headers']).toLowerCase()).toContain('x-csrf-token');
    const other = await http.get('/api/auth/config').set('origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    // An unsafe request from a configured origin is allowed past the origin check.
    const amhp = await signedInAgent(h, 'amhp');
    await amhp.post('/api/referrals').set('origin', 'http://localhost:4200').send(communityReferral()).expect(201);
  });

  it('refuses bodies over 100 kB before anything reads them (sign-in too)', async () => {
    await supertest(h.api.getHttpServer())
      .post('/api/auth/sign-in')
      .send({ email: 'a@b.example', password: 'x'.repeat(120 * 1024) })
      .expect(413);
  });
});

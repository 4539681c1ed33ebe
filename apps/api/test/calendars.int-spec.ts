import type { AmhpView, CalendarLinkView } from '@amhp/contracts';
import { addedShiftId, addLondonDays, londonDateOf, londonInstant } from '@amhp/domain';
import ICAL from 'ical.js';
import { createHash } from 'node:crypto';
import supertest from 'supertest';
import { bootHarness, Harness } from './support/harness';
import { RotaSetup } from './support/rota-setup';

/**
 * Calendars (issue 5, item 6): an iCalendar feed per AMHP and per team behind a
 * per-user secret link that can be revoked or rotated. Feeds are fetched without a session, as
 * a calendar app would, and read back with ical.js (an independent parser).
 */
let h: Harness;
let rota: RotaSetup;
const logLines: string[] = [];
let ids: { day: string; edt: string };
let mine: AmhpView, other: AmhpView;
let user: Awaited<ReturnType<RotaSetup['user']>>;
let dayShift: { from: Date; to: Date; id: string };
let nightShift: { from: Date; to: Date; id: string };

beforeAll(async () => {
  // Logs at debug level are captured: the token must never appear in them.
  h = await bootHarness({ env: { LOG_LEVEL: 'debug', PUBLIC_ORIGIN: 'https://amhp.exampleshire.gov.uk' }, logDestination: { write: (line) => void logLines.push(line) } });
  rota = await RotaSetup.connect(h);
  ids = { day: rota.teamId('cal-day'), edt: rota.teamId('cal-edt') };
  await rota.team({ id: ids.edt, kind: 'edt', name: 'Calendar EDT' });
  await rota.team({ id: ids.day, kind: 'day', name: 'Calendar, North; Day', edtTeamId: ids.edt });
  user = await rota.user('cal-amhp', ['amhp']);
  mine = await rota.amhp('Casey Calendar', ids.day, user.userId);
  other = await rota.amhp('Otto Other', ids.day);
  const date = addLondonDays(londonDateOf(new Date()), 8);
  dayShift = { from: londonInstant(date, '09:00'), to: londonInstant(date, '17:00'), id: '' };
  nightShift = { from: londonInstant(date, '17:00'), to: londonInstant(addLondonDays(date, 1), '09:00'), id: '' };
  dayShift.id = (await rota.shift(ids.day, 'day', dayShift.from, dayShift.to, mine.id)).id;
  nightShift.id = (await rota.shift(ids.edt, 'edt', nightShift.from, nightShift.to, mine.id)).id;
  await rota.shift(ids.day, 'day', londonInstant(addLondonDays(date, 1), '09:00'), londonInstant(addLondonDays(date, 1), '17:00'), other.id);
  await rota.shift(ids.day, 'day', londonInstant(addLondonDays(date, 2), '09:00'), londonInstant(addLondonDays(date, 2), '17:00'), null);
});

afterAll(async () => {
  await rota?.removeShifts();
  await h?.close();
});

interface FeedEvent {
  uid: string;
  summary: string;
  sequence: number;
  start: string;
  end: string;
}

function parse(text: string): { calendar: ICAL.Component; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, sequence: e.sequence, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() };
  });
  return { calendar, events };
}

/** A calendar app: no cookie, no CSRF header, just the URL. */
function fetchFeed(url: string) {
  return supertest(h.api.getHttpServer()).get(new URL(url).pathname);
}

const tokenOf = (link: CalendarLinkView) => /\/api\/calendar\/([A-Za-z0-9_-]+)\//.exec(link.myShiftsUrl ?? '')![1];

async function auditActions(userId: string): Promise<{ action: string; before: unknown; after: unknown }[]> {
  return h.dataSource.query(`SELECT action, before, after FROM audit_events WHERE actor_user_id = $1 AND entity_type = 'calendar-link' ORDER BY id`, [userId]);
}

describe('the secret calendar link', () => {
  let link: CalendarLinkView;

  it('starts inactive; POST creates it and returns the URLs once, on the configured public origin whatever the Host header; GET then says only that it is active', async () => {
    expect((await user.get('/api/calendar-link').expect(200)).body).toEqual({ active: false, createdAt: null, amhp: { id: mine.id, name: 'Casey Calendar' }, myShiftsUrl: null, teamUrls: [] });
    link = (await user.post('/api/calendar-link').set('Host', 'attacker.example').expect(200)).body as CalendarLinkView;
    expect(link.active).toBe(true);
    expect(link.myShiftsUrl).toMatch(/^https:\/\/amhp\.exampleshire\.gov\.uk\/api\/calendar\/[A-Za-z0-9_-]{43}\/my-shifts\.ics$/);
    expect(link.teamUrls.every((t) => t.url.startsWith('https://amhp.exampleshire.gov.uk/api/calendar/'))).toBe(true);
    expect(link.teamUrls).toEqual(expect.arrayContaining([{ teamId: ids.day, teamName: 'Calendar, North; Day', url: expect.stringContaining(`/teams/${ids.day}.ics`) }]));
    const status = (await user.get('/api/calendar-link').expect(200)).body as CalendarLinkView;
    expect(status).toMatchObject({ active: true, createdAt: link.createdAt, myShiftsUrl: null, teamUrls: [] });
  });

  it('stores only the SHA-256 of the token, and audits the creation without it', async () => {
    const token = tokenOf(link);
    const rows = (await h.dataSource.query(`SELECT token_hash FROM calendar_links WHERE user_id = $1 AND revoked_at IS NULL`, [user.userId])) as { token_hash: string }[];
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    const audit = await auditActions(user.userId);
    expect(audit.map((a) => a.action)).toEqual(['calendar-link.create']);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(rows[0].token_hash);
  });

  it('my shifts: the linked AMHP’s day duty and EDT night, at the right instants, with stable UIDs; nobody else’s', async () => {
    const res = await fetchFeed(link.myShiftsUrl!).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const { calendar, events } = parse(res.text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['Day duty', dayShift.from.toISOString(), dayShift.to.toISOString()],
      ['EDT duty', nightShift.from.toISOString(), nightShift.to.toISOString()],
    ]);
    expect(events.map((e) => e.uid)).toEqual([`${addedShiftId(dayShift.id)}@amhp-hub`, `${addedShiftId(nightShift.id)}@amhp-hub`]);
    const again = parse((await fetchFeed(link.myShiftsUrl!).expect(200)).text).events;
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('a team feed lists every shift of the team with who is on it, and the gaps', async () => {
    const url = link.teamUrls.find((t) => t.teamId === ids.day)!.url;
    const { calendar, events } = parse((await fetchFeed(url).expect(200)).text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Calendar\\, North\\; Day duty rota');
    expect(events.map((e) => e.summary)).toEqual(['Day duty: Casey Calendar', 'Day duty: Otto Other', 'Day duty: no AMHP (gap)']);
  });

  it('follows the rota: a change raises SEQUENCE and the new shift appears', async () => {
    const before = parse((await fetchFeed(link.myShiftsUrl!).expect(200)).text).events;
    const date = addLondonDays(londonDateOf(new Date()), 20);
    await rota.shift(ids.day, 'day', londonInstant(date, '09:00'), londonInstant(date, '17:00'), mine.id);
    const after = parse((await fetchFeed(link.myShiftsUrl!).expect(200)).text).events;
    expect(after).toHaveLength(before.length + 1);
    expect(after[0].sequence).toBeGreaterThan(before[0].sequence);
    expect(after[0].uid).toBe(before[0].uid);
  });

  it('404 for an unknown token, a malformed one, or an unknown team', async () => {
    const token = tokenOf(link);
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    await fetchFeed(link.myShiftsUrl!.replace(token, forged)).expect(404);
    await supertest(h.api.getHttpServer()).get('/api/calendar/not-a-token/my-shifts.ics').expect(404);
    await fetchFeed(link.myShiftsUrl!.replace('my-shifts.ics', 'teams/no-such-team.ics')).expect(404);
  });

  it('rotating: POST again revokes the old URLs (404) and the new ones work; audited as a rotation', async () => {
    const old = link;
    link = (await user.post('/api/calendar-link').expect(200)).body as CalendarLinkView;
    expect(tokenOf(link)).not.toBe(tokenOf(old));
    await fetchFeed(old.myShiftsUrl!).expect(404);
    await fetchFeed(old.teamUrls[0].url).expect(404);
    await fetchFeed(link.myShiftsUrl!).expect(200);
    expect((await auditActions(user.userId)).map((a) => a.action)).toEqual(['calendar-link.create', 'calendar-link.rotate']);
    const active = (await h.dataSource.query(`SELECT count(*)::int AS n FROM calendar_links WHERE user_id = $1 AND revoked_at IS NULL`, [user.userId])) as { n: number }[];
    expect(active[0].n).toBe(1);
  });

  it('revoking: DELETE stops the URLs at once (404); audited', async () => {
    const revoked = (await user.delete('/api/calendar-link').expect(200)).body as CalendarLinkView;
    expect(revoked.active).toBe(false);
    await fetchFeed(link.myShiftsUrl!).expect(404);
    expect((await auditActions(user.userId)).map((a) => a.action)).toEqual(['calendar-link.create', 'calendar-link.rotate', 'calendar-link.revoke']);
    // Revoking again changes nothing and records nothing.
    await user.delete('/api/calendar-link').expect(200);
    expect(await auditActions(user.userId)).toHaveLength(3);
  });

  it('a disabled account’s link stops working', async () => {
    const viewer = await rota.user('cal-viewer', ['read_only']);
    const view = (await viewer.post('/api/calendar-link').expect(200)).body as CalendarLinkView;
    // Read-only users read the rota: a team feed, and an empty personal feed (no AMHP linked).
    await fetchFeed(view.teamUrls.find((t) => t.teamId === ids.day)!.url).expect(200);
    expect(parse((await fetchFeed(view.myShiftsUrl!).expect(200)).text).events).toEqual([]);
    await h.dataSource.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [viewer.userId]);
    await fetchFeed(view.myShiftsUrl!).expect(404);
  });

  it('needs a session to manage the link; the feeds need none', async () => {
    const anonymous = supertest(h.api.getHttpServer());
    await anonymous.get('/api/calendar-link').expect(401);
    await anonymous.post('/api/calendar-link').expect(401);
    await anonymous.delete('/api/calendar-link').expect(401);
  });

  it('never writes a token to the logs', async () => {
    // The feeds were requested and logged, by their route pattern only.
    expect(logLines.some((l) => l.includes('"route":"/api/calendar/:token/my-shifts.ics"'))).toBe(true);
    expect(logLines.filter((l) => /\/api\/calendar\/[A-Za-z0-9_-]{20,}/.test(l))).toEqual([]);
  });
});

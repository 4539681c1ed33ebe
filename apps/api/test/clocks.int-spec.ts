import { AlertView, jobIds } from '@amhp/contracts';
import { ClockWarnProcessor } from '../src/modules/clocks/jobs/clock-warn.processor';
import { signIn, TestSession } from './support/auth';
import { BoardClient } from './support/board-client';
import { alertsOf, openCase, setFacts, timersOf } from './support/clock-fixtures';
import { bootHarness, eventually, Harness } from './support/harness';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const ago = (ms: number) => new Date(Date.now() - ms);

let h: Harness;
let amhp: TestSession;
let board: BoardClient;

beforeAll(async () => {
  // Short warnings by configuration: s5(4)'s 6 hours warn at 99.95%, 99.97% and 99.99%, i.e.
  // 10.8 s, 6.5 s and 2.2 s before expiry, so a whole clock's alerts fit in a test.
  h = await bootHarness({ worker: true, env: { CLOCK_WARNING_POINTS: '{"s5_4":[99.95,99.97,99.99]}' } });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.reset();
  amhp = await signIn(h, 'amhp');
  board = await BoardClient.connect(h.baseUrl, { cookie: amhp.cookie });
});
afterEach(() => board.close());

describe('clock timers fire at their warning points and at expiry (issue 3)', () => {
  it('s5(4): each configured warning and the expiry raise one alert, at their time, pushed live', async () => {
    const { referral, assessmentId } = await openCase(h, amhp);
    const clock = (await setFacts(h, assessmentId, { s5_4: { recordedAt: new Date(Date.now() - 6 * HOUR + 13 * SECOND) } })).get('s5_4')!;
    expect([...(await timersOf(h, clock.id)).keys()].sort()).toEqual(['99.95', '99.97', '99.99', 'expiry']);

    const expired = await board.waitFor('alert.raised', (a) => a.clockId === clock.id && a.point === 'expiry', 20 * SECOND);
    expect(expired).toMatchObject({ kind: 'clock.expired', severity: 'critical', assessmentId, clockKind: 's5_4', referralReference: referral.reference });
    const raised = await alertsOf(h, clock.id);
    expect(raised.map((a) => [a.point, a.kind])).toEqual([
      ['99.95', 'clock.warning'],
      ['99.97', 'clock.warning'],
      ['99.99', 'clock.warning'],
      ['expiry', 'clock.expired'],
    ]);
    for (const a of raised) {
      // Never before the point; soon after it.
      expect(a.raised_at.getTime()).toBeGreaterThanOrEqual(a.due_at.getTime() - 1000);
      expect(a.raised_at.getTime() - a.due_at.getTime()).toBeLessThan(3 * SECOND);
    }
    expect(board.events('alert.raised').filter((a) => a.clockId === clock.id)).toHaveLength(4);
  }, 40_000);

  it('s136(2A): default points 50/75/90% — a point reached after the clock was recorded fires; earlier ones do not', async () => {
    const { assessmentId } = await openCase(h, amhp);
    // Arrival 12 h less 2 s ago: 50% falls 2 s from now; 75%, 90% and expiry later.
    const clock = (await setFacts(h, assessmentId, { s136: { startedAt: new Date(Date.now() - 12 * HOUR + 2 * SECOND) } })).get('s136')!;
    const timers = await timersOf(h, clock.id);
    expect([...timers.keys()].sort()).toEqual(['50', '75', '90', 'expiry']);
    expect(timers.get('75')!.id).toBe(jobIds.clockPoint(clock.id, '75', new Date(Date.parse(clock.startsAt) + 18 * HOUR).toISOString()));
    const fifty = await board.waitFor('alert.raised', (a) => a.clockId === clock.id, 10 * SECOND);
    expect(fifty).toMatchObject({ kind: 'clock.warning', point: '50', severity: 'info' });
    expect(fifty.message).toMatch(/s136 detention for R-\d{4}-\d{5}: 50% of the period has passed; it expires at .* \(s136\(2A\)\)/);
  });

  it('scheduling twice is a no-op: deterministic job ids', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const clock = (await setFacts(h, assessmentId, { s136: { startedAt: ago(HOUR) } })).get('s136')!;
    const first = await timersOf(h, clock.id);
    await setFacts(h, assessmentId, { s136: { startedAt: new Date(clock.startsAt) } });
    const second = await timersOf(h, clock.id);
    expect([...second.values()].map((j) => j.id).sort()).toEqual([...first.values()].map((j) => j.id).sort());
    expect(second.size).toBe(4);
    for (const job of second.values()) expect(job.id).not.toContain(':');
  });
});

describe('a change of facts reschedules or removes the timers', () => {
  const extension = (authorisedAt: Date) => ({
    authorisedAt,
    authorisedByDoctorId: 'doctor-1',
    hours: 12,
    reason: 'intoxication' as const,
    atPoliceStation: false,
  });

  it('s136B: an extension authorised before the 24 hours expire moves the timers onto the extension', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const startedAt = ago(20 * HOUR);
    const before = (await setFacts(h, assessmentId, { s136: { startedAt } })).get('s136')!;
    // Recorded at 20 h: 50% and 75% had passed; 90% (21.6 h) and expiry (24 h) wait.
    expect([...(await timersOf(h, before.id)).keys()].sort()).toEqual(['90', 'expiry']);

    const extended = { startedAt, extension: extension(new Date()) };
    const after = (await setFacts(h, assessmentId, { s136: extended })).get('s136')!;
    expect(after).toMatchObject({ id: before.id, status: 'extended', extended: true });
    // The same facts again change nothing (the extension is compared field by field).
    const revision = async () => ((await h.dataSource.query('SELECT revision FROM clocks WHERE id = $1', [after.id])) as { revision: number }[])[0].revision;
    const once = await revision();
    await setFacts(h, assessmentId, { s136: extended });
    expect(await revision()).toBe(once);
    expect(Date.parse(after.expiresAt) - Date.parse(before.expiresAt)).toBe(12 * HOUR);
    const timers = await timersOf(h, after.id);
    expect([...timers.keys()].sort()).toEqual(['50', '75', '90', 'expiry']);
    expect(timers.get('expiry')!.data).toEqual({ clockId: after.id, point: 'expiry', dueAt: after.expiresAt });
    // The 24-hour expiry job is gone, and a run of it that escaped removal does nothing.
    await h.worker!.get(ClockWarnProcessor).handle({ clockId: after.id, point: 'expiry', dueAt: before.expiresAt }, { jobId: 'stale', attemptsMade: 0 });
    expect(await alertsOf(h, after.id)).toEqual([]);
  });

  it('s136B(1): an extension authorised after the 24 hours expired is ignored: the expiry stands and alerts', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const startedAt = ago(25 * HOUR);
    const clock = (await setFacts(h, assessmentId, { s136: { startedAt, extension: extension(new Date()) } })).get('s136')!;
    expect(clock).toMatchObject({ status: 'running', extended: false, warningLevel: 'expired' });
    const alert = await board.waitFor('alert.raised', (a) => a.clockId === clock.id, 5 * SECOND);
    expect(alert).toMatchObject({ kind: 'clock.expired', dueAt: clock.expiresAt });
  });

  it('a detention under s2 ends the s136: its timers are removed and the s2 clock gets its own', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const startedAt = ago(2 * HOUR);
    const s136 = (await setFacts(h, assessmentId, { s136: { startedAt } })).get('s136')!;
    expect((await timersOf(h, s136.id)).size).toBe(4);

    const admittedAt = new Date();
    const clocks = await setFacts(h, assessmentId, {
      s136: { startedAt },
      application: { section: 's2', madeAt: ago(HOUR), lastMedicalExaminationAt: ago(90 * 60 * SECOND) },
      admittedAt,
    });
    expect(clocks.get('s136')).toMatchObject({ id: s136.id, status: 'ended', warningLevel: 'none' });
    expect(clocks.get('s6_1a')).toMatchObject({ status: 'ended' });
    expect((await timersOf(h, s136.id)).size).toBe(0);
    const s2 = clocks.get('s2')!;
    expect(s2.status).toBe('running');
    expect([...(await timersOf(h, s2.id)).keys()].sort()).toEqual(['50', '75', '90', 'expiry']);
    const [row] = (await h.dataSource.query('SELECT scheduled_job_ids FROM clocks WHERE id = $1', [s136.id])) as { scheduled_job_ids: string[] }[];
    expect(row.scheduled_job_ids).toEqual([]);
  });
});

describe('exactly once, and until acknowledged', () => {
  it('duplicate runs of a firing (retries, two workers, a rebuild) raise one alert and push it once', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const clock = (await setFacts(h, assessmentId, { s136: { startedAt: ago(25 * HOUR) } })).get('s136')!;
    const payload = { clockId: clock.id, point: 'expiry', dueAt: clock.expiresAt };
    const processor = h.worker!.get(ClockWarnProcessor);
    await Promise.all(Array.from({ length: 8 }, (_, i) => processor.handle(payload, { jobId: `dup-${i}`, attemptsMade: 0 })));
    await eventually(async () => ((await alertsOf(h, clock.id)).length === 1 ? true : undefined));
    await processor.handle(payload, { jobId: 'late', attemptsMade: 1 });
    expect(await alertsOf(h, clock.id)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(board.events('alert.raised').filter((a) => a.clockId === clock.id)).toHaveLength(1);
  });

  it('an alert stays on the list until acknowledged; acknowledged, it does not come back', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const clock = (await setFacts(h, assessmentId, { s5_4: { recordedAt: ago(7 * HOUR) } })).get('s5_4')!;
    const alert = await board.waitFor('alert.raised', (a) => a.clockId === clock.id, 5 * SECOND);
    const list = async () => (await (await fetch(`${h.baseUrl}/api/alerts`, { headers: amhp.headers() })).json()) as AlertView[];
    expect((await list()).map((a) => a.id)).toContain(alert.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await list()).map((a) => a.id)).toContain(alert.id);

    const res = await fetch(`${h.baseUrl}/api/alerts/${alert.id}/acknowledge`, { method: 'POST', headers: amhp.headers() });
    expect(res.status).toBe(200);
    await board.waitFor('alert.acknowledged', (p) => p.id === alert.id, 3 * SECOND);
    expect((await list()).map((a) => a.id)).not.toContain(alert.id);

    // Re-scheduling the clock (a rebuild, an unrelated change) does not re-raise a fired point.
    await setFacts(h, assessmentId, { s5_4: { recordedAt: new Date(clock.startsAt) } });
    expect((await timersOf(h, clock.id)).size).toBe(0);
    await h.worker!.get(ClockWarnProcessor).handle({ clockId: clock.id, point: 'expiry', dueAt: clock.expiresAt }, { jobId: 'again', attemptsMade: 0 });
    expect(await alertsOf(h, clock.id)).toHaveLength(1);
    expect((await list()).map((a) => a.id)).not.toContain(alert.id);
  });
});

describe('syncClocks (phase 2 interface): one row per clock kind of an assessment', () => {
  it('keeps an unchanged clock as it is (acknowledgement included); removes a clock the facts no longer start, keeping its alerts', async () => {
    const { assessmentId } = await openCase(h, amhp);
    const s136Facts = { startedAt: ago(25 * HOUR) };
    const s136 = (await setFacts(h, assessmentId, { s136: s136Facts })).get('s136')!;
    const alert = await board.waitFor('alert.raised', (a) => a.clockId === s136.id, 5 * SECOND);
    expect((await fetch(`${h.baseUrl}/api/alerts/${alert.id}/acknowledge`, { method: 'POST', headers: amhp.headers() })).status).toBe(200);
    const [before] = (await h.dataSource.query('SELECT revision, updated_at FROM clocks WHERE id = $1', [s136.id])) as { revision: number; updated_at: Date }[];

    const both = await setFacts(h, assessmentId, { s136: s136Facts, s5_4: { recordedAt: new Date() } });
    expect(both.get('s136')).toEqual({ ...s136, warningLevel: 'expired' });
    const [after] = (await h.dataSource.query('SELECT revision, updated_at FROM clocks WHERE id = $1', [s136.id])) as { revision: number; updated_at: Date }[];
    expect(after).toEqual(before);
    expect([...both.keys()].sort()).toEqual(['s136', 's5_4']);

    const only = await setFacts(h, assessmentId, { s5_4: { recordedAt: new Date(both.get('s5_4')!.startsAt) } });
    expect([...only.keys()]).toEqual(['s5_4']);
    expect(only.get('s5_4')!.id).toBe(both.get('s5_4')!.id);
    const [kept] = (await h.dataSource.query('SELECT clock_id, acknowledged_at FROM alerts WHERE id = $1', [alert.id])) as { clock_id: string | null; acknowledged_at: Date | null }[];
    expect(kept.clock_id).toBeNull();
    expect(kept.acknowledged_at).not.toBeNull();
  });
});

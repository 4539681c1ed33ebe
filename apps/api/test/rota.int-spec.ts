import type { AbsenceView, RotaGapsView, RotaView, ShiftView } from '@amhp/contracts';
import { signedInAgent } from './support/auth';
import { bootHarness, Harness } from './support/harness';
import { RotaClient, shiftsOf } from './support/rota-client';

/**
 * The rota built from repeating patterns through the API: day duty on weekdays 09:00–17:00,
 * EDT every other moment (evenings, nights, weekends, bank holidays of England and Wales),
 * Europe/London across both British Summer Time changes, one-off changes, leave and gaps.
 */
let h: Harness;
let r: RotaClient;
let day: string;
let edt: string;
const amhps: Record<'ash' | 'birch' | 'cedar' | 'elm' | 'fir', string> = { ash: '', birch: '', cedar: '', elm: '', fir: '' };

beforeAll(async () => {
  h = await bootHarness();
  r = await RotaClient.create(h);
  const teams = await r.teams('pattern');
  day = teams.day.id;
  edt = teams.edt.id;
  for (const name of Object.keys(amhps) as (keyof typeof amhps)[]) {
    amhps[name] = (await r.amhp(`${name[0].toUpperCase()}${name.slice(1)} Test`, ['elm', 'fir'].includes(name) ? edt : day)).id;
  }
  // Day duty: Ash one week, Birch the next, from Monday 30 November 2026 (the cycle runs backwards too).
  await r.pattern({ teamId: day, anchor: '2026-11-30', cycle: [[amhps.ash], [amhps.birch]] });
  // EDT: Elm one week, Fir the next.
  await r.pattern({ teamId: edt, anchor: '2026-11-30', cycle: [[amhps.elm], [amhps.fir]] });
});
afterAll(async () => {
  await r?.cleanup();
  await h?.close();
});

const hoursOf = (shifts: ShiftView[]) => shifts.map((s) => s.hours);

describe('pattern expansion', () => {
  it('gives day duty Monday to Friday 09:00–17:00 and EDT the nights, the weekend days and their nights', async () => {
    const rota = await r.rota('2026-11-30', '2026-12-06', [day, edt]);
    const dayDuty = rota.shifts.filter((s) => s.teamId === day);
    expect(dayDuty.map((s) => s.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(dayDuty.every((s) => s.slot === 'day-duty' && s.amhpId === amhps.ash && s.amhpName === 'Ash Test' && s.hours === 8)).toBe(true);
    // Winter: London is on GMT, so 09:00 London is 09:00Z.
    expect(dayDuty[0]).toMatchObject({ startsAt: '2026-11-30T09:00:00.000Z', endsAt: '2026-11-30T17:00:00.000Z' });
    const edtShifts = rota.shifts.filter((s) => s.teamId === edt);
    expect(edtShifts.filter((s) => s.slot === 'edt-night')).toHaveLength(7);
    expect(edtShifts.filter((s) => s.slot === 'edt-day').map((s) => s.date)).toEqual(['2026-12-05', '2026-12-06']);
    expect(edtShifts.every((s) => s.amhpId === amhps.elm)).toBe(true);
    expect(rota.gaps).toEqual([]);
    expect(rota.teams.map((t) => t.id).sort()).toEqual([day, edt].sort());
  });

  it('repeats the cycle: the second week is Birch and Fir; stable shift ids', async () => {
    const rota = await r.rota('2026-12-07', '2026-12-07', [day, edt]);
    const [duty] = shiftsOf(rota, day, '2026-12-07', 'day-duty');
    expect(duty.amhpId).toBe(amhps.birch);
    expect(duty.id).toMatch(/^[0-9a-f-]{36}:2026-12-07:day-duty:1$/);
    expect(shiftsOf(rota, edt, '2026-12-07', 'edt-night')[0].amhpId).toBe(amhps.fir);
    const again = await r.rota('2026-12-07', '2026-12-07', [day, edt]);
    expect(again.shifts.map((s) => s.id)).toEqual(rota.shifts.map((s) => s.id));
  });
});

describe('British Summer Time', () => {
  it('the EDT night of Saturday 27 March 2027 lasts 15 hours (the clocks go forward)', async () => {
    const rota = await r.rota('2027-03-27', '2027-03-28', [edt]);
    const [night] = shiftsOf(rota, edt, '2027-03-27', 'edt-night');
    expect(night).toMatchObject({ startsAt: '2027-03-27T17:00:00.000Z', endsAt: '2027-03-28T08:00:00.000Z', hours: 15 });
    // The next day's slots are on BST: 09:00 London is 08:00Z.
    expect(shiftsOf(rota, edt, '2027-03-28', 'edt-day')[0]).toMatchObject({ startsAt: '2027-03-28T08:00:00.000Z', endsAt: '2027-03-28T16:00:00.000Z', hours: 8 });
  });

  it('the EDT night of Saturday 24 October 2026 lasts 17 hours (the clocks go back)', async () => {
    const rota = await r.rota('2026-10-24', '2026-10-25', [edt]);
    const [night] = shiftsOf(rota, edt, '2026-10-24', 'edt-night');
    expect(night).toMatchObject({ startsAt: '2026-10-24T16:00:00.000Z', endsAt: '2026-10-25T09:00:00.000Z', hours: 17 });
    expect(hoursOf(shiftsOf(rota, edt, '2026-10-25'))).toEqual([8, 16]);
  });

  it('counts the hour gained in the hours worked: Elm’s EDT week of 19 October 2026 is 129 h, not 128', async () => {
    const rota = await r.rota('2026-10-19', '2026-10-25', [edt]);
    // Five weeknights of 16 h, Saturday 8 h + 17 h (the clocks go back), Sunday 8 h + 16 h.
    expect(rota.hoursWorked).toEqual([{ amhpId: amhps.elm, hours: 5 * 16 + 8 + 17 + 8 + 16 }]);
    const spring = await r.rota('2027-03-22', '2027-03-28', [edt]);
    const [onDuty] = spring.hoursWorked;
    // The week of 22 March 2027 with the 15 h night; Friday 26 March 2027 is Good Friday, a bank
    // holiday, so EDT also covers that day (8 h): an hour short of 136.
    expect(onDuty.hours).toBe(5 * 16 + 8 + 8 + 15 + 8 + 16);
  });
});

describe('bank holidays of England and Wales', () => {
  it('Christmas Day 2026 has no day duty: EDT covers the day, and the rota lists the holidays', async () => {
    const rota = await r.rota('2026-12-21', '2026-12-28', [day, edt]);
    expect(shiftsOf(rota, day, '2026-12-25')).toEqual([]);
    expect(shiftsOf(rota, edt, '2026-12-25', 'edt-day')).toHaveLength(1);
    // Boxing Day falls on a Saturday: Monday 28 December is the substitute day.
    expect(shiftsOf(rota, day, '2026-12-28')).toEqual([]);
    // date-holidays also names Saturday 26th itself; only the weekday ones change the rota.
    expect(rota.bankHolidays.map((b) => b.date)).toEqual(expect.arrayContaining(['2026-12-25', '2026-12-28']));
    expect(rota.bankHolidays[0].name).toMatch(/Christmas/);
    expect(rota.gaps).toEqual([]);
  });
});

describe('one-off changes and leave', () => {
  it('replaces the AMHP of one shift; the pattern is untouched around it', async () => {
    const before = await r.rota('2026-12-14', '2026-12-18', [day]);
    const [tue] = shiftsOf(before, day, '2026-12-15');
    expect(tue.amhpId).toBe(amhps.ash);
    await r.lead.post('/api/rota/adjustments').send({ type: 'replace', shiftId: tue.id, amhpId: amhps.cedar, expectedAmhpId: amhps.ash }).expect(201);
    const after = await r.rota('2026-12-14', '2026-12-18', [day]);
    expect(after.shifts.map((s) => s.amhpId)).toEqual([amhps.ash, amhps.cedar, amhps.ash, amhps.ash, amhps.ash]);
    expect(after.revision).toBeGreaterThan(before.revision);
  });

  it('swaps two AMHPs’ shifts', async () => {
    const rota = await r.rota('2026-12-16', '2026-12-22', [day]);
    const [wedAsh] = shiftsOf(rota, day, '2026-12-16');
    const [tueBirch] = shiftsOf(rota, day, '2026-12-22');
    expect([wedAsh.amhpId, tueBirch.amhpId]).toEqual([amhps.ash, amhps.birch]);
    await r.lead
      .post('/api/rota/adjustments')
      .send({ type: 'swap', first: { shiftId: wedAsh.id, amhpId: amhps.ash }, second: { shiftId: tueBirch.id, amhpId: amhps.birch } })
      .expect(201);
    const after = await r.rota('2026-12-16', '2026-12-22', [day]);
    expect(shiftsOf(after, day, '2026-12-16')[0].amhpId).toBe(amhps.birch);
    expect(shiftsOf(after, day, '2026-12-22')[0].amhpId).toBe(amhps.ash);
  });

  it('leave takes the AMHP off their shifts: a gap, until a manager covers it; undoing the cover reopens it', async () => {
    await r.lead.post('/api/rota/absences').send({ amhpId: amhps.birch, kind: 'leave', from: '2027-01-04', to: '2027-01-05' }).expect(201);
    const rota = await r.rota('2027-01-04', '2027-01-06', [day]);
    const [mon, tue, wed] = rota.shifts;
    expect([mon.amhpId, tue.amhpId, wed.amhpId]).toEqual([null, null, amhps.birch]);
    expect(mon.vacated).toEqual({ amhpId: amhps.birch, amhpName: 'Birch Test', reason: 'leave' });
    expect(rota.gaps.map((g) => [g.teamId, g.kind, g.from, g.to, g.required, g.onDuty])).toEqual([
      [day, 'day', '2027-01-04T09:00:00.000Z', '2027-01-04T17:00:00.000Z', 1, 0],
      [day, 'day', '2027-01-05T09:00:00.000Z', '2027-01-05T17:00:00.000Z', 1, 0],
    ]);
    // Birch cannot be put back on while on leave.
    const refused = await r.lead.post('/api/rota/adjustments').send({ type: 'replace', shiftId: mon.id, amhpId: amhps.birch, expectedAmhpId: null }).expect(400);
    expect(refused.body.issues).toEqual([{ field: 'amhpId', message: expect.stringContaining('away (leave)') }]);
    const cover = await r.lead.post('/api/rota/adjustments').send({ type: 'replace', shiftId: mon.id, amhpId: amhps.cedar, expectedAmhpId: null }).expect(201);
    const covered = await r.rota('2027-01-04', '2027-01-06', [day]);
    expect(covered.shifts[0]).toMatchObject({ amhpId: amhps.cedar, vacated: null });
    expect(covered.gaps).toHaveLength(1);
    await r.lead.delete(`/api/rota/adjustments/${cover.body.id}`).expect(204);
    expect((await r.rota('2027-01-04', '2027-01-06', [day])).gaps).toHaveLength(2);
  });

  it('sickness from 13:00 splits the shift: the morning counts, the afternoon is a gap', async () => {
    await r.lead.post('/api/rota/absences').send({ amhpId: amhps.ash, kind: 'sickness', from: '2027-01-13T13:00:00Z', to: '2027-01-14' }).expect(201);
    const rota = await r.rota('2027-01-13', '2027-01-13', [day]);
    expect(rota.shifts.map((s) => [s.amhpId, s.hours, s.vacated?.reason ?? null])).toEqual([
      [amhps.ash, 4, null],
      [null, 4, 'sickness'],
    ]);
    expect(rota.gaps.map((g) => [g.from, g.to])).toEqual([['2027-01-13T13:00:00.000Z', '2027-01-13T17:00:00.000Z']]);
    // Sickness is staff health data: those who do not manage the rota see the AMHP away for another reason.
    for (const role of ['amhp', 'read_only'] as const) {
      const reader = await signedInAgent(h, role);
      const seen = (await reader.get(`/api/rota?from=2027-01-13&to=2027-01-13&team=${day}`).expect(200)).body as RotaView;
      expect(seen.shifts.map((s) => s.vacated?.reason ?? null)).toEqual([null, 'other']);
      const absences = (await reader.get('/api/rota/absences?from=2027-01-13&to=2027-01-13').expect(200)).body as AbsenceView[];
      expect(absences.find((a) => a.amhpId === amhps.ash)?.kind).toBe('other');
    }
    const managed = (await r.lead.get('/api/rota/absences?from=2027-01-13&to=2027-01-13').expect(200)).body as AbsenceView[];
    expect(managed.find((a) => a.amhpId === amhps.ash)?.kind).toBe('sickness');
  });

  it('adds a shift over a gap: the gap closes', async () => {
    await r.pattern({ teamId: day, anchor: '2027-02-01', validFrom: '2027-02-01', validUntil: '2027-02-05', cycle: [[null]], slots: ['day-duty'] });
    // The null pattern adds a known vacancy beside Birch's shift: cover is still one, no gap. Cancel Birch's Wednesday.
    const rota = await r.rota('2027-02-03', '2027-02-03', [day]);
    expect(rota.shifts.map((s) => s.amhpId).sort()).toEqual([amhps.birch, null]);
    expect(rota.gaps).toEqual([]);
    const birch = rota.shifts.find((s) => s.amhpId === amhps.birch)!;
    await r.lead.post('/api/rota/adjustments').send({ type: 'cancel', shiftId: birch.id }).expect(201);
    const gap = (await r.rota('2027-02-03', '2027-02-03', [day])).gaps;
    expect(gap.map((g) => [g.from, g.to])).toEqual([['2027-02-03T09:00:00.000Z', '2027-02-03T17:00:00.000Z']]);
    await r.lead
      .post('/api/rota/adjustments')
      .send({ type: 'add', teamId: day, kind: 'day', startsAt: '2027-02-03T09:00:00Z', endsAt: '2027-02-03T17:00:00Z', amhpId: amhps.cedar })
      .expect(201);
    const closed = await r.rota('2027-02-03', '2027-02-03', [day]);
    expect(closed.gaps).toEqual([]);
    expect(closed.shifts.find((s) => s.slot === 'added')).toMatchObject({ amhpId: amhps.cedar, hours: 8 });
  });
});

describe('gaps ahead (the rota manager’s warning)', () => {
  it('lists every gap of the next 8 weeks by default, and the horizon can be shortened', async () => {
    const gaps = (await r.lead.get('/api/rota/gaps').expect(200)).body as RotaGapsView;
    expect(Date.parse(gaps.to) - Date.parse(gaps.from)).toBeGreaterThanOrEqual(8 * 7 * 24 * 3600 * 1000 - 3600 * 1000);
    const ours = gaps.gaps.filter((g) => g.teamId === day);
    // Birch's leave (4–5 January 2027) and Ash's sick afternoon (13 January) are within 8 weeks of late November 2026.
    for (const from of ['2027-01-04T09:00:00.000Z', '2027-01-05T09:00:00.000Z', '2027-01-13T13:00:00.000Z']) {
      if (Date.parse(from) < Date.parse(gaps.to) && Date.parse(from) > Date.parse(gaps.from)) expect(ours.map((g) => g.from)).toContain(from);
    }
    const one = (await r.lead.get('/api/rota/gaps?weeks=1').expect(200)).body as RotaGapsView;
    expect(Date.parse(one.to)).toBeLessThan(Date.parse(gaps.to));
    const bad = await r.lead.get('/api/rota/gaps?weeks=0').expect(400);
    expect(bad.body.issues[0].field).toBe('weeks');
  });
});

describe('the rota view', () => {
  it('defaults to this week and refuses more than 100 days, an unknown team, or to before from', async () => {
    const week = (await r.lead.get('/api/rota').expect(200)).body as RotaView;
    expect(new Date(`${week.from}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(week.to > week.from).toBe(true);
    expect((await r.lead.get('/api/rota?from=2027-01-01&to=2027-06-01').expect(400)).body.issues[0].field).toBe('to');
    expect((await r.lead.get('/api/rota?team=nowhere').expect(400)).body.issues[0].field).toBe('team');
    expect((await r.lead.get('/api/rota?from=2027-01-02&to=2027-01-01').expect(400)).body.issues[0].field).toBe('to');
  });

  it('lists AMHPs with their approval state and whether they can be on duty', async () => {
    const rota = await r.rota('2026-12-01', '2026-12-01', [day]);
    const ash = rota.amhps.find((a) => a.id === amhps.ash)!;
    expect(ash).toMatchObject({ name: 'Ash Test', teamId: day, canBeOnDuty: true, approval: { expiresOn: '2030-01-05' } });
  });
});

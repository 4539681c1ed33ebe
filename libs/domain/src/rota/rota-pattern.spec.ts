import { RotaPattern, expandPattern, expandPatterns, validatePattern } from './rota-pattern';
import { north, utc } from './rota.fixtures';
import { shiftHours } from './shift';

/** Day duty rotating weekly over three weeks among a, b and c, from Monday 2 March 2026. */
const dayDuty: RotaPattern = { id: 'north-day', team: 'north', kind: 'day', anchor: '2026-03-02', period: 'week', cycle: [['a'], ['b'], ['c']] };
/** EDT alternating daily between x and y from Saturday 28 March 2026. */
const edt: RotaPattern = { id: 'edt', team: 'edt', kind: 'edt', anchor: '2026-03-28', period: 'day', cycle: [['x'], ['y']] };

const who = (pattern: RotaPattern, from: string, to: string) => expandPattern(pattern, north, from, to).map((s) => `${s.date} ${s.slot} ${s.amhpId}`);

describe('a weekly pattern rotating over N weeks', () => {
  it.each([
    ['2026-03-02', 'a'],
    ['2026-03-09', 'b'],
    ['2026-03-16', 'c'],
    ['2026-03-23', 'a'],
    ['2026-02-23', 'c'],
  ])('the week of %s is covered by %s', (monday, amhpId) => {
    const shifts = expandPattern(dayDuty, north, monday, monday);
    expect(shifts.map((s) => s.amhpId)).toEqual([amhpId]);
  });

  it('has day duty Monday to Friday only, 09:00–17:00 London', () => {
    // Friday 16 January is in cycle week 2 (c), counting back from the anchor; Monday 19 January starts week 0 (a).
    expect(who(dayDuty, '2026-01-16', '2026-01-19')).toEqual(['2026-01-16 day-duty c', '2026-01-19 day-duty a']);
    const [friday] = expandPattern(dayDuty, north, '2026-01-16', '2026-01-16');
    const [summer] = expandPattern(dayDuty, north, '2026-07-15', '2026-07-15');
    expect([utc(friday.startsAt), utc(friday.endsAt)]).toEqual(['2026-01-16T09:00:00.000Z', '2026-01-16T17:00:00.000Z']);
    expect([utc(summer.startsAt), utc(summer.endsAt)]).toEqual(['2026-07-15T08:00:00.000Z', '2026-07-15T16:00:00.000Z']);
  });

  it('Easter 2026: no day duty on Good Friday (3 April) or Easter Monday (6 April)', () => {
    expect(who(dayDuty, '2026-03-30', '2026-04-07')).toEqual([
      '2026-03-30 day-duty b',
      '2026-03-31 day-duty b',
      '2026-04-01 day-duty b',
      '2026-04-02 day-duty b',
      '2026-04-07 day-duty c',
    ]);
  });

  it('Christmas 2026: no day duty on 25 or 28 December (Boxing Day substitute)', () => {
    expect(expandPattern(dayDuty, north, '2026-12-21', '2026-12-31').map((s) => s.date)).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
    ]);
  });

  it('two AMHPs per slot: each gets a shift, with positions 1 and 2 in the id', () => {
    const pair: RotaPattern = { ...dayDuty, id: 'pair', cycle: [['a', 'b'], ['c', null]] };
    expect(expandPattern(pair, north, '2026-03-09', '2026-03-09').map((s) => [s.id, s.amhpId])).toEqual([
      ['pair:2026-03-09:day-duty:1', 'c'],
      ['pair:2026-03-09:day-duty:2', null],
    ]);
  });
});

describe('EDT cover from a pattern', () => {
  it('a weekday bank holiday gets an EDT day as well as the night (Good Friday 2026)', () => {
    expect(who(edt, '2026-04-02', '2026-04-03')).toEqual(['2026-04-02 edt-night y', '2026-04-03 edt-day x', '2026-04-03 edt-night x']);
  });

  it('BST starts: the night of 28 March 2026 runs 17:00 GMT to 09:00 BST, 15 hours', () => {
    const night = expandPattern(edt, north, '2026-03-28', '2026-03-28').find((s) => s.slot === 'edt-night');
    expect([utc(night!.startsAt), utc(night!.endsAt), shiftHours(night!)]).toEqual(['2026-03-28T17:00:00.000Z', '2026-03-29T08:00:00.000Z', 15]);
  });

  it('BST ends: the night of 24 October 2026 runs 17:00 BST to 09:00 GMT, 17 hours', () => {
    const night = expandPattern(edt, north, '2026-10-24', '2026-10-24').find((s) => s.slot === 'edt-night');
    expect([utc(night!.startsAt), utc(night!.endsAt), shiftHours(night!)]).toEqual(['2026-10-24T16:00:00.000Z', '2026-10-25T09:00:00.000Z', 17]);
  });

  it('can be limited to some slots (weekend and bank holiday days only)', () => {
    const days: RotaPattern = { ...edt, id: 'edt-days', slots: ['edt-day'] };
    expect(who(days, '2026-03-27', '2026-03-30')).toEqual(['2026-03-28 edt-day x', '2026-03-29 edt-day y']);
  });
});

describe('shift ids are stable and deterministic from pattern, date and slot', () => {
  it('the same shift has the same id whatever range is expanded', () => {
    const month = expandPattern(edt, north, '2026-04-01', '2026-04-30');
    const week = expandPattern(edt, north, '2026-04-06', '2026-04-12');
    const fromMonth = new Map(month.map((s) => [s.id, s]));
    for (const s of week) expect(fromMonth.get(s.id)).toEqual(s);
    expect(week[0].id).toBe('edt:2026-04-06:edt-day:1');
    expect(new Set(month.map((s) => s.id)).size).toBe(month.length);
  });

  it('validity dates bound the pattern', () => {
    const bounded: RotaPattern = { ...dayDuty, validFrom: '2026-03-04', validUntil: '2026-03-05' };
    expect(expandPattern(bounded, north, '2026-03-02', '2026-03-06').map((s) => s.date)).toEqual(['2026-03-04', '2026-03-05']);
  });

  it('expandPatterns merges patterns in time order', () => {
    const shifts = expandPatterns([edt, dayDuty], north, '2026-03-30', '2026-03-30');
    expect(shifts.map((s) => s.slot)).toEqual(['day-duty', 'edt-night']);
  });
});

describe('pattern validation', () => {
  it.each([
    [{ cycle: [] }, 'the cycle needs at least one period'],
    [{ slots: ['edt-night' as const] }, 'slot edt-night is not day duty'],
    [{ anchor: '2026-13-01' }, 'anchor must be YYYY-MM-DD'],
  ])('rejects %o', (override, message) => {
    const pattern = { ...dayDuty, ...override } as RotaPattern;
    expect(validatePattern(pattern)).toContain(message);
    expect(() => expandPattern(pattern, north, '2026-03-02', '2026-03-02')).toThrow(message);
  });
});

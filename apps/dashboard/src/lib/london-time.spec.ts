import fc from 'fast-check';
import {
  ageInYears,
  formatLondonClock,
  formatLondonDayTime,
  formatLondonExpiry,
  formatLondonFull,
  londonDate,
  londonLocalToUtc,
  londonOffsetMinutes,
  toLondonLocalInput,
} from './london-time';

// 2026: clocks go forward 29 March 01:00 UTC, back 25 October 01:00 UTC; 2027: 28 March, 31 October.
describe('London formatting across British Summer Time', () => {
  it('shows GMT before and BST after the clocks go forward on 29 March 2026', () => {
    expect(formatLondonDayTime('2026-03-29T00:59:00Z')).toBe('Sun 29 Mar 00:59');
    expect(formatLondonDayTime('2026-03-29T01:00:00Z')).toBe('Sun 29 Mar 02:00');
    expect(formatLondonFull('2026-03-29T00:59:00Z')).toBe('Sun 29 Mar 2026 00:59 GMT');
    expect(formatLondonFull('2026-03-29T01:30:00Z')).toBe('Sun 29 Mar 2026 02:30 BST');
  });

  it('shows 01:30 twice when the clocks go back on 25 October 2026, told apart by the zone', () => {
    expect(formatLondonDayTime('2026-10-25T00:30:00Z')).toBe('Sun 25 Oct 01:30');
    expect(formatLondonDayTime('2026-10-25T01:30:00Z')).toBe('Sun 25 Oct 01:30');
    expect(formatLondonFull('2026-10-25T00:30:00Z')).toBe('Sun 25 Oct 2026 01:30 BST');
    expect(formatLondonFull('2026-10-25T01:30:00Z')).toBe('Sun 25 Oct 2026 01:30 GMT');
  });

  it('uses the London date, not the UTC date, just after midnight in summer', () => {
    expect(formatLondonDayTime('2026-06-30T23:30:00Z')).toBe('Wed 1 Jul 00:30');
    expect(londonDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(londonDate('2026-12-31T23:30:00Z')).toBe('2026-12-31');
  });

  it('formats the example from the brief and the header clock', () => {
    expect(formatLondonDayTime('2026-11-25T14:30:00Z')).toBe('Wed 25 Nov 14:30');
    expect(formatLondonClock('2026-07-01T13:05:09Z')).toBe('14:05:09');
    expect(formatLondonDayTime('2026-09-01T12:00:00Z')).toBe('Tue 1 Sep 13:00');
  });

  it('knows the offset on both sides of each change', () => {
    expect(londonOffsetMinutes('2026-03-29T00:59:59Z')).toBe(0);
    expect(londonOffsetMinutes('2026-03-29T01:00:00Z')).toBe(60);
    expect(londonOffsetMinutes('2026-10-25T00:59:59Z')).toBe(60);
    expect(londonOffsetMinutes('2026-10-25T01:00:00Z')).toBe(0);
  });
});

describe('datetime-local input read as London time and converted to UTC', () => {
  it('subtracts an hour in summer and nothing in winter', () => {
    expect(londonLocalToUtc('2026-07-01T14:30')).toEqual({ kind: 'ok', iso: '2026-07-01T13:30:00.000Z' });
    expect(londonLocalToUtc('2026-11-25T14:30')).toEqual({ kind: 'ok', iso: '2026-11-25T14:30:00.000Z' });
  });

  it('converts either side of the spring change on 29 March 2026', () => {
    expect(londonLocalToUtc('2026-03-29T00:30')).toEqual({ kind: 'ok', iso: '2026-03-29T00:30:00.000Z' });
    expect(londonLocalToUtc('2026-03-29T02:30')).toEqual({ kind: 'ok', iso: '2026-03-29T01:30:00.000Z' });
  });

  it('refuses a time the clocks skip (01:30 on 29 March 2026 and 28 March 2027)', () => {
    expect(londonLocalToUtc('2026-03-29T01:30')).toEqual({ kind: 'nonexistent' });
    expect(londonLocalToUtc('2027-03-28T01:15')).toEqual({ kind: 'nonexistent' });
  });

  it('offers both readings of a time shown twice (01:30 on 25 October 2026 and 31 October 2027)', () => {
    expect(londonLocalToUtc('2026-10-25T01:30')).toEqual({ kind: 'ambiguous', first: '2026-10-25T00:30:00.000Z', second: '2026-10-25T01:30:00.000Z' });
    expect(londonLocalToUtc('2027-10-31T01:15')).toEqual({ kind: 'ambiguous', first: '2027-10-31T00:15:00.000Z', second: '2027-10-31T01:15:00.000Z' });
    expect(londonLocalToUtc('2026-10-25T02:30')).toEqual({ kind: 'ok', iso: '2026-10-25T02:30:00.000Z' });
  });

  it('refuses input that is not a real date and time', () => {
    expect(londonLocalToUtc('2026-02-30T10:00')).toEqual({ kind: 'invalid' });
    expect(londonLocalToUtc('25/11/2026 14:30')).toEqual({ kind: 'invalid' });
    expect(londonLocalToUtc('')).toEqual({ kind: 'invalid' });
  });

  it('round-trips any minute of 2026–2027 through the London wall clock', () => {
    const from = Date.parse('2026-01-01T00:00:00Z') / 60_000;
    const to = Date.parse('2028-01-01T00:00:00Z') / 60_000;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (minute) => {
        const iso = new Date(minute * 60_000).toISOString();
        const back = londonLocalToUtc(toLondonLocalInput(iso));
        if (back.kind === 'ok') return back.iso === iso;
        if (back.kind === 'ambiguous') return back.first === iso || back.second === iso;
        return false;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('age from date of birth', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageInYears('1984-03-21', '2026-03-20')).toBe(41);
    expect(ageInYears('1984-03-21', '2026-03-21')).toBe(42);
    expect(ageInYears('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageInYears('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('legal expiries as AMHPs say them', () => {
  it('says "end of" the last day for periods counted in days, which end at London midnight (s2, s6(1)(a))', () => {
    // Midnight BST at the end of Thu 16 Apr 2026 is 23:00 UTC.
    expect(formatLondonExpiry('2026-04-16T23:00:00Z')).toBe('end of Thu 16 Apr 2026');
    expect(formatLondonExpiry('2026-04-16T23:00:00Z', true)).toBe('end of Thu 16 Apr');
    // Midnight GMT at the end of Tue 22 Dec 2026.
    expect(formatLondonExpiry('2026-12-23T00:00:00Z', true)).toBe('end of Tue 22 Dec');
  });

  it('gives any other expiry as a time with its zone', () => {
    expect(formatLondonExpiry('2026-10-26T00:30:00Z')).toBe('Mon 26 Oct 2026 00:30 GMT');
    expect(formatLondonExpiry('2026-10-26T00:30:00Z', true)).toBe('Mon 26 Oct 00:30');
    // 23:00 UTC in winter is not midnight in London.
    expect(formatLondonExpiry('2026-12-22T23:00:00Z')).toBe('Tue 22 Dec 2026 23:00 GMT');
  });
});

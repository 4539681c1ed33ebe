import { londonInstant, Shift } from '@amhp/domain';
import ICAL from 'ical.js';
import { escapeText, foldLine, writeCalendar } from './ical-writer';
import { myShiftEvent, teamShiftEvent } from './shift-events';

/**
 * The feed is read back by an independent parser (ical.js, not our code) and every time is
 * checked as a UTC instant, so the VTIMEZONE and the local times agree across both clock
 * changes: the EDT night of Sat 24 Oct 2026 (clocks go back) is 17 h; of Sat 27 Mar 2027
 * (clocks go forward) 15 h.
 */
const HOUR = 3_600_000;
const STAMP = new Date('2026-10-01T12:00:00Z');

function shift(id: string, date: string, from: string, toDate: string, to: string, overrides: Partial<Shift> = {}): Shift {
  return { id, team: 'edt', kind: 'edt', slot: 'edt-night', date, startsAt: londonInstant(date, from), endsAt: londonInstant(toDate, to), amhpId: 'a1', ...overrides };
}

const nightBack = shift('edt-pattern:2026-10-24:edt-night:1', '2026-10-24', '17:00', '2026-10-25', '09:00');
const nightForward = shift('edt-pattern:2027-03-27:edt-night:1', '2027-03-27', '17:00', '2027-03-28', '09:00');
const summerDay = shift('north:2026-07-01:day-duty:1', '2026-07-01', '09:00', '2026-07-01', '17:00', { team: 'north', kind: 'day', slot: 'day-duty' });
const winterDay = shift('north:2026-12-01:day-duty:1', '2026-12-01', '09:00', '2026-12-01', '17:00', { team: 'north', kind: 'day', slot: 'day-duty' });

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  sequence: number;
  start: Date;
  end: Date;
  startZone: string;
}

function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: event.startDate.zone?.tzid ?? '',
    };
  });
  return { calendar, events };
}

function feed(shifts: Shift[], revision = 7): string {
  return writeCalendar({ name: 'My AMHP shifts', stamp: STAMP, refreshInterval: 'PT1H', events: shifts.map((s) => myShiftEvent(s, { teamName: 'Example EDT', revision })) });
}

describe('iCalendar feed (RFC 5545) read back by ical.js', () => {
  it('has the calendar properties a subscribing client needs', () => {
    const { calendar } = parse(feed([summerDay]));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//AMHP Hub//Duty rota//EN');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My AMHP shifts');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(vtimezone?.getAllSubcomponents('standard')).toHaveLength(1);
    expect(vtimezone?.getAllSubcomponents('daylight')).toHaveLength(1);
  });

  it('writes London local times (TZID) that convert to the right instants in summer (BST) and winter (GMT)', () => {
    const text = feed([summerDay, winterDay]);
    expect(text).toContain('DTSTART;TZID=Europe/London:20260701T090000');
    expect(text).toContain('DTSTART;TZID=Europe/London:20261201T090000');
    const [summer, winter] = parse(text).events;
    expect(summer.startZone).toBe('Europe/London');
    expect(summer.start.toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(summer.end.toISOString()).toBe('2026-07-01T16:00:00.000Z');
    expect(winter.start.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(winter.end.toISOString()).toBe('2026-12-01T17:00:00.000Z');
  });

  it('the EDT night of 24 Oct 2026 (clocks go back) runs 17:00 BST to 09:00 GMT: 17 hours', () => {
    const text = feed([nightBack]);
    expect(text).toContain('DTSTART;TZID=Europe/London:20261024T170000');
    expect(text).toContain('DTEND;TZID=Europe/London:20261025T090000');
    const [night] = parse(text).events;
    expect(night.start.toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(night.end.toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect((night.end.getTime() - night.start.getTime()) / HOUR).toBe(17);
    expect(night.summary).toBe('EDT duty (night)');
    expect(night.description).toBe('Example EDT: 17:00–09:00 (17 h)');
  });

  it('the EDT night of 27 Mar 2027 (clocks go forward) runs 17:00 GMT to 09:00 BST: 15 hours', () => {
    const [night] = parse(feed([nightForward])).events;
    expect(night.start.toISOString()).toBe('2027-03-27T17:00:00.000Z');
    expect(night.end.toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect((night.end.getTime() - night.start.getTime()) / HOUR).toBe(15);
    expect(night.description).toContain('(15 h)');
  });

  it('an instant in the repeated hour of 25 Oct 2026 (01:30 BST, then 01:30 GMT) is written in UTC: parsers disagree on the local form', () => {
    const first = shift('added-1', '2026-10-25', '01:30', '2026-10-25', '03:00', { slot: 'added' });
    const second = { ...first, id: 'added-2', startsAt: new Date(first.startsAt.getTime() + HOUR) };
    const text = feed([first, second]);
    expect(text).toContain('DTSTART:20261025T003000Z');
    expect(text).toContain('DTSTART:20261025T013000Z');
    expect(text).toContain('DTEND;TZID=Europe/London:20261025T030000');
    const [a, b] = parse(text).events;
    expect(a.start.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(b.start.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(a.end.toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('UIDs are the shift ids @amhp-hub, the same on every fetch; SEQUENCE is the rota revision', () => {
    const one = parse(feed([nightBack, summerDay], 3)).events;
    const two = parse(writeCalendar({ name: 'x', stamp: new Date(), events: [summerDay, nightBack].map((s) => myShiftEvent(s, { teamName: 'y', revision: 4 })) })).events;
    expect(one.map((e) => e.uid)).toEqual(['edt-pattern:2026-10-24:edt-night:1@amhp-hub', 'north:2026-07-01:day-duty:1@amhp-hub']);
    expect(new Set(two.map((e) => e.uid))).toEqual(new Set(one.map((e) => e.uid)));
    expect(one.map((e) => e.sequence)).toEqual([3, 3]);
    expect(two.map((e) => e.sequence)).toEqual([4, 4]);
  });

  it('a team feed names the AMHP on each shift and marks a vacancy as a gap', () => {
    const vacant = { ...winterDay, id: 'north:2026-12-02:day-duty:1', amhpId: null };
    const text = writeCalendar({ name: 'North', stamp: STAMP, events: [teamShiftEvent(winterDay, { teamName: 'North', amhpName: 'Sam Example', revision: 1 }), teamShiftEvent(vacant, { teamName: 'North', revision: 1 })] });
    expect(parse(text).events.map((e) => e.summary)).toEqual(['Day duty: Sam Example', 'Day duty: no AMHP (gap)']);
  });

  it('escapes text (backslash, semicolon, comma, line breaks) so it reads back unchanged', () => {
    const awkward = 'North; South, East\\West\nsecond line';
    expect(escapeText(awkward)).toBe('North\\; South\\, East\\\\West\\nsecond line');
    const text = writeCalendar({ name: awkward, stamp: STAMP, events: [teamShiftEvent(winterDay, { teamName: awkward, amhpName: 'O’Brien, Pat; AMHP', revision: 1 })] });
    const { calendar, events } = parse(text);
    // X-WR-CALNAME is an x-property (TEXT by default, RFC 5545 3.8.8.2); ical.js returns it still escaped.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escapeText(awkward));
    expect(events[0].summary).toBe('Day duty: O’Brien, Pat; AMHP');
    expect(events[0].description.startsWith(awkward)).toBe(true);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character, with CRLF line ends', () => {
    const long = `${'Ffion Ŵyn-Jones ’ ✓ '.repeat(12)}end`;
    const text = writeCalendar({ name: long, stamp: STAMP, events: [teamShiftEvent(winterDay, { teamName: long, amhpName: long, revision: 1 })] });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(long);
    expect(events[0].summary).toBe(`Day duty: ${long}`);
    expect(foldLine('short')).toBe('short');
  });
});

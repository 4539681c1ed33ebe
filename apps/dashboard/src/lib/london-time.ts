import { formatLondon, formatLondonTime, londonDateOf, londonOffsetMinutes as domainLondonOffsetMinutes, londonZoneAbbreviation } from '@amhp/domain';

/**
 * Times are stored and sent in UTC and shown in Europe/London, whatever zone the browser is in.
 * The zone rules (offset, London date, formatting in London) are libs/domain's; what stays here
 * is the dashboard's presentation (compact board forms, "end of" expiries, datetime-local input),
 * so it stays right across midnight and both British Summer Time changes.
 */
export const LONDON = 'Europe/London';

type Instant = Date | string | number;

const toDate = (instant: Instant): Date => (instant instanceof Date ? instant : new Date(instant));

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The reading of a London wall clock at an instant. */
export function londonWallClock(instant: Instant): WallClock {
  const parts = Object.fromEntries(wallClockFormat.formatToParts(toDate(instant)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes London is ahead of UTC at the instant: 0 in GMT, 60 in BST (the domain's rule). */
export function londonOffsetMinutes(instant: Instant): number {
  return domainLondonOffsetMinutes(toDate(instant));
}

/** "Wed 25 Nov 14:30": the board's compact form of a London time (presentation only; no domain equivalent). */
export function formatLondonDayTime(instant: Instant): string {
  return formatLondon(toDate(instant), 'EEE d MMM HH:mm');
}

/**
 * "Sun 25 Oct 2026 01:30 GMT": unambiguous on the night the clocks go back, for detail views.
 * Kept (not the domain's formatLondonDateTime) because the dashboard's layout has no comma.
 */
export function formatLondonFull(instant: Instant): string {
  const date = toDate(instant);
  return `${formatLondon(date, 'EEE d MMM yyyy HH:mm')} ${londonZoneAbbreviation(date)}`;
}

/**
 * A legal expiry as AMHPs say it. Periods the Act counts in days (s2's 28 days, s6(1)(a)'s 14)
 * end at London midnight: "end of Thu 16 Apr 2026" reads right, "Fri 17 Apr 00:00" invites an
 * off-by-one. Anything else is the full time with its zone ("Mon 26 Oct 2026 00:30 GMT"), or
 * the board's compact form.
 */
export function formatLondonExpiry(instant: Instant, compact = false): string {
  const w = londonWallClock(instant);
  if (w.hour !== 0 || w.minute !== 0 || w.second !== 0) return compact ? formatLondonDayTime(instant) : formatLondonFull(instant);
  const dayBefore = new Date(toDate(instant).getTime() - 1);
  return `end of ${formatLondon(dayBefore, compact ? 'EEE d MMM' : 'EEE d MMM yyyy')}`;
}

/** "14:30" London time, for rota shifts (the zone rule is the domain's formatLondonTime). */
export function formatLondonHourMinute(instant: Instant): string {
  return formatLondonTime(toDate(instant));
}

/**
 * A time next to a reference day: "17:00" on the same London day, "Tue 09:00" within the
 * week after, otherwise "Tue 7 Apr 09:00" (on-duty panel, rota gaps).
 */
export function formatLondonTimeNear(instant: Instant, reference: Instant): string {
  const day = londonDate(instant);
  const refDay = londonDate(reference);
  if (day === refDay) return formatLondonHourMinute(instant);
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${refDay}T00:00:00Z`)) / 86_400_000;
  return days > 0 && days < 7 ? formatLondon(toDate(instant), 'EEE HH:mm') : formatLondonDayTime(instant);
}

/** "14:30:05" London time, for the header clock. */
export function formatLondonClock(instant: Instant): string {
  const w = londonWallClock(instant);
  return [w.hour, w.minute, w.second].map(pad2).join(':');
}

/** Today's date in London as YYYY-MM-DD (the browser's own date may differ around midnight): the domain's londonDateOf. */
export function londonDate(instant: Instant): string {
  return londonDateOf(toDate(instant));
}

/** The value a `datetime-local` input shows for an instant, read on a London clock. */
export function toLondonLocalInput(instant: Instant): string {
  const w = londonWallClock(instant);
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}T${pad2(w.hour)}:${pad2(w.minute)}`;
}

export type LondonLocalConversion =
  | { kind: 'ok'; iso: string }
  /** The clock shows this time twice (the hour after 01:00 when the clocks go back). */
  | { kind: 'ambiguous'; first: string; second: string }
  /** The clock skips this time (the hour after 01:00 when the clocks go forward). */
  | { kind: 'nonexistent' }
  | { kind: 'invalid' };

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Kept rather than the domain's londonInstant: that one silently resolves a repeated or skipped
 * hour (right for computing clocks), while a form must ask the user which one they meant.
 *
 * Converts what a user typed into a `datetime-local` input, meant as London time, to a UTC
 * instant. The offset is looked up for the candidate instants either side rather than for
 * "now", so a time in summer typed in winter (or the reverse) still converts right.
 */
export function londonLocalToUtc(local: string): LondonLocalConversion {
  const m = LOCAL_INPUT.exec(local.trim());
  if (!m) return { kind: 'invalid' };
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return { kind: 'invalid' };

  const DAY = 24 * 60 * 60 * 1000;
  const offsets = new Set([londonOffsetMinutes(wall - DAY), londonOffsetMinutes(wall + DAY)]);
  const candidates = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => sameWall(londonWallClock(instant), { year: y, month: mo, day: d, hour: h, minute: mi, second: s }))
    .sort((a, b) => a - b);

  if (candidates.length === 0) return { kind: 'nonexistent' };
  if (candidates.length === 1) return { kind: 'ok', iso: new Date(candidates[0]).toISOString() };
  return { kind: 'ambiguous', first: new Date(candidates[0]).toISOString(), second: new Date(candidates[1]).toISOString() };
}

/**
 * Whole years from a date of birth (YYYY-MM-DD) to a date (YYYY-MM-DD), as people count birthdays.
 * Kept: the dashboard shows the number, where the domain's hasAttainedAge answers yes/no for a threshold.
 */
export function ageInYears(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** "25 Nov 1984" from YYYY-MM-DD, without passing through a time zone. */
export function formatCalendarDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function sameWall(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

import { HOUR_MS, LONDON_TIME_ZONE, londonOffsetMinutes, MINUTE_MS } from '@amhp/domain';

/**
 * A minimal iCalendar (RFC 5545) writer for published, read-only feeds: one VCALENDAR with the
 * Europe/London VTIMEZONE and a VEVENT per entry. Pure: the caller passes every value, including
 * DTSTAMP, so the same input always gives the same bytes.
 */
export interface CalendarEvent {
  /** Globally unique and stable across fetches, so a client updates the event instead of duplicating it (RFC 5545 3.8.4.7). */
  uid: string;
  /** Revision of the event: clients replace an event only by a higher SEQUENCE (3.8.7.4). */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  categories?: readonly string[];
}

export interface CalendarDocument {
  /** Shown by clients as the calendar's name (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** When the feed was generated: every event's DTSTAMP (UTC). */
  stamp: Date;
  /** How often a subscribing client should fetch again (ISO 8601 duration, e.g. PT1H). */
  refreshInterval?: string;
  events: readonly CalendarEvent[];
}

export const PRODID = '-//AMHP Hub//Duty rota//EN';
const CRLF = '\r\n';
/** RFC 5545 3.1: lines longer than 75 octets, excluding the line break, are folded. */
const MAX_LINE_OCTETS = 75;

/**
 * Europe/London since 1996 (EU rules): BST from 01:00 GMT on the last Sunday of March, GMT
 * from 01:00 GMT (02:00 BST) on the last Sunday of October. DTSTART is local time in the
 * offset being left, as RFC 5545 3.6.5 requires.
 */
const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${LONDON_TIME_ZONE}`,
  `X-LIC-LOCATION:${LONDON_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values (3.3.11): backslash, semicolon and comma escaped; line breaks become \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (3.1): at most 75 octets per physical line, continuation lines begin
 * with a space (which counts), and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 20261024T160000Z */
export function utcDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The London wall-clock reading of an instant, YYYY-MM-DDTHH:mm:ss. */
function londonWallClock(instant: Date): string {
  return new Date(instant.getTime() + londonOffsetMinutes(instant) * MINUTE_MS).toISOString().slice(0, 19);
}

/**
 * DTSTART/DTEND as London local time with TZID, so a client shows the wall-clock time across
 * the clock changes. A local time in the hour that repeats when the clocks go back is
 * ambiguous: RFC 5545 (3.3.5) says it names the first occurrence, but parsers differ (ical.js
 * takes the second), so such an instant is written in UTC, which every client reads the same.
 */
export function londonDateTimeProperty(name: 'DTSTART' | 'DTEND', instant: Date): string {
  const wall = londonWallClock(instant);
  const repeated = [-HOUR_MS, HOUR_MS].some((d) => londonWallClock(new Date(instant.getTime() + d)) === wall);
  if (repeated) return `${name}:${utcDateTime(instant)}`;
  return `${name};TZID=${LONDON_TIME_ZONE}:${wall.replace(/[-:]/g, '')}`;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `SEQUENCE:${event.sequence}`,
    londonDateTimeProperty('DTSTART', event.start),
    londonDateTimeProperty('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    // Duty is busy time; a published feed is not an invitation.
    'TRANSP:OPAQUE',
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ];
}

/** The whole feed: CRLF line ends (including the last line), folded lines, UTF-8. */
export function writeCalendar(doc: CalendarDocument): string {
  const refresh = doc.refreshInterval ? [`REFRESH-INTERVAL;VALUE=DURATION:${doc.refreshInterval}`, `X-PUBLISHED-TTL:${doc.refreshInterval}`] : [];
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(doc.name)}`,
    ...(doc.description ? [`X-WR-CALDESC:${escapeText(doc.description)}`] : []),
    `X-WR-TIMEZONE:${LONDON_TIME_ZONE}`,
    ...refresh,
    ...LONDON_VTIMEZONE,
    ...doc.events.flatMap((e) => eventLines(e, doc.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

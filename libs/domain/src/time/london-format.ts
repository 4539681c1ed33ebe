import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { HOUR_MS, LONDON_TIME_ZONE, londonZoneAbbreviation, MINUTE_MS } from './london-time';

/**
 * Formatting for people: always Europe/London, whatever the machine's zone. The dashboard
 * and any generated document reuse these so that a time reads the same everywhere.
 */

/** Format an instant in London with a date-fns pattern, e.g. formatLondon(t, 'yyyy-MM-dd HH:mm'). */
export function formatLondon(instant: Date, pattern: string): string {
  return format(new TZDate(instant.getTime(), LONDON_TIME_ZONE), pattern);
}

/** "Sun 29 Mar 2026, 03:00 BST": the zone is spelled out because the change nights repeat or skip an hour. */
export function formatLondonDateTime(instant: Date): string {
  return `${formatLondon(instant, 'EEE d MMM yyyy, HH:mm')} ${londonZoneAbbreviation(instant)}`;
}

/** "29 Mar 2026". */
export function formatLondonDate(instant: Date): string {
  return formatLondon(instant, 'd MMM yyyy');
}

/** "03:00". */
export function formatLondonTime(instant: Date): string {
  return formatLondon(instant, 'HH:mm');
}

/** Durations up to this many minutes read in hours and minutes ("71 h 59 m"); longer ones in days and hours. */
const HOURS_FORMAT_LIMIT_MINUTES = 72 * 60;

/**
 * A length of time, rounded down: "23 h 04 m" up to 72 hours (so every holding power reads in
 * hours), "27 d 13 h" beyond (an s2 or s3 detention). Negative durations read as their size.
 */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  if (totalMinutes <= HOURS_FORMAT_LIMIT_MINUTES) {
    const hours = Math.floor(totalMinutes / 60);
    return `${hours} h ${String(totalMinutes % 60).padStart(2, '0')} m`;
  }
  const totalHours = Math.floor(Math.abs(ms) / HOUR_MS);
  return `${Math.floor(totalHours / 24)} d ${String(totalHours % 24).padStart(2, '0')} h`;
}

/**
 * What a deadline countdown shows given the time left (expiry minus now): "23 h 04 m" while
 * time remains, "overdue 1 h 02 m" once the deadline has passed. At the instant of expiry the
 * power has lapsed, so zero reads as overdue.
 */
export function formatCountdown(remainingMs: number): string {
  return remainingMs > 0 ? formatDuration(remainingMs) : `overdue ${formatDuration(remainingMs)}`;
}

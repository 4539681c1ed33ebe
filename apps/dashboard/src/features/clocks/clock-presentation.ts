import { ClockView, ClockWarningLevelView } from '@amhp/contracts';

/**
 * How a legal clock looks at a glance. The API sends the warning level it computed when it
 * made the view; the dashboard recomputes it every second from the clock's own instants, so a
 * case left open on screen still turns amber at 75% and red at expiry without a reload.
 * Warning points are the issue-3 defaults (50%, 75%, 90% of the period, and expiry); a level
 * the server reports that is higher (its clock or its configuration) is kept.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** s136(2A)/s135(3ZA): the 24 hours that an s136B extension runs on from. */
const PLACE_OF_SAFETY_PERIOD_MS = 24 * HOUR;

const LEVEL_RANK: Record<ClockWarningLevelView, number> = { none: 0, '50': 1, '75': 2, '90': 3, expired: 4 };
const FRACTIONS: ReadonlyArray<[number, ClockWarningLevelView]> = [
  [0.9, '90'],
  [0.75, '75'],
  [0.5, '50'],
];

export type ClockTone = 'ok' | 'half' | 'warning' | 'critical' | 'overdue' | 'ended';

export interface ClockPresentation {
  level: ClockWarningLevelView;
  tone: ClockTone;
  /** Words for the state: colour is never the only signal. */
  stateText: string;
  /** "3 h 12 m left", "12 d 04 h left", "12 m 30 s over", or how it ended. */
  text: string;
  remainingMs: number;
  /** Share of the period elapsed, 0..1 (for the progress bar). */
  elapsedFraction: number;
}

const TONE: Record<ClockWarningLevelView, ClockTone> = { none: 'ok', '50': 'half', '75': 'warning', '90': 'critical', expired: 'overdue' };

export const STATE_TEXT: Record<ClockWarningLevelView, string> = {
  none: 'Running',
  '50': 'Half elapsed',
  '75': 'Under 25% left',
  '90': 'Under 10% left',
  expired: 'Overdue',
};

/**
 * Where the warnings are measured from: the start, or for an extended s136/s135(1) detention
 * the original 24-hour expiry (the extension's own points, as the API schedules them).
 */
function warningSpanStart(clock: ClockView): number {
  const start = Date.parse(clock.startsAt);
  if (clock.extended && (clock.kind === 's136' || clock.kind === 's135_1')) return start + PLACE_OF_SAFETY_PERIOD_MS;
  return start;
}

/** The last warning point reached at `nowMs`, at least the level the server reported. */
export function liveWarningLevel(clock: ClockView, nowMs: number): ClockWarningLevelView {
  if (clock.status === 'ended') return 'none';
  const expires = Date.parse(clock.expiresAt);
  let level: ClockWarningLevelView = 'none';
  if (nowMs >= expires) level = 'expired';
  else {
    const from = warningSpanStart(clock);
    const span = expires - from;
    // The same instants the API schedules: from + round(span × fraction).
    level = FRACTIONS.find(([f]) => nowMs >= from + Math.round(span * f))?.[1] ?? 'none';
  }
  return LEVEL_RANK[clock.warningLevel] > LEVEL_RANK[level] ? clock.warningLevel : level;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Time as AMHPs read it for clocks that run from hours to months: days and hours from three
 * days up (s2's 28 days), hours and minutes from an hour, minutes and seconds in the last hour.
 */
export function formatClockDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / SECOND));
  if (total * SECOND >= 3 * DAY) {
    const days = Math.floor((total * SECOND) / DAY);
    return `${days} d ${pad2(Math.floor(((total * SECOND) % DAY) / HOUR))} h`;
  }
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${pad2(minutes)} m`;
  if (minutes > 0) return `${minutes} m ${pad2(seconds)} s`;
  return `${seconds} s`;
}

export function presentClock(clock: ClockView, nowMs: number): ClockPresentation {
  const starts = Date.parse(clock.startsAt);
  const expires = Date.parse(clock.expiresAt);
  const remainingMs = expires - nowMs;
  const elapsedFraction = Math.min(1, Math.max(0, (nowMs - starts) / Math.max(1, expires - starts)));
  if (clock.status === 'ended') {
    return { level: 'none', tone: 'ended', stateText: 'Ended', text: 'No longer running', remainingMs, elapsedFraction: 1 };
  }
  const level = liveWarningLevel(clock, nowMs);
  const text = remainingMs <= 0 ? `${formatClockDuration(-remainingMs)} over` : `${formatClockDuration(remainingMs)} left`;
  return { level, tone: TONE[level], stateText: STATE_TEXT[level], text, remainingMs, elapsedFraction };
}

/** Running clocks first, the one that expires soonest on top; ended ones after, latest first. */
export function sortClocks(clocks: readonly ClockView[]): ClockView[] {
  const running = clocks.filter((c) => c.status !== 'ended').sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
  const ended = clocks.filter((c) => c.status === 'ended').sort((a, b) => Date.parse(b.expiresAt) - Date.parse(a.expiresAt));
  return [...running, ...ended];
}

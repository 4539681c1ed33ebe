/**
 * Not the domain's formatDuration/formatCountdown: the board's countdown ticks in seconds in the
 * last hour and reads "… over", a presentation choice; the overdue rule (zero is overdue) is the same.
 *
 * Durations as an AMHP reads them at a glance: hours and minutes while there is time, minutes
 * and seconds in the last hour (so the count visibly ticks), and how long ago once overdue.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2 h 14 m" from one hour up, "42 m 05 s" below it, "0 s" at zero. Whole seconds, rounded down. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / SECOND));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${pad2(minutes)} m`;
  if (minutes > 0) return `${minutes} m ${pad2(seconds)} s`;
  return `${seconds} s`;
}

/** Time waiting since a referral arrived: "45 m", "3 h 12 m", "2 d 4 h". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, ms);
  if (total < HOUR) return `${Math.floor(total / MINUTE)} m`;
  if (total < DAY) return `${Math.floor(total / HOUR)} h ${pad2(Math.floor((total % HOUR) / MINUTE))} m`;
  return `${Math.floor(total / DAY)} d ${Math.floor((total % DAY) / HOUR)} h`;
}

export type DeadlineTone = 'overdue' | 'critical' | 'warning' | 'ok';

export interface DeadlineStatus {
  tone: DeadlineTone;
  /** Words for the state, so that colour is never the only signal. */
  stateText: 'Overdue' | '< 1 h' | '< 4 h' | 'On time';
  /** "2 h 14 m left" or "12 m 30 s over" (the state says "Overdue"). */
  text: string;
  remainingMs: number;
}

/** How a legal deadline stands at `nowMs`. The deadline itself is the instant the power ends. */
export function deadlineStatus(expiresAt: string, nowMs: number): DeadlineStatus {
  const remainingMs = Date.parse(expiresAt) - nowMs;
  if (remainingMs <= 0) {
    return { tone: 'overdue', stateText: 'Overdue', text: `${formatDuration(-remainingMs)} over`, remainingMs };
  }
  const text = `${formatDuration(remainingMs)} left`;
  if (remainingMs < HOUR) return { tone: 'critical', stateText: '< 1 h', text, remainingMs };
  if (remainingMs < 4 * HOUR) return { tone: 'warning', stateText: '< 4 h', text, remainingMs };
  return { tone: 'ok', stateText: 'On time', text, remainingMs };
}

import { ClockView, ClockWarningLevelView, clockPointKey, jobIds } from '@amhp/contracts';
import { clockWarningLevel, clockWarningPoints, LegalClock } from '@amhp/domain';
import { ClockEntity, StoredExtension } from './clock.entity';

/** What the timers need of a stored clock. */
export type TimedClock = Pick<
  ClockEntity,
  'id' | 'kind' | 'label' | 'section' | 'startsAt' | 'expiresAt' | 'status' | 'extension' | 'endedAt' | 'endedReason' | 'warningFractions' | 'timingChangedAt'
>;

/** One warning point or the expiry of a stored clock, with the job that fires it. */
export interface TimerPoint {
  /** "50", "75", "90"... or "expiry" (clockPointKey). */
  key: string;
  type: 'warning' | 'expiry';
  fraction: number;
  at: Date;
  jobId: string;
}

export function toStoredExtension(extension: LegalClock['extension']): StoredExtension | null {
  if (!extension) return null;
  return {
    authorisedAt: extension.authorisedAt.toISOString(),
    authorisedByDoctorId: extension.authorisedByDoctorId,
    hours: extension.hours,
    reason: extension.reason,
    originalExpiresAt: extension.originalExpiresAt.toISOString(),
  };
}

/** The stored clock back as the domain's LegalClock. */
export function toLegalClock(clock: TimedClock): LegalClock {
  const ext = clock.extension;
  return {
    kind: clock.kind,
    label: clock.label,
    section: clock.section,
    startsAt: clock.startsAt,
    expiresAt: clock.expiresAt,
    status: clock.status,
    extension: ext
      ? {
          authorisedAt: new Date(ext.authorisedAt),
          authorisedByDoctorId: ext.authorisedByDoctorId,
          hours: ext.hours,
          reason: ext.reason,
          originalExpiresAt: new Date(ext.originalExpiresAt),
        }
      : null,
    endedAt: clock.endedAt,
    endedReason: clock.endedReason,
  };
}

/** Every point of a clock in order, ending with its expiry (libs/domain clockWarningPoints); none once ended. */
export function clockPoints(clock: TimedClock): TimerPoint[] {
  const points = clockWarningPoints(toLegalClock(clock), { [clock.kind]: clock.warningFractions });
  return points.map((p) => {
    const key = clockPointKey(p);
    return { key, type: p.type, fraction: p.fraction, at: p.at, jobId: jobIds.clockPoint(clock.id, key, p.at.toISOString()) };
  });
}

/**
 * Does this point alert at all? A warning that was already past when the clock was recorded
 * (or its period last changed) is not news: the board showed the clock's level from the start.
 * An expiry always alerts: a lapsed power means someone may be held without authority.
 */
export function isAlertable(clock: TimedClock, point: TimerPoint): boolean {
  return point.type === 'expiry' || point.at >= clock.timingChangedAt;
}

/** A later point has also been reached: its own job says it, so this one stays quiet. */
export function isSuperseded(clock: TimedClock, point: TimerPoint, now: Date): boolean {
  return clockPoints(clock).some((p) => p.at > point.at && p.at <= now);
}

/** "clock id / point / due instant": the identity of a raised alert. */
export const firedKey = (clockId: string, point: string, dueAt: Date) => `${clockId}/${point}/${dueAt.getTime()}`;

/**
 * The points that must have a job now: every alertable point still to come, and the latest one
 * already reached if it has not raised its alert (a timer lost with Redis, or a clock recorded
 * after its expiry). Nothing for an ended clock or a referral that is closed.
 */
export function pendingPoints(clock: TimedClock, now: Date, fired: ReadonlySet<string>, referralOpen = true): TimerPoint[] {
  if (!referralOpen || clock.status === 'ended') return [];
  const points = clockPoints(clock);
  const future = points.filter((p) => p.at > now && isAlertable(clock, p));
  const reached = points.filter((p) => p.at <= now).pop();
  const missed = reached && isAlertable(clock, reached) && !fired.has(firedKey(clock.id, reached.key, reached.at)) ? [reached] : [];
  return [...missed, ...future];
}

const LEVELS: [number, ClockWarningLevelView][] = [
  [0.9, '90'],
  [0.75, '75'],
  [0.5, '50'],
];

/** How the board marks a clock now: the last point reached, shown as 50/75/90 or expired. */
export function warningLevelView(clock: TimedClock, now: Date): ClockWarningLevelView {
  const level = clockWarningLevel(toLegalClock(clock), now, { [clock.kind]: clock.warningFractions });
  if (level.level === 'overdue') return 'expired';
  if (level.level !== 'warning') return 'none';
  // A configured point that is not 50/75/90 shows as the nearest of those at or below it.
  return LEVELS.find(([fraction]) => level.reached.fraction >= fraction - 1e-9)?.[1] ?? 'none';
}

export function toClockView(clock: TimedClock & Pick<ClockEntity, 'assessmentId' | 'extended'>, now: Date): ClockView {
  return {
    id: clock.id,
    assessmentId: clock.assessmentId,
    kind: clock.kind,
    label: clock.label,
    section: clock.section,
    startsAt: clock.startsAt.toISOString(),
    expiresAt: clock.expiresAt.toISOString(),
    status: clock.status,
    warningLevel: warningLevelView(clock, now),
    extended: clock.extended,
  };
}

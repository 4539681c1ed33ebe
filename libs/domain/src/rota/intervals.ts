/** A half-open span of time [from, to): a shift ending at 17:00 and one starting then meet, not overlap. */
export interface Interval {
  from: Date;
  to: Date;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.from.getTime() < b.to.getTime() && b.from.getTime() < a.to.getTime();
}

export function intersect(a: Interval, b: Interval): Interval | null {
  const from = Math.max(a.from.getTime(), b.from.getTime());
  const to = Math.min(a.to.getTime(), b.to.getTime());
  return from < to ? { from: new Date(from), to: new Date(to) } : null;
}

/** Sorted, with overlapping or touching intervals joined. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .filter((i) => i.from.getTime() < i.to.getTime())
    .map((i) => ({ from: i.from.getTime(), to: i.to.getTime() }))
    .sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out.map((i) => ({ from: new Date(i.from), to: new Date(i.to) }));
}

/** The parts of `base` that none of `cuts` covers. */
export function subtractIntervals(base: Interval, cuts: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = base.from.getTime();
  for (const cut of mergeIntervals(cuts)) {
    if (cut.to.getTime() <= cursor) continue;
    if (cut.from.getTime() >= base.to.getTime()) break;
    if (cut.from.getTime() > cursor) out.push({ from: new Date(cursor), to: cut.from });
    cursor = Math.max(cursor, cut.to.getTime());
  }
  if (cursor < base.to.getTime()) out.push({ from: new Date(cursor), to: base.to });
  return out;
}

export function durationMs(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, i) => sum + (i.to.getTime() - i.from.getTime()), 0);
}

import { Interval, intersect, mergeIntervals, subtractIntervals } from '../rota/intervals';

/**
 * Sets of half-open spans of real time [from, to), in UTC instants. A doctor's availability,
 * a rota and a wait are all such sets; the single-span helpers live with the rota
 * (`rota/intervals.ts`) and are reused here, not rewritten.
 */
export type TimeInterval = Interval;

/** Sorted, with overlapping or touching spans joined and empty ones dropped. */
export { mergeIntervals };

/** The parts of `bases` that none of `cuts` covers (e.g. declared availability minus unavailable periods). */
export function subtractIntervalSets(bases: readonly TimeInterval[], cuts: readonly TimeInterval[]): TimeInterval[] {
  return mergeIntervals(mergeIntervals(bases).flatMap((base) => subtractIntervals(base, cuts)));
}

/** The time covered by both sets. */
export function intersectIntervalSets(a: readonly TimeInterval[], b: readonly TimeInterval[]): TimeInterval[] {
  const right = mergeIntervals(b);
  return mergeIntervals(mergeIntervals(a).flatMap((x) => right.map((y) => intersect(x, y)).filter((i): i is TimeInterval => i !== null)));
}

/** Whether an instant falls inside one of the spans (a span includes its start, not its end). */
export function intervalsContain(intervals: readonly TimeInterval[], instant: Date): boolean {
  const t = instant.getTime();
  return intervals.some((i) => i.from.getTime() <= t && t < i.to.getTime());
}

/** Real milliseconds covered, counting overlapping time once. */
export function coveredMs(intervals: readonly TimeInterval[]): number {
  return mergeIntervals(intervals).reduce((sum, i) => sum + (i.to.getTime() - i.from.getTime()), 0);
}

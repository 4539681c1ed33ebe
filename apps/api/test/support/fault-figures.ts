/** Timing and reporting for the fault tests: what a request took, and the figures in one line each. */

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

export function spread(ms: readonly number[]): { n: number; min: number; median: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, min: sorted[0] ?? NaN, median: at(0.5), max: sorted[sorted.length - 1] ?? NaN };
}

/** One line of figures, printed straight to the terminal (not through jest's console). */
export function report(label: string, figures: Record<string, unknown>): void {
  const text = Object.entries(figures)
    .map(([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(0) : typeof v === 'object' ? JSON.stringify(v, roundMs) : String(v)}`)
    .join(' ');
  process.stdout.write(`[figures] ${label}: ${text}\n`);
}

function roundMs(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value) : value;
}

/** Counts of each value, e.g. HTTP statuses. */
export function tally<T extends string | number>(values: readonly T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
  return counts;
}

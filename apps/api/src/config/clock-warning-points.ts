import { CLOCK_KIND_CODES, ClockKind, DEFAULT_WARNING_FRACTIONS } from '@amhp/domain';
import { z } from 'zod';

/** Warning fractions for every clock kind (expiry is always a point as well). */
export type ClockWarningPoints = Record<ClockKind, readonly number[]>;

const percentage = z
  .number({ error: 'each point must be a number (a percentage of the period)' })
  .gt(0, { error: 'each point must be more than 0 and less than 100 (per cent of the period)' })
  .lt(100, { error: 'each point must be more than 0 and less than 100 (per cent of the period)' })
  .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, { error: 'each point may have at most two decimals, e.g. 99.5' });

const points = z.array(percentage).refine((ps) => new Set(ps).size === ps.length, { error: 'a point is listed twice' });

const KEYS = ['default', ...CLOCK_KIND_CODES] as const;

/**
 * CLOCK_WARNING_POINTS: a JSON object of percentages per clock kind, "default" for the kinds not
 * named, e.g. {"default":[50,75,90],"s5_4":[50,75,90,95]}. Issue 3's defaults are 50%, 75% and
 * 90%; expiry always alerts, so [] means "expiry only".
 */
export const clockWarningPointsSchema = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (raw === undefined) return {};
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"default":[50,75,90],"s136":[50,75,90,95]}' });
      return z.NEVER;
    }
  })
  .pipe(
    z.partialRecord(z.enum(KEYS, { error: `keys must be "default" or a clock kind (${CLOCK_KIND_CODES.join(', ')})` }), points, {
      error: 'must be a JSON object of percentages per clock kind, e.g. {"s136":[50,75,90,95]}',
    }),
  )
  .transform((perKind): ClockWarningPoints => {
    const fallback = perKind.default?.map((p) => p / 100) ?? DEFAULT_WARNING_FRACTIONS;
    const resolved = {} as Record<ClockKind, readonly number[]>;
    for (const kind of CLOCK_KIND_CODES) {
      const configured = perKind[kind]?.map((p) => p / 100) ?? fallback;
      resolved[kind] = [...configured].sort((a, b) => a - b);
    }
    return resolved;
  });

/** Back to the variable's form (AppConfig.with round-trips the configuration). */
export function clockWarningPointsToEnv(points: ClockWarningPoints): string {
  const perKind = Object.fromEntries(Object.entries(points).map(([kind, fractions]) => [kind, fractions.map((f) => Math.round(f * 10_000) / 100)]));
  return JSON.stringify(perKind);
}

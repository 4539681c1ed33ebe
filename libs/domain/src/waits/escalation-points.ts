import { MINUTE_MS } from '../time';

/**
 * When a wait is escalated, and to whom. Points are elapsed time after the wait began (a bed
 * needed at 22:00 on the night the clocks go forward escalates four real hours later, at 03:00
 * BST on the wall clock), so they are instants (UTC) the worker can schedule as they are.
 * Each service sets its own policy; these are the defaults.
 */
export const ESCALATION_AUDIENCES = {
  amhp: 'The AMHP',
  bed_manager: 'The bed manager',
  duty_service_lead: 'The duty service lead',
  escalation_contact: 'The escalation contact',
} as const;
export type EscalationAudience = keyof typeof ESCALATION_AUDIENCES;

/** One escalation: how long after the start, its level (1 the first), and who hears of it. */
export interface EscalationStep {
  afterMinutes: number;
  level: number;
  audiences: readonly EscalationAudience[];
}

/**
 * Escalation that starts at a promised time (the ambulance's promised arrival) and repeats
 * every `everyMinutes` past it, at most `maxRepeats` times after the first; each tier applies
 * from its repeat on (0 = at the promised time).
 */
export interface RepeatingEscalation {
  everyMinutes: number;
  maxRepeats: number;
  tiers: ReadonlyArray<{ fromRepeat: number; level: number; audiences: readonly EscalationAudience[] }>;
}

export interface WaitEscalationPolicy {
  /** After the bed was needed. */
  bedRequest: readonly EscalationStep[];
  /** From the promised arrival of the conveyance. */
  conveyance: RepeatingEscalation;
}

const ALL: EscalationAudience[] = ['amhp', 'bed_manager', 'duty_service_lead', 'escalation_contact'];

export const DEFAULT_WAIT_ESCALATION_POLICY: WaitEscalationPolicy = {
  bedRequest: [
    { afterMinutes: 4 * 60, level: 1, audiences: ['amhp', 'bed_manager'] },
    { afterMinutes: 8 * 60, level: 2, audiences: ['amhp', 'bed_manager', 'duty_service_lead'] },
    { afterMinutes: 12 * 60, level: 3, audiences: ALL },
  ],
  conveyance: {
    everyMinutes: 30,
    maxRepeats: 8,
    tiers: [
      { fromRepeat: 0, level: 1, audiences: ['amhp'] },
      { fromRepeat: 2, level: 2, audiences: ['amhp', 'duty_service_lead'] },
      { fromRepeat: 4, level: 3, audiences: ['amhp', 'duty_service_lead', 'escalation_contact'] },
    ],
  },
};

/** A repeating escalation may not run on for more than a day of points. */
export const MAX_ESCALATION_REPEATS = 48;

export interface EscalationPoint {
  /** Stable, for a job id: "bed-request:240", "conveyance:30". */
  key: string;
  at: Date;
  /** Minutes after the wait began (the bed needed; the promised arrival). */
  minutesAfterStart: number;
  level: number;
  audiences: EscalationAudience[];
  label: string;
}

const validAudiences = (list: readonly string[]) => list.length > 0 && list.every((a) => a in ESCALATION_AUDIENCES);

/** Why a policy cannot be used (each message names its field); empty when it can. */
export function validateEscalationPolicy(policy: WaitEscalationPolicy): string[] {
  const errors: string[] = [];
  let last = { after: -1, level: 0 };
  policy.bedRequest.forEach((s, i) => {
    if (!Number.isInteger(s.afterMinutes) || s.afterMinutes <= last.after || s.afterMinutes <= 0) errors.push(`bedRequest[${i}].afterMinutes: whole minutes above 0, each later than the one before`);
    if (!Number.isInteger(s.level) || s.level < Math.max(1, last.level)) errors.push(`bedRequest[${i}].level: 1 or more, never lower than the one before`);
    if (!validAudiences(s.audiences)) errors.push(`bedRequest[${i}].audiences: one or more of ${Object.keys(ESCALATION_AUDIENCES).join(', ')}`);
    last = { after: s.afterMinutes, level: s.level };
  });
  const c = policy.conveyance;
  if (!Number.isInteger(c.everyMinutes) || c.everyMinutes <= 0) errors.push('conveyance.everyMinutes: whole minutes above 0');
  if (!Number.isInteger(c.maxRepeats) || c.maxRepeats < 0 || c.maxRepeats > MAX_ESCALATION_REPEATS) errors.push(`conveyance.maxRepeats: 0 to ${MAX_ESCALATION_REPEATS}`);
  if (c.tiers.length === 0 || c.tiers[0].fromRepeat !== 0) errors.push('conveyance.tiers: the first tier applies from repeat 0 (the promised time)');
  c.tiers.forEach((t, i) => {
    const prev = c.tiers[i - 1];
    if (prev && (!(t.fromRepeat > prev.fromRepeat) || t.level < prev.level)) errors.push(`conveyance.tiers[${i}]: later repeats and levels never lower than the tier before`);
    if (!Number.isInteger(t.level) || t.level < 1) errors.push(`conveyance.tiers[${i}].level: 1 or more`);
    if (!validAudiences(t.audiences)) errors.push(`conveyance.tiers[${i}].audiences: one or more of ${Object.keys(ESCALATION_AUDIENCES).join(', ')}`);
  });
  return errors;
}

function assertValid(policy: WaitEscalationPolicy): void {
  const errors = validateEscalationPolicy(policy);
  if (errors.length > 0) throw new RangeError(`Invalid escalation policy: ${errors.join('; ')}`);
}

const hoursText = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`);

/** Escalation points for a bed request: by default 4, 8 and 12 hours after the bed was needed. */
export function bedRequestEscalationPoints(neededAt: Date, policy: WaitEscalationPolicy = DEFAULT_WAIT_ESCALATION_POLICY): EscalationPoint[] {
  assertValid(policy);
  return policy.bedRequest.map((s) => ({
    key: `bed-request:${s.afterMinutes}`,
    at: new Date(neededAt.getTime() + s.afterMinutes * MINUTE_MS),
    minutesAfterStart: s.afterMinutes,
    level: s.level,
    audiences: [...s.audiences],
    label: `No bed ${hoursText(s.afterMinutes)} after it was needed`,
  }));
}

/** Escalation points for conveyance: at the promised arrival, then every 30 minutes past it (bounded), by default. */
export function conveyanceEscalationPoints(promisedArrivalAt: Date, policy: WaitEscalationPolicy = DEFAULT_WAIT_ESCALATION_POLICY): EscalationPoint[] {
  assertValid(policy);
  const { everyMinutes, maxRepeats, tiers } = policy.conveyance;
  const points: EscalationPoint[] = [];
  for (let n = 0; n <= maxRepeats; n++) {
    const tier = [...tiers].reverse().find((t) => t.fromRepeat <= n)!;
    const minutes = n * everyMinutes;
    points.push({
      key: `conveyance:${minutes}`,
      at: new Date(promisedArrivalAt.getTime() + minutes * MINUTE_MS),
      minutesAfterStart: minutes,
      level: tier.level,
      audiences: [...tier.audiences],
      label: minutes === 0 ? 'Conveyance not arrived at the promised time' : `Conveyance ${hoursText(minutes)} late`,
    });
  }
  return points;
}

/** The latest point reached at `now` (the wait's current escalation) and the next one; null where there is none. */
export function escalationStatus(points: readonly EscalationPoint[], now: Date): { reached: EscalationPoint | null; next: EscalationPoint | null } {
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const t = now.getTime();
  return { reached: sorted.filter((p) => p.at.getTime() <= t).pop() ?? null, next: sorted.find((p) => p.at.getTime() > t) ?? null };
}

import type { DutySlot } from '@amhp/domain';
import { z } from 'zod';
import { amhpIdField, londonDateField, rotaVersionField, shiftKindField, teamIdField } from './fields';
import type { TeamKind } from './team.schema';

/**
 * A repeating rota pattern: `cycle[k]` lists the AMHPs on duty in period k (a week or a day)
 * of the cycle, which repeats from `anchor`; null is a known vacancy. Day duty patterns fill
 * the day team's hours, EDT patterns its evenings, nights, weekends and bank holidays.
 */
export interface RotaPatternView {
  id: string;
  teamId: string;
  kind: TeamKind;
  anchor: string;
  period: 'week' | 'day';
  cycle: (string | null)[][];
  /** Which slots of its kind it fills ('day-duty'; 'edt-day', 'edt-night'); null: all of them. */
  slots: DutySlot[] | null;
  validFrom: string | null;
  validUntil: string | null;
  version: number;
}

export const DUTY_SLOTS = ['day-duty', 'edt-day', 'edt-night'] as const;

const patternFields = {
  teamId: teamIdField(),
  /** Omitted: the team's own kind. */
  kind: shiftKindField().optional(),
  anchor: londonDateField('Anchor (first day of the cycle)'),
  period: z.enum(['week', 'day'], { error: 'Period must be week or day' }).default('week'),
  cycle: z
    .array(z.array(amhpIdField().nullable(), { error: 'Each period lists AMHPs (or null for a vacancy)' }).min(1, { error: 'Each period needs at least one place (null for a vacancy)' }).max(10), {
      error: 'The cycle is a list of periods',
    })
    .min(1, { error: 'The cycle needs at least one period' })
    .max(52, { error: 'The cycle must be at most 52 periods' }),
  slots: z
    .array(z.enum(DUTY_SLOTS, { error: 'Slot must be day-duty, edt-day or edt-night' }))
    .min(1)
    .nullish()
    .transform((v) => v ?? null),
  validFrom: londonDateField('Valid from').nullish().transform((v) => v ?? null),
  validUntil: londonDateField('Valid until').nullish().transform((v) => v ?? null),
};

function checkPattern(p: { validFrom: string | null; validUntil: string | null; kind?: TeamKind; slots: readonly string[] | null }, ctx: z.RefinementCtx) {
  if (p.validFrom && p.validUntil && p.validUntil < p.validFrom) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'Valid until must not be before valid from' });
  p.slots?.forEach((slot, i) => {
    const slotKind = slot === 'day-duty' ? 'day' : 'edt';
    if (p.kind && slotKind !== p.kind) ctx.addIssue({ code: 'custom', path: ['slots', i], message: `Slot ${slot} is not ${p.kind} duty` });
  });
}

/** POST /api/rota/patterns */
export const createRotaPatternSchema = z.object(patternFields).superRefine(checkPattern);
export type CreateRotaPattern = z.output<typeof createRotaPatternSchema>;
export type CreateRotaPatternInput = z.input<typeof createRotaPatternSchema>;

/** PUT /api/rota/patterns/:id: the whole pattern, with the version the manager saw (stale: 409). */
export const updateRotaPatternSchema = z.object({ ...patternFields, version: rotaVersionField }).superRefine(checkPattern);
export type UpdateRotaPattern = z.output<typeof updateRotaPatternSchema>;
export type UpdateRotaPatternInput = z.input<typeof updateRotaPatternSchema>;

/** DELETE /api/rota/patterns/:id?version=n */
export const deleteRotaPatternQuerySchema = z.object({
  version: z.coerce.number({ error: 'Version is required: send the version you are looking at' }).int({ error: 'Version must be a whole number' }).positive({ error: 'Version must be a whole number' }),
});
export type DeleteRotaPatternQuery = z.output<typeof deleteRotaPatternQuerySchema>;

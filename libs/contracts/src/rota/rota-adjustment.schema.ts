import { z } from 'zod';
import { amhpIdField, instantField, shiftKindField, teamIdField } from './fields';
import type { TeamKind } from './team.schema';

/**
 * One-off changes to the rota, applied in the order they were made over the repeating
 * patterns: replace the AMHP of a shift (null leaves it vacant), cancel a shift, add a shift
 * (e.g. over a gap), or swap two AMHPs' shifts. `expectedAmhpId` on a replace is who the
 * manager saw on the shift: if someone changed it since, the API answers 409.
 */
const shiftIdField = z.string({ error: 'Shift is required' }).trim().min(1, { error: 'Shift is required' }).max(200);

const swapSide = z.object({ shiftId: shiftIdField, amhpId: amhpIdField() });

export const createRotaAdjustmentSchema = z
  .discriminatedUnion(
    'type',
    [
      z.object({
        type: z.literal('replace'),
        shiftId: shiftIdField,
        amhpId: amhpIdField().nullable(),
        /** Who the manager saw on the shift (null: vacant). */
        expectedAmhpId: amhpIdField('Expected AMHP').nullable(),
      }),
      z.object({ type: z.literal('cancel'), shiftId: shiftIdField }),
      z.object({
        type: z.literal('add'),
        teamId: teamIdField(),
        kind: shiftKindField(),
        startsAt: instantField('Start'),
        endsAt: instantField('End'),
        amhpId: amhpIdField().nullable(),
      }),
      z.object({ type: z.literal('swap'), first: swapSide, second: swapSide }),
    ],
    { error: 'Type must be replace, cancel, add or swap' },
  )
  .superRefine((adj, ctx) => {
    if (adj.type === 'add') {
      const hours = (Date.parse(adj.endsAt) - Date.parse(adj.startsAt)) / 3_600_000;
      if (!(hours > 0)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The shift must end after it starts' });
      else if (hours > 24) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'A shift must be at most 24 hours' });
    }
    if (adj.type === 'swap') {
      if (adj.first.shiftId === adj.second.shiftId) ctx.addIssue({ code: 'custom', path: ['second', 'shiftId'], message: 'Swap two different shifts' });
      if (adj.first.amhpId === adj.second.amhpId) ctx.addIssue({ code: 'custom', path: ['second', 'amhpId'], message: 'Swap between two different AMHPs' });
    }
  });
export type CreateRotaAdjustment = z.output<typeof createRotaAdjustmentSchema>;
export type CreateRotaAdjustmentInput = z.input<typeof createRotaAdjustmentSchema>;

interface AdjustmentBase {
  id: string;
  /** Order of application (the order they were made). */
  position: number;
  /** The London dates of the shifts it changes. */
  firstDate: string;
  lastDate: string;
  createdAt: string;
  createdBy: string | null;
}

export type RotaAdjustmentView = AdjustmentBase &
  (
    | { type: 'replace'; shiftId: string; amhpId: string | null; previousAmhpId: string | null }
    | { type: 'cancel'; shiftId: string }
    | { type: 'add'; teamId: string; kind: TeamKind; startsAt: string; endsAt: string; amhpId: string | null; shiftId: string }
    | { type: 'swap'; first: { shiftId: string; amhpId: string }; second: { shiftId: string; amhpId: string } }
  );

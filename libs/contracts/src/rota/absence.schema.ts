import type { AbsenceKind } from '@amhp/domain';
import { z } from 'zod';
import { amhpIdField } from './fields';

/**
 * Leave, sickness, training or other time an AMHP cannot be on duty: their shifts inside it
 * become vacancies (gaps unless reassigned). `from` and `to` are each a London date (whole
 * days: from the start of `from` to the end of `to`) or an instant (e.g. went home sick at
 * 13:00). Stored as instants [from, to).
 */
export interface AbsenceView {
  id: string;
  amhpId: string;
  amhpName: string;
  kind: AbsenceKind;
  from: string;
  to: string;
  createdAt: string;
}

export const ABSENCE_KINDS = ['leave', 'sickness', 'training', 'other'] as const;

const dateOrInstant = (label: string) =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: `${label} must be a date (2026-03-21) or a date and time with a time zone (2026-03-21T13:00:00Z)`,
  });

export const createAbsenceSchema = z.object({
  amhpId: amhpIdField(),
  kind: z.enum(ABSENCE_KINDS, { error: 'Kind must be leave, sickness, training or other' }),
  from: dateOrInstant('From'),
  to: dateOrInstant('To'),
});
export type CreateAbsence = z.output<typeof createAbsenceSchema>;
export type CreateAbsenceInput = z.input<typeof createAbsenceSchema>;

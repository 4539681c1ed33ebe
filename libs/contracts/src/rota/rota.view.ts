import type { ApprovalState, DutySlot, VacancyReason } from '@amhp/domain';
import { z } from 'zod';
import { londonDateField } from './fields';
import type { TeamKind, TeamView } from './team.schema';

/**
 * The rota as the dashboard and the calendars read it. Dates are London calendar dates
 * ('YYYY-MM-DD'); instants are ISO 8601 UTC. Hours are real elapsed hours, so a night across
 * the clocks going forward is 15 h and going back 17 h.
 */
export interface ShiftView {
  /** Stable: `<patternId>:<date>:<slot>:<position>`, `added:<adjustmentId>`; a part split by an absence adds `@<start>`. */
  id: string;
  teamId: string;
  kind: TeamKind;
  slot: DutySlot | 'added';
  /** The London date the shift belongs to (a night belongs to the date it starts on). */
  date: string;
  startsAt: string;
  endsAt: string;
  hours: number;
  amhpId: string | null;
  amhpName: string | null;
  /** The AMHP the rota named, taken off (part of) the shift: leave, sickness, or approval not in force (s114). */
  vacated: { amhpId: string; amhpName: string | null; reason: VacancyReason } | null;
}

/** Fewer AMHPs on duty than the team's cover rules require. */
export interface CoverGapView {
  teamId: string;
  kind: TeamKind;
  from: string;
  to: string;
  required: number;
  onDuty: number;
}

export interface RotaProblemView {
  code: 'swap-stale' | 'add-invalid' | 'not-approved' | 'double-booked';
  message: string;
  shiftId?: string;
  amhpId?: string;
  adjustmentId?: string;
}

/** An AMHP as the rota shows them: whether they may be put on duty today (s114). */
export interface RotaAmhpView {
  id: string;
  name: string;
  teamId: string | null;
  approval: { state: ApprovalState; expiresOn: string; daysUntilExpiry: number };
  canBeOnDuty: boolean;
}

export interface RotaView {
  from: string;
  to: string;
  teams: TeamView[];
  shifts: ShiftView[];
  /** Gaps over the London days from..to (whole days). */
  gaps: CoverGapView[];
  problems: RotaProblemView[];
  /** Bank holidays of England and Wales in the range (date-holidays); Welsh ones only for Welsh teams. */
  bankHolidays: { date: string; name: string }[];
  amhps: RotaAmhpView[];
  /**
   * Real elapsed hours each AMHP is on duty on the shifts of the London days from..to (a night
   * counts whole on the day it starts), over the teams shown: a night when the clocks go forward
   * counts 15 h, back 17 h. AMHPs with none are left out.
   */
  hoursWorked: { amhpId: string; hours: number }[];
  /** Increases on every rota change. */
  revision: number;
}

/** GET /api/rota/gaps: the rota manager's warning, from now over the next weeks. */
export interface RotaGapsView {
  from: string;
  to: string;
  gaps: CoverGapView[];
}

export interface OnDutyTeamView {
  teamId: string;
  teamName: string;
  kind: TeamKind;
  /** This team's kind of duty is in force now (day duty in hours, EDT out of hours). */
  inForce: boolean;
  onDuty: { amhpId: string; amhpName: string; until: string }[];
  next: { amhpId: string; amhpName: string; from: string; to: string }[];
}

export interface OnDutyView {
  at: string;
  teams: OnDutyTeamView[];
}

/** GET /api/rota?from&to&team: London dates (default: this week, Monday to Sunday), at most 100 days. */
export const ROTA_MAX_DAYS = 100;
export const rotaQuerySchema = z
  .object({
    from: londonDateField('From').optional(),
    to: londonDateField('To').optional(),
    /** One team id, or several separated by commas. */
    team: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.split(',').map((t) => t.trim()).filter(Boolean) : undefined)),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'To must not be before From' });
  });
export type RotaQuery = z.output<typeof rotaQuerySchema>;

/** GET /api/rota/gaps?weeks=8 */
export const rotaGapsQuerySchema = z.object({
  weeks: z.coerce.number({ error: 'Weeks must be a whole number' }).int({ error: 'Weeks must be a whole number' }).min(1, { error: 'Weeks must be 1 to 26' }).max(26, { error: 'Weeks must be 1 to 26' }).default(8),
});
export type RotaGapsQuery = z.output<typeof rotaGapsQuerySchema>;

/** GET /api/rota/adjustments and /absences: London dates, both optional. */
export const rotaRangeQuerySchema = z
  .object({ from: londonDateField('From').optional(), to: londonDateField('To').optional() })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'To must not be before From' });
  });
export type RotaRangeQuery = z.output<typeof rotaRangeQuerySchema>;

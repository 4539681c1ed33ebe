import { z } from 'zod';
import { rotaVersionField, shiftKindField, teamIdField, wallClockField } from './fields';

/**
 * A team: a day team (duty AMHPs in its hours) or an emergency duty team (EDT) covering
 * evenings, nights, weekends and bank holidays for the day teams that name it.
 */
export type TeamKind = 'day' | 'edt';

export interface CoverRuleView {
  kind: TeamKind;
  /** Least number of AMHPs on duty while this kind of duty is in force. */
  minimum: number;
  /** A daily London window the rule applies in ('22:00'–'08:00' runs past midnight), or all the time. */
  window: { from: string; to: string } | null;
}

export interface TeamView {
  id: string;
  name: string;
  kind: TeamKind;
  /** A day team's EDT (who covers out of hours); null for an EDT. */
  edtTeamId: string | null;
  /** Whose bank holidays apply. */
  nation: 'ENG' | 'WLS';
  /** 1 = Monday … 7 = Sunday. */
  dayDutyWeekdays: number[];
  dayDutyStarts: string;
  dayDutyEnds: string;
  /** How long the incoming team has to acknowledge a handover before an alert. */
  handoverAckMinutes: number;
  coverRules: CoverRuleView[];
  version: number;
}

const coverRuleSchema = z
  .object({
    kind: shiftKindField('Cover rule kind'),
    minimum: z
      .number({ error: 'Minimum must be a whole number of AMHPs' })
      .int({ error: 'Minimum must be a whole number of AMHPs' })
      .min(0, { error: 'Minimum cannot be negative' })
      .max(20, { error: 'Minimum must be at most 20' }),
    window: z
      .object({ from: wallClockField('Window start'), to: wallClockField('Window end') })
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((rule, ctx) => {
    if (rule.window && rule.window.from === rule.window.to) ctx.addIssue({ code: 'custom', path: ['window', 'to'], message: 'The window must not start and end at the same time' });
  });

const teamFields = {
  name: z.string({ error: 'Name is required' }).trim().min(1, { error: 'Name is required' }).max(120, { error: 'Name must be at most 120 characters' }),
  edtTeamId: teamIdField('EDT team').nullish().transform((v) => v ?? null),
  nation: z.enum(['ENG', 'WLS'], { error: 'Nation must be ENG (England) or WLS (Wales)' }).default('ENG'),
  dayDutyWeekdays: z
    .array(z.number().int().min(1, { error: 'Weekdays are 1 (Monday) to 7 (Sunday)' }).max(7, { error: 'Weekdays are 1 (Monday) to 7 (Sunday)' }), {
      error: 'Day duty weekdays must be a list of 1 (Monday) to 7 (Sunday)',
    })
    .max(7)
    .default([1, 2, 3, 4, 5]),
  dayDutyStarts: wallClockField('Day duty start').default('09:00'),
  dayDutyEnds: wallClockField('Day duty end').default('17:00'),
  handoverAckMinutes: z
    .number({ error: 'Handover acknowledgement time must be a number of minutes' })
    .int({ error: 'Handover acknowledgement time must be whole minutes' })
    .min(5, { error: 'Handover acknowledgement time must be at least 5 minutes' })
    .max(24 * 60, { error: 'Handover acknowledgement time must be at most 24 hours' })
    .default(30),
  /** Omitted: one AMHP of the team's kind at all times. */
  coverRules: z.array(coverRuleSchema).max(20).optional(),
};

interface TeamShape {
  edtTeamId: string | null;
  dayDutyStarts: string;
  dayDutyEnds: string;
  coverRules?: { kind: TeamKind }[];
}

/** The checks of a team that depend on its kind; the API runs them for PUT, where the kind is the stored one. */
export function teamProblems(team: TeamShape, kind: TeamKind): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (kind === 'day' && !team.edtTeamId) issues.push({ path: ['edtTeamId'], message: 'A day team needs the EDT that covers it out of hours' });
  if (kind === 'edt' && team.edtTeamId) issues.push({ path: ['edtTeamId'], message: 'An EDT does not name another EDT' });
  if (team.dayDutyStarts >= team.dayDutyEnds) issues.push({ path: ['dayDutyEnds'], message: 'Day duty must end after it starts, on the same day' });
  team.coverRules?.forEach((rule, i) => {
    if (rule.kind !== kind) issues.push({ path: ['coverRules', i, 'kind'], message: `A ${kind === 'day' ? 'day team' : 'EDT'} has ${kind} cover rules only` });
  });
  return issues;
}

/** POST /api/teams */
export const createTeamSchema = z
  .object({ id: teamIdField('Team id'), kind: z.enum(['day', 'edt'], { error: 'Kind must be day or edt' }), ...teamFields })
  .superRefine((team, ctx) => {
    for (const issue of teamProblems(team, team.kind)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type CreateTeam = z.output<typeof createTeamSchema>;
export type CreateTeamInput = z.input<typeof createTeamSchema>;

/** PUT /api/teams/:id: the whole configuration (the kind of a team cannot change). */
export const updateTeamSchema = z.object({ ...teamFields, version: rotaVersionField });
export type UpdateTeam = z.output<typeof updateTeamSchema>;
export type UpdateTeamInput = z.input<typeof updateTeamSchema>;

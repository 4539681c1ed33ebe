import type { ApprovalState, TrainingState } from '@amhp/domain';
import { z } from 'zod';
import type { AmhpView } from '../assessments/assessment.view';
import { londonDateField, teamIdField } from './fields';

/**
 * The AMHP register (service leads): each AMHP's warrant, i.e. their approval by a council
 * for up to five years (s114), the team they are on the rota of, the account they sign in
 * with, and the refresher training logged against each approval year.
 */
export type AmhpAvailability = 'available' | 'unavailable';

export interface AmhpRegisterView extends AmhpView {
  teamId: string | null;
  userId: string | null;
  /** Set by the AMHP; "busy" is derived from their cases. */
  availability: AmhpAvailability;
  approvalState: ApprovalState;
  /** Days to the last day of approval (0 on it, negative once lapsed). */
  daysUntilExpiry: number;
  /** Hours logged in the current approval year (0 outside approval). */
  trainingHoursThisYear: number;
  trainingRequiredHours: number;
}

/** PATCH /api/amhps/:id: any of these; a new warrant is a renewal (or a correction of the current one). */
export const updateAmhpSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'AMHP’s name is required' }).max(120, { error: 'AMHP’s name must be at most 120 characters' }).optional(),
    warrant: z
      .object({
        approvingCouncil: z.string({ error: 'Approving council is required' }).trim().min(1, { error: 'Approving council is required' }).max(120),
        approvedOn: londonDateField('Date approved'),
        expiresOn: londonDateField('Date approval expires'),
      })
      .optional(),
    /** The first day without approval (suspended or ended early); null lifts a suspension. */
    suspendedFrom: londonDateField('Date approval suspended').nullable().optional(),
    /** The Conflicts of Interest team (free text). */
    team: z.string().trim().max(120).nullable().optional(),
    teamId: teamIdField().nullable().optional(),
    userId: z.uuid({ error: 'User must be chosen from the list' }).nullable().optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), { error: 'Nothing to change', path: ['name'] });
export type UpdateAmhp = z.output<typeof updateAmhpSchema>;
export type UpdateAmhpInput = z.input<typeof updateAmhpSchema>;

/** PUT /api/amhps/me/availability: the signed-in AMHP says whether they can take work. */
export const amhpAvailabilitySchema = z.object({
  availability: z.enum(['available', 'unavailable'], { error: 'Availability must be available or unavailable' }),
});
export type AmhpAvailabilityInput = z.input<typeof amhpAvailabilitySchema>;
export type UpdateAmhpAvailability = z.output<typeof amhpAvailabilitySchema>;

/** POST /api/amhps/:id/training */
export const createTrainingEntrySchema = z.object({
  completedOn: londonDateField('Date completed').refine((d) => d <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), {
    error: 'Training cannot be completed in the future',
  }),
  hours: z
    .number({ error: 'Hours must be a number' })
    .positive({ error: 'Hours must be more than 0' })
    .max(100, { error: 'Hours must be at most 100 for one entry' })
    .refine((h) => Number.isInteger(h * 4), { error: 'Hours are logged to the quarter hour' }),
  title: z.string({ error: 'Title is required' }).trim().min(1, { error: 'Title is required' }).max(200, { error: 'Title must be at most 200 characters' }),
});
export type CreateTrainingEntry = z.output<typeof createTrainingEntrySchema>;
export type CreateTrainingEntryInput = z.input<typeof createTrainingEntrySchema>;

export interface TrainingEntryView {
  id: string;
  amhpId: string;
  completedOn: string;
  hours: number;
  title: string;
  createdAt: string;
}

export interface ApprovalYearTrainingView {
  year: number;
  from: string;
  to: string;
  hours: number;
  required: number;
  shortfall: number;
  state: TrainingState;
}

/** GET /api/amhps/:id/training */
export interface AmhpTrainingView {
  amhpId: string;
  requiredHoursPerYear: number;
  /** The approval year containing today, or null outside approval. */
  thisYear: ApprovalYearTrainingView | null;
  years: ApprovalYearTrainingView[];
  entries: TrainingEntryView[];
}

/** GET /api/amhps/approval-alerts?days=90: approvals expiring within the window or lapsed, soonest first. */
export interface ApprovalAlertView {
  amhpId: string;
  amhpName: string;
  approvingCouncil: string;
  state: ApprovalState;
  expiresOn: string;
  daysUntilExpiry: number;
}

export const approvalAlertsQuerySchema = z.object({
  days: z.coerce.number({ error: 'Days must be a whole number' }).int({ error: 'Days must be a whole number' }).min(1, { error: 'Days must be 1 to 365' }).max(365, { error: 'Days must be 1 to 365' }).default(90),
});
export type ApprovalAlertsQuery = z.output<typeof approvalAlertsQuerySchema>;

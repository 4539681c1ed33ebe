import { lastDayOfApproval } from '../amhp';
import { Warrant } from './amhp-approval';
import { LondonDate, addLondonDays, addLondonMonths, londonDateOf } from '../time';

/**
 * Refresher training logged against an approval: a condition of AMHP approval is relevant
 * training in each year of approval, 18 hours being the usual requirement (domain.md,
 * "Who does what"). Approval years run from the approval date, not the calendar year.
 */
export interface TrainingRecord {
  completedOn: LondonDate;
  hours: number;
}

export const DEFAULT_TRAINING_HOURS_PER_YEAR = 18;

export type TrainingState = 'not-started' | 'in-progress' | 'met' | 'short';

export interface ApprovalYearTraining {
  /** 1 for the first year of approval. */
  year: number;
  from: LondonDate;
  /** Last day of the approval year, included (the approval's last day for the last year). */
  to: LondonDate;
  hours: number;
  required: number;
  shortfall: number;
  state: TrainingState;
}

/**
 * Hours logged in each approval year and whether the requirement is met. A final year cut
 * short by an early expiry still carries the full requirement: the approving council may
 * agree less, but the rota should not assume it.
 */
export function trainingByApprovalYear(
  warrant: Warrant,
  records: readonly TrainingRecord[],
  on: LondonDate | Date,
  requiredHours = DEFAULT_TRAINING_HOURS_PER_YEAR,
): ApprovalYearTraining[] {
  const date = on instanceof Date ? londonDateOf(on) : on;
  const years: ApprovalYearTraining[] = [];
  const lastDay = lastDayOfApproval(warrant); // the expiry, or the day before a suspension
  for (let k = 0; addLondonMonths(warrant.approvedOn, 12 * k) <= lastDay; k++) {
    const from = addLondonMonths(warrant.approvedOn, 12 * k);
    const nextStart = addLondonDays(addLondonMonths(warrant.approvedOn, 12 * (k + 1)), -1);
    const to = nextStart < lastDay ? nextStart : lastDay;
    const hours = records.filter((r) => r.completedOn >= from && r.completedOn <= to).reduce((sum, r) => sum + r.hours, 0);
    const shortfall = Math.max(0, requiredHours - hours);
    let state: TrainingState;
    if (date < from) state = 'not-started';
    else if (shortfall === 0) state = 'met';
    else state = date <= to ? 'in-progress' : 'short';
    years.push({ year: k + 1, from, to, hours, required: requiredHours, shortfall, state });
  }
  return years;
}

/** The approval year that contains the date, or undefined outside the warrant. */
export function trainingThisApprovalYear(
  warrant: Warrant,
  records: readonly TrainingRecord[],
  on: LondonDate | Date,
  requiredHours = DEFAULT_TRAINING_HOURS_PER_YEAR,
): ApprovalYearTraining | undefined {
  const date = on instanceof Date ? londonDateOf(on) : on;
  return trainingByApprovalYear(warrant, records, date, requiredHours).find((y) => y.from <= date && date <= y.to);
}

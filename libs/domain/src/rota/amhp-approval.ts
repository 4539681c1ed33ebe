import { AmhpApproval, lastDayOfApproval } from '../amhp';
import { LondonDate, addLondonDays, addLondonMonths, isLondonDate, londonDateOf, londonDaysBetween, londonInstant } from '../time';
import { compareText } from './compare-text';
import { Interval } from './intervals';

/**
 * An AMHP's approval by a local social services authority (s114 MHA 1983; the AMHP approval
 * regulations 2008 for England, and Wales's own): for a period of up to five years, renewed
 * by a new approval. A warrant is valid from the start of `approvedOn` to the end of
 * `expiresOn` (London dates, both included), or to the day before `suspendedFrom`. It is an
 * `AmhpApproval` (amhp/amhp-approval.ts), whose `lastDayOfApproval` decides the last day
 * here too, so that the rota and the application checks never disagree.
 */
export interface Warrant extends AmhpApproval {
  approvingCouncil: string;
}

/** An AMHP as the rota sees them: an id (no personal data) and their approvals, past and present. */
export interface Amhp {
  id: string;
  warrants: readonly Warrant[];
}

export const MAX_APPROVAL_YEARS = 5;
export const DEFAULT_EXPIRY_WARNING_DAYS = 90;

export type WarrantError = 'approving-council-missing' | 'invalid-date' | 'expires-before-approval' | 'longer-than-five-years';

/** Why a warrant cannot be recorded; empty when it can. */
export function validateWarrant(warrant: Warrant): WarrantError[] {
  const errors: WarrantError[] = [];
  if (!warrant.approvingCouncil.trim()) errors.push('approving-council-missing');
  if (!isLondonDate(warrant.approvedOn) || !isLondonDate(warrant.expiresOn)) return [...errors, 'invalid-date'];
  if (warrant.expiresOn < warrant.approvedOn) errors.push('expires-before-approval');
  // Up to five years, both ends included: approved 2026-04-01, the latest last day is 2031-03-31.
  if (warrant.expiresOn > addLondonDays(addLondonMonths(warrant.approvedOn, 12 * MAX_APPROVAL_YEARS), -1)) errors.push('longer-than-five-years');
  return errors;
}

export type ApprovalState = 'not-yet-approved' | 'current' | 'expiring' | 'lapsed';

export interface ApprovalStatus {
  state: ApprovalState;
  /** The last day of approval: the expiry date, or the day before a suspension. */
  expiresOn: LondonDate;
  /** Days from the date asked about to the last day of approval: 0 on that day, negative once lapsed. */
  daysUntilExpiry: number;
}

function dateOf(on: LondonDate | Date): LondonDate {
  return on instanceof Date ? londonDateOf(on) : on;
}

/** Current, expiring (within the warning window, default 90 days), lapsed, or not yet started. */
export function approvalStatus(warrant: Warrant, on: LondonDate | Date, warningDays = DEFAULT_EXPIRY_WARNING_DAYS): ApprovalStatus {
  const date = dateOf(on);
  const lastDay = lastDayOfApproval(warrant);
  const daysUntilExpiry = londonDaysBetween(date, lastDay);
  const base = { expiresOn: lastDay, daysUntilExpiry };
  if (date < warrant.approvedOn) return { ...base, state: 'not-yet-approved' };
  if (daysUntilExpiry < 0) return { ...base, state: 'lapsed' };
  return { ...base, state: daysUntilExpiry <= warningDays ? 'expiring' : 'current' };
}

/** The instants over which the AMHP is approved; a warrant that fails validation confers nothing. */
export function approvedIntervals(amhp: Amhp): Interval[] {
  return amhp.warrants
    .filter((w) => validateWarrant(w).length === 0)
    .map((w) => ({ from: londonInstant(w.approvedOn), to: londonInstant(addLondonDays(lastDayOfApproval(w), 1)) }))
    .filter((i) => i.from.getTime() < i.to.getTime());
}

/** An AMHP whose approval has lapsed (or not started) at the instant cannot be on duty or allocated. */
export function canBeOnDuty(amhp: Amhp, instant: Date): boolean {
  const t = instant.getTime();
  return approvedIntervals(amhp).some((i) => i.from.getTime() <= t && t < i.to.getTime());
}

/** The warrant that matters on a date: the one in force, else the latest to have started. */
export function currentWarrant(amhp: Amhp, on: LondonDate | Date): Warrant | undefined {
  const date = dateOf(on);
  const valid = amhp.warrants.filter((w) => validateWarrant(w).length === 0 && w.approvedOn <= date);
  const latestFirst = (a: Warrant, b: Warrant) => compareText(lastDayOfApproval(b), lastDayOfApproval(a));
  const inForce = valid.filter((w) => lastDayOfApproval(w) >= date).sort(latestFirst);
  return inForce[0] ?? [...valid].sort(latestFirst)[0];
}

export interface ApprovalAlert extends ApprovalStatus {
  amhpId: string;
  approvingCouncil: string;
}

/**
 * The warnings for the service lead: AMHPs whose approval expires within the window or has
 * lapsed, soonest first. A re-approval already in force clears the warning.
 */
export function approvalAlerts(amhps: readonly Amhp[], on: LondonDate | Date, warningDays = DEFAULT_EXPIRY_WARNING_DAYS): ApprovalAlert[] {
  const out: ApprovalAlert[] = [];
  for (const amhp of amhps) {
    const warrant = currentWarrant(amhp, on);
    if (!warrant) continue;
    const status = approvalStatus(warrant, on, warningDays);
    const renewed = amhp.warrants.some((w) => validateWarrant(w).length === 0 && w.approvedOn > warrant.approvedOn && w.approvedOn <= addLondonDays(lastDayOfApproval(warrant), 1));
    if ((status.state === 'expiring' || status.state === 'lapsed') && !renewed) {
      out.push({ ...status, amhpId: amhp.id, approvingCouncil: warrant.approvingCouncil });
    }
  }
  return out.sort((a, b) => a.daysUntilExpiry - b.daysUntilExpiry || compareText(a.amhpId, b.amhpId));
}

import { addLondonDays, addLondonMonths } from '../time/london-calendar';
import { isLondonDate, LondonDate, londonDateOf } from '../time/london-time';

/**
 * An AMHP's approval by a local social services authority (s114). Approval lasts no more than
 * five years (Mental Health (Approved Mental Health Professionals) (Approval) (England)
 * Regulations 2008) and can be suspended or ended earlier.
 */
export interface AmhpApproval {
  approvingCouncil?: string;
  /** First day of the approval. */
  approvedOn: LondonDate;
  /** Last day of the approval (inclusive). */
  expiresOn: LondonDate;
  /** Set when approval was suspended or ended before `expiresOn`: the first day without it. */
  suspendedFrom?: LondonDate | null;
}

const APPROVAL_MAX_MONTHS = 60;

/** The last day the approval can be used, however it was recorded: never beyond five years. */
export function lastDayOfApproval(approval: AmhpApproval): LondonDate {
  const fiveYears = addLondonDays(addLondonMonths(approval.approvedOn, APPROVAL_MAX_MONTHS), -1);
  const candidates = [approval.expiresOn, fiveYears];
  if (approval.suspendedFrom) candidates.push(addLondonDays(approval.suspendedFrom, -1));
  return candidates.sort()[0];
}

/** Whether the AMHP is approved on a day (an instant is read as its London date). */
export function isApprovalCurrent(approval: AmhpApproval, on: LondonDate | Date): boolean {
  if (!isLondonDate(approval.approvedOn) || !isLondonDate(approval.expiresOn)) return false;
  const day = typeof on === 'string' ? on : londonDateOf(on);
  return day >= approval.approvedOn && day <= lastDayOfApproval(approval);
}

/**
 * s114: the approval in force on a day, among an AMHP's approvals (the current warrant and the
 * ones a renewal replaced). Each act (an allocation, an application) is judged on its own date
 * against the warrant then in force, so renewing a warrant never undoes what was done under the
 * previous one, and a renewal recorded before it starts does not cut the warrant still running.
 */
export function approvalInForce(approvals: readonly AmhpApproval[], on: LondonDate | Date): AmhpApproval | null {
  return approvals.find((a) => isApprovalCurrent(a, on)) ?? null;
}

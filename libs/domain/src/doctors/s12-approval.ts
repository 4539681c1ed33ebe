import { compareText } from '../rota/compare-text';
import { addLondonDays, isLondonDate, LondonDate, londonDateOf, londonDaysBetween } from '../time';

/**
 * A doctor's approval under s12(2) (by or on behalf of the Secretary of State in England, the
 * Welsh Ministers in Wales) or as an approved clinician, whom s12(2A) treats as s12-approved.
 * Both are for a period ending on a stated date. Dates are London calendar days; the approval
 * counts from the start of `approvedOn` to the end of `expiresOn`, or to the day before
 * `endedOn` when it was suspended or ended early.
 */
export interface S12Approval {
  kind: 's12' | 'approved_clinician';
  approvedOn: LondonDate;
  /** The last day of approval (inclusive), as on the national register. */
  expiresOn: LondonDate;
  /** Set when the approval was suspended or withdrawn early: the first day without it. */
  endedOn?: LondonDate | null;
}

export const S12_APPROVAL_KINDS = {
  s12: 'Approved under s12(2)',
  approved_clinician: 'Approved clinician (treated as s12-approved, s12(2A))',
} as const;

export const DEFAULT_S12_EXPIRY_WARNING_DAYS = 60;

export type S12ApprovalError = 'invalid-date' | 'expires-before-approval';

/** Why an approval cannot be recorded; empty when it can. */
export function validateS12Approval(approval: S12Approval): S12ApprovalError[] {
  const dates = [approval.approvedOn, approval.expiresOn, ...(approval.endedOn ? [approval.endedOn] : [])];
  if (!dates.every(isLondonDate)) return ['invalid-date'];
  return approval.expiresOn < approval.approvedOn ? ['expires-before-approval'] : [];
}

/** The last day the approval can be relied on: its expiry date, or the day before it ended early. */
export function lastDayOfS12Approval(approval: S12Approval): LondonDate {
  if (approval.endedOn && approval.endedOn <= approval.expiresOn) return addLondonDays(approval.endedOn, -1);
  return approval.expiresOn;
}

const dayOf = (at: Date | LondonDate): LondonDate => (typeof at === 'string' ? at : londonDateOf(at));

function inForce(approval: S12Approval, day: LondonDate): boolean {
  return validateS12Approval(approval).length === 0 && approval.approvedOn <= day && day <= lastDayOfS12Approval(approval);
}

/** How a doctor stands under s12 at an instant, e.g. when a medical recommendation is signed. */
export interface S12Standing {
  /** The recommendation counts as one from an s12-approved doctor (s12(2), s12(2A)). */
  counts: boolean;
  /** The approval relied on (the one in force lasting longest), or, when none counts, the latest one that lapsed. */
  approval: S12Approval | null;
  state: 'approved' | 'lapsed' | 'not_yet_approved' | 'never_approved';
  /** The last day of the approval relied on, or of the one that lapsed. */
  lastDay: LondonDate | null;
}

/**
 * Whether a doctor counts as s12-approved at an instant, judged on the London calendar day of
 * that instant: approval is judged at the moment a recommendation is signed, and an approval
 * past its expiry date does not count on a recommendation signed after that date (s12(2)).
 * Approved clinicians are treated as approved (s12(2A)). Signed at 23:59 on the expiry date it
 * counts; signed at 00:01 the next London day it does not, whatever UTC says.
 */
export function s12StandingAt(approvals: readonly S12Approval[], at: Date | LondonDate): S12Standing {
  const day = dayOf(at);
  const valid = approvals.filter((a) => validateS12Approval(a).length === 0);
  const byLastDay = (a: S12Approval, b: S12Approval) =>
    compareText(lastDayOfS12Approval(b), lastDayOfS12Approval(a)) || compareText(a.kind, b.kind);
  const current = valid.filter((a) => inForce(a, day)).sort(byLastDay)[0];
  if (current) return { counts: true, approval: current, state: 'approved', lastDay: lastDayOfS12Approval(current) };
  const lapsed = valid.filter((a) => lastDayOfS12Approval(a) < day).sort(byLastDay)[0];
  if (lapsed) return { counts: false, approval: lapsed, state: 'lapsed', lastDay: lastDayOfS12Approval(lapsed) };
  return { counts: false, approval: null, state: valid.length > 0 ? 'not_yet_approved' : 'never_approved', lastDay: null };
}

/** s12(2), s12(2A): whether a recommendation signed at `signedAt` is from an s12-approved doctor. */
export function countsAsS12Approved(approvals: readonly S12Approval[], signedAt: Date | LondonDate): boolean {
  return s12StandingAt(approvals, signedAt).counts;
}

/** A doctor as the service lead's expiry list sees them: an id and their approvals, past and present. */
export interface DoctorApprovals {
  doctorId: string;
  approvals: readonly S12Approval[];
}

export interface S12ExpiryAlert {
  doctorId: string;
  kind: S12Approval['kind'];
  lastDay: LondonDate;
  /** 0 on the last day, negative once lapsed. */
  daysUntilExpiry: number;
  state: 'expiring' | 'lapsed';
  /** Another approval (s12 or approved clinician) keeps the doctor approved beyond this one's last day. */
  stillApprovedAfterwards: boolean;
}

export interface S12ExpiryOptions {
  /** Warn this many days ahead (default 60). */
  withinDays?: number;
  /** Also list approvals that have lapsed with no renewal (default true): the directory still offers those doctors. */
  includeLapsed?: boolean;
}

/**
 * The service lead's list: for each doctor and each kind of approval, the latest approval if it
 * ends within `withinDays` of `on` (or has lapsed), soonest first. A renewal of the same kind
 * already recorded, starting by the day after the old one ends, clears the warning.
 */
export function expiringS12Approvals(doctors: readonly DoctorApprovals[], on: Date | LondonDate, options: S12ExpiryOptions = {}): S12ExpiryAlert[] {
  const day = dayOf(on);
  const withinDays = options.withinDays ?? DEFAULT_S12_EXPIRY_WARNING_DAYS;
  const includeLapsed = options.includeLapsed ?? true;
  const alerts: S12ExpiryAlert[] = [];
  for (const doctor of doctors) {
    const valid = doctor.approvals.filter((a) => validateS12Approval(a).length === 0 && a.approvedOn <= day);
    for (const kind of ['s12', 'approved_clinician'] as const) {
      const latest = valid
        .filter((a) => a.kind === kind)
        .sort((a, b) => compareText(lastDayOfS12Approval(b), lastDayOfS12Approval(a)))[0];
      if (!latest) continue;
      const lastDay = lastDayOfS12Approval(latest);
      const daysUntilExpiry = londonDaysBetween(day, lastDay);
      if (daysUntilExpiry > withinDays || (daysUntilExpiry < 0 && !includeLapsed)) continue;
      const renewed = doctor.approvals.some(
        (a) => a !== latest && a.kind === kind && validateS12Approval(a).length === 0 && a.approvedOn > latest.approvedOn && londonDaysBetween(lastDay, a.approvedOn) <= 1,
      );
      if (renewed) continue;
      const afterwards = addLondonDays(lastDay, 1);
      alerts.push({
        doctorId: doctor.doctorId,
        kind,
        lastDay,
        daysUntilExpiry,
        state: daysUntilExpiry < 0 ? 'lapsed' : 'expiring',
        stillApprovedAfterwards: doctor.approvals.some((a) => a.kind !== kind && inForce(a, afterwards > day ? afterwards : day)),
      });
    }
  }
  return alerts.sort((a, b) => a.daysUntilExpiry - b.daysUntilExpiry || compareText(a.doctorId, b.doctorId) || compareText(a.kind, b.kind));
}

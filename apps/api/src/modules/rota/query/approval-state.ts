import {
  Amhp,
  ApprovalStatus,
  DEFAULT_EXPIRY_WARNING_DAYS,
  LondonDate,
  addLondonDays,
  approvalStatus,
  currentWarrant,
  lastDayOfApproval,
  londonDateOf,
  londonDaysBetween,
  validateWarrant,
} from '@amhp/domain';

/**
 * An AMHP's approval as the register and the rota show it today. Approved today: the state
 * runs to the end of the unbroken run of warrants (a renewal starting by the day after the
 * current one ends continues it), so a renewed AMHP is not flagged as expiring. Not approved
 * today: the domain's state of the warrant that matters (not yet approved, or lapsed: s114).
 */
export function approvalToday(amhp: Amhp, now: Date, warningDays = DEFAULT_EXPIRY_WARNING_DAYS): ApprovalStatus {
  const today = londonDateOf(now);
  const valid = amhp.warrants.filter((w) => validateWarrant(w).length === 0);
  const inForce = valid.filter((w) => w.approvedOn <= today && today <= lastDayOfApproval(w));
  if (inForce.length === 0) {
    const warrant = currentWarrant(amhp, today) ?? [...amhp.warrants].sort((a, b) => (a.approvedOn < b.approvedOn ? -1 : 1))[0];
    const future = valid.filter((w) => w.approvedOn > today).sort((a, b) => (a.approvedOn < b.approvedOn ? -1 : 1))[0];
    // A new approval that has not started yet says more than one that lapsed long ago.
    return approvalStatus(future ?? warrant, today, warningDays);
  }
  let last: LondonDate = inForce.map(lastDayOfApproval).sort().reverse()[0];
  for (let extended = true; extended; ) {
    extended = false;
    for (const w of valid) {
      if (w.approvedOn <= addLondonDays(last, 1) && lastDayOfApproval(w) > last) {
        last = lastDayOfApproval(w);
        extended = true;
      }
    }
  }
  const daysUntilExpiry = londonDaysBetween(today, last);
  return { state: daysUntilExpiry <= warningDays ? 'expiring' : 'current', expiresOn: last, daysUntilExpiry };
}

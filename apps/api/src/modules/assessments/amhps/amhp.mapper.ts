import type { AmhpView } from '@amhp/contracts';
import { AmhpApproval, approvalInForce } from '@amhp/domain';
import { AmhpEntity } from './amhp.entity';

export function approvalOf(a: AmhpEntity): AmhpApproval {
  return { approvingCouncil: a.approvingCouncil ?? undefined, approvedOn: a.approvedOn, expiresOn: a.expiresOn, suspendedFrom: a.suspendedFrom };
}

/** `earlierApprovals`: warrants a renewal replaced, which may still be the one in force today (s114). */
export function toAmhpView(a: AmhpEntity, now = new Date(), earlierApprovals: readonly AmhpApproval[] = []): AmhpView {
  return {
    id: a.id,
    name: a.name,
    approvingCouncil: a.approvingCouncil,
    approvedOn: a.approvedOn,
    expiresOn: a.expiresOn,
    suspendedFrom: a.suspendedFrom,
    team: a.team,
    approvalCurrent: approvalInForce([approvalOf(a), ...earlierApprovals], now) !== null,
  };
}

import type { AmhpView } from '@amhp/contracts';
import { AmhpApproval, isApprovalCurrent } from '@amhp/domain';
import { AmhpEntity } from './amhp.entity';

export function approvalOf(a: AmhpEntity): AmhpApproval {
  return { approvingCouncil: a.approvingCouncil ?? undefined, approvedOn: a.approvedOn, expiresOn: a.expiresOn, suspendedFrom: a.suspendedFrom };
}

export function toAmhpView(a: AmhpEntity, now = new Date()): AmhpView {
  return {
    id: a.id,
    name: a.name,
    approvingCouncil: a.approvingCouncil,
    approvedOn: a.approvedOn,
    expiresOn: a.expiresOn,
    suspendedFrom: a.suspendedFrom,
    team: a.team,
    approvalCurrent: isApprovalCurrent(approvalOf(a), now),
  };
}

import { Injectable, Logger } from '@nestjs/common';
import { AllocationService } from './allocation.service';

/** The AMHP to allocate a just-accepted referral to, and why (kept in the audit entry). */
export interface AutoAllocationPick {
  amhpId: string;
  team: string;
  kind: 'day' | 'edt';
  outOfHours: boolean;
  openCases: number;
}

/**
 * Issue 5: "new referrals land with the AMHP who is actually on duty". When a referral is
 * accepted at screening, the assessments module asks this for the suggested AMHP of the team
 * responsible at that instant (out of hours: EDT) and allocates them in the same transaction
 * through the allocate_amhp rules (s114 checked again there). Nobody on duty: no pick, and the
 * case waits unallocated on the board.
 */
@Injectable()
export class AutoAllocator {
  private readonly logger = new Logger(AutoAllocator.name);

  constructor(private readonly allocation: AllocationService) {}

  async pickOnAcceptance(referral: { id: string; teamId: string | null }, at: Date): Promise<AutoAllocationPick | null> {
    const ranking = await this.allocation.rank(referral.teamId, at);
    const suggested = ranking?.suggestion.suggested;
    if (!ranking || !suggested) {
      this.logger.warn({ msg: 'referral accepted with nobody on duty to allocate', referralId: referral.id, team: ranking?.suggestion.team ?? null });
      return null;
    }
    const { team, kind, outOfHours } = ranking.suggestion;
    return { amhpId: suggested.amhpId, team, kind, outOfHours, openCases: suggested.openCases };
  }
}

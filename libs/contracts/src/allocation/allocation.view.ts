import type { AllocationReasonCode, Availability, ShiftKind } from '@amhp/domain';
import type { CaseReaderBoardRow } from '../board/board-row';

/** Why an AMHP is ranked where they are, or left out (worded for the case page). */
export interface AllocationReasonView {
  code: AllocationReasonCode;
  text: string;
}

/** An on-duty AMHP who may take the case; rank 1 is the suggestion. */
export interface RankedCandidateView {
  amhpId: string;
  amhpName: string;
  rank: number;
  /** 'busy': they hold a case at the assessment-under-way stage. */
  availability: Exclude<Availability, 'unavailable'>;
  /** Open cases (not closed) currently allocated to them. */
  openCases: number;
  /** When their unbroken duty for this team ends (ISO instant, UTC). */
  onDutyUntil: string;
  reasons: AllocationReasonView[];
}

/**
 * GET /api/assessments/:id/allocation: who should take the case. The team is the one responsible
 * at `at` (the referral's day team in hours, its EDT out of hours: evenings, nights, weekends and
 * bank holidays); only AMHPs on that team's duty with an approval in force (s114) are ranked.
 * Caseloads and availability are as they are now, whatever `at` asks about.
 */
export interface AllocationSuggestionView {
  assessmentId: string;
  /** The instant asked about (ISO, UTC): now unless the request named one. */
  at: string;
  team: string;
  teamName: string;
  kind: ShiftKind;
  outOfHours: boolean;
  /** The AMHP the case is allocated to now, if any (left out of the ranking: the suggestion is whom to reassign to). */
  allocatedAmhp: { id: string; name: string } | null;
  suggested: RankedCandidateView | null;
  ranked: RankedCandidateView[];
  excluded: { amhpId: string; amhpName: string; reasons: AllocationReasonView[] }[];
}

/** GET /api/my-cases: the signed-in user's AMHP and their open allocated cases, as board rows in the board's order. */
export interface MyCasesView {
  /** Null when the user's account is linked to no AMHP in the register. */
  amhp: { id: string; name: string } | null;
  cases: CaseReaderBoardRow[];
}

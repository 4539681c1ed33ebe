import type { AllocationSuggestionView, RankedCandidateView } from '@amhp/contracts';
import { AMHP } from './rota-fixtures';

export function candidate(overrides: Partial<RankedCandidateView> = {}): RankedCandidateView {
  return {
    amhpId: AMHP.sam,
    amhpName: 'Sam Patel',
    rank: 1,
    availability: 'available',
    openCases: 1,
    onDutyUntil: '2026-07-01T16:00:00.000Z',
    reasons: [
      { code: 'on-duty', text: 'On duty until 17:00' },
      { code: 'available', text: 'Available' },
      { code: 'caseload', text: '1 open case' },
    ],
    ...overrides,
  };
}

/** Who should take a case in hours on Wed 1 July 2026 (BST): the north day team's duty AMHPs. */
export function allocationView(assessmentId: string, overrides: Partial<AllocationSuggestionView> = {}): AllocationSuggestionView {
  const first = candidate();
  return {
    assessmentId,
    at: '2026-07-01T10:00:00.000Z',
    team: 'north',
    teamName: 'North',
    kind: 'day',
    outOfHours: false,
    allocatedAmhp: null,
    suggested: first,
    ranked: [
      first,
      candidate({
        amhpId: AMHP.alex,
        amhpName: 'Alex Morgan',
        rank: 2,
        availability: 'busy',
        openCases: 3,
        reasons: [
          { code: 'on-duty', text: 'On duty until 17:00' },
          { code: 'busy', text: 'Busy: on an assessment' },
          { code: 'caseload', text: '3 open cases' },
        ],
      }),
    ],
    excluded: [{ amhpId: AMHP.lapsed, amhpName: 'Lee Lapsed', reasons: [{ code: 'not-approved', text: 'Approval not in force (s114)' }] }],
    ...overrides,
  };
}

import type { HandoverCaseView, HandoverView } from '@amhp/contracts';
import { placeOfSafetyClock } from '@amhp/domain';
import { clockView } from './clock-fixtures';

/** A fictional handover from the north day team to its EDT at 17:00 on Wed 25 March 2026 (GMT). */
export function handoverCase(overrides: Partial<HandoverCaseView> = {}): HandoverCaseView {
  return {
    referralId: '5b1e2c3d-0000-4000-8000-000000000042',
    assessmentId: 'as-1',
    reference: 'R-2026-00042',
    personName: 'Robin Example',
    stage: 'assessment_arranged',
    stageLabel: 'Assessment arranged',
    amhp: { id: '3f2a9c1e-0000-4000-8000-000000000001', name: 'Alex Morgan' },
    clocks: [clockView(placeOfSafetyClock('s136', new Date(Date.now() - 10 * 3_600_000)))],
    awaiting: ['Second doctor (s12 approved) to confirm 19:00'],
    outstandingActions: ['Start the assessment', 'Record assessment not completed'],
    notes: [{ id: 'n-1', authorName: 'Alex Morgan', text: 'Police stay until 19:00.\nSister is the nearest relative.', writtenAt: '2026-03-25T16:40:00.000Z' }],
    ...overrides,
  };
}

export function handoverView(overrides: Partial<HandoverView> = {}): HandoverView {
  return {
    id: 'h-1',
    dayTeamId: 'north',
    fromTeam: { id: 'north', name: 'North', kind: 'day' },
    toTeam: { id: 'edt', name: 'North EDT', kind: 'edt' },
    direction: 'day-to-edt',
    boundaryAt: '2026-03-25T17:00:00.000Z',
    createdAt: '2026-03-25T17:00:02.000Z',
    ackDueAt: '2026-03-25T17:30:00.000Z',
    acknowledgedAt: null,
    acknowledgedBy: null,
    overdue: false,
    cases: [handoverCase()],
    youMayAcknowledge: true,
    ...overrides,
  };
}

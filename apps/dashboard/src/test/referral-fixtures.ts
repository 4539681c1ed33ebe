import { BoardRow, boardRowBase, boardRowOf, ReferralView } from '@amhp/contracts';
import { referralDeadline, SituationWithClock } from '@amhp/domain';

let seq = 0;

/** A fictional open referral; override what the test is about. */
export function referral(overrides: Partial<ReferralView> & { clock?: { power: SituationWithClock; startedAt: string } } = {}): ReferralView {
  seq += 1;
  const { clock, ...rest } = overrides;
  const deadline = clock ? referralDeadline(clock.power, new Date(clock.startedAt)) : null;
  return {
    id: `id-${seq}`,
    reference: `R-2026-${String(seq).padStart(5, '0')}`,
    status: 'open',
    version: 1,
    receivedAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
    closedAt: null,
    closedReason: null,
    person: {
      givenName: 'Alex',
      familyName: `Testperson${seq}`,
      dateOfBirth: '1984-03-21',
      nhsNumber: '9434765919',
      sex: 'not_known',
      ethnicCategory: 'Z',
      address: '1 Example Street, Exampletown',
      postcode: 'EX1 1AA',
      council: 'Example Council',
    },
    source: { kind: clock?.power === 's136' ? 'police' : 'gp', referrerName: 'Dr Example', referrerContact: '0100 000 0000' },
    legal: {
      situation: clock?.power ?? 'none',
      clockStartedAt: clock?.startedAt ?? null,
      placeOfSafety: clock ? 'Example Hospital' : null,
      details: null,
      clockStartConfirmed: false,
      atPoliceStation: null,
      policeStation: null,
    },
    currentLocation: 'Home',
    locationKind: null,
    reason: 'Fictional reason for testing',
    risks: { violence: false, weapons: false, childrenOrVulnerableAdults: false, substanceUse: false, medicalNeeds: false, notes: null },
    urgency: 'routine',
    deadline: deadline
      ? { power: deadline.power, label: deadline.label, startsAt: deadline.startsAt.toISOString(), expiresAt: deadline.expiresAt.toISOString() }
      : null,
    ...rest,
  };
}

/** A fictional case reader's board row (the person's details included); override what the test is about. */
export function boardRow(overrides: Partial<BoardRow> & { clock?: { power: SituationWithClock; startedAt: string } } = {}): BoardRow {
  const { clock, ...rest } = overrides;
  return { ...boardRowOf(referral({ clock }), new Date('2026-11-25T12:00:00Z')), ...rest };
}

/** The same row as the read-only role receives it by default: none of the person's details. */
export function readOnlyRow(row: BoardRow): BoardRow {
  return boardRowBase(row);
}

import { Amhp, Shift } from '@amhp/domain';
import { approvedThroughout, baseShiftId, dutyRefusal } from './duty-checks';

const council = 'Exampleshire County Council';
const amhp: Amhp = { id: 'a', warrants: [{ approvingCouncil: council, approvedOn: '2022-06-09', expiresOn: '2027-06-08' }] };
const t = (iso: string) => new Date(iso);

describe('approvedThroughout (s114)', () => {
  it('needs approval in force for the whole duty: a night across the last day of approval is refused', () => {
    expect(approvedThroughout(amhp, t('2027-06-08T08:00:00Z'), t('2027-06-08T16:00:00Z'))).toBe(true);
    // 17:00 BST on 8 June to 09:00 BST on 9 June: approval ends at midnight.
    expect(approvedThroughout(amhp, t('2027-06-08T16:00:00Z'), t('2027-06-09T08:00:00Z'))).toBe(false);
    expect(approvedThroughout(undefined, t('2027-06-08T08:00:00Z'), t('2027-06-08T16:00:00Z'))).toBe(false);
  });

  it('joins a renewal that starts the day after the old approval ends', () => {
    const renewed: Amhp = { id: 'a', warrants: [...amhp.warrants, { approvingCouncil: council, approvedOn: '2027-06-09', expiresOn: '2032-06-08' }] };
    expect(approvedThroughout(renewed, t('2027-06-08T16:00:00Z'), t('2027-06-09T08:00:00Z'))).toBe(true);
  });
});

describe('dutyRefusal', () => {
  const shift = (id: string, amhpId: string, from: string, to: string): Shift => ({ id, team: 'north', kind: 'day', slot: 'day-duty', date: from.slice(0, 10), startsAt: t(from), endsAt: t(to), amhpId });
  const base = { amhpId: 'a', amhp, from: t('2027-01-04T09:00:00Z'), to: t('2027-01-04T17:00:00Z'), absences: [], shifts: [] };

  it('accepts an approved AMHP who is free', () => {
    expect(dutyRefusal(base)).toBeNull();
  });

  it('refuses an unknown AMHP, a lapsed one (citing s114), one away, or one already on duty', () => {
    expect(dutyRefusal({ ...base, amhp: undefined })).toMatch(/No AMHP/);
    expect(dutyRefusal({ ...base, from: t('2027-07-01T08:00:00Z'), to: t('2027-07-01T16:00:00Z') })).toMatch(/s114/);
    expect(dutyRefusal({ ...base, absences: [{ amhpId: 'a', kind: 'sickness', from: t('2027-01-04T13:00:00Z'), to: t('2027-01-05T00:00:00Z') }] })).toMatch(/away \(sickness\)/);
    expect(dutyRefusal({ ...base, shifts: [shift('p:2027-01-04:day-duty:1', 'a', '2027-01-04T09:00:00Z', '2027-01-04T17:00:00Z')] })).toMatch(/already on duty/);
  });

  it('ignores the shifts the change itself frees, whole or split by an absence', () => {
    const split = shift('p:2027-01-04:day-duty:1@2027-01-04T13:00:00.000Z', 'a', '2027-01-04T09:00:00Z', '2027-01-04T13:00:00Z');
    expect(dutyRefusal({ ...base, shifts: [split], ignoreShiftIds: ['p:2027-01-04:day-duty:1'] })).toBeNull();
    expect(baseShiftId(split.id)).toBe('p:2027-01-04:day-duty:1');
  });
});

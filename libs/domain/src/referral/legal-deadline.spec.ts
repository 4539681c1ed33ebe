import { formatLondon } from '../time/london-format';
import { HOLDING_POWER_HOURS, referralDeadline } from './legal-deadline';
import { LEGAL_SITUATION_CODES, situationHasClock, SituationWithClock } from './legal-situation';

const at = (iso: string) => new Date(iso);
const london = (d: Date) => formatLondon(d, 'yyyy-MM-dd HH:mm');

describe('referral deadline: elapsed hours from the start of the holding power', () => {
  it.each<[string, SituationWithClock, string, string, string]>([
    // [case, power, starts (UTC), expires (UTC), expires (Europe/London wall clock)]
    ['s136(2A) 24 h, winter afternoon', 's136', '2026-01-15T14:30:00Z', '2026-01-16T14:30:00.000Z', '2026-01-16 14:30'],
    ['s136(2A) 24 h across midnight', 's136', '2026-02-10T23:45:00Z', '2026-02-11T23:45:00.000Z', '2026-02-11 23:45'],
    ['s136(2A) 24 h across the spring change: wall clock jumps an hour', 's136', '2026-03-28T22:00:00Z', '2026-03-29T22:00:00.000Z', '2026-03-29 23:00'],
    ['s136(2A) starting in the last GMT minute before the spring change', 's136', '2026-03-29T00:59:00Z', '2026-03-30T00:59:00.000Z', '2026-03-30 01:59'],
    ['s136(2A) 24 h across the autumn change: wall clock falls back an hour', 's136', '2026-10-24T20:00:00Z', '2026-10-25T20:00:00.000Z', '2026-10-25 20:00'],
    ['s136(2A) starting at the first 01:30 (BST) on the autumn change night', 's136', '2026-10-25T00:30:00Z', '2026-10-26T00:30:00.000Z', '2026-10-26 00:30'],
    ['s136(2A) starting at the second 01:30 (GMT) on the autumn change night', 's136', '2026-10-25T01:30:00Z', '2026-10-26T01:30:00.000Z', '2026-10-26 01:30'],
    ['s135(3ZA) 24 h, summer across midnight', 's135_1', '2026-07-01T22:30:00Z', '2026-07-02T22:30:00.000Z', '2026-07-02 23:30'],
    ['s135(3ZA) 24 h across the 2027 spring change', 's135_1', '2027-03-27T12:00:00Z', '2027-03-28T12:00:00.000Z', '2027-03-28 13:00'],
    ['s5(2) 72 h, ordinary week', 's5_2', '2026-05-04T09:00:00Z', '2026-05-07T09:00:00.000Z', '2026-05-07 10:00'],
    ['s5(2) 72 h across the spring change', 's5_2', '2026-03-27T18:00:00Z', '2026-03-30T18:00:00.000Z', '2026-03-30 19:00'],
    ['s5(2) 72 h across the autumn change', 's5_2', '2026-10-23T18:00:00Z', '2026-10-26T18:00:00.000Z', '2026-10-26 18:00'],
    ['s5(2) 72 h across the year end', 's5_2', '2026-12-30T12:00:00Z', '2027-01-02T12:00:00.000Z', '2027-01-02 12:00'],
    ['s5(4) 6 h across midnight', 's5_4', '2026-01-20T21:00:00Z', '2026-01-21T03:00:00.000Z', '2026-01-21 03:00'],
    ['s5(4) 6 h over the skipped hour (spring)', 's5_4', '2026-03-28T23:30:00Z', '2026-03-29T05:30:00.000Z', '2026-03-29 06:30'],
    ['s5(4) 6 h over the repeated hour (autumn)', 's5_4', '2026-10-24T22:30:00Z', '2026-10-25T04:30:00.000Z', '2026-10-25 04:30'],
    ['s5(4) 6 h over the 2027 autumn change', 's5_4', '2027-10-30T22:00:00Z', '2027-10-31T04:00:00.000Z', '2027-10-31 04:00'],
  ])('%s', (_case, power, startsAt, expiresAt, londonExpiry) => {
    const deadline = referralDeadline(power, at(startsAt));
    expect(deadline).not.toBeNull();
    expect(deadline?.power).toBe(power);
    expect(deadline?.startsAt.toISOString()).toBe(at(startsAt).toISOString());
    expect(deadline?.expiresAt.toISOString()).toBe(expiresAt);
    expect(london(deadline!.expiresAt)).toBe(londonExpiry);
    // Elapsed hours, whatever the wall clock did: 24 h is 24 real hours.
    expect((deadline!.expiresAt.getTime() - at(startsAt).getTime()) / 3_600_000).toBe(HOLDING_POWER_HOURS[power]);
  });

  it.each([['none'], ['s2_detained'], ['other']] as const)('no holding-power clock for %s', (situation) => {
    expect(referralDeadline(situation, at('2026-01-15T14:30:00Z'))).toBeNull();
  });

  it.each([[null], [undefined]])('no clock when the start time is missing (%p)', (start) => {
    expect(referralDeadline('s136', start)).toBeNull();
  });

  it('labels each clock for the board', () => {
    expect(referralDeadline('s136', at('2026-01-15T14:30:00Z'))?.label).toBe('s136 detention (24 h)');
    expect(referralDeadline('s5_4', at('2026-01-15T14:30:00Z'))?.label).toBe('s5(4) holding power (6 h)');
  });

  it('knows exactly which situations start a clock', () => {
    expect(LEGAL_SITUATION_CODES.filter(situationHasClock)).toEqual(['s136', 's135_1', 's5_2', 's5_4']);
  });
});

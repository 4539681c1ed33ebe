import { legalRegimeOn } from '../regime/legal-regime';
import { formatLondon } from '../time/london-format';
import {
  placeOfSafetyClock,
  s2Clock,
  s3Clock,
  s4Clock,
  s5_2Clock,
  s5_4Clock,
  s6_1aAdmissionWindow,
  s6_1bAdmissionWindow,
} from './detention-clocks';
import { LegalClock } from './legal-clock';

const at = (iso: string) => new Date(iso);
const london = (d: Date) => formatLondon(d, 'yyyy-MM-dd HH:mm');
const hours = (c: LegalClock) => (c.expiresAt.getTime() - c.startsAt.getTime()) / 3_600_000;

describe('holding powers and short detentions: elapsed hours', () => {
  it.each<[string, () => LegalClock, string, string, number]>([
    ['s136(2A) 24 h from arrival, across midnight', () => placeOfSafetyClock('s136', at('2026-02-10T23:45:00Z')), '2026-02-11T23:45:00.000Z', '2026-02-11 23:45', 24],
    ['s136(2A) across the spring change', () => placeOfSafetyClock('s136', at('2026-03-28T22:00:00Z')), '2026-03-29T22:00:00.000Z', '2026-03-29 23:00', 24],
    ['s136(2A) across the autumn change', () => placeOfSafetyClock('s136', at('2026-10-24T20:00:00Z')), '2026-10-25T20:00:00.000Z', '2026-10-25 20:00', 24],
    ['s135(3ZA) 24 h from arrival', () => placeOfSafetyClock('s135_1', at('2026-07-01T22:30:00Z')), '2026-07-02T22:30:00.000Z', '2026-07-02 23:30', 24],
    ['s5(4) 6 h from the nurse’s record, over the repeated hour', () => s5_4Clock(at('2026-10-24T22:30:00Z')), '2026-10-25T04:30:00.000Z', '2026-10-25 04:30', 6],
    ['s5(2) 72 h from the report', () => s5_2Clock(at('2026-03-27T18:00:00Z')), '2026-03-30T18:00:00.000Z', '2026-03-30 19:00', 72],
    ['s5(2) after s5(4): 72 h from the nurse’s record (s5(4))', () => s5_2Clock(at('2026-05-04T13:00:00Z'), at('2026-05-04T09:00:00Z')), '2026-05-07T09:00:00.000Z', '2026-05-07 10:00', 72],
    ['s5(2) ignores a "nurse’s record" after the report', () => s5_2Clock(at('2026-05-04T09:00:00Z'), at('2026-05-04T13:00:00Z')), '2026-05-07T09:00:00.000Z', '2026-05-07 10:00', 72],
    ['s4(4) 72 h from admission, across the autumn change', () => s4Clock(at('2026-10-23T18:00:00Z')), '2026-10-26T18:00:00.000Z', '2026-10-26 18:00', 72],
    ['s4(4) 72 h from admission, across the 2027 spring change', () => s4Clock(at('2027-03-26T12:00:00Z')), '2027-03-29T12:00:00.000Z', '2027-03-29 13:00', 72],
  ])('%s', (_case, make, expiresAt, londonExpiry, elapsed) => {
    const clock = make();
    expect(clock.expiresAt.toISOString()).toBe(expiresAt);
    expect(london(clock.expiresAt)).toBe(londonExpiry);
    expect(hours(clock)).toBe(elapsed);
    expect(clock.status).toBe('running');
  });
});

describe('s2(4): 28 days beginning with the day of admission (admission day is day 1)', () => {
  it.each([
    ['admitted 1 March at 23:50: ends as 29 March begins (GMT)', '2026-03-01T23:50:00Z', '2026-03-29T00:00:00.000Z', '2026-03-29 00:00'],
    ['admitted at 00:05: the whole admission day still counts as day 1', '2026-03-01T00:05:00Z', '2026-03-29T00:00:00.000Z', '2026-03-29 00:00'],
    ['admitted 10 March: ends after the spring change, at BST midnight', '2026-03-10T11:00:00Z', '2026-04-06T23:00:00.000Z', '2026-04-07 00:00'],
    ['admitted 1 October: ends after the autumn change, at GMT midnight', '2026-10-01T09:00:00Z', '2026-10-29T00:00:00.000Z', '2026-10-29 00:00'],
    ['admitted 00:30 BST on 2 July (23:30 UTC on 1 July): day 1 is 2 July', '2026-07-01T23:30:00Z', '2026-07-29T23:00:00.000Z', '2026-07-30 00:00'],
    ['admitted 20 December: runs into the new year', '2026-12-20T15:00:00Z', '2027-01-17T00:00:00.000Z', '2027-01-17 00:00'],
    ['admitted 10 February in a leap year: 29 February counts', '2028-02-10T15:00:00Z', '2028-03-09T00:00:00.000Z', '2028-03-09 00:00'],
    ['admitted 31 January: ends at the end of 27 February', '2026-01-31T10:00:00Z', '2026-02-28T00:00:00.000Z', '2026-02-28 00:00'],
  ])('%s', (_case, admitted, expiresAt, londonExpiry) => {
    const clock = s2Clock(at(admitted));
    expect(clock.expiresAt.toISOString()).toBe(expiresAt);
    expect(london(clock.expiresAt)).toBe(londonExpiry);
    expect(clock.section).toBe('s2(4)');
  });

  it('is still 28 days under the Mental Health Act 2025', () => {
    const reformed = legalRegimeOn('2030-01-01', { detentionPeriods: '2029-01-01', nominatedPerson: '2029-01-01' });
    expect(s2Clock(at('2030-03-01T10:00:00Z'), reformed).expiresAt.toISOString()).toBe('2030-03-29T00:00:00.000Z');
  });
});

describe('s20(1): s3 lasts six months beginning with the day of admission', () => {
  it.each([
    ['admitted 15 March: ends at the end of 14 September (BST)', '2026-03-15T12:00:00Z', '2026-09-14T23:00:00.000Z'],
    ['admitted 1 January: ends at the end of 30 June', '2026-01-01T12:00:00Z', '2026-06-30T23:00:00.000Z'],
    ['admitted 31 August: no 31 February, the earlier reading (end of 27 February)', '2026-08-31T12:00:00Z', '2027-02-28T00:00:00.000Z'],
    ['admitted 1 May: ends at the end of 31 October (GMT, after the change)', '2026-05-01T12:00:00Z', '2026-11-01T00:00:00.000Z'],
  ])('%s', (_case, admitted, expiresAt) => {
    expect(s3Clock(at(admitted)).expiresAt.toISOString()).toBe(expiresAt);
  });

  it.each([
    ['before commencement: six months', '2029-12-31', '2026-09-14T23:00:00.000Z'],
    ['on commencement: three months (MHA 2025 s29)', '2026-03-15', '2026-06-14T23:00:00.000Z'],
  ])('regime: %s', (_case, commencement, expiresAt) => {
    const admittedAt = at('2026-03-15T12:00:00Z');
    const regime = legalRegimeOn(admittedAt, { detentionPeriods: commencement });
    expect(s3Clock(admittedAt, regime).expiresAt.toISOString()).toBe(expiresAt);
  });
});

describe('s6(1): windows for admission after the application', () => {
  it.each([
    ['s6(1)(a) last examination 20 March: admission by the end of 2 April (BST)', '2026-03-20T14:00:00Z', '2026-04-02T23:00:00.000Z'],
    ['s6(1)(a) last examination 20 October: admission by the end of 2 November (GMT)', '2026-10-20T09:00:00Z', '2026-11-03T00:00:00.000Z'],
    ['s6(1)(a) examination at 23:30 UTC in summer is the next London day', '2026-06-30T23:30:00Z', '2026-07-14T23:00:00.000Z'],
    ['s6(1)(a) across a month end and the year end', '2026-12-25T10:00:00Z', '2027-01-08T00:00:00.000Z'],
  ])('%s', (_case, examined, closes) => {
    const window = s6_1aAdmissionWindow(at(examined));
    expect(window.expiresAt.toISOString()).toBe(closes);
    expect(window.section).toBe('s6(1)(a)');
  });

  it.each([
    ['s6(1)(b) from the examination when it came first', '2026-03-28T20:00:00Z', '2026-03-28T22:00:00Z', '2026-03-29T20:00:00.000Z'],
    ['s6(1)(b) from the application when it came first', '2026-03-28T22:00:00Z', '2026-03-28T20:00:00Z', '2026-03-29T20:00:00.000Z'],
    ['s6(1)(b) 24 real hours across the autumn change', '2026-10-24T23:00:00Z', '2026-10-25T01:00:00Z', '2026-10-25T23:00:00.000Z'],
  ])('%s', (_case, examined, applied, closes) => {
    const window = s6_1bAdmissionWindow(at(examined), at(applied));
    expect(window.expiresAt.toISOString()).toBe(closes);
    expect(hours(window)).toBe(24);
  });
});

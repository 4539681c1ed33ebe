import { formatLondonDateTime } from '../time';
import { DELAY_REASON_CODES, delayReasonLabel, isDelayReason } from './delay-reasons';
import { bedRequestEscalationPoints, conveyanceEscalationPoints, DEFAULT_WAIT_ESCALATION_POLICY, escalationStatus, validateEscalationPolicy, WaitEscalationPolicy } from './escalation-points';
import { safetyCheckInAlertAt, safetyCheckInStatus, startSafetyCheckIn } from './safety-check-in';

const at = (iso: string) => new Date(iso);
const london = (points: { at: Date }[]) => points.map((p) => formatLondonDateTime(p.at));

describe('bed request escalation: 4, 8 and 12 hours after the bed was needed (elapsed time)', () => {
  it.each([
    ['the spring change of 2026', '2026-03-28T22:00:00Z', ['Sun 29 Mar 2026, 03:00 BST', 'Sun 29 Mar 2026, 07:00 BST', 'Sun 29 Mar 2026, 11:00 BST']],
    ['the autumn change of 2026', '2026-10-24T21:00:00Z', ['Sun 25 Oct 2026, 01:00 GMT', 'Sun 25 Oct 2026, 05:00 GMT', 'Sun 25 Oct 2026, 09:00 GMT']],
    ['the spring change of 2027', '2027-03-27T22:00:00Z', ['Sun 28 Mar 2027, 03:00 BST', 'Sun 28 Mar 2027, 07:00 BST', 'Sun 28 Mar 2027, 11:00 BST']],
    ['the autumn change of 2027', '2027-10-30T21:00:00Z', ['Sun 31 Oct 2027, 01:00 GMT', 'Sun 31 Oct 2027, 05:00 GMT', 'Sun 31 Oct 2027, 09:00 GMT']],
  ])('needed at 22:00 London the night of %s', (_label, neededAt, expected) => {
    const points = bedRequestEscalationPoints(at(neededAt));
    expect(london(points)).toEqual(expected);
    expect(points.map((p) => (p.at.getTime() - at(neededAt).getTime()) / 3_600_000)).toEqual([4, 8, 12]);
  });

  it('each point has a level, an audience and a stable key', () => {
    expect(bedRequestEscalationPoints(at('2026-01-10T10:00:00Z')).map((p) => [p.key, p.level, p.audiences.join('+'), p.label])).toEqual([
      ['bed-request:240', 1, 'amhp+bed_manager', 'No bed 4 h after it was needed'],
      ['bed-request:480', 2, 'amhp+bed_manager+duty_service_lead', 'No bed 8 h after it was needed'],
      ['bed-request:720', 3, 'amhp+bed_manager+duty_service_lead+escalation_contact', 'No bed 12 h after it was needed'],
    ]);
  });
});

describe('conveyance escalation: the promised arrival, then every 30 minutes past it (bounded)', () => {
  it('nine points by default, levels rising, across midnight and the autumn change', () => {
    const points = conveyanceEscalationPoints(at('2026-10-24T23:30:00Z')); // 00:30 BST on 25 October
    expect(points).toHaveLength(9);
    expect(points.map((p) => p.level)).toEqual([1, 1, 2, 2, 3, 3, 3, 3, 3]);
    expect(points.map((p) => p.key).slice(0, 3)).toEqual(['conveyance:0', 'conveyance:30', 'conveyance:60']);
    expect(london(points).slice(0, 4)).toEqual(['Sun 25 Oct 2026, 00:30 BST', 'Sun 25 Oct 2026, 01:00 BST', 'Sun 25 Oct 2026, 01:30 BST', 'Sun 25 Oct 2026, 01:00 GMT']);
    expect(points[8].label).toBe('Conveyance 4 h late');
  });

  it('is configurable per service', () => {
    const policy: WaitEscalationPolicy = { ...DEFAULT_WAIT_ESCALATION_POLICY, conveyance: { everyMinutes: 15, maxRepeats: 2, tiers: [{ fromRepeat: 0, level: 1, audiences: ['amhp'] }] } };
    expect(conveyanceEscalationPoints(at('2026-01-10T10:00:00Z'), policy).map((p) => p.minutesAfterStart)).toEqual([0, 15, 30]);
  });

  it('refuses a policy that makes no sense, naming the field', () => {
    expect(
      validateEscalationPolicy({
        bedRequest: [
          { afterMinutes: 480, level: 2, audiences: ['amhp'] },
          { afterMinutes: 240, level: 1, audiences: [] },
        ],
        conveyance: { everyMinutes: 0, maxRepeats: 500, tiers: [{ fromRepeat: 1, level: 1, audiences: ['amhp'] }] },
      }),
    ).toEqual([
      'bedRequest[1].afterMinutes: whole minutes above 0, each later than the one before',
      'bedRequest[1].level: 1 or more, never lower than the one before',
      'bedRequest[1].audiences: one or more of amhp, bed_manager, duty_service_lead, escalation_contact',
      'conveyance.everyMinutes: whole minutes above 0',
      'conveyance.maxRepeats: 0 to 48',
      'conveyance.tiers: the first tier applies from repeat 0 (the promised time)',
    ]);
    expect(validateEscalationPolicy(DEFAULT_WAIT_ESCALATION_POLICY)).toEqual([]);
    expect(() => bedRequestEscalationPoints(at('2026-01-10T10:00:00Z'), { ...DEFAULT_WAIT_ESCALATION_POLICY, bedRequest: [{ afterMinutes: 0, level: 1, audiences: ['amhp'] }] })).toThrow(RangeError);
  });

  it('knows the escalation reached and the next', () => {
    const points = bedRequestEscalationPoints(at('2026-01-10T10:00:00Z'));
    expect(escalationStatus(points, at('2026-01-10T13:59:00Z'))).toEqual({ reached: null, next: points[0] });
    expect(escalationStatus(points, at('2026-01-10T18:00:00Z'))).toEqual({ reached: points[1], next: points[2] });
    expect(escalationStatus(points, at('2026-01-11T18:00:00Z'))).toEqual({ reached: points[2], next: null });
  });
});

describe('the AMHP safety check-in', () => {
  it('alerts 15 minutes after the expected time off site, in real minutes across the spring change', () => {
    const checkIn = startSafetyCheckIn(at('2026-03-29T00:30:00Z'), 90); // 00:30 GMT, 90 minutes
    expect(formatLondonDateTime(checkIn.expectedOffSiteAt)).toBe('Sun 29 Mar 2026, 03:00 BST');
    expect(formatLondonDateTime(safetyCheckInAlertAt(checkIn)!)).toBe('Sun 29 Mar 2026, 03:15 BST');
    expect(safetyCheckInAlertAt(checkIn, 0)).toEqual(checkIn.expectedOffSiteAt);
  });

  it.each([
    ['2026-01-10T11:29:00Z', 'on_site'],
    ['2026-01-10T11:30:00Z', 'overdue'],
    ['2026-01-10T11:45:00Z', 'alert'],
  ])('at %s: %s', (now, status) => {
    expect(safetyCheckInStatus(startSafetyCheckIn(at('2026-01-10T10:00:00Z'), 90), at(now))).toBe(status);
  });

  it('no alert once checked out', () => {
    const checkIn = { ...startSafetyCheckIn(at('2026-01-10T10:00:00Z'), 90), checkedOutAt: at('2026-01-10T11:00:00Z') };
    expect(safetyCheckInAlertAt(checkIn)).toBeNull();
    expect(safetyCheckInStatus(checkIn, at('2026-01-10T13:00:00Z'))).toBe('checked_out');
  });

  it('refuses a visit of no length', () => {
    expect(() => startSafetyCheckIn(at('2026-01-10T10:00:00Z'), 0)).toThrow(RangeError);
  });
});

describe('delay reasons', () => {
  it('has the standard list with labels', () => {
    expect(DELAY_REASON_CODES).toHaveLength(9);
    expect(delayReasonLabel('waiting_for_bed')).toBe('Waiting for a bed');
    expect(isDelayReason('waiting_for_interpreter')).toBe(true);
    expect(isDelayReason('toString')).toBe(false);
  });
});

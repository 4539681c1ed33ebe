import { clockAlertWording, ClockAlertInput } from './clock-alert';

const input = (point: ClockAlertInput['point'], extended = false): ClockAlertInput => ({
  clockId: 'c1',
  revision: 1,
  referralReference: 'R-2026-00042',
  label: 's136 detention',
  section: 's136(2A)',
  // 24 real hours after 12:00 UTC on 28 March 2026: the clocks went forward at 01:00 UTC on the 29th.
  expiresAt: new Date('2026-03-29T12:00:00Z'),
  extended,
  point,
});

describe('clock alerts as the board shows them', () => {
  it('expiry: critical, names the referral reference, the section and the London time (BST after 29 March)', () => {
    const wording = clockAlertWording(input({ key: 'expiry', type: 'expiry', fraction: 1, at: new Date('2026-03-29T12:00:00Z') }));
    expect(wording).toEqual({
      kind: 'clock.expired',
      severity: 'critical',
      message: 's136 detention for R-2026-00042 expired at Sun 29 Mar 2026, 13:00 BST (s136(2A))',
    });
  });

  it.each([
    ['50', 0.5, 'info'],
    ['75', 0.75, 'warning'],
    ['90', 0.9, 'critical'],
  ] as const)('a warning at %s%% is %s', (key, fraction, severity) => {
    const wording = clockAlertWording(input({ key, type: 'warning', fraction, at: new Date('2026-03-29T00:00:00Z') }));
    expect(wording.kind).toBe('clock.warning');
    expect(wording.severity).toBe(severity);
    expect(wording.message).toBe(`s136 detention for R-2026-00042: ${key}% of the period has passed; it expires at Sun 29 Mar 2026, 13:00 BST (s136(2A))`);
  });

  it('s136B: an extended clock warns about the extension', () => {
    const wording = clockAlertWording(input({ key: '75', type: 'warning', fraction: 0.75, at: new Date('2026-03-29T09:00:00Z') }, true));
    expect(wording.message).toContain('75% of the s136B extension has passed');
  });
});

import { endClock } from '../clocks/legal-clock';
import { checkConveyanceChoice, CONVEYANCE_KIND_CODES, conveyanceModeOf } from './conveyance-kinds';
import { conveyanceLimit, conveyanceLimitPoints, conveyanceLimitStatus } from './conveyance-limit';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('kinds of conveyance (Code of Practice ch. 17)', () => {
  it('has the ambulance, response vehicle, secure transport and police kinds', () => {
    expect(CONVEYANCE_KIND_CODES).toEqual(['ambulance_emergency', 'ambulance_urgent', 'ambulance_planned', 'mental_health_response_vehicle', 'secure_transport', 'police_assistance', 'police_vehicle']);
    expect(conveyanceModeOf('ambulance_planned')).toBe('ambulance');
    expect(conveyanceModeOf('police_vehicle')).toBe('police');
  });

  it.each([
    ['ambulance_urgent', null, []],
    ['police_assistance', null, ['conveyance.police_assistance_reason']],
    ['police_assistance', 'Known to carry a knife', []],
    ['police_vehicle', '  ', ['conveyance.police_vehicle_reason']],
    ['police_vehicle', 'No ambulance for 6 hours; imminent risk', []],
  ] as const)('%s with reason %p', (kind, reason, rules) => {
    expect(checkConveyanceChoice({ kind, reason }).map((v) => v.rule)).toEqual(rules);
  });

  it('refuses an unknown kind', () => {
    expect(checkConveyanceChoice({ kind: 'taxi' as never })[0].rule).toBe('conveyance.unknown_kind');
  });
});

describe('s6(1) conveyance limits', () => {
  it('s6(1)(a): s2/s3, 14 days beginning with the day of the last examination, to London midnight', () => {
    // Examined 23:30 BST on 20 October 2026 (22:30 UTC): day 1 is 20 October; the limit is midnight (GMT) ending 2 November.
    const clock = conveyanceLimit({ section: 's3', lastMedicalExaminationAt: at('2026-10-20T22:30:00Z') });
    expect(clock.section).toBe('s6(1)(a)');
    expect(iso(clock.expiresAt)).toBe('2026-11-03T00:00:00.000Z');
    expect(conveyanceLimitPoints(clock).map((p) => [p.level, iso(p.at)])).toEqual([
      ['warning', '2026-10-31T00:00:00.000Z'],
      ['urgent', '2026-11-02T00:00:00.000Z'],
      ['expired', '2026-11-03T00:00:00.000Z'],
    ]);
  });

  it('s6(1)(b): s4, 24 hours from the earlier of examination and application, in real hours across the spring change', () => {
    const clock = conveyanceLimit({ section: 's4', lastMedicalExaminationAt: at('2026-03-28T22:00:00Z'), applicationMadeAt: at('2026-03-28T23:00:00Z') });
    expect(clock.section).toBe('s6(1)(b)');
    expect(iso(clock.expiresAt)).toBe('2026-03-29T22:00:00.000Z'); // 23:00 BST: the wall clock moved on an hour
    expect(conveyanceLimitPoints(clock).map((p) => iso(p.at))).toEqual(['2026-03-29T16:00:00.000Z', '2026-03-29T20:00:00.000Z', '2026-03-29T22:00:00.000Z']);
  });

  it('s6(1)(b): the application before the examination starts the 24 hours', () => {
    const clock = conveyanceLimit({ section: 's4', lastMedicalExaminationAt: at('2026-10-25T03:00:00Z'), applicationMadeAt: at('2026-10-24T23:30:00Z') });
    expect(iso(clock.expiresAt)).toBe('2026-10-25T23:30:00.000Z');
  });

  it('s4 without the application time is refused', () => {
    expect(() => conveyanceLimit({ section: 's4', lastMedicalExaminationAt: at('2026-03-28T22:00:00Z') })).toThrow(RangeError);
  });

  it.each([
    ['2026-03-29T15:59:00Z', 'ok'],
    ['2026-03-29T16:00:00Z', 'warning'],
    ['2026-03-29T20:00:00Z', 'urgent'],
    ['2026-03-29T22:00:00Z', 'expired'],
  ])('the s4 limit at %s is %s', (now, level) => {
    const clock = conveyanceLimit({ section: 's4', lastMedicalExaminationAt: at('2026-03-28T22:00:00Z'), applicationMadeAt: at('2026-03-28T23:00:00Z') });
    expect(conveyanceLimitStatus(clock, at(now)).level).toBe(level);
  });

  it('an admitted person’s limit has ended: no warnings', () => {
    const clock = endClock(conveyanceLimit({ section: 's2', lastMedicalExaminationAt: at('2026-05-01T10:00:00Z') }), at('2026-05-02T10:00:00Z'), 'admitted');
    expect(conveyanceLimitPoints(clock)).toEqual([]);
    expect(conveyanceLimitStatus(clock, at('2026-06-01T10:00:00Z')).level).toBe('ended');
  });

  it('is configurable, and warnings never come before the clock started', () => {
    const clock = conveyanceLimit({ section: 's4', lastMedicalExaminationAt: at('2026-01-10T10:00:00Z'), applicationMadeAt: at('2026-01-10T11:00:00Z') });
    expect(conveyanceLimitPoints(clock, { s6_1b: { warningMinutesBefore: 30 * 60, urgentMinutesBefore: 60 } }).map((p) => iso(p.at))).toEqual([
      '2026-01-10T10:00:00.000Z',
      '2026-01-11T09:00:00.000Z',
      '2026-01-11T10:00:00.000Z',
    ]);
    expect(() => conveyanceLimitPoints(clock, { s6_1b: { warningMinutesBefore: 60, urgentMinutesBefore: 120 } })).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { APPLICATION_SECTIONS } from '../rules/application-section';
import { HOUR_MS } from '../time/london-time';
import { ClockFacts, legalClocks } from './case-clocks';

const MINUTE = 60_000;
/** Instants around both 2026 clock changes (29 March, 25 October) and an ordinary day. */
const anchors = [Date.parse('2026-03-28T20:00:00Z'), Date.parse('2026-10-24T20:00:00Z'), Date.parse('2026-06-10T08:00:00Z')];
const instant = fc.tuple(fc.constantFrom(...anchors), fc.integer({ min: 0, max: 72 * 60 })).map(([base, minutes]) => new Date(base + minutes * MINUTE));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const facts: fc.Arbitrary<ClockFacts> = fc.record(
  {
    s136: maybe(fc.record({ startedAt: instant })),
    s135_1: maybe(fc.record({ startedAt: instant })),
    s5_4: maybe(fc.record({ recordedAt: instant, endedAt: maybe(instant) })),
    s5_2: maybe(fc.record({ reportFurnishedAt: instant, endedAt: maybe(instant) })),
    application: maybe(fc.record({ section: fc.constantFrom(...APPLICATION_SECTIONS), madeAt: instant, lastMedicalExaminationAt: instant })),
    admittedAt: maybe(instant),
    s2OnReferral: maybe(fc.record({ admittedAt: instant })),
    s4ConvertedToS2At: maybe(instant),
    detentionEnded: maybe(fc.record({ at: instant, reason: fc.constant('Discharged') })),
  },
  { requiredKeys: [] },
);

describe('legalClocks properties', () => {
  it('never starts two clocks of one kind, whatever the recorded facts (an s2 on referral and a second s2 admission included)', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const kinds = legalClocks(f).map((c) => c.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
      }),
      { numRuns: 500 },
    );
  });

  it('s5(5): an s5(2) report made while the nurse’s s5(4) holds runs 72 real hours from the s5(4) record, across BST changes; the s5(4) ends at the report', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 6 * 60 - 1 }), (recordedAt, minutesLater) => {
        const reportFurnishedAt = new Date(recordedAt.getTime() + minutesLater * MINUTE);
        const clocks = legalClocks({ s5_4: { recordedAt }, s5_2: { reportFurnishedAt } });
        const nurse = clocks.find((c) => c.kind === 's5_4')!;
        const doctor = clocks.find((c) => c.kind === 's5_2')!;
        expect(doctor.startsAt).toEqual(recordedAt);
        expect(doctor.expiresAt.getTime() - recordedAt.getTime()).toBe(72 * HOUR_MS);
        expect(doctor.status).toBe('running');
        expect(nurse.status).toBe('ended');
        expect(nurse.endedAt).toEqual(reportFurnishedAt);
      }),
    );
  });

  it('s5(2): a report made after the nurse’s six hours had run out starts its own 72 hours', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 6 * 60, max: 48 * 60 }), (recordedAt, minutesLater) => {
        const reportFurnishedAt = new Date(recordedAt.getTime() + minutesLater * MINUTE);
        const doctor = legalClocks({ s5_4: { recordedAt }, s5_2: { reportFurnishedAt } }).find((c) => c.kind === 's5_2')!;
        expect(doctor.startsAt).toEqual(reportFurnishedAt);
        expect(doctor.expiresAt.getTime() - reportFurnishedAt.getTime()).toBe(72 * HOUR_MS);
      }),
    );
  });
});

import { MedicalRecommendation, RecommendingDoctor } from './medical-recommendation';
import { checkS4Conversion, S4ConversionFacts } from './s4-conversion';

const at = (iso: string) => new Date(iso);
const doctor = (id: string, over: Partial<RecommendingDoctor> = {}): RecommendingDoctor => ({ id, s12Approved: false, previousAcquaintance: false, ...over });
const rec = (d: RecommendingDoctor, examined: string, signed = examined): MedicalRecommendation => ({ doctor: d, examinedAt: at(examined), signedAt: at(signed) });

const gp = doctor('dr-gp', { previousAcquaintance: true });
const s12 = doctor('dr-s12', { s12Approved: true });
// Admitted under s4 at 03:00 UTC on the night the clocks go back: 72 h end at 03:00 UTC on 28 October.
const base: S4ConversionFacts = {
  s4AdmittedAt: at('2026-10-25T03:00:00Z'),
  firstRecommendation: rec(gp, '2026-10-24T23:00:00Z'),
  secondRecommendation: rec(s12, '2026-10-26T10:00:00Z'),
  secondReceivedAt: at('2026-10-26T11:00:00Z'),
};
const rules = (f: S4ConversionFacts) => checkS4Conversion(f).violations.map((v) => `${v.section} ${v.rule}`);

describe('s4(4): converting an emergency admission to s2 with a second recommendation', () => {
  it.each<[string, Partial<S4ConversionFacts>, string[]]>([
    ['s4(4) second recommendation received within 72 h by an s12 doctor: converts', {}, []],
    ['s4(4)(a) received one minute before the 72 h end', { secondRecommendation: rec(s12, '2026-10-28T02:00:00Z'), secondReceivedAt: at('2026-10-28T02:59:00Z') }, []],
    ['s4(4)(a) received at the 72 h end: too late', { secondRecommendation: rec(s12, '2026-10-28T02:00:00Z'), secondReceivedAt: at('2026-10-28T03:00:00Z') }, ['s4(4)(a) s4_conversion.too_late']],
    ['s4(4)(a) received before it was signed', { secondReceivedAt: at('2026-10-26T09:00:00Z') }, ['s4(4)(a) s4_conversion.received_before_signed']],
    ['s4(4)(b), s12(2) neither doctor s12-approved', { secondRecommendation: rec(doctor('dr-b'), '2026-10-26T10:00:00Z') }, ['s4(4)(b), s12(2) recommendations.no_s12_doctor']],
    ['s4(4)(b), s12(1) the same doctor again', { secondRecommendation: rec({ ...gp, s12Approved: true }, '2026-10-26T10:00:00Z') }, ['s4(4)(b), s12(1) recommendations.same_doctor']],
    ['s4(4)(b), s12(2) no previous acquaintance and no reason', { firstRecommendation: rec(doctor('dr-a'), '2026-10-24T23:00:00Z') }, ['s4(4)(b), s12(2) recommendations.no_previous_acquaintance']],
    ['s4(4)(b), s12(2) no previous acquaintance with the reason recorded', { firstRecommendation: rec(doctor('dr-a'), '2026-10-24T23:00:00Z'), noPreviousAcquaintanceReason: 'No GP registered' }, []],
    ['s12(1) second recommendation signed before the examination', { secondRecommendation: rec(s12, '2026-10-26T10:00:00Z', '2026-10-26T09:00:00Z'), secondReceivedAt: at('2026-10-26T11:00:00Z') }, ['s12(1) recommendations.signed_before_examination']],
  ])('%s', (_case, change, expected) => {
    expect(rules({ ...base, ...change })).toEqual(expected);
  });

  it('s4(4)(b), s12(1) examinations more than five clear days apart cannot convert (only reachable with a long-delayed s4)', () => {
    const admitted = at('2026-03-08T09:00:00Z');
    expect(
      rules({
        ...base,
        s4AdmittedAt: admitted,
        firstRecommendation: rec(gp, '2026-03-01T10:00:00Z'),
        secondRecommendation: rec(s12, '2026-03-08T10:00:00Z'),
        secondReceivedAt: at('2026-03-08T11:00:00Z'),
      }),
    ).toEqual(['s4(4)(b), s12(1) recommendations.examinations_too_far_apart']);
  });
});

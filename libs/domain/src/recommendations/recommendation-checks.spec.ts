import { ApplicationSection } from '../rules/application-section';
import { lastMedicalExaminationAt, MedicalRecommendation, RecommendingDoctor } from './medical-recommendation';
import { checkMedicalRecommendations, RecommendationFacts } from './recommendation-checks';

const at = (iso: string) => new Date(iso);
const doctor = (id: string, over: Partial<RecommendingDoctor> = {}): RecommendingDoctor => ({ id, s12Approved: false, previousAcquaintance: false, ...over });
const rec = (d: RecommendingDoctor, examined: string, signed = examined, treatment = true): MedicalRecommendation => ({
  doctor: d,
  examinedAt: at(examined),
  signedAt: at(signed),
  statesAppropriateTreatmentAvailable: treatment,
});
const s12Doctor = doctor('dr-s12', { s12Approved: true });
const gp = doctor('dr-gp', { previousAcquaintance: true });
const facts = (section: ApplicationSection, recommendations: MedicalRecommendation[], over: Partial<RecommendationFacts> = {}): RecommendationFacts => ({
  section,
  recommendations,
  applicationMadeAt: at('2026-03-07T18:00:00Z'),
  ...over,
});
const found = (f: RecommendationFacts) => {
  const { violations, exceptions } = checkMedicalRecommendations(f);
  return { violations: violations.map((v) => `${v.section} ${v.rule}`), exceptions: exceptions.map((e) => `${e.section} ${e.rule}: ${e.reason}`) };
};

describe('medical recommendations for s2 and s3 (s12)', () => {
  it.each<[string, RecommendationFacts, string[]]>([
    ['s12(1) examined together by an s12 doctor and the GP: lawful', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z'), rec(gp, '2026-03-07T10:00:00Z')]), []],
    ['s12(1) separate examinations on the 1st and the 7th (five clear days): lawful', facts('s2', [rec(s12Doctor, '2026-03-01T10:00:00Z'), rec(gp, '2026-03-07T10:00:00Z')]), []],
    ['s12(1) separate examinations on the 1st and the 8th (six clear days): refused', facts('s2', [rec(s12Doctor, '2026-03-01T10:00:00Z'), rec(gp, '2026-03-08T10:00:00Z')], { applicationMadeAt: at('2026-03-08T18:00:00Z') }), ['s12(1) recommendations.examinations_too_far_apart']],
    ['s12(1) counted in London days: 23:30 UTC on 30 June is 1 July, so 1 and 7 July are five clear days', facts('s2', [rec(s12Doctor, '2026-06-30T23:30:00Z'), rec(gp, '2026-07-07T10:00:00Z')], { applicationMadeAt: at('2026-07-07T18:00:00Z') }), []],
    ['s12(1) 22:30 UTC on 30 June is still 30 June in London: six clear days', facts('s2', [rec(s12Doctor, '2026-06-30T22:30:00Z'), rec(gp, '2026-07-07T10:00:00Z')], { applicationMadeAt: at('2026-07-07T18:00:00Z') }), ['s12(1) recommendations.examinations_too_far_apart']],
    ['s12(1) five clear days across the spring change (27 March and 2 April)', facts('s3', [rec(s12Doctor, '2026-03-27T10:00:00Z'), rec(gp, '2026-04-02T10:00:00Z')], { applicationMadeAt: at('2026-04-02T18:00:00Z') }), []],
    ['s12(1) across a month end: 27 February and 6 March 2026 are six clear days', facts('s3', [rec(s12Doctor, '2026-02-27T10:00:00Z'), rec(gp, '2026-03-06T10:00:00Z')], { applicationMadeAt: at('2026-03-06T18:00:00Z') }), ['s12(1) recommendations.examinations_too_far_apart']],
    ['s12(1) order of the examinations does not matter', facts('s2', [rec(gp, '2026-03-01T10:00:00Z'), rec(s12Doctor, '2026-03-07T10:00:00Z')]), []],
    ['s2(3) only one recommendation', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z')]), ['s2(3) recommendations.count']],
    ['s3(3) three recommendations', facts('s3', [rec(s12Doctor, '2026-03-07T10:00:00Z'), rec(gp, '2026-03-07T10:00:00Z'), rec(doctor('dr-3'), '2026-03-07T10:00:00Z')]), ['s3(3) recommendations.count']],
    ['s12(1) the same doctor twice', facts('s2', [rec(s12Doctor, '2026-03-06T10:00:00Z'), rec({ ...s12Doctor, previousAcquaintance: true }, '2026-03-07T10:00:00Z')]), ['s12(1) recommendations.same_doctor']],
    ['s12(2) neither doctor s12-approved', facts('s2', [rec(doctor('dr-a'), '2026-03-07T10:00:00Z'), rec(gp, '2026-03-07T10:00:00Z')]), ['s12(2) recommendations.no_s12_doctor']],
    ['s12(2A) an approved clinician counts as s12-approved', facts('s2', [rec(doctor('dr-ac', { approvedClinician: true }), '2026-03-07T10:00:00Z'), rec(gp, '2026-03-07T10:00:00Z')]), []],
    ['s12(2) both s12-approved is fine', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z'), rec(doctor('dr-b', { s12Approved: true, previousAcquaintance: true }), '2026-03-07T10:00:00Z')]), []],
    ['s12(2) the s12 doctor may be the one with previous acquaintance', facts('s2', [rec(doctor('dr-psych', { s12Approved: true, previousAcquaintance: true }), '2026-03-07T10:00:00Z'), rec(doctor('dr-b'), '2026-03-07T10:00:00Z')]), []],
    ['s12(2) no previous acquaintance and no reason recorded', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z'), rec(doctor('dr-b'), '2026-03-07T10:00:00Z')]), ['s12(2) recommendations.no_previous_acquaintance']],
    ['s12(2) a blank reason is no reason', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z'), rec(doctor('dr-b'), '2026-03-07T10:00:00Z')], { noPreviousAcquaintanceReason: '   ' }), ['s12(2) recommendations.no_previous_acquaintance']],
    ['s12(1) recommendation signed the day after the application', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z', '2026-03-08T09:00:00Z'), rec(gp, '2026-03-07T10:00:00Z')]), ['s12(1) recommendations.signed_after_application']],
    ['s12(1) signed later the same London day as the application is fine', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z', '2026-03-07T21:00:00Z'), rec(gp, '2026-03-07T10:00:00Z')]), []],
    ['s12(1) signed before the examination', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z', '2026-03-07T09:00:00Z'), rec(gp, '2026-03-07T10:00:00Z')]), ['s12(1) recommendations.signed_before_examination']],
    ['s3(2)(d) an s3 recommendation that does not state treatment is available', facts('s3', [rec(s12Doctor, '2026-03-07T10:00:00Z', undefined, false), rec(gp, '2026-03-07T10:00:00Z')]), ['s3(2)(d) recommendations.no_appropriate_treatment']],
    ['s3(2)(d) does not apply to s2', facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z', undefined, false), rec(gp, '2026-03-07T10:00:00Z', undefined, false)]), []],
    ['several failures are all reported', facts('s3', [rec(doctor('dr-a'), '2026-02-28T10:00:00Z'), rec(doctor('dr-b'), '2026-03-07T10:00:00Z', '2026-03-09T10:00:00Z')]), ['s12(1) recommendations.signed_after_application', 's12(2) recommendations.no_s12_doctor', 's12(1) recommendations.examinations_too_far_apart', 's12(2) recommendations.no_previous_acquaintance']],
  ])('%s', (_case, f, expected) => {
    expect(found(f).violations).toEqual(expected);
  });

  it('s12(2) records the reason for no previous acquaintance as a justified exception', () => {
    const result = found(facts('s2', [rec(s12Doctor, '2026-03-07T10:00:00Z'), rec(doctor('dr-b'), '2026-03-07T10:00:00Z')], { noPreviousAcquaintanceReason: ' GP surgery closed; no treating psychiatrist ' }));
    expect(result.violations).toEqual([]);
    expect(result.exceptions).toEqual(['s12(2) recommendations.no_previous_acquaintance: GP surgery closed; no treating psychiatrist']);
  });

  it('s12(1) quotes the examination dates and clear days', () => {
    const { violations } = checkMedicalRecommendations(facts('s2', [rec(s12Doctor, '2026-03-01T10:00:00Z'), rec(gp, '2026-03-08T10:00:00Z')], { applicationMadeAt: at('2026-03-08T18:00:00Z') }));
    expect(violations[0].message).toContain('1 Mar 2026 and 8 Mar 2026 are 6 clear days apart');
  });
});

describe('the medical recommendation for s4 (s4(3))', () => {
  it.each<[string, RecommendationFacts, string[]]>([
    ['s4(3) one recommendation from a doctor who knows the person, not s12-approved: lawful', facts('s4', [rec(gp, '2026-03-07T10:00:00Z')]), []],
    ['s4(3) two recommendations is not an s4 (it is an s2)', facts('s4', [rec(gp, '2026-03-07T10:00:00Z'), rec(s12Doctor, '2026-03-07T10:00:00Z')]), ['s4(3) recommendations.count']],
    ['s4(3) none', facts('s4', []), ['s4(3) recommendations.count']],
    ['s4(3) previous acquaintance if practicable: otherwise the reason', facts('s4', [rec(s12Doctor, '2026-03-07T10:00:00Z')]), ['s4(3) recommendations.no_previous_acquaintance']],
    ['s4(3) with the reason recorded', facts('s4', [rec(s12Doctor, '2026-03-07T10:00:00Z')], { noPreviousAcquaintanceReason: 'Out of hours, GP unavailable' }), []],
  ])('%s', (_case, f, expected) => {
    expect(found(f).violations).toEqual(expected);
  });
});

describe('the last medical examination (s6(1)(a) counts from it)', () => {
  it('is the later of the examinations', () => {
    expect(lastMedicalExaminationAt([rec(s12Doctor, '2026-03-07T10:00:00Z'), rec(gp, '2026-03-03T10:00:00Z')])).toEqual(at('2026-03-07T10:00:00Z'));
    expect(lastMedicalExaminationAt([])).toBeNull();
  });
});

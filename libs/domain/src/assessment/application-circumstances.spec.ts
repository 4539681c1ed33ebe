import { ApplicationFacts, checkApplication } from './check-application';
import { lawfulApplication } from './assessment.fixtures';

const at = (iso: string) => new Date(iso);
const findings = (f: ApplicationFacts) => {
  const r = checkApplication(f);
  return { violations: r.violations.map((v) => `${v.section} ${v.rule}`), exceptions: r.exceptions.map((e) => `${e.section} ${e.rule}`) };
};

describe('an application while the person is already detained under s2 (s2(4), s4(1))', () => {
  // lawfulApplication is made at 16:00 on 14 March 2026.
  it.each<[string, 's2' | 's3' | 's4', string | null, string[]]>([
    ['s2(4) a second s2 while the first s2 runs is refused', 's2', '2026-03-01T10:00:00Z', ['s2(4) s2.already_detained']],
    ['s4(1) an emergency application while detained under s2 is refused', 's4', '2026-03-01T10:00:00Z', ['s4(1) s4.already_detained']],
    ['s3 while detained under s2 is the lawful route', 's3', '2026-03-01T10:00:00Z', []],
    ['s2(4) once the 28 days are over the person is no longer detained (admitted 14 Feb: day 28 is 13 Mar)', 's2', '2026-02-14T10:00:00Z', []],
    ['s2(4) on day 28 the s2 still runs (admitted 15 Feb)', 's2', '2026-02-15T10:00:00Z', ['s2(4) s2.already_detained']],
    ['no detention recorded, no finding', 's2', null, []],
  ])('%s', (_case, section, since, expected) => {
    const facts = { ...lawfulApplication(section), detainedUnderS2Since: since ? at(since) : null };
    expect(findings(facts).violations).toEqual(expected);
  });

  it('s2(4) quotes the admission and the end of the 28 days in London time', () => {
    const { violations } = checkApplication({ ...lawfulApplication('s2'), detainedUnderS2Since: at('2026-03-01T10:00:00Z') });
    expect(violations[0].message).toContain('admitted Sun 1 Mar 2026, 10:00 GMT');
    expect(violations[0].message).toContain('Consider an application under s3');
  });
});

describe('s4(2): an emergency application with a second medical recommendation already on the case', () => {
  const s4 = lawfulApplication('s4');
  const second = {
    doctor: { id: 'dr-second', s12Approved: true, previousAcquaintance: false },
    examinedAt: at('2026-03-14T12:00:00Z'),
    signedAt: at('2026-03-14T12:30:00Z'),
  };

  it('s4(2) is refused: waiting for a second doctor would cause no delay', () => {
    expect(findings({ ...s4, otherRecommendationsOnCase: [second] }).violations).toEqual(['s4(2) s4.second_recommendation_on_case']);
  });

  it('s4(2) is allowed with the AMHP’s reason, kept as a justified exception', () => {
    const result = findings({ ...s4, otherRecommendationsOnCase: [second], secondRecommendationReason: 'The second doctor is the person’s brother (a conflict of interest)' });
    expect(result).toEqual({ violations: [], exceptions: ['s4(2) s4.second_recommendation_on_case'] });
  });

  it('s4(2) a blank reason is no reason', () => {
    expect(findings({ ...s4, otherRecommendationsOnCase: [second], secondRecommendationReason: '  ' }).violations).toEqual(['s4(2) s4.second_recommendation_on_case']);
  });

  it.each<[string, typeof second]>([
    ['s4(2) the founding doctor’s own other recommendation is not a second doctor', { ...second, doctor: { ...second.doctor, id: 'dr-gp' } }],
    ['s4(2) a recommendation signed after the application was not there to wait for', { ...second, signedAt: at('2026-03-14T17:00:00Z') }],
  ])('%s', (_case, other) => {
    expect(findings({ ...s4, otherRecommendationsOnCase: [other] }).violations).toEqual([]);
  });

  it('s2 and s3 applications are not affected', () => {
    expect(findings({ ...lawfulApplication('s2'), otherRecommendationsOnCase: [second] }).violations).toEqual([]);
  });
});

import { legalRegimeOn } from '../regime/legal-regime';
import { ApplicationFacts, checkApplication, describeViolations } from './check-application';
import { lawfulApplication } from './assessment.fixtures';

const at = (iso: string) => new Date(iso);
const rules = (f: ApplicationFacts) => checkApplication(f).violations.map((v) => `${v.section} ${v.rule}`);

describe('checkApplication: every rule for an s2, s3 or s4 application', () => {
  it.each([['s2'], ['s3'], ['s4']] as const)('a complete %s application is lawful', (section) => {
    const result = checkApplication(lawfulApplication(section));
    expect(result.violations).toEqual([]);
    expect(result.lawful).toBe(true);
  });

  it.each<[string, ApplicationFacts, string[]]>([
    ['s11(5) AMHP last saw the person 15 days before', { ...lawfulApplication('s2'), amhp: { ...lawfulApplication('s2').amhp, lastSawPersonAt: at('2026-02-28T12:00:00Z') } }, ['s11(5) amhp.not_seen_within_14_days']],
    ['s114 AMHP approval lapsed', { ...lawfulApplication('s3'), amhp: { ...lawfulApplication('s3').amhp, approval: { approvedOn: '2021-01-01', expiresOn: '2026-03-01' } } }, ['s114 amhp.not_approved']],
    ['s12(1) examinations on the 10th and the 17th (six clear days)', { ...lawfulApplication('s2'), recommendations: [lawfulApplication('s2').recommendations[0], { ...lawfulApplication('s2').recommendations[1], examinedAt: at('2026-03-17T10:00:00Z'), signedAt: at('2026-03-17T11:00:00Z') }], madeAt: at('2026-03-17T16:00:00Z'), amhp: { ...lawfulApplication('s2').amhp, lastSawPersonAt: at('2026-03-17T09:00:00Z') } }, ['s12(1) recommendations.examinations_too_far_apart']],
    ['s11(4)(a) s3 with the NR objecting', { ...lawfulApplication('s3'), nearestRelative: { status: 'identified', consultedAt: at('2026-03-14T09:00:00Z'), objects: true } }, ['s11(4)(a) nearest_relative.objection']],
    ['s4(2) s4 without the urgent necessity statement', { ...lawfulApplication('s4'), urgentNecessityStatement: '' }, ['s4(2) s4.no_urgent_necessity']],
    ['s12(3) a recommending doctor with a financial interest', { ...lawfulApplication('s2'), recommendations: [lawfulApplication('s2').recommendations[0], { ...lawfulApplication('s2').recommendations[1], doctor: { ...lawfulApplication('s2').recommendations[1].doctor, conflicts: { financialInterestInOutcome: true } } }] }, ['s12(3) conflict.financial_interest']],
    ['s11(1A), s12(3) the AMHP line-managed by a recommending doctor', { ...lawfulApplication('s2'), amhp: { ...lawfulApplication('s2').amhp, conflicts: { lineManagerId: 'dr-s12' } } }, ['s11(1A), s12(3) conflict.line_management']],
    ['s6(1)(a) application made after the 14 days from the last examination', { ...lawfulApplication('s2'), madeAt: at('2026-03-28T10:00:00Z'), amhp: { ...lawfulApplication('s2').amhp, lastSawPersonAt: at('2026-03-28T09:00:00Z') } }, ['s6(1)(a) admission_window.closed']],
    ['s6(1)(b) s4 application 25 hours after the examination', { ...lawfulApplication('s4'), madeAt: at('2026-03-15T11:00:00Z'), amhp: { ...lawfulApplication('s4').amhp, lastSawPersonAt: at('2026-03-15T10:00:00Z') } }, ['s6(1)(b) admission_window.closed']],
    ['s2(3) only one recommendation', { ...lawfulApplication('s2'), recommendations: [lawfulApplication('s2').recommendations[0]] }, ['s2(3) recommendations.count']],
  ])('%s', (_case, facts, expected) => {
    expect(rules(facts)).toEqual(expected);
    expect(checkApplication(facts).lawful).toBe(false);
  });

  it('s6(1)(a) an application on day 14 after the last examination is still in time', () => {
    const facts = { ...lawfulApplication('s2'), madeAt: at('2026-03-27T20:00:00Z'), amhp: { ...lawfulApplication('s2').amhp, lastSawPersonAt: at('2026-03-27T09:00:00Z') } };
    expect(rules(facts)).toEqual([]);
  });

  it('keeps the recorded reasons of justified exceptions', () => {
    const base = lawfulApplication('s3');
    const result = checkApplication({
      ...base,
      recommendations: base.recommendations.map((r) => ({ ...r, doctor: { ...r.doctor, previousAcquaintance: false } })),
      noPreviousAcquaintanceReason: 'Not registered with a GP; first contact with services',
      nearestRelative: { status: 'identified', notReasonablyPracticableReason: 'NR abroad, no phone contact' },
    });
    expect(result.lawful).toBe(true);
    expect(result.exceptions.map((e) => `${e.section}: ${e.reason}`)).toEqual([
      's12(2): Not registered with a GP; first contact with services',
      's11(4)(b): NR abroad, no phone contact',
    ]);
  });

  it('uses the regime in force: a nominated person’s objection needs the AMHP’s report instead', () => {
    const facts = { ...lawfulApplication('s3'), nearestRelative: { status: 'identified' as const, consultedAt: at('2026-03-14T09:00:00Z'), objects: true } };
    const reformed = legalRegimeOn(facts.madeAt, { nominatedPerson: '2026-01-01' });
    expect(checkApplication(facts, reformed).violations.map((v) => v.section)).toEqual(['s11(4C)']);
    expect(checkApplication({ ...facts, nearestRelative: { ...facts.nearestRelative, dangerousnessReport: 'Would be likely to act dangerously' } }, reformed).lawful).toBe(true);
  });

  it('quotes section and message in one line for a refusal', () => {
    const { violations } = checkApplication({ ...lawfulApplication('s4'), urgentNecessityStatement: null });
    expect(describeViolations(violations)).toBe(
      's4(2): An emergency application must state that it is of urgent necessity and that waiting for a second doctor would cause undesirable delay.',
    );
  });
});

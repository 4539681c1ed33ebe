import { legalRegimeOn } from '../regime/legal-regime';
import { ApplicationSection } from '../rules/application-section';
import { checkNearestRelativeDuties, NearestRelativeContact, representativeTitle } from './nearest-relative-duties';

const at = (iso: string) => new Date(iso);
const identified = (over: Partial<NearestRelativeContact> = {}): NearestRelativeContact => ({ status: 'identified', ...over });
const reformed = legalRegimeOn('2031-01-01', { nominatedPerson: '2030-01-01' });
const check = (section: ApplicationSection, contact: NearestRelativeContact, regime = legalRegimeOn('2026-06-01')) => {
  const r = checkNearestRelativeDuties(section, contact, regime);
  return [...r.violations.map((v) => `violation ${v.section} ${v.rule}`), ...r.exceptions.map((e) => `exception ${e.section} ${e.rule}`)];
};

describe('duties to the nearest relative when applying (s11(3), s11(4))', () => {
  it.each<[string, ApplicationSection, NearestRelativeContact, string[]]>([
    ['s11(3) s2: informed before the application', 's2', identified({ informedAt: at('2026-06-01T10:00:00Z') }), []],
    ['s11(3) s2: to be informed within a reasonable time after', 's2', identified({ toBeInformedAfterApplication: true }), []],
    ['s11(3) s2: not informed and no reason', 's2', identified(), ['violation s11(3) nearest_relative.not_informed']],
    ['s11(3) s2: not practicable, reason recorded', 's2', identified({ notReasonablyPracticableReason: 'No contact details; abroad' }), ['exception s11(3) nearest_relative.not_informed']],
    ['s11(3) s4 is an application for admission for assessment too', 's4', identified(), ['violation s11(3) nearest_relative.not_informed']],
    ['s11(3) s2: the NR’s objection does not bar s2', 's2', identified({ objects: true, informedAt: at('2026-06-01T10:00:00Z') }), []],
    ['s11(4)(b) s3: consulted, no objection', 's3', identified({ consultedAt: at('2026-06-01T10:00:00Z') }), []],
    ['s11(4)(b) s3: not consulted, no reason', 's3', identified(), ['violation s11(4)(b) nearest_relative.not_consulted']],
    ['s11(4)(b) s3: informing is not consulting', 's3', identified({ informedAt: at('2026-06-01T10:00:00Z') }), ['violation s11(4)(b) nearest_relative.not_consulted']],
    ['s11(4)(b) s3: consultation would involve unreasonable delay, reason recorded', 's3', identified({ notReasonablyPracticableReason: 'NR in hospital abroad, unreachable' }), ['exception s11(4)(b) nearest_relative.not_consulted']],
    ['s11(4)(a) s3: the NR objects', 's3', identified({ consultedAt: at('2026-06-01T10:00:00Z'), objects: true }), ['violation s11(4)(a) nearest_relative.objection']],
    ['s11(4)(a) s3: an objection notified without consultation still bars', 's3', identified({ objects: true, notReasonablyPracticableReason: 'Could not reach' }), ['violation s11(4)(a) nearest_relative.objection']],
    ['s29 s3: the objecting NR has been displaced by the county court', 's3', identified({ objects: true, displacedByCountyCourt: true }), ['exception s29 nearest_relative.objection']],
    ['s29 s3: a displaced NR need not be consulted', 's3', identified({ displacedByCountyCourt: true }), ['exception s29 nearest_relative.not_consulted']],
    ['no nearest relative: nothing to do', 's3', { status: 'none' }, []],
    ['NR not known, steps recorded', 's2', { status: 'not_known', notKnownReason: 'Person will not say; no records' }, ['exception s11(3), s11(4) nearest_relative.not_identified']],
    ['NR not known, nothing recorded (s3)', 's3', { status: 'not_known' }, ['violation s11(4) nearest_relative.not_identified']],
    ['NR not known, nothing recorded (s2)', 's2', { status: 'not_known', notKnownReason: ' ' }, ['violation s11(3) nearest_relative.not_identified']],
  ])('%s', (_case, section, contact, expected) => {
    expect(check(section, contact)).toEqual(expected);
  });
});

describe('the nominated person once the Mental Health Act 2025 is in force (s11(4)-(4C) as substituted)', () => {
  it('is called the nominated person', () => {
    expect(representativeTitle(reformed)).toBe('nominated person');
    expect(representativeTitle(legalRegimeOn('2026-06-01'))).toBe('nearest relative');
  });

  it.each<[string, NearestRelativeContact, string[]]>([
    ['s11(4) consulted, no objection', identified({ consultedAt: at('2031-01-01T10:00:00Z') }), []],
    ['s11(4) not consulted', identified(), ['violation s11(4) nearest_relative.not_consulted']],
    ['s11(4A) consultation not reasonably practicable, reason recorded', identified({ notReasonablyPracticableReason: 'Unreachable' }), ['exception s11(4A) nearest_relative.not_consulted']],
    ['s11(4C) objection without the AMHP’s report bars the application', identified({ consultedAt: at('2031-01-01T10:00:00Z'), objects: true }), ['violation s11(4C) nearest_relative.objection']],
    ['s11(4C) objection overridden by the AMHP’s report (no county court)', identified({ objects: true, dangerousnessReport: 'Likely to act dangerously: ...' }), ['exception s11(4C) nearest_relative.objection']],
    ['county court displacement no longer lifts the objection', identified({ objects: true, displacedByCountyCourt: true }), ['violation s11(4C) nearest_relative.objection']],
  ])('s3: %s', (_case, contact, expected) => {
    expect(check('s3', contact, reformed)).toEqual(expected);
  });

  it('names the nominated person in the message', () => {
    const [v] = checkNearestRelativeDuties('s2', identified(), reformed).violations;
    expect(v.message).toContain('nominated person');
  });
});

import { legalRegimeOn } from '../regime/legal-regime';
import { checkClockStart, checkHoldingPowerLocation, checkPoliceStation, checkReferralFacts, PoliceStationConditions, ReferralFacts } from './referral-facts';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-03T18:00:00Z');
const HOUR = 3600_000;
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
const adult: ReferralFacts = { situation: 's136', source: 'police', dateOfBirth: '1990-05-17', placeOfSafety: 'Example Hospital suite' };
const rules = (issues: { field: string; rule: string; section: string | null }[]) => issues.map((i) => `${i.section ?? '-'} ${i.rule} @${i.field}`);

describe('the start of the power on referral: plausible, or confirmed', () => {
  it.each<[string, Partial<ReferralFacts>, string[]]>([
    ['s136(2A) two hours ago is accepted', { clockStartedAt: ago(2) }, []],
    ['s136B a start 35 hours ago could still be running with the one extension', { clockStartedAt: ago(35) }, []],
    ['s136(2A), s136B a start 37 hours ago is longer than the power can run', { clockStartedAt: ago(37) }, ['s136(2A), s136B clock_start.lapsed @legal.clockStartedAt']],
    ['s136(2A), s136B the same, confirmed by the AMHP, is accepted', { clockStartedAt: ago(37), clockStartConfirmed: true }, []],
    ['s5(4) seven hours ago has lapsed', { situation: 's5_4', clockStartedAt: ago(7), locationKind: 'hospital_ward' }, ['s5(4) clock_start.lapsed @legal.clockStartedAt']],
    ['s5(2) 71 hours ago still runs', { situation: 's5_2', clockStartedAt: ago(71), locationKind: 'hospital_ward' }, []],
    ['s2(4) an admission 27 days ago still runs', { situation: 's2_detained', clockStartedAt: ago(27 * 24) }, []],
    ['s2(4) an admission 30 days ago has ended', { situation: 's2_detained', clockStartedAt: ago(30 * 24) }, ['s2(4) clock_start.lapsed @legal.clockStartedAt']],
    ['1 January 1970 is refused even when confirmed', { clockStartedAt: at('1970-01-01T00:00:00Z'), clockStartConfirmed: true, dateOfBirth: '1950-01-01' }, ['- clock_start.too_old @legal.clockStartedAt']],
    ['a start before the person was born is refused', { clockStartedAt: at('1989-01-01T00:00:00Z'), clockStartConfirmed: true }, ['- clock_start.before_birth @legal.clockStartedAt']],
    ['a start in the future beyond five minutes is refused', { clockStartedAt: new Date(now.getTime() + 10 * 60_000) }, ['- clock_start.future @legal.clockStartedAt']],
    ['a start four minutes ahead (another device’s clock) is accepted', { clockStartedAt: new Date(now.getTime() + 4 * 60_000) }, []],
  ])('%s', (_case, change, expected) => {
    expect(rules(checkClockStart({ ...adult, ...change }, now))).toEqual(expected);
  });

  it('says when the power would have ended, in London time, and how to confirm', () => {
    const [issue] = checkClockStart({ ...adult, clockStartedAt: at('2026-12-01T10:00:00Z') }, now);
    expect(issue.message).toBe(
      'The arrival at the place of safety was Tue 1 Dec 2026, 10:00 GMT: the power would have ended by Wed 2 Dec 2026, 22:00 GMT (s136(2A), s136B). Check the date and time; if they are right, confirm them and the board will show the power as lapsed',
    );
  });
});

describe('a police station as the place of safety (s136A, Places of Safety Regulations 2017)', () => {
  const allMet: PoliceStationConditions = { imminentRiskOfSeriousInjuryOrDeath: true, noOtherPlaceOfSafetyReasonablyAvailable: true, healthcareProfessionalAvailable: true, inspectorAuthorised: true };
  it.each<[string, Partial<ReferralFacts>, string[]]>([
    ['s136A(1) never for a child: 17 at arrival', { dateOfBirth: '2009-06-01', clockStartedAt: ago(2), atPoliceStation: true, policeStation: allMet }, ['s136A(1) place_of_safety.police_station_child @legal.atPoliceStation']],
    ['s136A(1) turning 18 the day after arrival is still a child on the day', { dateOfBirth: '2008-12-04', clockStartedAt: ago(2), atPoliceStation: true, policeStation: allMet }, ['s136A(1) place_of_safety.police_station_child @legal.atPoliceStation']],
    ['s136A(2) an adult with every condition met and an inspector’s authorisation', { clockStartedAt: ago(2), atPoliceStation: true, policeStation: allMet }, []],
    [
      's136A(2) an adult without an inspector’s authorisation',
      { clockStartedAt: ago(2), atPoliceStation: true, policeStation: { ...allMet, inspectorAuthorised: false } },
      ['s136A(2); Places of Safety Regulations 2017 place_of_safety.not_authorised @legal.policeStation.inspectorAuthorised'],
    ],
    ['s136A a place of safety called a police station must be stated as one', { placeOfSafety: 'Northbridge Police Station custody suite' }, ['s136A place_of_safety.police_station_unstated @legal.atPoliceStation']],
    ['s136A the person at a police station but the place of safety not one: a contradiction', { locationKind: 'police_station', atPoliceStation: false }, ['- place_of_safety.contradiction @legal.atPoliceStation']],
    ['s135(1) the same rule applies', { situation: 's135_1', dateOfBirth: '2010-01-01', clockStartedAt: ago(1), atPoliceStation: true, policeStation: allMet }, ['s136A(1) place_of_safety.police_station_child @legal.atPoliceStation']],
    ['no police station, no finding', { atPoliceStation: false }, []],
  ])('%s', (_case, change, expected) => {
    expect(rules(checkPoliceStation({ ...adult, ...change }, now))).toEqual(expected);
  });

  it('s136A(1) quotes the section in the message', () => {
    const [issue] = checkPoliceStation({ ...adult, dateOfBirth: '2012-01-01', atPoliceStation: true, policeStation: allMet }, now);
    expect(issue.message).toBe('s136A(1): A police station may never be used as a place of safety for a person under 18.');
  });

  it('Mental Health Act 2025: no police station at all once commenced', () => {
    const regime = legalRegimeOn('2031-01-01', { policeStationsNoLongerPlacesOfSafety: '2030-06-01' });
    expect(rules(checkPoliceStation({ ...adult, atPoliceStation: true, policeStation: allMet }, now, regime))).toEqual(['Mental Health Act 2025 place_of_safety.police_station @legal.atPoliceStation']);
  });
});

describe('s5(2) and s5(4) hold an in-patient', () => {
  it.each<[string, Partial<ReferralFacts>, string[]]>([
    ['s5(2) on a ward', { situation: 's5_2', locationKind: 'hospital_ward' }, []],
    ['s5(2) referred by A&E liaison for a patient admitted to a ward', { situation: 's5_2', source: 'emergency_department', locationKind: 'hospital_ward' }, []],
    ['s5(2) in the emergency department is refused', { situation: 's5_2', source: 'emergency_department', locationKind: 'emergency_department' }, ['s5(2) holding_power.not_in_patient @locationKind']],
    ['s5(2) at home is refused', { situation: 's5_2', locationKind: 'home' }, ['s5(2) holding_power.not_in_patient @locationKind']],
    ['s5(4) without saying where is refused', { situation: 's5_4' }, ['s5(4) holding_power.location_unstated @locationKind']],
    ['s136 at home is not this rule’s business', { locationKind: 'home' }, []],
  ])('%s', (_case, change, expected) => {
    expect(rules(checkHoldingPowerLocation({ ...adult, ...change }))).toEqual(expected);
  });

  it('explains the emergency department case in words', () => {
    const [issue] = checkHoldingPowerLocation({ ...adult, situation: 's5_2', locationKind: 'emergency_department' });
    expect(issue.message).toContain('not to someone in the emergency department');
  });
});

describe('checkReferralFacts runs every check', () => {
  it('lists each contradiction once', () => {
    const issues = checkReferralFacts({ ...adult, situation: 's5_4', locationKind: 'home', clockStartedAt: ago(9) }, now);
    expect(rules(issues)).toEqual(['s5(4) clock_start.lapsed @legal.clockStartedAt', 's5(4) holding_power.not_in_patient @locationKind']);
  });
});

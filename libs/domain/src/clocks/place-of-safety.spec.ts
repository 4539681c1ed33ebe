import { legalRegimeOn } from '../regime/legal-regime';
import { checkPoliceStationAsPlaceOfSafety, PoliceStationUse } from './place-of-safety';

const allMet: PoliceStationUse = {
  personUnder18: false,
  imminentRiskOfSeriousInjuryOrDeath: true,
  noOtherPlaceOfSafetyReasonablyAvailable: true,
  healthcareProfessionalAvailable: true,
  inspectorAuthorised: true,
};

describe('police station as a place of safety (s136A, Places of Safety Regulations 2017)', () => {
  it('s136A(2) allows an adult when every condition is met and an inspector authorised it', () => {
    expect(checkPoliceStationAsPlaceOfSafety(allMet).violations).toEqual([]);
  });

  it.each<[string, Partial<PoliceStationUse>, string]>([
    ['s136A(1) never for a person under 18', { personUnder18: true }, 'place_of_safety.police_station_child'],
    ['s136A(2) not without an imminent risk of serious injury or death', { imminentRiskOfSeriousInjuryOrDeath: false }, 'place_of_safety.no_imminent_risk'],
    ['s136A(2) not when another place of safety can be used', { noOtherPlaceOfSafetyReasonablyAvailable: false }, 'place_of_safety.other_place_available'],
    ['s136A(2) not without a healthcare professional', { healthcareProfessionalAvailable: false }, 'place_of_safety.no_healthcare_professional'],
    ['s136A(2) not without an inspector’s authorisation', { inspectorAuthorised: false }, 'place_of_safety.not_authorised'],
  ])('%s', (_case, change, rule) => {
    const { violations } = checkPoliceStationAsPlaceOfSafety({ ...allMet, ...change });
    expect(violations.map((v) => v.rule)).toEqual([rule]);
  });

  it('lists every unmet condition at once', () => {
    const { violations } = checkPoliceStationAsPlaceOfSafety({ ...allMet, inspectorAuthorised: false, healthcareProfessionalAvailable: false });
    expect(violations).toHaveLength(2);
  });

  it('Mental Health Act 2025: police stations are no longer places of safety once commenced', () => {
    const regime = legalRegimeOn('2031-01-01', { policeStationsNoLongerPlacesOfSafety: '2030-06-01' });
    expect(checkPoliceStationAsPlaceOfSafety(allMet, regime).violations.map((v) => v.rule)).toEqual(['place_of_safety.police_station']);
  });
});

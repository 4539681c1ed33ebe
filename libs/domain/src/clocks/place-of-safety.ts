import { LegalRegime, MHA_1983_AS_AMENDED } from '../regime/legal-regime';
import { combineChecks, NO_FINDINGS, RuleCheck, violation } from '../rules/rule-violation';

/**
 * The facts that decide whether a police station may be the place of safety (s136A and the
 * Mental Health Act 1983 (Places of Safety) Regulations 2017). Never for anyone under 18; for an
 * adult only when all the conditions hold and an inspector (or above) has authorised it.
 */
export interface PoliceStationUse {
  personUnder18: boolean;
  /** The person's behaviour poses an imminent risk of serious injury or death to themselves or others. */
  imminentRiskOfSeriousInjuryOrDeath: boolean;
  /** No other place of safety can reasonably be expected to be used, because of that risk. */
  noOtherPlaceOfSafetyReasonablyAvailable: boolean;
  /** A healthcare professional will be available to the person so far as reasonably practicable. */
  healthcareProfessionalAvailable: boolean;
  /** Authorised by an officer of the rank of inspector or above. */
  inspectorAuthorised: boolean;
}

const REGS = 's136A(2); Places of Safety Regulations 2017';

export function checkPoliceStationAsPlaceOfSafety(use: PoliceStationUse, regime: LegalRegime = MHA_1983_AS_AMENDED): RuleCheck {
  if (use.personUnder18) {
    return violation('place_of_safety.police_station_child', 's136A(1)', 'A police station may never be used as a place of safety for a person under 18.');
  }
  if (!regime.policeStationMayBePlaceOfSafetyForAdults) {
    return violation('place_of_safety.police_station', 'Mental Health Act 2025', 'Police stations are no longer places of safety.');
  }
  const conditions: Array<[boolean, string, string]> = [
    [use.imminentRiskOfSeriousInjuryOrDeath, 'place_of_safety.no_imminent_risk', 'the person’s behaviour must pose an imminent risk of serious injury or death'],
    [use.noOtherPlaceOfSafetyReasonablyAvailable, 'place_of_safety.other_place_available', 'no other place of safety can reasonably be used'],
    [use.healthcareProfessionalAvailable, 'place_of_safety.no_healthcare_professional', 'a healthcare professional must be available to the person'],
    [use.inspectorAuthorised, 'place_of_safety.not_authorised', 'an inspector or above must authorise it'],
  ];
  return combineChecks(
    NO_FINDINGS,
    ...conditions
      .filter(([met]) => !met)
      .map(([, rule, words]) => violation(rule, REGS, `A police station may be used for an adult only if ${words}.`)),
  );
}

import { isLondonDate, LondonDate, londonDateOf } from '../time/london-time';

/**
 * Which version of the law applies on a given day. The Mental Health Act 2025 (Royal Assent
 * 18 December 2025) amends the 1983 Act in stages by commencement regulations over 8–10 years,
 * so each reform is switched on by its own commencement date. With no dates configured the
 * rules are today's: the Mental Health Act 1983 as amended (by the 2007 Act and others).
 */

/** Who speaks for the patient in Part 2: the s26 nearest relative, or the patient's nominated person (MHA 2025 s24). */
export type PatientRepresentativeKind = 'nearest_relative' | 'nominated_person';

/**
 * Commencement dates (London dates, inclusive) of the parts of the Mental Health Act 2025 that
 * change what AMHP Hub checks. Leave a date out until the regulations commencing it are made.
 */
export interface Mha2025Commencements {
  /** MHA 2025 ss24-25: nominated person replaces the nearest relative; s11(4)-(4C) as substituted. */
  nominatedPerson?: LondonDate;
  /** MHA 2025 s29: s3 lasts up to 3 months, renewable for 3, then 6, then yearly. */
  detentionPeriods?: LondonDate;
  /** Police stations stop being places of safety for anyone. */
  policeStationsNoLongerPlacesOfSafety?: LondonDate;
}

/** The rules in force on a day, as the checks read them. */
export interface LegalRegime {
  /** The reforms in force, for display ("Mental Health Act 1983 as amended" when none). */
  description: string;
  patientRepresentative: PatientRepresentativeKind;
  /** s2(4): "a period not exceeding 28 days beginning with the day on which he is admitted" (unchanged by the 2025 Act). */
  s2PeriodDays: number;
  /** s20(1): the first period of an admission for treatment, in calendar months. */
  s3FirstPeriodMonths: number;
  /** Whether a police station may be used as a place of safety for an adult in the cases the 2017 Regulations allow. */
  policeStationMayBePlaceOfSafetyForAdults: boolean;
}

export const MHA_1983_AS_AMENDED: LegalRegime = {
  description: 'Mental Health Act 1983 as amended',
  patientRepresentative: 'nearest_relative',
  s2PeriodDays: 28,
  s3FirstPeriodMonths: 6,
  policeStationMayBePlaceOfSafetyForAdults: true,
};

/** Today's law: nothing of the Mental Health Act 2025 that AMHP Hub checks has been commenced. */
export const NO_MHA_2025_COMMENCEMENTS: Mha2025Commencements = {};

/** The rules in force on a day (an instant is read as its London date). */
export function legalRegimeOn(day: LondonDate | Date, commencements: Mha2025Commencements = NO_MHA_2025_COMMENCEMENTS): LegalRegime {
  const date = typeof day === 'string' ? day : londonDateOf(day);
  const inForce = (commencement: LondonDate | undefined): boolean => {
    if (commencement === undefined) return false;
    if (!isLondonDate(commencement)) throw new RangeError(`Commencement date must be YYYY-MM-DD: ${commencement}`);
    return date >= commencement;
  };
  const reforms: string[] = [];
  const regime: LegalRegime = { ...MHA_1983_AS_AMENDED };
  if (inForce(commencements.nominatedPerson)) {
    regime.patientRepresentative = 'nominated_person';
    reforms.push('nominated person');
  }
  if (inForce(commencements.detentionPeriods)) {
    regime.s3FirstPeriodMonths = 3;
    reforms.push('shorter detention periods');
  }
  if (inForce(commencements.policeStationsNoLongerPlacesOfSafety)) {
    regime.policeStationMayBePlaceOfSafetyForAdults = false;
    reforms.push('police stations no longer places of safety');
  }
  if (reforms.length > 0) regime.description = `Mental Health Act 1983 as amended, with the Mental Health Act 2025 (${reforms.join(', ')})`;
  return regime;
}

import { LondonDate } from '../time/london-time';

/**
 * How someone is related to the patient, in the terms of s26. Half-blood relations are entered
 * under the same relationship with `halfBlood` set (s26(2)); adoptive relations count as natural
 * ones; step-relatives and friends are "not a relative".
 */
export const S26_RELATIONSHIPS = {
  spouse_or_civil_partner: { label: 'husband, wife or civil partner', rank: 0, paragraph: 's26(1)(a)' },
  cohabiting_partner: { label: 'partner living with the patient as if married or in a civil partnership', rank: 0, paragraph: 's26(1)(a), s26(6)' },
  son_or_daughter: { label: 'son or daughter', rank: 1, paragraph: 's26(1)(b)' },
  father_or_mother: { label: 'father or mother', rank: 2, paragraph: 's26(1)(c)' },
  brother_or_sister: { label: 'brother or sister', rank: 3, paragraph: 's26(1)(d)' },
  grandparent: { label: 'grandparent', rank: 4, paragraph: 's26(1)(e)' },
  grandchild: { label: 'grandchild', rank: 5, paragraph: 's26(1)(f)' },
  uncle_or_aunt: { label: 'uncle or aunt', rank: 6, paragraph: 's26(1)(g)' },
  nephew_or_niece: { label: 'nephew or niece', rank: 7, paragraph: 's26(1)(h)' },
  lives_with_patient: { label: 'person (not a relative) the patient has lived with for five years or more', rank: 8, paragraph: 's26(7)' },
  not_a_relative: { label: 'not a relative under s26 (e.g. a step-relative or friend)', rank: null, paragraph: 's26(1)' },
} as const;

export type S26Relationship = keyof typeof S26_RELATIONSHIPS;
export const S26_RELATIONSHIP_CODES = Object.keys(S26_RELATIONSHIPS) as S26Relationship[];

/** A relative (or other person close to the patient) as recorded for identifying the nearest relative. */
export interface Relative {
  id: string;
  relationship: S26Relationship;
  /** Needed to tell who is the elder and who is under 18; unknown ages are flagged, never guessed. */
  dateOfBirth?: LondonDate | null;
  /** A relationship of the half blood (a half-brother, a half-aunt...): whole blood is preferred (s26(3)). */
  halfBlood?: boolean;
  /**
   * The patient ordinarily resides with or is cared for by this person (or did, before admission
   * if now an in-patient): s26(4) prefers them over every other relative.
   */
  livesWithOrCaresForPatient: boolean;
  /** Ordinarily resident in the United Kingdom, the Channel Islands or the Isle of Man (s26(5)(a)). */
  ordinarilyResidentInUk: boolean;
  /** Husband, wife, civil partner or partner permanently separated from, or deserted by or deserting, the patient (s26(5)(b)). */
  permanentlySeparatedOrDeserted?: boolean;
  /** Cohabiting partner (six months, s26(6)) or non-relative (five years, s26(7)): since when they have lived together. */
  livingWithPatientSince?: LondonDate | null;
  /** When they stopped living together because the patient was admitted (the s26(6)/(7) period is counted up to then). */
  livingWithPatientUntil?: LondonDate | null;
  /** The relationship runs through a father who has no parental responsibility for the patient, so it does not count (s26(2)(b)). */
  throughFatherWithoutParentalResponsibility?: boolean;
  /** Any other reason this person cannot be the nearest relative, e.g. displaced by a county court order (s29). */
  excludedReason?: string | null;
}

/** What s26 needs to know about the patient. */
export interface PatientForNearestRelative {
  /** Ordinarily resident in the UK, Channel Islands or Isle of Man: if so, relatives who are not are passed over (s26(5)(a)). */
  ordinarilyResidentInUk: boolean;
  /** The day on which the nearest relative is identified (ages and periods of living together are counted to it). */
  on: LondonDate | Date;
}

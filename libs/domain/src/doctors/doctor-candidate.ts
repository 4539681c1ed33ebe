import { Assessor } from '../conflicts/conflicts-of-interest';
import { ConflictOfInterestFacts } from '../conflicts/conflict-facts';
import { DoctorAvailability } from './doctor-availability';
import { DoctorSex, DoctorSpecialism } from './doctor-directory';
import { S12Approval, S12Standing } from './s12-approval';

/**
 * The two places for a doctor on an s2 or s3 assessment: one recommendation must come from an
 * s12-approved doctor (s12(2)); the other may come from any registered medical practitioner,
 * ideally one with previous acquaintance with the person. An s4 application needs only one
 * recommendation, from any doctor: rank for the `second` slot.
 */
export const DOCTOR_SLOTS = {
  s12: 'The s12-approved doctor (s12(2))',
  second: 'The second doctor',
} as const;
export type DoctorSlot = keyof typeof DOCTOR_SLOTS;

/** What AMHP Hub knows about a doctor it might invite, gathered by the caller (no personal data needed). */
export interface DoctorCandidate {
  doctorId: string;
  /** A registered medical practitioner (only they may recommend); default true. */
  registered?: boolean;
  approvals: readonly S12Approval[];
  /** The doctor's declared availability; null or absent when they have declared none. */
  availability?: DoctorAvailability | null;
  /** Knew the person before (from earlier cases, as their GP or treating psychiatrist). */
  previousAcquaintance?: boolean;
  /** Postcode districts the doctor covers ("M1", "SW1A", or "SW1" for all of SW1A, SW1E, ...). */
  coveredDistricts?: readonly string[];
  /** Travel distance to the place of assessment, from the caller's distance function; null if unknown. */
  travelDistanceMiles?: number | null;
  languages?: readonly string[];
  sex?: DoctorSex | null;
  specialisms?: readonly DoctorSpecialism[];
  /** Invitations the doctor has not yet answered, on any case. */
  openInvitations?: number;
  /** Facts for the Mental Health (Conflicts of Interest) (England) Regulations 2008. */
  conflicts?: ConflictOfInterestFacts;
  /** Already one of the doctors on this assessment (invited and accepted, or recorded). */
  alreadyOnCase?: boolean;
}

/** What the assessment needs from the doctor being sought. */
export interface SlotNeeds {
  slot: DoctorSlot;
  /** When the assessment is proposed: approval and availability are judged at this instant. */
  proposedAt: Date;
  /** The postcode district of the place of assessment ("M1"), or a full postcode. */
  placeDistrict?: string | null;
  /** Languages the person needs the doctor to speak (besides English), e.g. ["Polish"], ["BSL"]. */
  languages?: readonly string[];
  /** The person asked for a doctor of this sex. */
  requestedSex?: DoctorSex | null;
  /** A child or young person (Code of Practice chapter 19) or an older adult: a specialist is preferred. */
  ageGroup?: 'child' | 'older_adult' | null;
  /** The person has a learning disability (Code of Practice chapter 20). */
  learningDisability?: boolean;
  /** Other specialisms wanted (e.g. eating disorders, forensic). */
  specialisms?: readonly DoctorSpecialism[];
  /** Ranking for the second slot while the s12 slot is still open: s12-approved doctors come first. */
  s12SlotOpen?: boolean;
  /** The AMHP on the case and the doctors already on it, for the conflicts of interest check. */
  amhp?: Assessor | null;
  otherDoctors?: readonly Assessor[];
  /** The urgent-case exception (lifts only the "all three in one team" conflict). */
  urgentCaseReason?: string | null;
}

export type CandidateReasonCode =
  | 'not_registered'
  | 'already_on_case'
  | 's12_approved'
  | 'approved_clinician'
  | 's12_lapsed'
  | 's12_not_yet_approved'
  | 's12_never_approved'
  | 's12_ends_on_the_day'
  | 'conflict_of_interest'
  | 'conflict_urgent_exception'
  | 'available'
  | 'availability_not_declared'
  | 'not_available'
  | 'previous_acquaintance'
  | 'covers_district'
  | 'outside_districts'
  | 'travel_distance'
  | 'speaks_language'
  | 'language_not_spoken'
  | 'requested_sex'
  | 'not_requested_sex'
  | 'specialism'
  | 'specialism_missing'
  | 'open_invitations';

/** rules_out: cannot fill the slot; favours / counts_against: moves the doctor up or down; note: for the AMHP's information. */
export type CandidateReasonEffect = 'rules_out' | 'favours' | 'counts_against' | 'note';

export interface CandidateReason {
  code: CandidateReasonCode;
  effect: CandidateReasonEffect;
  text: string;
  /** Where the rule comes from, when it comes from the Act or the Regulations. */
  section?: string;
}

export type CandidateAvailability = 'available' | 'not_declared' | 'not_available';

export interface RankedDoctor {
  doctorId: string;
  /** 1-based place in the whole list (eligible doctors first). */
  position: number;
  /** 1-based rank among the eligible; null when ruled out. */
  rank: number | null;
  eligible: boolean;
  /** How the doctor stands under s12 at the proposed time. */
  s12: S12Standing;
  availability: CandidateAvailability;
  /** When not available, the next time they are (within two weeks). */
  nextAvailableAt: Date | null;
  previousAcquaintance: boolean;
  /** Covers the place's district; null when the place is not known. */
  coversPlace: boolean | null;
  travelDistanceMiles: number | null;
  /** Of the person's needs asked about (language, sex, each specialism), how many the doctor meets. */
  needsMet: number;
  needsAsked: number;
  openInvitations: number;
  /** Everything that rules the doctor out (empty when eligible). */
  ruledOut: CandidateReason[];
  /** Everything else that placed the doctor where they are, in the order the ranking weighs them. */
  reasons: CandidateReason[];
}

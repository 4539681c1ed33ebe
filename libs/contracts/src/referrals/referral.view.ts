import { LegalSituation, LocationKind, ReferralSource, SituationWithClock, Urgency, EthnicCategoryCode } from '@amhp/domain';
import type { AssessmentStage, ShiftKind } from '@amhp/domain';
import type { ClockView } from '../clocks/clock.view';
import { Sex } from './referral.schema';

export type ReferralStatus = 'open' | 'closed';

/** The deadline a referral is under, as the board shows it counting down. */
export interface DeadlineView {
  power: SituationWithClock;
  label: string;
  startsAt: string;
  expiresAt: string;
}

/** A police station used as the place of safety: the Regulations' conditions and the inspector's authorisation (s136A(2)). */
export interface PoliceStationView {
  imminentRiskOfSeriousInjuryOrDeath: boolean;
  noOtherPlaceOfSafetyReasonablyAvailable: boolean;
  healthcareProfessionalAvailable: boolean;
  inspectorAuthorised: boolean;
  authorisedBy: string | null;
}

/** A referral as the API returns it. Instants are ISO 8601 in UTC. */
export interface ReferralView {
  id: string;
  /** Short human reference used on the phone, e.g. "R-2026-00042". */
  reference: string;
  status: ReferralStatus;
  version: number;
  receivedAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedReason: string | null;
  person: {
    givenName: string;
    familyName: string;
    dateOfBirth: string;
    nhsNumber: string | null;
    sex: Sex;
    ethnicCategory: EthnicCategoryCode;
    address: string;
    postcode: string;
    council: string;
  };
  source: { kind: ReferralSource; referrerName: string; referrerContact: string };
  legal: {
    situation: LegalSituation;
    clockStartedAt: string | null;
    placeOfSafety: string | null;
    details: string | null;
    /** The start is so long ago the power would have lapsed, and the AMHP confirmed it. */
    clockStartConfirmed: boolean;
    /** s136/s135(1): the place of safety is a police station (s136A); null when not said. */
    atPoliceStation: boolean | null;
    /** The conditions of the Places of Safety Regulations 2017, as recorded. */
    policeStation: PoliceStationView | null;
  };
  currentLocation: string;
  /** Where the person is, in the rules' terms; null on older referrals. */
  locationKind: LocationKind | null;
  reason: string;
  risks: {
    violence: boolean;
    weapons: boolean;
    childrenOrVulnerableAdults: boolean;
    substanceUse: boolean;
    medicalNeeds: boolean;
    notes: string | null;
  };
  urgency: Urgency;
  deadline: DeadlineView | null;
  /** The referral's assessment (issue 3): one per referral. */
  assessmentId?: string;
  /** The assessment's version (it moves on with every command and record). */
  assessmentVersion?: number;
  /** Where the assessment has got to, for the board. */
  stage?: AssessmentStage;
  /** The running clock that expires first, or null when none runs. */
  mostUrgentClock?: ClockView | null;
  /** The day team whose area the referral is in (issue 5); null on referrals recorded before teams existed. */
  teamId?: string | null;
  /** The team responsible now: the day team in hours, its EDT out of hours (null without a team). */
  dutyTeam?: { id: string; name: string; kind: ShiftKind } | null;
  /** The AMHP the assessment is allocated to, if any. */
  allocatedAmhp?: { id: string; name: string } | null;
}

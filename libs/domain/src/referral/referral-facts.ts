import { s2Clock } from '../clocks/detention-clocks';
import { checkPoliceStationAsPlaceOfSafety, PoliceStationUse } from '../clocks/place-of-safety';
import { LegalRegime, MHA_1983_AS_AMENDED } from '../regime/legal-regime';
import { hasAttainedAge } from '../time/london-calendar';
import { formatLondonDateTime } from '../time/london-format';
import { DAY_MS, HOUR_MS, LondonDate, londonDateOf } from '../time/london-time';
import { LegalSituation } from './legal-situation';
import { ReferralSource } from './referral-source';

/** Where the person is when referred, in the terms the rules need (the free-text location says more). */
export const LOCATION_KINDS = {
  hospital_ward: 'Hospital ward (in-patient)',
  emergency_department: 'Emergency department (A&E)',
  place_of_safety: 'Health-based place of safety',
  police_station: 'Police station',
  home: 'At home',
  community: 'Elsewhere in the community',
  other: 'Other',
} as const;
export type LocationKind = keyof typeof LOCATION_KINDS;
export const LOCATION_KIND_CODES = Object.keys(LOCATION_KINDS) as LocationKind[];

/** The conditions for holding an adult at a police station (Places of Safety Regulations 2017), as the referral records them. */
export type PoliceStationConditions = Omit<PoliceStationUse, 'personUnder18'>;

/** What a referral says that the rules can check against each other. */
export interface ReferralFacts {
  situation: LegalSituation;
  source: ReferralSource;
  dateOfBirth: LondonDate;
  locationKind?: LocationKind | null;
  clockStartedAt?: Date | null;
  /** The AMHP confirms a start long enough ago that the power would already have lapsed. */
  clockStartConfirmed?: boolean;
  /** s136/s135(1): the place of safety is a police station (undefined: not said). */
  atPoliceStation?: boolean;
  placeOfSafety?: string | null;
  policeStation?: PoliceStationConditions | null;
}

/** A contradiction or a refused fact, on the request field it concerns; `section` where the Act fixes it. */
export interface ReferralFactIssue {
  field: string;
  rule: string;
  section: string | null;
  message: string;
}

/** Times keyed on another device may run a few minutes ahead of the server. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** However confirmed, a start more than a year ago cannot be a power still to be assessed. */
const OLDEST_START_MS = 366 * DAY_MS;

const START_LABEL: Partial<Record<LegalSituation, string>> = {
  s136: 'The arrival at the place of safety',
  s135_1: 'The arrival at the place of safety',
  s5_2: 'The s5(2) report',
  s5_4: 'The nurse’s s5(4) record',
  s2_detained: 'The s2 admission',
};

/**
 * The latest moment the power on referral could still be running, at its longest: s136 and
 * s135(1) 24 hours plus the one s136B extension of 12; s5(4) six hours; s5(2) 72; s2 28 days
 * beginning with the admission day. A start before that is probably mistyped (1970, a wrong
 * year), and would raise an expiry alert the moment it is saved.
 */
export function latestPossibleEnd(situation: LegalSituation, startedAt: Date): { endsAt: Date; section: string } | null {
  const after = (hours: number) => new Date(startedAt.getTime() + hours * HOUR_MS);
  switch (situation) {
    case 's136':
      return { endsAt: after(36), section: 's136(2A), s136B' };
    case 's135_1':
      return { endsAt: after(36), section: 's135(3ZA), s136B' };
    case 's5_4':
      return { endsAt: after(6), section: 's5(4)' };
    case 's5_2':
      return { endsAt: after(72), section: 's5(2)' };
    case 's2_detained':
      return { endsAt: s2Clock(startedAt).expiresAt, section: 's2(4)' };
    default:
      return null;
  }
}

/** The start of the power on referral: not in the future, not before the person was born, not implausibly long ago unless confirmed. */
export function checkClockStart(facts: ReferralFacts, now: Date): ReferralFactIssue[] {
  const start = facts.clockStartedAt;
  if (!start) return [];
  const issue = (rule: string, section: string | null, message: string): ReferralFactIssue[] => [{ field: 'legal.clockStartedAt', rule, section, message }];
  const label = START_LABEL[facts.situation] ?? 'The start of the holding power';
  if (start.getTime() > now.getTime() + CLOCK_SKEW_MS) return issue('clock_start.future', null, 'Start of the holding power cannot be in the future');
  if (londonDateOf(start) < facts.dateOfBirth) return issue('clock_start.before_birth', null, `${label} cannot be before the person’s date of birth`);
  if (now.getTime() - start.getTime() > OLDEST_START_MS) {
    return issue('clock_start.too_old', null, `${label} is more than a year ago (${formatLondonDateTime(start)}): check the date, it cannot be a power still to be assessed`);
  }
  const end = latestPossibleEnd(facts.situation, start);
  if (!end || end.endsAt > now || facts.clockStartConfirmed) return [];
  return issue(
    'clock_start.lapsed',
    end.section,
    `${label} was ${formatLondonDateTime(start)}: the power would have ended by ${formatLondonDateTime(end.endsAt)} (${end.section}). Check the date and time; if they are right, confirm them and the board will show the power as lapsed`,
  );
}

/** s136A: a police station as the place of safety — never for a child; for an adult only as the 2017 Regulations allow. */
export function checkPoliceStation(facts: ReferralFacts, now: Date, regime: LegalRegime = MHA_1983_AS_AMENDED): ReferralFactIssue[] {
  if (facts.situation !== 's136' && facts.situation !== 's135_1') return [];
  const issues: ReferralFactIssue[] = [];
  const looksLikePoliceStation = /\b(police|custody)\b/i.test(facts.placeOfSafety ?? '');
  if (facts.atPoliceStation === undefined && (looksLikePoliceStation || facts.locationKind === 'police_station')) {
    issues.push({
      field: 'legal.atPoliceStation',
      rule: 'place_of_safety.police_station_unstated',
      section: 's136A',
      message: 's136A: say whether the place of safety is a police station (it may never be for a child, and for an adult only in the circumstances the 2017 Regulations allow)',
    });
  }
  if (facts.atPoliceStation === false && facts.locationKind === 'police_station') {
    issues.push({ field: 'legal.atPoliceStation', rule: 'place_of_safety.contradiction', section: null, message: 'The person is at a police station: record it as the place of safety, with the conditions for using it' });
  }
  if (!facts.atPoliceStation) return issues;
  const on = facts.clockStartedAt ?? now;
  const conditions = facts.policeStation ?? { imminentRiskOfSeriousInjuryOrDeath: false, noOtherPlaceOfSafetyReasonablyAvailable: false, healthcareProfessionalAvailable: false, inspectorAuthorised: false };
  const check = checkPoliceStationAsPlaceOfSafety({ personUnder18: !hasAttainedAge(facts.dateOfBirth, 18, on), ...conditions }, regime);
  const fieldOf: Record<string, string> = {
    'place_of_safety.police_station_child': 'legal.atPoliceStation',
    'place_of_safety.police_station': 'legal.atPoliceStation',
    'place_of_safety.no_imminent_risk': 'legal.policeStation.imminentRiskOfSeriousInjuryOrDeath',
    'place_of_safety.other_place_available': 'legal.policeStation.noOtherPlaceOfSafetyReasonablyAvailable',
    'place_of_safety.no_healthcare_professional': 'legal.policeStation.healthcareProfessionalAvailable',
    'place_of_safety.not_authorised': 'legal.policeStation.inspectorAuthorised',
  };
  return [...issues, ...check.violations.map((v) => ({ field: fieldOf[v.rule] ?? 'legal.atPoliceStation', rule: v.rule, section: v.section, message: `${v.section}: ${v.message}` }))];
}

/**
 * s5(2) and s5(4) hold an in-patient: not someone in the emergency department (who has not been
 * admitted), at home, in the community, or held by the police.
 */
export function checkHoldingPowerLocation(facts: ReferralFacts): ReferralFactIssue[] {
  if (facts.situation !== 's5_2' && facts.situation !== 's5_4') return [];
  const section = facts.situation === 's5_2' ? 's5(2)' : 's5(4)';
  if (!facts.locationKind) {
    return [{ field: 'locationKind', rule: 'holding_power.location_unstated', section, message: `${section}: say where the person is now; the holding power applies only to a hospital in-patient` }];
  }
  if (facts.locationKind === 'hospital_ward') return [];
  const where = LOCATION_KINDS[facts.locationKind].toLowerCase();
  const message =
    facts.locationKind === 'emergency_department'
      ? `${section}: the holding power applies only to a hospital in-patient, not to someone in the emergency department; if the person has been admitted to a ward, say so under where the person is now`
      : `${section}: the holding power applies only to a hospital in-patient; the person is recorded as "${where}"`;
  return [{ field: 'locationKind', rule: 'holding_power.not_in_patient', section, message }];
}

/** Every check of a referral's facts against each other; empty when they agree. */
export function checkReferralFacts(facts: ReferralFacts, now: Date, regime: LegalRegime = MHA_1983_AS_AMENDED): ReferralFactIssue[] {
  return [...checkClockStart(facts, now), ...checkHoldingPowerLocation(facts), ...checkPoliceStation(facts, now, regime)];
}

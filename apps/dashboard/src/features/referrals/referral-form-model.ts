import { createReferralSchema, CreateReferralInput, FieldIssue, toFieldIssues } from '@amhp/contracts';
import { LegalSituation, latestPossibleEnd, situationHasStart } from '@amhp/domain';
import { londonLocalToUtc } from '../../lib/london-time';

/**
 * The new-referral form keeps every text control under the dotted path the API uses in its
 * 400 issues ('person.nhsNumber'), so a message from either side lands on the same field.
 */
export const TEXT_FIELDS = [
  'person.givenName',
  'person.familyName',
  'person.dateOfBirth',
  'person.nhsNumber',
  'person.sex',
  'person.ethnicCategory',
  'person.address',
  'person.postcode',
  'person.council',
  'source.kind',
  'source.referrerName',
  'source.referrerContact',
  'legal.situation',
  'legal.clockStartedAt',
  'legal.placeOfSafety',
  'legal.details',
  'legal.atPoliceStation',
  'legal.policeStation.authorisedBy',
  'currentLocation',
  'locationKind',
  'reason',
  'risks.notes',
  'urgency',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const RISK_FLAGS = ['violence', 'weapons', 'childrenOrVulnerableAdults', 'substanceUse', 'medicalNeeds'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export const RISK_LABELS: Record<RiskFlag, string> = {
  violence: 'Violence',
  weapons: 'Weapons',
  childrenOrVulnerableAdults: 'Children or vulnerable adults present',
  substanceUse: 'Substance use',
  medicalNeeds: 'Medical needs',
};

/** The conditions for holding an adult at a police station (Places of Safety Regulations 2017, s136A(2)). */
export const POLICE_STATION_CONDITIONS = ['imminentRiskOfSeriousInjuryOrDeath', 'noOtherPlaceOfSafetyReasonablyAvailable', 'healthcareProfessionalAvailable', 'inspectorAuthorised'] as const;
export type PoliceStationCondition = (typeof POLICE_STATION_CONDITIONS)[number];

export const POLICE_STATION_LABELS: Record<PoliceStationCondition, string> = {
  imminentRiskOfSeriousInjuryOrDeath: 'The person’s behaviour poses an imminent risk of serious injury or death',
  noOtherPlaceOfSafetyReasonablyAvailable: 'Because of that risk, no other place of safety can reasonably be used',
  healthcareProfessionalAvailable: 'A healthcare professional is available to the person',
  inspectorAuthorised: 'An inspector (or above) authorised it',
};

/** On the night the clocks go back, 01:00–01:59 happens twice: which one was meant. */
export type ClockFold = 'first' | 'second';

export interface ReferralFormValues {
  /** Text as typed. `legal.clockStartedAt` is a London `datetime-local` value. */
  text: Record<TextField, string>;
  risks: Record<RiskFlag, boolean>;
  clockFold: ClockFold;
  /** The police station conditions ticked (s136A(2)). */
  policeStation: Record<PoliceStationCondition, boolean>;
  /** The AMHP confirms a start time so long ago that the power would have lapsed. */
  clockStartConfirmed: boolean;
}

export function emptyReferralForm(): ReferralFormValues {
  return {
    text: Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>,
    risks: Object.fromEntries(RISK_FLAGS.map((f) => [f, false])) as Record<RiskFlag, boolean>,
    clockFold: 'first',
    policeStation: Object.fromEntries(POLICE_STATION_CONDITIONS.map((c) => [c, false])) as Record<PoliceStationCondition, boolean>,
    clockStartConfirmed: false,
  };
}

const blankToUndefined = (v: string) => (v.trim() === '' ? undefined : v);

/**
 * What the API receives, and any issue found turning London wall-clock input into a UTC
 * instant (a time the clocks skip cannot be a real arrival time).
 */
export function toReferralInput(values: ReferralFormValues): { input: CreateReferralInput; issues: FieldIssue[] } {
  const t = values.text;
  const issues: FieldIssue[] = [];
  const situation = t['legal.situation'] as LegalSituation;
  const atPoliceStation = t['legal.atPoliceStation'] === 'yes' ? true : t['legal.atPoliceStation'] === 'no' ? false : undefined;

  let clockStartedAt: string | undefined;
  if (situation && situationHasStart(situation) && t['legal.clockStartedAt'].trim() !== '') {
    const converted = londonLocalToUtc(t['legal.clockStartedAt']);
    if (converted.kind === 'ok') clockStartedAt = converted.iso;
    else if (converted.kind === 'ambiguous') clockStartedAt = values.clockFold === 'first' ? converted.first : converted.second;
    else if (converted.kind === 'nonexistent') {
      issues.push({
        field: 'legal.clockStartedAt',
        message: 'That time does not exist in London: the clocks went forward an hour at 01:00 that night. Check the time.',
      });
    } else issues.push({ field: 'legal.clockStartedAt', message: 'Enter a date and a time, e.g. 25/11/2026 14:30' });
  }

  const input = {
    person: {
      givenName: t['person.givenName'],
      familyName: t['person.familyName'],
      dateOfBirth: t['person.dateOfBirth'],
      nhsNumber: blankToUndefined(t['person.nhsNumber']),
      sex: t['person.sex'],
      ethnicCategory: t['person.ethnicCategory'],
      address: t['person.address'],
      postcode: t['person.postcode'],
      council: t['person.council'],
    },
    source: { kind: t['source.kind'], referrerName: t['source.referrerName'], referrerContact: t['source.referrerContact'] },
    legal: {
      situation,
      clockStartedAt,
      placeOfSafety: blankToUndefined(t['legal.placeOfSafety']),
      details: blankToUndefined(t['legal.details']),
      ...(clockStartedAt && values.clockStartConfirmed && startLongAgo(situation, clockStartedAt) ? { clockStartConfirmed: true } : {}),
      ...(hasPlaceOfSafety(situation) && atPoliceStation !== undefined ? { atPoliceStation } : {}),
      ...(hasPlaceOfSafety(situation) && atPoliceStation
        ? { policeStation: { ...values.policeStation, authorisedBy: blankToUndefined(t['legal.policeStation.authorisedBy']) } }
        : {}),
    },
    currentLocation: t['currentLocation'],
    locationKind: blankToUndefined(t['locationKind']),
    reason: t['reason'],
    risks: { ...values.risks, notes: blankToUndefined(t['risks.notes']) },
    urgency: t['urgency'],
  } as CreateReferralInput; // selects hold '' until chosen; the schema refuses those by name
  return { input, issues };
}

/** s136 and s135(1) take the person to a place of safety (s136A: which may be a police station only as the Regulations allow). */
export const hasPlaceOfSafety = (situation: LegalSituation | '') => situation === 's136' || situation === 's135_1';

/** The start is longer ago than the power could still run (libs/domain latestPossibleEnd): the AMHP must confirm it. */
export function startLongAgo(situation: LegalSituation | '', clockStartedAt: string | undefined, now = Date.now()): boolean {
  if (!situation || !clockStartedAt) return false;
  const end = latestPossibleEnd(situation, new Date(clockStartedAt));
  return !!end && end.endsAt.getTime() <= now;
}

export type FormValidation = { ok: true; input: CreateReferralInput } | { ok: false; issues: FieldIssue[] };

/** The same schema the API validates with, so the messages are the API's, word for word. */
export function validateReferralForm(values: ReferralFormValues): FormValidation {
  const { input, issues: conversionIssues } = toReferralInput(values);
  const parsed = createReferralSchema.safeParse(input);
  // The form asks the s136A question outright, so that a police station is never passed over by leaving it blank.
  if (hasPlaceOfSafety(values.text['legal.situation'] as LegalSituation) && values.text['legal.atPoliceStation'] === '') {
    conversionIssues.push({ field: 'legal.atPoliceStation', message: 'Say whether the place of safety is a police station (s136A)' });
  }
  const converted = new Set(conversionIssues.map((i) => i.field));
  const schemaIssues = parsed.success ? [] : toFieldIssues(parsed.error).filter((i) => !converted.has(i.field));
  const issues = [...conversionIssues, ...schemaIssues];
  return issues.length === 0 ? { ok: true, input } : { ok: false, issues };
}

/** The first message for each field, for showing next to it. */
export function messagesByField(issues: FieldIssue[]): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const issue of issues) out[issue.field] ??= issue.message;
  return out;
}

/** The element id of a field's control, so the error summary can link to it. */
export const fieldId = (field: string) => `field-${field.replace(/\./g, '-')}`;

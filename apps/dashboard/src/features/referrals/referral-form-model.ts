import { createReferralSchema, CreateReferralInput, FieldIssue, toFieldIssues } from '@amhp/contracts';
import { LegalSituation, situationHasStart } from '@amhp/domain';
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
  'currentLocation',
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

/** On the night the clocks go back, 01:00–01:59 happens twice: which one was meant. */
export type ClockFold = 'first' | 'second';

export interface ReferralFormValues {
  /** Text as typed. `legal.clockStartedAt` is a London `datetime-local` value. */
  text: Record<TextField, string>;
  risks: Record<RiskFlag, boolean>;
  clockFold: ClockFold;
}

export function emptyReferralForm(): ReferralFormValues {
  return {
    text: Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>,
    risks: Object.fromEntries(RISK_FLAGS.map((f) => [f, false])) as Record<RiskFlag, boolean>,
    clockFold: 'first',
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
    },
    currentLocation: t['currentLocation'],
    reason: t['reason'],
    risks: { ...values.risks, notes: blankToUndefined(t['risks.notes']) },
    urgency: t['urgency'],
  } as CreateReferralInput; // selects hold '' until chosen; the schema refuses those by name
  return { input, issues };
}

export type FormValidation = { ok: true; input: CreateReferralInput } | { ok: false; issues: FieldIssue[] };

/** The same schema the API validates with, so the messages are the API's, word for word. */
export function validateReferralForm(values: ReferralFormValues): FormValidation {
  const { input, issues: conversionIssues } = toReferralInput(values);
  const parsed = createReferralSchema.safeParse(input);
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

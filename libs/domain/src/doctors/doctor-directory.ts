/**
 * The doctors directory's vocabulary: what AMHP Hub records about a doctor AMHPs call on for
 * medical recommendations (shared/domain.md, "Doctors, beds and conveyance").
 */

/**
 * A GMC reference number: seven digits. The GMC publishes no check digit, so only the form
 * is checked; the register itself is the proof of registration.
 */
export function isValidGmcNumber(input: string): boolean {
  return normaliseGmcNumber(input) !== null;
}

/** "GMC 123 4567", "gmc1234567", " 1234567 " → "1234567"; null when it is not seven digits. */
export function normaliseGmcNumber(input: string): string | null {
  const digits = input.trim().replace(/^gmc[\s:#-]*/i, '').replace(/[\s-]/g, '');
  return /^\d{7}$/.test(digits) ? digits : null;
}

/** Areas of practice the AMHP may look for (Code of Practice chapters 19 and 20 for children and learning disability). */
export const DOCTOR_SPECIALISMS = {
  general_adult: 'General adult psychiatry',
  children_and_young_people: 'Children and young people (CAMHS)',
  older_adults: 'Older adults',
  learning_disability: 'Learning disability',
  forensic: 'Forensic psychiatry',
  eating_disorders: 'Eating disorders',
} as const;
export type DoctorSpecialism = keyof typeof DOCTOR_SPECIALISMS;
export const DOCTOR_SPECIALISM_CODES = Object.keys(DOCTOR_SPECIALISMS) as DoctorSpecialism[];

/** How a doctor wants to be asked to examine: invitations go out on these channels. */
export const DOCTOR_CONTACT_CHANNELS = {
  email: 'Email',
  sms: 'Text message',
  phone: 'Phone call',
} as const;
export type DoctorContactChannel = keyof typeof DOCTOR_CONTACT_CHANNELS;
export const DOCTOR_CONTACT_CHANNEL_CODES = Object.keys(DOCTOR_CONTACT_CHANNELS) as DoctorContactChannel[];

/** A doctor's sex, recorded so that a person's request for a doctor of a given sex can be met. */
export const DOCTOR_SEXES = {
  female: 'Female',
  male: 'Male',
} as const;
export type DoctorSex = keyof typeof DOCTOR_SEXES;
export const DOCTOR_SEX_CODES = Object.keys(DOCTOR_SEXES) as DoctorSex[];

/**
 * Who employs the doctor. A trust-employed doctor examining within their contracted duties is
 * paid by the trust, not by an assessment fee (see fee-claims.ts).
 */
export const EMPLOYER_KINDS = {
  trust: 'NHS trust',
  independent: 'Independent (GP, locum or private practice)',
} as const;
export type EmployerKind = keyof typeof EMPLOYER_KINDS;
export const EMPLOYER_KIND_CODES = Object.keys(EMPLOYER_KINDS) as EmployerKind[];

/** Languages are compared without case or surrounding spaces ("Polish", "polish ", "POLISH" are one). */
export function normaliseLanguage(language: string): string {
  return language.trim().toLowerCase();
}

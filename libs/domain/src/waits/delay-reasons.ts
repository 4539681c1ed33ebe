/**
 * Why an assessment, admission or conveyance was delayed: the standard list that AMHP services
 * are asked about (FOI templates, the AMHP Leads Network), so that delays can be counted.
 */
export const DELAY_REASONS = {
  waiting_for_s12_doctor: 'Waiting for an s12 doctor',
  waiting_for_second_doctor: 'Waiting for a second doctor',
  waiting_for_amhp: 'Waiting for an AMHP',
  waiting_for_police: 'Waiting for the police',
  waiting_for_ambulance: 'Waiting for an ambulance',
  waiting_for_bed: 'Waiting for a bed',
  waiting_for_warrant: 'Waiting for a warrant (s135)',
  waiting_for_interpreter: 'Waiting for an interpreter',
  persons_best_interests: 'Delayed in the person’s best interests',
} as const;
export type DelayReason = keyof typeof DELAY_REASONS;
export const DELAY_REASON_CODES = Object.keys(DELAY_REASONS) as DelayReason[];

export function isDelayReason(value: string): value is DelayReason {
  return Object.prototype.hasOwnProperty.call(DELAY_REASONS, value);
}

export function delayReasonLabel(reason: DelayReason): string {
  return DELAY_REASONS[reason];
}

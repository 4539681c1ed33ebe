import { compareText } from '../rota/compare-text';
import { hasReason } from '../rules/rule-violation';
import { isLondonDate, LondonDate, londonDateOf } from '../time';
import { EmployerKind } from './doctor-directory';

/**
 * Fees to doctors for Mental Health Act assessments. A doctor who examines and recommends
 * outside their NHS contracted duties is paid a fee for the assessment and their mileage, set
 * locally and paid by the integrated care board; some areas also pay an "assessment not
 * possible" call-out fee (shared/domain.md, "Fees"). Money is in whole pence: no floats.
 */
export interface FeeSchedule {
  /** The London date from which these rates apply (until the next schedule's). */
  appliesFrom: LondonDate;
  assessmentFeePence: number;
  mileagePencePerMile: number;
  /** The call-out fee when the assessment could not go ahead; null where the service pays none. */
  assessmentNotPossibleFeePence: number | null;
}

/** Why a fee schedule cannot be recorded; empty when it can. */
export function validateFeeSchedule(schedule: FeeSchedule): string[] {
  const errors: string[] = [];
  if (!isLondonDate(schedule.appliesFrom)) errors.push('appliesFrom: a date is YYYY-MM-DD');
  const pence: Array<[string, number | null]> = [
    ['assessmentFeePence', schedule.assessmentFeePence],
    ['mileagePencePerMile', schedule.mileagePencePerMile],
    ['assessmentNotPossibleFeePence', schedule.assessmentNotPossibleFeePence],
  ];
  for (const [field, value] of pence) if (value !== null && !(Number.isSafeInteger(value) && value >= 0)) errors.push(`${field}: whole pence, 0 or more`);
  return errors;
}

/** The schedule in force on a day: the one applying from the latest date on or before it; null before the first. */
export function feeScheduleInForce(schedules: readonly FeeSchedule[], on: LondonDate | Date): FeeSchedule | null {
  const day = typeof on === 'string' ? on : londonDateOf(on);
  const valid = schedules.filter((s) => validateFeeSchedule(s).length === 0 && s.appliesFrom <= day);
  return valid.sort((a, b) => compareText(b.appliesFrom, a.appliesFrom))[0] ?? null;
}

export const FEE_CLAIM_KINDS = {
  assessment: 'Assessment (examination and recommendation)',
  assessment_not_possible: 'Assessment not possible (call-out)',
} as const;
export type FeeClaimKind = keyof typeof FEE_CLAIM_KINDS;

export const FEE_CLAIM_STATES = {
  submitted: 'Submitted, waiting for a decision',
  approved: 'Approved for payment',
  rejected: 'Rejected',
} as const;
export type FeeClaimState = keyof typeof FEE_CLAIM_STATES;

/** A claim already made, as far as the one-claim rule needs to know. */
export interface ExistingFeeClaim {
  doctorId: string;
  examinationId: string;
  state: FeeClaimState;
}

export interface FeeClaimFacts {
  doctorId: string;
  /** The examination the claim is for (one doctor's visit on one assessment). */
  examinationId: string;
  examinedAt: Date;
  kind: FeeClaimKind;
  employerKind: EmployerKind;
  /** For a trust-employed doctor: the examination was part of their contracted NHS duties. */
  withinContractedDuties: boolean;
  /** Miles travelled, to one decimal place at most (12.3). */
  miles: number;
}

export type FeeClaimRefusalCode = 'within_contracted_duties' | 'duplicate_claim' | 'no_fee_schedule' | 'no_call_out_fee' | 'invalid_miles';

export interface FeeClaimRefusal {
  code: FeeClaimRefusalCode;
  field: keyof FeeClaimFacts | 'schedule';
  message: string;
}

export interface FeeAmount {
  feePence: number;
  mileagePence: number;
  totalPence: number;
  /** The schedule whose rates applied (in force on the day of the examination). */
  scheduleAppliesFrom: LondonDate;
  miles: number;
}

export type FeeClaimCheck = { eligible: true; amount: FeeAmount } | { eligible: false; refusals: FeeClaimRefusal[] };

/** Miles to one decimal place, as whole tenths (12.3 → 123); null for anything else. */
function tenthsOfMiles(miles: number): number | null {
  if (!Number.isFinite(miles) || miles < 0) return null;
  const tenths = Math.round(miles * 10);
  return Math.abs(tenths - miles * 10) < 1e-6 && Number.isSafeInteger(tenths) ? tenths : null;
}

/** Mileage in whole pence: tenths of a mile × rate, rounded half up (12.3 miles at 45p = 553.5p → 554p). */
export function mileagePence(miles: number, pencePerMile: number): number {
  const tenths = tenthsOfMiles(miles);
  if (tenths === null) throw new RangeError(`Miles must be 0 or more, to one decimal place: ${miles}`);
  return Math.floor((tenths * pencePerMile + 5) / 10);
}

/**
 * Whether a doctor may claim a fee for an examination, and how much: the fee in force on the
 * London day of the examination plus mileage at the rate in force that day. Refused when a
 * trust-employed doctor examined within their contracted duties (the trust pays them), when
 * the doctor already has a claim for the examination that is not rejected (one claim per
 * doctor per examination; a rejected claim may be corrected and made again), when the service
 * pays no "assessment not possible" fee, or when no schedule covers the day.
 */
export function checkFeeClaim(facts: FeeClaimFacts, existingClaims: readonly ExistingFeeClaim[], schedules: readonly FeeSchedule[]): FeeClaimCheck {
  const refusals: FeeClaimRefusal[] = [];
  if (facts.employerKind === 'trust' && facts.withinContractedDuties) {
    refusals.push({ code: 'within_contracted_duties', field: 'withinContractedDuties', message: 'A trust-employed doctor examining within their contracted duties is paid by the trust, not by a fee' });
  }
  if (existingClaims.some((c) => c.doctorId === facts.doctorId && c.examinationId === facts.examinationId && c.state !== 'rejected')) {
    refusals.push({ code: 'duplicate_claim', field: 'examinationId', message: 'This doctor has already claimed for this examination' });
  }
  const tenths = tenthsOfMiles(facts.miles);
  if (tenths === null) refusals.push({ code: 'invalid_miles', field: 'miles', message: 'Miles must be 0 or more, to one decimal place' });
  const schedule = feeScheduleInForce(schedules, facts.examinedAt);
  if (!schedule) {
    refusals.push({ code: 'no_fee_schedule', field: 'schedule', message: `No fee schedule applies on ${londonDateOf(facts.examinedAt)}` });
  } else if (facts.kind === 'assessment_not_possible' && schedule.assessmentNotPossibleFeePence === null) {
    refusals.push({ code: 'no_call_out_fee', field: 'kind', message: 'This service pays no "assessment not possible" fee' });
  }
  if (refusals.length > 0 || !schedule) return { eligible: false, refusals };
  const feePence = facts.kind === 'assessment' ? schedule.assessmentFeePence : (schedule.assessmentNotPossibleFeePence ?? 0);
  const mileage = mileagePence(facts.miles, schedule.mileagePencePerMile);
  return { eligible: true, amount: { feePence, mileagePence: mileage, totalPence: feePence + mileage, scheduleAppliesFrom: schedule.appliesFrom, miles: facts.miles } };
}

export interface FeeClaimDecision {
  state: FeeClaimState;
  decidedAt: Date | null;
  decidedBy: string | null;
  rejectionReason: string | null;
}

export type FeeClaimReview = { decision: 'approve'; at: Date; by: string } | { decision: 'reject'; at: Date; by: string; reason: string };

/** submitted → approved | rejected (with a reason the doctor sees). A decided claim is not decided again. */
export function reviewFeeClaim(claim: FeeClaimDecision, review: FeeClaimReview): { ok: true; claim: FeeClaimDecision } | { ok: false; message: string } {
  if (claim.state !== 'submitted') return { ok: false, message: `The claim is already ${claim.state}` };
  if (review.decision === 'approve') return { ok: true, claim: { state: 'approved', decidedAt: review.at, decidedBy: review.by, rejectionReason: null } };
  if (!hasReason(review.reason)) return { ok: false, message: 'reason: say why the claim is rejected' };
  return { ok: true, claim: { state: 'rejected', decidedAt: review.at, decidedBy: review.by, rejectionReason: review.reason.trim() } };
}

/** What the doctor sees of their claim. */
export function feeClaimStatusText(claim: FeeClaimDecision): string {
  return claim.state === 'rejected' && claim.rejectionReason ? `${FEE_CLAIM_STATES.rejected}: ${claim.rejectionReason}` : FEE_CLAIM_STATES[claim.state];
}

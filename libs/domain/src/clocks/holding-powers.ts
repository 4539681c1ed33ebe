import { combineChecks, hasReason, NO_FINDINGS, RuleCheck, violation } from '../rules/rule-violation';
import { formatLondonDateTime } from '../time/london-format';
import { HOUR_MS } from '../time/london-time';

/**
 * The holding powers over an informal in-patient, as one case records them in sequence: a
 * nurse's s5(4) (six hours from the nurse's record), then possibly the doctor's or approved
 * clinician's s5(2) report (72 hours; counted from the s5(4) record when it follows it, s5(5)),
 * then an application or the end of the power (the person stays informally).
 */
export const HOLDING_POWER_END_REASONS = {
  doctor_arrived: 'The doctor or approved clinician arrived and made no report under s5(2)',
  no_longer_needed: 'No longer needed: the person stays in hospital informally',
  other: 'Other',
} as const;
export type HoldingPowerEndReason = keyof typeof HOLDING_POWER_END_REASONS;
export const HOLDING_POWER_END_REASON_CODES = Object.keys(HOLDING_POWER_END_REASONS) as HoldingPowerEndReason[];

export type HoldingPowerKind = 's5_4' | 's5_2';

export interface HeldPower {
  /** s5(4): the nurse's record; s5(2): the report furnished to the hospital managers. */
  startedAt: Date;
  endedAt?: Date | null;
  endedReason?: HoldingPowerEndReason | null;
}

export interface HoldingPowerFacts {
  /** The person is an in-patient (a ward, not the emergency department): s5 applies to in-patients only. */
  inPatient: boolean;
  /** An outcome is recorded (an application, informal admission...): the holding power has done its work. */
  outcomeRecorded: boolean;
  s5_4: HeldPower | null;
  s5_2: HeldPower | null;
}

export type HoldingPowerStep =
  | { kind: 's5_2_report'; reportFurnishedAt: Date }
  | { kind: 'end'; power: HoldingPowerKind; endedAt: Date; reason: HoldingPowerEndReason; details?: string | null };

const S5_4_HOURS = 6;
/** Times may be keyed a few minutes ahead of the server's clock. */
const SKEW_MS = 5 * 60_000;

/**
 * s5(5): a report under s5(2) made while the nurse's s5(4) power holds runs its 72 hours from the
 * nurse's record. The power holds for six hours from the record, or until the doctor or
 * approved clinician arrives (who then makes the report); if it was ended for any other reason
 * before the report, the report starts its own 72 hours.
 */
export function s5_2FollowsS5_4(s5_4: HeldPower, reportFurnishedAt: Date): boolean {
  const start = s5_4.startedAt.getTime();
  const report = reportFurnishedAt.getTime();
  if (report < start || report >= start + S5_4_HOURS * HOUR_MS) return false;
  const endedEarlier = !!s5_4.endedAt && s5_4.endedAt.getTime() < report;
  return !endedEarlier || s5_4.endedReason === 'doctor_arrived';
}

/** Whether the Act allows the next step of the holding-power sequence, and if not, why (with the section). */
export function checkHoldingPowerStep(facts: HoldingPowerFacts, step: HoldingPowerStep, now: Date): RuleCheck {
  return step.kind === 's5_2_report' ? checkReport(facts, step.reportFurnishedAt, now) : checkEnd(facts, step, now);
}

function checkReport(facts: HoldingPowerFacts, reportAt: Date, now: Date): RuleCheck {
  if (!facts.inPatient) {
    return violation(
      's5_2.not_in_patient',
      's5(2)',
      'A report under s5(2) holds an in-patient only: a person in the emergency department, at home or in the community is not an in-patient.',
    );
  }
  if (facts.s5_2) {
    return violation(
      's5_2.second_report',
      's5(2)',
      `An s5(2) report is already recorded (furnished ${formatLondonDateTime(facts.s5_2.startedAt)}): the holding power cannot be renewed by a second report.`,
    );
  }
  const checks: RuleCheck[] = [];
  if (facts.outcomeRecorded) checks.push(violation('s5_2.after_outcome', 's5(2)', 'The assessment’s outcome is recorded: a holding power is no longer needed for it.'));
  if (reportAt.getTime() > now.getTime() + SKEW_MS) checks.push(violation('s5_2.in_future', 's5(2)', 'A report cannot be furnished in the future.'));
  if (facts.s5_4 && reportAt < facts.s5_4.startedAt) {
    checks.push(violation('s5_2.before_s5_4', 's5(4)', `The s5(2) report follows the nurse’s s5(4) record (${formatLondonDateTime(facts.s5_4.startedAt)}): it cannot be furnished before it.`));
  }
  return combineChecks(...checks);
}

function checkEnd(facts: HoldingPowerFacts, step: Extract<HoldingPowerStep, { kind: 'end' }>, now: Date): RuleCheck {
  const section = step.power === 's5_4' ? 's5(4)' : 's5(2)';
  const held = facts[step.power];
  if (!held) return violation('holding_power.none', section, `No ${section} holding power is recorded on this case.`);
  if (held.endedAt) return violation('holding_power.already_ended', section, `The ${section} holding power already ended ${formatLondonDateTime(held.endedAt)}.`);
  const checks: RuleCheck[] = [];
  if (step.endedAt < held.startedAt) checks.push(violation('holding_power.end_before_start', section, `It cannot end before it began (${formatLondonDateTime(held.startedAt)}).`));
  if (step.endedAt.getTime() > now.getTime() + SKEW_MS) checks.push(violation('holding_power.end_in_future', section, 'The end of a holding power cannot be recorded in the future.'));
  if (step.reason === 'doctor_arrived' && step.power !== 's5_4') {
    checks.push(violation('holding_power.doctor_arrived', 's5(4)', 'Only the nurse’s s5(4) power ends when the doctor or approved clinician arrives.'));
  }
  if (step.reason === 'other' && !hasReason(step.details)) checks.push(violation('holding_power.reason', section, 'Describe why the holding power ended.'));
  return checks.length ? combineChecks(...checks) : NO_FINDINGS;
}

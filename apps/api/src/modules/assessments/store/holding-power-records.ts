import type { HoldingPowersView } from '@amhp/contracts';
import { AssessmentState, checkHoldingPowerStep, HeldPower, HOLDING_POWER_END_REASONS, HoldingPowerEndReason, HoldingPowerFacts, HoldingPowerKind, s5_2FollowsS5_4 } from '@amhp/domain';
import { ReferralEntity } from '../../referrals/referral.entity';
import { reviveDates } from './event-codec';

/** The timeline's `s5_2_report_furnished` record (form H1). */
export interface S5_2ReportData {
  reportFurnishedAt: Date;
  doctorId: string | null;
  doctorName: string | null;
  /** s5(5): its 72 hours run from the s5(4) record. */
  followsS5_4: boolean;
}

/** The timeline's `holding_power_ended` record. */
export interface HoldingPowerEndedData {
  power: HoldingPowerKind;
  endedAt: Date;
  reason: HoldingPowerEndReason;
  details: string | null;
}

export interface HoldingPowerRecords {
  s5_4: HeldPower | null;
  s5_2: (HeldPower & { doctorId: string | null; doctorName: string | null }) | null;
}

type Timeline = ReadonlyArray<{ type: string; data: unknown }>;
type ReferralFacts = Pick<ReferralEntity, 'legalSituation' | 'clockStartedAt'> & Partial<Pick<ReferralEntity, 'locationKind'>>;

/**
 * The holding powers over an in-patient on one case: the power on referral (s5(4) or s5(2))
 * and the records since (an s5(2) report after an s5(4); the end of either). The first report
 * and the first end of each power count: the domain refuses a second.
 */
export function holdingPowersOf(referral: ReferralFacts, timeline: Timeline): HoldingPowerRecords {
  const start = referral.clockStartedAt;
  const report = timeline.find((e) => e.type === 's5_2_report_furnished');
  const reportData = report ? (reviveDates(report.data) as S5_2ReportData) : null;
  const ended = (power: HoldingPowerKind) => {
    const row = timeline.find((e) => e.type === 'holding_power_ended' && (e.data as { power?: string }).power === power);
    const data = row ? (reviveDates(row.data) as HoldingPowerEndedData) : null;
    return data ? { endedAt: data.endedAt, endedReason: data.reason } : {};
  };
  const s5_4 = referral.legalSituation === 's5_4' && start ? { startedAt: start, ...ended('s5_4') } : null;
  let s5_2: HoldingPowerRecords['s5_2'] = null;
  if (referral.legalSituation === 's5_2' && start) s5_2 = { startedAt: start, doctorId: null, doctorName: null, ...ended('s5_2') };
  else if (reportData) s5_2 = { startedAt: reportData.reportFurnishedAt, doctorId: reportData.doctorId, doctorName: reportData.doctorName, ...ended('s5_2') };
  return { s5_4, s5_2 };
}

/** s5(2) and s5(4) hold in-patients: referred under one of them, or an informal patient on a ward. */
export function isInPatient(referral: ReferralFacts): boolean {
  return referral.legalSituation === 's5_4' || referral.legalSituation === 's5_2' || referral.locationKind === 'hospital_ward';
}

export function holdingPowerFacts(referral: ReferralFacts, records: HoldingPowerRecords, state: AssessmentState): HoldingPowerFacts {
  return { inPatient: isInPatient(referral), outcomeRecorded: state.outcome !== null || state.stage === 'closed', s5_4: records.s5_4, s5_2: records.s5_2 };
}

/** The case page's view of the holding powers and whether an s5(2) report may be recorded now. */
export function toHoldingPowersView(referral: ReferralFacts, records: HoldingPowerRecords, state: AssessmentState, now: Date, doctorName: (id: string) => string | null): HoldingPowersView {
  const facts = holdingPowerFacts(referral, records, state);
  const reason = (r: HoldingPowerEndReason | null | undefined) => (r ? HOLDING_POWER_END_REASONS[r] : null);
  const powers: HoldingPowersView['powers'] = [];
  if (records.s5_4) {
    // The nurse's power ends when the doctor's report is furnished, if nothing ended it before.
    const byReport = !records.s5_4.endedAt && records.s5_2 && records.s5_2.startedAt >= records.s5_4.startedAt ? records.s5_2.startedAt : null;
    const endedAt = records.s5_4.endedAt ?? byReport;
    const endedReason = byReport ? 'Report under s5(2) furnished' : reason(records.s5_4.endedReason);
    powers.push({ power: 's5_4', startedAt: records.s5_4.startedAt.toISOString(), endedAt: endedAt?.toISOString() ?? null, endedReason, doctorName: null, countsFromS5_4: false });
  }
  if (records.s5_2) {
    powers.push({
      power: 's5_2',
      startedAt: records.s5_2.startedAt.toISOString(),
      endedAt: records.s5_2.endedAt?.toISOString() ?? null,
      endedReason: reason(records.s5_2.endedReason),
      doctorName: records.s5_2.doctorName ?? (records.s5_2.doctorId ? doctorName(records.s5_2.doctorId) : null),
      countsFromS5_4: !!records.s5_4 && s5_2FollowsS5_4(records.s5_4, records.s5_2.startedAt),
    });
  }
  const check = checkHoldingPowerStep(facts, { kind: 's5_2_report', reportFurnishedAt: now }, now);
  const [first] = check.violations;
  return { inPatient: facts.inPatient, powers, s5_2Report: first ? { allowed: false, reason: `${first.section}: ${first.message}` } : { allowed: true, reason: null } };
}

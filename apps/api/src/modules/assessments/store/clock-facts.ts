import { AssessmentEvent, AssessmentState, ClockFacts, lastMedicalExaminationAt, LegalSituation, S136BExtensionRequest } from '@amhp/domain';
import { reviveDates } from './event-codec';
import { HoldingPowerRecords } from './holding-power-records';

/** What the referral says about the power the person is held under on referral. */
export interface ReferralClockSource {
  legalSituation: LegalSituation;
  clockStartedAt: Date | null;
}

const ENDING_OUTCOMES = {
  informal_admission_agreed: 'Informal admission agreed: the holding power is no longer needed',
  community_alternative_arranged: 'Community alternative arranged: the holding power is no longer needed',
  no_further_action_decided: 'No further action: the holding power is no longer needed',
} as const;

/**
 * The facts that start and stop the case's legal clocks, read from the referral (the power on
 * referral) and the replayed assessment (the application, the admission, the ending). The
 * clocks themselves come from libs/domain legalClocks.
 */
export function clockFactsOf(
  referral: ReferralClockSource,
  state: AssessmentState,
  events: readonly AssessmentEvent[],
  extension: S136BExtensionRequest | null = null,
  s4ConvertedToS2At: Date | null = null,
  holding: HoldingPowerRecords | null = null,
): ClockFacts {
  const start = referral.clockStartedAt;
  const facts: ClockFacts = {};
  if (start) {
    if (referral.legalSituation === 's136') facts.s136 = { startedAt: start, extension };
    if (referral.legalSituation === 's135_1') facts.s135_1 = { startedAt: start, extension };
    if (referral.legalSituation === 's5_2') facts.s5_2 = { reportFurnishedAt: start };
    if (referral.legalSituation === 's5_4') facts.s5_4 = { recordedAt: start };
    if (referral.legalSituation === 's2_detained') facts.s2OnReferral = { admittedAt: start };
  }
  // The holding-power sequence recorded since (an s5(2) report after an s5(4); the end of either).
  if (holding?.s5_4) facts.s5_4 = { recordedAt: holding.s5_4.startedAt, endedAt: holding.s5_4.endedAt, endedReason: holding.s5_4.endedReason };
  if (holding?.s5_2) facts.s5_2 = { reportFurnishedAt: holding.s5_2.startedAt, endedAt: holding.s5_2.endedAt, endedReason: holding.s5_2.endedReason };
  if (state.outcome?.kind === 'application') {
    const { application } = state.outcome;
    const last = lastMedicalExaminationAt(application.recommendations);
    if (last) facts.application = { section: application.section, madeAt: application.madeAt, lastMedicalExaminationAt: last };
    facts.admittedAt = state.admittedAt;
    facts.s4ConvertedToS2At = s4ConvertedToS2At;
  }
  facts.detentionEnded = endingOf(state, events);
  return facts;
}

function endingOf(state: AssessmentState, events: readonly AssessmentEvent[]): ClockFacts['detentionEnded'] {
  if (state.withdrawal) return { at: state.withdrawal.at, reason: `Assessment withdrawn: ${state.withdrawal.reason}` };
  const outcome = events.find((e): e is Extract<AssessmentEvent, { type: keyof typeof ENDING_OUTCOMES }> => e.type in ENDING_OUTCOMES);
  if (outcome) return { at: outcome.at, reason: ENDING_OUTCOMES[outcome.type] };
  // Closing hands the case on: after an admission the hospital holds the detention and its clock.
  if (state.closedAt) return { at: state.closedAt, reason: 'Case closed in AMHP Hub' };
  return null;
}

/** The timeline's `detention_extended` event, as stored (ISO strings) or as about to be written (Dates). */
export interface DetentionExtendedData {
  authorisedAt: Date;
  hours: number;
  reason: S136BExtensionRequest['reason'];
  doctorId: string | null;
  doctorName: string | null;
  notes: string | null;
  atPoliceStation: boolean;
  superintendentApprovedAt: Date | null;
}

/** The doctor as the domain records them: the register's id, or the name given. */
export const authorisingDoctorOf = (d: Pick<DetentionExtendedData, 'doctorId' | 'doctorName'>): string => d.doctorId ?? d.doctorName ?? '';

export function toExtensionRequest(d: DetentionExtendedData): S136BExtensionRequest {
  return {
    authorisedAt: d.authorisedAt,
    authorisedByDoctorId: authorisingDoctorOf(d),
    hours: d.hours,
    reason: d.reason,
    details: d.notes,
    atPoliceStation: d.atPoliceStation,
    superintendentApprovedAt: d.superintendentApprovedAt,
  };
}

/**
 * s136B: the recorded extension of the place-of-safety detention, read from the timeline (it is a
 * record, not a lifecycle event). Only one is ever accepted; the first one counts.
 */
export function extensionOf(timeline: ReadonlyArray<{ type: string; data: unknown }>): S136BExtensionRequest | null {
  const recorded = timeline.find((e) => e.type === 'detention_extended');
  return recorded ? toExtensionRequest(reviveDates(recorded.data) as DetentionExtendedData) : null;
}

/** The timeline's `s4_converted_to_s2` event: the second recommendation and when the managers received it (s4(4)). */
export interface S4ConvertedData {
  examinationId: string;
  doctorId: string;
  receivedAt: Date;
  s4AdmittedAt: Date;
  s2ExpiresAt: string | null;
}

/**
 * s4(4): when the hospital managers received the second medical recommendation, read from the
 * timeline (a record, not a lifecycle event). Only one is ever accepted; the first one counts.
 */
export function conversionOf(timeline: ReadonlyArray<{ type: string; data: unknown }>): Date | null {
  const recorded = timeline.find((e) => e.type === 's4_converted_to_s2');
  return recorded ? (reviveDates(recorded.data) as S4ConvertedData).receivedAt : null;
}

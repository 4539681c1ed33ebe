import { LegalRegime, MHA_1983_AS_AMENDED } from '../regime/legal-regime';
import { ApplicationSection } from '../rules/application-section';
import {
  placeOfSafetyClock,
  s2Clock,
  s3Clock,
  s4Clock,
  s5_2Clock,
  s5_4Clock,
  s6_1aAdmissionWindow,
  s6_1bAdmissionWindow,
} from './detention-clocks';
import { HOLDING_POWER_END_REASONS, HoldingPowerEndReason, s5_2FollowsS5_4 } from './holding-powers';
import { endClock, LegalClock } from './legal-clock';
import { extendPlaceOfSafetyDetention, S136BExtensionRequest } from './s136b-extension';

/** An s136 or s135(1) detention as recorded on the case. */
export interface PlaceOfSafetyFacts {
  /** Arrival at the place of safety, or the constable's decision to keep the person where found. */
  startedAt: Date;
  extension?: S136BExtensionRequest | null;
  /** The person was released or the power otherwise ended. */
  endedAt?: Date | null;
  endedReason?: string | null;
}

/** The facts of a case that start and stop legal clocks. Every field is optional: record what has happened. */
export interface ClockFacts {
  s136?: PlaceOfSafetyFacts | null;
  s135_1?: PlaceOfSafetyFacts | null;
  /** The nurse's holding power; ended without a reason means the doctor or approved clinician arrived. */
  s5_4?: { recordedAt: Date; endedAt?: Date | null; endedReason?: HoldingPowerEndReason | null } | null;
  s5_2?: { reportFurnishedAt: Date; endedAt?: Date | null; endedReason?: HoldingPowerEndReason | null } | null;
  application?: {
    section: ApplicationSection;
    madeAt: Date;
    /** s2/s3: the later of the two medical examinations; s4: the recommending doctor's examination. */
    lastMedicalExaminationAt: Date;
  } | null;
  /** Admission to hospital under the application. */
  admittedAt?: Date | null;
  /** Already detained under s2 when referred (being considered for s3): the s2 admission. */
  s2OnReferral?: { admittedAt: Date } | null;
  /** s4(4): the second medical recommendation was received by the managers, making the s4 an s2. */
  s4ConvertedToS2At?: Date | null;
  /** Detention ended for good (discharged, released, application abandoned). */
  detentionEnded?: { at: Date; reason: string } | null;
}

type Ending = { at: Date; reason: string };

/** The earliest ending that falls after the clock started: what actually stopped it. */
function stop(clock: LegalClock, endings: Array<Ending | null | undefined>): LegalClock {
  const first = endings
    .filter((e): e is Ending => !!e && e.at >= clock.startsAt)
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  return first ? endClock(clock, first.at, first.reason) : clock;
}

/**
 * Every legal clock that the facts of a case start, at most one of each kind, with the ones
 * later facts have stopped marked ended (kept for the timeline). A recorded s136B extension that the Act would not allow
 * is ignored rather than trusted, so a clock is never shown as longer than the law permits.
 */
export function legalClocks(facts: ClockFacts, regime: LegalRegime = MHA_1983_AS_AMENDED): LegalClock[] {
  const clocks: LegalClock[] = [];
  const application = facts.application ?? null;
  const admission: Ending | null =
    application && facts.admittedAt ? { at: facts.admittedAt, reason: `Admitted under ${application.section}` } : null;
  const ended = facts.detentionEnded ?? null;

  for (const kind of ['s136', 's135_1'] as const) {
    const pos = facts[kind];
    if (!pos) continue;
    let clock = placeOfSafetyClock(kind, pos.startedAt);
    if (pos.extension) {
      const extended = extendPlaceOfSafetyDetention(clock, pos.extension);
      if (extended.ok) clock = extended.clock;
    }
    const released = pos.endedAt ? { at: pos.endedAt, reason: pos.endedReason ?? 'Detention ended' } : null;
    clocks.push(stop(clock, [released, admission, ended]));
  }

  const nurse = facts.s5_4 ? s5_4Clock(facts.s5_4.recordedAt) : null;
  const report = facts.s5_2?.reportFurnishedAt ?? null;
  if (nurse && facts.s5_4) {
    const why = facts.s5_4.endedReason ? HOLDING_POWER_END_REASONS[facts.s5_4.endedReason] : HOLDING_POWER_END_REASONS.doctor_arrived;
    const nurseEnded = facts.s5_4.endedAt ? { at: facts.s5_4.endedAt, reason: why } : null;
    const reportMade = report ? { at: report, reason: 'Doctor’s report under s5(2)' } : null;
    clocks.push(stop(nurse, [nurseEnded, reportMade, admission, ended]));
  }
  if (facts.s5_2) {
    // s5(5): a report made while the nurse's power holds runs its 72 h from the nurse's record.
    const held = facts.s5_4 ? { startedAt: facts.s5_4.recordedAt, endedAt: facts.s5_4.endedAt, endedReason: facts.s5_4.endedReason ?? 'doctor_arrived' } : null;
    const followsNurse = !!held && s5_2FollowsS5_4(held, facts.s5_2.reportFurnishedAt);
    const doctor = s5_2Clock(facts.s5_2.reportFurnishedAt, followsNurse ? held.startedAt : null);
    const why = facts.s5_2.endedReason ? HOLDING_POWER_END_REASONS[facts.s5_2.endedReason] : 'Holding power ended';
    const released = facts.s5_2.endedAt ? { at: facts.s5_2.endedAt, reason: why } : null;
    clocks.push(stop(doctor, [released, admission, ended]));
  }

  if (application) {
    const window =
      application.section === 's4'
        ? s6_1bAdmissionWindow(application.lastMedicalExaminationAt, application.madeAt)
        : s6_1aAdmissionWindow(application.lastMedicalExaminationAt);
    clocks.push(stop(window, [admission, ended]));
  }

  if (facts.s2OnReferral) {
    // s2(4): 28 days beginning with the admission; a s3 application on which the person is then
    // detained takes over (s3 admission), as does the end of the detention. An s2 cannot be
    // renewed, so an admission under a second s2 (or an s4) neither ends nor restarts it.
    const takesOver = application?.section === 's3' ? admission : null;
    clocks.push(stop(s2Clock(facts.s2OnReferral.admittedAt, regime), [takesOver, ended]));
  }

  if (application && facts.admittedAt) {
    // One clock per kind: a detention clock of a kind already running (the s2 on referral) is not started again.
    const running = new Set(clocks.map((c) => c.kind));
    clocks.push(...detentionClocks(application.section, facts.admittedAt, facts.s4ConvertedToS2At ?? null, ended, regime).filter((c) => !running.has(c.kind)));
  }
  return clocks;
}

function detentionClocks(
  section: ApplicationSection,
  admittedAt: Date,
  convertedAt: Date | null,
  ended: Ending | null,
  regime: LegalRegime,
): LegalClock[] {
  if (section === 's3') return [stop(s3Clock(admittedAt, regime), [ended])];
  if (section === 's2') return [stop(s2Clock(admittedAt, regime), [ended])];
  const emergency = s4Clock(admittedAt);
  // s4(4): the second recommendation converts the s4 only if received within its 72 hours.
  const converted = convertedAt && convertedAt >= admittedAt && convertedAt < emergency.expiresAt ? convertedAt : null;
  if (!converted) return [stop(emergency, [ended])];
  return [
    stop(emergency, [{ at: converted, reason: 'Second medical recommendation received: now detained under s2 (s4(4))' }]),
    stop(s2Clock(admittedAt, regime), [ended]),
  ];
}

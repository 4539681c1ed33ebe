import { LegalRegime, MHA_1983_AS_AMENDED } from '../regime/legal-regime';
import { addLondonDays, addLondonMonths, periodBeginningWith } from '../time/london-calendar';
import { endOfLondonDay, HOUR_MS, londonDateOf } from '../time/london-time';
import { LegalClock, newClock } from './legal-clock';

/** Holding powers and detentions counted in elapsed hours: 24 h is 24 real hours, whatever the clocks do. */
const hoursAfter = (start: Date, hours: number) => new Date(start.getTime() + hours * HOUR_MS);

/**
 * s136(2A) / s135(3ZA): 24 hours beginning with the arrival at the place of safety (or, where
 * the person is kept where they were found, when the constable decided to keep them there).
 */
export function placeOfSafetyClock(kind: 's136' | 's135_1', startedAt: Date): LegalClock {
  return newClock(kind, startedAt, hoursAfter(startedAt, 24));
}

/** s5(4): six hours from the nurse's record. */
export function s5_4Clock(recordedAt: Date): LegalClock {
  return newClock('s5_4', recordedAt, hoursAfter(recordedAt, 6));
}

/**
 * s5(2): 72 hours from the report being furnished to the hospital managers; where the report
 * follows a nurse's s5(4) holding power, the 72 hours run from the nurse's record (s5(4)), so
 * pass that time as `s5_4RecordedAt`.
 */
export function s5_2Clock(reportFurnishedAt: Date, s5_4RecordedAt?: Date | null): LegalClock {
  const startsAt = s5_4RecordedAt && s5_4RecordedAt <= reportFurnishedAt ? s5_4RecordedAt : reportFurnishedAt;
  return newClock('s5_2', startsAt, hoursAfter(startsAt, 72));
}

/** s4(4): the emergency application ceases to have effect 72 hours from admission unless a second recommendation arrives. */
export function s4Clock(admittedAt: Date): LegalClock {
  return newClock('s4', admittedAt, hoursAfter(admittedAt, 72));
}

/**
 * s2(4): "a period not exceeding 28 days beginning with the day on which he is admitted". The
 * admission day is day 1, so the detention ends at London midnight at the end of day 28: admitted
 * at 23:50 on 1 March, detention ends as 29 March begins. After a s4 conversion, pass the s4
 * admission (s4(4)).
 */
export function s2Clock(admittedAt: Date, regime: LegalRegime = MHA_1983_AS_AMENDED): LegalClock {
  return newClock('s2', admittedAt, periodBeginningWith(admittedAt, regime.s2PeriodDays).endsAt);
}

/**
 * s20(1): "a period not exceeding six months beginning with the day on which he was admitted"
 * (three months once MHA 2025 s29 is in force). Admitted on 15 March, six months end at
 * midnight at the end of 14 September. Where the month has no such day (admitted 31 August) the
 * earlier reading is taken — the period ends at the end of 27 February — so the clock never runs
 * past what the Act allows.
 */
export function s3Clock(admittedAt: Date, regime: LegalRegime = MHA_1983_AS_AMENDED): LegalClock {
  const lastDay = addLondonDays(addLondonMonths(londonDateOf(admittedAt), regime.s3FirstPeriodMonths), -1);
  return newClock('s3', admittedAt, endOfLondonDay(lastDay));
}

/**
 * s6(1)(a): an application under s2 or s3 authorises conveyance and admission only within "the
 * period of 14 days beginning with the date on which the patient was last examined" by a doctor
 * recommending it: the examination day is day 1, the window closes at London midnight after day 14.
 */
export function s6_1aAdmissionWindow(lastMedicalExaminationAt: Date): LegalClock {
  return newClock('s6_1a', lastMedicalExaminationAt, periodBeginningWith(lastMedicalExaminationAt, 14).endsAt);
}

/**
 * s6(1)(b): an emergency application authorises admission only within 24 hours beginning with
 * the medical examination or the application, whichever is earlier.
 */
export function s6_1bAdmissionWindow(medicalExaminationAt: Date, applicationMadeAt: Date): LegalClock {
  const startsAt = medicalExaminationAt < applicationMadeAt ? medicalExaminationAt : applicationMadeAt;
  return newClock('s6_1b', startsAt, hoursAfter(startsAt, 24));
}

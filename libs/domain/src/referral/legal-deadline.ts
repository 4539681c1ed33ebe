import { HOUR_MS } from '../time/london-time';
import { LegalSituation, situationHasClock, SituationWithClock } from './legal-situation';

/**
 * How long each holding power on referral lasts. These are elapsed hours, not clock-face
 * hours: a s136 detention that starts at 01:30 on the night the clocks go back still ends
 * 24 real hours later (at 00:30 the next night, Europe/London).
 */
export const HOLDING_POWER_HOURS: Record<SituationWithClock, number> = {
  s136: 24, // s136(2A): 24 hours from arrival at the place of safety
  s135_1: 24, // s135(3ZA): as s136, from arrival at the place of safety
  s5_2: 72, // s5(2): 72 hours from the report to the hospital managers
  s5_4: 6, // s5(4): 6 hours from the nurse's record
};

export const HOLDING_POWER_LABELS: Record<SituationWithClock, string> = {
  s136: 's136 detention (24 h)',
  s135_1: 's135(1) detention (24 h)',
  s5_2: 's5(2) holding power (72 h)',
  s5_4: 's5(4) holding power (6 h)',
};

export interface LegalDeadline {
  power: SituationWithClock;
  label: string;
  startsAt: Date;
  expiresAt: Date;
}

/**
 * The clock that the person's legal situation on referral started, if any. The s136B
 * extension, a s5(2) that follows a s5(4) and the detention clocks are in clocks/.
 */
export function referralDeadline(situation: LegalSituation, clockStartedAt: Date | null | undefined): LegalDeadline | null {
  if (!situationHasClock(situation) || !clockStartedAt) return null;
  return {
    power: situation,
    label: HOLDING_POWER_LABELS[situation],
    startsAt: clockStartedAt,
    expiresAt: new Date(clockStartedAt.getTime() + HOLDING_POWER_HOURS[situation] * HOUR_MS),
  };
}

import { SEX_LABELS, Sex } from '@amhp/contracts';
import { ETHNIC_CATEGORIES, EthnicCategoryCode, LEGAL_SITUATIONS, LegalSituation, REFERRAL_SOURCES, ReferralSource, SituationWithClock, URGENCIES, Urgency } from '@amhp/domain';

/** The power's name as AMHPs write it, for the countdown ("s136 · 2 h 14 m left"). */
export const POWER_SHORT: Record<SituationWithClock, string> = {
  s136: 's136',
  s135_1: 's135(1)',
  s5_2: 's5(2)',
  s5_4: 's5(4)',
};

/** One word for the board's urgency badge; the select uses the full URGENCIES label. */
export const URGENCY_SHORT: Record<Urgency, string> = { emergency: 'Emergency', urgent: 'Urgent', routine: 'Routine' };

/**
 * What the start of the clock is called for each power: s136(2A) and s135(3ZA) run from
 * arrival at the place of safety; s5(2) from the report to the managers, s5(4) from the
 * nurse's record, i.e. when the holding power began.
 */
export function clockStartLabel(situation: LegalSituation): string | null {
  switch (situation) {
    case 's136':
    case 's135_1':
      return 'Arrival at place of safety';
    case 's5_2':
    case 's5_4':
      return 'Holding power began';
    case 's2_detained':
      // s2(4): the 28 days run from the admission.
      return 'Admitted under s2';
    default:
      return null;
  }
}

/** Board forms, as AMHPs abbreviate them; the full labels are on the form and the detail page. */
export const SOURCE_SHORT: Record<ReferralSource, string> = {
  gp: 'GP',
  police: 'Police',
  ward: 'Ward',
  cmht: 'CMHT',
  crisis_team: 'Crisis team',
  emergency_department: 'A&E',
  nearest_relative: 'Nearest relative',
  other: 'Other',
};

export const SITUATION_SHORT: Record<LegalSituation, string> = {
  none: 'None',
  s136: 's136',
  s135_1: 's135(1)',
  s5_2: 's5(2)',
  s5_4: 's5(4)',
  s2_detained: 's2 (considering s3)',
  other: 'Other',
};

export const sourceLabel = (kind: ReferralSource) => REFERRAL_SOURCES[kind];
export const situationLabel = (situation: LegalSituation) => LEGAL_SITUATIONS[situation];
export const urgencyLabel = (urgency: Urgency) => URGENCIES[urgency];
export const ethnicLabel = (code: EthnicCategoryCode) => ETHNIC_CATEGORIES[code].label;
export const sexLabel = (sex: Sex) => SEX_LABELS[sex];

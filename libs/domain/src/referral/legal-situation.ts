/**
 * The person's legal position when the referral arrives. Some of these start a clock that
 * the Act fixes (shared/domain.md, "Sections and their clocks"); see legal-deadline.ts.
 */
export const LEGAL_SITUATIONS = {
  none: 'None (in the community)',
  s136: 's136 (police, place of safety)',
  s135_1: 's135(1) warrant',
  s5_2: 's5(2) doctor’s holding power',
  s5_4: 's5(4) nurse’s holding power',
  s2_detained: 'Detained under s2 (considering s3)',
  other: 'Other',
} as const;

export type LegalSituation = keyof typeof LEGAL_SITUATIONS;
export const LEGAL_SITUATION_CODES = Object.keys(LEGAL_SITUATIONS) as LegalSituation[];

/**
 * The moment from which the situation's clock runs, which the referral must record:
 * s136 and s135(1): arrival at the place of safety (s136(2A), s135(3ZA));
 * s5(2): the report furnished to the hospital managers; s5(4): the nurse's record.
 */
export const SITUATIONS_WITH_CLOCK = ['s136', 's135_1', 's5_2', 's5_4'] as const;
export type SituationWithClock = (typeof SITUATIONS_WITH_CLOCK)[number];

export function situationHasClock(situation: LegalSituation): situation is SituationWithClock {
  return (SITUATIONS_WITH_CLOCK as readonly string[]).includes(situation);
}

/**
 * The situations whose referral records a start: the holding powers above, and a detention
 * under s2 already running (the admission, from which its 28 days run, s2(4)), so that the
 * AMHP considering s3 sees when the s2 ends.
 */
export function situationHasStart(situation: LegalSituation): boolean {
  return situationHasClock(situation) || situation === 's2_detained';
}

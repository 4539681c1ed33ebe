/** Who asked for a Mental Health Act assessment (shared/domain.md, "How an assessment runs", step 1). */
export const REFERRAL_SOURCES = {
  gp: 'GP',
  police: 'Police (s136)',
  ward: 'Hospital ward (s5(2) / s5(4))',
  cmht: 'Community mental health team',
  crisis_team: 'Crisis team',
  emergency_department: 'A&E liaison',
  nearest_relative: 'Nearest relative request (s13(4))',
  other: 'Other',
} as const;

export type ReferralSource = keyof typeof REFERRAL_SOURCES;
export const REFERRAL_SOURCE_CODES = Object.keys(REFERRAL_SOURCES) as ReferralSource[];

/** How soon the referrer or the duty AMHP judges the person needs to be seen. */
export const URGENCIES = {
  emergency: 'Emergency (now)',
  urgent: 'Urgent (today)',
  routine: 'Routine (planned)',
} as const;

export type Urgency = keyof typeof URGENCIES;
export const URGENCY_CODES = Object.keys(URGENCIES) as Urgency[];

/** Lower is more urgent: the board's second sort key after the legal deadline. */
export const URGENCY_RANK: Record<Urgency, number> = { emergency: 0, urgent: 1, routine: 2 };

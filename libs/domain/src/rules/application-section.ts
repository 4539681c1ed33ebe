/** The Part 2 applications an AMHP makes for admission to hospital. */
export const APPLICATION_SECTIONS = ['s2', 's3', 's4'] as const;
export type ApplicationSection = (typeof APPLICATION_SECTIONS)[number];

export const APPLICATION_SECTION_LABELS: Record<ApplicationSection, string> = {
  s2: 's2 admission for assessment',
  s3: 's3 admission for treatment',
  s4: 's4 emergency admission for assessment',
};

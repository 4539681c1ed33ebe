import { AgeBand, ageBandLabel, ageBandOf, ageOn, ESP_2013_AGE_BANDS, MHA_STATISTICS_AGE_BANDS, parseAgeBandLabel, REPORTING_AGE_BANDS } from './age-bands';

describe('age on a date (Family Law Reform Act 1969 s9: a year older at the start of the birthday)', () => {
  it.each([
    ['2000-06-15', '2025-06-14', 24],
    ['2000-06-15', '2025-06-15', 25],
    ['2000-06-15', '2000-06-15', 0],
    ['2007-04-01', '2025-03-31', 17],
    ['2007-04-01', '2025-04-01', 18],
    ['2004-02-29', '2025-02-28', 20],
    ['2004-02-29', '2025-03-01', 21],
    ['2004-02-29', '2028-02-29', 24],
  ])('born %s, on %s: %d', (dob, on, age) => {
    expect(ageOn(dob, on)).toBe(age);
  });

  it('refuses a day before birth or a malformed date', () => {
    expect(() => ageOn('2000-06-15', '2000-06-14')).toThrow(/before the date of birth/);
    expect(() => ageOn('2000-02-30', '2025-01-01')).toThrow(/dateOfBirth must be a calendar date/);
  });
});

describe('age bands', () => {
  it('the ESP 2013 bands are 19 five-year bands from 0–4 to 90+', () => {
    expect(ESP_2013_AGE_BANDS.map(ageBandLabel)).toEqual([
      '0–4', '5–9', '10–14', '15–19', '20–24', '25–29', '30–34', '35–39', '40–44', '45–49',
      '50–54', '55–59', '60–64', '65–69', '70–74', '75–79', '80–84', '85–89', '90+',
    ]);
  });

  it('reporting bands and the bands of NHS England’s Mental Health Act Statistics', () => {
    expect(REPORTING_AGE_BANDS.map(ageBandLabel)).toEqual(['0–17', '18–24', '25–34', '35–44', '45–54', '55–64', '65+']);
    expect(MHA_STATISTICS_AGE_BANDS.map(ageBandLabel)).toEqual(['0–17', '18–34', '35–49', '50–64', '65+']);
  });

  it.each([
    [0, REPORTING_AGE_BANDS, '0–17'],
    [17, REPORTING_AGE_BANDS, '0–17'],
    [18, REPORTING_AGE_BANDS, '18–24'],
    [64, REPORTING_AGE_BANDS, '55–64'],
    [65, REPORTING_AGE_BANDS, '65+'],
    [104, ESP_2013_AGE_BANDS, '90+'],
    [89, ESP_2013_AGE_BANDS, '85–89'],
  ] as const)('age %d falls in %s', (age, bands, label) => {
    expect(ageBandLabel(ageBandOf(age, bands)!)).toBe(label);
  });

  it('an age the bands do not cover has no band; a negative age is refused', () => {
    expect(ageBandOf(10, [{ minAge: 18, maxAge: null }])).toBeNull();
    expect(() => ageBandOf(-1, REPORTING_AGE_BANDS)).toThrow(/age must be a whole number/);
  });

  it.each<[string, AgeBand | null]>([
    ['0-4', { minAge: 0, maxAge: 4 }],
    ['5–9', { minAge: 5, maxAge: 9 }],
    ['10 to 14', { minAge: 10, maxAge: 14 }],
    ['Aged 15 to 19 years', { minAge: 15, maxAge: 19 }],
    ['Aged 4 years and under', { minAge: 0, maxAge: 4 }],
    ['Aged 90 years and over', { minAge: 90, maxAge: null }],
    ['85+', { minAge: 85, maxAge: null }],
    ['65 and over', { minAge: 65, maxAge: null }],
    ['Under 18', { minAge: 0, maxAge: 17 }],
    ['9-5', null],
    ['All ages', null],
    ['', null],
  ])('reads "%s"', (label, band) => {
    expect(parseAgeBandLabel(label)).toEqual(band);
  });
});

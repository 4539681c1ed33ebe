import { AgeBand, ageBandsFrom, ESP_2013_AGE_BANDS } from './age-bands';
import { AgeBandCount, directlyStandardisedRate } from './direct-standardisation';
import { EUROPEAN_STANDARD_POPULATION_2013, StandardPopulation } from './standard-population';

const withBands = (bands: readonly AgeBand[], events: number[], population: number[]): AgeBandCount[] =>
  bands.map((band, i) => ({ band, events: events[i], population: population[i] }));

/*
 * A hand-worked table: one ethnic group's detentions and population by ESP band in a council.
 * Expected values worked out independently in Python from the formulas of the OHID guidance
 * (DSR = Σ wᵢOᵢ/nᵢ ÷ Σ wᵢ; var = Σ wᵢ²Oᵢ/nᵢ² ÷ (Σ wᵢ)²; Dobson limits with Byar's limits, z = 1.96).
 */
const EVENTS = [0, 0, 1, 6, 9, 12, 10, 8, 9, 7, 6, 4, 3, 2, 1, 1, 1, 0, 1];
const POPULATION = [5500, 5300, 5400, 5600, 6900, 8100, 7900, 7200, 6600, 6300, 6100, 5600, 4800, 4200, 3900, 2900, 1900, 1100, 500];
const COUNCIL = withBands(ESP_2013_AGE_BANDS, EVENTS, POPULATION);

describe('directly age-standardised rate to the 2013 European Standard Population (Dobson)', () => {
  it('the ESP 2013 weights sum to 100,000 over 19 bands (Eurostat 2013)', () => {
    expect(EUROPEAN_STANDARD_POPULATION_2013.bands).toHaveLength(19);
    expect(EUROPEAN_STANDARD_POPULATION_2013.bands.reduce((s, b) => s + b.weight, 0)).toBe(100_000);
    expect(EUROPEAN_STANDARD_POPULATION_2013.bands[18]).toEqual({ band: { minAge: 90, maxAge: null }, weight: 1000 });
  });

  it('a hand-worked council table: 81 detentions, DSR 80.83 (63.85 to 100.87)', () => {
    const result = directlyStandardisedRate(COUNCIL);
    if (!result.calculated) throw new Error(result.reason);
    expect(result.events).toBe(81);
    expect(result.population).toBe(95_800);
    expect(result.rate).toBeCloseTo(80.8295114731694, 10);
    expect(result.variance).toBeCloseTo(83.99687389099768, 9);
    expect(result.lower).toBeCloseTo(63.84708363852836, 9);
    expect(result.upper).toBeCloseTo(100.86741922627328, 9);
    expect(result.method).toBe(
      "Directly age-standardised rate per 100,000 to the 2013 European Standard Population, all ages. 95% confidence interval by Dobson's method with Byar's limits for the total count; not calculated for fewer than 10 events, as in the OHID public health technical guidance.",
    );
  });

  it('a population with 85+ as its top band takes the weights of ESP 85–89 and 90+ together (2,500)', () => {
    const bands = ageBandsFrom([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85]);
    const rows = withBands(bands, [...EVENTS.slice(0, 17), EVENTS[17] + EVENTS[18]], [...POPULATION.slice(0, 17), POPULATION[17] + POPULATION[18]]);
    const result = directlyStandardisedRate(rows);
    if (!result.calculated) throw new Error(result.reason);
    expect(result.rate).toBeCloseTo(80.3920114731694, 10);
    expect(result.lower).toBeCloseTo(63.5678790690647, 9);
    expect(result.upper).toBeCloseTo(100.24314326787027, 9);
    expect(result.bands[17]).toMatchObject({ band: { minAge: 85, maxAge: null }, weight: 2500, standardBands: [{ minAge: 85, maxAge: 89 }, { minAge: 90, maxAge: null }] });
    expect(result.method).toMatch(/Standard bands combined: 85\+ \(85–89 and 90\+\)\./);
  });

  it('single years of age are summed into the ESP bands', () => {
    const singleYears = Array.from({ length: 5 }, (_, age) => ({ band: { minAge: age, maxAge: age }, events: 0, population: 1100 }));
    const rows = [...singleYears, ...COUNCIL.slice(1)];
    const result = directlyStandardisedRate(rows);
    const reference = directlyStandardisedRate(COUNCIL);
    if (!result.calculated || !reference.calculated) throw new Error('expected rates');
    expect(result.rate).toBeCloseTo(reference.rate, 12);
    expect(result.bands[0]).toMatchObject({ band: { minAge: 0, maxAge: 4 }, population: 5500, weight: 5000 });
  });

  it('an age-restricted table (20+) is standardised to the ESP weights for 20+ only', () => {
    const result = directlyStandardisedRate(COUNCIL.slice(4));
    if (!result.calculated) throw new Error(result.reason);
    expect(result.rate).toBeCloseTo(94.16323033349522, 10);
    expect(result.lower).toBeCloseTo(73.48333494070569, 9);
    expect(result.upper).toBeCloseTo(118.75263722173995, 9);
    expect(result.method).toMatch(/ages 20\+/);
  });

  it('reproduces a published worked example with its own standard: Fay & Feuer (1997) Table II, DSR 75.52901 per 100,000', () => {
    // Down's syndrome, Michigan 1950-64, mothers of birth order 5+, standardised to all births by
    // maternal age (Stark & Mantel 1966; Fleiss 1981 Table 14.4); R package dsrTest's vignette
    // prints 75.52901. The Dobson interval with Byar's limits was worked out independently in Python.
    const maternalAge = ageBandsFrom([0, 20, 25, 30, 35, 40]);
    const births: StandardPopulation = {
      name: 'all Michigan births 1950-64 by maternal age',
      source: 'Fay & Feuer, Stat Med 1997;16:791-801, Table II',
      bands: maternalAge.map((band, i) => ({ band, weight: [319933, 931318, 786511, 488235, 237863, 61313][i] })),
    };
    const rows = withBands(maternalAge, [0, 8, 63, 112, 262, 295], [327, 30666, 123419, 149919, 104088, 34392]);
    const result = directlyStandardisedRate(rows, { standard: births });
    if (!result.calculated) throw new Error(result.reason);
    expect(result.rate.toFixed(5)).toBe('75.52901');
    expect(result.lower).toBeCloseTo(67.63260243871864, 8);
    expect(result.upper).toBeCloseTo(83.86726368296004, 8);
  });

  it('fewer than 10 events: not calculated (OHID guidance)', () => {
    const rows = COUNCIL.map((row, i) => ({ ...row, events: i === 6 ? 9 : 0 }));
    expect(directlyStandardisedRate(rows)).toMatchObject({ calculated: false, events: 9, reason: expect.stringMatching(/Fewer than 10 events/) });
  });

  it('a band with nobody in it: not calculated, naming the band', () => {
    const rows = COUNCIL.map((row, i) => (i === 18 ? { ...row, events: 0, population: 0 } : row));
    expect(directlyStandardisedRate(rows)).toMatchObject({ calculated: false, reason: expect.stringMatching(/No population in the 90\+ band/) });
  });

  it('refuses bands that cut across the standard’s (0–17 against 15–19)', () => {
    const rows = withBands(ageBandsFrom([0, 18, 25]), [3, 4, 5], [100, 100, 100]);
    expect(() => directlyStandardisedRate(rows)).toThrow(/The age bands 0–17, 18–24 cut across the 2013 European Standard Population's bands 0–4, 5–9, 10–14, 15–19, 20–24/);
  });

  it.each<[string, AgeBandCount[], RegExp]>([
    ['no rows', [], /at least one age band/],
    ['a gap', [COUNCIL[0], COUNCIL[2]], /No age band covers ages 5–9/],
    ['an overlap', [COUNCIL[0], { band: { minAge: 3, maxAge: 9 }, events: 1, population: 10 }], /overlap/],
    ['a start off the standard’s boundaries', [{ band: { minAge: 18, maxAge: null }, events: 20, population: 100 }], /does not begin and end/],
    ['negative events', [{ ...COUNCIL[0], events: -1 }], /rows\[0\]\.events/],
  ])('refuses %s', (_, rows, message) => {
    expect(() => directlyStandardisedRate(rows)).toThrow(message);
  });
});

import { AgeBand, ESP_2013_AGE_BANDS } from './age-bands';

/** A standard population: weights by age band, the bands in order, contiguous, from age 0 upwards or part of that range. */
export interface StandardPopulation {
  name: string;
  source: string;
  bands: ReadonlyArray<{ band: AgeBand; weight: number }>;
}

const ESP_2013_WEIGHTS = [
  5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000,
];

/**
 * The 2013 European Standard Population: 19 five-year bands, 0–4 to 90+, summing to 100,000.
 * Source: Eurostat, "Revision of the European Standard Population: report of Eurostat's task
 * force", Methodologies and Working papers, 2013 edition (ISBN 978-92-79-31094-2,
 * doi:10.2785/11470). ONS and OHID have standardised to it since 2014.
 */
export const EUROPEAN_STANDARD_POPULATION_2013: StandardPopulation = Object.freeze({
  name: '2013 European Standard Population',
  source: "Eurostat, Revision of the European Standard Population: report of Eurostat's task force, 2013 edition (doi:10.2785/11470)",
  bands: Object.freeze(ESP_2013_AGE_BANDS.map((band, i) => Object.freeze({ band, weight: ESP_2013_WEIGHTS[i] }))),
});

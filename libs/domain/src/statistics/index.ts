/**
 * Statistics for service leads: rates with confidence intervals, age standardisation, rate
 * ratios, wait percentiles, ethnic groupings and population denominators, disclosure control
 * and reporting periods. The method is written down in README.md beside this file.
 */
export * from './confidence';
export * from './poisson-limits';
export * from './crude-rate';
export * from './rate-ratio';
export * from './age-bands';
export * from './standard-population';
export * from './direct-standardisation';
export * from './percentiles';
export * from './census-2021-ethnic-groups';
export * from './ethnic-groupings';
export * from './population-table';
export * from './population-denominators';
export * from './disclosure-control';
export * from './secondary-suppression';
export * from './reporting-periods';
export * from './rounding';

import * as domain from '../index';

describe('the statistics part of the public API of @amhp/domain', () => {
  it.each([
    'byarLimits', 'exactPoissonLimits', 'countLimits', 'crudeRate', 'crudeRateRatio', 'standardisedRateRatio', 'compareGroupRates',
    'directlyStandardisedRate', 'matchToStandard', 'ageOn', 'ageBandOf', 'ageBandLabel', 'parseAgeBandLabel', 'percentileCont', 'summariseWaits',
    'broadEthnicGroupOf', 'broadGroupOfCensusCategory', 'parseCensus2021EthnicGroup', 'checkPopulationTable', 'populationByBroadGroup',
    'populationByBroadGroupAndAgeBand', 'populationByNhsCategory', 'protectCount', 'protectTable', 'protectCounts', 'describeDisclosureRule',
    'financialYear', 'financialYearOf', 'calendarMonth', 'monthsOf', 'isInReportingPeriod', 'roundForDisplay', 'formatRate',
  ])('exports %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the standard population and rules as data, and no test fixtures', () => {
    expect(domain.EUROPEAN_STANDARD_POPULATION_2013.bands).toHaveLength(19);
    expect(domain.NHS_DISCLOSURE_RULE).toEqual({ suppressUpTo: 7, roundTo: 5, suppressZero: false, symbol: '*' });
    expect((domain as Record<string, unknown>).readerView).toBeUndefined();
  });
});

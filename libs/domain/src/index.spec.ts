import * as domain from './index';

describe('the public API of @amhp/domain', () => {
  it.each([
    // issue 2 (existing exports keep working)
    'isValidNhsNumber', 'normaliseNhsNumber', 'formatNhsNumber', 'referralDeadline', 'situationHasClock', 'ethnicCategoryLabel', 'ethnicGroupOf', 'compareForBoard',
    // time
    'londonDateOf', 'londonInstant', 'startOfLondonDay', 'endOfLondonDay', 'addLondonDays', 'addLondonCalendarDays', 'clearDaysBetween', 'periodBeginningWith', 'periodEndingWith', 'formatLondon', 'formatLondonDateTime', 'formatCountdown',
    // regime, clocks
    'legalRegimeOn', 'legalClocks', 'placeOfSafetyClock', 's2Clock', 's3Clock', 's4Clock', 's5_2Clock', 's5_4Clock', 's6_1aAdmissionWindow', 's6_1bAdmissionWindow', 'extendPlaceOfSafetyDetention', 'clockWarningPoints', 'clockWarningLevel', 'mostUrgentClock', 'checkPoliceStationAsPlaceOfSafety',
    // rules
    'checkApplicantAmhp', 'isApprovalCurrent', 'checkMedicalRecommendations', 'checkS4Conversion', 'identifyNearestRelative', 'checkNearestRelativeDuties', 'nearestRelativeRequestProgress', 'checkConflictsOfInterest', 'checkApplication',
    // lifecycle
    'newAssessment', 'decide', 'allowedCommands', 'evolve', 'replay',
  ])('exports %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it('does not export test fixtures', () => {
    expect((domain as Record<string, unknown>).lawfulApplication).toBeUndefined();
    expect((domain as Record<string, unknown>).commandVariant).toBeUndefined();
  });
});

import * as domain from '../index';

describe('the public API of @amhp/domain: doctors, beds, conveyance and waits', () => {
  it.each([
    // intervals
    'mergeIntervals', 'subtractIntervalSets', 'intersectIntervalSets', 'intervalsContain', 'coveredMs',
    // doctors
    'isValidGmcNumber', 'normaliseGmcNumber', 'normaliseLanguage', 'parsePostcode', 'parsePostcodeDistrict', 'normalisePostcode', 'isValidPostcode', 'postcodeDistrictOf', 'districtCovers',
    's12StandingAt', 'countsAsS12Approved', 'lastDayOfS12Approval', 'validateS12Approval', 'expiringS12Approvals',
    'availableIntervals', 'isDoctorAvailableAt', 'isDoctorAvailableThroughout', 'nextAvailableAt', 'weeklyWindowOccurrences', 'hasDeclaredAvailability', 'validateDoctorAvailability', 'validateWeeklyWindow', 'londonWallClockInstant', 'londonWallClockInterval',
    'rankDoctorCandidates', 'assessDoctorCandidate', 'compareRankedDoctors', 'specialismsWanted',
    'newInvitation', 'transitionInvitation', 'invitationResponseDeadline', 'invitationResponseMs', 'isInvitationPending', 'nextInvitationStep',
    'checkFeeClaim', 'feeScheduleInForce', 'validateFeeSchedule', 'mileagePence', 'reviewFeeClaim', 'feeClaimStatusText',
    // beds
    'openBedRequest', 'decideBedRequest', 'allowedBedRequestCommands', 'currentBedOffer', 'bedRequestWaits', 'validateSitRepRow', 'validateSitRepRows', 'placeOfSafetyStateFromSitRep',
    // conveyance
    'checkConveyanceChoice', 'conveyanceModeOf', 'conveyanceLimit', 'conveyanceLimitPoints', 'conveyanceLimitStatus',
    // waits
    'bedRequestEscalationPoints', 'conveyanceEscalationPoints', 'escalationStatus', 'validateEscalationPolicy', 'startSafetyCheckIn', 'safetyCheckInAlertAt', 'safetyCheckInStatus', 'delayReasonLabel', 'isDelayReason',
  ])('exports %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
  });

  it.each([
    'DOCTOR_SPECIALISMS', 'DOCTOR_CONTACT_CHANNELS', 'DOCTOR_SEXES', 'EMPLOYER_KINDS', 'S12_APPROVAL_KINDS', 'WEEKLY_AVAILABILITY_PRESETS', 'DOCTOR_SLOTS',
    'INVITATION_STATES', 'DECLINE_REASONS', 'DEFAULT_INVITATION_RESPONSE_MINUTES', 'FEE_CLAIM_KINDS', 'FEE_CLAIM_STATES',
    'WARD_TYPES', 'WARD_SEXES', 'PLACE_OF_SAFETY_STATES', 'INTENDED_LEGAL_BASES', 'BED_REQUEST_STATES', 'BED_REQUEST_COMMAND_STATES', 'SIT_REP_COLUMNS',
    'CONVEYANCE_KINDS', 'DEFAULT_CONVEYANCE_LIMIT_WARNINGS', 'DELAY_REASONS', 'ESCALATION_AUDIENCES', 'DEFAULT_WAIT_ESCALATION_POLICY',
  ])('exports the vocabulary %s', (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe('object');
  });
});

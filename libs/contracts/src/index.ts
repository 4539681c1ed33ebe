export * from './alerts/alert.view';
export * from './errors/validation-error';
export * from './queue/jobs';
export * from './realtime/events';
export * from './referrals/referral.schema';
export * from './referrals/referral.view';

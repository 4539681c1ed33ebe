export * from './referral/ethnic-category';
export * from './referral/legal-situation';
export * from './referral/nhs-number';
export * from './referral/referral-source';
export * from './referral/legal-deadline';

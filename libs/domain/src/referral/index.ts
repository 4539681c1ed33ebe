export * from './ethnic-category';
export * from './legal-situation';
export * from './nhs-number';
export * from './referral-source';
export * from './legal-deadline';
export * from './board-order';
export * from './referral-facts';

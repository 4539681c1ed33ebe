export * from './rule-violation';
export * from './application-section';

export * from './delay-reasons';
export * from './escalation-points';
export * from './safety-check-in';

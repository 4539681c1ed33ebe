export * from './bed-vocabulary';
export * from './bed-request';
export * from './sit-rep';

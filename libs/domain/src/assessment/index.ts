export * from './assessment-state';
export * from './assessment-commands';
export * from './assessment-events';
export * from './check-application';
export * from './command-availability';
export * from './decide';
export * from './application-circumstances';

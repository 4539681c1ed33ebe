export * from './relative';
export * from './identify-nearest-relative';
export * from './nearest-relative-duties';
export * from './s13-4-request';
export * from './relative-facts';

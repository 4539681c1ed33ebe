export * from './interval-sets';

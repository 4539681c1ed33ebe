export * from './legal-regime';

export * from './amhp-approval';
export * from './amhp-checks';

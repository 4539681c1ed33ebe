export * from './conflict-facts';
export * from './conflicts-of-interest';
export * from './assessor-relationships';

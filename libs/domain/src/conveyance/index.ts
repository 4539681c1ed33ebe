export * from './conveyance-kinds';
export * from './conveyance-limit';

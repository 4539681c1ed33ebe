export * from './absence.schema';
export * from './amhp-register.schema';
export * from './rota-adjustment.schema';
export * from './rota-pattern.schema';
export * from './rota.view';
export * from './team.schema';

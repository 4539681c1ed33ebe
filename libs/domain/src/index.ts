/**
 * @amhp/domain — the Mental Health Act rules of AMHP Hub as pure functions and types.
 * No framework, no I/O: the caller passes the time and the user. See libs/domain/README.md.
 */
export * from './referral/index';
export * from './time/index';
export * from './regime/index';
export * from './rules/index';
export * from './clocks/index';
export * from './amhp/index';
export * from './recommendations/index';
export * from './nearest-relative/index';
export * from './conflicts/index';
export * from './assessment/index';
export * from './rota';
export * from './statistics/index';
export * from './intervals/index';
export * from './doctors/index';
export * from './beds/index';
export * from './conveyance/index';
export * from './waits/index';

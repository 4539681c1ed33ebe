export * from './legal-clock';
export * from './detention-clocks';
export * from './s136b-extension';
export * from './place-of-safety';
export * from './case-clocks';
export * from './warning-points';
export * from './holding-powers';

export * from './london-time';
export * from './london-calendar';
export * from './london-format';

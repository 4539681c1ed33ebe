const preset = require('../../jest.preset.cjs');

/** Unit tests: no database, no Redis. */
module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // NestJS 12 ships ES modules only; let SWC turn them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
  passWithNoTests: true,
};

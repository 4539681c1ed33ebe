const preset = require('../../jest.preset.cjs');

/** Unit tests: no database, no Redis. */
module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // NestJS 12 and openid-client 6 (with its oauth4webapi and jose) ship ES modules only; let
  // SWC turn them into CommonJS for Jest (Node itself loads them with require(esm)).
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|openid-client|oauth4webapi|jose)/)'],
  passWithNoTests: true,
};

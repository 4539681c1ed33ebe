const preset = require('../../jest.preset.cjs');

/** Unit tests: no database, no Redis. */
module.exports = {
  ...preset,
  displayName: 'api',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  passWithNoTests: true,
};

const unit = require('./jest.config.cjs');

/**
 * Integration tests against the real PostgreSQL and Redis: a fresh database amhp_test_<random>
 * per run (created and migrated in global-setup, dropped in global-teardown) and a Redis key
 * prefix of the run's own. Files run one at a time: they share that database.
 */
module.exports = {
  ...unit,
  displayName: 'api-int',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 30000,
  passWithNoTests: false,
};

const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'dashboard',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.(css)$': '<rootDir>/src/test/style-stub.cjs' },
  passWithNoTests: true,
};

/** All unit tests in one run: no database, no Redis, no browser. */
module.exports = {
  projects: [
    '<rootDir>/libs/domain/jest.config.cjs',
    '<rootDir>/libs/contracts/jest.config.cjs',
    '<rootDir>/apps/api/jest.config.cjs',
    '<rootDir>/apps/dashboard/jest.config.cjs',
  ],
};

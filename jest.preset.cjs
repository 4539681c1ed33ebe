// Shared by every project's jest config: SWC for speed, with the decorator metadata
// that NestJS and TypeORM read at run time, and the @amhp/* paths of tsconfig.base.json.
const path = require('node:path');

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: {
      legacyDecorator: true,
      decoratorMetadata: true,
      useDefineForClassFields: false,
      react: { runtime: 'automatic' },
    },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@amhp/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@amhp/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
  },
  // Every project shares one Europe/London-unaware process: tests must not lean on the
  // machine's zone, so pin it to UTC and let the code do the Europe/London conversions.
  setupFiles: [path.join(__dirname, 'jest.setup-tz.cjs')],
};

/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Long: `npm run test:resilience` and `npm run test:scale` (server only), `npm run test:soak`.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/resilience/',
    '<rootDir>/tests/scale/',
    '<rootDir>/tests/soak/',
  ],
  testTimeout: 60000,
  // Transpiled file by file (tsconfig.jest.json): type-checking each test file again in ts-jest cost
  // more than the tests on the embedded database; `npm run lint` type-checks src and tests once.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
};

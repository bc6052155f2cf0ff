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
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }] },
};

/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // PostgreSQL-server-only, long: `npm run test:resilience` and `npm run test:scale`.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/resilience/',
    '<rootDir>/tests/scale/',
  ],
  testTimeout: 60000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }] },
};

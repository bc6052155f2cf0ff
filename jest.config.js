/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // PostgreSQL-server-only, long: run by `npm run test:resilience` (jest.resilience.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/resilience/'],
  testTimeout: 60000,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false }] },
};

/**
 * Resilience tests (tests/resilience): against the PostgreSQL server only, bounded in count and
 * time, loopback only. Run them with `npm run test:resilience`, which builds first (the shutdown
 * test spawns dist/src/main.js) and defaults DATABASE_URL to the local server.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');

if (!process.env.DATABASE_URL) {
  throw new Error(
    'The resilience tests run against a PostgreSQL server: set DATABASE_URL ' +
      '(npm run test:resilience defaults it to postgresql://postgres@127.0.0.1:5432/postgres).',
  );
}

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/resilience'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
};

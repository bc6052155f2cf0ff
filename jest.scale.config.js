/**
 * Scale-out tests (tests/scale): a real streaming replica of the local server, redis-servers of
 * their own and several app processes, all on loopback. Server only: run them with
 * `npm run test:scale`, which builds first and defaults DATABASE_URL to the local server.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');

if (!process.env.DATABASE_URL) {
  throw new Error(
    'The scale-out tests run against a PostgreSQL server: set DATABASE_URL ' +
      '(npm run test:scale defaults it to postgresql://postgres@127.0.0.1:5432/postgres).',
  );
}

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/scale'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
};

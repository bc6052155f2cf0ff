/**
 * The soak (tests/soak): the built server under browsers, extraction and hostile requests for
 * SOAK_SECONDS (120), on the embedded database or, with DATABASE_URL, on the server. Run it with
 * `npm run test:soak`, which builds first; `.ci/run` runs it on both back-ends.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');

const seconds = Number(process.env.SOAK_SECONDS ?? 120);

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/soak'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Start-up of a fresh database and the browser, the soak itself, and the shutdown.
  testTimeout: (seconds + 300) * 1000,
};

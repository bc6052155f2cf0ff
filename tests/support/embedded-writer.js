// Child process for the data-directory lock test: inserts rows into an embedded database.
// usage: node embedded-writer.js <dataDir> <writerName> <rows>
const { Client } = require('pg');
const { startEmbeddedPostgres } = require('../../dist/src/common/database/embedded-postgres');

async function main() {
  const [dataDir, writer, rows] = process.argv.slice(2);
  const embedded = await startEmbeddedPostgres(dataDir);
  const client = new Client({ connectionString: embedded.url });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS written (writer text NOT NULL, n int NOT NULL)');
  for (let n = 0; n < Number(rows); n += 1) {
    await client.query('INSERT INTO written (writer, n) VALUES ($1, $2)', [writer, n]);
  }
  await client.end();
  await embedded.stop();
  console.log(`${writer} wrote ${rows}`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(3);
});

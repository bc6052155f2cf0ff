require('/work/main/node_modules/reflect-metadata');
const { createApp } = require('/work/main/dist/src/app');
const { createDataSource } = require('/work/main/dist/src/common/database/data-source.factory');
const { buildAppSchema } = require('/work/main/dist/src/schema');
(async () => {
  const ds = createDataSource({ url: 'postgresql://postgres@127.0.0.1:5432/atlas_bench', poolSize: 10 });
  await ds.initialize();
  const { httpServer, apollo } = await createApp({ dataSource: ds, schema: await buildAppSchema(), production: true, log: () => {} });
  await new Promise((r) => httpServer.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${httpServer.address().port}/graphql`;
  const query = process.argv[2];
  const body = JSON.stringify({ query });
  const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((r) => r.json());
  const first = await post(); if (first.errors) console.log(JSON.stringify(first.errors));
  const t0 = Date.now(); const n = 40;
  for (let i = 0; i < n; i++) await post();
  console.log('avg ms', (Date.now() - t0) / n);
  await apollo.stop(); await ds.destroy();
})();

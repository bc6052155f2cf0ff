import { AddressInfo } from 'node:net';
import { DataSource, Logger } from 'typeorm';
import { createApp } from '../../app';
import { createDataSource } from '../../common/database/data-source.factory';
import { entities } from '../../entities';
import { startEmbeddedPostgres } from '../../common/database/embedded-postgres';
import { Loaders } from '../../common/loaders';
import { silentLogger } from '../../common/logger';
import { AnalyticsService } from '../../modules/analytics/analytics.service';
import { CountryService } from '../../modules/country/country.service';
import { seed } from '../../modules/dataset/seed';
import { SectorService } from '../../modules/sector/sector.service';
import { generate } from '../generator/generator';
import { buildAppSchema } from '../../schema';
import { BenchQuery, median, post } from './measure';

class CountingLogger implements Logger {
  count = 0;
  logQuery() {
    this.count += 1;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** SQL statements per request, counted in-process by a TypeORM logger on the same app code. */
export async function countStatements(
  queries: BenchQuery[],
): Promise<{ counts: number[]; single: number[]; service: (number | null)[]; where: string }> {
  const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const logger = new CountingLogger();
  let dataSource: DataSource;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (url) {
    dataSource = createDataSource({ url, entities, poolSize: 2, logging: true, logger });
    await dataSource.initialize();
  } else {
    const embedded = await startEmbeddedPostgres('memory');
    stopEmbedded = () => embedded.stop();
    dataSource = createDataSource({
      url: embedded.url,
      entities,
      poolSize: 1,
      embedded: true,
      logging: true,
      logger,
    });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await seed(dataSource);
    await generate(dataSource, { interests: 2000, seed: 1, vacuum: false });
  }
  const { httpServer, apollo } = await createApp({
    dataSource,
    schema: await buildAppSchema(),
    production: true,
    logger: silentLogger(),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const local = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  const counts: number[] = [];
  const single: number[] = [];
  const service: (number | null)[] = [];
  try {
    for (const item of queries) {
      await post(local, item.query, item.variables); // warm up
      logger.count = 0;
      await post(local, item.query, item.variables);
      counts.push(logger.count);
      if (url) {
        const times: number[] = [];
        for (let i = 0; i < 7; i += 1) {
          const begin = performance.now();
          await post(local, item.query, item.variables);
          times.push(performance.now() - begin);
        }
        single.push(median(times));
        const loaders = new Loaders(dataSource);
        const analytics = new AnalyticsService(
          dataSource,
          new CountryService(dataSource, loaders),
          new SectorService(dataSource, loaders),
        );
        const serviceTimes: number[] = [];
        for (let i = 0; item.service && i < 7; i += 1) {
          const begin = performance.now();
          await item.service(analytics);
          serviceTimes.push(performance.now() - begin);
        }
        service.push(item.service ? median(serviceTimes) : null);
      }
    }
  } finally {
    await apollo.stop();
    await dataSource.destroy();
    await stopEmbedded?.();
  }
  return {
    counts,
    single,
    service,
    where: url
      ? 'the same database, through an in-process copy of the app with a counting TypeORM logger'
      : 'an in-memory PGlite with the seed and 2,000 generated interests, through an in-process copy of the app with a counting TypeORM logger (same code paths)',
  };
}

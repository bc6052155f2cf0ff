import { DataSource } from 'typeorm';
import { Loaders } from '../../common/loaders';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { paginate } from '../../common/relay/pagination';
import { escapeLike } from '../../common/sql';
import { Source } from './source.entity';
import { SourceFilter } from './source.inputs';

export class SourceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: Loaders,
  ) {}

  byId(id: number | null): Promise<Source | null> {
    return this.loaders.ref(Source, id);
  }

  findByUrl(url: string): Promise<Source | null> {
    return this.dataSource.getRepository(Source).findOneBy({ url: url.trim() });
  }

  list(filter: SourceFilter = {}, args: ConnectionArgs): Promise<ConnectionShape<Source>> {
    const query = this.dataSource.getRepository(Source).createQueryBuilder('source');
    if (filter.search) {
      query.andWhere('(source.title ILIKE :pattern OR source.url ILIKE :pattern)', {
        pattern: `%${escapeLike(filter.search)}%`,
      });
    }
    return paginate(query, args, {
      connection: 'sources',
      kind: 'timestamp',
      sort: 'source.publishedAt',
      id: 'source.id',
      direction: 'DESC',
      value: (source) => source.publishedAt.toISOString(),
    });
  }
}

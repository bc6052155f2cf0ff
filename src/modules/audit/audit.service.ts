import { DataSource } from 'typeorm';
import { snakeCase } from 'typeorm/util/StringUtils';
import { ConnectionArgs, ConnectionShape } from '../../common/relay/connection.types';
import { expectGlobalId, fromGlobalId } from '../../common/relay/global-id';
import { paginate } from '../../common/relay/pagination';
import { AuditEntry } from './audit.entity';
import { AuditFilter } from './audit.inputs';

/** Type names whose table name is not the snake_case of the class name. */
const TABLES: Record<string, string> = {
  SectorInterest: 'sector_interest',
  BilateralRelation: 'bilateral_relation',
  ApiKey: 'api_key',
};

export function tableOf(entity: string): string {
  const trimmed = entity.trim();
  return TABLES[trimmed] ?? (/[A-Z]/.test(trimmed) ? snakeCase(trimmed) : trimmed);
}

/** Reads the audit log, newest first. Writing it is the database triggers' job. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: AuditFilter = {}, args: ConnectionArgs): Promise<ConnectionShape<AuditEntry>> {
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (filter.entity) query.andWhere('a.entity = :entity', { entity: tableOf(filter.entity) });
    if (filter.entityId != null)
      query.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.nodeId) {
      const { type, id } = fromGlobalId(filter.nodeId, 'filter.nodeId');
      query.andWhere('a.entity = :nodeTable AND a.entity_id = :nodeRowId', {
        nodeTable: tableOf(type),
        nodeRowId: id,
      });
    }
    if (filter.apiKeyId) {
      const apiKeyId = expectGlobalId(filter.apiKeyId, 'ApiKey', 'filter.apiKeyId');
      query.andWhere('a.api_key_id = :apiKeyId', { apiKeyId });
    }
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    return paginate(query, args, {
      connection: 'auditLog',
      kind: 'integer',
      sort: 'a.id',
      id: 'a.id',
      direction: 'DESC',
      value: (a) => a.id,
    });
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth/roles';
import { ConnectionArgs } from '../../common/relay/connection.types';
import { toGlobalId } from '../../common/relay/global-id';
import { Context } from '../../context';
import { ApiKey } from '../api-key/api-key.entity';
import { AuditEntryConnection } from './audit.connection';
import { AuditEntry } from './audit.entity';
import { AuditFilter } from './audit.inputs';

const TYPES: Record<string, string> = {
  agreement: 'Agreement',
  api_key: 'ApiKey',
  bilateral_relation: 'BilateralRelation',
  meeting: 'Meeting',
  organization: 'Organization',
  participant: 'Participant',
  person: 'Person',
  position: 'Position',
  sector: 'Sector',
  sector_interest: 'SectorInterest',
  source: 'Source',
};

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description: 'Every change, newest first (admins only).',
  })
  auditLog(
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AuditFilter, {
      nullable: true,
      description: 'Conditions to narrow the log.',
    })
    filter: AuditFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    return ctx.services.audit.list(filter, page);
  }

  @FieldResolver(() => ApiKey, {
    nullable: true,
    description: 'The key the change was made with; null for the seed and command-line tools.',
  })
  apiKey(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ApiKey, entry.apiKeyId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Global ID of the changed record, when it is a node (not for link rows).',
  })
  nodeId(@Root() entry: AuditEntry): string | null {
    const type = TYPES[entry.entity];
    return type && entry.entityId != null ? toGlobalId(type, entry.entityId) : null;
  }
}

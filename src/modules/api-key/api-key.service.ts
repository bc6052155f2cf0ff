import { DataSource, EntityManager, IsNull } from 'typeorm';
import { generateApiKey, hashApiKey } from '../../common/auth/keys';
import { AtlasUser, Role } from '../../common/auth/roles';
import { withActor } from '../audit/audit.context';
import { ApiKey } from './api-key.entity';

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The key itself; shown once, never stored. */
  secret: string;
}

/** Issues, lists, revokes and checks API keys. Used by the CLI and by admin mutations. */
export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  /** The principal a presented key stands for; null when unknown or revoked. */
  async authenticate(secret: string): Promise<AtlasUser | null> {
    const key = await this.dataSource
      .getRepository(ApiKey)
      .findOneBy({ keyHash: hashApiKey(secret), revokedAt: IsNull() });
    if (!key) return null;
    return { keyId: key.id, name: key.name, role: key.role.toLowerCase() as AtlasUser['role'] };
  }

  async create(name: string, role: Role, actor?: AtlasUser): Promise<CreatedApiKey> {
    const secret = generateApiKey();
    const apiKey = await withActor(this.dataSource, actor, (em: EntityManager) =>
      em.save(
        em.create(ApiKey, {
          name: name.trim(),
          role,
          keyHash: hashApiKey(secret),
          prefix: secret.slice(0, 12),
        }),
      ),
    );
    return { apiKey, secret };
  }

  list(includeRevoked = true): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({
      where: includeRevoked ? {} : { revokedAt: IsNull() },
      order: { id: 'ASC' },
    });
  }

  /** Revokes a key; null when no key has that id. Revoking twice keeps the first time. */
  async revoke(id: number, actor?: AtlasUser): Promise<ApiKey | null> {
    return withActor(this.dataSource, actor, async (em) => {
      const key = await em.findOneBy(ApiKey, { id });
      if (!key) return null;
      if (!key.revokedAt) {
        await em.update(ApiKey, id, { revokedAt: new Date() });
        return em.findOneByOrFail(ApiKey, { id });
      }
      return key;
    });
  }
}

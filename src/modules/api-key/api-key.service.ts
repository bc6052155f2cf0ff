import { DataSource, EntityManager, IsNull } from 'typeorm';
import { generateApiKey, hashApiKey } from '../../common/auth/keys';
import { AtlasUser, Role } from '../../common/auth/roles';
import { withActor } from '../../common/database/audit-actor';
import { ApiKey } from './api-key.entity';

/** Advisory lock key ("ATLA") serializing the first admin key across starting servers. */
const FIRST_ADMIN_LOCK = 0x41544c41;

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

  create(name: string, role: Role, actor?: AtlasUser): Promise<CreatedApiKey> {
    return withActor(this.dataSource, actor, (em) => this.insert(em, name, role));
  }

  /**
   * Creates an admin key only when no active one exists. The check and the insert hold one
   * advisory lock, so servers starting together create one key; `keep` stores the secret
   * before the transaction commits, so a key nobody can read is never left behind.
   */
  createFirstAdmin(name: string, keep: (secret: string) => Promise<void>): Promise<ApiKey | null> {
    return withActor(
      this.dataSource,
      undefined,
      async (em) => {
        await em.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
        if (await em.existsBy(ApiKey, { role: Role.ADMIN, revokedAt: IsNull() })) return null;
        const { apiKey, secret } = await this.insert(em, name, Role.ADMIN);
        await keep(secret);
        return apiKey;
      },
      'firstAdminKey',
    );
  }

  private async insert(em: EntityManager, name: string, role: Role): Promise<CreatedApiKey> {
    const secret = generateApiKey();
    const apiKey = await em.save(
      em.create(ApiKey, {
        name: name.trim(),
        role,
        keyHash: hashApiKey(secret),
        prefix: secret.slice(0, 12),
      }),
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

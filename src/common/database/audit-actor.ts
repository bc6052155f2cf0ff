import { DataSource, EntityManager } from 'typeorm';
import type { AtlasUser } from '../auth/roles';

/**
 * Runs `work` in one transaction whose writes the audit triggers attribute to `actor`
 * (see the CurationAudit migration). The settings are transaction-local, so they vanish at
 * commit or rollback and never leak to the next user of the pooled connection.
 */
export async function withActor<T>(
  dataSource: DataSource,
  actor: AtlasUser | undefined,
  work: (em: EntityManager) => Promise<T>,
  operation?: string,
): Promise<T> {
  return dataSource.transaction(async (em) => {
    await setActor(em, actor, operation);
    return work(em);
  });
}

/** Attributes the rest of the current transaction's writes to `actor`. */
export async function setActor(
  em: EntityManager,
  actor: AtlasUser | undefined,
  operation?: string,
): Promise<void> {
  await em.query(
    `SELECT set_config('atlas.api_key_id', $1, true), set_config('atlas.actor', $2, true),
            set_config('atlas.operation', $3, true)`,
    [actor ? String(actor.keyId) : '', actor?.name ?? '', operation ?? ''],
  );
}

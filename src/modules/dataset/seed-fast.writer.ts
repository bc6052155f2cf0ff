import { EntityManager } from 'typeorm';
import { setActor } from '../../common/database/audit-actor';
import { Dataset } from './dataset.types';
import { KnownRefs, LoadSummary, writeDataset } from './dataset.writer';

/** The tables the loader writes that have an id: a row with an older id was updated, not added. */
const ID_TABLES = [
  'sector',
  'organization',
  'person',
  'position',
  'source',
  'meeting',
  'participant',
  'sector_interest',
  'bilateral_relation',
  'agreement',
] as const;

type MaxIds = Record<(typeof ID_TABLES)[number], number>;

const THIS_TRANSACTION = 'xmin = pg_current_xact_id()::xid';

/** Thrown inside the fast path's transaction when the file changed stored rows: it rolls back. */
export class NotInsertOnlyError extends Error {
  constructor(readonly table: string) {
    super(`the file updates stored rows of ${table}`);
  }
}

/**
 * Turning triggers off (session_replication_role) needs a superuser: the embedded database's
 * role is one, a server role may not be.
 */
export async function canSkipTriggers(em: EntityManager): Promise<boolean> {
  const [{ su }]: { su: string }[] = await em.query(`SELECT current_setting('is_superuser') AS su`);
  return su === 'on';
}

/**
 * Writes a dataset that only adds rows, inside the caller's transaction, with every trigger off
 * (foreign-key checks, audit, rollups, data version), then brings what the triggers maintain up
 * to date in a few set-based statements over the added rows: the analytics read model and its
 * rollups, one audit entry for the whole write (entity `seed_file`) and one data-version bump
 * (neither when nothing was added: a part written before, loaded again after a restart).
 * The loader resolves every reference itself, so the foreign keys hold without their checks.
 * Throws NotInsertOnlyError, to be rolled back and loaded the normal way, when the file changes
 * a stored row (an update would need the per-row triggers' bookkeeping).
 */
export async function writeSeedFast(
  em: EntityManager,
  data: Dataset,
  name: string,
  known?: KnownRefs,
): Promise<LoadSummary> {
  await setActor(em, undefined, 'seed');
  const before = await maxIds(em);
  await em.query('SET LOCAL session_replication_role = replica');
  const summary = await writeDataset(em, data, undefined, known);
  await em.query('SET LOCAL session_replication_role = origin');
  for (const table of ID_TABLES) {
    const [{ updated }]: { updated: boolean }[] = await em.query(
      `SELECT EXISTS (SELECT 1 FROM "${table}" WHERE id <= $1 AND ${THIS_TRANSACTION}) AS updated`,
      [before[table]],
    );
    if (updated) throw new NotInsertOnlyError(table);
  }
  const after = await maxIds(em);
  if (ID_TABLES.every((t) => after[t] === before[t])) return summary;
  await refreshDerived(em, before);
  await em.query(
    `INSERT INTO audit_log (operation, entity, action, changes)
     SELECT 'seed', 'seed_file', 'INSERT',
            jsonb_object_agg(e.key, jsonb_build_object('before', NULL, 'after', e.value))
       FROM jsonb_each($1::jsonb) e`,
    [JSON.stringify({ file: name, ...summary })],
  );
  await em.query(
    `UPDATE atlas_data_version SET version = version + 1 WHERE shard = pg_backend_pid() % 16`,
  );
  return summary;
}

async function maxIds(em: EntityManager): Promise<MaxIds> {
  const [row]: Record<string, number>[] = await em.query(
    `SELECT ${ID_TABLES.map((t) => `(SELECT coalesce(max(id), 0) FROM "${t}")::int AS "${t}"`).join(', ')}`,
  );
  return row as MaxIds;
}

/** What the sector, party, interest and relation triggers would have written for the new rows. */
async function refreshDerived(em: EntityManager, before: MaxIds): Promise<void> {
  const [{ sectors }]: { sectors: boolean }[] = await em.query(
    'SELECT EXISTS (SELECT 1 FROM sector WHERE id > $1) AS sectors',
    [before.sector],
  );
  if (sectors) await em.query('SELECT analytics_rebuild_sector_tree()');
  await em.query(
    `SELECT analytics_refresh_meeting_pairs(ARRAY(
       SELECT DISTINCT meeting_id FROM meeting_party WHERE ${THIS_TRANSACTION}))`,
  );
  await em.query(
    'SELECT analytics_add_interests(ARRAY(SELECT id FROM sector_interest WHERE id > $1 ORDER BY id))',
    [before.sector_interest],
  );
  await em.query(
    'SELECT analytics_refresh_anniversaries(ARRAY(SELECT id FROM bilateral_relation WHERE id > $1))',
    [before.bilateral_relation],
  );
}

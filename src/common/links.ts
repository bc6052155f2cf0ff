import { EntityManager } from 'typeorm';

/**
 * Inserts (owner, target) pairs into a join table, ignoring pairs already there and ids of 0
 * (unresolved references); answers how many pairs were new.
 */
export async function link(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: number,
  targetColumn: string,
  targetIds: number[],
): Promise<number> {
  const ids = [...new Set(targetIds.filter((id) => id > 0))];
  if (ids.length === 0) return 0;
  const [{ n }]: { n: number }[] = await em.query(
    `WITH added AS (
       INSERT INTO "${table}" ("${ownerColumn}", "${targetColumn}")
       SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM added`,
    [ownerId, ids],
  );
  return n;
}

/**
 * Makes an owner's links exactly `targetIds`: removes the others, adds the missing ones.
 * Answers how many pairs changed, so the owner's version can be bumped when its links moved.
 */
export async function relink(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: number,
  targetColumn: string,
  targetIds: number[],
): Promise<number> {
  const [{ n }]: { n: number }[] = await em.query(
    `WITH removed AS (
       DELETE FROM "${table}"
        WHERE "${ownerColumn}" = $1 AND NOT ("${targetColumn}" = ANY($2::int[])) RETURNING 1)
     SELECT count(*)::int AS n FROM removed`,
    [ownerId, targetIds],
  );
  return n + (await link(em, table, ownerColumn, ownerId, targetColumn, targetIds));
}

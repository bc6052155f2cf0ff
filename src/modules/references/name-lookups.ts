import { EntityManager } from 'typeorm';
import { FOLD_FROM_TO, foldSql } from '../../common/names';

const fold = (expr: string) => foldSql(expr, '$2', '$3');

/** A stored organization whose name or acronym matches (ignoring case and accents); 0 if none. */
export async function organizationIdByName(
  em: EntityManager,
  name: string,
  acronym: string | null,
): Promise<number> {
  const [from, to] = FOLD_FROM_TO;
  const rows: { id: number }[] = await em.query(
    `SELECT o.id FROM organization o
      WHERE ${fold('o.name')} = ${fold('$1')} OR ${fold('o.acronym')} = ${fold('$1')}
         OR (${fold('o.acronym')} = ${fold('$4::text')} AND $4::text IS NOT NULL)
      ORDER BY (${fold('o.name')} = ${fold('$1')}) DESC, o.id LIMIT 1`,
    [name, from, to, acronym],
  );
  return rows[0]?.id ?? 0;
}

/**
 * A stored person whose name or an alias matches (ignoring case and accents), of the same
 * country or with none on either side, the same country first; 0 if none.
 */
export async function personIdByName(
  em: EntityManager,
  name: string,
  countryId: number | null,
): Promise<number> {
  const [from, to] = FOLD_FROM_TO;
  const rows: { id: number }[] = await em.query(
    `SELECT p.id FROM person p
      WHERE (${fold('p.name')} = ${fold('$1')}
             OR EXISTS (SELECT 1 FROM unnest(p.aliases) AS a(alias)
                         WHERE ${fold('a.alias')} = ${fold('$1')}))
        AND ($4::int IS NULL OR p.country_id IS NULL OR p.country_id = $4::int)
      ORDER BY (p.country_id IS NOT DISTINCT FROM $4::int) DESC, p.id LIMIT 1`,
    [name, from, to, countryId],
  );
  return rows[0]?.id ?? 0;
}

/** The record stored under `key` when it has the same name (a concurrent writer's); 0 if not. */
export async function sameNameIdAtKey(
  em: EntityManager,
  table: 'person' | 'organization',
  key: string,
  name: string,
): Promise<number> {
  const [from, to] = FOLD_FROM_TO;
  const rows: { id: number }[] = await em.query(
    `SELECT id FROM "${table}" WHERE key = $1 AND ${foldSql('name', '$3', '$4')} = ${foldSql('$2', '$3', '$4')}`,
    [key, name, from, to],
  );
  return rows[0]?.id ?? 0;
}

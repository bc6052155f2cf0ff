import { EntityManager } from 'typeorm';
import { FOLD_FROM_TO, foldSql } from '../../common/names';

/** A meeting about to be recorded, as the duplicate rule compares it. */
export interface MeetingSides {
  partyIds: number[];
  city: string | null | undefined;
  /** Start date, "YYYY-MM-DD" (the first day of its period for a partial date). */
  start: string;
  /** The URLs of the reports it comes from. */
  sourceUrls?: string[];
  /** The named people taking part: stored people by id, new ones by name. */
  people?: { ids: number[]; names: string[] };
}

/**
 * The one rule for "this looks like a meeting already stored", used by recordMeeting (which
 * answers DUPLICATE, or attaches the sources with attachToDuplicate) and by extraction (the
 * draft's `duplicateOf`), so a draft names exactly the meeting its input would be refused for.
 * A stored meeting is a likely duplicate when it has the same set of parties, the same city
 * (ignoring case and surrounding spaces; no city on both sides counts as the same) and starts
 * within a day of `start`. Visits are never duplicates: a visit groups the meetings held during
 * it, which share its parties and dates. A stored meeting that cites one of the same reports is
 * the same meeting read again only when every named person of the new one took part in it;
 * otherwise it is another meeting that report describes (a call on the prime minister and a
 * breakfast with the foreign minister, on one day). Of several, the first stored is answered.
 */
export async function findLikelyDuplicate(
  em: EntityManager,
  meeting: MeetingSides,
): Promise<number | null> {
  const parties = [...new Set(meeting.partyIds)].sort((a, b) => a - b);
  const fold = (expr: string) => foldSql(expr, '$7', '$8');
  const rows: { id: number }[] = await em.query(
    `SELECT m.id FROM meeting m
      WHERE lower(coalesce(m.city, '')) = lower(coalesce($1::text, ''))
        AND m.start_date BETWEEN $2::date - 1 AND $2::date + 1
        AND m.kind NOT IN ('OFFICIAL_VISIT', 'PARLIAMENTARY_VISIT')
        AND (SELECT array_agg(mp.country_id ORDER BY mp.country_id) FROM meeting_party mp
              WHERE mp.meeting_id = m.id) = $3::int[]
        AND (NOT EXISTS (SELECT 1 FROM meeting_source ms JOIN source s ON s.id = ms.source_id
                          WHERE ms.meeting_id = m.id AND s.url = ANY($4::text[]))
             OR (NOT EXISTS (SELECT 1 FROM unnest($5::int[]) AS x(id)
                              WHERE NOT EXISTS (SELECT 1 FROM participant p
                                                 WHERE p.meeting_id = m.id AND p.person_id = x.id))
                 AND NOT EXISTS (SELECT 1 FROM unnest($6::text[]) AS n(name)
                                  WHERE NOT EXISTS (
                                    SELECT 1 FROM participant p JOIN person pe ON pe.id = p.person_id
                                     WHERE p.meeting_id = m.id
                                       AND ${fold('pe.name')} = ${fold('n.name')}))))
      ORDER BY m.id LIMIT 1`,
    [
      meeting.city?.trim() || null,
      meeting.start,
      parties,
      meeting.sourceUrls ?? [],
      meeting.people?.ids ?? [],
      meeting.people?.names ?? [],
      ...FOLD_FROM_TO,
    ],
  );
  return rows[0]?.id ?? null;
}

import { EntityManager } from 'typeorm';

/** A meeting about to be recorded, as the duplicate rule compares it. */
export interface MeetingSides {
  partyIds: number[];
  city: string | null | undefined;
  /** Start date, "YYYY-MM-DD" (the first day of its period for a partial date). */
  start: string;
  /** The URLs of the reports it comes from. */
  sourceUrls?: string[];
}

/**
 * The one rule for "this looks like a meeting already stored", used by recordMeeting (which
 * answers DUPLICATE, or attaches the sources with attachToDuplicate) and by extraction (the
 * draft's `duplicateOf`), so a draft names exactly the meeting its input would be refused for.
 * A stored meeting is a likely duplicate when it has the same set of parties, the same city
 * (ignoring case and surrounding spaces; no city on both sides counts as the same) and starts
 * within a day of `start`, and cites none of the same reports: a stored meeting that cites this
 * very report is another meeting the report describes (two bilateral meetings on one day), not
 * a second outlet's report of this one. Visits are never duplicates: a visit groups the meetings held during
 * it, which share its parties and dates. Of several, the first stored (lowest id) is answered.
 */
export async function findLikelyDuplicate(
  em: EntityManager,
  meeting: MeetingSides,
): Promise<number | null> {
  const parties = [...new Set(meeting.partyIds)].sort((a, b) => a - b);
  const rows: { id: number }[] = await em.query(
    `SELECT m.id FROM meeting m
      WHERE lower(coalesce(m.city, '')) = lower(coalesce($1::text, ''))
        AND m.start_date BETWEEN $2::date - 1 AND $2::date + 1
        AND m.kind NOT IN ('OFFICIAL_VISIT', 'PARLIAMENTARY_VISIT')
        AND (SELECT array_agg(mp.country_id ORDER BY mp.country_id) FROM meeting_party mp
              WHERE mp.meeting_id = m.id) = $3::int[]
        AND NOT EXISTS (SELECT 1 FROM meeting_source ms JOIN source s ON s.id = ms.source_id
                         WHERE ms.meeting_id = m.id AND s.url = ANY($4::text[]))
      ORDER BY m.id LIMIT 1`,
    [meeting.city?.trim() || null, meeting.start, parties, meeting.sourceUrls ?? []],
  );
  return rows[0]?.id ?? null;
}

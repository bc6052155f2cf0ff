import { EntityManager } from 'typeorm';
import type { WithUserErrors } from '../../common/user-errors';
import { LiveBus, LiveTopic, PublishedEvent } from './event-bus';

interface InterestCodes {
  meetingId: number;
  country: string;
  partner: string | null;
  sector: string;
}

/**
 * The events of one write, gathered inside its transaction and published only once it has
 * committed (see LiveEvents.afterCommit).
 */
export class PendingEvents {
  readonly events: PublishedEvent[] = [];

  /** `enabled` false (no bus to publish on): gather nothing, and spend no query on it. */
  constructor(
    readonly operation: string,
    private readonly enabled = true,
  ) {}

  /** New meetings: meetingRecorded each, and sectorInterestChanged for each country that raised one. */
  async meetingsRecorded(em: EntityManager, meetingIds: number[]): Promise<void> {
    if (!this.enabled || !meetingIds.length) return;
    const parties: { meetingId: number; code: string }[] = await em.query(
      `SELECT mp.meeting_id AS "meetingId", c.code
         FROM meeting_party mp JOIN country c ON c.id = mp.country_id
        WHERE mp.meeting_id = ANY($1::int[])`,
      [meetingIds],
    );
    const interests = await interestCodes(em, 'i.meeting_id = ANY($1::int[])', [meetingIds]);
    for (const meetingId of meetingIds) {
      const own = interests.filter((i) => i.meetingId === meetingId);
      const countries = parties.filter((p) => p.meetingId === meetingId).map((p) => p.code);
      for (const i of own) countries.push(i.country, ...(i.partner ? [i.partner] : []));
      this.events.push({
        topic: LiveTopic.MEETING_RECORDED,
        payload: {
          meetingId,
          countryCodes: distinct(countries),
          sectorCodes: distinct(own.map((i) => i.sector)),
          operation: this.operation,
          at: new Date().toISOString(),
        },
      });
    }
    this.interestsChanged(interests);
  }

  /**
   * sectorInterestChanged for interests about to be removed or just written, named by a
   * condition on `i` (sector_interest).
   */
  async interestsWhere(em: EntityManager, where: string, params: unknown[]): Promise<void> {
    if (!this.enabled) return;
    this.interestsChanged(await interestCodes(em, where, params));
  }

  /**
   * The events of a bulk write (importDataset), read from the audit rows this transaction wrote:
   * each meeting it created, and the interests it wrote in meetings that already existed.
   */
  async writtenInTransaction(em: EntityManager): Promise<void> {
    if (!this.enabled) return;
    const written = (entity: string, action?: string) =>
      `SELECT entity_id FROM audit_log WHERE xmin = pg_current_xact_id()::xid
          AND entity = '${entity}'${action ? ` AND action = '${action}'` : ''}`;
    const created: { id: number }[] = await em.query(
      `SELECT DISTINCT entity_id AS id FROM (${written('meeting', 'INSERT')}) w ORDER BY 1`,
    );
    await this.meetingsRecorded(
      em,
      created.map((c) => c.id),
    );
    await this.interestsWhere(
      em,
      `i.id IN (${written('sector_interest')}) AND NOT (i.meeting_id = ANY($1::int[]))`,
      [created.map((c) => c.id)],
    );
  }

  private interestsChanged(interests: InterestCodes[]): void {
    const byCountry = new Map<string, InterestCodes[]>();
    for (const i of interests) byCountry.set(i.country, [...(byCountry.get(i.country) ?? []), i]);
    for (const [country, rows] of byCountry) {
      const meetings = distinct(rows.map((r) => String(r.meetingId)));
      this.events.push({
        topic: LiveTopic.SECTOR_INTEREST_CHANGED,
        payload: {
          country,
          sectorCodes: distinct(rows.map((r) => r.sector)),
          meetingId: meetings.length === 1 ? Number(meetings[0]) : null,
          operation: this.operation,
          at: new Date().toISOString(),
        },
      });
    }
  }
}

/** Publishes the events of a write after its transaction commits; nothing when it rolls back. */
export class LiveEvents {
  constructor(private readonly bus?: LiveBus) {}

  /**
   * Runs `write` (a `mutate()`, which has committed when it resolves without userErrors) and
   * then publishes what it gathered. A rolled-back write answers userErrors or throws: nothing
   * is published. Publishing never fails the write (LiveBus.publish logs instead).
   */
  async afterCommit<T extends WithUserErrors>(
    operation: string,
    write: (pending: PendingEvents) => Promise<T>,
  ): Promise<T> {
    const pending = new PendingEvents(operation, this.bus !== undefined);
    const result = await write(pending);
    if (this.bus && result.userErrors.length === 0) {
      for (const event of pending.events) this.bus.publish(event);
    }
    return result;
  }
}

async function interestCodes(
  em: EntityManager,
  where: string,
  params: unknown[],
): Promise<InterestCodes[]> {
  return em.query(
    `SELECT i.meeting_id AS "meetingId", c.code AS country, p.code AS partner, s.code AS sector
       FROM sector_interest i
       JOIN country c ON c.id = i.country_id
       LEFT JOIN country p ON p.id = i.partner_id
       JOIN sector s ON s.id = i.sector_id
      WHERE ${where}`,
    params,
  );
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort();
}

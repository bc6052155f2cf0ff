import { DataSource } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { boundedStream, OverflowHandler } from '../../common/http/bounded-stream';
import { LiveBus, LiveTopic, MeetingRecordedEvent, SectorInterestEvent } from './event-bus';
import { MeetingRecordedFilter } from './live.types';

/** Subscriptions to the live updates, with their arguments checked against the database. */
export class LiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus?: LiveBus,
  ) {}

  async meetingRecorded(
    filter: MeetingRecordedFilter | undefined,
    onOverflow?: OverflowHandler,
  ): Promise<AsyncIterable<MeetingRecordedEvent>> {
    const bus = this.requireBus();
    const countries = filter?.countryCodes
      ? new Set(await this.known('country', filter.countryCodes, 'filter.countryCodes'))
      : undefined;
    const sectors = filter?.sectorCodes
      ? new Set(await this.known('sector', filter.sectorCodes, 'filter.sectorCodes'))
      : undefined;
    return boundedStream(
      bus.pubSub.subscribe(LiveTopic.MEETING_RECORDED),
      (event) =>
        (!countries || event.countryCodes.some((c) => countries.has(c))) &&
        (!sectors || event.sectorCodes.some((s) => sectors.has(s))),
      { onOverflow },
    );
  }

  async sectorInterestChanged(
    country: string,
    onOverflow?: OverflowHandler,
  ): Promise<AsyncIterable<SectorInterestEvent>> {
    const bus = this.requireBus();
    const [code] = await this.known('country', [country], 'country');
    return boundedStream(
      bus.pubSub.subscribe(LiveTopic.SECTOR_INTEREST_CHANGED, code),
      () => true,
      {
        onOverflow,
      },
    );
  }

  private requireBus(): LiveBus {
    if (!this.bus) throw new Error('live updates are not set up in this process');
    return this.bus;
  }

  /** The stored codes for `codes` (countries are matched case-insensitively); unknown ones are refused. */
  private async known(table: 'country' | 'sector', codes: string[], field: string) {
    const wanted = table === 'country' ? codes.map((c) => c.trim().toUpperCase()) : codes;
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM ${table} WHERE code = ANY($1::text[])`,
      [wanted],
    );
    const found = new Set(rows.map((r) => r.code));
    const unknown = wanted.filter((c) => !found.has(c));
    if (unknown.length) {
      throw new BadUserInputError(
        `unknown ${table} code${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`,
        field,
        'NOT_FOUND',
      );
    }
    return [...found];
  }
}

import { BulkRows } from '../../common/database/bulk-rows';
import { RowColumn } from '../../common/database/row-writer';
import { KeyMap, partial, Row } from './dataset-keys';
import { DatasetMeeting } from './dataset.types';

/** What a meeting refers to, resolved by the steps before it. */
export interface MeetingRefs {
  party(code: string): number;
  optParty(code: string | undefined | null): number | null;
  readonly sectorIds: KeyMap;
  readonly orgIds: KeyMap;
  readonly personIds: KeyMap;
  readonly sourceIds: KeyMap;
}

const EVIDENCE_DEFAULT = "'[]'::jsonb";

/** Meetings and the rows that are part of them, in bulk, matched as the format says. */
export class MeetingsWriter {
  private meetingIds = new KeyMap();

  constructor(
    private readonly rows: BulkRows,
    private readonly refs: MeetingRefs,
  ) {}

  /**
   * Meetings, then their visits, parties, sources, participants and interests (a visit may come
   * later in the file). Answers how many interests were written.
   */
  async write(meetings: DatasetMeeting[]): Promise<number> {
    const ids = await this.rows.upsert(
      'meeting',
      MEETING_COLUMNS,
      meetings.map((m) => this.row(m)),
    );
    this.meetingIds = KeyMap.from(ids);
    const id = (m: DatasetMeeting) => this.meetingIds.get(m.key);
    await this.rows.setColumn(
      'meeting',
      'visit_id',
      'int',
      meetings.map((m) => [id(m), this.meetingIds.opt(m.visit)]),
    );
    await this.rows.link(
      'meeting_party',
      'meeting_id',
      'country_id',
      meetings.flatMap((m) => m.parties.map((c): [number, number] => [id(m), this.refs.party(c)])),
    );
    await this.rows.link(
      'meeting_source',
      'meeting_id',
      'source_id',
      meetings.flatMap((m) =>
        m.sources.map((u): [number, number] => [id(m), this.refs.sourceIds.get(u)]),
      ),
    );
    await this.participants(meetings);
    return this.interests(meetings);
  }

  private row(m: DatasetMeeting): Row {
    const start = partial(m.start)!;
    const end = partial(m.end);
    return [
      m.key,
      m.title,
      m.kind,
      start.date,
      start.precision,
      end?.date ?? null,
      end?.precision ?? null,
      m.city ?? null,
      this.refs.optParty(m.placeCountry),
      this.refs.optParty(m.hostCountry),
      m.summary,
    ];
  }

  /** A named participant is matched by person, an unnamed one by its description. */
  private async participants(meetings: DatasetMeeting[]): Promise<void> {
    const rows: Row[] = [];
    for (const m of meetings) {
      const meetingId = this.meetingIds.get(m.key);
      for (const p of m.participants ?? []) {
        const personId = this.refs.personIds.opt(p.person);
        rows.push([
          meetingId,
          personId,
          p.description ?? null,
          this.refs.party(p.country),
          this.refs.orgIds.opt(p.organization),
          p.role,
          p.capacity ?? null,
          p.evidence ? JSON.stringify(p.evidence) : null,
        ]);
      }
    }
    await this.rows.merge(
      {
        table: 'participant',
        columns: PARTICIPANT_COLUMNS,
        identity: ([meeting, person, text]) => [meeting, person, person === null ? text : null],
        match: `t.meeting_id = v.meeting_id AND t.person_id IS NOT DISTINCT FROM v.person_id
                AND (v.person_id IS NOT NULL OR t.description = v.description)`,
        keep: { evidence: EVIDENCE_DEFAULT },
      },
      rows,
    );
  }

  private async interests(meetings: DatasetMeeting[]): Promise<number> {
    const rows: Row[] = [];
    for (const m of meetings) {
      const meetingId = this.meetingIds.get(m.key);
      for (const it of m.interests ?? []) {
        rows.push([
          meetingId,
          this.refs.sectorIds.get(it.sector),
          this.refs.party(it.country),
          this.refs.optParty(it.partner),
          it.stance,
          this.refs.personIds.opt(it.speaker),
          it.note,
          this.refs.sourceIds.get(it.source),
          it.evidence ? JSON.stringify(it.evidence) : null,
        ]);
      }
    }
    await this.rows.merge(
      {
        table: 'sector_interest',
        columns: INTEREST_COLUMNS,
        identity: (row) => row.slice(0, 5),
        chunk: 50_000,
        match: `t.meeting_id = v.meeting_id AND t.sector_id = v.sector_id
                AND t.country_id = v.country_id AND t.partner_id IS NOT DISTINCT FROM v.partner_id
                AND t.stance = v.stance`,
        keep: { evidence: EVIDENCE_DEFAULT },
      },
      rows,
    );
    return rows.length;
  }
}

const MEETING_COLUMNS: RowColumn[] = [
  ['key', 'text'],
  ['title', 'text'],
  ['kind', 'meeting_kind'],
  ['start_date', 'date'],
  ['date_precision', 'date_precision'],
  ['end_date', 'date'],
  ['end_date_precision', 'date_precision'],
  ['city', 'text'],
  ['place_country_id', 'int'],
  ['host_country_id', 'int'],
  ['summary', 'text'],
];

const PARTICIPANT_COLUMNS: RowColumn[] = [
  ['meeting_id', 'int'],
  ['person_id', 'int'],
  ['description', 'text'],
  ['country_id', 'int'],
  ['organization_id', 'int'],
  ['role', 'participant_role'],
  ['capacity', 'text'],
  ['evidence', 'jsonb'],
];

const INTEREST_COLUMNS: RowColumn[] = [
  ['meeting_id', 'int'],
  ['sector_id', 'int'],
  ['country_id', 'int'],
  ['partner_id', 'int'],
  ['stance', 'interest_stance'],
  ['speaker_id', 'int'],
  ['note', 'text'],
  ['source_id', 'int'],
  ['evidence', 'jsonb'],
];

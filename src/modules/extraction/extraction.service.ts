import { DataSource } from 'typeorm';
import { BadUserInputError } from '../../common/errors';
import { FOLD_FROM_TO, foldSql } from '../../common/names';
import { toGlobalId } from '../../common/relay/global-id';
import { DatePrecision } from '../../common/partial-date';
import { Country } from '../country/country.entity';
import { InterestStance } from '../interest/interest.entity';
import { findLikelyDuplicate } from '../meeting/likely-duplicate';
import { Meeting, MeetingKind } from '../meeting/meeting.entity';
import { Person } from '../person/person.entity';
import { Sector } from '../sector/sector.entity';
import { buildDrafts, EngineDraft } from './draft-builder';
import { MeetingDraft, ReportInput } from './extraction.types';
import { Gazetteer } from './gazetteer';
import { normalizeName, StoredPerson } from './people';
import { checkReportText } from './report-text';
import { SectorMatcher, SectorTerm } from './sector-matcher';
import { slug, toRecordMeetingInput } from './record-input';

let gazetteer: Gazetteer | undefined;
/** Built on first use and kept: the country names do not change while the process runs. */
export const sharedGazetteer = () => (gazetteer ??= new Gazetteer());

const NAME_WINDOW = /[\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{Lu}][\p{L}'’-]*)*/gu;

/**
 * Two meetings of one report on the same day, between the same sides, in the same city get
 * keys told apart by the people met: "…-singapore" and "…-singapore-vivian-balakrishnan".
 */
function distinctKeys(drafts: MeetingDraft[]): MeetingDraft[] {
  const seen = new Set<string>();
  drafts.forEach((draft, index) => {
    const key = String(draft.input.key);
    if (seen.has(key)) {
      const earlier = new Set(
        drafts.slice(0, index).flatMap((d) => d.participants.map((p) => p.name)),
      );
      const own = draft.participants.map((p) => p.name).filter((name) => !earlier.has(name));
      draft.input.key = slug(`${key} ${own.join(' ') || index + 1}`);
    }
    seen.add(String(draft.input.key));
  });
  return drafts;
}

/** Reads reports into draft meetings; reads the database, never writes. */
export class ExtractionService {
  constructor(private readonly dataSource: DataSource) {}

  async sectorTerms(): Promise<SectorTerm[]> {
    const rows: { code: string; name: string; synonyms: string[]; parent: string | null }[] =
      await this.dataSource.query(
        `SELECT s.code, s.name, s.synonyms, p.code AS parent
           FROM sector s LEFT JOIN sector p ON p.id = s.parent_id`,
      );
    return rows.map((row) => ({ ...row, top: row.parent ?? row.code }));
  }

  /** Stored people whose name or alias is any run of capitalised words in the report. */
  async storedPeople(text: string): Promise<StoredPerson[]> {
    const windows = new Set<string>();
    for (const match of text.matchAll(NAME_WINDOW)) {
      const tokens = match[0].split(/[ \t]+/);
      for (let i = 0; i < tokens.length; i += 1) {
        for (let j = i + 1; j <= Math.min(tokens.length, i + 4); j += 1) {
          windows.add(
            tokens
              .slice(i, j)
              .join(' ')
              .replace(/['’]s$/, '')
              .toLowerCase(),
          );
          windows.add(normalizeName(tokens.slice(i, j).join(' ')));
        }
      }
    }
    if (!windows.size) return [];
    const folded = foldSql('w', '$2', '$3');
    return this.dataSource.query(
      `WITH wanted AS (SELECT DISTINCT ${folded} AS name FROM unnest($1::text[]) w)
       SELECT p.id, p.name, p.aliases, c.code AS country
         FROM person p LEFT JOIN country c ON c.id = p.country_id
        WHERE ${foldSql('p.name', '$2', '$3')} IN (SELECT name FROM wanted)
           OR EXISTS (SELECT 1 FROM unnest(p.aliases) a
                       WHERE ${foldSql('a', '$2', '$3')} IN (SELECT name FROM wanted))
        LIMIT 200`,
      [[...windows], ...FOLD_FROM_TO],
    );
  }

  /**
   * The stored meeting recordMeeting would refuse the draft's input as a duplicate of (the one
   * rule, in likely-duplicate.ts); none while a party is unknown or the date is missing.
   */
  async likelyDuplicate(
    draft: EngineDraft,
    countries: ReadonlyMap<string, Country>,
    reportUrl?: string,
  ): Promise<number | null> {
    const partyIds = draft.parties.map((p) => countries.get(p.code)?.id);
    if (!draft.date || !partyIds.length || partyIds.includes(undefined)) return null;
    return findLikelyDuplicate(this.dataSource.manager, {
      partyIds: partyIds as number[],
      city: draft.city,
      start: draft.date.date,
      sourceUrls: reportUrl ? [reportUrl] : [],
      people: {
        ids: draft.participants.flatMap((p) => (p.stored ? [p.stored.id] : [])),
        names: draft.participants.flatMap((p) => (p.stored ? [] : [p.name])),
      },
    });
  }

  /** The first meeting the report describes. */
  async extract(report: ReportInput): Promise<MeetingDraft> {
    return (await this.extractAll(report))[0];
  }

  /** One draft per meeting the report describes, in the order of the text. */
  async extractAll(report: ReportInput): Promise<MeetingDraft[]> {
    checkReportText(report.text);
    if (report.publishedAt && Number.isNaN(Date.parse(`${report.publishedAt}T00:00:00Z`))) {
      throw new BadUserInputError(
        'report.publishedAt is not a calendar date',
        'report.publishedAt',
      );
    }
    const [sectors, people] = await Promise.all([
      this.sectorTerms(),
      this.storedPeople(report.text),
    ]);
    const drafts = buildDrafts(
      report.text,
      { publishedAt: report.publishedAt, outlet: report.outlet },
      { gazetteer: sharedGazetteer(), sectors, matcher: new SectorMatcher(sectors), people },
    );
    return distinctKeys(await Promise.all(drafts.map((draft) => this.present(draft, report))));
  }

  private async present(draft: EngineDraft, report: ReportInput): Promise<MeetingDraft> {
    const codes = [
      ...new Set([
        ...draft.parties.map((p) => p.code),
        ...draft.participants.flatMap((p) => (p.party ? [p.party] : [])),
        ...draft.interests.flatMap((i) => [i.party, ...(i.partner ? [i.partner] : [])]),
      ]),
    ];
    const [countries, sectors] = await Promise.all([
      codes.length
        ? this.dataSource.getRepository(Country).findBy(codes.map((code) => ({ code })))
        : [],
      this.dataSource.getRepository(Sector).find(),
    ]);
    const country = new Map(countries.map((c) => [c.code, c]));
    const sector = new Map(sectors.map((s) => [s.code, s]));
    const storedIds = draft.participants.flatMap((p) => (p.stored ? [p.stored.id] : []));
    const [persons, duplicateId] = await Promise.all([
      storedIds.length
        ? this.dataSource.getRepository(Person).findBy(storedIds.map((id) => ({ id })))
        : [],
      this.likelyDuplicate(draft, country, report.url),
    ]);
    const duplicate = duplicateId
      ? await this.dataSource.getRepository(Meeting).findOneBy({ id: duplicateId })
      : null;
    const parties = draft.parties.filter((p) => country.has(p.code));
    const personIds = new Map(
      draft.participants.flatMap((p) =>
        p.stored ? [[p.name, toGlobalId('Person', p.stored.id)] as const] : [],
      ),
    );
    return {
      kind: draft.kind as MeetingKind,
      date: draft.date?.date ?? null,
      datePrecision: (draft.date?.precision as DatePrecision | undefined) ?? null,
      city: draft.city ?? null,
      parties: parties.map((p) => ({ party: country.get(p.code)!, evidence: p.evidence })),
      participants: draft.participants.map((p) => ({
        name: p.name,
        party: p.party ? (country.get(p.party) ?? null) : null,
        title: p.title ?? null,
        person: persons.find((person) => person.id === p.stored?.id) ?? null,
        evidence: p.evidence,
      })),
      interests: draft.interests
        .filter((i) => country.has(i.party) && sector.has(i.sector))
        .map((i) => ({
          party: country.get(i.party)!,
          partner: i.partner ? (country.get(i.partner) ?? null) : null,
          sector: sector.get(i.sector)!,
          stance: i.stance as InterestStance,
          speaker: i.speaker ?? null,
          evidence: i.evidence,
        })),
      duplicateOf: duplicate,
      warnings: [
        ...draft.warnings,
        ...(report.url ? [] : ['No report URL: recordMeeting needs a source; add input.sources.']),
        ...(duplicate
          ? [`This report most likely describes the stored meeting "${duplicate.title}".`]
          : []),
      ],
      input: toRecordMeetingInput(
        draft,
        { url: report.url, outlet: report.outlet, publishedAt: report.publishedAt },
        sharedGazetteer(),
        new Map(sectors.map((s) => [s.code, s.name.toLowerCase()])),
        personIds,
      ),
    };
  }
}

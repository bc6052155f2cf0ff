import { EngineDraft } from './draft-builder';
import { Gazetteer } from './gazetteer';

export interface ReportMeta {
  url?: string;
  outlet?: string;
  publishedAt?: string;
}

/** The outlet as given, else the report's web host ("news.example.org"). */
function publisherOf(outlet: string | undefined, url: string) {
  const name = outlet?.trim() || new URL(url).hostname.replace(/^www\./, '');
  return { key: slug(name), name, kind: 'MEDIA_OUTLET' };
}

export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'unnamed';

const KIND_WORDS: Record<string, string> = {
  PHONE_CALL: 'phone call',
  VIDEO_CONFERENCE: 'video conference',
  OFFICIAL_VISIT: 'visit',
  SUMMIT: 'summit',
  COMMISSION_SESSION: 'joint commission session',
  POLITICAL_DIALOGUE: 'political dialogue',
  PARLIAMENTARY_VISIT: 'parliamentary visit',
  MULTILATERAL_MEETING: 'meeting',
  BILATERAL_MEETING: 'meeting',
};

const STANCE_WORDS: Record<string, string> = {
  AGREED: 'agreed on',
  PROPOSED: 'proposed',
  INTERESTED: 'said it was interested in',
  HIGHLIGHTED: 'highlighted',
  DISCUSSED: 'discussed',
};

/**
 * A RecordMeetingInput built from a draft: stored people by id, new ones by key, name and
 * country; the report as the source. The editor corrects it and sends it to recordMeeting.
 */
export function toRecordMeetingInput(
  draft: EngineDraft,
  meta: ReportMeta,
  gazetteer: Gazetteer,
  sectorNames: Map<string, string>,
  personIds: Map<string, string>,
): Record<string, unknown> {
  const parties = draft.parties.map((party) => party.code);
  const names = parties.map((code) => gazetteer.nameOf(code));
  const people = draft.participants.map((p) => p.name);
  const kindWords = KIND_WORDS[draft.kind] ?? 'meeting';
  const title =
    people.length >= 2
      ? `${people[0]} and ${people[1]}: ${kindWords}${draft.city ? ` in ${draft.city}` : ''}`
      : `${names.join(' and ')}: ${kindWords}${draft.city ? ` in ${draft.city}` : ''}`;
  const date = draft.date?.date ?? meta.publishedAt ?? '';
  const key = slug(['meeting', date, ...parties, draft.city ?? kindWords].join(' '));
  const sectorsBy = (party: string) => [
    ...new Set(
      draft.interests
        .filter((i) => i.party === party)
        .map((i) => sectorNames.get(i.sector) ?? i.sector),
    ),
  ];
  const summary = [
    `${names.join(' and ')} held a ${kindWords}${draft.city ? ` in ${draft.city}` : ''}${date ? ` (${date})` : ''}.`,
    ...parties
      .filter((party) => sectorsBy(party).length)
      .map((party) => `${gazetteer.nameOf(party)} raised ${sectorsBy(party).join(', ')}.`),
  ].join(' ');
  const personRef = (name: string, party?: string) => {
    const id = personIds.get(name);
    return id ? { id } : { key: slug(name), name, ...(party ? { country: party } : {}) };
  };
  const url = meta.url ?? '';
  const recorded = new Set(draft.participants.filter((p) => p.party).map((p) => p.name));
  // A new person is defined once, as a participant; an interest's speaker refers to them by key.
  const speakerRef = (name?: string) => {
    if (!name || !recorded.has(name)) return {};
    const id = personIds.get(name);
    return { speaker: id ? { id } : { key: slug(name) } };
  };
  return {
    key,
    title,
    kind: draft.kind,
    start: date,
    ...(draft.date ? { datePrecision: draft.date.precision } : {}),
    ...(draft.city ? { city: draft.city } : {}),
    ...(draft.placeCountry && parties.includes(draft.placeCountry)
      ? { placeCountry: draft.placeCountry, hostCountry: draft.placeCountry }
      : {}),
    parties,
    summary,
    sources: url
      ? [
          {
            url,
            title: title,
            ...(meta.publishedAt || draft.published
              ? { publishedAt: `${meta.publishedAt ?? draft.published?.date}T00:00:00.000Z` }
              : {}),
            publisher: publisherOf(meta.outlet, url),
          },
        ]
      : [],
    participants: draft.participants
      .filter((p) => p.party)
      .map((p, index) => ({
        person: personRef(p.name, p.party),
        country: p.party,
        role:
          p.party === draft.placeCountry ? 'HOST' : index === 0 ? 'HEAD_OF_DELEGATION' : 'GUEST',
        ...(p.title ? { capacity: p.title.slice(0, 300) } : {}),
        evidence: p.evidence.slice(0, 5),
      })),
    interests: draft.interests.map((interest) => ({
      sector: { code: interest.sector },
      country: interest.party,
      partner:
        interest.partner ?? parties.find((party) => party !== interest.party) ?? interest.party,
      stance: interest.stance,
      note: `${interest.speaker ?? gazetteer.nameOf(interest.party)} ${STANCE_WORDS[interest.stance]} ${sectorNames.get(interest.sector) ?? interest.sector} (read from the report).`,
      source: url,
      ...speakerRef(interest.speaker),
      evidence: interest.evidence.slice(0, 5),
    })),
  };
}

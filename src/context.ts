import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AtlasUser } from './common/auth/roles';
import { AnswerCache, readDataVersion } from './common/cache/answer-cache';
import { SelectionSqlReader } from './common/graphql/selection-sql/selection-sql.reader';
import { Loaders } from './common/loaders';
import type { RequestAuth, RequestContext } from './common/request-context';
import { entities } from './entities';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { AuditService } from './modules/audit/audit.service';
import { AgreementService } from './modules/agreement/agreement.service';
import { AgreementWriter } from './modules/agreement/agreement.writer';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { cachedAnalytics } from './modules/analytics/cached-analytics';
import { ExtractionService } from './modules/extraction/extraction.service';
import { CountryService } from './modules/country/country.service';
import { DatasetService } from './modules/dataset/dataset.service';
import { InterestService } from './modules/interest/interest.service';
import { InterestWriter } from './modules/interest/interest.writer';
import type { LiveBus } from './modules/live/event-bus';
import { LiveEvents } from './modules/live/live-events';
import { LiveService } from './modules/live/live.service';
import { MeetingService } from './modules/meeting/meeting.service';
import { MeetingWriter } from './modules/meeting/meeting.writer';
import { ParticipantWriter } from './modules/meeting/participant.writer';
import { NodeService } from './modules/node/node.service';
import { OrganizationService } from './modules/organization/organization.service';
import { OrganizationWriter } from './modules/organization/organization.writer';
import { PersonService } from './modules/person/person.service';
import { PersonWriter } from './modules/person/person.writer';
import { RelationService } from './modules/relation/relation.service';
import { RelationWriter } from './modules/relation/relation.writer';
import { SectorService } from './modules/sector/sector.service';
import { SectorWriter } from './modules/sector/sector.writer';
import { SourceService } from './modules/source/source.service';
import { SourceWriter } from './modules/source/source.writer';

/**
 * The services of one request, each built on first use: a request that touches only `__typename`
 * builds none, and one that reads meetings builds only what that read needs.
 */
export function createServices(
  dataSource: DataSource,
  loaders: Loaders,
  answers?: AnswerCache,
  live?: LiveBus,
) {
  const lazy = <T>(build: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= build());
  };
  const countries = lazy(() => new CountryService(dataSource, loaders));
  const sectors = lazy(() => new SectorService(dataSource, loaders));
  const people = lazy(() => new PersonService(dataSource, loaders, countries()));
  const organizations = lazy(() => new OrganizationService(dataSource, loaders, countries()));
  const meetings = lazy(() => new MeetingService(dataSource, loaders, countries(), sectors()));
  const interests = lazy(() => new InterestService(loaders));
  const sources = lazy(() => new SourceService(dataSource, loaders));
  const relations = lazy(() => new RelationService(dataSource, loaders, countries()));
  const agreements = lazy(() => new AgreementService(dataSource, loaders, countries(), sectors()));
  const dataVersion = lazy(() => readDataVersion(dataSource));
  const analytics = lazy(() => {
    const service = new AnalyticsService(dataSource, countries(), sectors());
    return answers ? cachedAnalytics(service, answers, dataVersion) : service;
  });
  const extraction = lazy(() => new ExtractionService(dataSource));
  const nodes = lazy(() => new NodeService(loaders, entities));
  const selectionSql = lazy(() => new SelectionSqlReader(dataSource));
  const apiKeys = lazy(() => new ApiKeyService(dataSource));
  const audit = lazy(() => new AuditService(dataSource));
  const liveEvents = new LiveEvents(live);
  const liveUpdates = lazy(() => new LiveService(dataSource, live));
  const meetingWrites = lazy(() => new MeetingWriter(dataSource, liveEvents));
  const participantWrites = lazy(() => new ParticipantWriter(dataSource));
  const interestWrites = lazy(() => new InterestWriter(dataSource, liveEvents));
  const organizationWrites = lazy(() => new OrganizationWriter(dataSource));
  const personWrites = lazy(() => new PersonWriter(dataSource));
  const sectorWrites = lazy(() => new SectorWriter(dataSource));
  const sourceWrites = lazy(() => new SourceWriter(dataSource));
  const relationWrites = lazy(() => new RelationWriter(dataSource));
  const agreementWrites = lazy(() => new AgreementWriter(dataSource));
  const datasets = lazy(() => new DatasetService(dataSource, liveEvents));
  return {
    /** The committed data version (answer-cache.ts), read at most once per request. */
    get dataVersion() {
      return dataVersion();
    },
    get countries() {
      return countries();
    },
    get sectors() {
      return sectors();
    },
    get people() {
      return people();
    },
    get organizations() {
      return organizations();
    },
    get meetings() {
      return meetings();
    },
    get interests() {
      return interests();
    },
    get sources() {
      return sources();
    },
    get relations() {
      return relations();
    },
    get agreements() {
      return agreements();
    },
    get analytics() {
      return analytics();
    },
    get extraction() {
      return extraction();
    },
    get nodes() {
      return nodes();
    },
    /** Statements of the selection-built reads (src/common/graphql/selection-sql). */
    get selectionSql() {
      return selectionSql();
    },
    get apiKeys() {
      return apiKeys();
    },
    get audit() {
      return audit();
    },
    /** Subscriptions to live updates (src/modules/live). */
    get live() {
      return liveUpdates();
    },
    get meetingWrites() {
      return meetingWrites();
    },
    get participantWrites() {
      return participantWrites();
    },
    get interestWrites() {
      return interestWrites();
    },
    get organizationWrites() {
      return organizationWrites();
    },
    get personWrites() {
      return personWrites();
    },
    get sectorWrites() {
      return sectorWrites();
    },
    get sourceWrites() {
      return sourceWrites();
    },
    get relationWrites() {
      return relationWrites();
    },
    get agreementWrites() {
      return agreementWrites();
    },
    get datasets() {
      return datasets();
    },
  };
}

export type Services = ReturnType<typeof createServices>;

/** Everything one request needs; built per request so loaders never leak between requests. */
export interface Context extends RequestContext {
  services: Services;
}

export function createContext(
  dataSource: DataSource,
  requestId: string = randomUUID(),
  user?: AtlasUser,
  auth: RequestAuth = { readsRequireKey: false, invalidKey: false },
  answers?: AnswerCache,
  /** Where writes publish their live updates once committed; none: nothing is published. */
  live?: LiveBus,
): Context {
  const loaders = new Loaders(dataSource);
  return {
    requestId,
    loaders,
    services: createServices(dataSource, loaders, answers, live),
    user,
    auth,
  };
}

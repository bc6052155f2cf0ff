import { DataSource } from 'typeorm';
import { AnswerCache, readDataVersion } from './common/cache/answer-cache';
import { SelectionSqlReader } from './common/graphql/selection-sql/selection-sql.reader';
import { Loaders } from './common/loaders';
import { entities } from './entities';
import { AgreementService } from './modules/agreement/agreement.service';
import { AgreementWriter } from './modules/agreement/agreement.writer';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { cachedAnalytics } from './modules/analytics/cached-analytics';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { AuditService } from './modules/audit/audit.service';
import { CountryService } from './modules/country/country.service';
import { CrsCodeService } from './modules/crs-code/crs-code.service';
import { DatasetService } from './modules/dataset/dataset.service';
import { ExtractionService } from './modules/extraction/extraction.service';
import { InterestService } from './modules/interest/interest.service';
import { InterestWriter } from './modules/interest/interest.writer';
import type { LiveBus } from './modules/live/event-bus';
import { LiveEvents } from './modules/live/live-events';
import { LiveService } from './modules/live/live.service';
import { MeetingService } from './modules/meeting/meeting.service';
import { MeetingCountService } from './modules/meeting-counts/meeting-counts.service';
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

/** What one request's services are built from. */
export interface ServiceDeps {
  /** The request's data source: the primary, or a replica for a query (read-routing.ts). */
  dataSource: DataSource;
  loaders: Loaders;
  /** The app's analytics answer cache, if any. */
  answers?: AnswerCache;
  /** Where writes publish their live updates once committed; none: nothing is published. */
  live?: LiveBus;
}

/**
 * A getter built once per instance, on first read: the value then replaces the getter. Apollo
 * copies the context (not this object) per operation, so no getter here runs before it is read.
 */
function lazy(_prototype: object, name: string, descriptor: PropertyDescriptor): void {
  const build = descriptor.get!;
  descriptor.get = function (this: object) {
    const value: unknown = build.call(this);
    Object.defineProperty(this, name, { value, enumerable: true });
    return value;
  };
}

/**
 * The registry of one request's services: each is declared once, as a getter built on first
 * use, so a request that touches only `__typename` builds none and one that reads meetings
 * builds only what that read needs. A service that needs another reads it here.
 */
export class Services {
  constructor(private readonly deps: ServiceDeps) {}

  private get db() {
    return this.deps.dataSource;
  }

  private get loaders() {
    return this.deps.loaders;
  }

  /** Live updates the writes of this request publish after they commit. */
  @lazy private get liveEvents() {
    return new LiveEvents(this.deps.live);
  }

  /** The committed data version (answer-cache.ts), read at most once per request. */
  @lazy get dataVersion() {
    return readDataVersion(this.db);
  }

  @lazy get countries() {
    return new CountryService(this.db, this.loaders);
  }

  @lazy get sectors() {
    return new SectorService(this.db, this.loaders);
  }

  /** The CRS purpose codes: the committed list, read once per process. */
  @lazy get crsCodes() {
    return new CrsCodeService();
  }

  @lazy get people() {
    return new PersonService(this.db, this.loaders, this.countries);
  }

  @lazy get organizations() {
    return new OrganizationService(this.db, this.loaders, this.countries);
  }

  @lazy get meetings() {
    return new MeetingService(this.db, this.loaders, this.countries, this.sectors);
  }

  @lazy get meetingCounts() {
    return new MeetingCountService(this.db, this.countries);
  }

  @lazy get interests() {
    return new InterestService(this.loaders);
  }

  @lazy get sources() {
    return new SourceService(this.db, this.loaders);
  }

  @lazy get relations() {
    return new RelationService(this.db, this.loaders, this.countries);
  }

  @lazy get agreements() {
    return new AgreementService(this.db, this.loaders, this.countries, this.sectors);
  }

  @lazy get analytics() {
    const service = new AnalyticsService(this.db, this.countries, this.sectors);
    const { answers } = this.deps;
    return answers ? cachedAnalytics(service, answers, () => this.dataVersion) : service;
  }

  @lazy get extraction() {
    return new ExtractionService(this.db);
  }

  @lazy get nodes() {
    return new NodeService(this.loaders, entities);
  }

  /** Statements of the selection-built reads (src/common/graphql/selection-sql). */
  @lazy get selectionSql() {
    return new SelectionSqlReader(this.db);
  }

  @lazy get apiKeys() {
    return new ApiKeyService(this.db);
  }

  @lazy get audit() {
    return new AuditService(this.db);
  }

  /** Subscriptions to live updates (src/modules/live). */
  @lazy get live() {
    return new LiveService(this.db, this.deps.live);
  }

  @lazy get meetingWrites() {
    return new MeetingWriter(this.db, this.liveEvents);
  }

  @lazy get participantWrites() {
    return new ParticipantWriter(this.db);
  }

  @lazy get interestWrites() {
    return new InterestWriter(this.db, this.liveEvents);
  }

  @lazy get organizationWrites() {
    return new OrganizationWriter(this.db);
  }

  @lazy get personWrites() {
    return new PersonWriter(this.db);
  }

  @lazy get sectorWrites() {
    return new SectorWriter(this.db);
  }

  @lazy get sourceWrites() {
    return new SourceWriter(this.db);
  }

  @lazy get relationWrites() {
    return new RelationWriter(this.db);
  }

  @lazy get agreementWrites() {
    return new AgreementWriter(this.db);
  }

  @lazy get datasets() {
    return new DatasetService(this.db, this.liveEvents);
  }
}

import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AtlasUser } from './common/auth/roles';
import { Loaders } from './common/loaders';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { AuditService } from './modules/audit/audit.service';
import { AgreementService, AgreementWriter } from './modules/agreement/agreement.service';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { CountryService } from './modules/country/country.service';
import { InterestService } from './modules/interest/interest.service';
import { MeetingService, MeetingWriter } from './modules/meeting/meeting.service';
import { NodeService } from './modules/node/node.service';
import {
  OrganizationService,
  OrganizationWriter,
} from './modules/organization/organization.service';
import { PersonService, PersonWriter } from './modules/person/person.service';
import { RelationService, RelationWriter } from './modules/relation/relation.service';
import { SectorService, SectorWriter } from './modules/sector/sector.service';
import { SourceService, SourceWriter } from './modules/source/source.service';

export function createServices(dataSource: DataSource, loaders: Loaders) {
  const countries = new CountryService(dataSource, loaders);
  const sectors = new SectorService(dataSource, loaders);
  const services = {
    countries,
    sectors,
    people: new PersonService(dataSource, loaders, countries),
    organizations: new OrganizationService(dataSource, loaders, countries),
    meetings: new MeetingService(dataSource, loaders, countries, sectors),
    interests: new InterestService(dataSource, loaders),
    sources: new SourceService(dataSource, loaders),
    relations: new RelationService(dataSource, loaders, countries),
    agreements: new AgreementService(dataSource, loaders, countries, sectors),
    analytics: new AnalyticsService(dataSource, countries),
  };
  return {
    ...services,
    nodes: new NodeService(loaders),
    apiKeys: new ApiKeyService(dataSource),
    audit: new AuditService(dataSource),
    meetingWrites: new MeetingWriter(dataSource),
    organizationWrites: new OrganizationWriter(dataSource),
    personWrites: new PersonWriter(dataSource),
    sectorWrites: new SectorWriter(dataSource),
    sourceWrites: new SourceWriter(dataSource),
    relationWrites: new RelationWriter(dataSource),
    agreementWrites: new AgreementWriter(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Everything one request needs; built per request so loaders never leak between requests. */
export interface Context {
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
  services: Services;
  /** The API key the request authenticated with; undefined for anonymous requests. */
  user?: AtlasUser;
  /** How the request authenticated (see src/common/auth). */
  auth: RequestAuth;
}

export interface RequestAuth {
  /** True when reads need a key too (READS_REQUIRE_KEY=true). */
  readsRequireKey: boolean;
  /** True when the request sent a key that is unknown or revoked. */
  invalidKey: boolean;
}

export function createContext(
  dataSource: DataSource,
  requestId: string = randomUUID(),
  user?: AtlasUser,
  auth: RequestAuth = { readsRequireKey: false, invalidKey: false },
): Context {
  const loaders = new Loaders(dataSource);
  return {
    requestId,
    dataSource,
    loaders,
    services: createServices(dataSource, loaders),
    user,
    auth,
  };
}

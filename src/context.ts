import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Loaders } from './common/loaders';
import { AgreementService } from './modules/agreement/agreement.service';
import { CountryService } from './modules/country/country.service';
import { InterestService } from './modules/interest/interest.service';
import { MeetingService } from './modules/meeting/meeting.service';
import { NodeService } from './modules/node/node.service';
import { OrganizationService } from './modules/organization/organization.service';
import { PersonService } from './modules/person/person.service';
import { RelationService } from './modules/relation/relation.service';
import { SectorService } from './modules/sector/sector.service';
import { SourceService } from './modules/source/source.service';

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
  };
  return { ...services, nodes: new NodeService(loaders) };
}

export type Services = ReturnType<typeof createServices>;

/** Everything one request needs; built per request so loaders never leak between requests. */
export interface Context {
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
  services: Services;
}

export function createContext(dataSource: DataSource, requestId: string = randomUUID()): Context {
  const loaders = new Loaders(dataSource);
  return { requestId, dataSource, loaders, services: createServices(dataSource, loaders) };
}

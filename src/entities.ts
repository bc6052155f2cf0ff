import { ApiKey } from './modules/api-key/api-key.entity';
import { AuditEntry } from './modules/audit/audit.entity';
import { Agreement } from './modules/agreement/agreement.entity';
import { Country } from './modules/country/country.entity';
import { SectorInterest } from './modules/interest/interest.entity';
import { Meeting } from './modules/meeting/meeting.entity';
import { Participant } from './modules/meeting/participant.entity';
import { Organization } from './modules/organization/organization.entity';
import { Person } from './modules/person/person.entity';
import { Position } from './modules/person/position.entity';
import { BilateralRelation } from './modules/relation/relation.entity';
import { Sector } from './modules/sector/sector.entity';
import { Source } from './modules/source/source.entity';

export const entities = [
  Agreement,
  ApiKey,
  AuditEntry,
  BilateralRelation,
  Country,
  Meeting,
  Organization,
  Participant,
  Person,
  Position,
  Sector,
  SectorInterest,
  Source,
];

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgreementResolver } from './modules/agreement/agreement.resolver';
import { CountryResolver } from './modules/country/country.resolver';
import { InterestResolver } from './modules/interest/interest.resolver';
import { MeetingResolver } from './modules/meeting/meeting.resolver';
import { ParticipantResolver } from './modules/meeting/participant.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { PositionResolver } from './modules/person/position.resolver';
import { RelationResolver } from './modules/relation/relation.resolver';
import { SectorResolver } from './modules/sector/sector.resolver';
import { SourceResolver } from './modules/source/source.resolver';

export const resolvers = [
  AgreementResolver,
  CountryResolver,
  InterestResolver,
  MeetingResolver,
  NodeResolver,
  OrganizationResolver,
  ParticipantResolver,
  PersonResolver,
  PositionResolver,
  RelationResolver,
  SectorResolver,
  SourceResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

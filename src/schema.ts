import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth/auth-checker';
import { nullArgumentsAsAbsent } from './common/graphql/null-args';
import type { SelectionSqlPart } from './common/graphql/selection-sql/root-fields';
import type { Context } from './context';
import { analyticsSelectionSql } from './modules/analytics/analytics.selection-sql';
import { countrySelectionSql } from './modules/country/country.selection-sql';
import { interestSelectionSql } from './modules/interest/interest.selection-sql';
import { meetingSelectionSql } from './modules/meeting/meeting.selection-sql';
import { nodeSelectionSql } from './modules/node/node.selection-sql';
import { organizationSelectionSql } from './modules/organization/organization.selection-sql';
import { personSelectionSql } from './modules/person/person.selection-sql';
import { relationSelectionSql } from './modules/relation/relation.selection-sql';
import { sectorSelectionSql } from './modules/sector/sector.selection-sql';
import { sourceSelectionSql } from './modules/source/source.selection-sql';
import { ApiKeyResolver } from './modules/api-key/api-key.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { DatasetResolver } from './modules/dataset/dataset.resolver';
import { AgreementResolver } from './modules/agreement/agreement.resolver';
import { analyticsResolvers } from './modules/analytics/analytics.resolver';
import { ExtractionResolver } from './modules/extraction/extraction.resolver';
import { CountryResolver } from './modules/country/country.resolver';
import { CrsCodeResolver } from './modules/crs-code/crs-code.resolver';
import { InterestResolver } from './modules/interest/interest.resolver';
import { LiveBus, liveBusFromEnv } from './modules/live/event-bus';
import { LiveResolver } from './modules/live/live.resolver';
import { MeetingResolver } from './modules/meeting/meeting.resolver';
import { MeetingCountResolver } from './modules/meeting-counts/meeting-counts.resolver';
import { ParticipantResolver } from './modules/meeting/participant.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { PositionResolver } from './modules/person/position.resolver';
import { RelationResolver } from './modules/relation/relation.resolver';
import { SectorResolver } from './modules/sector/sector.resolver';
import { SourceResolver } from './modules/source/source.resolver';

/**
 * Each module's part of the selection-built SQL (src/common/graphql/selection-sql): the root
 * fields it answers and the types it may write, registered as the resolvers are.
 */
export const selectionSqlParts: readonly SelectionSqlPart<Context>[] = [
  analyticsSelectionSql,
  countrySelectionSql,
  interestSelectionSql,
  meetingSelectionSql,
  nodeSelectionSql,
  organizationSelectionSql,
  personSelectionSql,
  relationSelectionSql,
  sectorSelectionSql,
  sourceSelectionSql,
];

export const resolvers = [
  AgreementResolver,
  ...analyticsResolvers,
  ApiKeyResolver,
  AuditResolver,
  DatasetResolver,
  CountryResolver,
  CrsCodeResolver,
  ExtractionResolver,
  InterestResolver,
  LiveResolver,
  MeetingResolver,
  MeetingCountResolver,
  NodeResolver,
  OrganizationResolver,
  ParticipantResolver,
  PersonResolver,
  PositionResolver,
  RelationResolver,
  SectorResolver,
  SourceResolver,
] as const;

const ROOT_DESCRIPTIONS = {
  Query: 'Read access to meetings, parties, people, sectors, sources and their analytics.',
  Mutation: 'Writes: recording and curating meetings, interests and reference data.',
  Subscription: 'Live updates.',
};

/** The live-updates bus each schema was built with, for createApp to publish and serve on. */
const busOfSchema = new WeakMap<GraphQLSchema, LiveBus>();

export function liveBusOf(schema: GraphQLSchema): LiveBus | undefined {
  return busOfSchema.get(schema);
}

export interface AppSchemaOptions {
  /** Pub/sub of the subscriptions; default: over Redis when REDIS_URL is set, else in-process. */
  live?: LiveBus;
}

export async function buildAppSchema(options: AppSchemaOptions = {}): Promise<GraphQLSchema> {
  const live = options.live ?? liveBusFromEnv();
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
    pubSub: live.pubSub,
  });
  busOfSchema.set(schema, live);
  nullArgumentsAsAbsent(schema.getQueryType());
  // type-graphql has no option for root type descriptions; the docs panel shows them.
  for (const root of [
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  return schema;
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

import 'reflect-metadata';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay pagination state of a connection.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items after \`after\` (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n items before \`before\` (1 to ${MAX_PAGE_SIZE}).`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor before which the page ends.' })
  before?: string;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
}

/** Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name} in a connection.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge, for after/before.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} at the end of the edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The edges of this page, in order.' })
    edges!: Edge[];

    @Field(() => [nodeType], {
      description: 'The items of this page, in order (edges without cursors).',
    })
    nodes!: T[];

    @Field(() => PageInfo, {
      description: 'Whether more pages exist, and the cursors to reach them.',
    })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items across all pages, ignoring pagination.' })
    totalCount!: number | Promise<number>;
  }

  return Connection;
}

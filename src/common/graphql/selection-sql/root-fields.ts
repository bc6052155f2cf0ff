import { validate } from 'class-validator';
import type { Services } from '../../../context';
import { MeetingFilter, MeetingOrder } from '../../../modules/meeting/meeting.inputs';
import { ConnectionArgs, ConnectionShape } from '../../relay/connection.types';
import { expectGlobalId, fromGlobalId } from '../../relay/global-id';
import type { PageRunner } from '../../relay/pagination';
import { NotPlannable } from './selection-plan';

type Args = Record<string, unknown>;

/** A root list answered page-first: the service finds the page, SQL builds its nodes. */
export interface RootConnection {
  kind: 'connection';
  node: string;
  /** The page, its statement run by `run`. */
  load(services: Services, args: Args, run: PageRunner): Promise<ConnectionShape<{ id: number }>>;
}

/**
 * A root lookup by global ID: SQL builds the node straight from its id. `find` names the type and
 * row; a malformed ID throws, and the resolvers answer with their error.
 */
export interface RootNode {
  kind: 'node';
  find(args: Args): { type: string; id: number };
}

export type RootField = RootConnection | RootNode;

/**
 * type-graphql checks argument classes with class-validator before a resolver runs; the same
 * check runs here, and a failure hands the query to the resolvers, which report it as they do.
 */
async function validated<T extends object>(Type: new () => T, value: unknown): Promise<T> {
  const instance = Object.assign(new Type(), value);
  const errors = await validate(instance, { forbidUnknownValues: false });
  if (errors.length) throw new NotPlannable('invalid arguments');
  return instance;
}

function pageArgs(args: Args): Promise<ConnectionArgs> {
  const { first, after, last, before } = args;
  return validated(ConnectionArgs, { first, after, last, before });
}

export const ROOT_FIELDS: Record<string, RootField> = {
  meetings: {
    kind: 'connection',
    node: 'Meeting',
    async load(services, args, run) {
      if (args.filter === null) throw new NotPlannable('null filter');
      const filter =
        args.filter === undefined ? undefined : await validated(MeetingFilter, args.filter);
      const page = await pageArgs(args);
      return services.meetings.list(filter, page, args.orderBy as MeetingOrder, run);
    },
  },
  meeting: {
    kind: 'node',
    find: (args) => ({ type: 'Meeting', id: expectGlobalId(args.id as string, 'Meeting', 'id') }),
  },
  // Any type the catalogue covers; others (unknown, restricted to admins) go to the resolvers.
  node: { kind: 'node', find: (args) => fromGlobalId(args.id as string) },
};

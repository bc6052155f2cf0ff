import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AtlasUser } from './common/auth/roles';
import type { AnswerCache } from './common/cache/answer-cache';
import { Loaders } from './common/loaders';
import type { RequestAuth, RequestContext } from './common/request-context';
import type { LiveBus } from './modules/live/event-bus';
import { Services } from './services';

/** Everything one request needs; built per request so loaders never leak between requests. */
export interface Context extends RequestContext {
  /** The request's services, from the registry in src/services.ts, each built on first use. */
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
    services: new Services({ dataSource, loaders, answers, live }),
    user,
    auth,
  };
}

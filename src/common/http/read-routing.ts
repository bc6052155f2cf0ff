import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Request, RequestHandler } from 'express';
import { getOperationAST, OperationTypeNode, parse } from 'graphql';
import { DataSource } from 'typeorm';
import type { ReadRouter } from '../database/replicas/read-router';
import { extensionsOf } from './persisted-queries';

/** The header that carries a consistency token, both ways. */
export const CONSISTENCY_HEADER = 'x-atlas-consistency-token';
/** Apollo Server keeps persisted queries under this prefix in the cache it is given. */
const APQ_PREFIX = 'apq:';

declare module 'express-serve-static-core' {
  interface Request {
    /** Where this request's reads go (read-routing.ts); the primary when unset. */
    atlasReadDataSource?: DataSource;
  }
}

interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

async function queryText(
  params: GraphQLParams,
  persisted: KeyValueCache<string>,
): Promise<string | undefined> {
  if (typeof params.query === 'string') return params.query;
  const hash = extensionsOf(params.extensions)?.persistedQuery?.sha256Hash;
  if (typeof hash !== 'string') return undefined;
  return (
    (await persisted.get(`${APQ_PREFIX}${hash.toLowerCase()}`).catch(() => undefined)) ?? undefined
  );
}

/** The type of the operation a request will run, when it can be told before Apollo runs it. */
export async function operationType(
  req: Request,
  persisted: KeyValueCache<string>,
): Promise<OperationTypeNode | undefined> {
  const params = (req.method === 'GET' ? req.query : req.body) as GraphQLParams | undefined;
  if (!params) return undefined;
  const text = await queryText(params, persisted);
  if (text === undefined) return undefined;
  try {
    const name = typeof params.operationName === 'string' ? params.operationName : undefined;
    return getOperationAST(parse(text), name)?.operation;
  } catch {
    return undefined;
  }
}

function presentedToken(req: Request): string | undefined {
  const header = req.get(CONSISTENCY_HEADER);
  if (header) return header;
  const params = (req.method === 'GET' ? req.query : req.body) as GraphQLParams | undefined;
  const token = extensionsOf(params?.extensions)?.consistencyToken;
  return typeof token === 'string' ? token : undefined;
}

/**
 * Sends queries to a replica (read-router.ts) and everything else to the primary. A query that
 * presents a consistency token goes to a replica that has replayed it, or to the primary.
 */
export function routeReads(router: ReadRouter, persisted: KeyValueCache<string>): RequestHandler {
  return (req, _res, next) => {
    operationType(req, persisted)
      .then((type) => {
        if (type === OperationTypeNode.QUERY)
          req.atlasReadDataSource = router.pick(presentedToken(req));
        next();
      })
      .catch(next);
  };
}

/**
 * Every mutation's answer carries the primary's WAL position after it, in `extensions` and in a
 * header: presented with a later read, it guarantees the read sees the write.
 */
export function consistencyTokenPlugin(router: ReadRouter): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          if (response.body.kind !== 'single') return;
          const token = await router.primaryPosition().catch(() => undefined);
          if (token === undefined) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, consistencyToken: token };
          response.http.headers.set(CONSISTENCY_HEADER, token);
        },
      };
    },
  };
}

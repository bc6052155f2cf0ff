import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createFormatError } from './common/graphql/format-error';
import { Context, createContext } from './context';

export interface AppOptions {
  dataSource: DataSource;
  schema: GraphQLSchema;
  production: boolean;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Builds the HTTP server: /graphql (with Sandbox outside production) and /healthz. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((message, details) => console.error(message, details ?? ''));
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError: createFormatError((error) =>
      log('unexpected error', { error: error instanceof Error ? error.stack : String(error) }),
    ),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({
            embed: true,
            includeCookies: false,
            footer: false,
          }),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(options.dataSource, req.header('x-request-id') || randomUUID()),
    }),
  );
  return { httpServer, apollo };
}

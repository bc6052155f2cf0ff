import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** dist/web, built by `npm run build`, whether this file runs from dist/ or from source (tests). */
export function webDirectory(): string {
  const root = path.resolve(__dirname, '../../..');
  return path.basename(root) === 'dist' ? path.join(root, 'web') : path.join(root, 'dist', 'web');
}

/** Only this origin's own scripts and data; ECharts' SVG carries inline style attributes. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The dashboard (/) and the review page (/review): static files built from npm packages, talking
 * to /graphql like any other client.
 */
export function webRoutes(directory: string = webDirectory()): Router {
  const router = Router();
  if (!existsSync(path.join(directory, 'index.html'))) return router;
  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  });
  const page =
    (file: string): express.RequestHandler =>
    (_req, res) =>
      res.sendFile(path.join(directory, file), { headers: { 'cache-control': 'no-cache' } });
  router.get('/', page('index.html'));
  router.get('/review', page('review.html'));
  router.use(
    '/assets',
    express.static(path.join(directory, 'assets'), { maxAge: '5m', index: false }),
  );
  return router;
}

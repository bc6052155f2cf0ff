// Bundles the dashboard and review pages into dist/web: no CDN, everything from npm packages.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const client = 'src/modules/web/client';
const out = 'dist/web';
await mkdir(path.join(out, 'assets'), { recursive: true });
await build({
  entryPoints: { dashboard: `${client}/dashboard.ts`, review: `${client}/review.ts` },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: path.join(out, 'assets'),
  logLevel: 'warning',
  legalComments: 'none',
});
await Promise.all([
  copyFile(`${client}/index.html`, path.join(out, 'index.html')),
  copyFile(`${client}/review.html`, path.join(out, 'review.html')),
  copyFile(`${client}/styles.css`, path.join(out, 'assets', 'styles.css')),
]);

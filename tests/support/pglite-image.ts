import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * PGlite's initdb takes about 3 s of the 4 s a new in-memory database costs; loading a tarball of
 * a freshly initialised cluster takes under 1 s. The tarball is made once per PGlite version and
 * kept in the temp directory (written under another name, then renamed, so no reader sees half).
 */
export async function emptyClusterImage(): Promise<Blob> {
  const file = path.join(tmpdir(), `atlas-pglite-empty-cluster-${pgliteVersion()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = await PGlite.create();
  const image = await db.dumpDataDir('none');
  await db.close();
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
  renameSync(partial, file);
  return image;
}

function pgliteVersion(): string {
  const manifest = path.join(
    path.dirname(require.resolve('@electric-sql/pglite')),
    '..',
    'package.json',
  );
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

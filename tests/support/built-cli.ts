import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

/** Runs a built CLI (npm test builds first) with the given environment, e.g. PGLITE_DIR. */
export function cli(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist', 'src', 'cli', script), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', NODE_OPTIONS: '', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

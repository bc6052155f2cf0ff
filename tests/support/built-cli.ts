import { spawn, spawnSync } from 'node:child_process';
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

/**
 * The same, without blocking this process: a test that itself holds a lock the CLI checks must keep
 * its event loop running, or its lock goes stale while the CLI starts.
 */
export function cliAsync(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', NODE_OPTIONS: '', ...env },
    timeout: 120_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../common/config';
import type { Logger } from '../../common/logger';
import { ApiKeyService } from './api-key.service';

export type FirstAdminKeyOptions = Pick<
  AppConfig,
  'nodeEnv' | 'pgliteDir' | 'firstAdminKeyFile' | 'databaseUrl'
>;

/** The file the key goes to: FIRST_ADMIN_KEY_FILE, else beside the embedded database. */
export function firstAdminKeyFile(options: FirstAdminKeyOptions): string {
  const dataDir = options.pgliteDir === 'memory' ? './data' : options.pgliteDir;
  return path.resolve(options.firstAdminKeyFile ?? path.join(dataDir, 'first-admin-key.txt'));
}

/** Written whole, readable only by its owner, or not at all. */
async function writeSecret(file: string, secret: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${secret}\n`, { mode: 0o600 });
  await chmod(partial, 0o600);
  await rename(partial, file);
}

/**
 * A newcomer's first admin key: when the database holds no active admin key, on the embedded
 * database outside production (or wherever FIRST_ADMIN_KEY_FILE is set), one is created and
 * written to a file. The log says
 * where, never the key. Returns the file written, or null when none was needed.
 */
export async function ensureFirstAdminKey(
  dataSource: DataSource,
  options: FirstAdminKeyOptions,
  logger: Logger,
): Promise<string | null> {
  if (options.nodeEnv === 'production' && !options.firstAdminKeyFile) return null;
  // On a server the default path (./data) belongs to the embedded database: only where asked.
  if (options.databaseUrl && !options.firstAdminKeyFile) return null;
  const file = firstAdminKeyFile(options);
  const created = await new ApiKeyService(dataSource).createFirstAdmin('First admin', (secret) =>
    writeSecret(file, secret),
  );
  if (!created) return null;
  logger.warn(
    { file, keyId: created.id },
    'no admin key existed: created one and wrote it to a file only its owner can read',
  );
  return file;
}

import { createHash, randomBytes } from 'node:crypto';
import type { AtlasUser } from './roles';

/** Every key starts with this, so leaked keys are easy to recognise and grep for. */
export const KEY_PREFIX = 'atlas_';

/** A new key: 32 random bytes (256 bits), so a plain SHA-256 is a safe way to store it. */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Finds who an API key belongs to: null for an unknown or revoked key (ApiKeyService). */
export interface KeyAuthenticator {
  authenticate(key: string): Promise<AtlasUser | null>;
}

/** The bearer token of an `Authorization: Bearer <key>` header; undefined when absent. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

import { BadUserInputError } from '../errors';

export function toGlobalId(type: string, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface ResolvedGlobalId {
  type: string;
  id: number;
}

/** Every id column is a PostgreSQL integer: a larger number names nothing and must not reach SQL. */
const MAX_ID = 2_147_483_647;

export function fromGlobalId(globalId: string, field = 'id'): ResolvedGlobalId {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const id = Number(decoded.slice(separator + 1));
  if (separator <= 0 || !Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) {
    throw new BadUserInputError(`"${globalId}" is not a valid ID`, field);
  }
  return { type: decoded.slice(0, separator), id };
}

/** Decodes a global ID that must name the given type; a wrong or malformed ID is bad input. */
export function expectGlobalId(globalId: string, type: string, field: string): number {
  const resolved = fromGlobalId(globalId, field);
  if (resolved.type !== type) {
    throw new BadUserInputError(`${field} must be the ID of a ${type}`, field);
  }
  return resolved.id;
}

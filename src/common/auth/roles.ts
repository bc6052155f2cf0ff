import { registerEnumType } from 'type-graphql';

/** What an API key may do. Each role includes the ones below it: viewer < editor < admin. */
export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do; each role includes the ones below it.',
  valuesConfig: {
    VIEWER: { description: 'Reads (needed only when the server sets READS_REQUIRE_KEY=true).' },
    EDITOR: { description: 'Reads, creates and updates records.' },
    ADMIN: { description: 'Everything: deletes, bulk imports, manages keys, reads the audit log.' },
  },
});

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** Parses a role name in any letter case ("editor", "EDITOR"); undefined when unknown. */
export function parseRole(text: string): Role | undefined {
  const upper = text.trim().toUpperCase();
  return (Object.values(Role) as string[]).includes(upper) ? (upper as Role) : undefined;
}

/**
 * The authenticated principal of a request: the API key it presented. Other modules (rate
 * limits) key on `keyId`. The role is lower-case here, as the issue for rate limits expects.
 */
export interface AtlasUser {
  keyId: number;
  name: string;
  role: 'viewer' | 'editor' | 'admin';
}

export function userRole(user: AtlasUser): Role {
  return user.role.toUpperCase() as Role;
}

import 'reflect-metadata';
import { loadConfig } from '../common/config';
import { openDatabase } from '../common/database/database';
import { entities } from '../entities';
import { parseRole, Role } from '../common/auth/roles';
import { ApiKeyService } from '../modules/api-key/api-key.service';
import { runCli } from './run-cli';

const USAGE = `usage:
  npm run apikey -- create --role viewer|editor|admin --name "Who it is for"
  npm run apikey -- list
  npm run apikey -- revoke <id>`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

/**
 * Issues, lists and revokes API keys directly in the database. With the embedded database the
 * server holds an exclusive lock on its directory, so stop the server first (the command says
 * so and changes nothing), or use the createApiKey / revokeApiKey mutations with an admin key.
 */
runCli(async (args) => {
  const [command] = args;
  if (!['create', 'list', 'revoke'].includes(command)) throw new Error(USAGE);
  let role: Role | undefined;
  let name: string | undefined;
  let id: number | undefined;
  if (command === 'create') {
    role = parseRole(option(args, 'role') ?? '');
    name = option(args, 'name')?.trim();
    if (!role || !name) throw new Error(USAGE);
  }
  if (command === 'revoke') {
    id = Number(args[1]);
    if (!Number.isSafeInteger(id) || id <= 0) throw new Error(USAGE);
  }
  const database = await openDatabase(loadConfig(), { entities });
  try {
    const keys = new ApiKeyService(database.dataSource);
    if (command === 'create') {
      const { apiKey, secret } = await keys.create(name!, role!);
      console.log(`created API key ${apiKey.id} "${apiKey.name}" with role ${apiKey.role}`);
      console.log('The key is shown once only; store it now:');
      console.log(secret);
    } else if (command === 'list') {
      const all = await keys.list();
      if (all.length === 0) console.log('no API keys');
      for (const key of all) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        console.log(
          `${key.id}\t${key.role}\t${key.prefix}…\t${state}\t${key.createdAt.toISOString()}\t${key.name}`,
        );
      }
    } else {
      const revoked = await keys.revoke(id!);
      if (!revoked) throw new Error(`no API key has the id ${id}`);
      console.log(`revoked API key ${revoked.id} "${revoked.name}"`);
    }
  } finally {
    await database.close();
  }
});

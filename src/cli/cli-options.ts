import { execFileSync } from 'node:child_process';

/** The value after a flag (`--out file`), if given. */
export function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The first argument that is neither a flag nor a flag's value. */
export function positional(args: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
}

/** The commit a checkout is at and its date (YYYY-MM-DD), or null when it is not a git clone. */
export function gitCommit(dir: string): { sha: string; date: string } | null {
  try {
    const [sha, date] = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%H %cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split(' ');
    return { sha, date };
  } catch {
    return null;
  }
}

import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../common/project-root';

/** Formats a doc the bench just wrote, so that `npm run lint` (Prettier) stays green after it. */
export function formatDoc(file: string): void {
  spawnSync('npx', ['prettier', '--write', file], { cwd: projectRoot(), stdio: 'ignore' });
}

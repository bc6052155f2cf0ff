import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project root: the nearest folder above this file that holds package.json (src or dist). */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root');
    dir = parent;
  }
  return dir;
}

// Refuses import circles in src/, `import type` included (import-x/no-cycle skips those): each
// circle is printed and the exit code is 1. Run by `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve('src');
const files = readdirSync(root, { recursive: true })
  .map((file) => path.join(root, file))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
const options = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
};

const imports = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles
    .map(({ fileName }) => ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule)
    .filter((m) => m && !m.isExternalLibraryImport && m.resolvedFileName.startsWith(root))
    .map((m) => m.resolvedFileName);
  imports.set(file, [...new Set(targets)]);
}

// Tarjan's strongly connected components: every group of two or more files is a circle.
let next = 0;
const index = new Map();
const low = new Map();
const stack = [];
const circles = [];
function visit(file) {
  index.set(file, next);
  low.set(file, next++);
  stack.push(file);
  for (const target of imports.get(file) ?? []) {
    if (!index.has(target)) {
      visit(target);
      low.set(file, Math.min(low.get(file), low.get(target)));
    } else if (stack.includes(target)) low.set(file, Math.min(low.get(file), index.get(target)));
  }
  if (low.get(file) !== index.get(file)) return;
  const group = [];
  let member;
  do {
    member = stack.pop();
    group.push(path.relative('.', member));
  } while (member !== file);
  if (group.length > 1) circles.push(group.sort());
}
for (const file of imports.keys()) if (!index.has(file)) visit(file);

for (const circle of circles) console.error(`import circle: ${circle.join(' <-> ')}`);
process.exit(circles.length ? 1 : 0);

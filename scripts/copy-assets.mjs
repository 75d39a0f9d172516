#!/usr/bin/env node
// `npm run build` compiles src/ to dist/ with tsc, which copies only what it compiles: the data files
// the modules read at run time (knowledge base, lexicons, the quote model, the web client) come here.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const out = process.argv[2] ?? join(root, 'dist');
// (The .mjs worker entry registers tsx for the sources; the build has its own compiled entry.)
const skip = (name) => name.endsWith('.ts') || name === 'README.md' || name.endsWith('.mjs');

function copy(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copy(path);
    else if (!skip(name)) cpSync(path, join(out, relative(src, path)));
  }
}
copy(src);

// Static assets, all from this repository or node_modules and held in memory: our stylesheet and
// client modules (src/web/client), and the chart and graph libraries' ES module builds. No CDN.
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

interface Asset { body: Buffer; type: string; etag: string }

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Vendor files by the name pages use, and where each comes from: [package, file in it]. */
const VENDOR: Record<string, [string, string]> = {
  'vendor/uplot.js': ['uplot', 'dist/uPlot.esm.js'],
  'vendor/uplot.css': ['uplot', 'dist/uPlot.min.css'],
  'vendor/cytoscape.js': ['cytoscape', 'dist/cytoscape.esm.min.mjs'],
};

/** A file inside an installed package, found from its entry point (package exports hide dist/ paths). */
function packageFile(pkg: string, file: string): string {
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return join(dir, file);
    const up = dirname(dir);
    if (up === dir) throw new Error(`${pkg}: package directory not found`);
    dir = up;
  }
}

function load(path: string, name: string): Asset {
  const body = readFileSync(path);
  return { body, type: TYPES[extname(name)] ?? 'application/octet-stream', etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"` };
}

export function loadAssets(): Map<string, Asset> {
  const out = new Map<string, Asset>();
  for (const f of readdirSync(CLIENT_DIR)) {
    if (TYPES[extname(f)]) out.set(f, load(join(CLIENT_DIR, f), f));
  }
  for (const [name, [pkg, file]] of Object.entries(VENDOR)) out.set(name, load(packageFile(pkg, file), name));
  return out;
}

export function registerAssets(app: FastifyInstance): void {
  const assets = loadAssets();
  app.get('/assets/*', { schema: { hide: true } }, async (req, reply) => {
    const name = (req.params as { '*': string })['*'];
    const a = assets.get(name);
    if (!a) return reply.callNotFound();
    reply.header('cache-control', 'public, max-age=3600').header('etag', a.etag);
    if (req.headers['if-none-match'] === a.etag) return reply.code(304).send();
    return reply.type(a.type).send(a.body);
  });
}

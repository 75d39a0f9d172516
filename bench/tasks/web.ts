// Web latency under load: p50/p95/p99 of API and page requests on a store of 10k articles, with a
// bounded-concurrency load loop on loopback against `sitrep serve` running in its own process.
//
// The store: the PolNeAR articles ingested as `sitrep ingest` does it (analysis, stories), then
// their analyses saved again under other URLs and later dates until the store holds
// SITREP_BENCH_WEB_ARTICLES (10000) articles: the row counts of a 10k store (articles, entities,
// quotes, events, full-text index) without waiting for 10k analyses. Copies' events keep their
// article's date. Stories exist for the ingested originals only.
//
// Two runs: the server as shipped (aggregates cached for 10 s) and with the cache off
// (SITREP_WEB_CACHE_SECONDS=0), so every request does its queries. Target: p95 <= 50 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { SHARED, requireShared } from '../../eval/shared.ts';
import { openDb } from '../../src/store/open.ts';
import { saveAnalysis, getArticle } from '../../src/store/articles.ts';
import type { Analysis } from '../../src/model/analysis.ts';
import { Ingester } from '../../src/ingest/run.ts';
import { expandInputs } from '../../src/ingest/items.ts';
import { corpusHook } from '../../src/ingest/corpus-hook.ts';

requireShared('web');
const TARGET = Number(process.env.SITREP_BENCH_WEB_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.SITREP_BENCH_SECONDS ?? 8);
const ROUTES_SHOWN = Number(process.env.SITREP_BENCH_WEB_ROUTES ?? 6);
const CONCURRENCY = Number(process.env.SITREP_BENCH_WEB_CONCURRENCY ?? 4);
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-web-'));
/** SITREP_BENCH_WEB_DB: keep the built store at this path and reuse it on the next run. */
const kept = process.env.SITREP_BENCH_WEB_DB;
const dbPath = kept ?? join(dir, 'sitrep.db');

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

async function buildStore(): Promise<void> {
  const db = await openDb({ db: dbPath });
  const t0 = Date.now();
  const ingester = new Ingester({ db, after: await corpusHook() });
  const s = await ingester.run(expandInputs([join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl')]));
  await ingester.close();
  const ids = (await db.all<{ id: string }>('SELECT id FROM articles ORDER BY seq')).map((r) => r.id);
  const originals: Analysis[] = [];
  for (const id of ids) originals.push((await getArticle(db, id))!.analysis);
  const t1 = Date.now();
  let n = ids.length;
  for (let round = 1; n < TARGET; round++) {
    for (const a of originals) {
      if (n >= TARGET) break;
      // Each round moves the copies a year on, so weeks hold as many articles as the originals' weeks do.
      const published = a.meta.published ? addDays(a.meta.published.slice(0, 10), 364 * round) : null;
      const url = `https://bench.invalid/${round}/${a.id}`;
      const copy: Analysis = {
        ...a, id: url,
        meta: { ...a.meta, published, canonicalUrl: url },
        events: a.events.map((e) => ({ ...e, date: e.date && published && e.date.precision === 'day' ? { ...e.date, value: addDays(e.date.value, 364 * round) } : e.date })),
      };
      await saveAnalysis(db, copy, { canonicalUrl: url });
      n++;
    }
  }
  const counts = await db.get<{ a: number; e: number; q: number; n: number }>(
    'SELECT (SELECT COUNT(*) FROM articles) AS a, (SELECT COUNT(*) FROM article_events) AS e, (SELECT COUNT(*) FROM article_quotes) AS q, (SELECT COUNT(*) FROM article_entities) AS n');
  console.log(`store: ${counts!.a} articles, ${counts!.n} entity rows, ${counts!.q} quotes, ${counts!.e} events (ingest of ${s.new} originals ${((t1 - t0) / 1000).toFixed(0)} s, copies ${((Date.now() - t1) / 1000).toFixed(0)} s)`);
  await db.close();
}

async function requestPaths(): Promise<{ api: string[]; pages: string[] }> {
  const db = await openDb({ db: dbPath });
  const articles = (await db.all<{ id: string }>('SELECT id FROM articles ORDER BY seq LIMIT 40')).map((r) => encodeURIComponent(r.id));
  const actors = (await db.all<{ k: string }>("SELECT actor_key AS k FROM article_entities WHERE type IN ('PERSON', 'ORG', 'GPE') GROUP BY actor_key ORDER BY COUNT(*) DESC LIMIT 15")).map((r) => encodeURIComponent(r.k));
  const pairs = await db.all<{ a: string; b: string }>(
    "SELECT MIN(actor_country) AS a, MAX(target_country) AS b FROM article_events WHERE actor_country IS NOT NULL AND target_country IS NOT NULL AND actor_country < target_country GROUP BY actor_country, target_country ORDER BY COUNT(*) DESC LIMIT 5");
  const weeks = (await db.all<{ d: string }>('SELECT DISTINCT published AS d FROM articles WHERE published IS NOT NULL ORDER BY d LIMIT 2000')).map((r) => r.d).filter((_, i) => i % 37 === 0).slice(0, 12);
  await db.close();
  const words = ['clinton', 'trump debate', 'russia', 'immigration', 'email server', '"white house"', 'senate', 'police', 'syria', 'economy', 'campaign', 'vote'];
  const api: string[] = [];
  const pages: string[] = [];
  words.forEach((w, i) => {
    api.push(`/api/search?q=${encodeURIComponent(w)}`, `/api/articles/${articles[i % articles.length]}`, `/api/events?limit=20&offset=${i * 20}`);
    pages.push(`/search?q=${encodeURIComponent(w)}`, `/articles/${articles[(i * 3) % articles.length]}`);
  });
  actors.forEach((k) => { api.push(`/api/actors/${k}`, `/api/quotes?speaker=${k}&limit=10`); pages.push(`/actors/${k}`); });
  for (const p of pairs) { api.push(`/api/dyads/${p.a}/${p.b}`); pages.push(`/pairs/${p.a}/${p.b}`); }
  for (const w of weeks) { api.push(`/api/events/counts?since=${w}&until=${addDays(w, 6)}`, `/api/stories?since=${w}&until=${addDays(w, 6)}`); pages.push(`/?week=${w}`, `/stories?week=${w}`); }
  api.push('/api/dyads', '/api/actors?q=john', '/api/stats');
  pages.push('/actors', '/pairs', '/briefings', '/subscribe');
  return { api, pages };
}

async function startServer(cacheSeconds: number): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep'), 'serve', '--db', dbPath, '--data-dir', dir, '--port', '0', '-q'], {
    env: { ...process.env, SITREP_WEB_CACHE_SECONDS: String(cacheSeconds) }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /serving .* at (http:\/\/[^\s]+)/.exec(err);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`sitrep serve exited with ${code}: ${err}`)));
  });
  return { child, base };
}

/** CPU seconds (user + system) the server process has used, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** CONCURRENCY workers cycle through the paths for SECONDS (after one warm-up pass); every latency is kept. */
async function load(base: string, paths: string[]): Promise<{ n: number; rps: number; p50: number; p95: number; p99: number; max: number; errors: number; slowest: string }> {
  const pool = new Pool(base, { connections: CONCURRENCY, pipelining: 1 });
  const get = async (p: string): Promise<number> => {
    const t = performance.now();
    const r = await pool.request({ path: p, method: 'GET', headers: { accept: p.startsWith('/api/') ? 'application/json' : 'text/html' } });
    await r.body.dump();
    if (r.statusCode !== 200) throw new Error(`${p}: HTTP ${r.statusCode}`);
    return performance.now() - t;
  };
  for (const p of paths) await get(p);
  const lat: Array<[number, string]> = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < end) {
      const p = paths[next++ % paths.length];
      try { lat.push([await get(p), p]); } catch { errors++; }
    }
  }));
  const elapsed = (performance.now() - t0) / 1000;
  await pool.close();
  const sorted = lat.map((l) => l[0]).sort((a, b) => a - b);
  const slowest = lat.reduce((m, l) => (l[0] > m[0] ? l : m), [0, ''] as [number, string]);
  return { n: lat.length, rps: lat.length / elapsed, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99), max: sorted[sorted.length - 1], errors, slowest: slowest[1] };
}

/** Each path alone, three times in a row, no other load: the median shows which routes cost what. */
async function perRoute(base: string, paths: string[]): Promise<Array<[number, string]>> {
  const pool = new Pool(base, { connections: 1, pipelining: 1 });
  const out: Array<[number, string]> = [];
  for (const p of new Set(paths)) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = await pool.request({ path: p, method: 'GET', headers: { accept: p.startsWith('/api/') ? 'application/json' : 'text/html' } });
      await r.body.dump();
      times.push(performance.now() - t);
    }
    out.push([times.sort((a, b) => a - b)[1], p]);
  }
  await pool.close();
  return out.sort((a, b) => b[0] - a[0]);
}

try {
  if (!kept || !existsSync(kept)) await buildStore();
  else console.log(`store: reusing ${kept}`);
  const { api, pages } = await requestPaths();
  console.log(`load: ${CONCURRENCY} concurrent requests for ${SECONDS} s per run, cycling ${api.length} API and ${pages.length} page URLs; machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  for (const cache of [10, 0]) {
    const { child, base } = await startServer(cache);
    try {
      for (const [name, paths] of [['api', api], ['pages', pages]] as const) {
        const c0 = cpuSeconds(child.pid);
        const r = await load(base, paths);
        const c1 = cpuSeconds(child.pid);
        // Server CPU per request does not depend on what else the machine runs; the wall clock does.
        const cpu = c0 !== null && c1 !== null ? `, server CPU ${(((c1 - c0) * 1000) / (r.n + paths.length)).toFixed(1)} ms/request` : '';
        const verdict = r.p95 <= 50 ? 'ok' : 'OVER the 50 ms target';
        if (cache === 0) {
          const routes = await perRoute(base, paths);
          const shown = routes.slice(0, ROUTES_SHOWN).map(([ms, p]) => `${ms.toFixed(1)} ${decodeURIComponent(p)}`).join('; ');
          console.log(`${name.padEnd(5)} uncached, one at a time: median ${pct(routes.map((x) => x[0]).sort((a, b) => a - b), 50).toFixed(1)} ms; slowest ${shown}`);
        }
        console.log(`${name.padEnd(5)} cache ${String(cache).padStart(2)} s: ${r.n} requests, ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(0)} ms (${r.slowest}), ${r.errors} errors${cpu}: ${verdict}`);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Which b-trees a commit group dirties: the writer harness's cached analyses (bench/writer.ts
// prepare) saved into a fresh SQLite store, then one more group of `group` articles committed with
// checkpoints off, and the pages its WAL frames hold counted by the table or index they belong to.
//   node --import tsx bench/wal-pages.ts [before=2000] [group=128]
//   SITREP_WRITER_CACHE   the writer harness's cache folder
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDb } from '../src/store/open.ts';
import { CommitGroup } from '../src/ingest/commit-group.ts';
import { corpusHook } from '../src/ingest/corpus-hook.ts';
import { rememberPrep, type CorpusPrep } from '../src/corpus/prepare.ts';
import { received, type SentAnalysis } from '../src/store/stored-json.ts';
import type { Analysis } from '../src/model/analysis.ts';
import type { Db } from '../src/store/db.ts';

const CACHE = process.env.SITREP_WRITER_CACHE ?? join(tmpdir(), 'sitrep-writer-cache');
const before = Number(process.argv[2] ?? 2000);
const group = Number(process.argv[3] ?? 128);
const lines = readFileSync(join(CACHE, 'analyses.jsonl'), 'utf8').split('\n').filter(Boolean);
if (lines.length < before + group) throw new Error(`the cache holds ${lines.length} analyses, fewer than ${before + group}`);

function analysisOf(line: string): Analysis {
  const m = JSON.parse(line) as { sent: SentAnalysis; corpus: CorpusPrep };
  const a = received(m.sent);
  rememberPrep(a, m.corpus);
  return a;
}

async function saveAll(db: Db, from: number, to: number): Promise<void> {
  const after = await corpusHook();
  const writer = new CommitGroup(db, { max: group });
  const saves: Array<Promise<unknown>> = [];
  for (let i = from; i < to; i++) saves.push(writer.save(analysisOf(lines[i]), { sourceId: `bench-${i}` }, after));
  writer.flushSoon();
  await Promise.all(saves);
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-wal-pages-'));
try {
  const path = join(dir, 'sitrep.db');
  const db = await openDb({ db: path });
  await saveAll(db, 0, before);
  await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.exec('PRAGMA wal_autocheckpoint = 0');
  await saveAll(db, before, before + group);
  const wal = readFileSync(`${path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const frames: number[] = [];
  for (let off = 32; off + 24 + pageSize <= wal.length; off += 24 + pageSize) frames.push(wal.readUInt32BE(off));
  const owner = new Map<number, string>();
  for (const r of await db.all<{ name: string; pageno: number }>('SELECT name, pageno FROM dbstat')) owner.set(Number(r.pageno), r.name);
  const byTree = new Map<string, { frames: number; pages: Set<number> }>();
  for (const p of frames) {
    const name = owner.get(p) ?? '(free or new)';
    let t = byTree.get(name);
    if (!t) byTree.set(name, (t = { frames: 0, pages: new Set() }));
    t.frames++;
    t.pages.add(p);
  }
  const sizes = new Map((await db.all<{ name: string; n: number; bytes: number }>('SELECT name, COUNT(*) AS n, SUM(pgsize) AS bytes FROM dbstat GROUP BY name')).map((r) => [r.name, r]));
  const distinct = new Set(frames).size;
  console.log(`${group} articles after ${before}: ${frames.length} WAL frames (${(frames.length / group).toFixed(1)}/article), ${distinct} distinct pages (${(distinct / group).toFixed(1)}/article)`);
  console.log('b-tree'.padEnd(40), 'pages/article', 'frames/article', 'tree pages');
  for (const [name, t] of [...byTree].sort((a, b) => b[1].pages.size - a[1].pages.size)) {
    console.log(name.padEnd(40), (t.pages.size / group).toFixed(2).padStart(13), (t.frames / group).toFixed(2).padStart(14), String(sizes.get(name)?.n ?? '').padStart(10));
  }
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

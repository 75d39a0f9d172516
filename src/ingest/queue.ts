// Scale-out on PostgreSQL: ingest items become pg-boss jobs that any number of `sitrep worker`
// processes, on any number of machines, pull and process; feeds are polled from a cron job that
// exactly one worker receives each minute.
import PgBoss from 'pg-boss';
import type { Db } from '../store/db.ts';
import { dueFeeds, type Feed } from '../store/feeds.ts';
import { InputError, oneLine } from '../model/errors.ts';
import type { RawDocument } from '../model/article.ts';
import type { Item } from './items.ts';
import type { AnalyzeInput, Work } from './work.ts';
import { Ingester } from './run.ts';
import { pollFeed } from './poll.ts';
import type { Fetcher } from './fetcher.ts';

export const INGEST_QUEUE = 'sitrep-ingest';
export const FEEDS_QUEUE = 'sitrep-poll-feeds';

/** JSON form of an item: bytes travel as base64. */
export type JobData =
  | { kind: 'url'; label: string; url: string; hints?: RawDocument['hints']; feedId?: number | null; itemKey?: string }
  | { kind: 'work'; label: string; sourceId?: string | null; feedId?: number | null; matchUri?: boolean; input: JsonInput };

type JsonInput =
  | Extract<AnalyzeInput, { kind: 'text' }>
  | { kind: 'raw'; published: string | null; raw: Omit<RawDocument, 'bytes'> & { bytes64: string } };

export function toJob(item: Item): JobData | null {
  if (item.kind === 'url') return { kind: 'url', label: item.label, url: item.url, hints: item.hints, feedId: item.feedId ?? null, itemKey: item.itemKey };
  if (item.kind !== 'work') return null;
  const w = item.work;
  const input: JsonInput = w.input.kind === 'text' ? w.input : {
    kind: 'raw', published: w.input.published,
    raw: { ...w.input.raw, bytes: undefined, bytes64: Buffer.from(w.input.raw.bytes).toString('base64') } as Omit<RawDocument, 'bytes'> & { bytes64: string },
  };
  return { kind: 'work', label: w.label, sourceId: w.sourceId ?? null, feedId: w.feedId ?? null, matchUri: w.matchUri, input };
}

export function fromJob(d: JobData): Item {
  if (d.kind === 'url') return { kind: 'url', label: d.label, url: d.url, hints: d.hints, feedId: d.feedId ?? null, itemKey: d.itemKey };
  let input: AnalyzeInput;
  if (d.input.kind === 'text') input = d.input;
  else {
    const { bytes64, ...raw } = d.input.raw;
    input = { kind: 'raw', published: d.input.published, raw: { ...raw, bytes: Buffer.from(bytes64, 'base64') } };
  }
  const work: Work = { label: d.label, sourceId: d.sourceId ?? null, feedId: d.feedId ?? null, matchUri: d.matchUri, input };
  return { kind: 'work', work };
}

/**
 * The queue's tables live beside the store's: a URL that puts the store in a schema of its own
 * (`options=-c search_path=NAME`) gets the queue in NAME_queue, so two stores in one database never
 * take each other's jobs. Otherwise pg-boss's own default schema.
 */
export function queueSchema(url: string): string {
  let options: string | null = null;
  try {
    options = new URL(url).searchParams.get('options');
  } catch {
    return 'pgboss';
  }
  const m = options ? /search_path\s*=\s*"?([A-Za-z_][A-Za-z0-9_]*)/.exec(options) : null;
  return m ? `${m[1]}_queue` : 'pgboss';
}

export async function startBoss(url: string, opts: { schedule?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: queueSchema(url), schedule: opts.schedule ?? false, supervise: opts.schedule ?? false });
  boss.on('error', (e: Error) => process.stderr.write(`sitrep worker: queue error: ${oneLine(e)}\n`));
  try {
    await boss.start();
  } catch (e) {
    throw new InputError(`${url.replace(/:[^:@/]*@/, ':***@')}: cannot start the job queue (${oneLine(e)})`, 1);
  }
  // Retries cover a worker dying mid-job; ingest is idempotent, so a retried job stores nothing twice.
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 });
  await boss.createQueue(FEEDS_QUEUE, { name: FEEDS_QUEUE, policy: 'singleton', retryLimit: 0, expireInSeconds: 15 * 60 });
  return boss;
}

/** Queues items in chunks; returns how many jobs were queued and the items that were not jobs. */
export async function enqueue(boss: PgBoss, items: AsyncIterable<Item>, chunk = 500): Promise<{ queued: number; rest: Item[] }> {
  let batch: PgBoss.JobInsert[] = [];
  const rest: Item[] = [];
  let queued = 0;
  for await (const item of items) {
    const data = toJob(item);
    if (!data) {
      rest.push(item);
      continue;
    }
    batch.push({ name: INGEST_QUEUE, data });
    if (batch.length >= chunk) {
      await boss.insert(batch);
      queued += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    await boss.insert(batch);
    queued += batch.length;
  }
  return { queued, rest };
}

export interface WorkerOptions {
  db: Db;
  url: string;
  fetcher: Fetcher;
  threads?: number;
  /** Jobs taken per fetch from the queue. */
  batchSize?: number;
  /** Also poll due feeds (from the once-a-minute cron job). */
  feeds?: boolean;
  after?: import('../store/articles.ts').AfterSave;
  log?: (line: string) => void;
}

export interface RunningWorker {
  ingester: Ingester;
  /** Resolves when the queue has been empty with nothing in flight for idleMs. */
  idle(idleMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const boss = await startBoss(o.url, { schedule: o.feeds !== false });
  // Feed items go back to the queue, so every worker shares them.
  const handOff = async (items: Item[]) => {
    const jobs = items.map((i) => toJob(i)).filter((d): d is JobData => d !== null).map((data) => ({ name: INGEST_QUEUE, data }));
    if (jobs.length) await boss.insert(jobs);
  };
  const ingester = new Ingester({ db: o.db, fetcher: o.fetcher, threads: o.threads, after: o.after, onDiscovered: handOff });
  let busy = 0;
  let lastBusy = Date.now();
  const batchSize = o.batchSize ?? Math.max(4, ingester.capacity * 2);
  await boss.work<JobData>(INGEST_QUEUE, { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    busy++;
    try {
      const before = ingester.summary.failed;
      await ingester.run(jobs.map((j) => fromJob(j.data)));
      for (const f of ingester.summary.failures.splice(0)) o.log?.(`failed: ${f.input}: ${f.reason}`);
      if (ingester.summary.failed > before) o.log?.(`${ingester.summary.failed - before} of ${jobs.length} items failed`);
    } finally {
      busy--;
      lastBusy = Date.now();
    }
  });
  if (o.feeds !== false) {
    await boss.schedule(FEEDS_QUEUE, '* * * * *');
    await boss.work(FEEDS_QUEUE, async () => {
      for (const feed of await dueFeeds(o.db)) {
        if (!(await claimFeed(o.db, feed))) continue;
        const r = await pollFeed(o.db, feed, o.fetcher, ingester, () => new Date(), handOff);
        o.log?.(`${feed.url}: ${r.error ?? (r.notModified ? 'not modified' : `${r.items} items, ${r.new} new`)}`);
      }
    });
  }
  return {
    ingester,
    idle: async (idleMs = 2000) => {
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        if (busy > 0 || Date.now() - lastBusy < idleMs) continue;
        if ((await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) return;
      }
    },
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await ingester.close();
    },
  };
}

/** Takes a due feed for this worker: only one worker moves its next poll forward. */
async function claimFeed(db: Db, feed: Feed): Promise<boolean> {
  const lease = new Date(Date.now() + 10 * 60_000).toISOString();
  const r = await db.run('UPDATE feeds SET next_poll = ? WHERE id = ? AND next_poll = ?', [lease, feed.id, feed.nextPoll]);
  return r.changes === 1;
}

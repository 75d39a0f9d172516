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
import { GROUP_SIZE } from './commit-group.ts';
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

/**
 * `supervise` runs pg-boss's maintenance (expiring the jobs of a worker that died, so they are
 * retried); every worker does, as one may run without the feed schedule.
 */
export async function startBoss(url: string, opts: { schedule?: boolean; supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: queueSchema(url), schedule: opts.schedule ?? false, supervise: opts.supervise ?? opts.schedule ?? false });
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
  /** Jobs in hand at most (fetched and not yet acknowledged); default: what keeps the pipeline full. */
  batchSize?: number;
  /** Also poll due feeds (from the once-a-minute cron job). */
  feeds?: boolean;
  after?: import('../store/articles.ts').AfterSave;
  log?: (line: string) => void;
  /** Wait this long before polling an empty queue again (ms). */
  pollMs?: number;
  /** How long stop() lets jobs in hand finish before failing them back to the queue (ms). */
  stopTimeoutMs?: number;
}

export interface WorkerStats {
  /** Fetches from the queue, and those that came back empty. */
  fetches: number;
  emptyFetches: number;
  /** Jobs taken, and jobs acknowledged as done or failed back. */
  taken: number;
  completed: number;
  failed: number;
}

export interface RunningWorker {
  ingester: Ingester;
  stats: WorkerStats;
  /** Resolves when the queue has been empty with nothing in hand for idleMs. */
  idle(idleMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A worker keeps its ingest pipeline full: one long-running Ingester run reads jobs from a local
 * buffer that a fetch loop tops up to `limit` jobs in hand (fetched, not yet acknowledged) as soon
 * as room frees up, polling again at once while the queue gives full batches and backing off only
 * when it is empty. Each job is completed on its own once its item is done (its article committed,
 * or found stored, or failed and logged); completions are sent in batches. A worker killed mid-way
 * leaves its jobs active until they expire and are retried; saving is idempotent.
 */
export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const boss = await startBoss(o.url, { schedule: o.feeds !== false, supervise: true });
  // Feed items go back to the queue, so every worker shares them.
  const handOff = async (items: Item[]) => {
    const jobs = items.map((i) => toJob(i)).filter((d): d is JobData => d !== null).map((data) => ({ name: INGEST_QUEUE, data }));
    if (jobs.length) await boss.insert(jobs);
  };
  const log = o.log ?? (() => undefined);
  const stats: WorkerStats = { fetches: 0, emptyFetches: 0, taken: 0, completed: 0, failed: 0 };
  const jobOf = new Map<Item, string>();
  // Jobs fetched and not yet acknowledged (buffered, in the pipeline, or awaiting their complete call).
  const inHand = new Set<string>();
  const toComplete: string[] = [];
  const ingester = new Ingester({
    db: o.db, fetcher: o.fetcher, threads: o.threads, after: o.after, onDiscovered: handOff,
    onItemDone: (item) => {
      const id = jobOf.get(item);
      if (id === undefined) return;
      jobOf.delete(item);
      toComplete.push(id);
      for (const f of ingester.summary.failures.splice(0)) log(`failed: ${f.input}: ${f.reason}`);
      scheduleAcks();
    },
  });
  // Enough jobs to keep every analysis slot and fetch busy and a commit group forming behind them.
  const limit = o.batchSize ?? ingester.capacity + 8 + GROUP_SIZE;
  const pollMs = o.pollMs ?? 500;
  const buffer: Array<PgBoss.Job<JobData>> = [];
  let stopping = false;
  let lastEmpty = 0;
  let lastActive = Date.now();
  let wakeSource: (() => void) | null = null;
  const wake = () => {
    const w = wakeSource;
    wakeSource = null;
    w?.();
  };
  const sleep = (ms: number) => new Promise<void>((r) => {
    const t = setTimeout(() => { wakeSource = null; r(); }, ms);
    wakeSource = () => { clearTimeout(t); r(); };
  });

  // Acknowledgements: batched, one statement in flight; ids that fail to send are sent again.
  let acking: Promise<void> | null = null;
  let ackTimer: NodeJS.Timeout | null = null;
  const sendAcks = async (): Promise<void> => {
    while (toComplete.length) {
      const ids = toComplete.splice(0, 500);
      try {
        await boss.complete(INGEST_QUEUE, ids);
        stats.completed += ids.length;
        for (const id of ids) inHand.delete(id);
      } catch (e) {
        toComplete.unshift(...ids);
        log(`cannot acknowledge ${ids.length} jobs (${oneLine(e)}); retrying`);
        if (stopping) return;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    lastActive = Date.now();
    // Room in hand: the source may fetch again.
    wake();
  };
  const flushAcks = (): Promise<void> => {
    if (ackTimer) {
      clearTimeout(ackTimer);
      ackTimer = null;
    }
    acking ??= sendAcks().finally(() => {
      acking = null;
      if (toComplete.length) scheduleAcks();
    });
    return acking;
  };
  function scheduleAcks(): void {
    // Soon, but not one statement per article; at once when enough for a new fetch are waiting.
    if (toComplete.length >= Math.max(1, limit >> 2)) void flushAcks();
    else ackTimer ??= setTimeout(() => void flushAcks(), 100);
  }

  /** The ingest pipeline's input: jobs as items, fetched as room frees up, until stop. */
  async function* source(): AsyncGenerator<Item> {
    let fetching: Promise<void> | null = null;
    const fetchMore = async (): Promise<void> => {
      const want = limit - inHand.size;
      if (want <= 0) return;
      stats.fetches++;
      let jobs: Array<PgBoss.Job<JobData>> = [];
      try {
        jobs = await boss.fetch<JobData>(INGEST_QUEUE, { batchSize: want });
      } catch (e) {
        log(`cannot fetch jobs (${oneLine(e)})`);
      }
      if (jobs.length === 0) {
        stats.emptyFetches++;
        lastEmpty = Date.now();
        return;
      }
      lastActive = Date.now();
      lastEmpty = 0;
      stats.taken += jobs.length;
      for (const j of jobs) inHand.add(j.id);
      buffer.push(...jobs);
    };
    const topUp = () => {
      // Fetch ahead while the pipeline still has work, so it never waits for the round trip.
      if (fetching || stopping || inHand.size > limit - Math.max(1, limit >> 2)) return;
      if (lastEmpty && Date.now() - lastEmpty < pollMs) return;
      fetching = fetchMore().finally(() => { fetching = null; wake(); });
    };
    for (;;) {
      if (stopping && buffer.length === 0) return;
      const job = buffer.shift();
      if (job) {
        topUp();
        let item: Item;
        try {
          item = fromJob(job.data);
        } catch (e) {
          // Not a job this version understands: counted and logged, and failed, not retried here.
          log(`failed: job ${job.id}: ${oneLine(e)}`);
          ingester.summary.failed++;
          inHand.delete(job.id);
          stats.failed++;
          void boss.fail(INGEST_QUEUE, job.id).catch(() => undefined);
          continue;
        }
        jobOf.set(item, job.id);
        yield item;
        continue;
      }
      topUp();
      if (fetching) {
        await fetching;
        continue;
      }
      // Empty queue, or no room in hand until acknowledgements go out: wait for either.
      if (toComplete.length) void flushAcks();
      const wait = lastEmpty ? Math.max(10, pollMs - (Date.now() - lastEmpty)) : pollMs;
      await sleep(wait);
    }
  }

  let ended = false;
  const running = ingester.run(source()).then(
    () => undefined,
    (e: unknown) => log(`ingest stopped: ${oneLine(e)}`),
  ).finally(() => { ended = true; });

  if (o.feeds !== false) {
    await boss.schedule(FEEDS_QUEUE, '* * * * *');
    await boss.work(FEEDS_QUEUE, async () => {
      for (const feed of await dueFeeds(o.db)) {
        if (!(await claimFeed(o.db, feed))) continue;
        const r = await pollFeed(o.db, feed, o.fetcher, ingester, () => new Date(), handOff);
        log(`${feed.url}: ${r.error ?? (r.notModified ? 'not modified' : `${r.items} items, ${r.new} new`)}`);
      }
    });
  }

  let stopped: Promise<void> | null = null;
  return {
    ingester,
    stats,
    idle: async (idleMs = 2000) => {
      for (;;) {
        await new Promise((r) => setTimeout(r, 100));
        if (ended) return;
        if (inHand.size > 0 || !lastEmpty || Date.now() - lastActive < idleMs) continue;
        // Jobs other workers hold, or waiting for a retry, still count: they may come back.
        if ((await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) return;
      }
    },
    stop: () => {
      stopped ??= (async () => {
        // Take no more jobs; finish the ones in hand (their analysis is already paid for).
        stopping = true;
        wake();
        const timeout = o.stopTimeoutMs ?? 30_000;
        let timer: NodeJS.Timeout | undefined;
        const finished = await Promise.race([
          running.then(() => true),
          new Promise<boolean>((r) => { timer = setTimeout(() => r(false), timeout); }),
        ]);
        clearTimeout(timer);
        await flushAcks();
        // Still running after the timeout: give the rest back to the queue for another worker.
        const left = [...inHand].filter((id) => !toComplete.includes(id));
        if (!finished && left.length) {
          await boss.fail(INGEST_QUEUE, left).catch((e: unknown) => log(`cannot release jobs (${oneLine(e)})`));
          stats.failed += left.length;
          log(`stopped with ${left.length} jobs unfinished; they go back to the queue`);
        }
        await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
        await ingester.close();
      })();
      return stopped;
    },
  };
}

/** Takes a due feed for this worker: only one worker moves its next poll forward. */
async function claimFeed(db: Db, feed: Feed): Promise<boolean> {
  const lease = new Date(Date.now() + 10 * 60_000).toISOString();
  const r = await db.run('UPDATE feeds SET next_poll = ? WHERE id = ? AND next_poll = ?', [lease, feed.id, feed.nextPoll]);
  return r.changes === 1;
}

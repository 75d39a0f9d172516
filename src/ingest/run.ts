// The ingest runner: items in; fetch, extract and analyse them (analysis on worker threads),
// save each article in its own transaction; a summary out. Idempotent: running it again over the
// same inputs stores nothing twice, and a kill at any moment loses only articles not yet saved.
import type { Db } from '../store/db.ts';
import { textKeys, type AfterSave, type SaveStatus, type TextKeys } from '../store/articles.ts';
import { CommitGroup } from './commit-group.ts';
import { articleId } from '../model/id.ts';
import { oneLine } from '../model/errors.ts';
import type { RawDocument } from '../model/article.ts';
import { Fetcher } from './fetcher.ts';
import { looksLikeFeed, parseFeedItems } from './feed.ts';
import { decodeText } from '../extract/decode.ts';
import type { Item } from './items.ts';
import type { Work } from './work.ts';
import { createAnalyzer, type Analyzer } from './pool.ts';

export interface Failure { input: string; reason: string }

export interface IngestSummary {
  new: number;
  updated: number;
  duplicate: number;
  failed: number;
  skipped: number;
  failures: Failure[];
  /** Items handled so far (every outcome), and items known to exist (grows as inputs are read). */
  done: number;
  seen: number;
}

export interface IngesterOptions {
  db: Db;
  fetcher?: Fetcher;
  /** Analysis worker threads; 0 analyses on the main thread. */
  threads?: number;
  analyzer?: Analyzer;
  /** Re-analyse articles already stored with the same text (a new pipeline version). */
  force?: boolean;
  /** Runs in each article's transaction after it is saved (the corpus links the article there). */
  after?: AfterSave;
  onProgress?: (s: IngestSummary) => void;
  /** Fetches in flight (the fetcher still keeps each host to its own limit). */
  fetchConcurrency?: number;
  /** Hands items found in feeds elsewhere (the job queue) instead of processing them here. */
  onDiscovered?: (items: Item[]) => Promise<void>;
  /** Failure reasons kept for the summary (counts stay exact). */
  keepFailures?: number;
  /** Called once per item when it is done: committed, found stored, skipped or failed (the job queue acknowledges its job then). */
  onItemDone?: (item: Item) => void;
}

export function emptySummary(): IngestSummary {
  return { new: 0, updated: 0, duplicate: 0, failed: 0, skipped: 0, failures: [], done: 0, seen: 0 };
}

export class Ingester {
  readonly summary = emptySummary();
  private readonly analyzer: Analyzer;
  private readonly ownAnalyzer: boolean;
  private readonly fetcher: Fetcher;
  private readonly ownFetcher: boolean;
  private readonly writer: CommitGroup;

  constructor(private readonly o: IngesterOptions) {
    this.ownAnalyzer = !o.analyzer;
    this.analyzer = o.analyzer ?? createAnalyzer(o.threads);
    this.ownFetcher = !o.fetcher;
    this.fetcher = o.fetcher ?? new Fetcher();
    this.writer = new CommitGroup(o.db);
  }

  /** Analyses that may usefully be in flight at once. */
  get capacity(): number {
    return this.analyzer.capacity;
  }

  async close(): Promise<void> {
    if (this.ownAnalyzer) await this.analyzer.close();
    if (this.ownFetcher) await this.fetcher.close();
  }

  /** Handles every item; returns when all are saved or have failed. */
  async run(items: AsyncIterable<Item> | Iterable<Item>): Promise<IngestSummary> {
    const extra: Item[] = [];
    const limit = this.analyzer.capacity + (this.o.fetchConcurrency ?? 8);
    // Items not yet done, and of those the ones still being fetched or analysed: an analysed
    // article waiting for its group commit leaves the analysers free for the next ones.
    let inflight = 0;
    let active = 0;
    let wake: (() => void) | null = null;
    const notify = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    const waitChange = () => new Promise<void>((r) => (wake = r));
    const it = (Symbol.asyncIterator in items ? (items as AsyncIterable<Item>)[Symbol.asyncIterator]() : toAsync(items as Iterable<Item>));
    let sourceDone = false;
    let nextItem: Promise<IteratorResult<Item>> | null = null;
    for (;;) {
      while (active >= limit || this.writer.waiting >= this.writer.max) await waitChange();
      let item = extra.shift();
      if (!item && !sourceDone) {
        nextItem ??= it.next();
        // Feed pages discovered meanwhile go first; the source read keeps its place.
        const r = await Promise.race([nextItem, waitChange().then(() => null)]);
        if (r === null) continue;
        nextItem = null;
        if (r.done) sourceDone = true;
        else item = r.value;
      }
      if (!item) {
        if (sourceDone && inflight === 0 && extra.length === 0) break;
        if (sourceDone) await waitChange();
        continue;
      }
      this.summary.seen++;
      inflight++;
      active++;
      let analysed = false;
      const onAnalysed = () => {
        if (analysed) return;
        analysed = true;
        active--;
        // Nothing else is being analysed, so no company is coming for the waiting group.
        if (active === 0) this.writer.flushSoon();
        notify();
      };
      void this.handle(item, extra, onAnalysed)
        .catch((e) => this.fail(labelOf(item!), oneLine(e)))
        .finally(() => {
          onAnalysed();
          inflight--;
          this.summary.done++;
          this.o.onItemDone?.(item!);
          this.o.onProgress?.(this.summary);
          notify();
        });
    }
    return this.summary;
  }

  private async handle(item: Item, extra: Item[], onAnalysed: () => void): Promise<void> {
    switch (item.kind) {
      case 'failed':
        return this.fail(item.label, item.reason);
      case 'skipped':
        this.summary.skipped++;
        return;
      case 'url':
        return this.handleUrl(item, extra, onAnalysed);
      case 'work':
        return this.handleWork(item.work, onAnalysed);
    }
  }

  private async handleUrl(item: Extract<Item, { kind: 'url' }>, extra: Item[], onAnalysed: () => void): Promise<void> {
    if (item.feedId != null && item.itemKey && !this.o.force) {
      const seen = await this.o.db.get('SELECT article_id FROM feed_items WHERE feed_id = ? AND item_key = ? AND article_id IS NOT NULL', [item.feedId, item.itemKey]);
      if (seen) return this.count('duplicate');
    }
    const doc = await this.fetcher.fetchDocument(item.url);
    if (looksLikeFeed(doc.contentType, doc.bytes)) {
      const found = feedItems(doc, item.feedId ?? null);
      if (this.o.onDiscovered) await this.o.onDiscovered(found);
      else extra.push(...found);
      // The feed itself is not an article: it stands for the items it listed.
      this.summary.seen--;
      this.summary.done--;
      return;
    }
    const raw: RawDocument = item.hints ? { ...doc, hints: item.hints } : doc;
    await this.handleWork({ label: item.label, feedId: item.feedId ?? null, sourceId: item.itemKey ?? null, input: { kind: 'raw', raw, published: null } }, onAnalysed, item.itemKey);
  }

  private async handleWork(work: Work, onAnalysed: () => void, feedItemKey?: string): Promise<void> {
    // A given text is hashed once: to look it up here and to save it (saveAnalysis takes the keys).
    const canonical = work.input.kind === 'text' && work.input.url && /^https?:\/\//i.test(work.input.url) ? work.input.url : null;
    const known = work.input.kind === 'text' ? textKeys(work.input.text, !canonical) : undefined;
    if (!this.o.force && known && (await this.alreadyStored(canonical, known))) return this.count('duplicate');
    let analysis;
    try {
      analysis = await this.analyzer.analyze(work.input);
    } catch (e) {
      return this.fail(work.label, oneLine(e));
    }
    const feedId = work.feedId ?? null;
    const after: AfterSave | undefined = feedId != null && feedItemKey
      ? async (tx, result, a) => {
        await tx.run('DELETE FROM feed_items WHERE feed_id = ? AND item_key = ?', [feedId, feedItemKey]);
        await tx.run('INSERT INTO feed_items (feed_id, item_key, article_id, seen_at) VALUES (?, ?, ?, ?)', [feedId, feedItemKey, result.id, new Date().toISOString()]);
        if (this.o.after) await this.o.after(tx, result, a);
      }
      : this.o.after;
    const saved = this.writer.save(analysis, { sourceId: work.sourceId ?? null, feedId, matchUri: work.matchUri, known }, after);
    onAnalysed();
    this.count(await saved);
  }

  /** A JSONL text already stored with the same words needs no new analysis. */
  private async alreadyStored(canonical: string | null, known: TextKeys): Promise<boolean> {
    const row = await this.o.db.get<{ content_hash: string }>('SELECT content_hash FROM articles WHERE id = ?', [known.textId ?? articleId(canonical, known.text)]);
    return row !== undefined && row.content_hash === known.contentHash;
  }

  private count(status: SaveStatus): void {
    this.summary[status]++;
  }

  private fail(input: string, reason: string): void {
    this.summary.failed++;
    if (this.summary.failures.length < (this.o.keepFailures ?? 1000)) this.summary.failures.push({ input, reason });
  }
}

export function feedItems(doc: RawDocument, feedId: number | null): Item[] {
  const { text } = decodeText(doc.bytes, doc.charset ?? null, doc.uri);
  const feed = parseFeedItems(text, doc.uri ?? '');
  return feed.items.map((fi) => ({
    kind: 'url' as const,
    label: fi.url,
    url: fi.url,
    feedId,
    itemKey: fi.key,
    hints: {
      title: fi.title ?? undefined,
      published: fi.published ?? undefined,
      authors: fi.authors.length ? fi.authors : undefined,
      publisher: feed.title ?? undefined,
    },
  }));
}

function labelOf(item: Item): string {
  return item.kind === 'work' ? item.work.label : item.label;
}

async function* toAsync<T>(it: Iterable<T>): AsyncGenerator<T> {
  yield* it;
}

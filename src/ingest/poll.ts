// One poll of one feed: conditional GET, new items ingested, the feed's schedule adapted.
import type { Db } from '../store/db.ts';
import { recordPoll, type Feed } from '../store/feeds.ts';
import { oneLine } from '../model/errors.ts';
import type { Fetcher } from './fetcher.ts';
import { looksLikeFeed } from './feed.ts';
import { feedItems, type Ingester } from './run.ts';
import type { Item } from './items.ts';

export interface PollOutcome { feed: Feed; notModified: boolean; items: number; new: number; failed: number; error?: string }

/** `handOff` queues the feed's items for other workers instead of ingesting them here. */
export async function pollFeed(db: Db, feed: Feed, fetcher: Fetcher, ingester: Ingester, now = () => new Date(),
  handOff?: (items: Item[]) => Promise<void>): Promise<PollOutcome> {
  const before = { ...ingester.summary };
  try {
    const out = await fetcher.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    if (out.status === 'not-modified') {
      return { feed: await recordPoll(db, feed, { newItems: 0 }, now()), notModified: true, items: 0, new: 0, failed: 0 };
    }
    if (!looksLikeFeed(out.doc.contentType, out.doc.bytes)) throw new Error('the response is not an RSS, Atom or JSON feed');
    const items = feedItems(out.doc, feed.id);
    // New means not seen in this feed before: the schedule adapts to that even when the
    // articles themselves are processed later by other workers.
    let unseen = 0;
    for (const it of items) {
      if (it.kind === 'url' && !(await db.get('SELECT 1 AS x FROM feed_items WHERE feed_id = ? AND item_key = ? AND article_id IS NOT NULL', [feed.id, it.itemKey ?? it.url]))) unseen++;
    }
    if (handOff) await handOff(items);
    else await ingester.run(items);
    const failed = ingester.summary.failed - before.failed;
    // An item that failed is never linked, so it would be unseen, and new, on every poll: a feed
    // of dead links would look busy forever and report articles it never gave.
    const added = Math.max(0, unseen - failed);
    const title = items[0]?.kind === 'url' ? items[0].hints?.publisher ?? null : null;
    return {
      feed: await recordPoll(db, feed, { newItems: added, etag: out.etag, lastModified: out.lastModified, title }, now()),
      notModified: false, items: items.length, new: added, failed,
    };
  } catch (e) {
    const error = oneLine(e);
    return { feed: await recordPoll(db, feed, { newItems: 0, error }, now()), notModified: false, items: 0, new: 0, failed: 0, error };
  }
}

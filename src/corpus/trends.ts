// What grew this week: actors (articles naming them), event types, country pairs and stories,
// each counted this week against its weekly mean over the weeks before.
import type { Db } from '../store/db.ts';
import { addWeeks, weekEnd, weekStart } from './weeks.ts';
import { loadEvents } from './events.ts';
import { marks, num } from './sql.ts';

export interface TrendItem {
  key: string;
  label: string;
  count: number;
  /** Mean per week over the baseline weeks. */
  baseline: number;
  /** (count - baseline) / sqrt(baseline + 1): growth measured against the noise of small counts. */
  growth: number;
}

export interface Trends {
  week: string;
  baselineWeeks: number;
  actors: TrendItem[];
  types: TrendItem[];
  dyads: TrendItem[];
  stories: TrendItem[];
}

const round = (x: number): number => Math.round(x * 100) / 100;

function rank(now: Map<string, number>, before: Map<string, number>, weeks: number, labels: Map<string, string>, limit: number, minCount: number): TrendItem[] {
  const out: TrendItem[] = [];
  for (const [key, count] of now) {
    if (count < minCount) continue;
    const baseline = (before.get(key) ?? 0) / weeks;
    const growth = (count - baseline) / Math.sqrt(baseline + 1);
    if (growth <= 0) continue;
    out.push({ key, label: labels.get(key) ?? key, count, baseline: round(baseline), growth: round(growth) });
  }
  out.sort((a, b) => b.growth - a.growth || b.count - a.count || (a.key < b.key ? -1 : 1));
  return out.slice(0, limit);
}

function bump(m: Map<string, number>, k: string, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

export async function trends(db: Db, opts: { week: string; baselineWeeks?: number; limit?: number; minCount?: number }): Promise<Trends> {
  const weeks = opts.baselineWeeks ?? 4;
  const limit = opts.limit ?? 10;
  const minCount = opts.minCount ?? 2;
  const first = addWeeks(opts.week, -weeks);
  const allWeeks: string[] = [];
  for (let w = first; w <= opts.week; w = addWeeks(w, 1)) allWeeks.push(w);

  const actorNow = new Map<string, number>(), actorBefore = new Map<string, number>(), actorLabel = new Map<string, string>();
  const rows = await db.all<{ actor_key: string; week: string; n: number; name: string }>(
    `SELECT e.actor_key, d.week, count(DISTINCT e.article_id) AS n, max(e.name) AS name
       FROM corpus_docs d JOIN articles a ON a.id = d.article_id JOIN article_entities e ON e.article_seq = a.seq
      WHERE d.duplicate_of IS NULL AND d.week IN (${marks(allWeeks.length)}) AND e.type IN ('PERSON', 'ORG', 'GPE', 'NORP')
      GROUP BY e.actor_key, d.week`,
    allWeeks,
  );
  for (const r of rows) {
    bump(r.week === opts.week ? actorNow : actorBefore, r.actor_key, num(r.n));
    if (r.week === opts.week || !actorLabel.has(r.actor_key)) actorLabel.set(r.actor_key, r.name);
  }

  const events = await loadEvents(db, { since: weekStart(first), until: weekEnd(opts.week) });
  const typeNow = new Map<string, number>(), typeBefore = new Map<string, number>();
  const dyadNow = new Map<string, number>(), dyadBefore = new Map<string, number>();
  for (const e of events) {
    const now = e.week === opts.week;
    bump(now ? typeNow : typeBefore, e.type);
    if (e.actorCountry && e.targetCountry && e.actorCountry !== e.targetCountry) {
      const k = [e.actorCountry, e.targetCountry].sort().join('-');
      bump(now ? dyadNow : dyadBefore, k);
    }
  }

  const storyNow = new Map<string, number>(), storyBefore = new Map<string, number>(), storyLabel = new Map<string, string>();
  const srows = await db.all<{ story_id: string; week: string; n: number; label: string | null }>(
    `SELECT d.story_id, d.week, count(*) AS n, max(s.label) AS label
       FROM corpus_docs d JOIN corpus_stories s ON s.id = d.story_id
      WHERE d.duplicate_of IS NULL AND d.week IN (${marks(allWeeks.length)})
      GROUP BY d.story_id, d.week`,
    allWeeks,
  );
  for (const r of srows) {
    bump(r.week === opts.week ? storyNow : storyBefore, r.story_id, num(r.n));
    if (r.label) storyLabel.set(r.story_id, r.label);
  }

  return {
    week: opts.week,
    baselineWeeks: weeks,
    actors: rank(actorNow, actorBefore, weeks, actorLabel, limit, minCount),
    types: rank(typeNow, typeBefore, weeks, new Map(), limit, minCount),
    dyads: rank(dyadNow, dyadBefore, weeks, new Map(), limit, minCount),
    stories: rank(storyNow, storyBefore, weeks, storyLabel, limit, minCount),
  };
}

// Groups articles into stories when the corpus layer has not: single-link clustering of articles
// published within a week of each other that share enough title words and named actors.
// Deterministic: articles are visited in (published, id) order and a story's id is its first article.
import { normaliseName } from '../store/keys.ts';
import type { BriefArticle } from './model.ts';
import { contentWords } from './text.ts';

function features(a: BriefArticle): Set<string> {
  const f = new Set<string>();
  for (const w of contentWords(a.title ?? '')) f.add(`w:${w}`);
  for (const e of a.entities) {
    if (e.mentions.length < 2 || e.type === 'NORP') continue;
    f.add(`e:${e.kb ?? normaliseName(e.name)}`);
  }
  return f;
}

function similar(x: Set<string>, y: Set<string>): boolean {
  let shared = 0;
  let sharedWords = 0;
  for (const k of x) {
    if (y.has(k)) {
      shared++;
      if (k.startsWith('w:')) sharedWords++;
    }
  }
  const overlap = shared / Math.max(1, Math.min(x.size, y.size));
  return shared >= 3 && sharedWords >= 1 && overlap >= 0.34;
}

const WEEK = 7 * 86_400_000;

/** storyId for every article: the corpus's when set, else from clustering. */
export function assignStories(articles: BriefArticle[]): Map<string, string> {
  const out = new Map<string, string>();
  const todo = articles.filter((a) => !a.storyId).sort((p, q) => (p.published < q.published ? -1 : p.published > q.published ? 1 : p.id < q.id ? -1 : 1));
  for (const a of articles) if (a.storyId) out.set(a.id, a.storyId);
  const parent = todo.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const feats = todo.map(features);
  const times = todo.map((a) => Date.parse(`${a.published}T00:00:00Z`));
  for (let i = 0; i < todo.length; i++) {
    for (let j = i + 1; j < todo.length; j++) {
      if (times[j] - times[i] > WEEK) break;
      if (similar(feats[i], feats[j])) {
        const ri = find(i);
        const rj = find(j);
        // The earlier root wins so the id is the story's first article.
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  todo.forEach((a, i) => out.set(a.id, `story:${todo[find(i)].id.slice(0, 16)}`));
  return out;
}

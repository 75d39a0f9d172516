// What an article is about, as weighted features for story clustering: stemmed content words of
// the title and lead (where news puts the happening) and the actors the analysis found.
import stem from 'wink-porter2-stemmer';
import { eng } from 'stopword';
import type { Analysis } from '../model/analysis.ts';
import { actorKey } from '../store/keys.ts';
import { actingMentions } from '../extract/dateline.ts';

/** Words of the lead counted after the title: the first paragraphs say who did what. */
const LEAD_WORDS = 160;
const TITLE_WEIGHT = 3;
export const featureTuning = {
  /** How much an actor counts against a word: actors are strong evidence, but a few (the US, a candidate) are everywhere. */
  actorWeight: 0,
};
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'EVENT', 'FAC']);

// Reporting verbs and newsroom words say nothing about which happening a story covers.
const NEWS_WORDS = [
  'said', 'says', 'say', 'told', 'tell', 'according', 'reported', 'report', 'reports', 'news', 'also', 'would',
  'could', 'should', 'will', 'may', 'might', 'one', 'two', 'three', 'new', 'first', 'last', 'year', 'years',
  'week', 'weeks', 'day', 'days', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mr', 'mrs', 'ms', 'dr', 'percent', 'people', 'time', 'like', 'just', 'get', 'got', 'going', 'make', 'made',
  'many', 'much', 'even', 'still', 'now', 'back', 'well', 'way', 'want', 'know', 'think', 'thing', 'things',
  'including', 'us', 'can', 'its', 'it\'s', 'don\'t', 'didn\'t', 'doesn\'t', 'isn\'t', 'wasn\'t', 'won\'t',
  'latest', 'update', 'updated', 'read', 'watch', 'video', 'photo', 'click', 'here', 'more', 'most', 'via',
];
const STOP = new Set([...eng, ...NEWS_WORDS, 'a', 'i', 'the', 'of', 'to', 'in', 'on', 'is', 'it', 'that', 'this', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'was', 'were', 'has', 'have', 'had', 'not', 'no', 'or', 'if', 'by', 'for', 'with', 'from', 'who', 'what', 'when', 'where', 'which', 'than', 'then', 'them', 'there', 'these', 'those', 'into', 'out', 'up', 'over', 'about', 'been', 'be', 'do', 'did', 'does', 'some', 'any', 'all']);

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
/**
 * A word's feature ("t:" and its stem), or null for a stop word or a short one, by the word as
 * written: words repeat across articles, and one lookup replaces the lower-casing, the stop-word
 * test, the stemmer's cache and the key's concatenation.
 */
const featureKeys = new Map<string, string | null>();

function featureKey(word: string): string | null {
  let key = featureKeys.get(word);
  if (key === undefined) {
    // Straight apostrophes, no "'s": tested before replacing, as few words hold either.
    let w = word.toLowerCase();
    if (w.includes('’')) w = w.replace(/[’]/g, '\'');
    if (w.endsWith('\'s')) w = w.slice(0, -2);
    key = w.length < 3 || STOP.has(w) ? null : `t:${stem(w)}`;
    if (featureKeys.size > 50_000) featureKeys.clear();
    featureKeys.set(word, key);
  }
  return key;
}

function addWords(text: string, weight: number, limit: number, into: Map<string, number>, keyOf: (word: string) => string | null = featureKey): number {
  let n = 0;
  for (const m of text.matchAll(WORD)) {
    if (n >= limit) break;
    n++;
    const key = keyOf(m[0]);
    if (key !== null) into.set(key, (into.get(key) ?? 0) + weight);
  }
  return n;
}

/** The actors an article names (people, organisations, places, groups), by key, with their mention counts. */
export function articleActors(analysis: Analysis): Map<string, number> {
  const out = new Map<string, number>();
  const acting = actingMentions(analysis);
  for (const [i, e] of analysis.entities.entries()) {
    if (!ACTOR_TYPES.has(e.type)) continue;
    const n = e.mentions.length ? acting[i].length : 1;
    if (!n) continue;
    const k = actorKey(e.kb, e.name);
    if (k) out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
}

/** Raw feature counts: "t:stem" for words, "a:key" for actors (when actorWeight > 0). */
export function articleFeatures(analysis: Analysis): Map<string, number> {
  const f = new Map<string, number>();
  const title = analysis.meta.title ?? '';
  if (title) addWords(title, TITLE_WEIGHT, 60, f);
  // Many sources repeat the headline as the first line of the body.
  let body = analysis.text;
  if (title && body.startsWith(title.replace(/[.\s]+$/, ''))) body = body.slice(title.length);
  addWords(body, 1, LEAD_WORDS, f);
  for (const e of analysis.entities) {
    if (!ACTOR_TYPES.has(e.type)) continue;
    const k = actorKey(e.kb, e.name);
    if (!k || featureTuning.actorWeight <= 0) continue;
    const key = `a:${k}`;
    f.set(key, (f.get(key) ?? 0) + (2 + Math.min(e.mentions.length, 4)) * featureTuning.actorWeight);
  }
  return f;
}

/**
 * The whole text's content words ("w:" and the stem), with their counts. A lead says what happened
 * in its outlet's words, and an op-ed's or a liveblog's lead may not say it at all; the rest of an
 * article repeats the names, places and particulars that two reports of one happening share.
 */
export function articleBody(analysis: Analysis): Map<string, number> {
  const f = new Map<string, number>();
  addWords(analysis.text, 1, Infinity, f, bodyKey);
  return f;
}

const bodyKeys = new Map<string, string | null>();

/** A word's whole-text feature: its lead feature's stem under "w:", cached by the word as written. */
function bodyKey(word: string): string | null {
  let key = bodyKeys.get(word);
  if (key === undefined) {
    const t = featureKey(word);
    key = t === null ? null : `w:${t.slice(2)}`;
    if (bodyKeys.size > 50_000) bodyKeys.clear();
    bodyKeys.set(word, key);
  }
  return key;
}

export type Vector = Map<string, number>;

/** tf-idf, L2-normalised, keeping the `keep` heaviest features. */
export function weigh(tf: Map<string, number>, df: Map<string, number>, docs: number, keep = 40): Vector {
  const w: [string, number][] = [];
  for (const [k, n] of tf) {
    const idf = Math.log((docs + 1) / ((df.get(k) ?? 0) + 1)) + 1;
    w.push([k, (1 + Math.log(n)) * idf]);
  }
  w.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return normalise(new Map(w.slice(0, keep)));
}

export function normalise(v: Vector): Vector {
  let s = 0;
  for (const x of v.values()) s += x * x;
  const n = Math.sqrt(s) || 1;
  const out: Vector = new Map();
  for (const [k, x] of v) out.set(k, x / n);
  return out;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

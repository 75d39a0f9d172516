// Stable keys the store derives from an analysis, so that rows from different articles about the
// same actor or the same text meet in SQL.
import { createHash } from 'node:crypto';

/**
 * Names seen before: saving an article normalises ~80 of them (entities, facets, speakers, event
 * sides), mostly the same few actors again, and each takes an NFKD pass and four replaces.
 */
const normalised = new Map<string, string>();
const NORMALISED_MAX = 50_000;

/** Lower case, accents and punctuation dropped, spaces collapsed: "Kim Jong-un" -> "kim jong un". */
export function normaliseName(name: string): string {
  let n = normalised.get(name);
  if (n === undefined) {
    if (normalised.size >= NORMALISED_MAX) normalised.clear();
    n = normaliseUncached(name);
    normalised.set(name, n);
  }
  return n;
}

function normaliseUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The kb id when the actor is resolved, else "name:" + the normalised name; null when there is no name. */
export function actorKey(kb: string | null | undefined, name: string | null | undefined): string | null {
  if (kb) return kb;
  if (!name) return null;
  const n = normaliseName(name);
  return n ? `name:${n}` : null;
}

/** sha256 of the text with whitespace collapsed, so re-extraction with other line breaks still matches. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Words as a reader counts them. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** YYYY-MM-DD of an ISO date or date-time, or null when it is not one. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

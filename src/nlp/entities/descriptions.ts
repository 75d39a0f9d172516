// Definite descriptions of one actor: "the Russian leader", "the reclusive North Korean leader".
import type { Doc } from '../doc.ts';
import { rawMention, type RawMention } from './mentions.ts';

// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const LEADER_NOUNS = new Set(['leader', 'president', 'premier', 'dictator', 'strongman', 'autocrat', 'ruler', 'chancellor', 'monarch', 'king', 'despot']);

export interface Description {
  mention: RawMention;
  country: string;
  role: string | null;
  /** The leader's noun: "president", "prime minister", "leader" … */
  noun: string;
}

export function findDescriptions(doc: Doc, mentions: RawMention[]): Description[] {
  const t = doc.tokens;
  const out: Description[] = [];
  for (const m of mentions) {
    if (m.kind !== 'demonym' || !m.ref) continue;
    let n = m.last;
    if (n >= t.length) continue;
    let noun = t[n].text.toLowerCase();
    let endTok = n;
    if (noun === 'prime' && t[n + 1]?.text.toLowerCase() === 'minister') { noun = 'prime minister'; endTok = n + 1; }
    if (!LEADER_NOUNS.has(noun) && noun !== 'prime minister') continue;
    // "the Russian leader said" but not "Russian leader Vladimir Putin" (a title) nor "leaders" (several).
    const after = t[endTok + 1];
    if (after && after.pos === 'PROPN' && UPPER_FIRST.test(after.text) && after.start === t[endTok].end + 1) continue;
    let s = m.first - 1;
    while (s >= 0 && m.first - s <= 3 && (t[s].pos === 'ADJ' || t[s].pos === 'ADV') && LOWER_FIRST.test(t[s].text)) s--;
    if (s < 0 || !isThe(t[s].text)) continue;
    const start = t[s].start;
    const end = t[endTok].end;
    out.push({
      mention: rawMention({ ...m, start, end, text: doc.text.slice(start, end), first: s, last: endTok + 1, type: 'PERSON', kind: 'description', name: doc.text.slice(start, end) }),
      country: m.ref,
      role: doc.text.slice(t[s + 1].start, end),
      noun,
    });
  }
  return out;
}

/** "the" in any case; a length test first, as this runs for every token of the article. */
function isThe(w: string): boolean {
  return w.length === 3 && (w === 'the' || w.toLowerCase() === 'the');
}

const OFFICE_NOUNS = new Set(['minister', 'president', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'ambassador', 'envoy', 'governor', 'mayor', 'general', 'commander', 'secretary', 'chancellor', 'premier', 'adviser', 'advisor']);

export interface OfficeDescription {
  mention: RawMention;
  country: string | null;
  /** The office words ("foreign minister", "spokesman"), lower case. */
  office: string;
}

/**
 * The office noun at `from` or after up to three lower-case words ("foreign minister", "deputy chief
 * spokesman"), or -1. The set lookups come before the word test: this runs after every "the" of the
 * article, and the word pattern is the costly part.
 */
function officeNounAt(t: Doc['tokens'], from: number): number {
  for (let k = from; k < t.length && k - from <= 3; k++) {
    if (OFFICE_NOUNS.has(t[k].text)) return k;
    if (k - from === 3 || !LOWER_WORD.test(t[k].text)) return -1;
  }
  return -1;
}

/** "the foreign minister", "the Kremlin spokesman" is handled by its KB org; "the senator": offices, not names. */
export function findOfficeDescriptions(doc: Doc, mentions: RawMention[]): OfficeDescription[] {
  const t = doc.tokens;
  const demonymAt = new Map<number, RawMention>();
  for (const m of mentions) if (m.kind === 'demonym') demonymAt.set(m.first, m);
  const out: OfficeDescription[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (!isThe(t[i].text)) continue;
    let k = i + 1;
    let country: string | null = null;
    const dem = demonymAt.get(k);
    if (dem) { country = dem.ref; k = dem.last; }
    const from = k;
    k = officeNounAt(t, from);
    if (k < 0) continue;
    const after = t[k + 1];
    // "the foreign minister, Sergei Lavrov" or "the minister of ..." name or qualify the office themselves.
    if (after && (after.text === ',' || after.text === 'of' || UPPER_FIRST.test(after.text) && after.pos === 'PROPN')) continue;
    const office = t.slice(from, k + 1).map((x) => x.text).join(' ');
    out.push({
      mention: rawMention({ start: t[i].start, end: t[k].end, text: doc.text.slice(t[i].start, t[k].end), first: i, last: k + 1, type: 'PERSON', kind: 'description', ref: null, name: doc.text.slice(t[i].start, t[k].end), honorific: null, metonym: false }),
      country,
      office,
    });
  }
  return out;
}

// Definite descriptions of one actor: "the Russian leader", "the reclusive North Korean leader".
import type { Doc } from '../doc.ts';
import type { RawMention } from './mentions.ts';

const LEADER_NOUNS = new Set(['leader', 'president', 'premier', 'dictator', 'strongman', 'autocrat', 'ruler', 'chancellor', 'monarch', 'king', 'despot']);

export interface Description {
  mention: RawMention;
  country: string;
  role: string | null;
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
    if (after && after.pos === 'PROPN' && /^\p{Lu}/u.test(after.text) && after.start === t[endTok].end + 1) continue;
    let s = m.first - 1;
    while (s >= 0 && m.first - s <= 3 && (t[s].pos === 'ADJ' || t[s].pos === 'ADV') && /^\p{Ll}/u.test(t[s].text)) s--;
    if (s < 0 || !/^the$/i.test(t[s].text)) continue;
    const start = t[s].start;
    const end = t[endTok].end;
    out.push({
      mention: { ...m, start, end, text: doc.text.slice(start, end), first: s, last: endTok + 1, type: 'PERSON', kind: 'description', name: doc.text.slice(start, end) },
      country: m.ref,
      role: doc.text.slice(t[s + 1].start, end),
    });
  }
  return out;
}

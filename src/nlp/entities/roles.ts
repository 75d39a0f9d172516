// Titles and descriptions the text gives an actor: before the name ("State Department spokesman
// Matthew Miller") and in apposition after it ("Oleg Kiriyanov, head of ... Center").
import type { Doc } from '../doc.ts';
import { agentSector } from '../../kb/agents.ts';
import type { RawMention } from './mentions.ts';
import { TITLE_WORDS } from './words.ts';

// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const WORD = /^[\p{L}][\p{L}.'’-]*$/u;
const UPPER_FIRST = /^\p{Lu}/u;

const STOP_BEFORE = new Set(['the', 'a', 'an', 'and', 'or', 'with', 'by', 'that', 'said', 'says', 'told', 'to', 'for', 'in', 'on', 'at', 'as', 'when', 'while', 'met', 'of']);

function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return (TITLE_WORDS.has(l) && l !== 'the' && l !== 'of') || agentSector(l) !== null;
}

/** "Russian President" in "Russian President Vladimir Putin"; null when the name stands alone. */
export function premodifierRole(doc: Doc, m: RawMention): string | null {
  const t = doc.tokens;
  let i = m.first - 1;
  if (i < 0 || t[i].sentence !== t[m.first].sentence || !isTitleWord(t[i].text)) return null;
  let s = i;
  while (s - 1 >= 0 && m.first - s < 8 && t[s - 1].sentence === t[m.first].sentence) {
    const p = t[s - 1];
    // Lowercase "under" is the preposition ("Syria under President Trump"); the title is "Under Secretary".
    if (STOP_BEFORE.has(p.text.toLowerCase()) || p.text === 'under') break;
    const word = WORD.test(p.text);
    const joinedHyphen = p.text === '-' && t[s].start === p.end;
    if (!(word && (UPPER_FIRST.test(p.text) || isTitleWord(p.text) || p.text === 'former' || p.pos === 'ADJ')) && !joinedHyphen) break;
    s--;
  }
  if (s > 0 && t[s - 1].text === '-' && t[s - 1].end === t[s].start) s++;
  const role = doc.text.slice(t[s].start, t[i].end).trim();
  return role || null;
}

const RELATIVE = /^(who|whom|whose|which|that)$/i;
/** An auxiliary, or a present-tense verb right after its noun ("the base serves"), before any relative clause. */
function hasFiniteVerb(t: Doc['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to && !RELATIVE.test(t[k].text); k++) {
    if (t[k].pos === 'AUX') return true;
    if (t[k].pos === 'VERB' && k > from && (t[k - 1].pos === 'NOUN' || t[k - 1].pos === 'PROPN') && /[^s]s$/.test(t[k].text)) return true;
  }
  return false;
}

const END = /^[,.;:!?()\[\]“”"—–]$/;

/** "head of Seoul-based think tank Asia Risk Research Center" after "Oleg Kiriyanov,". */
export function appositiveRole(doc: Doc, m: RawMention): string | null {
  const t = doc.tokens;
  let i = m.last;
  if (i >= t.length || t[i].text !== ',' || t[i].sentence !== t[m.first].sentence) return null;
  i++;
  if (i >= t.length) return null;
  const first = t[i];
  let from = i;
  if (first.text.toLowerCase() === 'who') {
    from = i + 1;
  } else if (!/^(a|an|the|head|chief|director|leader|spokesman|spokeswoman|former|founder|chairman|president|professor|deputy)$/i.test(first.text) && !isTitleWord(first.text)) {
    return null;
  }
  let e = from;
  while (e < t.length && e - from < 16 && t[e].sentence === first.sentence && !END.test(t[e].text) && !(e > from && t[e].text === 'who')) e++;
  if (e === from || e - from >= 16) return null;
  // A clause is no description: "According to the Pentagon, the base serves as an outpost …".
  if (from === i && hasFiniteVerb(t, from, e)) return null;
  const role = doc.text.slice(t[from].start, t[e - 1].end).trim();
  return role.length > 2 ? role : null;
}

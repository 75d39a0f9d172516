// Titles and descriptions the text gives an actor: before the name ("State Department spokesman
// Matthew Miller") and in apposition after it ("Oleg Kiriyanov, head of ... Center").
import type { Doc } from '../doc.ts';
import { agentSector } from '../../kb/agents.ts';
import type { RawMention } from './mentions.ts';
import { TITLE_WORDS } from './words.ts';

// tsx compiles a `\p{..}` regex literal to `new RegExp(...)`, built again on every call: these live at module level.
const WORD = /^[\p{L}][\p{L}.'’-]*$/u;
const UPPER_FIRST = /^\p{Lu}/u;

const STOP_BEFORE = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'with', 'by', 'that', 'said', 'says', 'told', 'to', 'for', 'in', 'on', 'at', 'as', 'when', 'while', 'met', 'of']);

const OFFICE_HOLDER = /^(ambassador|envoy|minister|secretary|president|representative|commissioner|director|governor|chief|head|chairman|chairwoman|speaker|spokesman|spokeswoman|spokesperson|adviser|advisor|consul|delegate|administrator|mayor|premier|chancellor)$/i;
const OFFICE_DOMAINS = new Set(['state', 'defense', 'defence', 'health', 'justice', 'treasury', 'commerce', 'labor', 'energy', 'education', 'agriculture', 'interior', 'transportation', 'staff', 'homeland', 'finance', 'foreign']);
const PERSON_TITLES = new Set(['president', 'vice', 'former', 'senator', 'sen', 'governor', 'gov', 'mayor', 'secretary', 'minister', 'prime', 'chancellor', 'premier', 'king', 'queen', 'prince', 'general', 'gen', 'admiral', 'speaker', 'representative', 'rep', 'judge', 'sheriff', 'chairman', 'leader']);
/** Whether a word after "of" opens the office itself ("State", "Defense"), not another person's title. */
function startsOffice(w: string): boolean {
  const l = w.toLowerCase().replace(/\.$/, '');
  return !PERSON_TITLES.has(l) && (OFFICE_DOMAINS.has(l) || UPPER_FIRST.test(w));
}
const POSSESSIVE = /^['’]s$/;

function isTitleWord(w: string): boolean {
  const l = w.toLowerCase();
  return (TITLE_WORDS.has(l) && l !== 'the' && l !== 'of') || agentSector(l) !== null;
}

/**
 * "Russian President" in "Russian President Vladimir Putin", "Minister of Defense" and "China's ambassador
 * to Britain" before a name; null when the name stands alone.
 */
export function premodifierRole(doc: Doc, m: RawMention): string | null {
  const t = doc.tokens;
  const sentence = t[m.first].sentence;
  const within = (k: number) => k >= 0 && t[k].sentence === sentence;
  const titleOfBefore = (k: number) => within(k - 2) && t[k - 1].text === 'of' && isTitleWord(t[k - 2].text);
  const end = m.first - 1;
  let i = end;
  if (!within(i)) return null;
  // A title's place of office between it and the name: "… ambassador to Britain Liu Xiaming",
  // "Ambassador to the European Union Gordon Sondland".
  // (Only an office holder's title, and never before another person's title: "spokesman for Mayor …",
  // "the editorial board of the Washington Post Donald Trump".)
  if (t[i].pos === 'PROPN') {
    let p = i;
    while (p > i - 4 && within(p - 1) && t[p - 1].pos === 'PROPN') p--;
    const place = t.slice(p, i + 1);
    if (within(p - 1) && t[p - 1].text.toLowerCase() === 'the') p--;
    if (within(p - 2) && /^(to|of)$/.test(t[p - 1].text) && OFFICE_HOLDER.test(t[p - 2].text)
      && !place.some((x) => PERSON_TITLES.has(x.text.toLowerCase().replace(/\.$/, '')))) i = p - 2;
  }
  // Lowercase "under" is the preposition ("the repression seen under Xi Jinping"); the title is "Under Secretary".
  if (!isTitleWord(t[i].text) || t[i].text === 'under') return null;
  let s = i;
  while (within(s - 1) && m.first - s < 8) {
    const p = t[s - 1];
    // "Secretary of State", "Minister of Defense"; not "adviser to President …" nor "veteran of President …",
    // where the title before the preposition is someone else's.
    if (titleOfBefore(s) && startsOffice(t[s].text)) { s -= 2; continue; }
    // "China's ambassador": the possessor opens the role.
    if (POSSESSIVE.test(p.text) && within(s - 2) && t[s - 2].pos === 'PROPN') {
      s -= 2;
      for (let k = 0; k < 3 && within(s - 1) && t[s - 1].pos === 'PROPN' && UPPER_FIRST.test(t[s - 1].text); k++) s--;
      break;
    }
    // And before a title: "Syria under President Trump".
    if (STOP_BEFORE.has(p.text.toLowerCase()) || p.text === 'under') break;
    const word = WORD.test(p.text);
    const joinedHyphen = p.text === '-' && t[s].start === p.end;
    if (!(word && (UPPER_FIRST.test(p.text) || isTitleWord(p.text) || p.text === 'former' || p.pos === 'ADJ')) && !joinedHyphen) break;
    s--;
  }
  if (s > 0 && t[s - 1].text === '-' && t[s - 1].end === t[s].start) s++;
  const role = doc.text.slice(t[s].start, t[end].end).trim();
  return role || null;
}

const REPORT_VERB = /^(said|says|told|tells|added|adds|noted|notes|wrote|writes)$/;
const RELATIVE = /^(who|whom|whose|which|that)$/i;
/** An auxiliary, or a present-tense verb right after its noun ("the base serves"), before any relative clause. */
function readsAsClause(t: Doc['tokens'], from: number, to: number): boolean {
  // "…, a second person briefed on the call said": the description is the subject of a report.
  if (to - 1 > from && REPORT_VERB.test(t[to - 1].text)) return true;
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
    // "Alexander Vindman, who is the White House's Ukraine expert": the description after the copula.
    if (from + 1 < t.length && /^(is|was)$/i.test(t[from].text) && t[from + 1].pos === 'DET') from++;
  } else if (!/^(a|an|the|head|chief|director|leader|spokesman|spokeswoman|former|founder|chairman|president|professor|deputy)$/i.test(first.text) && !isTitleWord(first.text)) {
    return null;
  }
  let e = from;
  while (e < t.length && e - from < 16 && t[e].sentence === first.sentence && !END.test(t[e].text) && !(e > from && t[e].text === 'who')) e++;
  if (e === from || e - from >= 16) return null;
  // A clause is no description: "According to the Pentagon, the base serves as an outpost …".
  if (from === i && readsAsClause(t, from, e)) return null;
  const role = doc.text.slice(t[from].start, t[e - 1].end).trim();
  return role.length > 2 ? role : null;
}

const OFFICE_WORD = /^(spokesman|spokeswoman|spokesperson|minister|secretary|ambassador|envoy|adviser|advisor|commander|chief|head|director|official|president|premier|chancellor|governor|mayor|general|admiral|negotiator|diplomat|lawmaker|senator|prosecutor|judge)s?$/i;
/** A closing quotation mark, after which a frame's speaker phrase starts. */
const CLOSING_MARK = /^(”|"|''|’’)$/;
/** An office held for a state named as its owner: "China's ambassador", "Russia's deputy foreign minister". */
const POSSESSED_OFFICE = /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+$/u;

/**
 * A description that opens the sentence and is set off before the name: "Japan's top government spokesman,
 * Yoshimasa Hayashi, said …", "A spokesperson for Beijing's Taiwan Affairs Office, Zhu Fenglian, accused …".
 * The name closes with a comma or a verb of saying.
 */
export function leadingAppositiveRole(doc: Doc, m: RawMention): string | null {
  const t = doc.tokens;
  const comma = m.first - 1;
  if (comma < 1 || t[comma].text !== ',' || t[comma].sentence !== t[m.first].sentence) return null;
  const after = t[m.last];
  if (!after || after.sentence !== t[m.first].sentence || !(after.text === ',' || REPORT_VERB.test(after.text))) return null;
  let s = comma;
  // (From the sentence's start, or after the quotation that opens it: "“…,” Switzerland's foreign minister, Ignazio Cassis, said".)
  // (Only a quotation closed with its comma: "… more credible” than that of the CIA chief, Zuckoff said" runs on.)
  while (s > 0 && t[s - 1].sentence === t[m.first].sentence && !(CLOSING_MARK.test(t[s - 1].text) && /^[,?!]$/.test(t[s - 2]?.text ?? ''))) s--;
  // (Or from the verb it is the object of: "summoned China's ambassador, Huang Xilian, to protest".)
  let v = comma - 1;
  while (v >= s && t[v].pos !== 'VERB' && t[v].pos !== 'AUX' && !END.test(t[v].text)) v--;
  if (v >= s && t[v].pos === 'VERB' && comma - v - 1 >= 2 && POSSESSED_OFFICE.test(doc.text.slice(t[v + 1].start, t[comma - 1].end))) s = v + 1;
  if (comma - s < 2 || comma - s > 12) return null;
  let office = false;
  for (let k = s; k < comma; k++) {
    if (END.test(t[k].text) || t[k].pos === 'VERB' || t[k].pos === 'AUX') return null;
    if (OFFICE_WORD.test(t[k].text)) office = true;
  }
  return office ? doc.text.slice(t[s].start, t[comma - 1].end) : null;
}

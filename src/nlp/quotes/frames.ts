// Attribution frames: the speaker + cue (+ channel) part of a sentence, and the reported clause
// that goes with it. Works on token ranges of one unit (a sentence, or sentences a quote joins).
import type { Token } from '../doc.ts';
import {
  afterCue, cueAt, evidenceSubject, hasVerb, isEvidenceOnly, needsClause, nounPhraseEndingAt,
  nounPhraseStartingAt, skipModifiersLeft, type Cue, type TokenSpan,
} from './phrases.ts';

export interface Frame {
  speaker: TokenSpan | null;
  cue: Cue;
  channel: string | null;
}

export interface Reported extends Frame {
  /** Token range of the reported clause. */
  clause: TokenSpan;
}

const isPunct = (t: Token) => t.pos === 'PUNCT' || /^[\p{P}\p{S}]+$/u.test(t.text);
const LEAD = /^(and|but|so|or|then|—|–|-|,|;|:|\.|\(|\))$/i;

export function skipLead(tokens: Token[], a: number, last: number): number {
  while (a < last && (LEAD.test(tokens[a].text) || isPunct(tokens[a]))) a++;
  return a;
}
export function trimTail(tokens: Token[], a: number, last: number): number {
  while (last > a && isPunct(tokens[last - 1])) last--;
  return last;
}
export function hasWords(tokens: Token[], a: number, last: number): boolean {
  for (let i = a; i < last; i++) if (!isPunct(tokens[i]) && !LEAD.test(tokens[i].text)) return true;
  return false;
}

/**
 * The speaker phrase that ends just before `at`: "Mr. Miller said", "Sen. Coons, a Delaware
 * Democrat who ..., warned" (the appositive is skipped, the name kept).
 */
export function speakerBefore(tokens: Token[], at: number, floor: number): TokenSpan | null {
  const m = skipModifiersLeft(tokens, at, floor);
  if (m - 1 >= floor && (tokens[m - 1].text === ',' || tokens[m - 1].text === ')' || tokens[m - 1].text === '—')) {
    const closer = tokens[m - 1].text;
    const opener = closer === ')' ? '(' : closer;
    for (let k = m - 2; k > floor; k--) {
      if (tokens[k].text === opener) {
        const inner = tokens[k + 1];
        if (!inner) break;
        const np = nounPhraseEndingAt(tokens, k, floor);
        if (np && (np.first === floor || LEAD.test(tokens[np.first - 1].text) || tokens[np.first - 1].pos === 'SCONJ')) return np;
        break;
      }
      if (k < m - 40) break;
    }
    return null;
  }
  return nounPhraseEndingAt(tokens, m, floor);
}

/**
 * A frame that fills tokens [a, last) on its own, beside a quote: after it ("…,” Mr. Miller
 * said Monday.", "…,” said Oleg Kiriyanov, head of …") or before it ("He added: “…”").
 */
export function frameIn(tokens: Token[], a: number, last: number, text: string, where: 'after' | 'before'): Frame | null {
  a = skipLead(tokens, a, last);
  if (a >= last) return null;
  if (where === 'after') {
    const c = cueAt(tokens, a, last);
    if (c && c.kind !== 'cognition') {
      const sp = nounPhraseStartingAt(tokens, c.last, last);
      if (c.kind === 'source' && !sp) return null;
      const b = afterCue(tokens, c, last, text);
      return { speaker: sp, cue: c, channel: b.channel };
    }
    // "…,” Mr. Coons told MSNBC." / "…,” he said, adding that …"
    for (let i = a + 1; i < last && i < a + 45; i++) {
      const cue = cueAt(tokens, i, last);
      if (!cue || cue.kind === 'cognition' && !/think|believe/.test(cue.lemma)) continue;
      if (cue.kind === 'source') return null;
      const sp = speakerBefore(tokens, cue.first, a);
      if (!sp || sp.first !== a) return null;
      const b = afterCue(tokens, cue, last, text);
      return { speaker: sp, cue, channel: b.channel };
    }
    return null;
  }
  const end = trimTail(tokens, a, last);
  for (let i = a + 1; i < end && i < a + 45; i++) {
    const cue = cueAt(tokens, i, end);
    if (!cue || cue.kind === 'source') continue;
    const sp = speakerBefore(tokens, cue.first, a);
    if (!sp || sp.first !== a) return null;
    const b = afterCue(tokens, cue, end, text);
    // "X said that “…”" reports speech; the quote is a part of it, not the whole.
    if (b.that || (b.clause < end && hasVerb(tokens, b.clause, end))) return null;
    return { speaker: sp, cue, channel: b.channel };
  }
  return null;
}

/**
 * Reported speech in tokens [u0, u1): every cue with a speaker and a clause. `blocked(i)` says a
 * token is inside a quote segment (cues there are the quoted person's words, not attribution).
 */
export function reportedIn(tokens: Token[], u0: number, u1: number, text: string, blocked: (i: number) => boolean): Reported[] {
  const out: Reported[] = [];
  const end = trimTail(tokens, u0, u1);
  for (let i = u0; i < end; i++) {
    if (blocked(i)) continue;
    const cue = cueAt(tokens, i, end);
    if (!cue) continue;
    const r = reportedAt(tokens, cue, u0, end, text);
    if (r && !out.some((o) => sameSpan(o.clause, r.clause))) out.push(r);
    i = cue.last - 1;
  }
  return out;
}

function sameSpan(a: TokenSpan, b: TokenSpan): boolean {
  const inter = Math.min(a.last, b.last) - Math.max(a.first, b.first);
  return inter > 0.6 * Math.min(a.last - a.first, b.last - b.first);
}

function reportedAt(tokens: Token[], cue: Cue, u0: number, end: number, text: string): Reported | null {
  if (cue.kind === 'source') {
    const sp = nounPhraseStartingAt(tokens, cue.last, end);
    if (!sp) return null;
    const lead = skipLead(tokens, u0, end);
    if (cue.first <= lead) {
      // "According to X, CLAUSE."
      let k = sp.last;
      while (k < end && tokens[k].text !== ',') k++;
      const c0 = skipLead(tokens, k, end);
      return c0 < end ? { speaker: sp, cue, channel: null, clause: { first: c0, last: end } } : null;
    }
    const c1 = trimTail(tokens, lead, cue.first);
    return c1 > lead ? { speaker: sp, cue, channel: null, clause: { first: lead, last: c1 } } : null;
  }
  const lead = skipLead(tokens, u0, end);
  let speaker = speakerBefore(tokens, cue.first, lead);
  const m = skipModifiersLeft(tokens, cue.first, lead);
  let inverted = false;
  if (!speaker && m - 1 >= lead && tokens[m - 1].text === ',') {
    // "CLAUSE, said Smith." / "CLAUSE, saying …" (the subject of the sentence speaks)
    const after = nounPhraseStartingAt(tokens, cue.last, end);
    if (after && cue.first === m) { speaker = after; inverted = true; }
  }
  if (!speaker) {
    if (tokens[cue.first].text.toLowerCase().endsWith('ing') && m - 1 >= lead && tokens[m - 1].text === ',') {
      const subj = nounPhraseStartingAt(tokens, lead, cue.first);
      if (subj) return withClause(tokens, cue, subj, end, text, lead);
    }
    return null;
  }
  if (isEvidenceOnly(cue) && !evidenceSubject(tokens, speaker)) return null;
  if (cue.kind === 'cognition' && tokens[speaker.last - 1].pos !== 'PRON' && tokens[speaker.last - 1].pos !== 'PROPN' && !/s$/.test(tokens[speaker.last - 1].text)) return null;
  const before = speaker.first - 1;
  const commaBefore = before >= lead && (tokens[before].text === ',' || /[”"’]/.test(tokens[before].text));
  const b = afterCue(tokens, cue, end, text);
  const spEnd = inverted ? speaker.last : cue.last;
  const rest = inverted ? skipLead(tokens, speaker.last, end) : b.clause;
  const clauseAfter = rest < end && (hasVerb(tokens, rest, end) || (!needsClause(cue) && rest < end && b.that));
  if ((commaBefore || inverted) && speaker.first > lead && (inverted || !clauseAfter || b.clause === cue.last && tokens[cue.last]?.text === ',')) {
    const c1 = trimTail(tokens, lead, inverted ? cue.first : speaker.first);
    // The words before the frame must be a clause of their own ("Hours later, the Kremlin said" is not).
    if (c1 <= lead || !hasVerb(tokens, lead, c1)) {
      if (!inverted && clauseAfter) return { speaker, cue, channel: b.channel, clause: { first: rest, last: end } };
      return null;
    }
    // "The plan, he said, is dead.": the words on both sides are the report.
    const tail = inverted ? speaker.last : b.clause;
    if (tail < end && tokens[tail - 1]?.text === ',' && hasVerb(tokens, tail, end) && !hasVerb(tokens, lead, c1)) {
      return { speaker, cue, channel: b.channel, clause: { first: lead, last: end } };
    }
    return { speaker, cue, channel: b.channel, clause: { first: lead, last: c1 } };
  }
  void spEnd;
  if (!clauseAfter) {
    if (rest < end && /^(call|describe|praise|criticize|criticise|accuse|blame|dismiss|thank|urge|ask|warn)$/.test(cue.lemma)) {
      return { speaker, cue, channel: b.channel, clause: { first: rest, last: end } };
    }
    return null;
  }
  return { speaker, cue, channel: b.channel, clause: { first: rest, last: end } };
}

function withClause(tokens: Token[], cue: Cue, speaker: TokenSpan, end: number, text: string, lead: number): Reported | null {
  const b = afterCue(tokens, cue, end, text);
  if (b.clause >= end || !hasVerb(tokens, b.clause, end)) return null;
  void lead;
  return { speaker, cue, channel: b.channel, clause: { first: b.clause, last: end } };
}

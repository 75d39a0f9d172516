// Quotation marks -> quoted segments. Handles curly and straight double marks, doubled single
// marks (''like this'', an old wire style), single curly marks (‘…’) as outer marks when no double
// mark is open, nested single marks inside double ones, and the news convention for quotes longer
// than a paragraph: the paragraph opens a quote and does not close it, the next one opens again.
import type { Paragraph } from '../../model/analysis.ts';
import { titleWord } from './lexicon.ts';

export interface Segment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (the paragraph end when the quote is left open). */
  close: number;
  /** The quoted words: [start, end) without the marks. */
  start: number;
  end: number;
  /** False when no closing mark was found before the quote ended with its paragraph. */
  closed: boolean;
}

type Mark = { kind: 'open' | 'close' | 'either'; style: 'double' | 'single'; at: number; len: number };

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,>]|^$/;

function isLetter(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}]/u.test(ch);
}

/** " ' « » and U+2018–U+201E (‘ ’ ‚ ‛ “ ” „): every character marksIn below gives a role to, and a few it does not. */
function mayBeMark(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
}

/** The quote marks of one paragraph, in order, with what role each can play. */
function marksIn(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    // Most characters are no mark: a char-code test skips them before any one-character strings are made.
    if (!mayBeMark(text.charCodeAt(i))) continue;
    const ch = text[i];
    const prev = i > from ? text[i - 1] : '';
    const next = i + 1 < to ? text[i + 1] : '';
    // A left mark after a sentence's punctuation and before a space or the paragraph's end closes, typed
    // the wrong way round ("… problems for her here,“ said Jim Clyburn").
    if (ch === '\u201C' && /[,.?!…—]/.test(prev) && (next === '' || /\s/.test(next))) marks.push({ kind: 'close', style: 'double', at: i, len: 1 });
    else if (ch === '\u201C' || ch === '\u201E' || ch === '\u00AB') marks.push({ kind: 'open', style: 'double', at: i, len: 1 });
    // A right mark opening a paragraph before a word is an opening mark typed the wrong way round.
    else if (ch === '\u201D' && prev === '' && isLetter(next)) marks.push({ kind: 'open', style: 'double', at: i, len: 1 });
    else if (ch === '\u201D' || ch === '\u00BB') marks.push({ kind: 'close', style: 'double', at: i, len: 1 });
    else if (ch === '"') {
      // A mark standing alone between spaces (",' \" Ann wrote") can close as well as open.
      const opening = OPENING_CONTEXT.test(prev) && !(/\s/.test(prev) && (next === '' || /\s/.test(next)));
      const closing = !/\s/.test(prev) && prev !== '' && (!isLetter(next) || next === '');
      marks.push({ kind: opening && !closing ? 'open' : closing && !opening ? 'close' : 'either', style: 'double', at: i, len: 1 });
    } else if ((ch === "'" || ch === '\u2018' || ch === '\u2019') && (next === "'" || next === '\u2018' || next === '\u2019')) {
      // Two single marks in a row stand for one double mark (''Yes,'' he said).
      const after = i + 2 < to ? text[i + 2] : '';
      const opening = /[\s([{\u2014\u2013]|^$/.test(prev) && after !== '' && !/\s/.test(after);
      const closing = prev !== '' && !/\s/.test(prev) && !isLetter(after);
      marks.push({ kind: opening && !closing ? 'open' : closing && !opening ? 'close' : 'either', style: 'double', at: i, len: 2 });
      i++;
    } else if (ch === '\u2018') {
      if (!isLetter(prev)) marks.push({ kind: 'open', style: 'single', at: i, len: 1 });
    } else if (ch === '\u2019' || ch === "'") {
      // An apostrophe sits between letters (don’t) or after an s (leaders’): not a closing mark.
      if (isLetter(prev) && isLetter(next)) continue;
      if (ch === "'" && OPENING_CONTEXT.test(prev) && isLetter(next)) {
        marks.push({ kind: 'open', style: 'single', at: i, len: 1 });
        continue;
      }
      if (!isLetter(next) && prev && !/\s/.test(prev)) marks.push({ kind: 'close', style: 'single', at: i, len: 1 });
    }
  }
  return marks;
}

/** Quoted segments of the whole text, paragraph by paragraph, in order. */
export function findSegments(text: string, paragraphs: Paragraph[]): Segment[] {
  const parts = paragraphs.length ? paragraphs : [{ start: 0, end: text.length, kind: 'paragraph' as const }];
  const out: Segment[] = [];
  // A quote left open at the end of a paragraph, waiting to see whether the next paragraph goes on with it.
  let carried: { open: number; start: number; mark: string } | null = null;
  let carriedEnd = 0;
  for (const para of parts) {
    const marks = marksIn(text, para.start, para.end);
    let open: { open: number; start: number; style: Mark['style'] } | null = null;
    let nestedSingle = 0;
    const firstText = para.start + (text.slice(para.start, para.end).length - text.slice(para.start, para.end).trimStart().length);
    if (carried) {
      const m = marks[0];
      // The same kind of mark must open the next paragraph: a stray straight mark does not run on into a curly quote.
      if (m && m.at === firstText && m.kind !== 'close' && m.style === 'double' && markClass(text, m.at) === carried.mark) {
        open = { open: carried.open, start: carried.start, style: 'double' };
        marks.shift();
      } else {
        out.push({ open: carried.open, close: carriedEnd, start: carried.start, end: trimEnd(text, carried.start, carriedEnd), closed: false });
      }
      carried = null;
    }
    // Marks of the other family inside an open double quote that pair up before its own family's next
    // mark: a quotation inside it (“… about “Equal Justice” anymore."), as single marks would be.
    let nestedOther = 0;
    for (let i = 0; i < marks.length; i++) {
      const m = marks[i];
      if (!open) {
        if (m.kind === 'close') continue;
        if (m.style === 'single' && m.kind !== 'open') continue;
        open = { open: m.at, start: m.at + m.len, style: m.style };
        nestedSingle = 0;
        nestedOther = 0;
        continue;
      }
      if (open.style === 'double') {
        if (m.style === 'single') {
          if (m.kind === 'open') nestedSingle++;
          else if (nestedSingle > 0) nestedSingle--;
          continue;
        }
        const family = markClass(text, m.at);
        if (family !== markClass(text, open.open)) {
          if (nestedOther > 0 && m.kind !== 'open') { nestedOther--; continue; }
          if (m.kind === 'open' && pairsBeforeOwn(text, marks, i, markClass(text, open.open))) { nestedOther++; continue; }
        }
        if (m.kind === 'open') {
          // A new opening mark inside an open quote: the earlier one was never closed. Keep the
          // longer reading only if the earlier stretch is short (a stray mark), else cut it here.
          out.push({ open: open.open, close: m.at, start: open.start, end: trimEnd(text, open.start, m.at), closed: false });
          open = { open: m.at, start: m.at + m.len, style: 'double' };
          continue;
        }
        out.push({ open: open.open, close: m.at + m.len, start: open.start, end: m.at, closed: true });
        open = null;
      } else {
        // An outer single-mark quote: double marks inside do not close it.
        if (m.style === 'single' && m.kind === 'close') {
          out.push({ open: open.open, close: m.at + m.len, start: open.start, end: m.at, closed: true });
          open = null;
        }
      }
    }
    if (open) {
      if (open.style === 'double') {
        carried = { open: open.open, start: open.start, mark: markClass(text, open.open) };
        carriedEnd = para.end;
      }
      // An unclosed single mark was most likely an apostrophe: drop it.
    }
  }
  if (carried) out.push({ open: carried.open, close: carriedEnd, start: carried.start, end: trimEnd(text, carried.start, carriedEnd), closed: false });
  return out.filter((s) => holdsWords(text, s) && !titleInNounPhrase(text, s));
}

/**
 * "the “Pose” actor previously said", "her “SNL” co-star", "the network's “Open Door” campaign": a name
 * in capitals between marks, after a determiner or a possessive and before the lower-case noun it qualifies, names a show or work; it is nobody's words.
 */
function titleInNounPhrase(text: string, s: Segment): boolean {
  if (!s.closed) return false;
  const words = text.slice(s.start, s.end).split(/\s+/);
  if (words.length > 5 || !words.every(titleWord) || /[.,!?;:]$/.test(words[words.length - 1])) return false;
  return /(?:\b(?:the|a|an|his|her|its|their|our|my)|\p{L}['’]s)\s$/iu.test(text.slice(Math.max(0, s.open - 7), s.open)) && /^\s\p{Ll}/u.test(text.slice(s.close, s.close + 2));
}

/** A segment with words in it; "(CROSSTALK.)", "(APPLAUSE)", a transcript's stage direction between marks, is nobody's words. */
export function holdsWords(text: string, s: Segment): boolean {
  const words = text.slice(s.start, s.end);
  return s.end > s.start && /[\p{L}\p{N}]/u.test(words) && !STAGE_DIRECTION.test(words);
}
const STAGE_DIRECTION = /^\s*\([^()]*\)[.,]?\s*$/;

/** Whether the double mark opening at marks[i] is closed by one of its own family before a double mark of the family `outer`. */
function pairsBeforeOwn(text: string, marks: Mark[], i: number, outer: string): boolean {
  const family = markClass(text, marks[i].at);
  for (let k = i + 1; k < marks.length; k++) {
    const m = marks[k];
    if (m.style !== 'double') continue;
    const f = markClass(text, m.at);
    if (f === outer) return false;
    if (f === family) return m.kind !== 'open';
  }
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Straight, curly or doubled-apostrophe: the family a quotation mark belongs to. */
function markClass(text: string, at: number): string {
  const ch = text[at];
  if (ch === '"') return 'straight';
  if (ch === "'" || ch === '\u2018' || ch === '\u2019') return 'doubled';
  return 'curly';
}

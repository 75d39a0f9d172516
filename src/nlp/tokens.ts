// Tokens, part-of-speech tags and sentences from wink-nlp, as character offsets into the text.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph } from '../model/analysis.ts';
import type { Sentence, Token } from './doc.ts';

/** wink's lexicon: the lexemes by text, and in the order they were added. */
interface Lexicon { hash: Record<string, number>; list: string[] }

let nlp: ReturnType<typeof winkNLP> | null = null;
let lexicon: Lexicon | null = null;
/** Lexemes from the model itself, and how many the lexicon held when the current article began. */
let fromModel = 0;
let articleStart = 0;
const base = model as unknown as { core: () => { features: { lexeme: Lexicon } }; metaCER: () => unknown };
/**
 * The model, loadable more than once: its metaCER() JSON-encodes its own cached result again on every
 * call (a second load gets a string of a string), so the first result is kept.
 */
let metaCER: unknown;
const MODEL = { ...base, metaCER: () => (metaCER ??= base.metaCER()) };

/**
 * After this many added lexemes (forgotten ones keep their slots inside wink), a fresh model is
 * loaded. Tests lower it to go through the reload.
 */
export const lexiconLimit = { added: 400_000 };

/**
 * wink, as it is before it has read anything. wink adds every new token it meets to its lexicon, and
 * a token in the lexicon is no longer split: after one article ends a sentence with "Clinton’s.", every
 * later "Clinton’s" stays one token where it had been "Clinton" + "’s". So each article starts from
 * the model's own lexicon, and an article's analysis does not depend on what was analysed before it.
 */
function wink(): ReturnType<typeof winkNLP> {
  if (nlp && lexicon && lexicon.list.length - fromModel < lexiconLimit.added) {
    forgetSince(lexicon, articleStart);
  } else {
    // Loading the model costs ~100 ms: only when an article is actually analysed, and rarely again.
    nlp = winkNLP({ ...MODEL, core: () => { const m = MODEL.core(); lexicon = m.features.lexeme; return m; } } as unknown as typeof model, ['sbd', 'pos']);
    if (!lexicon) throw new Error('wink-nlp: the model has no lexeme list (has its layout changed?)');
    fromModel = lexicon.list.length;
    checkRaw(nlp);
    forgetSince(lexicon, fromModel); // what the check's text taught it
  }
  articleStart = lexicon!.list.length;
  return nlp;
}

/**
 * Unlearns the lexemes added since `from` that hold anything but letters and digits: a learned plain
 * word is tokenised just as an unknown one is (and looking it up is cheaper than working it out
 * again), but a learned "Clinton’s" or "U.S.-led" is no longer split. Only the text-to-lexeme lookup
 * forgets: wink keeps each lexeme's properties in a private array in step with the list, so the
 * list must not shrink.
 */
function forgetSince(lex: Lexicon, from: number): void {
  for (let i = from; i < lex.list.length; i++) {
    const text = lex.list[i];
    if (lex.hash[text] === i && !PLAIN_WORD.test(text)) delete lex.hash[text];
  }
}
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * wink's own data for a document it has read (its private layout: see rawOf). Four numbers per token:
 * the lexeme, the spaces before it (low 16 bits; 0xFFFF: non-breaking spaces, kept apart), the POS tag
 * (bits 20-25) with the lemma, and flags. Sentences are [first, last] token indexes, last included.
 */
interface RawDoc {
  tokens: number[];
  numOfTokens: number;
  sentences: number[][];
  nonBreakingSpaces: Record<number, string>;
  cache: { value(lexeme: number): string; valueOf(feature: 'pos', index: number): string };
}
const TOKEN_SIZE = 4;
const SPACES_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;

/**
 * wink's raw data for a document it has read. Its `out()` builds three arrays and calls a mapper per
 * token to give the values, spaces and tags (the spaces as new strings), ~0.3 ms of an article's
 * 3.5: reading the numbers directly is nearly free. wink hands the raw data only to the mappers it
 * allows, so this one is added to that list; checkRaw() compares what it reads with out()'s at load.
 */
function rawOf(wdoc: ReturnType<ReturnType<typeof winkNLP>['readDoc']>): RawDoc | null {
  const all = wdoc.tokens();
  return all.length() ? all.itemAt(0).out(grabRaw as never) as unknown as RawDoc : null;
}
const grabRaw = (_index: number, rdd: RawDoc): RawDoc => rdd;
createRequire(import.meta.url)('wink-nlp/src/allowed.js').its4token.add(grabRaw);

/** The spaces wink saw before token i (its.precedingSpaces), as a length. */
function spacesBefore(raw: RawDoc, i: number): number {
  const n = raw.tokens[i * TOKEN_SIZE + 1] & SPACES_MASK;
  return n < SPACES_MASK ? n : raw.nonBreakingSpaces[i].length;
}

/**
 * Whether rawOf reads what wink's own out() gives, on a text with a contraction, non-breaking
 * spaces, a hyphenated name, an abbreviation and two sentences: a wink upgrade that moved its data
 * fails here, at load, rather than shifting every offset.
 */
function checkRaw(nlp: ReturnType<typeof winkNLP>): void {
  const wdoc = nlp.readDoc('They can\u2019t stay,\u00a0\u00a0said U.S.-led  forces on Sept. 5. Kim Jong-un left.');
  const its = nlp.its;
  const raw = rawOf(wdoc)!;
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as number[][];
  const same = raw.numOfTokens === values.length && spans.length === raw.sentences.length
    && values.every((v, i) => v === raw.cache.value(raw.tokens[i * TOKEN_SIZE])
      && tags[i] === raw.cache.valueOf('pos', (raw.tokens[i * TOKEN_SIZE + 2] & POS_MASK) >>> POS_SHIFT)
      && spaces[i].length === spacesBefore(raw, i))
    && spans.every(([a, b], k) => raw.sentences[k][0] === a && raw.sentences[k][1] === b);
  if (!same) throw new Error('wink-nlp: its document data is not laid out as tokens.ts reads it (has wink been upgraded?)');
}

/**
 * Tokenises paragraph by paragraph so that no sentence crosses a paragraph boundary
 * (headings and datelines have no final full stop, and wink would glue them on).
 */
export function tokenize(text: string, paragraphs: Paragraph[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const finalStops = new Set<number>();
  const nlp = wink();
  const parts = paragraphs.length ? paragraphs : [{ start: 0, end: text.length, kind: 'paragraph' as const }];
  // wink reads the folded text; the tokens keep the text's own letters (same offsets: see foldLatin).
  const original = text;
  text = foldLatin(text);
  for (let pi = 0; pi < parts.length; pi++) {
    const para = parts[pi];
    const slice = text.slice(para.start, para.end);
    if (!slice.trim()) continue;
    const raw = rawOf(nlp.readDoc(slice));
    if (!raw) continue;
    const at = paragraphTokens(raw, text, original, para, tokens, finalStops);
    paragraphSentences(raw, at, pi, tokens, sentences, finalStops);
  }
  for (const s of sentences) retagOpener(tokens, s.first);
  retagNouns(tokens);
  return { tokens, sentences };
}

/**
 * Nouns wink tags as verbs, corrected once for every component:
 * - "Trump said at a campaign stop this week": a kind of stop (every component read "said at a campaign"
 *   and a clause "stop …", and the direct quote before it was lost);
 * - "Famine is occurring …, a global hunger monitor said": a bare verb form between a noun phrase's words
 *   and the verb of saying after it is the phrase's head.
 */
function retagNouns(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB') continue;
    const prev = tokens[i - 1];
    if (prev.sentence !== t.sentence) continue;
    if ((t.text === 'stop' || t.text === 'stops') && prev.pos === 'NOUN' && KINDS_OF_STOP.has(prev.text.toLowerCase())) t.pos = 'NOUN';
    else if ((prev.pos === 'NOUN' || prev.pos === 'ADJ' || prev.pos === 'DET') && SAID.has(tokens[i + 1]?.text ?? '') && LOWER_WORD.test(t.text) && !SAID.has(t.text)) t.pos = 'NOUN';
  }
}
const SAID = new Set(['said', 'says', 'told', 'added', 'warned', 'noted', 'wrote', 'reported']);
const LOWER_WORD = /^[a-z]+$/;
const KINDS_OF_STOP = new Set(['campaign', 'whistle', 'whistle-stop', 'bus', 'truck', 'rest', 'pit', 'tour', 'book', 'fundraising', 'train', 'border']);

/**
 * One paragraph's tokens from wink's, appended to `tokens` (text: the folded text wink read; original:
 * the text's own letters); where each of wink's tokens landed, and one past the last.
 */
function paragraphTokens(raw: RawDoc, text: string, original: string, para: { start: number; end: number }, tokens: Token[], finalStops: Set<number>): number[] {
  const { cache } = raw;
  const wt = raw.tokens;
  let offset = para.start;
  // Where each of wink's tokens landed: a final initial splits in two (see endsOnInitial).
  const at: number[] = [];
  for (let i = 0; i < raw.numOfTokens; i++) {
    offset += spacesBefore(raw, i);
    const value = cache.value(wt[i * TOKEN_SIZE]);
    // wink keeps the text intact; if it ever does not, re-find the token rather than drift.
    if (text.startsWith(value, offset) === false) {
      const found = text.indexOf(value, offset);
      if (found >= 0 && found < para.end) offset = found;
    }
    const pos = cache.valueOf('pos', (wt[i * TOKEN_SIZE + 2] & POS_MASK) >>> POS_SHIFT);
    at.push(tokens.length);
    if (endsOnInitial(text, tokens, value, offset + value.length, para.end)) {
      tokens.push({ start: offset, end: offset + 1, text: original[offset], pos: 'PROPN', sentence: -1 });
      tokens.push({ start: offset + 1, end: offset + 2, text: '.', pos: 'PUNCT', sentence: -1 });
      finalStops.add(tokens.length - 1);
    } else if ((value === 'no.' || value === 'in.') && /^\s+\p{Lu}/u.test(text.slice(offset + 3, Math.min(para.end, offset + 6)))) {
      // "Manchin voted no. Netanyahu …": wink keeps "no." whole as the abbreviation of "number" ("no. 5"),
      // and "in." as that of "inch" ("Kato also weighed in. Asked by a lawmaker, …").
      tokens.push({ start: offset, end: offset + 2, text: value.slice(0, 2), pos: value === 'no.' ? 'ADV' : 'ADP', sentence: -1 });
      tokens.push({ start: offset + 2, end: offset + 3, text: '.', pos: 'PUNCT', sentence: -1 });
      finalStops.add(tokens.length - 1);
    } else {
      // "a new offensive": wink reads "new" before a word it takes for an adjective as an adverb, which ends the noun phrase.
      const mended = pos === 'ADV' && value === 'new' && tokens[tokens.length - 1]?.pos === 'DET' ? 'ADJ' : pos;
      tokens.push({ start: offset, end: offset + value.length, text: original === text ? value : original.slice(offset, offset + value.length), pos: mended, sentence: -1 });
    }
    offset += value.length;
  }
  at.push(tokens.length);
  return at;
}

/** One paragraph's sentences from wink's, mended where wink ends one too early or too late. */
function paragraphSentences(raw: RawDoc, at: number[], pi: number, tokens: Token[], sentences: Sentence[], finalStops: Set<number>): void {
  for (const [wa, wb] of raw.sentences) {
    let first = at[wa];
    const last = at[wb + 1];
    if (last <= first) continue;
    // "…president.'' But": wink ends the sentence between the two marks that close it.
    if (last - first > 1 && secondClosingMark(tokens, first) && sentences.length && sentences[sentences.length - 1].last === first) {
      const prev = sentences[sentences.length - 1];
      tokens[first].sentence = sentences.length - 1;
      prev.last = first + 1;
      prev.end = tokens[first].end;
      first++;
    }
    // "Rep. Devin Nunes (R-Calif.), chairman of …", "Sen. Bernie Sanders (I-Vt.) visited …": wink ends a
    // sentence at an abbreviation's full stop though the next words go on with it.
    const prev = sentences.length ? sentences[sentences.length - 1] : null;
    if (prev && prev.last === first && prev.paragraph === pi && runsOn(tokens, prev.first, first)) first = sentences.pop()!.first;
    for (let k = first + 1; k < last - 1; k++) {
      if (finalStops.has(k)) {
        // (The full stop closes this sentence; a line break after it stays with it, as below.)
        let next = k + 1;
        while (next < last - 1 && tokens[next].pos === 'SPACE') next++;
        pushSentence(tokens, sentences, first, next, pi);
        first = next;
        k = next - 1;
        continue;
      }
      if (k > first + 1 && quoteAfterAbbreviation(tokens, k)) {
        pushSentence(tokens, sentences, first, k, pi);
        first = k;
        continue;
      }
      if (k > first + 1 && closingAfterAbbreviation(tokens, k)) {
        pushSentence(tokens, sentences, first, k + 1, pi);
        first = k + 1;
        continue;
      }
      if (!lineStartsQuote(tokens, k, first) && !afterCapitalsLine(tokens, k, first)) continue;
      pushSentence(tokens, sentences, first, k + 1, pi);
      first = k + 1;
    }
    pushSentence(tokens, sentences, first, last, pi);
  }
}

/**
 * The text with each Latin letter beyond Latin-1 replaced by its base letter ("Ruginienė" -> "Ruginiene",
 * "Łukasz" -> "Lukasz", "Erdoğan" -> "Erdogan"), one UTF-16 unit for one, so offsets hold. wink's
 * tokenizer knows letters only up to ÿ and splits a word at any other ("Ruginien" + "ė"), which broke
 * Lithuanian, Polish, Czech, Turkish, Romanian, Vietnamese and many other names into fragments.
 */
export function foldLatin(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, baseLetter) : text;
}
const FOLDABLE = /[\u0100-\u024f\u1e00-\u1eff]/;
const FOLDABLE_ALL = /[\u0100-\u024f\u1e00-\u1eff]/g;
/** Letters with no decomposition to a base letter ("ł", "đ", "ı", "ə"); others without one become x. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ə: 'e', Ə: 'E', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O', ĸ: 'k', ŀ: 'l', Ŀ: 'L', ſ: 's', ƒ: 'f', ɓ: 'b', Ɓ: 'B', ɗ: 'd', Ɗ: 'D', ƙ: 'k', Ƙ: 'K', ƴ: 'y', Ƴ: 'Y' };
function baseLetter(ch: string): string {
  const base = ch.normalize('NFD')[0];
  if (base !== ch && /[A-Za-z]/.test(base)) return base;
  return UNDECOMPOSED[ch] ?? (ch.toLowerCase() === ch ? 'x' : 'X');
}

/**
 * "He wrote on X. The ministry …", "… a Plan B." at a paragraph's end: wink reads a capital letter
 * and its full stop as an initial ("George W. Bush") and runs the sentence on. After a lower-case
 * word, with the paragraph's end or a word that opens sentences next, it is a letter that ends one.
 */
function endsOnInitial(text: string, tokens: Token[], value: string, end: number, paraEnd: number): boolean {
  if (value.length !== 2 || value[1] !== '.' || !/[A-Z]/.test(value[0])) return false;
  let p = tokens.length - 1;
  while (p >= 0 && tokens[p].pos === 'SPACE') p--;
  if (p < 0 || !/^[a-z]+$/.test(tokens[p].text)) return false;
  const after = text.slice(end, Math.min(paraEnd, end + 12));
  // ("wrote on X. Mr. Graham has …": a title and a name open one too.)
  return !after.trim() || SENTENCE_OPENER.test(after) || TITLE_OPENER.test(after);
}
const TITLE_OPENER = /^\s+(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Lt|Col|Adm)\.\s+\p{Lu}/u;
const SENTENCE_OPENER = /^\s+(?:(?:The|It|He|She|They|We|I|In|A|An|But|This|That|These|Those|His|Her|Its|Their|On|At|After|When|And|Meanwhile|However|Then|Now|Later|Earlier|Still|There|Some|Many|Most)(?=[\s,’']|$)|[“"])/;

/**
 * "… shortly after 3 a.m. “The whole building shook,” she said.": wink ends no sentence at an
 * abbreviation's full stop before an opening quotation mark. One that opens words in capitals after
 * a space does start one (not after a title: "Sen. “Bernie” Sanders").
 */
function quoteAfterAbbreviation(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!/^["“]$/.test(t.text) || t.start === prev.end || !/\S\.$/.test(prev.text) || TITLE_ABBREVIATIONS.has(prev.text.slice(0, -1))) return false;
  return /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
}

/**
 * "… by relying on the U.S." The U.S. State Department …": a quotation that closes on an abbreviation's
 * full stop ends the sentence when a capitalised word follows (wink reads the stop as the abbreviation's).
 */
function closingAfterAbbreviation(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!/^["”’']$/.test(t.text) || t.start !== prev.end || !/\S\.$/.test(prev.text) || TITLE_ABBREVIATIONS.has(prev.text.slice(0, -1))) return false;
  const next = tokens[k + 1];
  return !!next && next.start > t.end && /^\p{Lu}/u.test(next.text);
}

/**
 * "Further, the scale of the assault …", "Second, …": wink tags a capitalised word that opens a sentence
 * before a comma a proper noun, and the word would then pass for a name (an actor "Further", "Others").
 */
function retagOpener(tokens: Token[], first: number): void {
  const t = tokens[first];
  if (t.pos !== 'PROPN' || tokens[first + 1]?.text !== ',') return;
  const w = t.text.toLowerCase();
  if (OPENING_ADVERBS.has(w)) t.pos = 'ADV';
  else if (w === 'others') t.pos = 'PRON';
}
const OPENING_ADVERBS = new Set(['further', 'furthermore', 'moreover', 'however', 'meanwhile', 'still', 'indeed', 'instead', 'thus', 'therefore', 'nevertheless', 'nonetheless',
  'additionally', 'finally', 'overall', 'again', 'similarly', 'likewise', 'besides', 'first', 'second', 'third', 'fourth', 'fifth', 'lastly', 'alright', 'worse', 'likely',
  'yesterday', 'today', 'overnight', 'later', 'earlier', 'afterward', 'afterwards', 'ultimately', 'eventually', 'separately', 'consequently', 'accordingly', 'regardless']);

/** Abbreviated titles, after which no sentence ends: "Sens. Jeff Merkley", "Gov. Pat McCrory". */
const TITLE_ABBREVIATIONS = new Set(['Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Maj', 'Cmdr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Rev', 'Hon', 'Pres', 'Supt', 'Atty']);

/**
 * Whether the sentence starting at token `first` goes on with the one before it, which starts at `from`:
 * it opens with a comma or a bracket, or with an initial ("(D-N." "J.)"), or in lower case after a
 * bracketed abbreviation ("(I-Vt.) visited"), or the one before ends in a title ("Sens." "Jeff Merkley").
 */
function runsOn(tokens: Token[], from: number, first: number): boolean {
  const opener = tokens[first].text;
  if (opener === ',' || opener === ';' || opener === ')') return true;
  let p = first - 1;
  while (p > from && tokens[p].pos === 'SPACE') p--;
  const last = tokens[p].text;
  const beforeLast = tokens[p - 1]?.text ?? '';
  if (last === '.' && p > from && TITLE_ABBREVIATIONS.has(beforeLast)) return true;
  if (/^\p{Lu}\.$/u.test(opener) && last === '.' && /^\p{Lu}$/u.test(beforeLast) && tokens[p - 2]?.text === '-') return true;
  if (!/^\p{Ll}/u.test(opener)) return false;
  // Lower case after "(I-Vt.)" or "Calif." (a short word and its full stop), not after a sentence's last word.
  return last === ')' ? /^\p{L}{1,4}\.$/u.test(beforeLast) || beforeLast === '.' : false;
}

/** Token k is the second of two straight marks that close a sentence ("….''"). */
function secondClosingMark(tokens: Token[], k: number): boolean {
  return k >= 2 && tokens[k].text === "'" && tokens[k - 1].text === "'" && tokens[k - 1].end === tokens[k].start && /^[.!?]$/.test(tokens[k - 2].text);
}

function pushSentence(tokens: Token[], sentences: Sentence[], first: number, last: number, paragraph: number): void {
  const si = sentences.length;
  for (let t = first; t < last; t++) tokens[t].sentence = si;
  sentences.push({ start: tokens[first].start, end: tokens[last - 1].end, first, last, paragraph });
}

/**
 * A line break inside a paragraph, before an opening quotation mark, after a line that is finished:
 * "…shame.” ― Sonya Herridge⏎“During the debate …" is two sentences, though wink reads one. A line
 * ending in a lower-case word, a comma or a colon runs on ("he said⏎“We …" in hard-wrapped text).
 */
function lineStartsQuote(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'SPACE' || !t.text.includes('\n')) return false;
  const next = tokens[k + 1].text;
  if (next !== '“' && next !== '"' && next !== '‘') return false;
  let p = k - 1;
  while (p > first && tokens[p].pos === 'SPACE') p--;
  const before = tokens[p].text;
  return /^[.!?”")\]]$/.test(before) || NAME_WORD.test(before);
}
const NAME_WORD = /^[A-Z][\p{L}’'-]*\.?$/u;

/**
 * A line break after a line in capitals, a subheading inside a paragraph ("“DIVISIVE, STUPID AND
 * WRONG”⏎Cameron will work with …"): the line is no part of the sentence after it.
 */
function afterCapitalsLine(tokens: Token[], k: number, first: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'SPACE' || !t.text.includes('\n')) return false;
  let words = 0;
  for (let p = k - 1; p >= first; p--) {
    const w = tokens[p];
    if (w.pos === 'SPACE' && w.text.includes('\n')) break;
    if (/\p{Ll}/u.test(w.text)) return false;
    if (/\p{Lu}{2}/u.test(w.text)) words++;
  }
  return words >= 2;
}

// Tokens, part-of-speech tags and sentences from wink-nlp, as character offsets into the text.
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
 * Tokenises paragraph by paragraph so that no sentence crosses a paragraph boundary
 * (headings and datelines have no final full stop, and wink would glue them on).
 */
export function tokenize(text: string, paragraphs: Paragraph[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const nlp = wink();
  const its = nlp.its;
  const parts = paragraphs.length ? paragraphs : [{ start: 0, end: text.length, kind: 'paragraph' as const }];
  for (let pi = 0; pi < parts.length; pi++) {
    const para = parts[pi];
    const slice = text.slice(para.start, para.end);
    if (!slice.trim()) continue;
    const wdoc = nlp.readDoc(slice);
    const wtokens = wdoc.tokens();
    const values = wtokens.out(its.value) as string[];
    const spaces = wtokens.out(its.precedingSpaces) as string[];
    const tags = wtokens.out(its.pos) as string[];
    const base = tokens.length;
    let offset = para.start;
    for (let i = 0; i < values.length; i++) {
      offset += spaces[i].length;
      const value = values[i];
      // wink keeps the text intact; if it ever does not, re-find the token rather than drift.
      if (text.startsWith(value, offset) === false) {
        const found = text.indexOf(value, offset);
        if (found >= 0 && found < para.end) offset = found;
      }
      tokens.push({ start: offset, end: offset + value.length, text: value, pos: tags[i], sentence: -1 });
      offset += value.length;
    }
    // All spans in one call: each() builds an item object with a dozen closures per sentence.
    for (const [a, b] of wdoc.sentences().out(its.span) as unknown as Array<[number, number]>) {
      const first = base + a;
      const last = base + b + 1;
      if (last <= first) continue;
      const si = sentences.length;
      for (let t = first; t < last; t++) tokens[t].sentence = si;
      sentences.push({ start: tokens[first].start, end: tokens[last - 1].end, first, last, paragraph: pi });
    }
  }
  return { tokens, sentences };
}

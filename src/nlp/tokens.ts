// Tokens, part-of-speech tags and sentences from wink-nlp, as character offsets into the text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph } from '../model/analysis.ts';
import type { Sentence, Token } from './doc.ts';

let nlp: ReturnType<typeof winkNLP> | null = null;
function wink(): ReturnType<typeof winkNLP> {
  // Loading the model costs ~100 ms: only when an article is actually analysed.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

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

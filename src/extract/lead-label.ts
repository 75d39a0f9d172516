// A label for an article that has no headline (text given as is, a wire feed's body, a plain-text
// file without a title line): what its lead's first sentence says, as a list of stories or articles
// would show it. The article's own meta.title stays empty: this is a label, not its title.
import { datelineSpan } from './dateline.ts';
import type { Paragraph } from '../model/analysis.ts';

const LEAD_LABEL_CHARS = 120;
/** Words a full stop ends that end no sentence: initials, titles, months, "U.S.". */
const NO_SENTENCE_END = /(?:^|\s)(?:\p{Lu}|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Gens|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|St|Jr|Sr|Inc|Corp|Co|Ltd|vs|a\.m|p\.m)$/u;

/**
 * A label from an article's lead, for an article without a headline: the first sentence after the
 * dateline ("KYIV, Ukraine (AP) —"), cut at a comma or dash before LEAD_LABEL_CHARS where it is longer
 * (what follows is mostly who said it and the background), else at a word, with an ellipsis.
 */
export function leadLabel(text: string, paragraphs: readonly Pick<Paragraph, 'start' | 'end' | 'kind'>[]): string | null {
  const lead = paragraphs.find((p) => p.kind !== 'heading' && p.end > p.start);
  if (!lead) return paragraphs.length ? null : labelFromText(text);
  const filed = datelineSpan(text, paragraphs);
  const from = filed.end > filed.start && filed.start === lead.start ? filed.end : lead.start;
  const para = text.slice(from, lead.end).replace(/\s+/g, ' ').trim();
  let sentence = para;
  for (const m of para.matchAll(/[.!?]["”’]?(?=\s+["“‘]?\p{Lu}|$)/gu)) {
    if (m[0].startsWith('.') && NO_SENTENCE_END.test(para.slice(Math.max(0, m.index! - 6), m.index!))) continue;
    sentence = para.slice(0, m.index! + (m[0].startsWith('.') ? 0 : 1));
    break;
  }
  sentence = sentence.replace(/[.\s]+$/, '');
  if (sentence.split(' ').length < 3) return null;
  if (sentence.length <= LEAD_LABEL_CHARS) return sentence;
  const head = sentence.slice(0, LEAD_LABEL_CHARS);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf(' — '), head.lastIndexOf(' – '));
  if (clause >= 40) return head.slice(0, clause);
  return `${head.slice(0, head.lastIndexOf(' '))}…`;
}

/** Characters of an article's text that hold its lead, for a label read from the text alone. */
export const LEAD_CHARS = 600;

/** What to show for an article: its title, or without one the label of its lead (`lead`: its text's start). */
export function headlineOf(title: string | null, lead: string | null | undefined): string | null {
  return title ?? labelFromText(lead);
}

/** leadLabel for a text without its paragraphs (a store row's first LEAD_CHARS): the first block is the lead. */
export function labelFromText(text: string | null | undefined): string | null {
  if (!text) return null;
  const start = text.length - text.trimStart().length;
  const br = text.indexOf('\n', start);
  return leadLabel(text, [{ start, end: br > 0 ? br : text.length, kind: 'paragraph' }]);
}

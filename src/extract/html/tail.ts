// The last blocks of an article body are where sites put the author's biography ("Jane Doe is a
// senior correspondent covering ...") and series notes ("This story is part of our Borderlands
// series"). Neither is article text; the series note names the series. Judged only near the end and
// only on short blocks, so a closing paragraph that happens to describe a person stays.
import type { Block } from './content.ts';
import { classifyBoilerplate, seriesNamesIn } from '../text/rules.ts';

/** How far from the end a biography or series note may sit. */
const TAIL = 3;
const BIO_MAX = 320;
const BIO_VERB = /^(?:,? )?(?:is|was|has been|serves as|writes|covers|reports|edits)\b/;
const BIO_WORD = /\b(?:reporter|correspondent|writer|editor|columnist|contributor|journalist|fellow|professor|author|producer|curator|analyst|researcher|freelance|staff|covers|covering|bureau|chief|intern)\b/i;

function startsWithAuthor(text: string, authors: string[]): boolean {
  for (const name of authors) {
    const full = name.trim();
    if (full.length < 3) continue;
    if (text.startsWith(full) && BIO_VERB.test(text.slice(full.length).trimStart())) return true;
    // "Doe is a senior correspondent" after "Jane Doe" in the byline.
    const surname = full.split(/\s+/).pop()!;
    if (surname.length > 2 && text.startsWith(`${surname} `) && BIO_VERB.test(text.slice(surname.length + 1))) return true;
  }
  return false;
}

/** A short closing block that introduces one of the article's authors. */
export function isAuthorBio(text: string, authors: string[]): boolean {
  return text.length <= BIO_MAX && startsWithAuthor(text, authors) && BIO_WORD.test(text);
}

/** Drop biographies and series notes from the tail; the series notes' names are returned. */
export function trimTail(blocks: Block[], authors: string[]): { blocks: Block[]; series: string[] } {
  const series: string[] = [];
  const from = Math.max(0, blocks.length - TAIL);
  const kept = blocks.filter((b, i) => {
    if (i < from || b.kind === 'heading') return true;
    if (isAuthorBio(b.text, authors)) return false;
    if (classifyBoilerplate(b.text) === 'series-note') {
      for (const s of seriesNamesIn(b.text)) if (!series.includes(s)) series.push(s);
      return false;
    }
    return true;
  });
  return { blocks: kept, series };
}

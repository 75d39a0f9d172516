// RawDocument -> Article: choose the extractor by content type, then settle the language.
// Async only because the language detector for non-English text loads lazily.
import type { Article, RawDocument } from '../model/article.ts';
import { extractPlainText } from './plaintext.ts';
import { decodeText } from './decode.ts';
import { detectLanguage, englishShare } from './language.ts';
import { InputError } from '../model/errors.ts';
import { extractHtml } from './html/index.ts';

export function isHtml(raw: RawDocument): boolean {
  return /html|xml/i.test(raw.contentType);
}

/** The extractor proper, without language detection. */
export function extractSync(raw: RawDocument): Article {
  if (isHtml(raw)) return extractHtml(raw);
  const { text } = decodeText(raw.bytes, raw.charset ?? null, raw.uri);
  return extractPlainText(text, raw);
}

/** Whether a text of some length reads as English at all (English news runs at 35–45% stop words). */
function looksEnglish(text: string): boolean {
  return englishShare(text) >= 0.08 || (text.slice(0, 5000).match(/\p{L}+/gu) ?? []).length < 50;
}

export async function extract(raw: RawDocument): Promise<Article> {
  const article = extractSync(raw);
  if (!article.text.trim()) throw new InputError(`${raw.uri ?? 'input'}: no article text found`);
  // A page that declares its language (HTML lang, a feed) is believed, unless it says English of a
  // text that plainly is not (a German page in an English site's template); otherwise the text decides.
  if (!article.meta.language || (article.meta.language === 'en' && !looksEnglish(article.text))) {
    article.meta.language = await detectLanguage(article.text) ?? article.meta.language;
  }
  return article;
}

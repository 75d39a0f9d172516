import { createHash } from 'node:crypto';

/** The article id of the contract: sha256 of the canonical URL, or of the text when there is none. */
export function articleId(canonicalUrl: string | null | undefined, text: string): string {
  const key = canonicalUrl && /^https?:\/\//i.test(canonicalUrl) ? canonicalUrl : text;
  return createHash('sha256').update(key).digest('hex');
}

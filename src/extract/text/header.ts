// The lines a scraped page carries above the article: publisher and date lines, titles, bylines.
import * as chrono from 'chrono-node';

export interface DateFound { date: string; index: number; length: number }

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A complete calendar date written in the line (day, month and year all given), as YYYY-MM-DD. */
export function explicitDate(line: string): DateFound | null {
  for (const r of chrono.strict.parse(line)) {
    const s = r.start;
    if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year')) {
      return { date: iso(s.get('year')!, s.get('month')!, s.get('day')!), index: r.index, length: r.text.length };
    }
  }
  return null;
}

const DATE_LABEL = /\b(published|updated|posted|last (updated|modified)|first published|modified|date)\b\s*:?/gi;
const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b,?/gi;
const SEPARATORS = /^[\s\-–—|•·:,/]+|[\s\-–—|•·:,/]+$/g;

/** A short line that is a date with perhaps a publisher beside it ("- The Washington Times - Monday, ..."). */
export function dateLine(line: string): { date: string; publisher: string | null; label: string | null } | null {
  if (line.length > 160 || /[.!?]["”]?$/.test(line.trim()) && line.split(/\s+/).length > 12) return null;
  const found = explicitDate(line);
  if (!found) return null;
  const label = /\b(updated|modified)\b/i.test(line) ? 'modified' : /\bpublished|posted\b/i.test(line) ? 'published' : null;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length))
    .replace(DATE_LABEL, ' ')
    .replace(WEEKDAY, ' ')
    .replace(/\b(at|on)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(SEPARATORS, '')
    .trim();
  // Whatever is left must look like a name of a publication, not a sentence or a byline.
  const publisher = rest && rest.split(' ').length <= 6 && /^\p{Lu}/u.test(rest) && !/^by\b/i.test(rest) ? rest : null;
  return { date: found.date, publisher, label };
}

/** "Copyright © 2024 The Washington Times, LLC." -> "The Washington Times". */
export function publisherFromCopyright(line: string): string | null {
  const m = /(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.]+?)(?:,?\s+(?:LLC|Inc|Ltd|Limited|plc|Corp|Co|GmbH|S\.A)\.?)?(?:\.|\s+all rights|\s+click|$)/i.exec(line);
  const name = m?.[1]?.trim().replace(/^by\s+/i, '');
  if (!name || name.length > 60 || !/^\p{Lu}/u.test(name)) return null;
  return name;
}

/** A headline: short, starts with a capital, does not end like a sentence with a full stop. */
export function looksLikeTitle(block: string): boolean {
  const words = block.split(/\s+/).length;
  return words >= 3 && words <= 30 && block.length <= 250 && !block.includes('\n') && /^[\p{Lu}\d"“‘']/u.test(block) && !/[.:;,]$/.test(block);
}

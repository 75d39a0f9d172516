// The lines a scraped page carries above the article: publisher and date lines, titles, bylines.
import * as chrono from 'chrono-node';

export interface DateFound { date: string; index: number; length: number }

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Words of a span counted from now, which no calendar date written out holds. */
const RELATIVE = /\b(ago|hours?|minutes?|seconds?|days?|weeks?|months?|years?|hrs?|mins?|today|yesterday|tomorrow|tonight|now)\b/i;

/** Every complete calendar date written in the line (day, month and year all given), as YYYY-MM-DD. */
export function explicitDates(line: string): DateFound[] {
  const out: DateFound[] = [];
  for (const r of chrono.strict.parse(line)) {
    const s = r.start;
    // ("met for two hours", "2 hours ago": chrono counts from today and calls the day certain; a date
    // written out has its figures and no span.)
    if (!/\d/.test(r.text) || RELATIVE.test(r.text)) continue;
    if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year')) {
      out.push({ date: iso(s.get('year')!, s.get('month')!, s.get('day')!), index: r.index, length: r.text.length });
    }
  }
  return out;
}

const DATE_LABEL = /\b(published|updated|posted|last (updated|modified)|first published|modified|date)\b\s*:?/gi;
const WEEKDAY = /\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b,?/gi;
const SEPARATORS = /^[\s\-–—|•·:,/]+|[\s\-–—|•·:,/]+$/g;

export interface DateLine { published: string | null; modified: string | null; publisher: string | null }

/** A short line of dates, perhaps with a publisher beside them ("- The Washington Times - Monday, ..."). */
export function dateLine(line: string): DateLine | null {
  if (line.length > 160 || (/[.!?]["”]?$/.test(line.trim()) && line.split(/\s+/).length > 12)) return null;
  const dates = explicitDates(line);
  if (!dates.length) return null;
  const out: DateLine = { published: null, modified: null, publisher: null };
  let rest = '';
  let from = 0;
  for (const d of dates) {
    const before = line.slice(from, d.index);
    // The label written before a date governs it ("Published: X Updated: Y").
    if (/\b(updated|modified)\b\W*$/i.test(before)) out.modified ??= d.date;
    else out.published ??= d.date;
    rest += ` ${before}`;
    from = d.index + d.length;
  }
  rest = (rest + ' ' + line.slice(from))
    .replace(DATE_LABEL, ' ')
    .replace(WEEKDAY, ' ')
    .replace(/\b(at|on)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(SEPARATORS, '')
    .trim();
  // Whatever is left must look like the name of a publication, not a time, a sentence or a byline.
  if (rest && rest.split(' ').length <= 6 && /^\p{Lu}/u.test(rest) && !/^by\b/i.test(rest) && !/\d/.test(rest)) out.publisher = rest;
  return out;
}

/** "Copyright © 2024 The Washington Times, LLC." -> "The Washington Times". */
export function publisherFromCopyright(line: string): string | null {
  const m = /(?:copyright|©|ⓒ|\(c\))\s*(?:[©ⓒ]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.]+?)(?:,?\s+(?:LLC|Inc|Ltd|Limited|plc|Corp|Co|GmbH|S\.A)\.?)?(?:\.|\s+all rights|\s+click|$)/i.exec(line);
  const name = m?.[1]?.trim().replace(/^by\s+/i, '');
  if (!name || name.length > 60 || !/^\p{Lu}/u.test(name)) return null;
  return name;
}

/** A headline: short, starts with a capital, does not end like a sentence with a full stop. */
export function looksLikeTitle(block: string): boolean {
  const words = block.split(/\s+/).length;
  // A sentence's end, even inside a closing quotation mark ('... quickly."'), is no title's.
  return words >= 3 && words <= 30 && block.length <= 250 && !block.includes('\n') && /^[\p{Lu}\d"“‘']/u.test(block) && !/[.:;,]["”’']?$/.test(block);
}

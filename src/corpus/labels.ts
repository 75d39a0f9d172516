// A story's label should name the happening, as a desk editor would write it in a list of
// stories. The headline closest to the story's centre is the candidate, but headlines are also
// written to be clicked: teaser headlines ("Hillary Just Got Blindsided By Stunning News- It's A
// Game Changer"), newsletter and live-blog prefixes ("Monday's Morning Email:", "The Latest:"),
// print subheads after a semicolon, and extraction leftovers ("BYLINE: Amber Phillips"). An article
// with no headline at all (text given as is, a wire feed's body) offers its lead's first sentence
// (src/extract/lead-label.ts).

/** Prefixes that name a format or a newsletter, not the happening. */
const FORMAT_PREFIX = /^(?:the latest|exclusive|breaking(?: news)?|just in|update[d]?|watch|look|revealed|boom|huffpollster|\w+day['’]s morning email|\d{4} nerdcast)\s*[:\-—|/]+\s*/i;
/** Words of teaser headlines: they promise a surprise instead of saying what happened. */
const TEASER = /\b(?:you won['’]t believe|here['’]s (?:why|what|how)|surprise you|shocking|stunning|bombshell|jaw-dropping|epic|blindsided|game[- ]changer|you['’]ll never|instantly|goes viral|going viral|not what you think|something (?:big|horrible))\b/i;
/** Not headlines at all: bylines, paid notices, section names picked up as titles. */
const NOT_A_HEADLINE = /^(?:byline\b|paid notice\b|deaths:|obituar(?:y|ies)$|convention notebook$|letters?$|in brief$)/i;

/** The label shown for a headline: without format prefixes, print subheads or a trailing ellipsis. */
export function cleanLabel(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) {
    const m = FORMAT_PREFIX.exec(t);
    if (!m || m[0].length >= t.length - 12) break;
    t = t.slice(m[0].length);
  }
  // "Headline; subhead" (print editions): the headline alone says the happening.
  const semi = t.indexOf('; ');
  if (semi > 0 && t.slice(0, semi).split(' ').length >= 3) t = t.slice(0, semi);
  t = t.replace(/\s*(?:…|\.\.\.)\s*$/, '').replace(/\s*[-–—]\s*$/, '').trim();
  return t || title.trim();
}

/**
 * How well a (cleaned) headline serves as a label, as a factor on its closeness to the story's
 * centre: a plain news headline 1, a question 0.8, a teaser or a shouted headline 0.5, something
 * that is no headline 0.2. A teaser still labels a story no other headline describes.
 */
export function labelWeight(label: string): number {
  const words = label.split(/\s+/).filter(Boolean);
  if (words.length < 3 || NOT_A_HEADLINE.test(label)) return 0.2;
  const caps = words.filter((w) => /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(w)).length;
  // Title-case teasers capitalise it ("Obama Just Let Something Slip"); "not just another" is plain.
  if (TEASER.test(label) || /\bJust\b/.test(label) || caps / words.length > 0.4) return 0.5;
  if (/\?\s*$/.test(label)) return 0.8;
  return 1;
}

/** Below any headline: a lead sentence labels a story only when no headline near its centre does. */
export const LEAD_LABEL_WEIGHT = 0.7;

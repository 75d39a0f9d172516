// What scraped news pages wrap around an article, as data: each rule names a kind of block that
// is not the article. Kept readable on purpose (trafilatura's spirit): one pattern, one reason.

export type BoilerKind =
  | 'promo'        // sign-ups, "Click here", app and social prompts
  | 'series-note'  // "appeared in the X newsletter" (dropped, but names the series)
  | 'contact'      // "X can be reached at ...", follow-me lines (may name the author)
  | 'credits'      // "Reporting by ...; Editing by ..." (may name the authors)
  | 'copyright'    // copyright and reprint lines: the article is over after these
  | 'comments'     // comment widgets: the article is over
  | 'caption'      // photo credits and captions
  | 'navigation';  // "Read more", "Related", "Advertisement"

export interface BoilerRule {
  kind: BoilerKind;
  pattern: RegExp;
  /** Only blocks up to this many characters: a long paragraph that mentions "subscribe" is still text. */
  maxLength: number;
}

// Order matters only for which kind is reported; any match drops the block.
/** A wire story's credits: "(Reporting by …; Additional reporting by …; Editing by …)". The quote finder skips them too. */
export const CREDITS_BY = /^\(?\s*(reporting|additional reporting|writing|editing|edited|compiled) by\b/i;

export const BOILERPLATE_RULES: BoilerRule[] = [
  { kind: 'series-note', pattern: /\b(appeared|appears|was published|first published|originally published)\b.{0,80}\b(newsletter|series|column|edition)\b/i, maxLength: 400 },
  { kind: 'series-note', pattern: /^(this (article|story|piece|report|essay) is (part|one) of)\b/i, maxLength: 300 },
  { kind: 'promo', pattern: /^\W{0,3}(click|tap|press) (here|to)\b/i, maxLength: 300 },
  { kind: 'promo', pattern: /\bclick here\b|\bsign up (for|to|here)\b|\bsubscribe (to|for|now|here|today)\b|\bdelivered (directly )?to your inbox\b/i, maxLength: 300 },
  { kind: 'promo', pattern: /^\W{0,3}(download|get) (our|the) (free )?(app|newsletter)\b|^\W{0,3}(follow|like) us on\b|^\W{0,3}share (this|on|via)\b|^\W{0,3}like this:/i, maxLength: 200 },
  { kind: 'promo', pattern: /^\W{0,3}(listen to (this )?article|\d+ min(ute)? read|save (this )?article|gift (this )?article)\b/i, maxLength: 120 },
  { kind: 'promo', pattern: /^\W{0,3}(support (our|independent) journalism|become a (member|subscriber)|donate)\b/i, maxLength: 300 },
  { kind: 'contact', pattern: /\bcan be (reached|contacted|emailed) (at|on|via)\b|^\W{0,3}(contact|email|e-mail) (the )?(author|reporter|writer)\b/i, maxLength: 300 },
  { kind: 'contact', pattern: /^\W{0,3}(follow|email|e-mail|write to) [A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3} (on|at|via) (twitter|x|instagram|facebook|threads|bluesky|\S+@\S+)/i, maxLength: 200 },
  { kind: 'contact', pattern: /^\W{0,3}(twitter|email|e-mail|x):\s*\S+$/i, maxLength: 120 },
  { kind: 'credits', pattern: CREDITS_BY, maxLength: 400 },
  { kind: 'credits', pattern: /^\W{0,3}source:\s/i, maxLength: 120 },
  // Archive exports (LexisNexis) label their fields above the story: "BYLINE: Amber Phillips", "SECTION: A; Pg. 1".
  { kind: 'credits', pattern: /^(BYLINE|SECTION|LENGTH|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|DOCUMENT-TYPE|GRAPHIC|CORRECTION-DATE):\s/, maxLength: 200 },
  { kind: 'contact', pattern: /^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){1,3} (is|covers|writes|reports)\b.{0,200}\b([Ff]ollow|[Tt]witter|[Ee]-?mail)\b/u, maxLength: 300 },
  { kind: 'copyright', pattern: /^\W{0,3}(copyright|©|ⓒ|\(c\))\s|\ball rights reserved\b|\breprint permission\b|\bmay not be (published|broadcast|rewritten|redistributed|reproduced)\b/i, maxLength: 300 },
  { kind: 'copyright', pattern: /^\W{0,3}our standards:/i, maxLength: 200 },
  { kind: 'comments', pattern: /\bcomment policy\b|\b(view|show|hide|load|read) (all )?comments\b|^\W{0,3}(leave|post|add) a comment\b|^\W{0,3}join the (conversation|discussion)\b|^\W{0,3}comments?(\s*\(\d+\))?\W*$|^\W{0,3}click to hide\W*$/i, maxLength: 200 },
  { kind: 'caption', pattern: /^\W{0,3}(\(?(AP|AFP|Reuters|Getty|EPA|Xinhua|Yonhap)( Images)? ?Photo|photo( credit)?:|image( credit)?:|credit:|pictured:|FILE\s*[-–—])/i, maxLength: 400 },
  { kind: 'navigation', pattern: /^\W{0,3}(advertisement|advert|sponsored( content)?|story continues( below)?|continue reading|read more|related( articles?| stories| coverage)?|recommended|most (read|popular)|more (from|on) |see also|trending now|top stories|you may also like|explore more)\b\W*/i, maxLength: 160 },
];

/** Kinds after which nothing belongs to the article any more. */
export const END_OF_ARTICLE: ReadonlySet<BoilerKind> = new Set(['copyright', 'comments']);

export function classifyBoilerplate(block: string): BoilerKind | null {
  for (const rule of BOILERPLATE_RULES) {
    if (block.length <= rule.maxLength && rule.pattern.test(block)) return rule.kind;
  }
  return null;
}

/** Series and newsletter names in a series note: "appeared in the Threat Status newsletter from ...". */
export function seriesNamesIn(block: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:in|of) (?:the |our |a )?((?:[A-Z0-9][\w'’&-]*\s?){1,6}?)\s*(?:newsletter|series|column)\b/g,
    /\b(?:newsletter|series|column),? ["“]?((?:[A-Z0-9][\w'’&-]*\s?){1,6})["”]?/g,
    /\bpart of (?:the |our )?["“]?((?:[A-Z0-9][\w'’&-]*\s?){1,6})/g,
  ];
  for (const re of patterns) {
    for (const m of block.matchAll(re)) {
      const name = m[1].trim().replace(/^(The|A|An)\s+/, '').replace(/[,.;:]$/, '');
      if (name && !out.includes(name) && !/^(This|Our|Daily|Weekly|Free)$/i.test(name)) out.push(name);
    }
  }
  return out;
}

// Author names from bylines, contact lines and credit lines. Shared by the text and HTML extractors.

const NOT_A_NAME = /^(staff|staff writers?|editors?|editorial( board)?|the editors|admin|administrator|news ?desk|web ?desk|wire|wires|agencies|agency|reporters?|correspondents?|newsroom|guest|contributors?|anonymous|unknown|associated press|reuters|afp|ap)$/i;
// Words that make a capitalised phrase an organisation rather than a person.
const ORG_WORD = /^(the|a|an|times|news|post|press|herald|journal|tribune|daily|media|agency|network|group|staff|online|magazine|gazette|telegraph|review|report|weekly|radio|tv|television)$/i;
const MONTHS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?\s+\d/i;

/** A plausible person's name: 2–5 capitalised words, no digits, not a role or a date. */
export function isPersonName(s: string): boolean {
  const name = s.trim();
  if (!name || name.length > 60 || /\d|@|https?:/.test(name) || MONTHS.test(name)) return false;
  if (NOT_A_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5 || words.some((w) => ORG_WORD.test(w))) return false;
  return words.every((w) => /^(\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|bin|al|el|la|le|di|du|dos)$/u.test(w));
}

/** Title-cases an ALL-CAPS byline name ("ANDREW SALMON" -> "Andrew Salmon"), leaves mixed case alone. */
export function tidyName(s: string): string {
  const name = s.trim().replace(/\s+/g, ' ').replace(/[,;.]+$/, '');
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map(tidyName)
    .filter(isPersonName);
}

/** "By Jane Doe and John Roe, Reuters" / "Jane Doe | AP" / "Written by Jane Doe" -> names. */
export function parseByline(line: string): string[] {
  const m = /^\W{0,3}(?:written |words |story |reported |posted )?by[:\s]+(.+)$/i.exec(line.trim());
  if (!m || line.length > 160) return [];
  // Drop what follows the names: ", The Washington Times", " - Updated ...", " in Seoul", " on March 3".
  const names = m[1]
    .replace(/\s*\([^)]*\)/g, ' ')
    .replace(/\s+(?:in|on|for|at|from)\s+.*$/, '')
    .replace(/\s*[-–—|]\s+.*$/, '')
    .replace(AFFILIATION, '');
  return splitNames(names);
}

// "..., Associated Press", "... The Washington Times", "... Staff Writer" after the names.
const ROLE = String.raw`(?:(?:senior|chief|political|foreign|staff|diplomatic|security|defen[cs]e|business|economics|health|science|world|national|white house|middle east|asia|europe|africa|special)\s+){0,2}(?:correspondent|reporter|editor|writer|columnist)s?`;
const AFFILIATION = new RegExp(String.raw`,?\s+(?:the\s+)?(?:associated press|reuters|afp|agence france-presse|bloomberg|ap|upi|${ROLE})$`, 'iu');

/** "Harriet Vane Political correspondent" / "Jane Doe, Staff Writer": a name with a role and no "By". */
export function parseNameWithRole(line: string): string[] {
  if (line.length > 80) return [];
  const m = new RegExp(String.raw`^(.+?),?\s+${ROLE}$`, 'iu').exec(line.trim());
  return m ? splitNames(m[1]) : [];
}

/** "• Andrew Salmon can be reached at ..." -> ["Andrew Salmon"]. */
export function nameFromContact(line: string): string[] {
  const m = /^\W{0,3}(.+?)\s+can be (?:reached|contacted|emailed)\b/i.exec(line)
    ?? /^\W{0,3}(?:follow|email|e-mail|write to)\s+(.+?)\s+(?:on|at|via)\s/i.exec(line);
  return m ? splitNames(m[1]) : [];
}

/** "Reporting by Jane Doe in Seoul; Additional reporting by John Roe; Editing by ..." -> reporters only. */
export function namesFromCredits(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(?:^|[;(]\s*)(?:additional )?(?:reporting|writing) by ([^;)]+)/gi)) {
    out.push(...splitNames(m[1].replace(/\s+in\s+[A-Z][\w ]+$/, '')));
  }
  return out;
}

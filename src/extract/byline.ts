// Author names from bylines, contact lines and credit lines. Shared by the text and HTML extractors.

const NOT_A_NAME = /^(staff|staff writers?|editors?|editorial( board)?|the editors|admin|administrator|news ?desk|web ?desk|wire|wires|agencies|agency|reporters?|correspondents?|newsroom|guest|contributors?|anonymous|unknown|associated press|reuters|afp|ap)$/i;
const MONTHS = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?\s+\d/i;

/** A plausible person's name: 2–5 capitalised words, no digits, not a role or a date. */
export function isPersonName(s: string): boolean {
  const name = s.trim();
  if (!name || name.length > 60 || /\d|@|https?:/.test(name) || MONTHS.test(name)) return false;
  if (NOT_A_NAME.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
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
  const m = /^\W{0,3}(?:written |words |story |reported )?by[:\s]+(.+)$/i.exec(line.trim());
  if (!m) return [];
  // Drop what follows the names: ", The Washington Times", " - Updated ...", " in Seoul", " on March 3".
  const names = m[1].replace(/\s+(?:in|on|for|at|from)\s+.*$/, '').replace(/\s*[-–—|]\s+.*$/, '');
  return splitNames(names);
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

// UTF-8 text that was once decoded as windows-1252 ("PeÃ±a Nieto", "FranÃ§ois", "itâ€™s"): each
// run of such characters is turned back into its bytes and decoded as UTF-8, and kept only when that
// decodes cleanly. Text that merely holds accented letters ("café", "à la") has no such runs.

/** windows-1252's characters for the bytes 0x80–0x9F, which Latin-1 leaves to control codes. */
const CP1252_BYTE = new Map<string, number>([
  ['€', 0x80], ['‚', 0x82], ['ƒ', 0x83], ['„', 0x84], ['…', 0x85], ['†', 0x86], ['‡', 0x87], ['ˆ', 0x88], ['‰', 0x89], ['Š', 0x8a],
  ['‹', 0x8b], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97],
  ['˜', 0x98], ['™', 0x99], ['š', 0x9a], ['›', 0x9b], ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f],
]);
const CONT = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** A UTF-8 lead byte read as a Latin-1 letter, then the continuation bytes read as windows-1252. */
const RUN = new RegExp(`[\\u00C2-\\u00F4]${CONT}{1,3}(?:[\\u00C2-\\u00F4]${CONT}{1,3})*`, 'g');
/** Text normalised after the damage turned "¼" into "1⁄4" ("GÃ1⁄4len"). */
const FRACTION = /([\u00C2-\u00F4])([13])\u2044([24])/g;
const FRACTIONS: Record<string, string> = { '14': '¼', '12': '½', '34': '¾' };
const utf8 = new TextDecoder('utf-8', { fatal: true });

function bytesOf(run: string): Uint8Array | null {
  const out = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run[i];
    const code = c.charCodeAt(0);
    const b = code <= 0xff ? code : CP1252_BYTE.get(c);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

/** The text with runs of mis-decoded UTF-8 repaired; the same string when there are none. */
export function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  const fixed = text.replace(FRACTION, (m, lead: string, a: string, b: string) => FRACTIONS[a + b] ? lead + FRACTIONS[a + b] : m);
  return fixed.replace(RUN, (run) => {
    const bytes = bytesOf(run);
    if (!bytes) return run;
    try {
      return utf8.decode(bytes);
    } catch {
      return run;
    }
  });
}

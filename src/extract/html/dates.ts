// Dates as pages write them -> ISO 8601: "2019-11-19T10:03:00-05:00" stays full, "Nov. 19, 2019",
// "19 November 2019", "2019/11/19", "Tue, 19 Nov 2019 15:03:00 GMT" become YYYY-MM-DD (or full ISO when
// a time and zone are given). Years outside 1990..next year are refused: they are ids or typos.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // A few non-English month names common on the pages sitrep reads.
  janv: 1, févr: 2, fevr: 2, mars: 3, avr: 4, mai: 5, juin: 6, juil: 7, août: 8, aout: 8, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, märz: 3, okt: 10, dez: 12, gen: 1, mag: 5, giu: 6, lug: 7, set: 9, ott: 10,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function plausible(y: number, mo: number, d: number): boolean {
  const maxYear = new Date().getUTCFullYear() + 1;
  if (y < 1990 || y > maxYear || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1;
}

function ymd(y: number, mo: number, d: number): string | null {
  return plausible(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i;
const MONTH_FIRST = /\b([A-Za-zéûä]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([A-Za-zéûä]{3,9})\.?,?\s+(\d{4})\b/;
const SLASHED = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const DMY_DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/;

/** A date string from metadata or page text -> ISO date (or date-time), or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) {
    const day = ymd(+m[1], +m[2], +m[3]);
    if (!day) return null;
    if (m[4] === undefined) return day;
    const time = `${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}`;
    const zone = m[7] ? (/^(z|utc|gmt)$/i.test(m[7]) ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7]) : '';
    return `${day}T${time}${zone}`;
  }
  if (/^\d{10}$|^\d{13}$/.test(s)) {
    // Unix time in seconds or milliseconds.
    const ms = s.length === 13 ? +s : +s * 1000;
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  m = COMPACT.exec(s);
  if (m && s.length <= 15) return ymd(+m[1], +m[2], +m[3]);
  return dateInText(s);
}

/** The first date written out in a piece of text ("Updated Nov. 19, 2019 at 5:00 p.m."). */
export function dateInText(s: string): string | null {
  let m = MONTH_FIRST.exec(s);
  if (m) {
    const mo = monthOf(m[1]);
    if (mo) { const d = ymd(+m[3], mo, +m[2]); if (d) return d; }
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const mo = monthOf(m[2]);
    if (mo) { const d = ymd(+m[3], mo, +m[1]); if (d) return d; }
  }
  m = SLASHED.exec(s);
  if (m) { const d = ymd(+m[1], +m[2], +m[3]); if (d) return d; }
  m = DMY_DOTTED.exec(s);
  if (m) { const d = ymd(+m[3], +m[2], +m[1]); if (d) return d; }
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(s);
  if (iso) return toIsoDate(iso[1]);
  return null;
}

/** /2019/11/19/, /2019-11-19-, /20191119/ in a URL path. */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let m = /\/(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)/.exec(path);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /[/_-](\d{4})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  return null;
}

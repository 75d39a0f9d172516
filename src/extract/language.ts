// meta.language. Most of what sitrep reads is English, so a stop-word count settles it cheaply;
// only text that does not look English loads the n-gram detector (eld, ~0.7 s to load).

const EN_STOPWORDS = new Set('the of and to a in that is was for on with as by he it at said from his are be have has an were which but not this who they their its would been had will also more after over about than when'.split(' '));

export function englishShare(text: string): number {
  const words = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return 0;
  let hits = 0;
  for (const w of words) if (EN_STOPWORDS.has(w)) hits++;
  return hits / words.length;
}

type Detector = { detect(text: string): { language: string; isReliable(): boolean } };
let eld: Detector | null = null;

async function loadDetector(): Promise<Detector> {
  if (!eld) eld = ((await import('eld/small')) as unknown as { eld: Detector }).eld;
  return eld;
}

const SHORT_WORDS = 12;

/** ISO 639-1 code, or null when the text is too short to tell. */
export async function detectLanguage(text: string): Promise<string | null> {
  const sample = text.slice(0, 5000);
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  // English news runs at 35–45% stop words; other Latin-script languages share few of these.
  if (englishShare(sample) >= 0.18) return 'en';
  // A few plain ASCII words can look like anything to the detector ("Vladimir Putin met Kim
  // Jong-un" scores as Romanian, and reliably so by its own account): names and short notes are
  // left undecided, which reads them as English, the default.
  if (words.length < SHORT_WORDS && !/[^\x00-\x7f]/.test(sample)) return null;
  const r = (await loadDetector()).detect(sample);
  return r.language && r.language !== 'und' ? r.language : null;
}

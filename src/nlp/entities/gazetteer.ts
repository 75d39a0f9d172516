// One index over every name the knowledge base and the country data know, keyed by first word,
// so that matching an article costs one map lookup per capitalised token.
import { geoForms } from '../../kb/geo.ts';
import { isNameForm, loadKb } from '../../kb/store.ts';
import type { EntityType } from '../../model/analysis.ts';

/** An Arabic article joined to a person's last name (" al-Burhan", " el-Sisi"). */
const INNER_ARTICLE = / (?:al|el)-(?=\p{Lu})/u;

export type GazKind = 'kb' | 'country' | 'demonym' | 'capital' | 'region';

export interface GazEntry {
  /** The form as written in text (straight apostrophes). */
  form: string;
  kind: GazKind;
  /** kb: entry id; geo kinds: ISO alpha-3 (or null for a region without one country). */
  ref: string | null;
  type: EntityType;
  /**
   * "The Hill", "The Guardian": a name whose "The" is its own, before one common word or surname, is
   * the name only after "the" ("Fiona Hill" is a person, "the Hill reported" the newspaper).
   */
  needsThe?: boolean;
}

export interface Gazetteer {
  byFirst: Map<string, GazEntry[]>;
}

let gaz: Gazetteer | null = null;
let builtFor: unknown = null;

/** Lower-cased first word of a form, split as wink splits ("Jong-un" -> "jong", "U.N." stays). */
export function firstWord(s: string): string {
  return s.split(/[\s\-']/)[0].toLowerCase();
}

function add(m: Map<string, GazEntry[]>, e: GazEntry): void {
  const k = firstWord(e.form);
  if (!k) return;
  const l = m.get(k);
  if (l) l.push(e); else m.set(k, [e]);
}

const MIDDLE_INITIAL = /(?<=\S\s)(\p{Lu})\.(?=\s\S)/u;
const LOC_WORDS = /\b(Sea|Strait|Gulf|Peninsula|Far East|Siberia|Sahel|Balkans|Borneo|Sinai)\b/;

export function gazetteer(): Gazetteer {
  const kb = loadKb();
  if (gaz && builtFor === kb) return gaz;
  const byFirst = new Map<string, GazEntry[]>();
  for (const e of kb.entries.values()) {
    for (const n of [e.name, ...e.aliases]) {
      const form = n.replace(/[’‘]/g, "'").replace(/^the\s+/i, '');
      // Lower-case aliases ("the alliance") and one-letter forms are descriptions, not names.
      if (!isNameForm(form) || form.length < 2) continue;
      // Bare surnames in the KB ("Biden", "Trump") are names; two-letter acronyms too ("UN", "EU").
      add(byFirst, { form, kind: 'kb', ref: e.id, type: e.type, ...(/^The \S+$/.test(n) ? { needsThe: true } : {}) });
      // "al-Qaeda" opens a sentence, and some styles write it "Al Qaeda", with a capital.
      if (/^\p{Ll}/u.test(form)) add(byFirst, { form: form[0].toUpperCase() + form.slice(1), kind: 'kb', ref: e.id, type: e.type });
      // "George W Bush": news drops the period of a middle initial as often as it keeps it.
      if (e.type === 'PERSON' && MIDDLE_INITIAL.test(form)) add(byFirst, { form: form.replace(MIDDLE_INITIAL, '$1'), kind: 'kb', ref: e.id, type: e.type });
      // "Abdel Fattah Burhan" for "Abdel Fattah al-Burhan": news often drops a person's Arabic article.
      if (e.type === 'PERSON' && INNER_ARTICLE.test(form)) add(byFirst, { form: form.replace(INNER_ARTICLE, ' '), kind: 'kb', ref: e.id, type: e.type });
    }
  }
  for (const g of geoForms()) {
    const form = g.form.replace(/[’‘]/g, "'");
    if (!/^\p{Lu}/u.test(form) || form.includes(', ')) continue;
    // Regions of no one state (continents, seas, rivers) are LOC; states, provinces and cities GPE.
    const type: EntityType = g.kind === 'demonym' ? 'NORP' : g.kind === 'region' && (g.iso3 === null || LOC_WORDS.test(form)) ? 'LOC' : 'GPE';
    add(byFirst, { form, kind: g.kind, ref: g.iso3, type });
  }
  // Longest first, and the KB before geography for the same form ("Georgia" the country, not a KB alias).
  for (const l of byFirst.values()) l.sort((a, b) => b.form.length - a.form.length || (a.kind === 'kb' ? -1 : 1));
  gaz = { byFirst };
  builtFor = kb;
  return gaz;
}

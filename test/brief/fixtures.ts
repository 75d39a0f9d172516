// Small analyses written for these tests (our own sentences about invented weeks of news), with
// offsets computed from the text so they always agree with it.
import { join } from 'node:path';
import type { Analysis, Entity, Event, Quote } from '../../src/model/analysis.ts';
import { articleId } from '../../src/model/id.ts';
import type { Db } from '../../src/store/db.ts';
import { openDb } from '../../src/store/open.ts';
import { saveAnalysis } from '../../src/store/articles.ts';
import { tempDir } from '../helpers/tmp.ts';

interface EntitySpec { name: string; type: Entity['type']; country?: string | null; kb?: string | null; sector?: string | null }
interface QuoteSpec { text: string; speaker: string; type?: Quote['type']; cue?: string }
interface EventSpec {
  type: Event['type'];
  status?: Event['status'];
  /** null: no one named. */
  actor: { name: string; country: string | null; sector?: string } | null;
  target: { name: string; country: string | null; sector?: string } | null;
  /** A phrase of the sentence holding the event; its first word is the trigger. */
  in: string;
  date?: string;
  /** The words the date was read from (default: the date itself). */
  dateText?: string;
  location?: Event['location'];
}
export interface ArticleSpec {
  title: string;
  publisher: string;
  published: string;
  url: string;
  paragraphs: string[];
  entities?: EntitySpec[];
  quotes?: QuoteSpec[];
  events?: EventSpec[];
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?]\s/.test(text.slice(start - 2, start)) && text[start - 1] !== '\n') start--;
  let end = at;
  while (end < text.length && !/[.!?]/.test(text[end])) end++;
  if (text[end] === '.' || text[end] === '!' || text[end] === '?') end++;
  if (text[end] === '”' || text[end] === '"') end++;
  return { start, end };
}

export function analysis(spec: ArticleSpec): Analysis {
  const text = spec.paragraphs.join('\n\n');
  const paragraphs: Analysis['paragraphs'] = [];
  let at = 0;
  for (const p of spec.paragraphs) {
    paragraphs.push({ start: at, end: at + p.length, kind: 'paragraph' });
    at += p.length + 2;
  }
  const entities: Entity[] = (spec.entities ?? []).map((e, i) => {
    const mentions = [];
    for (let k = text.indexOf(e.name); k >= 0; k = text.indexOf(e.name, k + 1)) mentions.push({ start: k, end: k + e.name.length, text: e.name });
    if (!mentions.length) throw new Error(`fixture: "${e.name}" is not in the text of "${spec.title}"`);
    return { id: `E${i + 1}`, type: e.type, name: e.name, kb: e.kb ?? null, country: e.country ?? null, sector: e.sector ?? null, roles: [], mentions };
  });
  const idOf = (name: string): string | null => entities.find((e) => e.name === name)?.id ?? null;
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`fixture: quote "${q.text}" is not in the text`);
    const after = text.indexOf(q.speaker, start);
    const s = after >= 0 ? after : text.lastIndexOf(q.speaker, start);
    return {
      text: q.text, start, end: start + q.text.length, type: q.type ?? 'direct',
      speaker: { entity: idOf(q.speaker), name: q.speaker, mention: s >= 0 ? { start: s, end: s + q.speaker.length } : null },
      cue: q.cue ?? 'said', channel: null, sentence: sentenceAround(text, start),
    };
  });
  const events: Event[] = (spec.events ?? []).map((e) => {
    const k = text.indexOf(e.in);
    if (k < 0) throw new Error(`fixture: "${e.in}" is not in the text`);
    const word = e.in.split(' ')[0];
    return {
      type: e.type, mode: null, contexts: [], cameo: null, goldstein: null,
      actor: e.actor && { entity: idOf(e.actor.name), name: e.actor.name, country: e.actor.country, sector: e.actor.sector ?? null },
      target: e.target && { entity: idOf(e.target.name), name: e.target.name, country: e.target.country, sector: e.target.sector ?? null },
      location: e.location ?? null,
      date: e.date ? { value: e.date, precision: 'day', text: e.dateText ?? e.date } : null,
      status: e.status ?? 'actual',
      trigger: { start: k, end: k + word.length, text: word },
      sentence: sentenceAround(text, k), confidence: 0.8,
    };
  });
  return {
    schemaVersion: 1,
    id: articleId(spec.url, text),
    source: { uri: spec.url, contentType: 'text/plain', fetchedAt: null },
    meta: { title: spec.title, publisher: spec.publisher, published: spec.published, authors: [], dateline: null, series: [], language: 'en' },
    text, paragraphs, entities, quotes, events,
  };
}

const PRK = { name: 'North Korea', country: 'PRK' };
const RUS = { name: 'Russia', country: 'RUS' };
const USA = { name: 'United States', country: 'USA' };
const KOR = { name: 'South Korea', country: 'KOR' };

/** A busy week (2023-W37) and quieter weeks before it, around a summit and a border clash. */
export const ARTICLES: ArticleSpec[] = [
  {
    title: 'Harbor city prepares for summit of two leaders',
    publisher: 'Daily Ledger', published: '2023-09-11', url: 'https://ledger.example/summit-prep',
    paragraphs: [
      'Officials in the harbor city closed several streets on Monday as North Korea and Russia readied a summit between their leaders.',
      'Kim Jong-un travelled by armoured train and is expected to meet Vladimir Putin at a space launch site on Wednesday.',
      'Analysts said the two governments would discuss weapons deliveries, food aid and satellite technology during the visit.',
      '“We will strengthen our strategic cooperation against the hostile forces,” Kim Jong-un said according to state media.',
      'Click here to receive the newsletter delivered directly to your inbox each Wednesday.',
      '(Additional reporting by Jane Roe in Seoul on the summit of North Korea and Russia and the armoured train; Editing by Tom Fox.)',
    ],
    entities: [
      { name: 'North Korea', type: 'GPE', country: 'PRK', kb: 'country:PRK' }, { name: 'Russia', type: 'GPE', country: 'RUS', kb: 'country:RUS' },
      { name: 'Kim Jong-un', type: 'PERSON', country: 'PRK', kb: 'person:kim-jong-un' }, { name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', kb: 'person:vladimir-putin' },
    ],
    quotes: [{ text: 'We will strengthen our strategic cooperation against the hostile forces,', speaker: 'Kim Jong-un' }],
    events: [
      { type: 'CONSULT', status: 'planned', actor: { name: 'Kim Jong-un', country: 'PRK' }, target: { name: 'Vladimir Putin', country: 'RUS' }, in: 'meet Vladimir Putin at a space launch site', date: '2023-09-13' },
      { type: 'COOPERATE', status: 'actual', actor: PRK, target: RUS, in: 'readied a summit between their leaders' },
    ],
  },
  {
    title: 'Leaders of North Korea and Russia meet at launch site',
    publisher: 'Evening Courier', published: '2023-09-13', url: 'https://courier.example/leaders-meet',
    paragraphs: [
      'Kim Jong-un and Vladimir Putin met for several hours at the launch site, touring rocket assembly halls before their talks.',
      'Vladimir Putin said Russia would help North Korea build satellites and hinted at closer military ties.',
      '“There are prospects for cooperation in many fields, and we see them,” Vladimir Putin said to reporters after the talks.',
      'The United States warned that any arms deal would violate sanctions and threatened new penalties against both governments.',
      'Kim Jong-un invited Vladimir Putin to visit Pyongyang next month, and the invitation was accepted.',
    ],
    entities: [
      { name: 'Kim Jong-un', type: 'PERSON', country: 'PRK', kb: 'person:kim-jong-un' }, { name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', kb: 'person:vladimir-putin' },
      { name: 'Russia', type: 'GPE', country: 'RUS', kb: 'country:RUS' }, { name: 'North Korea', type: 'GPE', country: 'PRK', kb: 'country:PRK' },
      { name: 'United States', type: 'GPE', country: 'USA', kb: 'country:USA' },
    ],
    quotes: [{ text: 'There are prospects for cooperation in many fields, and we see them,', speaker: 'Vladimir Putin' }],
    events: [
      { type: 'CONSULT', actor: { name: 'Kim Jong-un', country: 'PRK' }, target: { name: 'Vladimir Putin', country: 'RUS' }, in: 'met for several hours at the launch site' },
      { type: 'AID', status: 'planned', actor: RUS, target: PRK, in: 'help North Korea build satellites' },
      { type: 'THREATEN', status: 'threatened', actor: USA, target: RUS, in: 'threatened new penalties against both governments', date: '2023-10-01' },
      { type: 'AGREE', status: 'planned', actor: { name: 'Vladimir Putin', country: 'RUS' }, target: { name: 'Kim Jong-un', country: 'PRK' }, in: 'visit Pyongyang next month', date: '2023-10' },
    ],
  },
  {
    title: 'Shelling along the river border leaves two soldiers dead',
    publisher: 'Daily Ledger', published: '2023-09-14', url: 'https://ledger.example/river-shelling',
    paragraphs: [
      'Artillery fire from North Korea struck a South Korea guard post on the river border early on Thursday, killing two soldiers.',
      'South Korea returned fire and put its forces on the highest alert, the defence ministry said in a brief statement.',
      '“This provocation will be answered firmly and in proportion,” said Han Min-jun, a spokesman for the ministry.',
    ],
    entities: [
      { name: 'North Korea', type: 'GPE', country: 'PRK', kb: 'country:PRK' }, { name: 'South Korea', type: 'GPE', country: 'KOR', kb: 'country:KOR' },
      { name: 'Han Min-jun', type: 'PERSON', country: 'KOR' },
    ],
    quotes: [{ text: 'This provocation will be answered firmly and in proportion,', speaker: 'Han Min-jun' }],
    events: [
      { type: 'ASSAULT', actor: PRK, target: KOR, in: 'struck a South Korea guard post' },
      { type: 'MOBILIZE', actor: KOR, target: PRK, in: 'put its forces on the highest alert' },
    ],
  },
  {
    title: 'Border clash: South Korea buries soldiers killed by shelling',
    publisher: 'Evening Courier', published: '2023-09-15', url: 'https://courier.example/border-funeral',
    paragraphs: [
      'South Korea held a funeral on Friday for the two soldiers killed when shelling from North Korea hit their guard post on the border.',
      'The government said it would ask the United Nations to condemn the attack and warned of retaliation if the shelling resumed.',
    ],
    entities: [
      { name: 'South Korea', type: 'GPE', country: 'KOR', kb: 'country:KOR' }, { name: 'North Korea', type: 'GPE', country: 'PRK', kb: 'country:PRK' },
      { name: 'United Nations', type: 'ORG', country: null, kb: 'org:un', sector: 'IGO' },
    ],
    events: [
      { type: 'ASSAULT', actor: PRK, target: KOR, in: 'shelling from North Korea hit their guard post' },
      { type: 'THREATEN', status: 'threatened', actor: KOR, target: PRK, in: 'warned of retaliation if the shelling resumed' },
    ],
  },
  {
    title: 'Farm prices rise after a dry summer',
    publisher: 'Rural Weekly', published: '2023-09-12', url: 'https://rural.example/farm-prices',
    paragraphs: ['Prices for wheat and barley rose for a third week as farmers counted the losses of an unusually dry summer across the plains.'],
  },
  // Earlier weeks: calmer relations, for the baselines.
  {
    title: 'Diplomats of North Korea and South Korea exchange messages',
    publisher: 'Daily Ledger', published: '2023-08-22', url: 'https://ledger.example/hotline',
    paragraphs: ['North Korea answered a call from South Korea on the liaison line for the first time in months, officials said on Tuesday.'],
    entities: [{ name: 'North Korea', type: 'GPE', country: 'PRK', kb: 'country:PRK' }, { name: 'South Korea', type: 'GPE', country: 'KOR', kb: 'country:KOR' }],
    events: [{ type: 'CONSULT', actor: PRK, target: KOR, in: 'answered a call from South Korea' }],
  },
  {
    title: 'Russia and North Korea sign a rail agreement',
    publisher: 'Evening Courier', published: '2023-08-30', url: 'https://courier.example/rail',
    paragraphs: ['Russia and North Korea signed an agreement on Wednesday to reopen a freight rail link across their short shared border.'],
    entities: [{ name: 'Russia', type: 'GPE', country: 'RUS', kb: 'country:RUS' }, { name: 'North Korea', type: 'GPE', country: 'PRK', kb: 'country:PRK' }],
    events: [{ type: 'AGREE', actor: RUS, target: PRK, in: 'signed an agreement on Wednesday' }],
  },
];

export interface TestStore { db: Db; dir: string; path: string }

/** A store with the fixture articles: a SQLite file in a temp dir, or the given location. */
export async function fixtureStore(specs: ArticleSpec[] = ARTICLES, location?: string): Promise<TestStore> {
  const dir = tempDir('sitrep-brief-');
  const path = location ?? join(dir, 'sitrep.db');
  const db = await openDb({ db: path });
  for (const s of specs) await saveAnalysis(db, analysis(s));
  return { db, dir, path };
}

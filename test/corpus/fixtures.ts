// Small articles written for these tests (invented places and people), and a builder that turns
// them into contract analyses with the entities and events a test needs.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Analysis, Entity, Event, Quote } from '../../src/model/analysis.ts';
import { articleId } from '../../src/model/id.ts';
import { openDb } from '../../src/store/open.ts';
import { backends } from '../store/backends.ts';
import { saveAnalysis } from '../../src/store/articles.ts';
import type { Db } from '../../src/store/db.ts';
import { connectArticle, type Connection } from '../../src/corpus/index.ts';

export interface Fixture {
  url: string;
  title: string | null;
  publisher: string;
  published: string;
  text: string;
  entities?: Entity[];
  events?: Event[];
  quotes?: Quote[];
}

export function analysisOf(f: Fixture): Analysis {
  return {
    schemaVersion: 1,
    id: articleId(f.url, f.text),
    source: { uri: f.url, contentType: 'text/plain', fetchedAt: null },
    meta: { title: f.title, publisher: f.publisher, published: f.published, authors: [], dateline: null, series: [], language: 'en', canonicalUrl: f.url },
    text: f.text,
    paragraphs: [],
    entities: f.entities ?? [],
    quotes: f.quotes ?? [],
    events: f.events ?? [],
  };
}

export function entity(id: string, type: Entity['type'], name: string, kb: string | null, country: string | null, sector: string | null = null): Entity {
  return { id, type, name, kb, country, sector, roles: [], mentions: [{ start: 0, end: name.length, text: name }] };
}

export function event(type: Event['type'], actor: [string, string, string | null], target: [string, string, string | null], opts: Partial<Event> = {}): Event {
  return {
    type, mode: null, contexts: [], cameo: null, goldstein: null,
    actor: { entity: actor[0], name: actor[1], country: actor[2], sector: 'GOV' },
    target: { entity: target[0], name: target[1], country: target[2], sector: 'GOV' },
    location: null, date: null, status: 'actual',
    trigger: { start: 0, end: 4, text: 'said' }, sentence: { start: 0, end: 10 }, confidence: 0.9,
    ...opts,
  };
}

export function quote(text: string, speakerEntity: string, speakerName: string): Quote {
  return { text, start: 0, end: text.length, type: 'direct', speaker: { entity: speakerEntity, name: speakerName, mention: null }, cue: 'said', channel: null, sentence: { start: 0, end: text.length } };
}

export interface TestStore {
  db: Db;
  /** Closes and opens the store again, as a later run of the ingest would. */
  reopen: () => Promise<Db>;
  done: () => Promise<void>;
  /** A directory for files the test writes. */
  dir: string;
  location: string;
}

/** SQLite in a temp file always; PostgreSQL (a schema of its own) when SITREP_TEST_PG_URL is set. */
export const stores: { name: string; skip: string | false; open: () => Promise<TestStore> }[] = backends.map((b) => ({
  name: b.name,
  skip: b.skip,
  open: async () => {
    const opened = await b.open();
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-corpus-test-'));
    const store: TestStore = {
      db: opened.db,
      dir,
      location: opened.location,
      reopen: async () => {
        await store.db.close();
        store.db = await openDb({ db: opened.location });
        return store.db;
      },
      done: async () => {
        if (store.db !== opened.db) await store.db.close();
        await opened.cleanup();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    return store;
  },
}));

export async function tempStore(): Promise<TestStore> {
  return stores[0].open();
}

/** Saves and connects an article the way the ingest does: in one transaction. */
export async function ingest(db: Db, f: Fixture): Promise<{ id: string } & Connection> {
  let conn: Connection = { duplicateOf: null, storyId: null };
  const saved = await saveAnalysis(db, analysisOf(f), {}, async (tx, r, a) => { conn = await connectArticle(tx, r.id, a); });
  return { id: saved.id, ...conn };
}

// ---- the articles ----

const HARBOR = [
  'Dock workers at the port of Valmora walked off the job on Monday morning, leaving more than forty container ships waiting at anchor outside the breakwater as the strike entered its first full day.',
  'The Valmora Harbour Workers Union said its members would stay out until the port authority restored the night shift bonus that was cut in the spring budget. Union secretary Ilse Marren told reporters outside the main gate that crane operators had worked double shifts all summer without extra pay.',
  'The port authority called the stoppage unlawful and said it would ask the regional court for an injunction before the end of the week. A spokesman said fresh fruit and medical supplies were already stuck on ships in the outer roads.',
  'Shipping agents estimated that each day of the strike delays cargo worth several million crowns, and two lines said they would divert vessels to the smaller terminal at Brask if the gates stayed closed.',
  'Talks between the two sides broke down on Friday after the authority offered to restore half of the bonus for one year only. Marren said that offer was an insult to people who kept the port running through the storms in March.',
].join('\n\n');

const UNION = entity('E1', 'ORG', 'Valmora Harbour Workers Union', null, null, 'LAB');
const MARREN = entity('E2', 'PERSON', 'Ilse Marren', null, null, 'LAB');

export const harbor: Fixture = {
  url: 'https://news.example/valmora-strike', title: 'Valmora dock workers strike over night shift bonus', publisher: 'Coastal Herald',
  published: '2024-03-04', text: HARBOR, entities: [UNION, MARREN],
};

/** The same story syndicated: new headline, promo lines, last paragraph cut, a reworded first sentence. */
export const harborCopy: Fixture = {
  url: 'https://other.example/wire/valmora',
  title: 'Port strike leaves ships waiting off Valmora',
  publisher: 'Daily Courier',
  published: '2024-03-05',
  text: [
    'Sign up for our evening newsletter to get the region\'s top stories.',
    ...HARBOR.split('\n\n').slice(0, 4).map((p, i) => (i === 0 ? p.replace('walked off the job on Monday morning', 'stopped work early on Monday') : p)),
    'RELATED: Read more of our coverage of the regional economy',
  ].join('\n\n'),
};

/** Same happening, different reporter and words: same story, not a copy. */
export const harborOther: Fixture = {
  url: 'https://third.example/valmora-port-standstill',
  title: 'Valmora port at a standstill as dock workers strike over bonus',
  publisher: 'Northern Ledger',
  published: '2024-03-05',
  entities: [MARREN],
  text: [
    'Cranes stood idle at Valmora for a second day as striking dock workers picketed the harbour gates, demanding the return of a night shift bonus.',
    'Union leader Ilse Marren said the dock workers strike would go on. The port authority wants the regional court to stop the strike, and ships queue outside the harbour.',
    'Exporters of fresh fruit warned that their cargo would spoil within days, while a hospital supplier said it had asked for its containers to be unloaded first.',
  ].join('\n\n'),
};

/** The next day, the same strike: joins the story in a later increment. */
export const harborLater: Fixture = {
  url: 'https://news.example/valmora-court',
  title: 'Court orders Valmora dock workers back as strike over bonus drags on',
  publisher: 'Coastal Herald',
  published: '2024-03-07',
  text: [
    'The regional court ordered striking Valmora dock workers back to work on Thursday, granting the port authority the injunction it sought at the start of the week.',
    'The harbour workers union said it would appeal and that the night shift bonus remained the heart of the dispute. Ilse Marren said her members would obey the court but the strike had shown how much the port depends on them.',
    'Ships that waited at anchor for days began to move into the container berths by the evening.',
  ].join('\n\n'),
};

export const museum: Fixture = {
  url: 'https://news.example/museum-opening',
  title: 'New science museum opens in Tarnby with a planetarium',
  publisher: 'Coastal Herald',
  published: '2024-03-05',
  text: [
    'A science museum built in a former tram depot opened its doors in Tarnby on Tuesday, with a planetarium dome and a hall of working steam engines.',
    'The director, Paavo Lind, said school classes had already booked every morning slot until the summer holidays. Tickets for adults cost twelve crowns and children under seven enter free.',
    'The building took four years to restore after a fire in the roof, and volunteers rebuilt two of the historic trams that now carry visitors around the courtyard.',
  ].join('\n\n'),
};

/** Same words as the strike, weeks later: a different happening, outside the story's window. */
export const harborNextYear: Fixture = {
  url: 'https://news.example/valmora-strike-again',
  title: 'Valmora dock workers strike again over night shift bonus',
  publisher: 'Coastal Herald',
  published: '2024-05-20',
  text: [
    'Dock workers at Valmora went on strike again on Monday, two months after the court ended their last stoppage, saying the night shift bonus promised in March was never paid.',
    'Ilse Marren of the harbour workers union said the port authority had broken its word.',
  ].join('\n\n'),
};

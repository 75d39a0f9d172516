// Stores for the web tests: hostile articles written here (markup, event handlers, javascript: URLs,
// broken tags in every field a page shows), and optionally the shared PolNeAR corpus and the
// reference article ingested the way `sitrep ingest` does it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis, Entity, Event, Quote } from '../../src/model/analysis.ts';
import { validateAnalysis } from '../../src/model/analysis.ts';
import type { Db } from '../../src/store/db.ts';
import { openDb } from '../../src/store/open.ts';
import { saveAnalysis } from '../../src/store/articles.ts';
import { Ingester } from '../../src/ingest/run.ts';
import { expandInputs } from '../../src/ingest/items.ts';
import { corpusHook } from '../../src/ingest/corpus-hook.ts';
import { SEED, SHARED } from '../helpers/cli.ts';

export const POLNEAR = join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl');

/** Strings that would run script or break the page if any of them reached it unescaped. */
export const HOSTILE = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=2">',
  svg: '"><svg onload="window.__pwned=3">',
  js: 'javascript:window.__pwned=4',
  broken: '</p></div><b>unclosed <i',
  style: '<style>body{display:none}</style>',
};

function span(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

/** An article whose every field is an attack, with entities, quotes and events that point into it. */
export function hostileAnalysis(n = 1, published = '2016-09-14'): Analysis {
  const leader = `Ivan ${HOSTILE.script} Petrov`;
  const org = `Acme ${HOSTILE.img} Corp`;
  const text = [
    `Moscow met Washington on Tuesday. ${leader} said talks went well.`,
    `"We will cooperate ${HOSTILE.svg} fully," ${leader} told reporters in Moscow.`,
    `Washington accused Moscow of hacking, and ${org} protested ${HOSTILE.broken} loudly.`,
    `See ${HOSTILE.js} and ${HOSTILE.style} for more. Case ${n}.`,
  ].join('\n\n');
  const paras = text.split('\n\n');
  let at = 0;
  const paragraphs = paras.map((p) => { const s = { start: at, end: at + p.length, kind: 'paragraph' as const }; at += p.length + 2; return s; });
  const m = (needle: string, from = 0) => ({ ...span(text, needle, from), text: needle });
  const entities: Entity[] = [
    { id: 'E1', type: 'PERSON', name: leader, kb: null, country: 'RUS', sector: 'GOV', roles: [`minister ${HOSTILE.img}`], mentions: [m(leader), m(leader, text.indexOf(leader) + 1)] },
    { id: 'E2', type: 'GPE', name: 'Russia', kb: 'country:RUS', country: 'RUS', sector: null, roles: [], mentions: [m('Moscow'), m('Moscow', text.indexOf('accused'))] },
    { id: 'E3', type: 'GPE', name: 'United States', kb: 'country:USA', country: 'USA', sector: null, roles: [], mentions: [m('Washington'), m('Washington', text.indexOf('accused') - 20)] },
    { id: 'E4', type: 'ORG', name: org, kb: null, country: 'USA', sector: 'BUS', roles: [], mentions: [m(org)] },
  ];
  const q1 = span(text, `We will cooperate ${HOSTILE.svg} fully,`);
  const quotes: Quote[] = [{
    text: text.slice(q1.start, q1.end), start: q1.start, end: q1.end, type: 'direct',
    speaker: { entity: 'E1', name: leader, mention: span(text, leader, q1.end) }, cue: 'told', channel: `TV ${HOSTILE.script}`,
    sentence: { start: paragraphs[1].start, end: paragraphs[1].end },
  }, {
    // Reported speech: the page must not present it as the speaker's own words.
    ...span(text, 'talks went well'), text: 'talks went well', type: 'indirect',
    speaker: { entity: 'E1', name: leader, mention: span(text, leader) }, cue: 'said', channel: null,
    sentence: { start: paragraphs[0].start, end: paragraphs[0].end },
  }];
  const sentence = (needle: string) => { const s = span(text, needle); return { start: s.start, end: s.end }; };
  const ev = (type: Event['type'], trigger: string, sent: string, actor: [string, string, string], target: [string, string, string], loc: Event['location'], goldstein: number): Event => ({
    type, mode: null, contexts: [], cameo: null, goldstein,
    actor: { entity: actor[0], name: actor[1], country: actor[2], sector: null },
    target: { entity: target[0], name: target[1], country: target[2], sector: null },
    location: loc, date: { value: published, precision: 'day', text: 'Tuesday' }, status: 'actual',
    trigger: { ...span(text, trigger), text: trigger }, sentence: sentence(sent), confidence: 0.9,
  });
  const events: Event[] = [
    ev('CONSULT', 'met', 'Moscow met Washington on Tuesday.', ['E2', 'Russia', 'RUS'], ['E3', 'United States', 'USA'], { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 }, 1),
    ev('ACCUSE', 'accused', `Washington accused Moscow of hacking, and ${org} protested ${HOSTILE.broken} loudly.`, ['E3', 'United States', 'USA'], ['E2', 'Russia', 'RUS'], { name: `Washington ${HOSTILE.svg}`, country: 'USA', lat: 38.9, lon: -77.04 }, -2),
    ev('PROTEST', 'protested', `Washington accused Moscow of hacking, and ${org} protested ${HOSTILE.broken} loudly.`, ['E4', org, 'USA'], ['E2', 'Russia', 'RUS'], null, -6.5),
  ];
  return validateAnalysis({
    schemaVersion: 1, id: `hostile-${n}`,
    source: { uri: `${HOSTILE.js}//${n}`, contentType: 'text/plain', fetchedAt: null },
    meta: {
      title: `Talks ${HOSTILE.script} and ${HOSTILE.img} number ${n}`, publisher: `Daily ${HOSTILE.svg}`, published,
      authors: [`Reporter ${HOSTILE.broken}`], dateline: { text: `MOSCOW ${HOSTILE.style}`, place: 'Moscow', country: 'RUS' },
      series: [], language: 'en', canonicalUrl: null,
    },
    text, paragraphs, entities, quotes, events,
  });
}

export interface TestStore { db: Db; dir: string; path: string; hostileIds: string[]; close: () => Promise<void> }

/** `db`: another store to fill (a PostgreSQL schema in the API tests); by default a SQLite file in a temp dir. */
export async function hostileStore(count = 2, other?: { db: Db; cleanup(): Promise<void> }): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-web-'));
  const path = join(dir, 'sitrep.db');
  const db = other?.db ?? await openDb({ db: path });
  const after = await corpusHook();
  const hostileIds: string[] = [];
  for (let i = 1; i <= count; i++) hostileIds.push((await saveAnalysis(db, hostileAnalysis(i), {}, after)).id);
  return { db, dir, path, hostileIds, close: async () => { await (other ? other.cleanup() : db.close()); rmSync(dir, { recursive: true, force: true }); } };
}

/** Ingests JSONL lines or files through the ingest runner (analysis on the main thread). */
export async function ingestFiles(db: Db, inputs: string[], threads = 0): Promise<{ new: number; updated: number; duplicate: number; failed: number; failures: string[] }> {
  const ingester = new Ingester({ db, threads, after: await corpusHook() });
  try {
    const s = await ingester.run(expandInputs(inputs));
    return { new: s.new, updated: s.updated, duplicate: s.duplicate, failed: s.failed, failures: s.failures.slice(0, 5).map((f) => `${f.input}: ${f.reason}`) };
  } finally {
    await ingester.close();
  }
}

/** The shared corpus and the reference article, plus the hostile fixtures. */
export async function sharedStore(limit?: number): Promise<TestStore & { ingested: { new: number; updated: number; duplicate: number; failed: number; failures: string[] } }> {
  const store = await hostileStore(2);
  let corpus = POLNEAR;
  if (limit) {
    const { readFileSync } = await import('node:fs');
    corpus = join(store.dir, 'polnear.jsonl');
    writeFileSync(corpus, readFileSync(POLNEAR, 'utf8').split('\n').filter(Boolean).slice(0, limit).join('\n') + '\n');
  }
  const r = await ingestFiles(store.db, [corpus, SEED], 1);
  return { ...store, ingested: r };
}

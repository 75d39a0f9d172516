// Analyses written for the store tests, in our own words: enough entities, quotes and events to
// exercise every column without running the NLP pipeline.
import type { Analysis, Entity, Event, Quote } from '../../src/model/analysis.ts';
import { articleId } from '../../src/model/id.ts';

export interface Spec {
  text: string;
  url?: string | null;
  uri?: string | null;
  title?: string | null;
  publisher?: string | null;
  published?: string | null;
  dateline?: string | null;
  entities?: Array<Partial<Entity> & { name: string }>;
  quotes?: Array<Partial<Quote> & { text: string }>;
  events?: Array<Partial<Event> & { type: Event['type'] }>;
}

export function analysisOf(s: Spec): Analysis {
  const entities: Entity[] = (s.entities ?? []).map((e, i) => {
    const at = Math.max(0, s.text.indexOf(e.name));
    return {
      id: `E${i + 1}`, type: 'PERSON', kb: null, country: null, sector: null, roles: [],
      mentions: [{ start: at, end: at + e.name.length, text: e.name }], ...e,
    };
  });
  const quotes: Quote[] = (s.quotes ?? []).map((q) => {
    const at = Math.max(0, s.text.indexOf(q.text));
    return { start: at, end: at + q.text.length, type: 'direct', speaker: null, cue: 'said', channel: null, sentence: { start: 0, end: s.text.length }, ...q };
  });
  const events: Event[] = (s.events ?? []).map((e) => ({
    mode: null, contexts: [], cameo: null, goldstein: null, actor: null, target: null, location: null, date: null, status: 'actual',
    trigger: { start: 0, end: 1, text: s.text.slice(0, 1) }, sentence: { start: 0, end: s.text.length }, confidence: 0.5, ...e,
  }));
  return {
    schemaVersion: 1,
    id: articleId(s.url ?? null, s.text),
    source: { uri: s.url ?? s.uri ?? null, contentType: 'text/plain', fetchedAt: null },
    meta: {
      title: s.title ?? null, publisher: s.publisher ?? null, published: s.published ?? null, authors: ['Ada Writer'],
      dateline: s.dateline ? { text: s.dateline.toUpperCase(), place: s.dateline, country: null } : null,
      series: [], language: 'en',
    },
    text: s.text,
    paragraphs: [{ start: 0, end: s.text.length, kind: 'paragraph' }],
    entities, quotes, events,
  };
}

/** Three articles about two happenings, with actors resolved and unresolved. */
export function sampleSet(): Analysis[] {
  return [
    analysisOf({
      text: 'Ministers from Ruritania and Freedonia met in Geneva on Monday to talk about the river dam. "We are close to a deal," said Anna Berg.',
      url: 'https://news.example/dam-talks', title: 'Dam talks in Geneva', publisher: 'Daily Example', published: '2016-03-07',
      entities: [
        { name: 'Ruritania', type: 'GPE', kb: 'country:RUR', country: 'RUR' },
        { name: 'Freedonia', type: 'GPE', kb: 'country:FRE', country: 'FRE' },
        { name: 'Anna Berg', type: 'PERSON', country: 'RUR', sector: 'GOV' },
      ],
      quotes: [{ text: 'We are close to a deal,', speaker: { entity: 'E3', name: 'Anna Berg', mention: null } }],
      events: [{ type: 'CONSULT', cameo: '040', goldstein: 1, actor: { entity: 'E1', name: 'Ruritania', country: 'RUR', sector: 'GOV' }, target: { entity: 'E2', name: 'Freedonia', country: 'FRE', sector: 'GOV' }, date: { value: '2016-03-07', precision: 'day', text: 'Monday' } }],
    }),
    analysisOf({
      text: 'Freedonia accused Ruritania of shelling border villages, and the dam talks stalled.',
      url: 'https://wire.example/shelling', title: 'Shelling charge', publisher: 'Wire Example', published: '2016-03-09',
      entities: [
        { name: 'Freedonia', type: 'GPE', kb: 'country:FRE', country: 'FRE' },
        { name: 'Ruritania', type: 'GPE', kb: 'country:RUR', country: 'RUR' },
      ],
      events: [
        { type: 'ACCUSE', goldstein: -2, actor: { entity: 'E1', name: 'Freedonia', country: 'FRE', sector: null }, target: { entity: 'E2', name: 'Ruritania', country: 'RUR', sector: null } },
        { type: 'ASSAULT', goldstein: -9, actor: { entity: 'E2', name: 'Ruritania', country: 'RUR', sector: 'MIL' }, date: { value: '2016-03', precision: 'month', text: 'this month' } },
      ],
    }),
    analysisOf({
      text: 'A bakery in Lisbon won a national prize for its custard tarts.',
      title: 'Tart prize', publisher: 'Daily Example', published: '2016-04-01', uri: 'tarts.txt', dateline: 'Lisbon',
      entities: [{ name: 'Lisbon', type: 'GPE', country: 'PRT' }],
    }),
  ];
}

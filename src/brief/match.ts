// Does an article hit a watchlist, and which sentence triggered it? Shared by the weekly briefing
// (its watchlist section) and the alerts sent as articles arrive.
//
// Criteria families combine with AND, values inside a family with OR. With event criteria (pairs,
// event types, statuses, minimum severity) the trigger is an event meeting all of them whose actor or
// target fits the actors/countries given; without, it is a sentence naming a listed actor or country.
// Keywords, when given, must occur in the triggering sentence.
import { z } from 'zod';
import { meantActorKey, normaliseName, sideKey, sideKeyOf } from '../store/keys.ts';
import type { BriefArticle } from './model.ts';
import { eventScore, severity } from './scores.ts';
import { sentenceAt, type Span } from './text.ts';

export const WatchSpec = z
  .object({
    actors: z.array(z.string().min(1)).default([]),
    countries: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected an ISO alpha-3 code such as PRK')).default([]),
    pairs: z.array(z.tuple([z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^[A-Z]{3}$/)])).default([]),
    eventTypes: z.array(z.string().regex(/^[A-Z]+$/)).default([]),
    statuses: z.array(z.string()).default([]),
    keywords: z.array(z.string().min(1)).default([]),
    minSeverity: z.number().min(0).max(10).nullable().default(null),
  })
  .strict();
export type WatchSpec = z.infer<typeof WatchSpec>;

export interface Trigger {
  reason: string;
  sentence: Span;
}

export function isEmptySpec(s: WatchSpec): boolean {
  return !s.actors.length && !s.countries.length && !s.pairs.length && !s.eventTypes.length && !s.statuses.length && !s.keywords.length && s.minSeverity === null;
}

/**
 * Which wanted actor a side or entity is: its kb id, its name, or whom its words stand for as the store
 * keys it (`key`: "Moscow said" is Russia for a watchlist of "Russia", as in Russia's timeline).
 */
function actorMatches(wanted: string[], name: string | null | undefined, kb: string | null | undefined, key: string | null): string | null {
  if (!name && !kb) return null;
  const n = ` ${normaliseName(name ?? '')} `;
  for (const w of wanted) {
    if (kb && kb === w) return w;
    const k = normaliseName(w);
    if (k && n.includes(` ${k} `)) return w;
    if (key && key === wantedKey(w)) return w;
  }
  return null;
}

/** The actor a watchlist's name means to the KB ("Russia" -> country:RUS), once per name. */
const wantedKeys = new Map<string, string | null>();
function wantedKey(w: string): string | null {
  let k = wantedKeys.get(w);
  if (k === undefined) {
    k = meantActorKey(w);
    if (wantedKeys.size > 10_000) wantedKeys.clear();
    wantedKeys.set(w, k);
  }
  return k;
}

function keywordIn(keywords: string[], text: string): string | null {
  const lower = text.toLowerCase();
  for (const k of keywords) {
    const i = lower.indexOf(k.toLowerCase());
    if (i < 0) continue;
    const before = i === 0 ? ' ' : lower[i - 1];
    const after = lower[i + k.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return k;
  }
  return null;
}

function eventTrigger(spec: WatchSpec, a: BriefArticle): Trigger | null {
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  const ordered = [...a.events].sort((x, y) => x.sentence.start - y.sentence.start || x.trigger.start - y.trigger.start);
  for (const ev of ordered) {
    if (spec.eventTypes.length && !spec.eventTypes.includes(ev.type)) continue;
    if (spec.statuses.length && !spec.statuses.includes(ev.status)) continue;
    const sev = severity(ev);
    if (spec.minSeverity !== null && sev < spec.minSeverity) continue;
    const ac = ev.actor?.country ?? null;
    const tc = ev.target?.country ?? null;
    if (spec.pairs.length && !spec.pairs.some(([p, q]) => (ac === p && tc === q) || (ac === q && tc === p))) continue;
    const who: string[] = [];
    if (spec.actors.length || spec.countries.length) {
      for (const side of [ev.actor, ev.target]) {
        if (!side) continue;
        const ent = side.entity ? entities.get(side.entity) : undefined;
        const key = spec.actors.length ? sideKeyOf(ent, side.name, side.country, side.sector) : null;
        const hit = actorMatches(spec.actors, side.name, ent?.kb, key) ?? (side.country && spec.countries.includes(side.country) ? side.country : null);
        if (hit) who.push(hit);
      }
      if (!who.length) continue;
    }
    const sentence = ev.sentence;
    const kw = spec.keywords.length ? keywordIn(spec.keywords, a.text.slice(sentence.start, sentence.end)) : null;
    if (spec.keywords.length && !kw) continue;
    const parties = [ev.actor?.name ?? ac, ev.target?.name ?? tc].filter(Boolean).join(' → ');
    const bits = [`${ev.type}${ev.status !== 'actual' ? ` (${ev.status})` : ''}`];
    if (parties) bits.push(parties);
    if (sev > 0) bits.push(`severity ${sev.toFixed(1)}`);
    else bits.push(`score ${eventScore(ev).toFixed(1)}`);
    if (kw) bits.push(`keyword "${kw}"`);
    return { reason: bits.join(', '), sentence };
  }
  return null;
}

function mentionTrigger(spec: WatchSpec, a: BriefArticle): Trigger | null {
  const candidates: { at: number; reason: string }[] = [];
  if (spec.actors.length || spec.countries.length) {
    for (const e of a.entities) {
      const hit = actorMatches(spec.actors, e.name, e.kb, spec.actors.length ? sideKey(e) : null) ?? (e.country && spec.countries.includes(e.country) ? e.country : null);
      if (!hit) continue;
      for (const m of e.mentions) candidates.push({ at: m.start, reason: `mentions ${e.name}${hit !== e.name ? ` (${hit})` : ''}` });
    }
  } else if (spec.keywords.length) {
    const lower = a.text.toLowerCase();
    for (const k of spec.keywords) {
      for (let i = lower.indexOf(k.toLowerCase()); i >= 0; i = lower.indexOf(k.toLowerCase(), i + 1)) candidates.push({ at: i, reason: '' });
    }
  }
  candidates.sort((x, y) => x.at - y.at || x.reason.localeCompare(y.reason));
  for (const c of candidates) {
    const s = sentenceAt(a, c.at);
    if (!s) continue;
    const kw = spec.keywords.length ? keywordIn(spec.keywords, a.text.slice(s.start, s.end)) : null;
    if (spec.keywords.length && !kw) continue;
    const reason = [c.reason, kw ? `keyword "${kw}"` : ''].filter(Boolean).join(', ');
    return { reason, sentence: s };
  }
  return null;
}

/** The first sentence of the article that hits the watchlist, or null. */
export function matchArticle(spec: WatchSpec, a: BriefArticle): Trigger | null {
  if (isEmptySpec(spec)) return null;
  const eventCriteria = spec.pairs.length || spec.eventTypes.length || spec.statuses.length || spec.minSeverity !== null;
  return eventCriteria ? eventTrigger(spec, a) : mentionTrigger(spec, a);
}

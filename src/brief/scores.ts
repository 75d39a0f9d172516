// Cooperation–conflict scores on the Goldstein scale (-10 conflict .. +10 cooperation), the same
// values the corpus layer's timelines and dyad shifts use (its goldsteinOf: the event's own score,
// else its CAMEO root's, else its PLOVER type's).
import type { Event } from '../model/analysis.ts';
import { goldsteinOf } from '../corpus/goldstein.ts';

export function eventScore(e: Pick<Event, 'type' | 'goldstein' | 'cameo'>): number {
  const g = goldsteinOf({ goldstein: e.goldstein ?? null, cameo: e.cameo ?? null, type: e.type });
  return g === null ? 0 : Math.max(-10, Math.min(10, g));
}

/** 0..10: conflict intensity; cooperation scores 0. */
export function severity(e: Pick<Event, 'type' | 'goldstein' | 'cameo'>): number {
  return Math.max(0, -eventScore(e));
}

/** Statuses that say something happened or was said to happen (not wished, denied or imagined). */
export const FACTUAL = new Set(['actual', 'reported', 'planned', 'threatened']);
export const FORTHCOMING = new Set(['planned', 'threatened']);

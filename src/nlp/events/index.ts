// The events stage: who did what to whom, where, when and how certainly (PLOVER types, CAMEO codes).
import type { Component } from '../doc.ts';
import { extractEvents } from './extract.ts';

export const eventsComponent: Component = {
  name: 'events',
  run(doc) {
    doc.events = extractEvents(doc);
  },
};

export { extractEvents } from './extract.ts';
export { defaultLexicon, buildLexicon } from './lexicon.ts';

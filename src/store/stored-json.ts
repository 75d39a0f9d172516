// The analysis JSON as the store keeps it: without its text (a column of its own), under the
// row's id. An analysis worker has to serialise each analysis for its message to the writer's
// thread anyway; sending this JSON (and the text beside it) instead of a structured clone costs
// less on both threads, and the writer stores the very text it parsed rather than serialising the
// object again (src/ingest/pool.ts).
import type { Analysis } from '../model/analysis.ts';

export function storedJson(analysis: Analysis, rowId: string): string {
  const { text: _t, ...rest } = { ...analysis, id: rowId };
  return JSON.stringify(rest);
}

/** An analysis as sent between threads: its stored JSON, its text, and where the text goes among its keys. */
export interface SentAnalysis {
  json: string;
  text: string;
  textAt: number;
}

export function sendable(analysis: Analysis): SentAnalysis {
  return { json: storedJson(analysis, analysis.id), text: analysis.text, textAt: Object.keys(analysis).indexOf('text') };
}

const madeFrom = new WeakMap<Analysis, string>();

/** The analysis a SentAnalysis stands for, with its keys in their order; its stored JSON is remembered for it. */
export function received(sent: SentAnalysis): Analysis {
  const parsed = JSON.parse(sent.json) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let i = 0;
  for (const k of Object.keys(parsed)) {
    if (i++ === sent.textAt) out.text = sent.text;
    out[k] = parsed[k];
  }
  if (!('text' in out)) out.text = sent.text;
  const analysis = out as unknown as Analysis;
  madeFrom.set(analysis, sent.json);
  return analysis;
}

/**
 * storedJson(analysis, rowId), taken from the message the analysis came in when it is stored under
 * its own id. Nothing changes an analysis between its arrival and its save, and a changed copy is
 * another object, which is serialised anew.
 */
export function storedJsonOf(analysis: Analysis, rowId: string): string {
  return (rowId === analysis.id ? madeFrom.get(analysis) : undefined) ?? storedJson(analysis, rowId);
}

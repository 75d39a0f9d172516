// The analysis JSON contract (../shared/contract/analysis.md), as runtime schemas.
// This file is the single definition of it: types are inferred from the schemas, and
// `sitrep schema` prints the JSON Schema generated from them.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const Offset = z.number().int().nonnegative();
export const Span = z.object({ start: Offset, end: Offset });
export type Span = z.infer<typeof Span>;

export const ParagraphKind = z.enum(['paragraph', 'heading', 'list', 'quote', 'table']);
export type ParagraphKind = z.infer<typeof ParagraphKind>;
export const Paragraph = Span.extend({ kind: ParagraphKind });
export type Paragraph = z.infer<typeof Paragraph>;

export const Dateline = z.object({
  text: z.string(),
  place: z.string().nullable(),
  country: z.string().length(3).nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

export const Meta = z.object({
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: z.string().nullable().describe('YYYY-MM-DD or full ISO-8601'),
  modified: z.string().nullable().optional(),
  authors: z.array(z.string()),
  dateline: Dateline.nullable(),
  series: z.array(z.string()),
  language: z.string().nullable(),
  canonicalUrl: z.string().nullable().optional(),
  section: z.string().nullable().optional(),
  image: z.string().nullable().optional(),
});
export type Meta = z.infer<typeof Meta>;

export const Source = z.object({
  uri: z.string().nullable(),
  contentType: z.string(),
  fetchedAt: z.string().nullable(),
});
export type Source = z.infer<typeof Source>;

export const EntityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT']);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = Span.extend({ text: z.string() });
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  kb: z.string().nullable(),
  country: z.string().length(3).nullable(),
  sector: z.string().nullable(),
  roles: z.array(z.string()),
  mentions: z.array(Mention),
});
export type Entity = z.infer<typeof Entity>;

export const Speaker = z.object({
  entity: z.string().nullable(),
  name: z.string(),
  mention: Span.nullable(),
  with: z.array(z.object({ entity: z.string().nullable(), name: z.string() })).optional()
    .describe('others who said it together with the speaker ("Britain, France and Germany warned"), in the order the text names them, all before the speaker'),
});
export type Speaker = z.infer<typeof Speaker>;

/** Who said a quote, joint speakers included: "United Kingdom, France and Germany". */
export function speakerLabel(s: Pick<Speaker, 'name' | 'with'>): string {
  const names = [...(s.with ?? []).map((w) => w.name), s.name];
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const Quote = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  type: z.enum(['direct', 'indirect', 'mixed']),
  speaker: Speaker.nullable(),
  cue: z.string().nullable(),
  channel: z.string().nullable(),
  sentence: Span,
  parts: z.array(Span).optional().describe('a quotation interrupted by its attribution: the quoted pieces; text joins them'),
});
export type Quote = z.infer<typeof Quote>;

export const EventActor = z.object({
  entity: z.string().nullable(),
  name: z.string(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
});
export type EventActor = z.infer<typeof EventActor>;

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export const EventStatus = z.enum(['actual', 'planned', 'hypothetical', 'threatened', 'negated', 'reported']);
export type EventStatus = z.infer<typeof EventStatus>;

export const EventDate = z.object({
  value: z.string().describe('YYYY-MM-DD, YYYY-MM or YYYY'),
  precision: z.enum(['day', 'month', 'year']),
  text: z.string(),
});
export type EventDate = z.infer<typeof EventDate>;

export const EventLocation = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type EventLocation = z.infer<typeof EventLocation>;

export const Event = z.object({
  type: PloverType,
  mode: z.string().nullable(),
  contexts: z.array(z.string()),
  cameo: z.string().nullable(),
  goldstein: z.number().nullable().optional(),
  actor: EventActor.nullable(),
  target: EventActor.nullable(),
  location: EventLocation.nullable(),
  date: EventDate.nullable(),
  status: EventStatus,
  quote: z.number().int().nullable().optional().describe('index into quotes when status is reported'),
  trigger: Span.extend({ text: z.string() }),
  sentence: Span,
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;

export const Analysis = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  source: Source,
  meta: Meta,
  text: z.string(),
  paragraphs: z.array(Paragraph),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  events: z.array(Event),
});
export type Analysis = z.infer<typeof Analysis>;

/** What `sitrep analyze --jsonl` prints for a line it could not analyse. */
export const BatchError = z.object({ id: z.string().nullable(), error: z.string() });
export type BatchError = z.infer<typeof BatchError>;

export function analysisJsonSchema(): unknown {
  return z.toJSONSchema(Analysis, { target: 'draft-2020-12', io: 'output' });
}

/** Throws a readable error listing the first problems; used by tests and by `--validate`. */
export function validateAnalysis(value: unknown): Analysis {
  const result = Analysis.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`analysis does not match the contract: ${issues.join('; ')}`);
}

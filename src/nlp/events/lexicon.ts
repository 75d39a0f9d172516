// The event lexicon (lexicon.json) as typed, validated data, indexed by the word forms that can
// start a trigger. Inflections are generated here so the file names lemmas only.
import { createRequire } from 'node:module';
import { z } from 'zod';
import { PloverType, type PloverType as PloverTypeT } from '../../model/analysis.ts';

const require = createRequire(import.meta.url);

const Ctl = z.tuple([z.union([PloverType, z.literal('=')]), z.union([PloverType, z.literal('=')])]);
const Status = z.enum(['actual', 'planned', 'hypothetical']);

const TriggerEntry = z.object({
  v: z.string().optional(),
  n: z.string().optional(),
  a: z.string().optional(),
  m: z.string().optional(),
  prep: z.string().optional(),
  obj: z.array(z.string()).optional(),
  pre: z.array(z.string()).optional(),
  type: PloverType,
  mode: z.string().nullable().optional(),
  cameo: z.string(),
  ctx: z.array(z.string()).optional(),
  ctl: Ctl.optional(),
  st: Status.optional(),
  tprep: z.array(z.string()).optional(),
  aprep: z.array(z.string()).optional(),
  swap: z.boolean().optional(),
  /** The subject is whom the act is aimed at, and whoever speaks the words does it ("“Those who attacked us will pay a heavy price,” Erdogan said"). */
  undergone: z.boolean().optional(),
  weak: z.boolean().optional(),
  /** The verb's object must be a state or an armed force, and so must its subject ("Israel struck Iran", not "struck a deal"). */
  objActor: z.boolean().optional(),
  /** Only a word the tagger reads as a verb ("protesters rallied in Niamey", not "at Trump rallies in South Carolina"). */
  tagged: z.boolean().optional(),
  /** Only with its other side named in the sentence, not taken from context ("voiced concern over the incursion", not "about the drug"). */
  needsTarget: z.boolean().optional(),
  /** Only between sides named together as its subject ("Putin and Kim discussed arms deals", not "Trump discussed the economy"). */
  between: z.boolean().optional(),
  /** Done by sides named together with each other, whatever its object ("Saudi Arabia and Iran restored relations"). */
  joint: z.boolean().optional(),
  /** Only as "is …ing" ("The EU is considering sanctions"; not "considered the strike a success"). */
  progressive: z.boolean().optional(),
  silent: z.boolean().optional(),
  lower: z.boolean().optional(),
  /** A regular expression on the words after the trigger that make it another sense ("give ... credit for"). */
  unless: z.string().optional(),
  /** A regular expression the words after the trigger must match for this entry ("withdraw" from a treaty, not from a town). */
  when: z.string().optional(),
  /** The same on the words just before it ("serves as a reminder"). */
  unlessBefore: z.string().optional(),
}).refine((e) => [e.v, e.n, e.a, e.m].filter(Boolean).length === 1, { message: 'exactly one of v, n, a, m' });

const LexiconFile = z.object({
  about: z.string(),
  cooperative: z.array(PloverType),
  conflict: z.array(PloverType),
  intent: z.record(z.string(), z.string()),
  threat: z.record(z.string(), z.tuple([z.string(), z.string().nullable()])),
  threatModes: z.record(z.string(), z.string()),
  negatedAs: z.record(z.string(), PloverType),
  /** The CAMEO code of a type a frame turns its event into ("call on them to stop attacking" is ACCUSE). */
  frameCameo: z.record(z.string(), z.string()),
  goldstein: z.record(z.string(), z.number()),
  status: z.object({
    planned: z.array(z.string()),
    hypothetical: z.array(z.string()),
    negated: z.array(z.string()),
    assertive: z.array(z.string()),
    conditional: z.array(z.string()),
  }),
  light: z.array(z.string()),
  handing: z.array(z.string()),
  suffering: z.array(z.string()),
  steppingUp: z.array(z.string()),
  speechActs: z.array(z.string()),
  background: z.array(z.string()),
  irregular: z.record(z.string(), z.array(z.string())),
  /** Word lists several entries share, named in an entry's "obj" or "pre" as "@name". */
  lists: z.record(z.string(), z.array(z.string())).optional(),
  /** Words that name a kind of another ("icbm" is a missile): an entry's object word stands for its kinds too. */
  kinds: z.record(z.string(), z.array(z.string())).optional(),
  triggers: z.array(TriggerEntry),
});
export type LexiconFile = z.infer<typeof LexiconFile>;

export type TriggerKind = 'verb' | 'noun' | 'adj' | 'modal';

export interface Trigger {
  /** Position in the lexicon: earlier entries win when several match one word. */
  order: number;
  kind: TriggerKind;
  lemma: string;
  /** Words of a multi-word noun ("hunger strike"); the last one may be plural. */
  words: string[];
  prep: string | null;
  objForms: Set<string> | null;
  pre: Set<string> | null;
  type: PloverTypeT;
  mode: string | null;
  cameo: string;
  contexts: string[];
  ctl: [PloverTypeT | '=', PloverTypeT | '='] | null;
  status: 'actual' | 'planned' | 'hypothetical' | null;
  tprep: string[];
  aprep: string[];
  swap: boolean;
  undergone: boolean;
  weak: boolean;
  objActor: boolean;
  tagged: boolean;
  needsTarget: boolean;
  between: boolean;
  joint: boolean;
  progressive: boolean;
  silent: boolean;
  lower: boolean;
  unless: RegExp | null;
  unlessBefore: RegExp | null;
  when: RegExp | null;
}

function senseRegex(source: string | undefined, lemma: string): RegExp | null {
  if (!source) return null;
  try {
    return new RegExp(source, 'iu');
  } catch (e) {
    throw new Error(`event lexicon: "${lemma}": bad pattern ${source}: ${(e as Error).message}`);
  }
}

export interface Lexicon {
  triggers: Trigger[];
  /** Lower-case word form -> triggers whose first word it can be. */
  byForm: Map<string, Trigger[]>;
  cooperative: Set<PloverTypeT>;
  conflict: Set<PloverTypeT>;
  intent: Record<string, string>;
  threat: Record<string, [string, string | null]>;
  threatModes: Record<string, string>;
  negatedAs: Record<string, PloverTypeT>;
  frameCameo: Record<string, string>;
  goldstein: Record<string, number>;
  status: LexiconFile['status'];
  /** The status cues with a space either side, as they are looked for in a verb group (" will not "). */
  cues: Record<'planned' | 'hypothetical' | 'negated' | 'assertive', string[]>;
  /** CAMEO code of a threatened act -> the THREATEN mode it gives (cutting ties threatens relations). */
  /** Every form of the light verbs ("made", "holds"), which hand their status and subject to a noun trigger. */
  lightForms: Set<string>;
  /**
   * Forms of the verbs whose subject carries out the noun after them: the light verbs and more
   * ("engaged in clashes", "renewed its attacks"); "investigating the attack" is not one.
   */
  handingForms: Set<string>;
  /** Forms of the verbs whose subject is the target of the noun after them ("faced repeated attacks", "suffered airstrikes"). */
  sufferingForms: Set<string>;
  /** Forms of the verbs that step a deed up or keep it going ("intensified attacks", "expanded intelligence sharing"). */
  steppingForms: Set<string>;
  /** The irregular past forms ("struck", "seized" is regular): a headline's verb may be one. */
  irregularPast: Set<string>;
  background: string[][];
  /** The background openers by their first word, so a sentence is scanned once rather than once per opener. */
  backgroundByFirst: Map<string, string[][]>;
  /** "declined to comment": refusing to speak is no rejection of anything. */
  speechActs: Set<string>;
}

const VOWEL = /[aeiou]/;

/** Regular inflections of a verb; doubling the final consonant is generated too ("ban" -> "banned"). */
export function verbForms(lemma: string, irregular: Record<string, string[]> = {}): string[] {
  const out = new Set<string>([lemma, ...(irregular[lemma] ?? [])]);
  const last = lemma.slice(-1);
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) out.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.add(`${lemma.slice(0, -1)}ies`);
  else out.add(`${lemma}s`);
  if (lemma.endsWith('e')) {
    out.add(`${lemma}d`);
    out.add(`${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    out.add(`${lemma.slice(0, -1)}ied`);
    out.add(`${lemma}ing`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
    const cvc = lemma.length >= 3 && !VOWEL.test(last) && !/[wxy]/.test(last) && VOWEL.test(lemma.slice(-2, -1)) && !VOWEL.test(lemma.slice(-3, -2));
    if (cvc) {
      out.add(`${lemma}${last}ed`);
      out.add(`${lemma}${last}ing`);
    }
  }
  return [...out];
}

/** Words in -man whose plural is no -men. */
const NOT_MAN_COMPOUND = /^(hu|ger|ro|sha|talis|otto|cai)man$/;

export function nounForms(lemma: string): string[] {
  const out = new Set<string>([lemma]);
  // ("policeman", "gunman", "woman": -men; "human", "German" are no compounds of "man".)
  if (/man$/.test(lemma) && !NOT_MAN_COMPOUND.test(lemma)) out.add(`${lemma.slice(0, -3)}men`);
  else if (/(s|x|z|ch|sh)$/.test(lemma)) out.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.add(`${lemma.slice(0, -1)}ies`);
  else out.add(`${lemma}s`);
  return [...out];
}

export function buildLexicon(raw: unknown): Lexicon {
  const parsed = LexiconFile.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`event lexicon: ${i.path.join('.')}: ${i.message}`);
  }
  const f = parsed.data;
  const words = (xs: string[]): string[] => xs.flatMap((x) => {
    if (!x.startsWith('@')) return [x];
    const list = f.lists?.[x.slice(1)];
    if (!list) throw new Error(`event lexicon: no list ${x}`);
    return list;
  });
  const triggers: Trigger[] = f.triggers.map((e, order) => {
    const kind: TriggerKind = e.v ? 'verb' : e.n ? 'noun' : e.a ? 'adj' : 'modal';
    const lemma = (e.v ?? e.n ?? e.a ?? e.m ?? '').toLowerCase();
    return {
      order, kind, lemma,
      words: lemma.split(' '),
      prep: e.prep ?? null,
      objForms: e.obj ? new Set(words(e.obj).flatMap((o) => [o, ...(f.kinds?.[o] ?? [])]).flatMap((o) => nounForms(o.toLowerCase()))) : null,
      pre: e.pre ? new Set(words(e.pre).map((p) => p.toLowerCase())) : null,
      type: e.type,
      mode: e.mode ?? null,
      cameo: e.cameo,
      contexts: e.ctx ?? [],
      ctl: e.ctl ?? null,
      status: e.st ?? null,
      tprep: e.tprep ?? [],
      aprep: e.aprep ?? [],
      swap: e.swap ?? false,
      undergone: e.undergone ?? false,
      weak: e.weak ?? false,
      objActor: e.objActor ?? false,
      tagged: e.tagged ?? false,
      needsTarget: e.needsTarget ?? false,
      between: e.between ?? false,
      joint: e.joint ?? false,
      progressive: e.progressive ?? false,
      silent: e.silent ?? false,
      lower: e.lower ?? false,
      unless: senseRegex(e.unless, lemma),
      unlessBefore: senseRegex(e.unlessBefore, lemma),
      when: senseRegex(e.when, lemma),
    };
  });
  const byForm = new Map<string, Trigger[]>();
  const add = (form: string, t: Trigger) => {
    const list = byForm.get(form);
    if (list) list.push(t); else byForm.set(form, [t]);
  };
  for (const t of triggers) {
    if (t.kind === 'verb') for (const form of verbForms(t.lemma, f.irregular)) add(form, t);
    else if (t.kind === 'noun') {
      if (t.words.length === 1) for (const form of nounForms(t.lemma)) add(form, t);
      else add(t.words[0], t);
    } else add(t.lemma, t);
  }
  const background = f.background.map((b) => b.split(' '));
  const lightForms = new Set(f.light.flatMap((l) => verbForms(l, f.irregular)));
  const handingForms = new Set([...lightForms, ...f.handing.flatMap((l) => verbForms(l, f.irregular))]);
  const sufferingForms = new Set(f.suffering.flatMap((l) => verbForms(l, f.irregular)));
  const steppingForms = new Set(f.steppingUp.flatMap((l) => verbForms(l, f.irregular)));
  for (const t of triggers) {
    for (const pick of t.ctl ?? []) {
      if (pick !== '=' && pick !== t.type && pick !== 'THREATEN' && pick !== 'AGREE' && !(pick in f.frameCameo)) {
        throw new Error(`event lexicon: "${t.lemma}" turns events into ${pick}, which has no CAMEO code in frameCameo`);
      }
    }
  }
  for (const missing of Object.values(f.threat).map(([c]) => c).concat(Object.values(f.intent), Object.values(f.frameCameo), triggers.map((t) => t.cameo))) {
    if (!(missing in f.goldstein)) throw new Error(`event lexicon: CAMEO ${missing} has no Goldstein score`);
  }
  return {
    triggers, byForm,
    cooperative: new Set(f.cooperative), conflict: new Set(f.conflict),
    intent: f.intent, threat: f.threat, threatModes: f.threatModes, negatedAs: f.negatedAs, frameCameo: f.frameCameo,
    goldstein: f.goldstein, status: f.status, lightForms, handingForms, sufferingForms, steppingForms, irregularPast: new Set(Object.values(f.irregular).flat()),
    cues: {
      planned: padded(f.status.planned), hypothetical: padded(f.status.hypothetical),
      negated: padded(f.status.negated), assertive: padded(f.status.assertive),
    },
    background,
    backgroundByFirst: groupByFirst(background),
    speechActs: new Set(f.speechActs),
  };
}

function padded(cues: string[]): string[] {
  return cues.map((c) => ` ${c} `);
}

function groupByFirst(phrases: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const words of phrases) {
    const list = out.get(words[0]);
    if (list) list.push(words); else out.set(words[0], [words]);
  }
  return out;
}

let cached: Lexicon | null = null;

/** The lexicon shipped with sitrep (src/nlp/events/lexicon.json), loaded once. */
export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon(require('./lexicon.json'));
  return cached;
}

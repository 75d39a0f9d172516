// The words that signal reported speech, as data: edit these lists to teach the quote finder new
// cues, channels or speaker words. Everything is lower case; verbs are listed by lemma and their
// inflected forms are generated (irregular ones are spelled out in IRREGULAR).

/** Verbs of saying: the core of news attribution ("X said", "said X", "X told Y that"). */
export const SPEECH_VERBS = [
  'say', 'tell', 'add', 'write', 'ask', 'note', 'report', 'announce', 'suggest', 'tweet', 'argue',
  'explain', 'claim', 'acknowledge', 'declare', 'insist', 'deny', 'warn', 'urge', 'predict', 'promise',
  'pledge', 'vow', 'state', 'reply', 'respond', 'recall', 'conclude', 'confirm', 'admit', 'contend',
  'assert', 'reveal', 'indicate', 'stress', 'emphasize', 'emphasise', 'testify', 'complain',
  'observe', 'remark', 'concede', 'allege', 'charge', 'counter', 'caution', 'boast', 'joke',
  'lament', 'quip', 'retort', 'reiterate', 'repeat', 'disclose', 'estimate', 'speculate', 'signal',
  'announce', 'answer', 'agree', 'acknowledge', 'assure', 'brag', 'comment', 'declare', 'mention',
  'post', 'wonder', 'worry', 'demand', 'threaten', 'recount', 'tout', 'hint', 'muse', 'point', 'yell',
  'shout', 'chant', 'write', 'email', 'inform', 'advise', 'assert', 'surmise', 'opine',
  'add', 'elaborate', 'clarify', 'forecast', 'imply', 'recommend', 'propose',
  'accuse', 'blame', 'dismiss', 'criticize', 'criticise', 'praise', 'thank', 'describe', 'call',
  'learn', 'find', 'show', 'read', 'sing', 'vent', 'gush', 'chastise', 'proclaim', 'exclaim', 'tease', 'swear',
  'affirm', 'confess',
] as const;

/**
 * Verbs of the manner of saying: cues only beside a quotation ("“This is fantastic!” beamed Donald
 * Hartley", "…,” Oliver barked"), never of reported speech ("he laughed as the crowd cheered").
 */
export const MANNER_VERBS = [
  'beam', 'bark', 'scream', 'snap', 'sigh', 'deadpan', 'chuckle', 'scoff', 'fume', 'boom',
  'roar', 'bellow', 'whisper', 'mutter', 'growl', 'grumble', 'marvel', 'murmur', 'sneer', 'rant',
  'enthuse', 'chime', 'thunder', 'holler', 'shriek', 'snarl', 'sniff', 'huff', 'gripe', 'crow',
  'blare', 'intone',
] as const;

/** Verbs of thinking and wanting: reported attitudes that PolNeAR-style annotation counts too. */
export const COGNITION_VERBS = [
  'think', 'believe', 'hope', 'fear', 'expect', 'know', 'doubt', 'suspect', 'worry', 'want',
  'understand', 'recognize', 'recognise', 'assume', 'bet', 'guess', 'imagine', 'realize',
  'realise', 'see', 'agree', 'insist', 'reckon', 'suppose', 'feel', 'view', 'regard', 'remember',
  'like', 'wish', 'mull', 'ponder',
] as const;

/**
 * Verbs of stance: a source's position rather than its words ("Trump endorsed the plan", "Cruz
 * wants to repeal it", "she called for a recount"). PolNeAR-style annotation counts them as
 * attributions; they need a speaker-like subject (a name, a pronoun, a source noun) and an object.
 */
export const STANCE_VERBS = [
  'support', 'endorse', 'oppose', 'back', 'criticize', 'criticise', 'attack', 'blast', 'slam', 'defend',
  'reject', 'question', 'cite', 'condemn', 'denounce', 'demand', 'seek', 'plan', 'refuse', 'decline',
  'talk', 'discuss', 'highlight', 'seem', 'appear', 'refer', 'welcome', 'applaud', 'challenge', 'decry', 'mock',
  'compare', 'characterize', 'portray', 'label', 'favor', 'favour', 'prefer', 'push', 'pledge',
  'promise', 'vow', 'threaten', 'aim', 'tout', 'embrace', 'champion', 'propose', 'recommend',
  'request', 'attribute', 'credit', 'invoke', 'reference', 'unveil', 'publish', 'issue',
  'express', 'voice', 'acknowledge', 'admit', 'describe', 'call', 'accuse', 'blame', 'praise',
  'thank', 'dismiss', 'urge', 'ask', 'warn', 'want', 'hope', 'expect', 'agree', 'deny', 'liken',
  // Verbs that PolNeAR's annotators took as attribution in at least half of their uses after a
  // person or source (measured on polnear-train; see the quotes eval).
  'rail', 'distance', 'bemoan', 'echo', 'deem', 'protest', 'identify', 'knock', 'remind', 'plead',
  'apologize', 'seek', 'quote', 'list', 'encourage', 'name', 'offer', 'ignore', 'order',
  'release', 'file', 'share', 'focus', 'retweet', 'vote', 'sign', 'nominate', 'speak', 'address',
  'press', 'decide', 'rebut', 'regret', 'lambaste', 'hammer', 'bash', 'ridicule', 'scold',
  'rebuke', 'chide', 'fault', 'lash', 'trumpet', 'hail', 'laud', 'commend', 'congratulate',
  'react', 'weigh', 'underscore', 'lobby', 'approve', 'brush', 'sue', 'boo', 'expose', 'present',
  'advocate', 'vouch', 'abandon', 'veto', 'appoint', 'outline', 'frame', 'downplay', 'promote', 'renew', 'resist', 'envision', 'interject', 'block', 'persuade', 'insult', 'disparage', 'dispute',
  'consider', 'assail', 'allow', 'title', 'rule', 'intend', 'determine', 'convince', 'pressure', 'love', 'admire', 'dub', 'float', 'spurn', 'taunt',
] as const;

/**
 * Stance verbs that report only with one of these words after them (adverbs may come between):
 * "spoke about the war", "spoke highly of her" report; "spoke to reporters", "spoke at a rally" do not.
 */
export const STANCE_NEEDS_PARTICLE: Record<string, readonly string[]> = {
  speak: ['about', 'of', 'out', 'up', 'against', 'for', 'favorably', 'highly', 'glowingly', 'fondly', 'warmly', 'positively', 'negatively', 'openly', 'candidly', 'publicly'],
};

/** Particles and prepositions that join a stance verb to its object ("called for", "talked about"). */
export const STANCE_PARTICLES = new Set(['for', 'about', 'on', 'against', 'of', 'to', 'with', 'up', 'out', 'over', 'into']);

/**
 * Verbs whose subject must be a document, poll or study to count ("the report shows", "a poll found"),
 * otherwise they are ordinary verbs ("the team found the car").
 */
export const EVIDENCE_VERBS = ['show', 'find', 'suggest', 'indicate', 'reveal', 'conclude', 'read', 'say', 'state'] as const;
export const EVIDENCE_NOUNS = [
  'report', 'poll', 'survey', 'study', 'analysis', 'statement', 'memo', 'letter', 'document', 'documents',
  'filing', 'complaint', 'lawsuit', 'ruling', 'review', 'data', 'research', 'audit', 'investigation',
  'indictment', 'email', 'emails', 'release', 'tweet', 'post', 'polls', 'surveys', 'studies', 'reports',
  'records', 'figures', 'numbers', 'estimates', 'paper', 'book', 'article', 'website', 'site', 'ad',
  'advertisement', 'video', 'transcript', 'order', 'assessment', 'findings', 'count', 'tally', 'projection',
  'polling', 'filings', 'documents', 'results', 'statistics', 'evidence', 'testing', 'tests', 'test',
  'letters', 'memos', 'ads', 'videos', 'photos', 'records',
  'inquiry', 'footage', 'files', 'ledgers', 'logs', 'receipts', 'filings', 'returns', 'transcripts', 'minutes',
  // Texts of law: "Article 33 affirms: …", "The constitution states that …".
  'treaty', 'convention', 'constitution', 'law', 'resolution', 'charter', 'article', 'clause', 'section', 'amendment', 'provision', 'guidelines', 'text',
] as const;

/** Verbs that say nothing alone: only with a clause after them do they report speech or thought. */
export const NEEDS_CLAUSE = new Set([
  'call', 'describe', 'praise', 'thank', 'criticize', 'criticise', 'blame', 'accuse', 'dismiss',
  'learn', 'find', 'show', 'read', 'want', 'see', 'know', 'feel', 'understand', 'recognize', 'recognise',
  'consider', 'continue', 'point', 'answer', 'post', 'text', 'email', 'project', 'figure', 'reason',
  'agree', 'comment', 'mention', 'signal', 'demand', 'threaten', 'propose', 'recommend', 'expect',
  // ("new powers to counter state threats")
  'counter',
]);

/** Irregular forms (lemma -> [third person, past, past participle, -ing]). */
export const IRREGULAR: Record<string, readonly string[]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  read: ['reads', 'read', 'read', 'reading'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  bet: ['bets', 'bet', 'bet', 'betting'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  text: ['texts', 'texted', 'texted', 'texting'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  take: ['takes', 'took', 'taken', 'taking'],
  make: ['makes', 'made', 'made', 'making'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  lend: ['lends', 'lent', 'lent', 'lending'],
  give: ['gives', 'gave', 'given', 'giving'],
  come: ['comes', 'came', 'come', 'coming'],
  go: ['goes', 'went', 'gone', 'going'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  lay: ['lays', 'laid', 'laid', 'laying'],
  stand: ['stands', 'stood', 'stood', 'standing'],
  cast: ['casts', 'cast', 'cast', 'casting'],
  pay: ['pays', 'paid', 'paid', 'paying'],
  stick: ['sticks', 'stuck', 'stuck', 'sticking'],
  shrug: ['shrugs', 'shrugged', 'shrugged', 'shrugging'],
  sign: ['signs', 'signed', 'signed', 'signing'],
  open: ['opens', 'opened', 'opened', 'opening'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  refer: ['refers', 'referred', 'referred', 'referring'],
  prefer: ['prefers', 'preferred', 'preferred', 'preferring'],
  rebut: ['rebuts', 'rebutted', 'rebutted', 'rebutting'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  file: ['files', 'filed', 'filed', 'filing'],
  echo: ['echoes', 'echoed', 'echoed', 'echoing'],
  spar: ['spars', 'sparred', 'sparred', 'sparring'],
  lobby: ['lobbies', 'lobbied', 'lobbied', 'lobbying'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
};

/** Prepositional cues that introduce a source: "according to X", "X, citing Y". */
export const SOURCE_PHRASES = ['according to', 'as reported by', 'in the words of', 'per'] as const;

/**
 * Nouns that name anonymous or collective sources ("sources said", "South Korean officials said"):
 * a speaker phrase headed by one of these is kept as written when no entity covers it.
 */
export const SOURCE_NOUNS = [
  'source', 'sources', 'official', 'officials', 'analyst', 'analysts', 'expert', 'experts', 'observer',
  'observers', 'diplomat', 'diplomats', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides',
  'advisor', 'adviser', 'advisers', 'advisors', 'critic', 'critics', 'supporter', 'supporters', 'witness',
  'witnesses', 'residents', 'people', 'person', 'lawmakers', 'legislators', 'investigators', 'prosecutors',
  'authorities', 'police', 'economists', 'scientists', 'researchers', 'activists', 'voters', 'democrats',
  'republicans', 'members', 'leaders', 'officers', 'agency', 'ministry', 'government', 'campaign',
  'group', 'party', 'committee', 'administration', 'court', 'council', 'department', 'company',
  'organization', 'network', 'newspaper', 'union', 'association', 'coalition', 'board', 'commission',
  'ad', 'panel', 'office', 'firm', 'foundation', 'institute', 'center', 'club', 'caucus', 'legislature',
  // The wire's security sources ("South Korea's military said", which wink tags an adjective).
  'military', 'army', 'navy', 'embassy', 'junta', 'regime',
];

/**
 * Heads of descriptions that stand for a person mentioned earlier ("the Russian leader said",
 * "the senator said"): resolved to the nearest suitable earlier person.
 */
export const PERSON_DESCRIPTIONS = [
  'leader', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'governor',
  'congressman', 'congresswoman', 'representative', 'lawmaker', 'candidate', 'nominee', 'chairman',
  'chairwoman', 'chair', 'secretary', 'ambassador', 'general', 'commander', 'official', 'diplomat',
  'analyst', 'expert', 'professor', 'fellow', 'director', 'chief', 'executive', 'mayor', 'judge', 'businessman',
  'businesswoman', 'billionaire', 'mogul', 'democrat', 'republican', 'frontrunner', 'front-runner',
  'dictator', 'premier', 'king', 'queen', 'prince', 'pope', 'envoy', 'negotiator', 'founder', 'author',
  'economist', 'researcher', 'scholar', 'manager', 'owner', 'lawyer', 'attorney', 'adviser', 'advisor',
  'aide', 'strategist', 'pollster', 'host', 'veteran', 'incumbent', 'speaker', 'head', 'woman', 'man',
  'coordinator', 'rapporteur', 'administrator', 'prosecutor', 'inspector', 'clerk', 'sheriff',
  'counterpart', 'commissioner', 'deputy', 'predecessor', 'successor', 'actor', 'actress', 'singer', 'comedian', 'rapper', 'musician', 'coach', 'player', 'writer', 'journalist', 'producer', 'editor', 'co-host', 'anchor', 'correspondent',
];

/** Small words a title leaves in lower case ("Dancing With the Stars"). */
export const TITLE_SMALL: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'vs.']);
/** A word of a title in marks: capitalised, a number, or one of a title's small words. */
export const titleWord = (w: string): boolean => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL.has(w.toLowerCase());

/** Pronouns that can be speakers, with what they may point back to. */
export const PRONOUNS: Record<string, 'person' | 'group' | 'thing' | 'self'> = {
  he: 'person', she: 'person', they: 'group', it: 'thing', i: 'self', we: 'self', you: 'self',
};

/** Words between a speaker and the cue that do not end the speaker phrase ("has also said"). */
export const CUE_MODIFIERS = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'once', 'again', 'repeatedly',
  'recently', 'reportedly', 'publicly', 'privately', 'separately', 'further', 'now', 'often', 'frequently',
  'first', 'subsequently', 'immediately', 'quickly', 'flatly', 'bluntly', 'simply', 'would',
  'will', 'could', 'may', 'might', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'long',
  'explicitly', 'openly', 'angrily', 'confidently', 'emphatically', 'tersely', 'still', 'even', 'already',
  'just', 'went', 'on', 'to', 'continued', 'continues', 'continue', 'however', 'too', 'instead',
  'nonetheless', 'meanwhile', 'apparently', 'initially', 'originally', 'ultimately', 'eventually',
  'overall', 'alike', 'themselves', 'himself', 'herself', 'both', 'all', 'each', 'here', 'there',
  'began', 'begun', 'begins', 'started', 'starts', 'tried', 'tries', 'attempted', 'rushed', 'moved', 'sought',
]);

/** Nouns after "in a ..." / "on ..." that name the channel of a statement. */
export const CHANNEL_NOUNS = [
  'statement', 'report', 'interview', 'opinion', 'ruling', 'order', 'dissent', 'concurrence', 'tweet', 'post', 'letter', 'email', 'speech', 'memo', 'op-ed',
  'column', 'essay', 'broadcast', 'press release', 'news release', 'press conference', 'news conference',
  'briefing', 'video', 'message', 'blog post', 'filing', 'podcast', 'radio address', 'address', 'remarks',
  'editorial', 'commentary', 'dispatch', 'telegram', 'phone call', 'call', 'conference call', 'text message',
  'readout', 'communique', 'communiqué', 'transcript', 'book', 'memoir', 'newsletter', 'note', 'release',
  'posting', 'blog', 'e-mail', 'ad', 'advertisement', 'article', 'testimony', 'affidavit',
];
/** The one-word channels, for looking a word up. */
export const CHANNEL_NOUN_SET: ReadonlySet<string> = new Set(CHANNEL_NOUNS.filter((n) => !n.includes(' ')));

/** Platforms and outlets that follow "on" ("said on X", "wrote on Facebook"). */
export const CHANNEL_PLATFORMS = [
  'x', 'twitter', 'facebook', 'instagram', 'telegram', 'tiktok', 'youtube', 'truth social', 'linkedin',
  'threads', 'weibo', 'television', 'tv', 'radio', 'state television', 'state tv', 'cnn', 'fox news',
  'msnbc', 'cbs', 'nbc', 'abc', 'bbc', 'npr', 'reddit', 'his website', 'her website', 'its website', 'social media', 'bluesky',
];

/** Hearers after "told" that are an audience, not a channel ("told reporters"). */
export const AUDIENCE_WORDS = new Set([
  'reporters', 'journalists', 'the press', 'supporters', 'the crowd', 'a crowd', 'audience', 'the audience',
  'lawmakers', 'congress', 'the committee', 'members', 'students', 'voters', 'donors', 'him', 'her', 'them',
  'us', 'me', 'officials', 'parliament', 'colleagues', 'the senate', 'the house', 'a reporter', 'the nation',
  'viewers', 'listeners', 'attendees', 'participants', 'delegates', 'mps', 'peers', 'the commons', 'senators',
  'legislators', 'parliamentarians', 'the assembly', 'the bundestag', 'the knesset', 'the duma',
]);

const VOWEL = /[aeiou]/;
/** Regular English inflection: note -> notes, noted, noting; deny -> denies, denied, denying. */
export function inflect(lemma: string): string[] {
  const irr = IRREGULAR[lemma];
  if (irr) return [lemma, ...irr];
  let s: string, ed: string, ing: string;
  if (lemma.endsWith('e')) {
    s = `${lemma}s`; ed = `${lemma}d`; ing = `${lemma.slice(0, -1)}ing`;
  } else if (/[^aeiou]y$/.test(lemma)) {
    s = `${lemma.slice(0, -1)}ies`; ed = `${lemma.slice(0, -1)}ied`; ing = `${lemma}ing`;
  } else if (/(s|sh|ch|x|z)$/.test(lemma)) {
    s = `${lemma}es`; ed = `${lemma}ed`; ing = `${lemma}ing`;
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) && VOWEL.test(lemma)) {
    // one-syllable consonant-vowel-consonant verbs double the last letter (vow is not one: w).
    const d = lemma + lemma.at(-1);
    s = `${lemma}s`; ed = `${d}ed`; ing = `${d}ing`;
  } else {
    s = `${lemma}s`; ed = `${lemma}ed`; ing = `${lemma}ing`;
  }
  return [lemma, s, ed, ing];
}

export interface CueInfo {
  lemma: string;
  kind: 'speech' | 'cognition' | 'evidence' | 'stance';
  form: 'base' | 's' | 'past' | 'ing';
}

function buildCueTable(): Map<string, CueInfo[]> {
  const table = new Map<string, CueInfo[]>();
  const add = (lemma: string, kind: CueInfo['kind']) => {
    const forms = inflect(lemma);
    const names: CueInfo['form'][] = IRREGULAR[lemma] ? ['base', 's', 'past', 'past', 'ing'] : ['base', 's', 'past', 'ing'];
    forms.forEach((f, i) => {
      const list = table.get(f) ?? [];
      if (!list.some((c) => c.lemma === lemma && c.kind === kind)) list.push({ lemma, kind, form: names[i] });
      table.set(f, list);
    });
  };
  for (const v of SPEECH_VERBS) add(v, 'speech');
  for (const v of MANNER_VERBS) add(v, 'speech');
  for (const v of COGNITION_VERBS) add(v, 'cognition');
  for (const v of STANCE_VERBS) add(v, 'stance');
  return table;
}

/** Word form -> the cue verbs it can be a form of. */
export const CUE_FORMS: ReadonlyMap<string, CueInfo[]> = buildCueTable();
export const EVIDENCE_VERB_SET: ReadonlySet<string> = new Set(EVIDENCE_VERBS);
export const MANNER_VERB_SET: ReadonlySet<string> = new Set(MANNER_VERBS);
export const EVIDENCE_NOUN_SET: ReadonlySet<string> = new Set(EVIDENCE_NOUNS);
export const SOURCE_NOUN_SET: ReadonlySet<string> = new Set(SOURCE_NOUNS);
export const PERSON_DESCRIPTION_SET: ReadonlySet<string> = new Set(PERSON_DESCRIPTIONS);

/**
 * Nouns that report a source's words or position ("criticism of the plan", "Smith's claim that …",
 * "support for Clinton"), with the words that join them to what is reported. Chosen on polnear-train,
 * where these nouns introduce an annotated attribution often enough to pay for the false ones.
 */
export const NOMINAL_CUES: Record<string, readonly string[]> = {
  criticism: ['of', 'for'],
  endorsement: ['of'],
  concerns: ['about', 'that'],
  concern: ['that'],
  claim: ['that'],
  claims: ['that'],
  assertion: ['that'],
  insistence: ['that'],
  argument: ['that'],
  belief: ['that'],
  warning: ['that', 'about'],
  warnings: ['that'],
  calls: ['for'],
  suggestion: ['that'],
  fears: ['that'],
  statement: ['that'],
  allegations: ['that'],
  allegation: ['that'],
  accusations: ['that'],
  accusation: ['that'],
  notion: ['that'],
  idea: ['that'],
  view: ['that'],
  conclusion: ['that'],
  promise: ['that'],
  pledge: ['that'],
  complaints: ['about', 'that'],
  criticisms: ['of'],
  demands: ['for'],
  praise: ['for'],
  comments: ['about', 'on'],
  attacks: ['against'],
  attack: ['against'],
  hope: ['that'],
  admission: ['that'],
};

/**
 * Adjectives of attitude that report a position after "to be" ("Cruz is critical of the deal",
 * "voters are wary of …", "she was confident that …"), with the words that join them to what is held.
 */
export const ATTITUDE_ADJECTIVES: Record<string, readonly string[]> = {
  critical: ['of'], skeptical: ['of', 'about', 'that'], sceptical: ['of', 'about', 'that'], wary: ['of', 'about'],
  concerned: ['about', 'that', 'by'], confident: ['that', 'of', 'in'], eager: ['to', 'for'], optimistic: ['about', 'that'],
  pessimistic: ['about'], hopeful: ['that', 'about'], worried: ['about', 'that', 'by'], supportive: ['of'],
  dismissive: ['of'], adamant: ['that', 'about'], convinced: ['that', 'of'], sure: ['that'], certain: ['that'],
  opposed: ['to'], reluctant: ['to'],
  angry: ['about', 'at', 'over', 'that'], upset: ['about', 'by', 'over', 'that'], furious: ['about', 'at', 'over', 'that'],
  pleased: ['with', 'that', 'by'], disappointed: ['in', 'with', 'by', 'that'], tired: ['of'], split: ['on', 'over'],
  divided: ['on', 'over'], vocal: ['about', 'in'], keen: ['to', 'on'], unsure: ['about', 'whether', 'if'],
  uncertain: ['about', 'whether'], aware: ['of', 'that'], outspoken: ['about', 'on'],
  open: ['to'], happy: ['with', 'that', 'to'], afraid: ['of', 'that'], grateful: ['for', 'to'],
  unhappy: ['with', 'about'], uncomfortable: ['with'], fond: ['of'], interested: ['in'], impressed: ['by', 'with'],
};

/**
 * Phrases built on verbs that say nothing alone ("took aim at", "weighed in on", "threw her support
 * behind"): a stance cue when the whole phrase is there. "~" stands for a possessive (his, her, their …).
 */
export const PHRASE_CUES: readonly (readonly [string, string])[] = [
  ['take', 'aim at'], ['take', 'issue with'], ['take', 'a swipe at'], ['take', 'a shot at'], ['take', 'credit for'],
  ['make', 'the case for'], ['make', 'the case that'], ['make', 'a case for'], ['make', 'a case that'], ['make', 'a pitch for'], ['make', 'an appeal to'],
  ['raise', 'questions about'], ['raise', 'concerns about'], ['raise', 'doubts about'], ['raise', 'the possibility of'],
  ['throw', '~ support behind'], ['throw', '~ weight behind'], ['lend', '~ support to'], ['give', '~ support to'],
  ['come', 'out against'], ['come', 'out for'], ['come', 'out in favor of'], ['come', 'out in support of'],
  ['weigh', 'in on'], ['weigh', 'in with'], ['go', 'after'], ['hit', 'back at'], ['hit', 'out at'], ['lash', 'out at'], ['push', 'back on'],
  ['push', 'back against'], ['lay', 'out'], ['sign', 'on to'], ['side', 'with'], ['stand', 'by'], ['stand', 'with'],
  ['back', 'away from'], ['cast', 'doubt on'], ['pour', 'cold water on'], ['pay', 'tribute to'], ['shrug', 'off'], ['brush', 'off'], ['brush', 'aside'], ['wave', 'off'],
  ['play', 'down'], ['talk', 'up'], ['sound', 'the alarm about'], ['sound', 'the alarm over'], ['speak', 'out against'],
  ['speak', 'out about'], ['stick', 'by'], ['sign', 'off on'], ['open', 'up about'], ['call', 'out'],
  ['point', 'to'], ['rule', 'out'], ['touch', 'on'], ['spar', 'over'], ['agree', 'with'], ['worry', 'about'],
  ['look', 'for'], ['believe', 'in'], ['hope', 'for'], ['count', 'on'], ['rely', 'on'], ['care', 'about'],
  ['think', 'about'], ['balk', 'at'], ['apologize', 'for'], ['comment', 'on'], ['write', 'about'], ['boast', 'of'],
  ['campaign', 'for'], ['campaign', 'against'], ['argue', 'for'], ['hint', 'at'], ['think', 'of'], ['zero', 'in on'], ['talk', 'about'],
  ['joke', 'about'], ['brag', 'about'], ['single', 'out'], ['caution', 'against'], ['warn', 'of'], ['reflect', 'on'],
  ['cast', 'a vote for'], ['cast', 'a ballot for'], ['cast', 'ballots for'], ['cast', 'votes for'], ['cast', '~ votes for'], ['cast', '~ vote for'], ['cast', '~ ballots for'],
  ['make', '~ case'], ['make', 'the point that'], ['make', 'an argument'], ['make', '~ argument'], ['make', 'no secret of'],
  ['look', 'forward to'], ['take', 'offense'], ['take', 'swipes at'], ['take', 'a jab at'], ['give', 'a preview of'],
];

/** First word form -> the phrases it can open, as word lists. */
export const PHRASE_CUE_FORMS: ReadonlyMap<string, { lemma: string; rest: string[] }[]> = (() => {
  const table = new Map<string, { lemma: string; rest: string[] }[]>();
  for (const [verb, rest] of PHRASE_CUES) {
    for (const f of inflect(verb)) {
      const list = table.get(f) ?? [];
      list.push({ lemma: `${verb} ${rest.replace('~ ', '')}`, rest: rest.split(' ') });
      table.set(f, list);
    }
  }
  return table;
})();

/**
 * Nouns that report only with a holder in front ("Trump's attacks on him", "his view of the war"):
 * without the possessor they are mostly plain nouns. Others one would expect here ("his support
 * for", "her opposition to", "his stance on") were annotated too rarely on polnear-train to pay.
 */
export const POSSESSED_NOMINAL_CUES: Record<string, readonly string[]> = {
  attacks: ['on'], attack: ['on'], view: ['of'], remarks: ['about'], proposal: ['for'],
};

/**
 * A word looked up in one of the tables above. Words come from article text, so a plain index would
 * find Object's own members ("constructor", "toString") and treat them as entries.
 */
export function entry<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

// Speakers named by a group and what qualifies it, reports that end where the sentence's main clause
// or a closing frame begins, reports around their frame, turns in a conversation, embedded posts,
// and names that look like words (a given name read as a verb, the family name He): one small
// fixture (written for this test) per case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';
import { mentionText, quotes, reportOf } from '../helpers/quotes.ts';

test('a group qualified by a phrase speaks as the whole phrase, not as what the phrase names', () => {
  const cases: Array<[string, string]> = [
    ['Executives across the region say they have no choice but to postpone hiring.', 'Executives across the region'],
    ['Sources close to the negotiations said the deal was nearly done.', 'Sources close to the negotiations'],
    ['People familiar with the matter said the deal was nearly done.', 'People familiar with the matter'],
    ['Lawmakers from both parties said the deal was nearly done.', 'Lawmakers from both parties'],
    ['Supporters of Mr. Ortega said the deal was nearly done.', 'Supporters of Mr. Ortega'],
  ];
  for (const [text, speaker] of cases) {
    const q = reportOf(text, text.includes('hiring') ? 'no choice' : 'nearly done');
    assert.equal(mentionText(text, q), speaker, text);
    assert.equal(q.speaker?.name, speaker, text);
    assert.equal(q.speaker?.entity ?? null, null, `${text}: the group is no entity it names`);
  }
});

test('a place after a group noun that opens the sentence is not the speaker ("Voters in Iowa said")', () => {
  const text = 'Voters in Iowa said the deal was nearly done.';
  const q = reportOf(text, 'nearly done');
  assert.equal(mentionText(text, q), 'Voters in Iowa');
  assert.equal(q.speaker?.name, 'Voters');
});

test('what follows "with" is no group when the noun before it is not people ("talks with officials")', () => {
  const text = 'The mayor held talks with union leaders who said the deal was nearly done.';
  assert.notEqual(mentionText(text, reportOf(text, 'nearly done')), 'talks with union leaders');
});

test('a report in a closing frame\'s words ends where the frame begins', () => {
  const text = 'The delays have made the council wary of new concessions, for fear that the builder will only demand more, people familiar with the council said.';
  const demand = quotes(text).find((q) => q.cue === 'demand');
  assert.equal(demand?.text ?? 'more', 'more', 'the frame is not part of what is demanded');
  const q = reportOf(text, 'The delays have made');
  assert.equal(mentionText(text, q), 'people familiar with the council');
});

test('a report in an opening "When …," clause ends before the main clause', () => {
  let text = 'When the mayor’s aides suggested that the city buy ten new buses as part of the budget deal, the mayor was not satisfied.';
  assert.equal(reportOf(text, 'ten new buses').text, 'the city buy ten new buses as part of the budget deal');
  // The report is the main clause's own: nothing is cut.
  text = 'When asked about the buses, the mayor said the city would buy ten more next year.';
  assert.equal(reportOf(text, 'ten more').text, 'the city would buy ten more next year');
});

test('a given name the tagger reads as a verb starts no report ("Spokeswoman Hope Hicks said")', () => {
  const text = 'Spokeswoman Hope Marlow said the senator was tired.';
  assert.ok(!quotes(text).some((q) => q.cue?.toLowerCase() === 'hope'), JSON.stringify(quotes(text).map((q) => q.cue)));
  assert.equal(reportOf(text, 'was tired').speaker?.name, 'Hope Marlow');
});

test('the family name He before a pinyin given name is a person, not the pronoun', () => {
  const text = '“Without a rollback of the tariffs, what is the incentive?” He Jianxiong, a former fund director, said at an event in Washington.';
  const q = reportOf(text, 'what is the incentive');
  assert.equal(q.speaker?.name, 'He Jianxiong');
  const people = analyzeArticle(articleFromText(text, { language: 'en' })).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(people.includes('He Jianxiong'), JSON.stringify(people));
  // The pronoun stays a pronoun.
  const plain = 'He Said the deal was done. He said the deal was done.';
  assert.ok(!analyzeArticle(articleFromText(plain, { language: 'en' })).entities.some((e) => e.name.startsWith('He ')));
});

test('an embedded post signed "— Name (@handle) date" is its signer\'s direct quotation on Twitter', async () => {
  const { extractSync } = await import('../../src/extract/index.ts');
  const html = `<!doctype html><html><head><title>Smog closes schools</title></head><body><article><h1>Smog closes schools</h1>
<p>The city’s mayor, Lena Varga, turned to Twitter on Sunday to describe the city as a smoke oven, and the schools stayed shut for a second day while the haze hung over the river valley.</p>
<blockquote class="twitter-tweet"><p>The city has turned into a smoke oven because of the fires in the hills.</p><p>I urge everyone to wear the masks we are handing out at every school https://t.co/abc123</p>— Lena Varga (@LenaVarga) November 3, 2019</blockquote>
<p>Doctors at the central hospital said admissions for breathing problems had doubled since Friday, and the health ministry said it would open two more clinics by the end of the week.</p>
</article></body></html>`;
  const article = extractSync({ uri: 'https://example.org/smog', contentType: 'text/html', bytes: new TextEncoder().encode(html), fetchedAt: null });
  const qs = analyzeArticle(article).quotes;
  const post = qs.find((q) => q.text.includes('smoke oven because'));
  assert.ok(post, JSON.stringify(qs.map((q) => q.text)));
  assert.equal(post.type, 'direct');
  assert.equal(post.speaker?.name, 'Lena Varga');
  assert.equal(post.channel, 'Twitter');
  assert.match(post.text, /wear the masks we are handing out at every school$/, 'the link is no part of the words');
  assert.equal(article.text.slice(post.start, post.end), post.text);
  assert.ok(!qs.some((q) => q !== post && q.start < post.end && post.start < q.end), 'no first-person report inside the post');
});

test('a report on both sides of its frame ("X, Benioff said, Y") is said in two parts without the frame', () => {
  const text = 'The bridge has been on his mind since 1984, Mr. Dale said, ever since he worked on its first repair.';
  const q = reportOf(text, 'on his mind');
  assert.equal(q.text, 'The bridge has been on his mind since 1984 ever since he worked on its first repair');
  assert.equal(q.parts?.length, 2);
  for (const p of q.parts ?? []) assert.ok(!text.slice(p.start, p.end).includes('said'), text.slice(p.start, p.end));
});

test('"weighed in", "chimed in" frame the quotation beside them; "telling Cook, “…”" names whom, not what', () => {
  const text = '“We all miss him so much,” Mr. Dale weighed in, telling Ortiz, “since he left, you have kept his rules.”';
  const qs = quotes(text);
  const first = qs.find((q) => q.text.startsWith('We all miss him'));
  assert.equal(first?.speaker?.name, 'Dale');
  assert.equal(first?.cue, 'weighed in');
  const second = qs.find((q) => q.text.includes('you have kept his rules'));
  assert.ok(second, JSON.stringify(qs.map((q) => q.text)));
  assert.ok(second.text.startsWith('since he left'), second.text);
  assert.equal(second.speaker?.name, 'Dale');
});

test('an envoy speaks, not the country he is sent to; hearers joined by "and" are all heard, and all accused', () => {
  const text = 'Norway’s ambassador to Chile accused Peru and Bolivia of meddling in the talks and warned that his government “will not sit still” if the talks “fall apart”.';
  const q = reportOf(text, 'meddling');
  assert.equal(q.speaker?.name, 'Norway’s ambassador to Chile');
  assert.ok(q.text.startsWith('Peru and Bolivia of meddling'), q.text);
});

test('"officials briefed on the talks", "officials involved in the plan" speak as a group', () => {
  const text = 'Two officials briefed on the talks said the deal was close.';
  assert.equal(reportOf(text, 'deal was close').speaker?.name, 'Two officials briefed on the talks');
});

test('"it" after "The Afghan Taliban …" is the Taliban, not the demonym before it', () => {
  const text = 'The Afghan Taliban claimed the attack on the convoy, which it said had left a base in Logar province.';
  const q = quotes(text).find((x) => x.cue === 'said');
  assert.equal(q?.text, 'had left a base in Logar province');
  assert.equal(q?.speaker?.name, 'Taliban');
});

test('the dateline that opens a report is no part of what was said ("VIENNA — …", "(Reuters) — …")', () => {
  let text = 'VIENNA — The old mill will be turned into a library, the city’s mayor said on Tuesday.';
  assert.equal(reportOf(text, 'old mill').text, 'The old mill will be turned into a library');
  text = '(Reuters) — The state attorney general is investigating the mill’s owner, according to two people familiar with the matter.';
  assert.equal(reportOf(text, 'investigating').text, 'The state attorney general is investigating the mill’s owner');
  // A kicker before a colon that names no place stays.
  text = 'BREAKING: The mill will close, the owner said.';
  assert.match(reportOf(text, 'mill will close').text, /^(BREAKING: )?The mill will close$/);
});

test('"a source familiar with Cruz’s thinking" is one source; "as X put it" frames what X said', () => {
  let text = 'Another source familiar with the mayor’s thinking said, “I think she will try to be friendlier.”';
  assert.equal(reportOf(text, 'friendlier').speaker?.name, 'Another source familiar with the mayor’s thinking');
  text = 'Or, as Ann Ortiz, a former harbor commissioner, put it: “The barbarians are no longer at the gate.”';
  const q = reportOf(text, 'barbarians');
  assert.equal(q.speaker?.name, 'Ann Ortiz');
  assert.equal(q.cue, 'put it');
  assert.equal(reportOf('“We cannot wait,” as the mayor put it.', 'cannot wait').speaker?.name, 'the mayor');
});

test('"told MSNBC" names a channel; "told Jane Lund" names whom it was said to, no channel', () => {
  assert.equal(reportOf('Mayor Ann Ortiz told Jane Lund that the plan had failed.', 'plan had failed').channel, null);
  assert.equal(reportOf('Mayor Ann Ortiz told MSNBC that the plan had failed.', 'plan had failed').channel, 'MSNBC');
});

test('the wire\'s security sources speak though the tagger reads "military" as an adjective ("…, South Korea\'s military said"); "our military" inside someone\'s words does not', () => {
  for (const [text, speaker] of [
    ['North Korea fired two ballistic missiles on Thursday, South Korea’s military said.', 'South Korea’s military'],
    ['Two soldiers were killed in the attack, the military said.', 'the military'],
  ] as const) {
    const q = reportOf(text, text.includes('fired') ? 'fired two' : 'soldiers were killed');
    assert.equal(mentionText(text, q), speaker, text);
  }
  const flynn = 'Retired Lt. Gen. Michael Dolan said Donald Trump was “absolutely right” when he said Wednesday night that the generals had been ignored.\n\n“He is absolutely right. There is a deep rift between this White House and frankly the president and our military,” Dolan, a top Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.” “I mean, there is a lot of frustration within the ranks.”';
  assert.ok(!quotes(flynn).some((q) => q.speaker?.name === 'our military'), JSON.stringify(quotes(flynn).map((q) => q.speaker?.name)));
});

test('"according to an AP-GfK poll released Thursday" is the poll, "a memo released Friday by the agency\'s watchdog" the watchdog; unnamed sources keep their words', () => {
  const text = [
    'Most Americans prefer cheaper goods, according to an Associated Press-GfK poll released Thursday.',
    'Archives were purged, according to a memo released Friday by the agency\'s watchdog.',
    'Clinton had a bigger haul, according to figures her campaign released Friday.',
    'The talks stalled, according to three people briefed on the discussions.',
  ].join('\n\n');
  const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
  const by = (w: string) => qs.find((q) => q.text.includes(w))?.speaker?.name;
  assert.equal(by('cheaper goods'), 'an Associated Press-GfK poll');
  assert.equal(by('Archives'), 'the agency\'s watchdog');
  assert.equal(by('bigger haul'), 'figures');
  assert.equal(by('talks stalled'), 'three people briefed on the discussions');
});

test('a speaker a Title Case heading names ("Zoe Saldana Responds To Critics") is the person the article names so', () => {
  const a = analyzeArticle(articleFromText('The actress spoke out again this week.\n\n3 Zoe Saldana Responds To Critics Who Say She Is Not Black Enough\n\nIn March, Zoe Saldana told an interviewer that she had heard it all before.', { language: 'en' }));
  const q = a.quotes.find((x) => x.text.includes('Not Black Enough'));
  const saldana = a.entities.find((e) => e.name === 'Zoe Saldana');
  assert.ok(q && saldana, JSON.stringify([a.quotes.map((x) => x.text), a.entities.map((e) => e.name)]));
  assert.equal(q.speaker?.entity, saldana.id);
});

test('"Pakistan and Afghanistan\'s Taliban government agreed": the named body after the "and" speaks, with Pakistan; "partisans and thinkers" stay one group', () => {
  const a = analyzeArticle(articleFromText('ISLAMABAD (Reuters) — Pakistan and Afghanistan\'s Taliban government agreed on Thursday to extend a fragile ceasefire and meet again next month, mediators said.', { published: '2025-06-10T12:00:00Z' }));
  const q = a.quotes.find((x) => x.text.startsWith('to extend'));
  assert.equal(q?.speaker?.name, 'Afghanistan\'s Taliban government');
  assert.deepEqual(q?.speaker?.with?.map((w) => w.name), ['Pakistan']);
  const many = analyzeArticle(articleFromText('In 2008, many partisans and thinkers said her victories were partial.', { published: '2016-06-10T12:00:00Z' }));
  assert.equal(many.quotes[0]?.speaker?.name, 'many partisans and thinkers');
});

// A quotation opened by a colon: who introduces it. A clause before the colon is its subject's
// introduction ("Cruz continued: “…”"), never a speaker label ("He added" is no name), and a heading
// that ends in a name after a dash quotes that name. Fixtures are made up for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';
import type { Quote } from '../../src/model/analysis.ts';

const quotes = (text: string): Quote[] => analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
function one(text: string, words: string): Quote {
  const qs = quotes(text);
  const q = qs.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing "${words}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
}

test('a clause with no speech verb before the colon: its subject introduces the quotation', () => {
  const text = 'Mayor Lena Ortiz spoke for an hour on Tuesday.\n\nOrtiz went even further: “The harbor will be closed to tankers by spring.”';
  const q = one(text, 'closed to tankers');
  assert.equal(q.type, 'direct');
  assert.equal(q.speaker?.name, 'Lena Ortiz');
  assert.equal(q.cue, 'went');
});

test('the clause nearest the colon introduces it, and its finite verb is the cue', () => {
  const text = 'The ferry is important to Tom Baker, and he has since apologized for the vote: “I should have read the report before the meeting.”';
  const q = one(text, 'read the report');
  assert.equal(q.speaker?.name, 'Tom Baker');
  assert.equal(q.cue, 'apologized');
});

test('"He added:" and "X said on Twitter:" are clauses, not speaker labels', () => {
  const added = 'Governor Paul Dent spoke at the dock.\n\nHe added: “We will rebuild the pier this year.”';
  assert.equal(one(added, 'rebuild the pier').speaker?.name, 'Paul Dent');
  const tweet = 'On Saturday, Governor Paul Dent said on Twitter: “The pier will reopen in June.”';
  const q = one(tweet, 'pier will reopen');
  assert.equal(q.speaker?.name, 'Paul Dent');
  assert.equal(q.channel, 'Twitter');
});

test('a heading that ends in a name after a dash quotes that name', () => {
  const text = 'LATE DECIDERS BROKE FOR THE CHALLENGER IN THREE STATES - Karen Holt: “Late deciders broke for the challenger by a wide margin.”';
  assert.equal(one(text, 'Late deciders').speaker?.name, 'Karen Holt');
});

test('"He said of the council:" gives the quotation only, not a report of "of the council"', () => {
  const text = 'Governor Paul Dent met the council on Monday.\n\nHe said of the council: “They need to act before the storm season.”';
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => q.text), ['They need to act before the storm season.']);
  assert.equal(qs[0].speaker?.name, 'Paul Dent');
});

test('"emailed supporters saying: “…”": those written to are no speaker; the subject writes', () => {
  const text = 'Senator Ann Ward lost the primary on Tuesday. She emailed supporters saying: “The struggle continues.”';
  const q = one(text, 'struggle continues');
  assert.equal(q.speaker?.name, 'Ann Ward');
  assert.equal(q.cue, 'saying');
});

test('a paragraph that ends in a colon introduces the quotation paragraph after it', () => {
  const text = 'Ann Lee spoke to the crowd in Dover on Monday. Tom Ward agreed.\n\nShe told her audience, to loud applause:\n\n“I can say with confidence that the pier will open in May.”';
  const q = one(text, 'pier will open');
  assert.equal(q.speaker?.name, 'Ann Lee');
  assert.equal(q.cue, 'told');
  const named = 'The council met on Monday.\n\nOn July 6, Tom Ward made the following comment:\n\n“The ferry will run all winter, whatever the budget says.”';
  assert.equal(one(named, 'ferry will run').speaker?.name, 'Tom Ward');
});

test('a colon inside a quotation that closes before its frame is the quoted words’, not a label: "“South Dakota: if we were any higher, …,” one user quipped."', () => {
  const qs = quotes('“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.');
  assert.deepEqual(qs.map((q) => [q.type, q.speaker?.name, q.text]), [['direct', 'one user', 'South Dakota: if we were any higher, we’d be North Dakota,']]);
  // A transcript's label is still a label when the quotation runs to the paragraph's end.
  assert.equal(quotes('PENCE: Well, look, I think the plan is good.')[0]?.speaker?.name, 'PENCE');
});

test('"Article 33 affirms:", "The report states:": the text or document before the colon speaks, though the tagger read its verb as a noun', () => {
  assert.equal(quotes('Merkel spoke first. Article 33 affirms: “No Contracting State shall expel or return a refugee.”')[0]?.speaker?.name, 'Article 33');
  assert.equal(quotes('The report states: “No Contracting State shall expel or return a refugee.”')[0]?.speaker?.name, 'The report');
  // A count before a colon is no speaker: "won 10 states:".
  assert.equal(quotes('Trump won 10 states: “It was a great night for us,” he said.')[0]?.cue, 'said');
});

test('a headline label names its speaker, then its topic: "Harbor Chief On Ortiz: ‘…’" is the chief, named in the story as "Harbor Chief Tom Baker"', () => {
  const text = 'Harbor Chief On Ortiz: ‘We Do Not Close Ports For Mayors.’\n\nHarbor Chief Tom Baker is not bowing to Mayor Lena Ortiz, who wants the port closed to tankers.';
  const q = one(text, 'Close Ports');
  assert.deepEqual([q.type, q.speaker?.name], ['direct', 'Tom Baker']);
  // A label that names no title of anyone keeps its words: "Ortiz To Council: ‘…’" is Ortiz speaking.
  assert.equal(one('Ortiz To Council: ‘The Harbor Stays Open For Now.’\n\nMayor Lena Ortiz spoke on Tuesday.', 'Harbor Stays').speaker?.name, 'Lena Ortiz');
});

test('a quotation after "doesn\'t surprise Republican pollster Daron Shaw:" is the pollster\'s, who feels what the subject causes', () => {
  const qs = analyzeArticle(articleFromText('Most Democrats said yes.\n\nThe timing of the surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates have seen the biggest boost in their national support.”', { language: 'en' })).quotes;
  const q = qs.find((x) => x.text.startsWith('Historically'));
  assert.equal(q?.speaker?.name, 'Daron Shaw', JSON.stringify(qs.map((x) => [x.text, x.speaker?.name])));
  // A verb of asking before the name keeps the asker as the speaker.
  const asked = analyzeArticle(articleFromText('At the rally, the senator asked Donald Trump: “Where is the money going to come from, and who will pay for the wall?”', { language: 'en' })).quotes;
  assert.notEqual(asked.find((x) => x.text.startsWith('Where'))?.speaker?.name, 'Donald Trump');
});

test('a transcript quoted in run-on paragraphs: each "LABEL:" paragraph is its speaker\'s, one without a label goes on with the last, and "(CROSSTALK.)", "VIDEO: …" and "Follow … on Twitter" are no one\'s', () => {
  const text = [
    'The mayor spoke on the radio.',
    '"REYES: Well, the question really is why the ferry was late again, and who knew about it.',
    '"HOST: Do you really see those two as equal? Do you really?',
    '"REYES: Well, look, the port has been out there saying some pretty tough things.',
    '"But the truth is that the ferry will run on time from Monday, whatever they say.',
    '"(CROSSTALK.)',
    '"VIDEO: They told me it was the weather when they knew it was not the weather.',
    '"Follow Ann Lee on Twitter @annlee."',
  ].join('\n\n');
  assert.deepEqual(quotes(text).map((q) => [q.speaker?.name ?? null, q.text.slice(0, 12)]),
    [['Reyes', 'Well, the qu'], ['HOST', 'Do you reall'], ['Reyes', 'Well, look, '], ['Reyes', 'But the trut']]);
});

test('a run-in heading in capitals that opens with "The" ("The Gap Goes On:") is no speaker\'s label; the reports in its paragraph are found', () => {
  const text = 'The secretary general leaves office at the end of the year after a decade in the post.\n\n'
    + 'The Gap Goes On: It was under Mr. Ban\'s watch that the General Assembly set up the agency. He has championed the rights of refugees. And in recent months, he said he backed the idea of a woman succeeding him.';
  const qs = quotes(text);
  assert.ok(!qs.some((q) => q.cue === ':'), JSON.stringify(qs.map((q) => [q.cue, q.text])));
  assert.equal(one(text, 'backed the idea').cue, 'said');
  // A label the entity layer reads as a name still speaks: "The Hill: …" in a list of outlets' takes.
  const hill = quotes('Outlets weighed in on the debate on Tuesday night.\n\nThe Hill: Trump won the night on the economy, and Clinton on temperament.');
  assert.ok(hill.some((q) => q.cue === ':'), JSON.stringify(hill.map((q) => [q.cue, q.text])));
});

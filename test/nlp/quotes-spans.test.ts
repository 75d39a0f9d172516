// Where a report's span ends or begins: words that look like its edge but are not. Fixtures are made up for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';
import type { Quote } from '../../src/model/analysis.ts';

const quotes = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).quotes;

/** The quote whose cue passes `cue`; a failure lists every cue and text found. */
function byCue(text: string, cue: (c: string) => boolean): Quote {
  const qs = quotes(text);
  const q = qs.find((x) => cue(x.cue ?? ''));
  assert.ok(q, JSON.stringify(qs.map((x) => [x.cue, x.text])));
  return q;
}

test('a "that" followed by its verb is a relative pronoun, not the start of what was said', () => {
  const q = byCue('The lawyer warned that Ann Reyes would assert her privilege in response to any questions that would be put to her.', (c) => c === 'assert');
  assert.equal(q.text, 'her privilege in response to any questions that would be put to her');
  // A "that" a little after the hearer still opens the clause.
  const told = quotes('Mayor Ann Reyes told reporters waiting at the pier that the ferry would run again in May.').find((x) => x.cue === 'told');
  assert.equal(told?.text, 'the ferry would run again in May');
});

test('a programme told, whose last word the tagger reads as a verb ("told The Harbor File that"), is the hearer, not the start of what was said', () => {
  const told = quotes('Mayor Ann Reyes told The Harbor File that the ferry would run again in May.').find((x) => x.cue === 'told');
  assert.equal(told?.text, 'the ferry would run again in May');
});

test('the object of a stance noun runs past an infinitive in it and a name word tagged as a verb', () => {
  const q = byCue('The council faced sharp criticism for its refusal to repair the old ferry pier before winter.', (c) => /criticism/.test(c));
  assert.equal(q.text, 'its refusal to repair the old ferry pier before winter');
  const attacks = quotes('The governor kept up his attacks on a former Miss Ohio over the weekend.').find((x) => x.cue === 'attacks on');
  assert.equal(attacks?.text, 'a former Miss Ohio over the weekend');
});

test('the object of a stance noun goes on past a hyphen inside a word and a possessive', () => {
  const qs = quotes('She has been persistent in her criticism of Senator Ann Ward’s vote for the ferry bill. The union kept up its criticism of the Greek-American owners of the shipyard.');
  const texts = qs.filter((x) => /criticism/.test(x.cue ?? '')).map((x) => x.text);
  assert.deepEqual(texts, ['Senator Ann Ward’s vote for the ferry bill', 'the Greek-American owners of the shipyard']);
});

test('the object of a stance noun that is a clause ("concerns about how it would work") runs past its verb', () => {
  const q = byCue('There were immediate concerns about how the ferry plan would work in winter.', (c) => /concerns/.test(c));
  assert.equal(q.text, 'how the ferry plan would work in winter');
});

test('a frame set off by commas after a time or channel phrase: the words after it go on with the report', () => {
  const q = byCue('Though the last merger went smoothly, the mayor said in a radio interview, closing the ferry line would be much harder.', (c) => c === 'said');
  assert.equal(q.text, 'Though the last merger went smoothly, the mayor said in a radio interview, closing the ferry line would be much harder');
  // A participle that is a cue of its own still starts a report of its own.
  const two = quotes('The plan is dead, the mayor said, adding that the council would decide.');
  assert.deepEqual(two.map((x) => x.text), ['The plan is dead', 'the council would decide']);
  // After a hearer or an object the comma is no frame's end ("accused Ann Ward, who …, of lying").
  const obj = quotes('Citing an old theory, Mayor Tom Reyes accused Ann Ward, who was born in Lima, of lying about the ferry.');
  assert.ok(obj.some((x) => x.cue === 'accused' && x.text.startsWith('Ann Ward')), JSON.stringify(obj.map((x) => [x.cue, x.text])));
});

test('"including", "according" and the like after a comma go on with the phrase; a participle that opens a clause does not', () => {
  const q = byCue('Mayor Tom Reyes went on to discuss the new ferry schedules, including ones showing later crossings in winter.', (c) => c === 'discuss');
  assert.equal(q.text, 'the new ferry schedules, including ones showing later crossings in winter');
  const two = quotes('Mayor Tom Reyes discussed the ferry schedules, saying the winter crossings would end.');
  assert.equal(two.find((x) => x.cue === 'discussed')?.text, 'the ferry schedules', JSON.stringify(two.map((x) => [x.cue, x.text])));
});

test('an "and" before the verb that ends a stance noun\'s object is not part of it', () => {
  const q = byCue('In an interview, Mayor Tom Reyes doubled down on his comments about Ann Ward and said the ferry would stop.', (c) => /comments/.test(c));
  assert.equal(q.text, 'Ann Ward');
});

test('a quotation before its speaker and cue keeps its frame: the words after the cue ("…, in a statement released by …") do not make it a report that swallows them', () => {
  const shown = (text: string) => quotes(text).map((x) => ({ type: x.type, text: x.text, cue: x.cue, channel: x.channel, speaker: x.speaker?.mention ? text.slice(x.speaker.mention.start, x.speaker.mention.end) : null }));
  // A comma after the cue, then a channel with a participle: once one mixed quote holding "the mayor said".
  assert.deepEqual(shown('“The ferry will run again in May,” the mayor said, in a statement issued by her office.'),
    [{ type: 'direct', text: 'The ferry will run again in May,', cue: 'said', channel: 'statement', speaker: 'the mayor' }]);
  // The same without the comma: the text was right but the quote was called mixed.
  assert.deepEqual(shown('“The ferry will run again in May,” the mayor said in a statement issued by her office.'),
    [{ type: 'direct', text: 'The ferry will run again in May,', cue: 'said', channel: 'statement', speaker: 'the mayor' }]);
  // A report with unquoted words before the frame ends where the frame begins.
  assert.deepEqual(shown('The pier is “unsafe,” she said, in remarks broadcast by the harbor radio on Friday.'),
    [{ type: 'mixed', text: 'The pier is “unsafe,', cue: 'said', channel: 'remarks', speaker: 'she' }]);
  // A quotation interrupted by such a frame is one quote, the frame left out of its text.
  const joined = quotes('“We will reopen the pier,” the mayor said in a statement issued by her office, “and we will do it before winter.”');
  assert.deepEqual(joined.map((x) => [x.type, x.text]), [['direct', 'We will reopen the pier, and we will do it before winter.']]);
  // Unquoted words on both sides of a frame set off by commas are still one report, in two parts.
  assert.deepEqual(quotes('The plan, the mayor said, is dead.').map((x) => x.text), ['The plan is dead']);
});

test('a colon after the cue opens what was said and is not part of it', () => {
  const q = byCue('The ferry company said: "The crossing was a success for many years," adding that its revenue doubled in a single year.', (c) => c === 'said');
  assert.ok(q.text.startsWith('The crossing was a success'), q.text);
});

test('where or when something was said is not what was said: "testified side-by-side before the committee", "It first appeared in 2014, when …"', () => {
  assert.deepEqual(quotes('Two envoys testified side-by-side before the House Intelligence Committee on Tuesday.').map((q) => q.text), []);
  assert.deepEqual(quotes('It first appeared in 2014, when refugees fleeing the war gathered at the border.').map((q) => q.text), []);
  // An impression that follows "that", or opens with its own subject, is still reported.
  assert.deepEqual(quotes('It appears that when the party gathers on Saturday, no one will represent the campaign.').map((q) => q.text), ['when the party gathers on Saturday, no one will represent the campaign']);
  assert.deepEqual(quotes('It seems the party has too many delegates.').map((q) => q.text), ['the party has too many delegates']);
});

test('what one responds to, when it was said or asked, is the report: "did not respond to The Hill’s request for comment"', () => {
  assert.deepEqual(quotes('The governor’s office did not respond to The Hill’s request for comment.').map((q) => q.text), ['The Hill’s request for comment']);
  // "responded to a mother by saying …": the saying is the report, not whom it answered.
  assert.deepEqual(quotes('Obama responded to a Gold Star mother on Wednesday by saying the issue was manufactured.').map((q) => q.text), ['the issue was manufactured']);
});

test("words in Title Case between marks name a work, not what anyone said: \"his biography, ''Lost Harbors: The Many Lives of Ann Reyes,''\"", () => {
  const qs = quotes("Tom Baker had hoped to republish his out-of-print biography, ''Lost Harbors: The Many Lives of Ann Reyes,'' with his original publisher this year.");
  assert.ok(!qs.some((q) => q.type === 'direct' && q.text.includes('Many Lives')), JSON.stringify(qs.map((q) => [q.type, q.text])));
  // A long quotation in sentence case after a comma still counts; so does a chant in capitals.
  const said = quotes('He had one more thing to say, “the harbor will stay open to every ship that pays its fees.”');
  assert.ok(said.some((q) => q.type === 'direct' && q.text.startsWith('the harbor will stay open')), JSON.stringify(said.map((q) => [q.type, q.text])));
});

test('a relative clause on the hearer is no part of what was told: "told the crowd who covered the lawn that the Legislature should act"', () => {
  const q = byCue('Ann Reyes told the crowd who covered the Statehouse lawn that the Legislature should direct money to schools.', (c) => c === 'told');
  assert.equal(q.text, 'the Legislature should direct money to schools');
});

test('a report in a clause that opens after a colon, or after a time ("just months after"), ends at the comma before the main clause', () => {
  const colon = byCue('Cairo itself made this clear: just months after Ann Reyes declared that the reforms had begun, rebels removed the governor from office.', (c) => c === 'declared');
  assert.equal(colon.text, 'the reforms had begun');
  const days = byCue('Two days after Mayor Ann Reyes said the ferry would run again, the council cut its budget.', (c) => c === 'said');
  assert.equal(days.text, 'the ferry would run again');
});

test('a programme named after its channel is where the words were said, not more words: "…,” Dolan, a top aide, said Thursday on Fox’s “Fox and Friends.”', () => {
  const text = '“We are absolutely right about this,” Dolan, a top aide, said Thursday on Fox’s “Fox and Friends.”';
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => [q.type, q.text, q.speaker?.name]), [['direct', 'We are absolutely right about this,', 'Dolan']]);
  // A title of a few more words, and what follows it, are no quotation either.
  const long = '“We will not back down,” Mr. Ruiz said on ABC’s “This Week with George Stephanopoulos” on Sunday.';
  assert.deepEqual(quotes(long).map((q) => q.text), ['We will not back down,']);
  // "that's" is no channel's possessive: the words after it are quoted.
  const partial = 'Those who listen to the wrong shows, he said, wind up in a debate that’s “divorced from reality.”';
  assert.ok(quotes(partial).some((q) => q.text.includes('divorced from reality')), JSON.stringify(quotes(partial).map((q) => q.text)));
});

test('a quotation after a frame set off by commas is the words, not the phrase before the frame: "In a statement, the mayor said, “…”"', () => {
  const words = (text: string) => quotes(text).map((q) => [q.type, q.cue, q.text]);
  assert.deepEqual(words('In a statement on Thursday, the harbor master said, “We will reopen the channel by Friday.”'), [['direct', 'said', 'We will reopen the channel by Friday.']]);
  assert.deepEqual(words('Instead of calling himself a reformer, Mr. Ortiz said, ‘‘I’m a builder who finishes what he starts.’’'.replace(/‘‘|’’/g, "''")), [['direct', 'said', 'I’m a builder who finishes what he starts.']]);
  // ("Reflecting on …": a stance of its own, then the quotation.)
  assert.deepEqual(words('Reflecting on his earlier career as a harbor pilot, the senator said, “I never knew what the tide would bring.”'),
    [['indirect', 'reflecting on', 'his earlier career as a harbor pilot'], ['direct', 'said', 'I never knew what the tide would bring.']]);
  // What the words are about, and a subject whose verb opens the quotation, stay in them.
  assert.deepEqual(words('Of the scrutiny over the mayor, he said, “It’s a little much.”').map(([type]) => type), ['mixed']);
  assert.deepEqual(words('Evaluating the candidates on the basis of who is up and down in the polls, Stevens said, “is like reading the tide tables backward.”').map(([type]) => type), ['mixed']);
});

test('"supposedly" in a relative clause set off by commas is hearsay about that clause, not about the whole sentence', () => {
  const qs = quotes('The two men met.\n\nMayor Tom Ward refers to the port director, who is supposedly his oldest friend, as “the boss,” while the director refers to the mayor as “Tommy.”');
  assert.ok(!qs.some((q) => q.text.startsWith('Mayor Tom Ward refers')), JSON.stringify(qs.map((q) => [q.cue, q.text])));
  assert.deepEqual(qs.filter((q) => q.cue === 'refers').map((q) => q.text.slice(0, 16)), ['the port directo', 'the mayor as “To']);
});

test('a mixed quote that opens with quoted words starts at their opening mark, so its marks pair up', () => {
  for (const [open, close] of [['“', '”'], ['"', '"']]) {
    const text = `The harbor board warned of ${open}swift${close} penalties for the ferry line.`;
    const q = byCue(text, (c) => c.startsWith("warned"));
    assert.equal(q.type, 'mixed');
    assert.equal(q.text, `${open}swift${close} penalties for the ferry line`);
    assert.equal(text.slice(q.start, q.end), q.text);
  }
});

test('"the mayor’s phone calls with other leaders" is a kind of call, not a report of the phone\'s', () => {
  const qs = quotes('The evidence ranges from the mayor’s phone calls with other harbor chiefs to his deals with the shipyard.');
  assert.ok(!qs.some((q) => q.cue === 'calls'), JSON.stringify(qs.map((q) => [q.cue, q.text])));
});

test('"the purchases Mayor Reyes requested — larger purchases “…” — into the text" is a relative clause: no report, the quoted words still hers', () => {
  let qs = quotes('Negotiators must translate the massive purchases Mayor Ann Reyes requested — larger purchases “than any time in our history, by far” — into the text of the harbor deal.');
  assert.deepEqual(qs.map((q) => [q.type, q.text, q.speaker?.name]), [['direct', 'than any time in our history, by far', 'Ann Reyes']]);
  qs = quotes('Negotiators must translate the purchases Mayor Ann Reyes requested into the text of the harbor deal.');
  assert.deepEqual(qs.map((q) => q.text), []);
  // A frame after a lead-in that lost its comma still reports.
  qs = quotes('Listing several of the mayor’s ventures she added, the mayor is a proven failure.');
  assert.ok(qs.some((q) => q.cue === 'added' && q.text.startsWith('the mayor is')), JSON.stringify(qs.map((q) => [q.cue, q.text])));
});

test('"the harbor office said the ferry missed the pier and no injuries were reported": the passive report inside is part of the office\'s words', () => {
  const qs = quotes('The harbor office said the ferry missed the pier and no injuries were reported.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [['said', 'the ferry missed the pier and no injuries were reported']]);
});

test('"launched what it called “anti-terrorist measures” in Nagorno-Karabakh on Tuesday, shelling …": the name in marks is all that was said; "a “brazen breach” of U.N. resolutions" names on', () => {
  const said = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).quotes.map((q) => q.text);
  assert.deepEqual(said('Azerbaijan’s military launched what it called “anti-terrorist measures” in Nagorno-Karabakh on Tuesday, shelling positions held by ethnic Armenian forces.'), ['anti-terrorist measures']);
  assert.ok(said('Ban Ki-moon condemned what he called a “brazen breach” of U.N. resolutions.').some((t) => t.includes('of U.N. resolutions')));
});

test('"…, a global hunger monitor said": a verb form between a noun phrase\'s words and its cue is the speaker\'s head ("monitor" is no verb there)', () => {
  const a = analyzeArticle(articleFromText('GENEVA (Reuters) — Famine is occurring in Gaza City and is likely to spread south by the end of September, a global hunger monitor said on Friday.', { published: '2025-08-22T12:00:00Z' }));
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.text]), [['a global hunger monitor', 'Famine is occurring in Gaza City and is likely to spread south by the end of September']]);
});

test('"has called attention to Islamophobia" draws notice and says nothing', () => {
  const a = analyzeArticle(articleFromText('The controversy comes as Donald Trump’s anti-Muslim rhetoric has called attention to Islamophobia in America.', { published: '2016-01-10T12:00:00Z' }));
  assert.deepEqual(a.quotes.map((q) => q.text), []);
});

test('"said at a campaign stop" is where it was said, not a reported clause "stop …" (the direct quote before it was lost); "in Toledo, Ohio, that …": the state set off by commas is where too', () => {
  const direct = quotes('“The unfairness of the tax laws is unbelievable,” Trump said at a campaign stop this week.');
  assert.deepEqual(direct.map((q) => [q.type, q.text]), [['direct', 'The unfairness of the tax laws is unbelievable,']]);
  const reported = quotes('Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never contributed to Pell Grants.');
  assert.deepEqual(reported.map((q) => q.text), ['it means Trump never contributed to Pell Grants']);
});

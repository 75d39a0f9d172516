// Quotes and who said them: one small fixture (written for this test) per case the component handles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';
import type { Quote } from '../../src/model/analysis.ts';

function quotes(text: string): Quote[] {
  return analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
}
function one(text: string, words: string): Quote {
  const qs = quotes(text);
  const q = qs.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing "${words}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q;
}
/** The quoted words a quote's offsets point at: its span, or its pieces joined when its attribution interrupts it. */
function wordsAt(text: string, q: Quote): string {
  return q.parts ? q.parts.map((p) => text.slice(p.start, p.end)).join(' ') : text.slice(q.start, q.end);
}
function mentionText(text: string, q: Quote): string | null {
  return q.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null;
}

test('direct quote in curly marks, speaker after the cue, offsets point at the words without marks', () => {
  const text = '“The bridge will reopen in May,” said Maria Lopez, the city engineer.';
  const q = one(text, 'bridge');
  assert.equal(q.type, 'direct');
  assert.equal(q.text, 'The bridge will reopen in May,');
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.speaker?.name, 'Maria Lopez');
  assert.equal(mentionText(text, q), 'Maria Lopez');
  assert.equal(q.cue, 'said');
  assert.deepEqual(q.sentence, { start: 0, end: text.length });
});

test('straight marks, speaker before the cue, a title in front of the name', () => {
  const text = '"We are ready for the storm," Gov. Tom Baker said Friday.';
  const q = one(text, 'ready');
  assert.equal(q.type, 'direct');
  assert.match(q.speaker?.name ?? '', /Tom Baker$/);
});

test('nested single quotes stay inside the outer quote', () => {
  const text = '“He told me, ‘Do not sign it,’ and I did not,” Ms. Reyes said.';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, 'He told me, ‘Do not sign it,’ and I did not,');
  assert.match(qs[0].speaker?.name ?? '', /Reyes/);
});

test('a quote of several sentences is one quote', () => {
  const text = '“The plant is closed. Nobody knows when it will open again,” said Paul Grant.';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.match(qs[0].text, /^The plant is closed\. Nobody knows/);
  assert.equal(qs[0].speaker?.name, 'Paul Grant');
});

test('a quote split around its attribution gives two quotes by the same speaker', () => {
  const text = 'Vera Mills runs the shelter.\n\n“We lost the vote,” Ms. Mills said. “But we will try again next year.”';
  const a = one(text, 'lost the vote');
  const b = one(text, 'try again');
  assert.equal(a.type, 'direct');
  assert.equal(b.type, 'direct');
  assert.equal(a.speaker?.name, 'Vera Mills');
  assert.equal(b.speaker?.name, 'Vera Mills');
});

test('a report inside the attribution of a split quote does not take over its second half', () => {
  const text = '“Wages only rise when jobs are plentiful,” said Ruth Ames, an adviser to Governor Paul Dent, who has offered advice to the mayor for years. “Nothing else comes close.”';
  const second = one(text, 'Nothing else');
  assert.equal(second.speaker?.name, 'Ruth Ames');
  assert.equal(one(text, 'Wages only').speaker?.name, 'Ruth Ames');
});

test('one sentence quoted around its attribution is one quote, its pieces joined', () => {
  const text = 'Vera Mills runs the shelter.\n\n“We lost the vote,” Ms. Mills said, “but we will try again next year.”';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  const q = qs[0];
  assert.equal(q.type, 'direct');
  assert.equal(q.text, 'We lost the vote, but we will try again next year.');
  assert.deepEqual(q.parts?.map((p) => text.slice(p.start, p.end)), ['We lost the vote,', 'but we will try again next year.']);
  assert.equal(text.slice(q.start, q.end), 'We lost the vote,” Ms. Mills said, “but we will try again next year.');
  assert.equal(q.speaker?.name, 'Vera Mills');
  assert.equal(q.cue, 'said');
});

test('"“…,” she said, adding, “…”": a second cue in the frame opens a second quotation, not one joined quote', () => {
  const text = 'Ann Lee runs the shelter.\n\n“We are not part of the campaign,” she said, adding, “The mayor is grateful for the help.”';
  const a = one(text, 'not part of');
  const b = one(text, 'grateful');
  assert.notEqual(a, b);
  assert.equal(a.cue, 'said');
  assert.equal(b.cue, 'adding');
  assert.equal(b.speaker?.name, 'Ann Lee');
  assert.equal(b.parts, undefined);
});

test('a paragraph that opens a quote and does not close it runs on into the next one', () => {
  const text = '“The first thing we did was count the boats.\n\n“Then we counted the people,” said harbor master Ian Cole.';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.match(qs[0].text, /^The first thing .* counted the people,$/s);
  assert.equal(qs[0].speaker?.name, 'Ian Cole');
});

test('a partial quote inside reported speech is one mixed quote of the reported clause', () => {
  const text = 'Senator Ann Ward said the plan was “a gift to polluters” and would not pass.';
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].type, 'mixed');
  assert.match(qs[0].text, /^the plan was “a gift to polluters” and would not pass$/);
  assert.equal(qs[0].speaker?.name, 'Ann Ward');
});

test('quoted words before the frame with words of the writer around them are mixed', () => {
  const text = 'The mayor is “out of her depth,” Councilman Rob Tate told WXYZ.';
  const q = one(text, 'out of her depth');
  assert.equal(q.type, 'mixed');
  assert.equal(q.speaker?.name, 'Rob Tate');
  assert.equal(q.channel, 'WXYZ');
});

test('an unattributed quote paragraph continues the previous speaker', () => {
  const text = '“Prices are rising fast,” said economist Lena Fox.\n\n“Families will feel it by the winter, and the poorest will feel it first.”';
  const q = one(text, 'Families will feel it');
  assert.equal(q.type, 'direct');
  assert.equal(q.speaker?.name, 'Lena Fox');
});

test('a speaker named only in the next sentence', () => {
  const text = 'The strike entered its third week.\n\n“We will not leave this yard.” Union leader Sam Ortiz said so on Monday.';
  const q = one(text, 'will not leave');
  assert.equal(q.speaker?.name, 'Sam Ortiz');
  assert.equal(mentionText(text, q), 'Union leader Sam Ortiz');
});

test('indirect speech: the reported clause is the quote, with and without "that"', () => {
  const cases: [string, string, string, string][] = [
    ['The minister said that the border would stay open.', 'the border would stay open', 'said', 'The minister'],
    ['Engineers warned the dam could fail within days.', 'the dam could fail within days', 'warned', 'Engineers'],
    ['The company denied it had broken any rules.', 'it had broken any rules', 'denied', 'The company'],
    ['Dr. Omar Haddad noted that cases were falling.', 'cases were falling', 'noted', 'Dr. Omar Haddad'],
    ['Critics argued the law went too far.', 'the law went too far', 'argued', 'Critics'],
    ['The coach suggested the team needed rest.', 'the team needed rest', 'suggested', 'The coach'],
    ['Ms. Chen insisted she had paid the fine.', 'she had paid the fine', 'insisted', 'Ms. Chen'],
  ];
  for (const [text, clause, cue, speaker] of cases) {
    const qs = quotes(text);
    assert.equal(qs.length, 1, text);
    assert.equal(qs[0].type, 'indirect', text);
    assert.equal(qs[0].text, clause, text);
    assert.equal(qs[0].cue, cue, text);
    assert.equal(text.slice(qs[0].speaker!.mention!.start, qs[0].speaker!.mention!.end), speaker, text);
  }
});

test('"according to X" before and after the clause, "sources said", "X reported that"', () => {
  let q = quotes('According to the audit, the fund lost two million dollars.')[0];
  assert.equal(q.text, 'the fund lost two million dollars');
  assert.equal(q.cue, 'according to');
  assert.equal(q.speaker?.name, 'the audit');
  q = quotes('The fund lost two million dollars last year, according to the audit.')[0];
  assert.equal(q.text, 'The fund lost two million dollars last year');
  q = quotes('The talks had collapsed by midnight, sources said.')[0];
  assert.equal(q.text, 'The talks had collapsed by midnight');
  assert.equal(q.speaker?.name, 'sources');
  q = quotes('Reuters reported that the deal was signed in Oslo.')[0];
  assert.equal(q.text, 'the deal was signed in Oslo');
  assert.equal(q.speaker?.name, 'Reuters');
});

test('pronoun speakers resolve to the person named before them', () => {
  const text = 'Mayor Ken Ito arrived late to the council meeting.\n\n“The budget is final,” he said.';
  const q = one(text, 'budget is final');
  assert.equal(q.speaker?.name, 'Ken Ito');
  assert.equal(mentionText(text, q), 'he');
  assert.ok(q.speaker?.entity, 'the pronoun points at the entity');
});

test('a description resolves to the person it stands for', () => {
  const text = 'Russian President Vladimir Putin met the delegation in Moscow on Monday.\n\nThe Russian leader said the talks had been useful.';
  const q = one(text, 'talks had been useful');
  assert.equal(q.speaker?.name, 'Vladimir Putin');
  assert.equal(mentionText(text, q), 'The Russian leader');
});

test('organisations and metonyms speak, with the channel they used', () => {
  let text = 'The Kremlin said in a statement that the meeting would take place soon.';
  let q = quotes(text)[0];
  assert.equal(q.speaker?.name, 'Kremlin');
  assert.equal(q.channel, 'statement');
  assert.equal(q.text, 'the meeting would take place soon');
  text = 'Tass news agency said the plane had landed safely.';
  q = quotes(text)[0];
  assert.equal(q.speaker?.name, 'Tass');
});

test('unnamed groups keep their words as the speaker name; officials of a state speak for it', () => {
  const text = 'South Korean officials said the train had crossed the border.';
  const a = analyzeArticle(articleFromText(text, { language: 'en' }));
  const q = a.quotes[0];
  assert.equal(q.speaker?.name, 'South Korean officials');
  // (The state they speak for, so that a desk's counts of who said what by country count them.)
  assert.equal(a.entities.find((e) => e.id === q.speaker?.entity)?.country, 'KOR');
  assert.equal(quotes('Western analysts said the sanctions would bite.')[0]?.speaker?.entity, null);
  assert.equal(quotes('Local officials said the road was closed.')[0]?.speaker?.entity, null);
});

test('channels: told X, on X, in an interview', () => {
  let q = one('“It is over,” Mr. Diaz told CNN.', 'It is over');
  assert.equal(q.channel, 'CNN');
  q = quotes('The ministry said on X that the airport had reopened.')[0];
  assert.equal(q.channel, 'X');
  assert.equal(q.text, 'the airport had reopened');
  q = one('“We were never told,” Ms. Park said in an interview.', 'never told');
  assert.equal(q.channel, 'interview');
  q = one('Deputy Chief Mark Bell told reporters that the road was closed.', 'road was closed');
  assert.equal(q.channel, null, 'reporters are the audience, not a channel');
});

test('scare quotes and titles are not quotations', () => {
  const qs = quotes('The film “Blue Harbor” opened in June to what critics called a “modest” crowd.');
  assert.equal(qs.filter((q) => q.type === 'direct').length, 0);
});

test('text with no quotation gives no quotes, and every quote validates against its own text', () => {
  assert.deepEqual(quotes('The river rose two metres overnight. Schools stayed closed.'), []);
  const text = '“One,” said Ann Lee. “Two.” The agency reported that three was next.';
  for (const q of quotes(text)) {
    assert.equal(wordsAt(text, q), q.text);
    assert.ok(q.sentence.start <= q.start && q.sentence.end >= q.end);
  }
});

test('transcript labels and headline labels name the speaker of the paragraph', () => {
  const text = 'HOST: Are you worried about the vote tomorrow night?\n\nMORALES: Not at all. We have the numbers and we will win.';
  const q = one(text, 'We have the numbers');
  assert.equal(q.speaker?.name.toUpperCase(), 'MORALES');
  assert.equal(q.cue, ':');
  assert.match(q.text, /^Not at all\. We have the numbers and we will win$/);
});

test('a signature after a dash attributes a reader’s quote', () => {
  const text = '“The debate told me nothing new about either of them.” ― Carla Diaz';
  const q = one(text, 'debate told me');
  assert.equal(q.speaker?.name, 'Carla Diaz');
});

test('a second cue that shares the subject ("X did A and said B") is its own report', () => {
  const text = 'The senator visited the plant on Monday and said the jobs would stay in the state.';
  const q = one(text, 'jobs would stay');
  assert.equal(q.type, 'indirect');
  assert.equal(mentionText(text, q), 'The senator');
});

test('positions are reported too: endorsed, called for, wants to', () => {
  let q = one('Governor Lena Park endorsed the school bond on Tuesday.', 'school bond');
  assert.equal(q.cue, 'endorsed');
  assert.equal(q.speaker?.name, 'Lena Park');
  q = one('Ms. Park called for a recount of the ballots.', 'recount');
  assert.equal(q.cue, 'called');
  q = one('Mr. Okafor wants to raise the tax on tobacco.', 'raise the tax');
  assert.equal(q.type, 'indirect');
});

test('the report on both sides of a parenthetical source', () => {
  const text = 'Since March, according to the monitoring group, the army has moved two brigades north.';
  const q = quotes(text)[0];
  assert.equal(q.speaker?.name, 'the monitoring group');
  // One report in two parts: the frame between them is no part of what was said.
  assert.equal(q.text, 'Since March the army has moved two brigades north');
  assert.equal(text.slice(q.start, q.end), 'Since March, according to the monitoring group, the army has moved two brigades north');
  const p = quotes('The plan, Ms. Okoye said, would cost less than the old one.')[0];
  assert.equal(p.text, 'The plan would cost less than the old one');
});

test('poll groups speak: "most said", "26 percent said"', () => {
  const q = one('Asked about the tax, 26 percent said they would pay it.', 'would pay it');
  assert.equal(q.speaker?.name, '26 percent');
});

test('odd input does not break the quote stage and every span stays inside the text', () => {
  const odd = [
    '', '"', '“', '”', "''", '" " " "', '“““ said said said ”””', 'said.', 'According to', ': : :',
    'HEADLINE:', '“Unclosed at the very end', '—', '"a" "b" "c" said "d"', '‘', 'He said, “', '<script>alert(1)</script> said Bob.',
  ];
  for (const text of odd) {
    const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
    for (const q of qs) {
      assert.ok(q.start >= 0 && q.end <= text.length && q.start <= q.end, JSON.stringify(text));
      assert.equal(wordsAt(text, q), q.text);
    }
  }
});

test('"Asked whether …, X said …": the question is reported with no named asker, the answer by X', () => {
  const text = 'Asked whether he would run again, Mr. Reid said he would not decide before May.';
  const q = one(text, 'whether he would run again');
  assert.equal(q.speaker, null);
  assert.equal(q.cue, 'asked');
  const a = one(text, 'would not decide');
  assert.match(a.speaker?.name ?? '', /Reid/);
});

test('a cue verb wink tags as a noun after a plural subject still reports: "surveys show …", "two-thirds support …"', () => {
  const text = 'County surveys show that most farmers plan to sell early this year. Two-thirds support paying growers a fixed rate.';
  const a = one(text, 'most farmers plan');
  assert.equal(a.cue, 'show');
  const b = one(text, 'paying growers');
  assert.equal(b.cue, 'support');
});

test('a subject with an appositive shares the second verb: "X, a …, became … and said …"', () => {
  const text = 'Rita Moran, a retired nurse from Tulsa, joined the board and said she is leaning toward the new plan.';
  const q = one(text, 'leaning toward');
  assert.equal(mentionText(text, q), 'Rita Moran');
});

test('a stance verb measured on the corpus: "sought to …", "hammered …"', () => {
  const text = 'Mayor Lee sought to calm the crowd after the vote.';
  const q = one(text, 'calm the crowd');
  assert.equal(q.cue, 'sought');
  assert.equal(mentionText(text, q), 'Mayor Lee');
});

test('a passive report with no named source: "X is expected to …" has a null speaker', () => {
  const text = 'The city council is widely expected to approve the new budget on Monday.';
  const q = one(text, 'approve the new budget');
  assert.equal(q.speaker, null);
  assert.equal(q.cue, 'expected');
  assert.ok(q.text.startsWith('The city council'));
});

test('a stance with a one-word object that names someone: "attacked Ramirez"', () => {
  const text = 'At the rally Governor Hale attacked Ramirez.';
  const q = one(text, 'Ramirez');
  assert.equal(q.cue, 'attacked');
});

test('sources a tagger or a plain noun-phrase reader misses: "those surveyed say", "a report published Monday said", "the incumbent said"', () => {
  let text = 'Asked in March, those surveyed say the town should build a second bridge.';
  assert.equal(mentionText(text, one(text, 'second bridge')), 'those surveyed');
  text = 'A county report published Monday said the reservoir was half empty.';
  assert.match(mentionText(text, one(text, 'half empty')) ?? '', /report$/);
  text = 'The Democratic incumbent said that her record speaks for itself.';
  assert.equal(mentionText(text, one(text, 'record speaks')), 'The Democratic incumbent');
});

test('the subject speaks through a participle after a dash or "while": "X did Y – saying …"', () => {
  const text = 'Laura Kent changed her vote at the last minute – saying she had been persuaded by the nurses.';
  const q = one(text, 'persuaded by the nurses');
  assert.equal(mentionText(text, q), 'Laura Kent');
});

test('a noun that reports: "Hale\'s claim that …", "criticism of …" (the possessor holds it)', () => {
  const text = "Mayor Hale's claim that the bridge was safe did not survive the inspection.";
  const q = one(text, 'the bridge was safe');
  assert.equal(q.cue, 'claim that');
  assert.match(mentionText(text, q) ?? '', /Hale/);
});

test('quoted words inside a reported clause after a frame make the clause a mixed quote', () => {
  const text = '“We will finish it,” Rosa Diaz said, adding that the new dam would end “years of flooding” in the valley.';
  const q = one(text, 'the new dam would end');
  assert.equal(q.type, 'mixed');
  assert.ok(q.text.includes('years of flooding'));
  assert.equal(quotes(text).filter((x) => x.text.includes('years of flooding')).length, 1);
});

test('object reports after a leading adverbial, and "made clear that"', () => {
  let text = 'In a long speech, Ms. Ortiz accused the council of neglecting the harbor.';
  const a = one(text, 'neglecting the harbor');
  assert.ok(a.text.startsWith('the council'));
  text = 'Ms. Ortiz made it clear that she would not run again.';
  assert.equal(one(text, 'would not run again').cue, 'made it clear');
});

test('impressions and hearsay with no named holder: "X appeared ready to …", "X reportedly …"', () => {
  let text = 'Several council members appeared ready to abandon the mayor.';
  let q = one(text, 'ready to abandon');
  assert.equal(q.speaker, null);
  assert.ok(q.text.startsWith('Several council members'));
  text = 'The governor reportedly fired two of his advisers last week.';
  q = one(text, 'fired two of his advisers');
  assert.equal(q.speaker, null);
  assert.equal(q.cue, 'reportedly');
});

test('a passive question with no named asker: "X was asked about …"', () => {
  const text = 'Ms. Lane was asked about the speeches she gave to bankers.';
  const q = one(text, 'the speeches she gave');
  assert.equal(q.speaker, null);
  assert.equal(q.cue, 'asked');
});

test('title-case headlines keep their verbs: "X Says Y Is …", "X Slams Y"', () => {
  let text = 'Former Mayor Says Harbor Plan Is Doomed\n\nThe story follows here.';
  assert.equal(one(text, 'Harbor Plan Is Doomed').cue, 'says');
  text = 'Governor Hale Slams Council Over Budget\n\nThe story follows here.';
  assert.equal(one(text, 'Council Over Budget').cue, 'slams');
});

test('a speech verb reports the words after it even when the tagger finds no verb there', () => {
  const text = 'Prices rose again. Dr. Okafor said each extra year of schooling yields a raise.';
  assert.equal(mentionText(text, one(text, 'each extra year')), 'Dr. Okafor');
});

test('an opening participle reports for the subject after the comma; stance verbs take described and plural subjects', () => {
  let text = 'After thanking the volunteers, she described the long night of counting.';
  assert.equal(mentionText(text, one(text, 'the volunteers')), 'she');
  text = 'Declaring that only he could fix the port, the shipping magnate offered himself as a candidate.';
  assert.equal(mentionText(text, one(text, 'only he could fix the port')), 'the shipping magnate');
  text = 'The farmers opposed the new water tax.';
  assert.equal(one(text, 'the new water tax').cue, 'opposed');
});

test('a speaker named by a relative pronoun: the name is the antecedent, the mention the pronoun', () => {
  const text = 'The senator, who opposed the bill, spoke first.';
  const q = one(text, 'the bill');
  assert.equal(q.cue, 'opposed');
  assert.equal(mentionText(text, q), 'who');
  assert.match(q.speaker?.name ?? '', /senator/i);
});

test('a clause set off by commas before the cue is an aside: the mention is the name before it, not "who"', () => {
  const text = 'Mayor Lena Ortiz, who took office in May, said the harbor would reopen in June.';
  const q = one(text, 'harbor would reopen');
  assert.equal(q.cue, 'said');
  assert.equal(mentionText(text, q), 'Mayor Lena Ortiz');
  assert.equal(q.speaker?.name, 'Lena Ortiz');
});

test('a position held after "to be": "X has been critical of …", "voters are wary of …"', () => {
  const text = 'Senator Moss has been sharply critical of the harbor deal.';
  const q = one(text, 'the harbor deal');
  assert.equal(mentionText(text, q), 'Senator Moss');
  assert.match(q.cue ?? '', /critical of$/);
});

test('phrase cues built on light verbs: "took aim at", "threw her support behind"', () => {
  let text = 'Senator Moss took aim at the harbor deal.';
  assert.equal(one(text, 'the harbor deal').cue, 'took aim at');
  text = 'Ms. Lee threw her support behind the mayor.';
  assert.equal(mentionText(text, one(text, 'the mayor')), 'Ms. Lee');
});

test('documents and polls report: "In a poll released Monday, …", "…, new filings show.", "A poll showed a narrow lead"', () => {
  let text = 'In a county poll released Monday, 50 percent of respondents chose Ames while 40 percent chose Bell.';
  let q = one(text, '50 percent of respondents');
  assert.equal(mentionText(text, q), 'a county poll');
  text = 'More than half of the money arrived in March, new county filings show.';
  assert.equal(one(text, 'half of the money').cue, 'show');
  text = 'A state poll showed a narrow lead for Ames.';
  q = one(text, 'a narrow lead');
  assert.equal(mentionText(text, q), 'A state poll');
});

test('a frame after a quote may say where it was said ("said in his office overlooking the bay"); "Said X, …, “…”"', () => {
  let text = "''We were ready,'' Mr. Ruiz, the mayor of Tampa, said in his office overlooking the bay.";
  assert.equal(mentionText(text, one(text, 'We were ready')), 'Mr. Ruiz');
  text = 'Said Ann Cole, who grew up on the street, “We were all so proud of him.”';
  assert.equal(mentionText(text, one(text, 'so proud of him')), 'Ann Cole');
});

test('the name between two commas speaks when what precedes it is a description', () => {
  const text = 'One delegate not on the mayor’s slate, Kelly Marsh, told the paper she was leaning toward Ames.';
  assert.equal(mentionText(text, one(text, 'leaning toward Ames')), 'Kelly Marsh');
});

test('coordinated plural speakers, "here" before the cue, and a person who "found that …"', () => {
  let text = 'Support is strong in the valley, teachers and union officials told the paper.';
  assert.equal(mentionText(text, one(text, 'Support is strong')), 'teachers and union officials');
  text = 'Her campaign workers here said they had knocked on every door.';
  assert.equal(mentionText(text, one(text, 'knocked on every door')), 'Her campaign workers');
  text = 'Over the years he has found that voters reward candor.';
  assert.equal(one(text, 'voters reward candor').cue, 'found');
});

test('a noun that needs its holder: "Bell\'s attacks on him"; possessive pronouns resolve like pronouns', () => {
  const text = 'Mayor Ann Bell spoke first. Later her attacks on the council grew sharper.';
  const q = one(text, 'the council');
  assert.equal(q.cue, 'attacks on');
  assert.equal(mentionText(text, q), 'her');
  assert.match(q.speaker?.name ?? '', /Bell/);
});

test('words that are names of Object members ("constructor", "toString") are ordinary words', () => {
  const text = 'The constructor of the bridge said it was safe. A valueOf claim toString that. Constructor toString said hasOwnProperty.';
  const q = one(text, 'it was safe');
  assert.equal(q.cue, 'said');
});

test('a report may open with a quantity ("reported at least six …") after a leading clause', () => {
  const text = 'As the parade rolled through town, WXYZ reported at least six planes filled the sky.';
  const q = one(text, 'six planes');
  assert.equal(mentionText(text, q), 'WXYZ');
});

test('aspect verbs between a speaker and the cue: "X began to criticize …"', () => {
  const text = 'Senator Ames began to criticize the harbor plan.';
  assert.equal(mentionText(text, one(text, 'the harbor plan')), 'Senator Ames');
});

test('a poll or record named before a phrase that ends in another noun still vouches: "A survey of growers in May found …"', () => {
  let text = 'A survey of orchard growers in Ohio found that most expect a smaller harvest.';
  assert.equal(one(text, 'most expect a smaller harvest').cue, 'found');
  text = 'The team of researchers found that the river had cooled.';
  assert.equal(one(text, 'the river had cooled').cue, 'found');
  // a person who finds a thing reports nothing
  text = 'The farmer found the keys under the porch.';
  assert.equal(quotes(text).length, 0);
});

test('a one-word answer closing the sentence is what was said ("most said so", "Kemp said no")', () => {
  let text = 'Last spring, 41 percent of the growers said so.';
  let q = one(text, 'so');
  assert.equal(q.text, 'so');
  assert.equal(q.cue, 'said');
  text = 'Asked if he would run again, Mayor Kemp said no.';
  q = one(text, 'no');
  assert.match(q.text, /^no\.?$/);
  assert.match(q.speaker?.name ?? '', /Kemp/);
});

test('an infinitive after a stance verb is the report however short: "declined to comment"', () => {
  const text = 'A spokeswoman for the harbor declined to comment.';
  const q = one(text, 'comment');
  assert.equal(q.text, 'to comment');
  assert.match(mentionText(text, q) ?? '', /spokeswoman/);
});

test('a surname the tagger reads as an adverb before "said" is the speaker', () => {
  const text = 'Jolly said he would be careful with the budget.';
  assert.equal(mentionText(text, one(text, 'careful with the budget')), 'Jolly');
});

test('"spoke" reports only about something ("spoke highly of"), not where or to whom ("spoke at a rally")', () => {
  let text = 'Mayor Ann Bell spoke highly of the new harbor plan.';
  assert.equal(one(text, 'the new harbor plan').cue, 'spoke');
  text = 'Mayor Ann Bell spoke at a rally in the harbor district.';
  assert.equal(quotes(text).length, 0);
});

test('a paragraph break inside a sentence does not hide the speaker before an appositive', () => {
  const text = 'The hall was full (see the timeline below.)\nDana Ruiz, a retired harbor pilot, said the channel needs dredging.';
  const q = one(text, 'the channel needs dredging');
  assert.match(mentionText(text, q) ?? '', /Dana Ruiz/);
});

test('"Senator X of Ohio said": the person speaks, not the state', () => {
  const text = 'Senator Paul Garvey of Ohio, the senior Republican on the panel, said the vote will come on Monday.';
  const q = one(text, 'the vote will come');
  assert.match(q.speaker?.name ?? '', /Garvey/);
});

test('a title-case word inside a name is not a headline verb ("the United States Embassy")', () => {
  const text = 'Staff at the United States Embassy in Lima left early on Friday.';
  assert.equal(quotes(text).length, 0);
});

test('a stance or belief inside another report is part of that report, not a quote of its own', () => {
  let text = 'Councillor Reyes said Mayor Ortiz wants to build a second bridge over the river.';
  let qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].cue, 'said');
  assert.match(qs[0].text, /^Mayor Ortiz wants to build/);
  text = 'Mayor Ortiz wants to build a second bridge over the river.';
  qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].cue, 'wants');
});

test('a passive cue with its agent: "The plan was criticized by Senator Ames" reports the plan, spoken of by Ames', () => {
  const text = 'Her harbor plan was sharply criticized on Monday by Senator Ames.';
  const q = one(text, 'harbor plan');
  assert.equal(q.text, 'Her harbor plan');
  assert.equal(q.cue, 'criticized');
  assert.equal(mentionText(text, q), 'Senator Ames');
  // a passive without a "by" agent is still reported (PolNeAR counts it), with no speaker
  const bare = quotes('Her harbor plan was sharply criticized on Monday.').filter((x) => x.cue === 'criticized');
  assert.equal(bare.length, 1);
  assert.equal(bare[0].speaker, null);
});

test('a reputation with no holder named: "X is seen as …", "is known for …"', () => {
  let text = 'Mrs. Lee is seen as far more capable of fixing the port than Mr. Ortiz.';
  let q = one(text, 'far more capable');
  assert.equal(q.cue, 'seen');
  assert.equal(q.speaker, null);
  text = 'The judge is known for speaking her mind on zoning.';
  q = one(text, 'speaking her mind');
  assert.equal(q.cue, 'known');
  // "seen" as plain sight reports nothing
  assert.equal(quotes('The ship was seen near the harbor at dawn.').length, 0);
});

test('"when asked about …" in mid-sentence reports the question, asked by no one named', () => {
  const text = 'Speaking on a radio show, when asked about the harbor plan, Mayor Ortiz shrugged.';
  const q = one(text, 'the harbor plan');
  assert.equal(q.cue, 'asked');
  assert.equal(q.speaker, null);
});

test('a participle after a speech frame belongs to its speaker: "…,” Ramos said, referring to …", "…, mocking …"', () => {
  let text = '“They grow fast,” Ramos said Monday, referring to the harbor towns.';
  let q = one(text, 'the harbor towns');
  assert.equal(q.cue, 'referring');
  assert.equal(mentionText(text, q), 'Ramos');
  text = 'And even Mayor Ortiz tried to calm them, noting that the bridge would reopen soon.';
  q = one(text, 'the bridge would reopen');
  assert.equal(mentionText(text, q), 'Mayor Ortiz');
  text = 'He continued his assault on Mr. Bell, mocking his famous speech.';
  assert.equal(one(text, 'his famous speech').cue, 'mocking');
});

test('a verb of position the tagger reads as a noun after a plural subject: "residents support a ban", "councillors plan to …"', () => {
  let text = 'Harbor residents support a ban on night flights.';
  let q = one(text, 'a ban on night flights');
  assert.equal(q.cue, 'support');
  assert.equal(mentionText(text, q), 'Harbor residents');
  text = 'If the councillors plan to delay the vote, the mayor will object.';
  q = one(text, 'to delay the vote');
  assert.equal(q.cue, 'plan');
});

test('a second speech verb sharing the subject ends the first report: "X admitted A, but said B"', () => {
  let text = 'Mayor Ortiz admitted that the permit was late, but said the bridge would open in May.';
  let q = one(text, 'the permit was late');
  assert.equal(q.text, 'the permit was late');
  q = one(text, 'the bridge would open');
  assert.equal(q.cue, 'said');
  assert.equal(mentionText(text, q), 'Mayor Ortiz');
  text = 'The mayor praised the plan, but said the council would need more time.';
  q = one(text, 'the plan');
  assert.equal(q.cue, 'praised');
  assert.equal(q.text, 'the plan');
});

test('views with "as" and feelings: "He sees X as a uniter", "residents view the bridge as …", "she feels that …"', () => {
  let text = 'He sees Mayor Ortiz as a uniter.';
  assert.equal(one(text, 'Mayor Ortiz as a uniter').cue, 'sees');
  text = 'Most residents view the bridge as a waste of money.';
  assert.equal(mentionText(text, one(text, 'the bridge as a waste')), 'Most residents');
  text = 'Ms. Bell feels the council ignored the harbor towns.';
  assert.equal(one(text, 'the council ignored').cue, 'feels');
  // seeing a thing is not a view of it
  assert.equal(quotes('He saw the ship at dawn.').length, 0);
});

test('a speech verb with a short object closing the sentence reports it: "Ortiz says harsh things"', () => {
  const text = 'Mayor Ortiz says harsh things.';
  assert.equal(one(text, 'harsh things').cue, 'says');
  assert.equal(quotes('Mayor Ortiz said Monday.').length, 0);
});

test('phrase cues: "pointed to his record", "ruled out a run", "touched on the budget"', () => {
  let text = 'Mayor Ortiz pointed to his record on the harbor.';
  assert.equal(one(text, 'his record on the harbor').cue, 'pointed to');
  text = 'Ms. Bell ruled out a run for the senate.';
  assert.equal(one(text, 'a run for the senate').cue, 'ruled out');
});

test('more phrase cues: "commented on", "apologized for", "believes in"', () => {
  let text = 'Ms. Bell commented on the harbor budget.';
  assert.equal(one(text, 'the harbor budget').cue, 'commented on');
  text = 'Mayor Ortiz apologized for the late permits.';
  assert.equal(one(text, 'the late permits').cue, 'apologized for');
});

test('"it seems/appears (that) …": the clause after is an impression held by no one named', () => {
  const text = 'It appears, though, that the bridge will open late.';
  const q = one(text, 'the bridge will open late');
  assert.equal(q.cue, 'appears');
  assert.equal(q.speaker, null);
});

test('polls and their shares: "Exit polling showed …", "Nearly a third say …", "polls told a tale of …"', () => {
  let text = 'Exit polling showed that Ortiz won every district.';
  assert.equal(mentionText(text, one(text, 'Ortiz won every district')), 'Exit polling');
  text = 'Nearly a third say they do not know.';
  assert.equal(mentionText(text, one(text, 'they do not know')), 'Nearly a third');
  text = 'Exit polls told a tale of two harbors.';
  assert.equal(one(text, 'a tale of two harbors').cue, 'told');
});

test('a participle after a comma is a report of its own: "proposed a ban, citing fears of noise"', () => {
  const text = 'Mayor Ortiz proposed a ban on night flights, citing fears of noise.';
  assert.equal(one(text, 'a ban on night flights').text, 'a ban on night flights');
  const q = one(text, 'fears of noise');
  assert.equal(q.cue, 'citing');
  assert.equal(mentionText(text, q), 'Mayor Ortiz');
});

test('"urged a strong stand, saying …": the object is what was urged, the participle a report of its own', () => {
  const text = 'Ms. Bell urged a strong stand, saying that otherwise the council would ignore them.';
  assert.equal(one(text, 'a strong stand').text, 'a strong stand');
  assert.equal(one(text, 'the council would ignore them').cue, 'saying');
});

test('more nouns that report: "complaints that …", "praise for …"', () => {
  const text = 'There were complaints that the ferry ran late every morning.';
  assert.equal(one(text, 'the ferry ran late').cue, 'complaints that');
});

test('more stance verbs measured on train: "disputed the count", "resisted calls to resign"', () => {
  let text = 'Mayor Ortiz disputed the harbor count.';
  assert.equal(one(text, 'the harbor count').cue, 'disputed');
  text = 'Ms. Bell resisted calls to resign from the council.';
  assert.equal(one(text, 'calls to resign').cue, 'resisted');
});

test('speech verbs vent, proclaim: "Ms. Bell vented that …"', () => {
  const text = 'Ms. Bell vented that the ferry schedule was a mess.';
  assert.equal(one(text, 'the ferry schedule was a mess').cue, 'vented');
});

test('phrase cues campaign against, hint at, zero in on', () => {
  const text = 'Ms. Bell campaigned against the harbor tax.';
  assert.equal(one(text, 'the harbor tax').cue, 'campaigned against');
});

test('stance verbs outline, downplay: "Ms. Bell outlined a plan for the ferry"', () => {
  const text = 'Ms. Bell outlined a plan for the night ferry.';
  assert.equal(one(text, 'a plan for the night ferry').cue, 'outlined');
});

test('a second cue after ", then" or after a name with a party in parentheses shares the subject', () => {
  let text = 'Mayor Ortiz thanked the ferry crews, then said the harbor would reopen on Monday.';
  let q = one(text, 'the harbor would reopen');
  assert.equal(q.cue, 'said');
  assert.equal(mentionText(text, q), 'Mayor Ortiz');
  text = 'Sen. Ann Bell (D) praised the crews and said the port needed more money.';
  q = one(text, 'the port needed more money');
  assert.equal(q.cue, 'said');
  assert.equal(mentionText(text, q), 'Sen. Ann Bell');
});

test('a relative pronoun is what the subject after it said: "…, which she has denied."', () => {
  let text = 'The report repeated claims about the harbor contract, which Mayor Ortiz has denied.';
  let q = quotes(text).find((x) => x.cue === 'denied');
  assert.equal(q?.text, 'which Mayor Ortiz has denied');
  assert.ok(q);
  assert.equal(mentionText(text, q), 'Mayor Ortiz');
  text = 'That is what we proposed in the spring.';
  q = one(text, 'what we proposed');
  assert.equal(q.cue, 'proposed');
  assert.equal(mentionText(text, q), 'we');
});

test('a passive cue with no agent: the subject and what is said of it, speaker unknown', () => {
  const text = 'Mayor Ortiz was declared the winner of the harbor race.';
  const q = one(text, 'the winner of the harbor race');
  assert.equal(q.cue, 'declared');
  assert.equal(q.speaker, null);
  assert.ok(q.text.startsWith('Mayor Ortiz'));
});

test('more cues measured on train: "assailed the tax", "considers the plan a mistake", "comments about …"', () => {
  let text = 'Ms. Bell assailed the harbor tax.';
  assert.equal(one(text, 'the harbor tax').cue, 'assailed');
  text = 'Mayor Ortiz considers the ferry plan a costly mistake.';
  assert.equal(one(text, 'the ferry plan a costly mistake').cue, 'considers');
  text = 'Her comments about the night ferry drew a crowd.';
  assert.equal(one(text, 'the night ferry').cue, 'comments about');
});

test('a singular noun followed by "who" can hold a view: "a retired teacher who backs the levy"', () => {
  const text = 'We met a retired teacher who backs the harbor levy.';
  const q = one(text, 'the harbor levy');
  assert.equal(q.cue, 'backs');
});

test('"seemed" takes any complement, and any noun can hope "that …"', () => {
  let text = 'The harbor vote seemed a foregone conclusion by noon.';
  let q = one(text, 'a foregone conclusion');
  assert.equal(q.cue, 'seemed');
  text = 'The port authority hopes that the ferry will run again by June.';
  q = one(text, 'the ferry will run again');
  assert.equal(q.cue, 'hopes');
  assert.equal(mentionText(text, q), 'The port authority');
});

test('"records show" before any clause, and phrase cues "cast a vote for", "made the case"', () => {
  let text = 'Harbor records show busy weekends on the night ferry.';
  assert.equal(one(text, 'busy weekends').cue, 'show');
  text = 'More than 900 residents cast a vote for Mayor Ortiz.';
  assert.equal(one(text, 'Mayor Ortiz').cue, 'cast a vote for');
  text = 'Ms. Bell made her case for a second ferry.';
  assert.equal(one(text, 'a second ferry').cue, 'made her case');
});

test('not cues: "Ohio state Rep. …", "Regarding the plan, …", "400 pledged delegates", "Speaking at a rally, …"', () => {
  assert.equal(quotes('The mayor met Ohio state Rep. Ann Bell and Illinois state Sen. Tom Baker.').length, 0);
  assert.equal(quotes('Regarding the ferry plan, the council has not met.').length, 0);
  assert.equal(quotes('Ms. Bell now has 400 pledged delegates in the harbor district.').length, 0);
  const qs = quotes('Speaking at a rally in the harbor district, Ms. Bell praised the ferry crews.');
  assert.ok(!qs.some((q) => q.text.includes('at a rally')), JSON.stringify(qs.map((q) => q.text)));
});

test('frames "…,” he continued.", "…,” she shot back.", "…,” a woman exclaimed." name the speaker', () => {
  let text = 'Mayor Ortiz spoke first. “The ferry will run all winter,” she continued. “We found the money.”';
  let q = one(text, 'The ferry will run all winter');
  assert.equal(q.cue, 'continued');
  assert.equal(mentionText(text, q), 'she');
  text = '“That is simply false,” Ms. Bell shot back.';
  q = one(text, 'simply false');
  assert.equal(q.cue, 'shot back');
  assert.equal(mentionText(text, q), 'Ms. Bell');
  text = '“Look at the ferry!” a young woman exclaimed.';
  assert.equal(one(text, 'Look at the ferry').cue, 'exclaimed');
  // "the borrowing continued" reports nothing
  assert.equal(quotes('After the vote, the borrowing continued.').length, 0);
});

test('a straight mark standing alone between spaces closes an open quote: …\'Title Sponsor,\' " Ann wrote', () => {
  const text = 'The gift came up again.\n\n"My mother made the gift. That is why she is the \'Title Sponsor,\' " Ann Ortiz wrote of it.';
  const q = one(text, 'My mother made the gift');
  assert.equal(q.cue, 'wrote');
  assert.equal(mentionText(text, q), 'Ann Ortiz');
});

test('"the job that many economists say is the future": "say" read as a noun before "is" is the verb', () => {
  const text = 'She has the kind of job that many economists say is the future of the harbor.';
  const q = one(text, 'the future of the harbor');
  assert.equal(q.cue, 'say');
  assert.equal(mentionText(text, q)?.endsWith('many economists'), true);
});

test('cues measured on train: "would like to …", "loves the plan"', () => {
  let text = 'Mayor Ortiz would like to extend the ferry line.';
  assert.equal(one(text, 'extend the ferry line').cue, 'like');
  text = 'Ms. Bell loves the new harbor plan.';
  assert.equal(one(text, 'the new harbor plan').cue, 'loves');
});

test('cues measured on train: "swore that …", "is mulling whether to …"', () => {
  let text = 'Mayor Ortiz swore that the ferry would run all winter.';
  assert.equal(one(text, 'the ferry would run all winter').cue, 'swore');
  text = 'Ms. Bell is mulling whether she should run for the harbor seat.';
  assert.equal(one(text, 'run for the harbor seat').cue, 'mulling');
});

test('a speaker placed "on the scene" or "in the area" is the person, not the place', () => {
  const text = 'A doctor on the scene told reporters that he tried to save the driver. A photographer in the area said the bridge shook for a minute.';
  assert.equal(one(text, 'save the driver').speaker?.name, 'A doctor');
  assert.equal(mentionText(text, one(text, 'save the driver')), 'A doctor on the scene');
  assert.equal(one(text, 'bridge shook').speaker?.name, 'A photographer');
});

test('"Clark in October revealed ...": the month is not the speaker; "30%" and "$16 billion" keep their signs', () => {
  const text = 'Airline chief Tim Clark spoke on Monday. Clark in October revealed plans to grow the fleet by 30%. The airline in March 2016 said $16 billion was too much.';
  const grow = one(text, 'grow the fleet');
  assert.equal(grow.speaker?.name, 'Tim Clark');
  assert.equal(grow.text, 'plans to grow the fleet by 30%');
  const cost = one(text, 'too much');
  assert.equal(cost.speaker?.name, 'The airline');
  assert.equal(cost.text, '$16 billion was too much');
});

test('a list of titles opens the speaker of a frame after the quotation: "“…,” chairman, CEO and president Craig Menear said"', () => {
  const text = 'The retailer earned $2.8 billion.\n\n“Our third quarter results reflected broad-based growth across our business,” chairman, CEO and president Ann Reyes said in the earnings release.';
  const q = one(text, 'third quarter results');
  assert.deepEqual([q.type, q.speaker?.name, q.cue], ['direct', 'Ann Reyes', 'said']);
});

test('"“…,” the actor said on “DWTS.”": the programme in marks is where it was said, and "the actor" is the one named before', () => {
  const text = 'James Van Der Beek shared a clip.\n\n"Hearing the heartbeat was something we never take for granted," the actor previously said on "DWTS."';
  const qs = quotes(text);
  assert.deepEqual(qs.filter((q) => q.type === 'direct').map((q) => [q.text, q.speaker?.name]), [['Hearing the heartbeat was something we never take for granted,', 'James Van Der Beek']]);
});

test('a family name that is also an auxiliary speaks: "“…,” Will wrote", "Will urged", "which Will claims"', () => {
  const text = 'The columnist George Will attacked Trump on Friday. “It is bad for the party,” Will wrote. Then Will urged voters to abandon him. He praised a speech which Will claims affirmed “the belief in nationhood.”';
  const qs = quotes(text);
  for (const words of ['It is bad for the party', 'to abandon him', 'the belief in nationhood']) {
    const q = qs.find((x) => x.text.includes(words));
    assert.equal(q?.speaker?.name, 'George Will', `${words}: ${JSON.stringify(qs.map((x) => [x.text, x.speaker?.name]))}`);
  }
});

test('"“…,” it read" after a letter is the letter\'s, not the body the letter was sent to; the sender\'s through it when the text says who sent it', () => {
  const text = 'A letter published this week urged Congress to pass a measure.\n\n“The fact that Congress has failed to act reflects an appalling indifference,” it read.';
  const q = quotes(text).find((x) => x.text.includes('appalling indifference'));
  assert.equal(q?.speaker?.name, 'the letter');
  assert.equal(q?.speaker?.entity, null);
  // ("sent a letter this week urging": when it was sent may stand between the letter and the participle.)
  const sent = quotes('A coalition of nearly 40 groups sent a letter this week urging Congress to pass a measure.\n\n“The fact that Congress has failed to act reflects an appalling indifference,” it read.');
  assert.deepEqual(sent.map((x) => [x.speaker?.name, x.channel]), [['A coalition of nearly 40 groups', 'letter'], ['A coalition of nearly 40 groups', 'letter']]);
  // "it said" is still the organisation named before.
  const said = quotes('Apple released new phones on Monday. “They are our best,” it said.').find((x) => x.text.includes('our best'));
  assert.equal(said?.speaker?.name, 'Apple');
});

test('a participle before a role is part of the speaker: "“…,” organizing director Kendall Fells told Fox News"', () => {
  const q = one('“They have to decide,” organizing director Kendall Fells told Fox News 6 in Milwaukee.', 'They have to decide');
  assert.equal(q.speaker?.name, 'Kendall Fells');
});

test('a subheading in capitals on its own line is no quotation and no part of the next sentence ("“DIVISIVE, STUPID AND WRONG”⏎Cameron will work …")', () => {
  const text = 'Merkel has not gone as far as Cameron.\n“DIVISIVE, STUPID AND WRONG”\nCameron will work with whoever is elected U.S. president, the prime minister’s spokesman said.';
  const qs = quotes(text);
  assert.ok(!qs.some((q) => q.text.includes('DIVISIVE')), JSON.stringify(qs.map((q) => q.text)));
  assert.ok(qs.some((q) => q.text.startsWith('Cameron will work with whoever')), JSON.stringify(qs.map((q) => q.text)));
  // A shouted quotation inside a sentence still counts.
  assert.ok(quotes('“NO MORE WARS,” the crowd chanted, Mr. Smith said.').length > 0);
});

test('a description with a name set off after it is that person: "the F.B.I. director, James B. Comey, recommended that …" is Comey, not the person named before', () => {
  const q = quotes('Hillary Clinton has emerged a wounded candidate. Last week, the F.B.I. director, James B. Comey, recommended that no criminal charges be filed against Mrs. Clinton.')
    .find((x) => x.text.startsWith('no criminal charges'));
  // (The knowledge base's name for him.)
  assert.equal(q?.speaker?.name, 'James Comey');
  assert.ok(q?.speaker?.entity);
});

test('a name that opens someone\'s title is not the sentence\'s subject for a later "he said": "Trump campaign chairman Paul Manafort said … “…,” he said" is Manafort', () => {
  const q = quotes('But Trump campaign chairman Paul Manafort said the appeal would transcend race. “We think that the message that Donald Trump is talking about will resonate,” he said at a news conference.')
    .find((x) => x.text.startsWith('We think'));
  assert.equal(q?.speaker?.name, 'Paul Manafort');
  // A verb between two names is no title: "Matthews said Pence did well. “…,” he said" stays Matthews.
  const m = quotes('Chris Matthews said Mike Pence did well on Tuesday. “I thought he was very effective,” he said.').find((x) => x.text.startsWith('I thought'));
  assert.equal(m?.speaker?.name, 'Chris Matthews');
});

test('"insist on" holds to something and says nothing before it: "…, Donald Trump will insist on being Donald Trump"; "insisted on CNN that …" still says', () => {
  const qs = quotes('Republicans learned again during the debate that no matter the setting, no matter the stakes, Donald Trump will insist on being Donald Trump.');
  assert.ok(!qs.some((q) => q.cue === 'insist'), JSON.stringify(qs.map((q) => [q.cue, q.text])));
  assert.equal(quotes('Manafort insisted on CNN that there was no cribbing of the speech.')[0]?.cue, 'insisted');
});

test('a headline\'s kicker before a colon is nobody ("BUSTED: Emails Reveal …"); a transcript\'s label still speaks ("PENCE: …")', () => {
  const qs = quotes('BUSTED: Emails Reveal Hillary Aide And Reporter Caught Conspiring At Benghazi Hearing\n\nA review of the emails shows more.');
  assert.ok(!qs.some((q) => q.speaker?.name === 'BUSTED'), JSON.stringify(qs.map((q) => [q.speaker?.name, q.text])));
  const t = quotes('PENCE: Well, look, I think the governor is wrong about that and always has been.');
  assert.equal(t[0]?.speaker?.name, 'PENCE');
});

test('"according to" a writer\'s work in marks is the writer\'s: "According to E. J. Fleming\'s “The Fixers: Eddie Mannix, …”" is not Mannix', () => {
  const qs = quotes("Mannix ran the studio. According to E. J. Fleming's ''The Fixers: Eddie Mannix, Howard Strickling and the MGM Publicity Machine'' and other sources, his was an all-purpose job.");
  const q = qs.find((x) => x.cue === 'according to');
  assert.ok(q);
  assert.notEqual(q?.speaker?.name, 'Eddie Mannix');
  assert.match(q?.speaker?.name ?? '', /Fleming/);
});

test('a bare quantifier after a noun is its own speaker: "a title game many are calling an “instant classic”" is spoken by "many"; "More than six in 10 said" keeps its number', () => {
  const q = quotes('Alabama took the championship in a college football title game many are calling an “instant classic.”')[0];
  assert.equal(q?.speaker?.name, 'many');
  assert.equal(quotes('More than six in 10 said they would vote.')[0]?.speaker?.name, 'More than six in 10');
});

test('a lead that ends in a title in marks still leaves the named subject speaking: "On “Fox News Sunday,” Gov. Mike Pence (R-IN) said …"', () => {
  const q = quotes('On this weekend’s broadcast of “Fox News Sunday,” Republican vice-presidential nominee Gov. Mike Pence (R-IN) said his running mate’s tweet to invite Gennifer Flowers to the debate was only “to mock” Hillary Clinton.')
    .find((x) => x.cue === 'said');
  assert.equal(q?.speaker?.name, 'Mike Pence');
  assert.match(q?.text ?? '', /^his running mate’s tweet/);
});

test('a quotation keeps its speaker when the speaker phrase is hyphenated or the cue is "points out": "the conservative-leaning newspaper wrote", "the 43-year-old asked", "Bozell points out"', () => {
  const cases: Array<[string, string, string]> = [
    ['“He needs to stop blaming everyone else and decide what he wants,” the conservative-leaning newspaper wrote.', 'wrote', 'conservative-leaning newspaper'],
    ['“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.', 'asked', '43-year-old'],
    ['“There were some of us who thought you might be able to work with him,” Brent Bozell points out.', 'points out', 'Brent Bozell'],
  ];
  for (const [text, cue, speaker] of cases) {
    const q = one(text, text.slice(1, 20));
    assert.equal(q.type, 'direct', text);
    assert.equal(q.cue, cue, text);
    assert.match(q.speaker?.name ?? '', new RegExp(speaker), text);
  }
  assert.ok(!quotes('The coach points out of bounds.').length);
});

test('how a thing was said is not what was said: "…,” Bill Eastland said matter-of-factly as confetti fluttered down" is his quotation; "proposed jointly owned drones" keeps its adverb', () => {
  for (const manner of ['quietly', 'matter-of-factly']) {
    const qs = quotes(`“We’ve had more successful conventions than this one,” Bill Eastland said ${manner} as confetti fluttered down around him.`);
    assert.deepEqual(qs.map((q) => [q.type, q.text, q.speaker?.name]), [['direct', 'We’ve had more successful conventions than this one,', 'Bill Eastland']], manner);
  }
  const q = quotes('Other E.U. leaders proposed jointly owned drones that could supplement European deployments.').find((x) => x.cue === 'proposed');
  if (q) assert.match(q.text, /^jointly owned drones/);
});

test('"confessed" is a verb of saying: "“This is a big political win for me,” I confessed."', () => {
  const q = quotes('“This is a big political win for me,” I confessed.')[0];
  assert.equal(q?.type, 'direct');
  assert.equal(q?.cue, 'confessed');
});

test('a quotation keeps its frame when what follows the cue is where, to whom or how it was said: "on NBC’s Meet the Press", "to fired-up delegates", "to laughs", "happily on MSNBC as …", "told 2,267 people gathered at …"', () => {
  const cases: Array<[string, string]> = [
    ['“I would love to have Michael Bloomberg run, I would love that competition,” Trump said Sunday on NBC’s Meet the Press.', 'Donald Trump'],
    ['"The forgotten men and women of our country no longer have a voice," Trump said in a long address to fired-up delegates on the closing night of the convention.', 'Donald Trump'],
    ['"There it is. There it is," Christie said to laughs.', 'Christie'],
    ['"If you don\'t want Ted Cruz or Donald Trump as the nominee, you better get on board with Marco Rubio," spokesman Alex Conant said happily on MSNBC as returns came in.', 'Alex Conant'],
    ['"Our job is to transform not only our country but the Democratic Party," Bernie Sanders told 2,267 people gathered at Purdue University.', 'Bernie Sanders'],
  ];
  for (const [text, speaker] of cases) {
    const qs = quotes(text);
    assert.deepEqual(qs.map((q) => [q.type, q.speaker?.name]), [['direct', speaker]], `${text}\n${JSON.stringify(qs.map((q) => [q.type, q.cue, q.text]))}`);
  }
  // What was promised or pledged "to" do is what was said.
  const p = quotes('The senator was rallying for Eric Kingson, praising "Bernie\'s genuineness and indisputable integrity" as he promised to defend and expand Social Security.');
  assert.ok(!p.some((q) => q.cue === 'promised' && q.start === 0), JSON.stringify(p.map((q) => [q.cue, q.text])));
  assert.ok(quotes('Demonstrators said they want “justice for Terrence,” but pledged to remain civil.').some((q) => q.cue === 'pledged' && q.text === 'to remain civil'));
});

test('more frames after a quotation: "she went on", "Hannity started", "he wrote last October after …", "tweeted the day after …", "the Florida senator and Republican presidential candidate said"', () => {
  const cases: Array<[string, string]> = [
    ['"And it’s a bit concerning to me because it would basically end the program," she went on.', 'went on'],
    ['“The New York Times is claiming today that they had an off-the-record conversation with you,” Hannity started.', 'started'],
    ['“Kind of bewildering as to why the campaign is so explicitly laying out its plans,” he wrote last October after The New York Times published a story about it.', 'wrote'],
    ['“As we mourn the victims of terror in Orlando, Ann and I say a special prayer,” Romney tweeted the day after a gunman killed 49 people at a nightclub.', 'tweeted'],
    ['"I have been warning throughout this campaign that North Korea is a threat," the Florida senator and Republican presidential candidate said in a statement.', 'said'],
  ];
  for (const [text, cue] of cases) {
    const qs = quotes(text);
    assert.equal(qs[0]?.type, 'direct', `${text}\n${JSON.stringify(qs.map((q) => [q.type, q.cue, q.text]))}`);
    assert.equal(qs[0]?.cue, cue, text);
  }
  const text = cases[4][0];
  assert.equal(mentionText(text, quotes(text)[0]), 'the Florida senator and Republican presidential candidate');
  // Time going on, and a meeting starting, say nothing.
  assert.ok(!quotes('As the day went on, Trump offered increasingly strident defenses of his manager.').some((q) => q.cue === 'went on'));
  assert.ok(!quotes('The meeting started. The show went on.').length);
});

test('a description resolves to the office it names first, not to someone named inside the quotation: "the Florida senator and Republican presidential candidate" after "Sen. Marco Rubio" is Rubio', () => {
  const text = 'Sen. Marco Rubio responded first, ripping into President Barack Obama late Tuesday night.\n\n"I have been warning that North Korea is run by a lunatic while President Obama has stood idly by," the Florida senator and Republican presidential candidate said in a statement.';
  const q = quotes(text).find((x) => x.type === 'direct');
  assert.equal(q?.speaker?.name, 'Marco Rubio');
});

test('a wire story\'s credits are no quotes: "(Reporting by …; Additional reporting by …; Editing by …)", "… contributed to this report."', () => {
  const text = 'The EPA said the rule would stand.\n\n(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)\n\nAssociated Press writer Ken Thomas contributed to this report.';
  assert.deepEqual(quotes(text).map((q) => q.cue), ['said']);
  assert.equal(quotes('Ken Thomas said the plan contributed to this report\'s delay.')[0]?.cue, 'said');
});

test('words in marks inside a sentence, not set off by a comma, are the subject of the verb after them: "Holm said the ad “wrongfully” implies support" is Holm\'s report, not a quotation framed by "implies"', () => {
  const cases: Array<[string, string, string]> = [
    ['Holm said the ad “wrongfully” implies support.', 'Holm', 'the ad “wrongfully” implies support'],
    ['City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that Phoenix and its officers support Trump.', 'Brad Holm', 'the advertisement “unmistakably and wrongfully” suggests that Phoenix and its officers support Trump'],
  ];
  for (const [text, speaker, words] of cases) {
    const qs = quotes(text);
    assert.deepEqual(qs.map((q) => [q.cue, q.speaker?.name, q.text]), [['said', speaker, words]], text);
  }
  // A quotation set off by a comma, a question mark or a dash, or one that opens the sentence, keeps its frame after it.
  for (const text of ['Mr. Putin is “desperate for more equipment,” said Mr. Coons.', '“Why now?” asked Mr. Coons.', '“We will not go back”, said Mr. Coons.', "''We will not go back,'' said Mr. Coons.", '"For months we have had to stand by" said Mr. Coons.']) {
    const qs = quotes(text);
    assert.equal(qs[0]?.speaker?.name, 'Coons', `${text}\n${JSON.stringify(qs.map((q) => [q.type, q.cue, q.text]))}`);
  }
});

test('a participle after a quotation\'s frame speaks for the frame\'s speaker, and a pronoun it addresses is no part of the words: "“…,” Blige sings to Clinton before asking her, “…”"', () => {
  const text = '“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton before asking her, “I just want to know, where do we go from here?”';
  assert.deepEqual(quotes(text).map((q) => [q.type, q.cue, q.speaker?.name, q.text]), [
    ['direct', 'sings', 'Blige', 'Promise mama you’ll keep your hands in sight,'],
    ['direct', 'asking', 'Blige', 'I just want to know, where do we go from here?'],
  ]);
  const q = quotes('The senator turned to the crowd, asking them, “Are you ready?”');
  assert.deepEqual(q.map((x) => [x.type, x.cue, x.text]), [['direct', 'asking', 'Are you ready?']]);
  // "told him that …" still reports the clause after the pronoun.
  assert.deepEqual(quotes('She told him that the plan had failed.').map((x) => [x.cue, x.text]), [['told', 'the plan had failed']]);
});

test('what stands between a cue and the quotation is when, where and to whom: "saying during the debate last week, “…”", "told reporters on Friday, “…”", "told NBC\'s Today show when asked"', () => {
  const cases: Array<[string, string, string, string]> = [
    ['The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” when Clinton blasted him for not paying taxes.', 'saying', 'Donald Trump', 'That makes me smart,'],
    ['Trump told reporters on Friday, “We will win.”', 'told', 'Donald Trump', 'We will win.'],
    ['“Certainly that will be fair game,” Trump told NBC\'s Today show when asked about Bill Clinton.', 'told', 'Donald Trump', 'Certainly that will be fair game,'],
  ];
  for (const [text, cue, speaker, words] of cases) {
    const qs = quotes(text);
    const direct = qs.filter((q) => q.type === 'direct');
    assert.deepEqual(direct.map((q) => [q.cue, q.speaker?.name, q.text]), [[cue, speaker, words]], `${text}\n${JSON.stringify(qs.map((q) => [q.type, q.cue, q.text]))}`);
    // Nothing else is reported from the words between: not "with", "on Friday, …", "'s Today show …".
    assert.ok(!qs.some((q) => q.type !== 'direct' && /^(with|on Friday|'s|show)\b/.test(q.text)), JSON.stringify(qs.map((q) => [q.type, q.cue, q.text])));
  }
  // A day that owns what follows is no time of saying: "complained during Friday's press conference that …".
  assert.deepEqual(quotes('Smegielski complained during Friday\'s press conference that Sanders had failed.').map((q) => q.text), ['Sanders had failed']);
  // Without a comma to close it, the words after a quotation still belong to it.
  assert.deepEqual(quotes('Obama said “it gets me mad” every time he hears it.').map((q) => [q.type, q.text]), [['mixed', '“it gets me mad” every time he hears it']]);
});

test('a participle after a channel in a leading phrase tells of the channel: "In a Facebook message posted Friday, Cruz said …" is Cruz\'s report, not the message\'s', () => {
  const qs = quotes('In a Facebook message posted Friday, Cruz said he has had "areas of significant disagreement" with Trump but cannot allow Hillary Clinton to become president.');
  assert.deepEqual(qs.map((q) => [q.cue, q.speaker?.name]), [['said', 'Cruz']], JSON.stringify(qs.map((q) => [q.cue, q.text])));
  assert.deepEqual(quotes('In a statement released by his office, Cruz said he would vote for Trump.').map((q) => [q.cue, q.speaker?.name, q.text]), [['said', 'Cruz', 'he would vote for Trump']]);
  // Posting is still saying when the subject posts: "The senator posted on Facebook that …".
  assert.deepEqual(quotes('The senator posted on Facebook that he would vote for Trump.').map((q) => q.cue), ['posted']);
});

test('a participle\'s phrase before a frame tells when it was said and is no part of the words: "Asked to describe the device, O\'Neill said, “…”"; a gerund subject still is ("Bringing the show back, he said, feels right")', () => {
  const cases: Array<[string, string, string]> = [
    ['Asked to describe the device that caused the explosion, O\'Neill said, "Not going to go into that."', 'O\'Neill', 'Not going to go into that.'],
    ['Asked about Trump\'s declaration that it had been a bomb, Clinton said, “I think it’s important to know the facts.”', 'Clinton', 'I think it’s important to know the facts.'],
    ['Speaking to reporters after the vote, Reid said, “I never knew what was going to happen.”', 'Reid', 'I never knew what was going to happen.'],
  ];
  for (const [text, speaker, words] of cases) {
    const qs = quotes(text);
    assert.deepEqual(qs.filter((q) => q.cue === 'said').map((q) => [q.type, q.speaker?.name, q.text]), [['direct', speaker, words]], `${text}\n${JSON.stringify(qs.map((q) => [q.type, q.cue, q.text]))}`);
  }
  assert.deepEqual(quotes('Bringing the show back three years later, he said, feels particularly appropriate now.').map((q) => q.text), ['Bringing the show back three years later feels particularly appropriate now']);
  assert.deepEqual(quotes('Given Sanders\' success, his endorsements will carry weight, spokesman Neil Sroka said.').map((q) => q.text), ['Given Sanders\' success, his endorsements will carry weight']);
});

test('a description no one is titled with is the subject of the sentence before, not the person that subject acted on: "Sen. Marco Rubio attacked Hillary Clinton. “…,” the Republican presidential candidate said" is Rubio', () => {
  const first = quotes('Sen. Marco Rubio attacked Hillary Clinton on Tuesday. “She is unfit,” the Republican presidential candidate said.').find((q) => q.type === 'direct');
  assert.equal(first?.speaker?.name, 'Marco Rubio');
  // A subject the text titles with the other party is not the one described.
  const second = quotes('Republican nominee Donald Trump attacked Democratic nominee Hillary Clinton on Tuesday. “He is unfit,” the Democratic presidential candidate said.').find((q) => q.type === 'direct');
  assert.equal(second?.speaker?.name, 'Hillary Clinton');
});

test('"she" is no earlier speaker the text shows is a man: after "“…,” Aaron Sharockman told InsideSources", "She knows …" stays unresolved rather than his', () => {
  const text = '“We are trying to provide context,” Aaron Sharockman told InsideSources.\n\nPolitiFact is operated by the Tampa Bay Times, a Florida news organization.\n\nShe knows the gritty specifics of health care policy, she said.';
  const q = quotes(text).find((x) => x.speaker?.mention && text.slice(x.speaker.mention.start, x.speaker.mention.end) === 'she');
  assert.ok(q, JSON.stringify(quotes(text).map((x) => [x.cue, x.speaker?.name])));
  assert.notEqual(q.speaker?.name, 'Aaron Sharockman');
  // Nor is a "Mr." named before her.
  const t2 = 'Mr. Smith spoke first.\n\n“We are ready,” she said.';
  assert.notEqual(quotes(t2).find((x) => x.type === 'direct')?.speaker?.name, 'Smith');
});

test('a programme named in marks at the end of a report is where it was said, not quoted words: "… on Wednesday’s “Sean Hannity Show.”"', () => {
  const cases: Array<[string, string, string]> = [
    ['Cruz argued that he fears the same is true if Marco Rubio is elected on Wednesday’s “Sean Hannity Show.”', 'he fears the same is true if Marco Rubio is elected', 'Sean Hannity Show'],
    ['Blumenthal said he had no idea on Wednesday’s broadcast of CNN’s “New Day.”', 'he had no idea', 'New Day'],
  ];
  for (const [text, words, show] of cases) {
    const qs = quotes(text);
    assert.deepEqual(qs.map((q) => [q.type, q.text, q.channel]), [['indirect', words, show]], text);
  }
  // Quoted words owned by no one stay a partial quote.
  assert.equal(quotes('Trump said the plan was “a total disaster.”')[0]?.type, 'mixed');
});

test('a desk\'s everyday frames: "said the State Department spokesman, Matthew Miller." is Miller; "“…” That was how Victor Cha, a Korea expert, put it." frames the quotation before it; a quotation running on over paragraphs joins its pieces without the break and the reopening mark', () => {
  const base = 'Russian President Vladimir Putin met North Korean leader Kim Jong-un on Wednesday.\n\n';
  const miller = quotes(`${base}“Any transfer of arms would be a violation,” said the State Department spokesman, Matthew Miller.`).find((q) => q.type === 'direct');
  assert.equal(miller?.speaker?.name, 'Matthew Miller');
  const cha = quotes(`${base}“This changes everything.” That was how Victor Cha, a Korea expert at CSIS, put it.`);
  assert.deepEqual(cha.map((q) => [q.type, q.cue, q.speaker?.name, q.text]), [['direct', 'put it', 'Victor Cha', 'This changes everything.']]);
  assert.deepEqual(quotes('“This changes everything.” That is what Victor Cha said.').map((q) => [q.type, q.speaker?.name]), [['direct', 'Victor Cha']]);
  const text = `${base}“We are watching closely. We will act if needed.\n\n“Sanctions will follow,” Matthew Miller added.`;
  const run = quotes(text).find((q) => q.cue === 'added');
  assert.equal(run?.text, 'We are watching closely. We will act if needed. Sanctions will follow,');
  assert.deepEqual(run?.parts?.map((p) => text.slice(p.start, p.end)), ['We are watching closely. We will act if needed.', 'Sanctions will follow,']);
});

test('a word of kin with a name set off after it is that person: "Kim\'s sister, Kim Yo Jong, warned that …"', () => {
  const text = 'North Korean leader Kim Jong Un oversaw the launch.\n\nIn a statement, Kim\'s sister, Kim Yo Jong, warned that Pyongyang would take more offensive measures.';
  const q = quotes(text).find((x) => x.cue === 'warned');
  assert.equal(q?.speaker?.name, 'Kim Yo-jong');
  assert.equal(mentionText(text, q!), 'Kim\'s sister');
});

test('a speaker named only in the next sentence: "“…” The warning came from Defense Minister Shin Won-sik, who …", "“…” Those were the words of U.S. Ambassador Philip Goldberg."', () => {
  const cases: Array<[string, string, string]> = [
    ['“We have no choice but to respond.” The warning came from Defense Minister Shin Won-sik, who spoke in Seoul on Friday.', 'Shin Won-sik', 'came from'],
    ['“The alliance is ironclad.” Those were the words of U.S. Ambassador Philip Goldberg.', 'Philip Goldberg', 'were the words of'],
    ['“We will win.” The remarks came from Donald Trump.', 'Donald Trump', 'came from'],
  ];
  for (const [text, speaker, cue] of cases) {
    const qs = quotes(text);
    assert.deepEqual(qs.map((q) => [q.type, q.speaker?.name, q.cue]), [['direct', speaker, cue]], text);
  }
  // A sentence about other words names no speaker: "The warning came too late."
  assert.equal(quotes('“We have no choice.” The warning came too late.')[0]?.speaker, null);
});

test('a participle after a partial quote whose comma stands inside the closing mark is a report of its own: "wrote that Russia “must be stopped,” adding that …"', () => {
  const qs = quotes('Zelenskyy wrote on X that Russia “must be stopped,” adding that allies should send more air defense.');
  assert.deepEqual(qs.map((q) => [q.type, q.cue, q.text]), [
    ['mixed', 'wrote', 'Russia “must be stopped,'],
    ['indirect', 'adding', 'allies should send more air defense'],
  ]);
  assert.equal(qs[1].speaker?.name, qs[0].speaker?.name);
});

test('where it was said, named before the speaker or in the sentence before the same paragraph goes on: "In an interview with the BBC, Stoltenberg said …"; "“…,” Peskov said in a conference call. “…”"', () => {
  const a = quotes('In an interview with the BBC, NATO Secretary-General Jens Stoltenberg said the alliance would not be intimidated.');
  assert.deepEqual(a.map((q) => [q.cue, q.channel]), [['said', 'BBC']]);
  const b = quotes('“We are open to dialogue,” Peskov said in a conference call. “But our patience is not unlimited.”');
  assert.deepEqual(b.map((q) => q.channel), ['conference call', 'conference call']);
  // A leading phrase of time or place, or an audience, names no channel.
  assert.deepEqual(quotes('In Moscow, Peskov said the talks went well.').map((q) => q.channel), [null]);
  assert.deepEqual(quotes('Speaking in Singapore, Austin said the talks went well.').map((q) => q.channel), [null]);
  assert.deepEqual(quotes('Speaking to reporters afterward, Austin said the talks went well.').map((q) => q.channel), [null]);
  assert.deepEqual(quotes('Speaking on CNN, Austin said the talks went well.').map((q) => q.channel), ['CNN']);
  assert.deepEqual(quotes('Speaking to Fox News on Monday, Austin said the talks went well.').map((q) => q.channel), ['Fox News']);
  // "told the Associated Press": the outlet without its article.
  assert.deepEqual(quotes('“We will win,” Trump told the Associated Press.').map((q) => q.channel), ['Associated Press']);
});

test('a quotation its own frame attributes is not swallowed by a report no one is named making: "Clinton seemed to be ready to riff, telling the crowd, “…”"', () => {
  const qs = quotes('Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get a little carried away, have you noticed that?”');
  const q = qs.find((x) => x.type === 'direct');
  assert.deepEqual([q?.cue, q?.speaker?.name, q?.text], ['telling', 'Clinton', 'Some people get a little carried away, have you noticed that?'], JSON.stringify(qs.map((x) => [x.type, x.cue, x.text])));
});

test('two quotations in one sentence, each with its own frame: "“…,” she said, but “…,” said Kunin."', () => {
  const qs = quotes('"His normal demeanor is grumpy," she said, but despite the increasingly fractious tone, "I think he will do it," said Kunin, who has been critical of Sanders.');
  assert.deepEqual(qs.map((q) => [q.type, q.cue, q.speaker?.mention ? q.speaker.name : null, q.text]), [
    ['direct', 'said', 'she', 'His normal demeanor is grumpy,'],
    ['direct', 'said', 'Kunin', 'I think he will do it,'],
  ]);
  // One frame between two parts of a quotation still joins them.
  assert.deepEqual(quotes('“We are ready,” Smith said, “and we will fight.”').map((q) => q.text), ['We are ready, and we will fight.']);
});

test('why a source goes unnamed is not what it said: "who spoke on condition of anonymity to describe private talks, said …"', () => {
  const qs = quotes('A person familiar with the discussions, who spoke on condition of anonymity to describe private talks, said allies had been briefed.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [['said', 'allies had been briefed']]);
});

test('a report ends where ", and" or ", but" opens another speaker\'s act of saying: "Critics have called the book “revisionist history,” and Trump has dismissed Bolton as …"', () => {
  assert.deepEqual(quotes('Cruz said the plan was dead, but Rubio said it could be saved.').map((q) => [q.speaker?.name, q.text]), [['Cruz', 'the plan was dead'], ['Rubio', 'it could be saved']]);
  const qs = quotes('Critics have called the book "revisionist history," and Trump has dismissed Bolton as "a washed-up Washington creature."');
  assert.equal(qs.find((q) => q.cue === 'called')?.text, 'the book "revisionist history,"');
  // An act that is no saying goes on with the report: "according to police, officers saw …, and they ordered him to …".
  const police = quotes('According to police, officers saw Scott get out of a car with a handgun, and they ordered him to drop the weapon.').find((q) => q.cue === 'according to');
  assert.match(police?.text ?? '', /ordered him to drop the weapon$/);
});

test('the channel of a leading "In his book, …": "In his book, John Bolton writes that …" was written in a book; "In an op-ed for The Washington Post, …" in the Post', () => {
  assert.deepEqual(quotes('In his book, former national security adviser John Bolton writes that Trump did not know Finland was not part of Russia.').map((q) => [q.cue, q.channel]), [['writes', 'book']]);
  assert.deepEqual(quotes('In an op-ed for The Washington Post, Sen. Dan Sullivan wrote that the United States must expand its naval presence.').map((q) => [q.cue, q.channel]), [['wrote', 'Washington Post']]);
});

test('a transcript\'s first label that is also a city is a speaker, not a dateline: "AUSTIN: We will …" then "Q: …"', () => {
  const text = 'Q: Will the United States send more troops to Europe?\n\nAUSTIN: We will do what is necessary to defend every inch of NATO territory.\n\nQ: Does that include Ukraine?\n\nAUSTIN: Ukraine is not a member of NATO, but we will continue to support it.';
  assert.deepEqual(quotes(text).map((q) => [q.cue, q.speaker?.name]), [[':', 'Austin'], [':', 'Austin']]);
  // A dateline before a colon stays one in a report with no labels.
  assert.deepEqual(quotes('NEW DELHI: India on Monday said the talks had failed.').map((q) => [q.speaker?.name, q.text]), [['India', 'the talks had failed']]);
});

test('channels a wire names: "said in a readout that …", "told Tass news agency …"', () => {
  assert.deepEqual(quotes('The Kremlin said in a readout that Putin and Erdogan discussed grain exports.').map((q) => q.channel), ['readout']);
  assert.deepEqual(quotes('Putin\'s spokesman, Dmitry Peskov, told Tass news agency the strikes were retaliation.').map((q) => [q.speaker?.name, q.channel]), [['Dmitry Peskov', 'Tass']]);
});

test('a country\'s institution in common nouns speaks for that country: "Seoul\'s defense ministry said …", "The Turkish government claims …"', () => {
  const text = 'Seoul\'s defense ministry said the drills would continue.\n\nThe Turkish government claims the network plotted a coup.';
  const a = analyzeArticle(articleFromText(text, { language: 'en' }));
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, byId.get(q.speaker?.entity ?? '')?.country]), [['Seoul\'s defense ministry', 'KOR'], ['Turkish government', 'TUR']]);
});

test('more sources and clauses: "Those close to him say that, in addition to Scott, he …"; "The campaign plans to release …, a spokesman said."', () => {
  assert.deepEqual(quotes('Those close to him say that, in addition to Scott, he would have to consider Rep. Don Beyer.').map((q) => [q.speaker?.name, q.text]),
    [['Those close to him', 'in addition to Scott, he would have to consider Rep. Don Beyer']]);
  assert.deepEqual(quotes('The campaign plans to release the records soon, a spokesman said.').map((q) => [q.speaker?.name, q.text]), [['a spokesman', 'The campaign plans to release the records soon']]);
  // "her" owning a gerund is no object: "people familiar with her thinking say …".
  assert.ok(quotes('She has said little, and people familiar with her thinking say she now acknowledges the risk.').some((q) => q.speaker?.name === 'people familiar with her thinking'));
});

test('a report around a frame set off by commas starts where its own clause does: "…, but the air pollution had become so bad, Mr. Obama noted, that …"', () => {
  const qs = quotes('China had historically resisted such agreements, but the air pollution there had become so bad, Mr. Obama noted, that the most-visited Twitter page in China was the air-quality monitor.');
  assert.deepEqual(qs.map((q) => q.text), ['the air pollution there had become so bad that the most-visited Twitter page in China was the air-quality monitor']);
  assert.deepEqual(quotes('The plan, he said, is dead.').map((q) => q.text), ['The plan is dead']);
});

test('ranks before a name set off after a description: "The Pentagon\'s press secretary, Maj. Gen. Pat Ryder, said …" is Ryder', () => {
  const qs = quotes('The Pentagon\'s press secretary, Maj. Gen. Pat Ryder, said the United States had "no indication" that Iran was directly involved.');
  assert.equal(qs[0]?.speaker?.name, 'Pat Ryder');
  // A PLA rank: "A spokesperson, Senior Col. Shi Yi, said".
  assert.deepEqual(quotes('A spokesperson, Senior Col. Shi Yi, said the exercises tested the troops.').map((q) => q.speaker?.name), ['Shi Yi']);
});

test('an aide to someone speaks as the aide, not as the one served: "an aide to Macron said", "Advisers to Mr. Obama say …"; an envoy "to Britain" named after it is the envoy', () => {
  assert.deepEqual(quotes('“The discussion was frank,” an aide to Macron said.').map((q) => [q.speaker?.name, q.speaker?.entity]), [['an aide to Macron', null]]);
  const text = 'Barack Obama spoke on Monday.\n\nAdvisers to Mr. Obama say the president has grown exasperated.';
  assert.deepEqual(quotes(text).map((q) => q.speaker?.name), ['Advisers to Mr. Obama']);
  assert.deepEqual(quotes('An adviser to the president said the plan would fail.').map((q) => q.speaker?.name), ['An adviser to the president']);
  assert.deepEqual(quotes('China\'s ambassador to Britain Liu Xiaoming said the talks went well.').map((q) => q.speaker?.name), ['Liu Xiaoming']);
});

test('words an outlet carries are their speaker\'s, with the outlet as channel: "Kim said the drills were “a rehearsal for invasion,” KCNA reported."', () => {
  const qs = quotes('Kim said the drills were “a rehearsal for invasion,” KCNA reported.');
  assert.deepEqual(qs.map((q) => [q.type, q.cue, q.speaker?.name, q.channel]), [['mixed', 'said', 'Kim', 'KCNA']]);
  // A speaker's own frame after a report of someone else's stays that speaker's: "…, calling Trump “an orange buffoon,” Susan said."
  const own = quotes('Her liberal friends have mocked his campaign, calling Trump “an orange buffoon,” Mary Susan said.');
  assert.ok(own.some((q) => q.cue === 'said' && q.speaker?.name === 'Mary Susan'), JSON.stringify(own.map((q) => [q.cue, q.speaker?.name])));
});

test('"The Israeli military said …": a people\'s name before a source word the tagger reads as an adjective still makes the speaker', () => {
  const a = analyzeArticle(articleFromText('The Israeli military said its aircraft struck more than 30 targets overnight.', { language: 'en' }));
  const q = a.quotes[0];
  assert.equal(q?.text, 'its aircraft struck more than 30 targets overnight');
  assert.equal(a.entities.find((e) => e.id === q?.speaker?.entity)?.country, 'ISR');
  // Inside someone's words "our military" is no speaker.
  assert.deepEqual(quotes('We love our military, he said.').map((q) => q.speaker?.name), ['he']);
});

test('"…,” a Guards commander was quoted as saying by the Tasnim news agency.": the commander\'s words, the agency the channel', () => {
  assert.deepEqual(quotes('“The response will be decisive,” a Guards commander was quoted as saying by the Tasnim news agency.').map((q) => [q.type, q.speaker?.name, q.channel, q.text]),
    [['direct', 'a Guards commander', 'Tasnim', 'The response will be decisive,']]);
  assert.deepEqual(quotes('A Guards commander was quoted as saying that the response would be decisive.').map((q) => [q.speaker?.name, q.text]), [['A Guards commander', 'the response would be decisive']]);
});

test('a channel the tagger splits at its participle, and a participle describing the channel: "said in an emailed statement", "warned in a statement carried by state media that …"', () => {
  assert.deepEqual(quotes('“This is a clear violation,” a State Department spokesperson said in an emailed statement.').map((q) => [q.speaker?.name, q.channel]),
    [['a State Department spokesperson', 'emailed statement']]);
  assert.deepEqual(quotes('Kim Yo Jong warned in a statement carried by state media that the North would take action.').map((q) => [q.text, q.channel]),
    [['the North would take action', 'statement']]);
  assert.deepEqual(quotes('The ministry said in a statement released by its press office that the talks had failed.').map((q) => q.text), ['the talks had failed']);
});

test('a role "of" a named place speaks, not the place: "The mayor of Chicago said …", "The governor of Texas, Greg Abbott, said …"; a party\'s people "in" a body are the group: "Some Republicans in Congress"', () => {
  assert.deepEqual(quotes('The mayor of Chicago said the plan would fail.').map((q) => [q.speaker?.name, q.speaker?.entity]), [['The mayor of Chicago', null]]);
  assert.deepEqual(quotes('The governor of Texas, Greg Abbott, said the border was open.').map((q) => q.speaker?.name), ['Greg Abbott']);
  // A description set off by a dash after a name is that person's.
  assert.deepEqual(quotes('John Dickey, the chief executive of Ora Media -- the company that owns the show -- told me, “We are a content provider.”').map((q) => q.speaker?.name), ['John Dickey']);
  // A role of another country's body is no one the text has titled so, not the last person named.
  const other = quotes('Ash Carter said the drills would go on.\n\nThe deputy head of China’s delegation to the forum said the United States should reduce its patrols.');
  assert.equal(other[1]?.speaker?.name, 'The deputy head of China’s delegation to the forum');
  const group = quotes('Some Republicans in Congress have questioned the cost.')[0];
  assert.notEqual(group?.speaker?.name, 'Congress');
  assert.equal(group?.speaker?.mention && 'Some Republicans in Congress have questioned the cost.'.slice(group.speaker.mention.start, group.speaker.mention.end), 'Some Republicans in Congress');
});

test('a participle opening the words before a frame set off by commas is part of the words: "Abandoning Ukraine, he said, “would be a gift to Putin.”"; "Praising the troops, Biden said, “…”" is his act', () => {
  assert.deepEqual(quotes('Abandoning Ukraine, he said, “would be a gift to Putin.”').map((q) => q.cue), ['said']);
  assert.deepEqual(quotes('Praising the troops, Biden said, “They are heroes.”').map((q) => q.cue), ['praising', 'said']);
});

test('a report ends where another speaker\'s clause of when or contrast begins: "…, as officials in Kyiv warned that …", "…, while 22 percent said …"; not at a frame set off inside the words ("the result, as he later explained, was …")', () => {
  assert.deepEqual(quotes('Austin said the United States would send more weapons, as officials in Kyiv warned that their air defenses were running low.').map((q) => q.text),
    ['the United States would send more weapons', 'their air defenses were running low']);
  assert.deepEqual(quotes('Trump said the Fed kept rates low and that the result, as he later explained, was a bubble.').map((q) => q.text)[0],
    'the Fed kept rates low and that the result, as he later explained, was a bubble');
});

test('a channel closing a report of an object, and a channel head the tagger reads as a verb: "thanked Washington in his nightly video address", "said in his nightly video address that …"', () => {
  assert.deepEqual(quotes('Zelensky thanked Washington in his nightly video address.').map((q) => [q.text, q.channel]), [['Washington', 'nightly video address']]);
  assert.deepEqual(quotes('He said in his nightly video address that the army held the line.').map((q) => [q.text, q.channel]), [['the army held the line', 'nightly video address']]);
  assert.deepEqual(quotes('Biden praised the troops in a statement.').map((q) => [q.text, q.channel]), [['the troops', 'statement']]);
});

test('"according to a statement from the ministry": the document is the channel', () => {
  assert.deepEqual(quotes('According to a statement from the German Defense Ministry, the first missiles would arrive in 2026.').map((q) => [q.cue, q.channel, q.text]),
    [['according to', 'statement', 'the first missiles would arrive in 2026']]);
  assert.deepEqual(quotes('According to officials, the missiles would arrive soon.').map((q) => q.channel), [null]);
});

test('a report inside an opening clause ends with that clause: "Asked whether Washington had been told in advance, Kirby said …", "When a curfew was announced …, authorities did not …"', () => {
  const qs = quotes('Asked whether Washington had been told in advance, Kirby said he would not “get into private diplomatic conversations.”');
  assert.deepEqual(qs.map((q) => [q.speaker?.name ?? null, q.text]),
    [[null, 'whether Washington had been told in advance'], ['Kirby', 'he would not “get into private diplomatic conversations.']]);
  assert.deepEqual(quotes('Asked whether she believed Putin wanted Trump to win, Clinton said she would not jump to conclusions.').map((q) => q.text),
    ['whether she believed Putin wanted Trump to win', 'she would not jump to conclusions']);
});

test('a leading appearance names the channel, and a programme\'s title in marks is the channel: "During an appearance on NBC\'s “Meet the Press,” … said"', () => {
  assert.deepEqual(quotes('During an appearance on NBC’s “Meet the Press,” Israeli Ambassador Michael Herzog said his government had accepted the framework.').map((q) => [q.speaker?.name, q.channel]),
    [['Michael Herzog', 'Meet the Press']]);
  assert.deepEqual(quotes('Speaking to David Axelrod on his podcast “The Axe Files” on Thursday, Henry said her union would campaign hard.').map((q) => q.channel), ['Axe Files']);
});

test('"it" saying something is the body that spoke just before, and a dateline\'s places are no one\'s antecedent: "TAIPEI, Taiwan (AP) — China sent …, Taiwan\'s Defense Ministry said, in what it called …"', () => {
  const text = 'TAIPEI, Taiwan (AP) — China sent 45 warplanes toward Taiwan on Monday, Taiwan’s Defense Ministry said, in what it called a “serious provocation.”\n\nThe ministry said 26 of the aircraft crossed the median line. It said it had scrambled jets.';
  const qs = quotes(text);
  const called = qs.find((q) => q.cue === 'called');
  assert.equal(called?.speaker?.name, 'Defense Ministry');
  const last = qs[qs.length - 1];
  assert.equal(last?.text, 'it had scrambled jets');
  assert.equal(last?.speaker?.name, 'Defense Ministry');
});

test('a body named by its head noun is the last one of that head named before: "The ministry said" after "Taiwan\'s Defense Ministry said"', () => {
  const qs = quotes('China sent warplanes toward Taiwan, Taiwan’s Defense Ministry said on Monday.\n\nThe ministry said 26 of the aircraft crossed the median line.');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Defense Ministry', 'Defense Ministry']);
  assert.equal(qs[1]?.speaker?.entity, qs[0]?.speaker?.entity);
});

test('an outlet is named by its name: "…, according to the state news agency TASS." has channel TASS; "In a joint statement, …" is a channel, not a speaker', () => {
  assert.deepEqual(quotes('The Kremlin said the decision showed NATO’s “aggressive nature,” according to the state news agency TASS.').map((q) => [q.speaker?.name, q.channel]),
    [['Kremlin', 'TASS']]);
  const joint = quotes('In a joint statement, the leaders of Poland and the Baltic states said Russia remained “the most significant and direct threat” to the alliance.');
  assert.deepEqual(joint.map((q) => [q.cue, q.channel]), [['said', 'statement']]);
});

test('"… called the sanctions “illegal” and said they would “boomerang”": "said they would" is no inverted frame, so the first words stay the subject\'s; "Said Ann Lee, …, “…”" still is one', () => {
  assert.deepEqual(quotes('Peskov called the sanctions “illegal” and said they would “boomerang” on the West.').map((q) => [q.speaker?.name, q.cue]),
    [['Dmitry Peskov', 'called'], ['Dmitry Peskov', 'said']]);
  assert.deepEqual(quotes('Said Ann Lee, who grew up there, “It was a good town.”').map((q) => q.speaker?.name), ['Ann Lee']);
});

test('a noun phrase after a closing frame sums the words up: "Iran has expanded its stockpile, the watchdog said in a report seen by Reuters on Wednesday, a finding likely to …"', () => {
  assert.deepEqual(quotes('Iran has expanded its stockpile of enriched uranium, the U.N. nuclear watchdog said in a confidential report seen by Reuters on Wednesday, a finding likely to deepen Western concern.').map((q) => [q.text, q.channel]),
    [['Iran has expanded its stockpile of enriched uranium', 'confidential report']]);
  assert.deepEqual(quotes('The plan, he said in a statement on Friday, is a waste of time.').map((q) => q.text), ['The plan, he said in a statement on Friday, is a waste of time']);
});

test('a people is never "it": "… the Chinese ships had blocked the vessel. Four navy personnel were injured, it said." is the armed forces', () => {
  const qs = quotes('The armed forces said in a statement that the Chinese ships had “recklessly” blocked the vessel. Four navy personnel were injured, it said.');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['The armed forces', 'The armed forces']);
});

test('words said in a relative clause end where the main clause goes on, and a closing frame names who spoke over an unnamed expectation: "Netanyahu, who has vowed that …, is expected to …, his office said."', () => {
  const qs = quotes('Israeli Prime Minister Benjamin Netanyahu, who has vowed that Iran will never acquire nuclear weapons, is expected to raise the report with U.S. officials this week, his office said.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name ?? null, q.cue, q.text]), [
    ["Benjamin Netanyahu's office", 'said', 'Israeli Prime Minister Benjamin Netanyahu, who has vowed that Iran will never acquire nuclear weapons, is expected to raise the report with U.S. officials this week'],
    ['Benjamin Netanyahu', 'vowed', 'Iran will never acquire nuclear weapons'],
  ]);
  // (A comma inside the words is not the relative clause's end.)
  assert.equal(quotes('Alfonso Aguilar, who leads a conservative group, said the two men, and Mr. Cruz in particular, must do more.')[0]?.text, 'the two men, and Mr. Cruz in particular, must do more');
});

test('"…,” he wrote on X." names the platform X as the channel (the letter ends the sentence; it is no initial)', () => {
  assert.deepEqual(quotes('“We will not be cowed into silence,” he wrote on X. The ministry said the ships had left.').map((q) => [q.cue, q.channel]),
    [['wrote', 'X'], ['said', null]]);
});

test('a role before its complement is the person named after it: "The head of the delegation, Sheikh Bala Lau, said", "The U.S. ambassador to Manila, MaryKay Carlson, condemned"', () => {
  assert.deepEqual(quotes('The head of the delegation, Sheikh Bala Lau, said Tiani had agreed to talks.').map((q) => q.speaker?.name), ['Bala Lau']);
  assert.equal(quotes('The U.S. ambassador to Manila, MaryKay Carlson, condemned China’s “dangerous maneuvers.”')[0]?.speaker?.name, 'MaryKay Carlson');
  assert.equal(quotes('The chairman of the committee, Jane Carlson, said the vote would be held.')[0]?.speaker?.name, 'Jane Carlson');
});

test('"they" is the group that spoke earlier in its sentence, and never a people\'s adjective: "Aides said …, and they rejected …"; "Chinese officials, they note, …"', () => {
  const aides = quotes('Mrs. Clinton campaigned in West Virginia. Aides said his role would be narrow, and they rejected any implication that she would outsource her job.');
  assert.equal(aides.find((q) => q.cue === 'rejected')?.speaker?.name, 'Aides');
  const note = quotes('Chinese officials, they note, rarely travel to countries that could arrest them.');
  assert.notEqual(note[0]?.speaker?.name, 'Chinese');
});

test('"In a statement read on state television late Sunday, X said …" is one report, with the broadcast as its channel', () => {
  const qs = quotes('In a statement read on state television late Sunday, Col. Maj. Amadou Abdramane, a spokesman for the junta, said the government had gathered evidence.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.channel]), [['Amadou Abdramane', 'said', 'state television']]);
});

test('a report ends where ", though" or ", although" opens another speaker\'s clause: "… “one or two weeks,” though he added that …"', () => {
  const qs = quotes('Secretary of State Antony Blinken said last month that Iran’s “breakout time” had fallen to “one or two weeks,” though he added that Tehran had not yet decided to build a weapon.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [
    ['said', 'Iran’s “breakout time” had fallen to “one or two weeks,”'],
    ['added', 'Tehran had not yet decided to build a weapon'],
  ]);
});

test('"A resident of Kharkiv said" is the resident, not the city', () => {
  assert.deepEqual(quotes('A resident of Kharkiv said the explosions began shortly after 3 a.m.').map((q) => [q.speaker?.name, q.speaker?.entity ?? null]), [['A resident of Kharkiv', null]]);
});

test('"Hezbollah fired dozens of rockets at northern Israel" reports nothing: the head of what is fired comes before its preposition, and a quantity\'s is what it is of', () => {
  assert.deepEqual(quotes('Israeli airstrikes killed 12 people, the ministry said, hours after Hezbollah fired dozens of rockets at northern Israel.').map((q) => q.cue), ['said']);
  assert.deepEqual(quotes('Iran launched a barrage of missiles at Israel on Saturday.'), []);
  // ("mortar rounds", "tear gas", "water cannon": munitions by other names.)
  for (const fired of ['Hezbollah fired mortar rounds at an Israeli army position.', 'Police fired tear gas at the crowd.', 'The ship fired water cannon at the boat.']) assert.deepEqual(quotes(fired), [], fired);
  // Words passed over are still reported.
  assert.equal(quotes('They traded barbs over the deal.').length, 1);
});

test('"Israel and Hezbollah traded heavy fire" reports nothing (a verb of passing over takes fire, not words)', () => {
  assert.deepEqual(quotes('Israel and Hezbollah traded heavy fire across the Lebanese border on Tuesday, in one of the most serious escalations since the war began.'), []);
});

test('part of a group speaks as that part: "…, one of the people said", "Many of his aides said"; "one of the most polarizing figures" is no speaker', () => {
  assert.deepEqual(quotes('The measures, which could be announced as soon as next week, would be the largest since the invasion, one of the people said.').map((q) => [q.speaker?.name, q.text]),
    [['one of the people', 'The measures, which could be announced as soon as next week, would be the largest since the invasion']]);
  assert.equal(quotes('Many of his aides said the measures would be large.')[0]?.speaker?.name, 'Many of his aides');
});

test('a mission or a source goes on before where it is: "China\'s embassy in Washington said", "A source inside the embassy said"; a frame with an outlet told, set off inside the words, keeps them whole', () => {
  assert.deepEqual(quotes('China’s embassy in Washington said Beijing opposes unilateral sanctions.').map((q) => q.speaker?.name), ['China’s embassy']);
  assert.deepEqual(quotes('A source inside the embassy said Beijing opposes unilateral sanctions.').map((q) => q.speaker?.name), ['A source inside the embassy']);
  assert.equal(quotes('The person who plays Trump in the mock debates, several people in Clinton’s orbit told POLITICO, has already been chosen.')[0]?.text,
    'The person who plays Trump in the mock debates, several people in Clinton’s orbit told POLITICO, has already been chosen');
});

test('"…, the military said, hours after the North warned of …": how long after something it came is the writer\'s, and the warning is a report of its own', () => {
  const qs = quotes('North Korea fired a ballistic missile into the sea on Monday, South Korea’s military said, hours after the North warned of “overwhelming” action against the drills.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [
    ['said', 'North Korea fired a ballistic missile into the sea on Monday'],
    ['warned of', '“overwhelming” action against the drills'],
  ]);
});

test('a doubt or a question after a plural subject is the verb wink tags as a noun: "Some economists question whether …", "Some analysts doubt the sanctions will …"', () => {
  assert.deepEqual(quotes('Some economists question whether more sanctions will work.').map((q) => [q.speaker?.name, q.cue, q.text]), [['Some economists', 'question', 'whether more sanctions will work']]);
  assert.deepEqual(quotes('Some analysts doubt the sanctions will have much effect.').map((q) => [q.speaker?.name, q.cue]), [['Some analysts', 'doubt']]);
});

test('a channel of the speaker\'s own closes a report without a verb, also before ", saying": "condemned the attack in a statement, saying …", "confirmed the agreement in a statement posted on Telegram, …"; "told Channel 12"', () => {
  assert.deepEqual(quotes('The ministry condemned the attack in a statement, saying it violated international law.').map((q) => [q.cue, q.channel, q.text]),
    [['condemned', 'statement', 'the attack'], ['saying', 'statement', 'it violated international law']]);
  assert.deepEqual(quotes('Hamas confirmed the agreement in a statement posted on Telegram, saying it would allow trucks into the enclave.').map((q) => [q.speaker?.name, q.cue, q.channel, q.text]),
    [['Hamas', 'confirmed', 'Telegram', 'the agreement'], ['Hamas', 'saying', 'Telegram', 'it would allow trucks into the enclave']]);
  assert.equal(quotes('Steve Coll sought to rebut many of the detailed points in Exxon Mobil’s letter.')[0]?.channel ?? null, null);
  assert.equal(quotes('He told Channel 12 that the government must not leave anyone behind.')[0]?.channel, 'Channel 12');
});

test('"as Russia stepped up its attacks on Ukrainian cities" reports nothing (attacks on places are blows); "Sanders\'s attacks on Clinton\'s positions" still does', () => {
  assert.deepEqual(quotes('NATO allies agreed to bolster air defenses, Jens Stoltenberg said, as Russia stepped up its attacks on Ukrainian cities.').map((q) => q.cue), ['said']);
  assert.ok(quotes('Sanders stepped up his attacks on Clinton’s positions on trade.').some((q) => q.cue === 'attacks on'));
});

test('"said Wen-ti Sung," keeps the surname wink tags as a verb; "…, in an inaugural address that Beijing denounced" is the channel', () => {
  assert.equal(quotes('“He said the right things,” said Wen-ti Sung, a political scientist.')[0]?.speaker?.name, 'Wen-ti Sung');
  assert.deepEqual(quotes('Lai Ching-te called on China on Monday to stop its military intimidation, in an inaugural address that Beijing quickly denounced.').map((q) => [q.channel, q.text]),
    [['inaugural address', 'China on Monday to stop its military intimidation']]);
});

test('"…, the South Korean military said" is a frame ("military" is the noun wink tags as an adjective), and "the North" is the North Korea the article names', () => {
  const qs = quotes('SEOUL — North Korea fired a missile on Monday, the South Korean military said, hours after the North warned of “overwhelming” action.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [
    ['South Korean military', 'said', 'North Korea fired a missile on Monday'],
    ['North Korea', 'warned of', '“overwhelming” action'],
  ]);
});

test('what a leading "Asked whether …," supposes is no one\'s report: "Asked whether he feared losing his job, Johnson shrugged." reports the question only', () => {
  const qs = quotes('Mitch McConnell has long backed aid to Kyiv. Asked whether he feared losing his job, Speaker Mike Johnson shrugged.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [['backed', 'aid to Kyiv'], ['asked', 'whether he feared losing his job']]);
  assert.deepEqual(quotes('Asked whether he was “ashamed” of the vote, Johnson said no.').map((q) => q.cue), ['asked', 'said']);
});

test('"According to a transcript of the interview, he added: “…”" reports no "he added" by the transcript', () => {
  assert.deepEqual(quotes('According to a transcript of the interview, he added: “We cannot keep doing more with less.”').map((q) => [q.type, q.cue]), [['direct', 'added']]);
});

test('whom an act of speech is aimed at stays in the report before its clause: "accused Lai of being a separatist", "urged allies to dig deeper", "called climate change a hoax perpetrated by China"', () => {
  assert.equal(quotes('Beijing has repeatedly accused Lai of being a separatist.')[0]?.text, 'Lai of being a separatist');
  assert.equal(quotes('Lloyd Austin urged allies to dig deeper.')[0]?.text, 'allies to dig deeper');
  assert.equal(quotes('Trump has called climate change a hoax perpetrated by China to hurt U.S. manufacturing.')[0]?.text, 'climate change a hoax perpetrated by China to hurt U.S. manufacturing');
  // (Not whom a question is put to or a warning given: "warned Congress that the plan would fail".)
  assert.equal(quotes('Kerry warned Congress that the plan would fail.')[0]?.text, 'the plan would fail');
});

test('", as well as …" goes on with the report; it opens no clause of its own', () => {
  assert.equal(quotes('Hillary Clinton denounced GOP efforts to defund the group, which provides health services for millions of women, as well as abortion services.')[0]?.text,
    'GOP efforts to defund the group, which provides health services for millions of women, as well as abortion services');
});

test('a paragraph that ends "… he wrote on X." does not run into the next one: its reports stay whole', () => {
  const text = 'Marcos said his country would not be intimidated. “We will not be cowed,” he wrote on X.\n\nThe U.S. ambassador to Manila, MaryKay Carlson, condemned what she called China’s “dangerous maneuvers.”';
  const qs = quotes(text);
  assert.equal(qs.find((q) => q.cue === 'wrote')?.channel, 'X');
  assert.equal(qs.find((q) => q.cue === 'condemned')?.text, 'what she called China’s “dangerous maneuvers.');
});

test('"they" is the group that spoke in the sentence before, over a body named later in it: "Some analysts doubt … at Google\'s Mandiant. Chinese officials, they note, …"', () => {
  const qs = quotes('“That has changed,” said John Hultquist, chief analyst at Google’s Mandiant. Some analysts doubt the sanctions will have much effect. Chinese officials, they note, rarely travel to countries that could arrest them.');
  assert.equal(qs.find((q) => q.cue === 'note')?.speaker?.name, 'Some analysts');
});

test('"he said" after an unnamed person spoke is that person, not someone named earlier: "A doctor …, said shells hit … “…,” he said."', () => {
  const qs = quotes('Speaking to reporters, Information Minister Khalid al-Aiser accused the paramilitary of “deliberately starving civilians.”\n\nA doctor at the hospital, who spoke on condition of anonymity because he feared reprisals, said shells hit the maternity ward shortly after dawn. “We carried the wounded out under fire,” he said.');
  assert.equal(qs.find((q) => q.cue === 'said' && q.type === 'direct')?.speaker?.name, 'A doctor');
  // (The "he" inside the description's own "who" clause is that person too.)
  assert.equal(qs.find((q) => q.cue === 'feared')?.speaker?.name, 'A doctor');
  // (One who only acted, "a popular governor who had endorsed him", is not whom "he" goes on with.)
  const acted = quotes('Mr. Rubio has not won a single contest. In South Carolina he campaigned with a popular governor who had endorsed him. In Nevada, he said his family had lived there for six years.');
  assert.equal(acted.find((q) => q.text.startsWith('his family'))?.speaker?.name, 'Marco Rubio');
});

test('"was quoted by the Tass news agency as saying …" is the subject\'s report, with the agency as its channel', () => {
  const qs = quotes('Russian President Vladimir Putin was quoted by the Tass news agency as saying the talks had been useful. Guterres was quoted by his spokesman, Stéphane Dujarric, as saying he was “appalled” by the attack.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.channel, q.text]), [
    ['Vladimir Putin', 'Tass', 'the talks had been useful'],
    ['Antonio Guterres', null, 'he was “appalled” by the attack'],
  ]);
});

test('a frame with its time in the middle of a report ("…, Ukrainian officials said Saturday, damaging …") is no part of the words', () => {
  const q = quotes('Russian forces launched a large drone attack on Kyiv overnight, Ukrainian officials said Saturday, damaging power lines and leaving thousands of homes without electricity.')[0];
  assert.equal(q.text, 'Russian forces launched a large drone attack on Kyiv overnight damaging power lines and leaving thousands of homes without electricity');
});

test('"Iran’s mission to the United Nations wrote on X" is a speaker: the mission, sent wherever', () => {
  const qs = quotes('“The matter can be deemed concluded,” Iran’s mission to the United Nations wrote on X. “However, should the regime make another mistake, the response will be severe.”');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.channel]), [['Iran’s mission to the United Nations', 'X'], ['Iran’s mission to the United Nations', 'X']]);
});

test('"… but said Serbia “will never support” such attacks": after "but" the name begins what was said, the subject is the earlier clause\'s', () => {
  const qs = quotes('Speaking in a televised address, Vucic called the dead gunmen “Serbs who did not want to live under terror” but said Serbia “will never support” such attacks.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [
    ['Aleksandar Vucic', 'called', 'the dead gunmen “Serbs who did not want to live under terror'],
    ['Aleksandar Vucic', 'said', 'Serbia “will never support” such attacks'],
  ]);
  // ("But, said Solovey, “…”" is set off by commas: the name there speaks.)
  assert.equal(quotes('But, said Solovey, “I don’t want to drum up conflict.”')[0]?.speaker?.name, 'Solovey');
});

test('a title the tagger reads as an adjective still names the person after it: "The EU foreign policy chief, Josep Borrell, said"', () => {
  assert.equal(quotes('The EU foreign policy chief, Josep Borrell, said the perpetrators must face justice.')[0]?.speaker?.name, 'Josep Borrell');
});

test('", and demanded that …" after another report is a report of its own', () => {
  const qs = quotes('Kosovo accused Serbia of backing an armed group that attacked police, killing an officer, and demanded that Belgrade hand over the gunmen.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [
    ['accused', 'Serbia of backing an armed group that attacked police, killing an officer'],
    ['demanded', 'Belgrade hand over the gunmen'],
  ]);
});

test('neither a claim to land nor a gun aimed is a report: "claimed Taiwan as its own territory", "aiming a gun at him"', () => {
  assert.deepEqual(quotes('Beijing has long claimed Taiwan as its own territory.'), []);
  assert.deepEqual(quotes('The video shows an officer aiming a gun at the man.').map((q) => q.cue), ['shows']);
  assert.deepEqual(quotes('The editors aimed their Friday editorial at Clinton.').map((q) => q.cue), ['aimed']);
});

test('a closing frame that another report\'s words ran into is a report of its own: "NATO allies agreed to raise …, bowing to pressure from Trump, alliance officials said"', () => {
  const qs = quotes('NATO allies agreed on Thursday to raise their defence spending target to 5 percent of economic output over the next decade, bowing to pressure from President Donald Trump, alliance officials said.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [
    ['alliance officials', 'said', 'NATO allies agreed on Thursday to raise their defence spending target to 5 percent of economic output over the next decade, bowing to pressure from President Donald Trump'],
    ['NATO allies', 'agreed', 'to raise their defence spending target to 5 percent of economic output over the next decade, bowing to pressure from President Donald Trump'],
  ]);
});

test('"the secretary-general\'s spokesman" is someone titled so or no one known, not the person the sentence before is about', () => {
  const qs = quotes('Indian Defence Minister Rajnath Singh said the operation had been “focused.”\n\nThe United Nations secretary-general’s spokesman said António Guterres was “very concerned.”');
  assert.equal(qs[1]?.speaker?.name, 'The United Nations secretary-general’s spokesman');
});

test('a report ends before the writer\'s word for it that someone else disputes: "…, a claim India\'s military rejected as “baseless propaganda.”"', () => {
  const qs = quotes('Pakistan said it had shot down five Indian jets during overnight clashes, a claim India’s military rejected as “baseless propaganda.”');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.text]), [
    ['Pakistan', 'it had shot down five Indian jets during overnight clashes'],
    ['India’s military', 'as “baseless propaganda.'],
  ]);
  // ("a claim that Gowdy's office strongly disputes": the relative "that" opens no report of the claim.)
  assert.deepEqual(quotes('Podliska alleges he was fired for taking time off, a claim that Gowdy’s office strongly disputes.').map((q) => q.text), ['he was fired for taking time off']);
});

test('"…, an accusation the Pentagon rejected.": who disputes a claim with no words of their own disputes the report before it', () => {
  assert.deepEqual(quotes('The harbor minister said the video had been made with artificial intelligence, an accusation the Pentagon rejected.').map((q) => [q.speaker?.name, q.text]), [
    ['Pentagon', 'The harbor minister said the video had been made with artificial intelligence'],
    ['The harbor minister', 'the video had been made with artificial intelligence'],
  ]);
  // (Words of its own after the cue stay the report: "a claim the navy said it was still trying to verify".)
  assert.deepEqual(quotes('Tarn said it had launched a satellite, a claim the navy said it was still trying to verify.').map((q) => [q.speaker?.name, q.text]), [
    ['Tarn', 'it had launched a satellite'], ['the navy', 'it was still trying to verify'],
  ]);
});

test('"the group said" after an organisation spoke is that organisation; a body\'s national section is the body: "Amnesty International UK warned"', () => {
  const qs = quotes('Britain will ban the pro-Palestinian group Palestine Action, Home Secretary Yvette Cooper said. Palestine Action said it would challenge the decision in court. “This is not about terrorism,” the group said.\n\nAmnesty International UK warned that the move could have a “chilling effect” on peaceful protest.');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Yvette Cooper', 'Palestine Action', 'Palestine Action', 'Amnesty International']);
  // ("the company" is a business that spoke, not a central bank.)
  assert.equal(quotes('The Bank of Japan said it would hold rates. The company reported its smallest quarterly profit in 17 years.')[1]?.speaker?.name, 'The company');
});

test('"…, according to intelligence officials, who say …": the report before the source ends there; the relative clause is the source\'s own', () => {
  const qs = quotes('North Korea has sent thousands of troops to Russia, according to South Korean and U.S. intelligence officials, who say some have already been deployed near the front lines.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [
    ['according to', 'North Korea has sent thousands of troops to Russia'],
    ['say', 'some have already been deployed near the front lines'],
  ]);
});

test('the outlet a piece was written for is the channel: "wrote in an op-ed for The Washington Post that …", "in an essay for Foreign Affairs"', () => {
  assert.deepEqual(quotes('Murphy wrote in an op-ed for The Washington Post that the United States risked war.').map((q) => [q.channel, q.text]), [['The Washington Post', 'the United States risked war']]);
  assert.deepEqual(quotes('Murphy wrote in an essay for Foreign Affairs that the United States risked war.').map((q) => [q.channel, q.text]), [['Foreign Affairs', 'the United States risked war']]);
  // ("a call for the Republican Party to …" is no piece written for an outlet.)
  assert.ok(!quotes('Trump opened with a call for the Republican Party to “embrace” his candidacy and the new voters he is bringing in.').some((q) => q.channel === 'Republican Party'));
});

test('a programme told by name in marks is the channel, not a quotation: "…,” Mr. McCaul told “Fox News Sunday.” “…”"', () => {
  const qs = quotes('“We’ve seen this movie before,” Mr. McCaul told “Fox News Sunday.” “They appease, and the mullahs get emboldened.”');
  assert.deepEqual(qs.map((q) => [q.channel, q.text]), [['Fox News Sunday', 'We’ve seen this movie before,'], ['Fox News Sunday', 'They appease, and the mullahs get emboldened.']]);
});

test('a hyphenated description is whole: "said the 46-year-old"', () => {
  assert.equal(quotes('“Now, he will go to work for you,” said the 46-year-old.')[0]?.speaker?.name, 'the 46-year-old');
});

test('what a report set off, in the writer\'s words, is no part of it: "…, prompting a rare rebuke from Chief Justice John Roberts, who said …"', () => {
  const qs = quotes('In a post on Truth Social, the president said the judge should be impeached, prompting a rare rebuke from Chief Justice John Roberts, who said in a statement that impeachment “is not an appropriate response.”');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.channel, q.text]), [
    ['the president', 'Truth Social', 'the judge should be impeached'],
    ['John Roberts', 'statement', 'impeachment “is not an appropriate response.'],
  ]);
});

test('a court\'s order or opinion is a channel, "in order to" and "after the ruling" are not; arguing a case in court reports nothing', () => {
  assert.equal(quotes('“The Court is deeply troubled,” Judge James Boasberg wrote in a 25-page order.')[0]?.channel, '25-page order');
  assert.deepEqual(quotes('Justice Alito wrote in the majority opinion that the law was valid.').map((q) => [q.channel, q.text]), [['majority opinion', 'the law was valid']]);
  assert.deepEqual(quotes('He said in order to win, the party must unite.').map((q) => [q.channel, q.text]), [[null, 'in order to win, the party must unite']]);
  assert.equal(quotes('“Safe abortion should be a right,” Clinton tweeted shortly after the ruling.')[0]?.channel, null);
  assert.deepEqual(quotes('Lee Gelernt, the lawyer who argued the case, said the order was “a critical victory.”').map((q) => q.cue), ['said']);
});

test('"the president said" is someone the text titles president or no one known, not the last official named', () => {
  const qs = quotes('Deputy Assistant Attorney General Drew Ensign told the judge the flights had already left.\n\nThe White House called the ruling “an outrageous overreach.” In a post on Truth Social, the president said the judge should be impeached.');
  assert.equal(qs.find((q) => q.text === 'the judge should be impeached')?.speaker?.name, 'the president');
  assert.equal(quotes('President Joe Biden spoke on Monday. Later, the president said the talks had failed.')[0]?.speaker?.name, 'Joe Biden');
});

test('", the latest in a series of …" is the writer\'s, not more of a report; "referring questions to the ministry" reports nothing', () => {
  assert.deepEqual(quotes('Russia said the two diplomats had been expelled for spying, the latest in a series of tit-for-tat moves between Moscow and London.').map((q) => q.text), ['the two diplomats had been expelled for spying']);
  assert.deepEqual(quotes('Kremlin spokesman Dmitry Peskov declined to comment on the expulsions, referring questions to the foreign ministry.').map((q) => q.cue), ['declined']);
});

test('a channel set off by a comma at the end of a report is the frame\'s: "…, in a statement carried by the official Korean Central News Agency"', () => {
  const q = quotes('Kim Yo-jong warned Seoul on Sunday that the North would respond “with overwhelming force” to any more leaflets, in a statement carried by the official Korean Central News Agency.')[0];
  assert.deepEqual([q.channel, q.text], ['statement', 'the North would respond “with overwhelming force” to any more leaflets']);
});

test('"Park Sang-hak, who leads one of the groups, vowed to continue. “…,” he said": a Korean name the tagger reads as a verb is a person, and "he"', () => {
  const qs = quotes('“This is classic Kim Yo-jong,” Victor Cha told The Washington Times.\n\nPark Sang-hak, who leads one of the groups, vowed to continue. “We will never stop telling the truth,” he said in an interview.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue]), [['Victor Cha', 'told'], ['Park Sang-hak', 'vowed'], ['Park Sang-hak', 'said']]);
});

test('whom a participle of speech is aimed at is part of its words: "…, calling him “a total stiff.”", "…, urging allies to dig deeper"', () => {
  assert.deepEqual(quotes('Trump lashed out at Romney, calling him “a total stiff.”').map((q) => [q.type, q.cue, q.text]).slice(-1), [['mixed', 'calling', 'him “a total stiff.']]);
  assert.deepEqual(quotes('“This is a landmark agreement,” Kamikawa told reporters, calling the Philippines “an irreplaceable partner.”').map((q) => [q.type, q.text]),
    [['direct', 'This is a landmark agreement,'], ['mixed', 'the Philippines “an irreplaceable partner.']]);
  assert.equal(quotes('Biden spoke at length, urging allies to dig deeper.')[0]?.text, 'allies to dig deeper');
});

test('"The Chinese Embassy in Manila said", "A statement from the Chinese Embassy in Manila said": the embassy speaks, not the city', () => {
  assert.equal(quotes('The Chinese Embassy in Manila said Asia-Pacific countries should not form “small circles.”')[0]?.speaker?.name, 'Chinese Embassy');
  assert.equal(quotes('A statement from the Chinese Embassy in Manila said Asia-Pacific countries should not form “small circles.”')[0]?.speaker?.name, 'Chinese Embassy');
});

test('"One of them said", "One of them, a diplomat involved in the negotiations, said": a part of a group speaks; a name set off after it speaks instead', () => {
  assert.deepEqual(quotes('Two people familiar with the talks described the gaps. One of them said the next 48 hours would be decisive.').map((q) => q.speaker?.name).slice(-1), ['One of them']);
  assert.deepEqual(quotes('One of them, a diplomat involved in the negotiations, said the next 48 hours would be “decisive.”').map((q) => q.speaker?.name), ['One of them']);
  assert.deepEqual(quotes('One of his advisers, Tad Devine, told reporters he would leave it to others to assess the comments.').map((q) => q.speaker?.name), ['Tad Devine']);
});

test('"protested outside his residence" says where people gathered, not what they said; "protested the decision" is a report', () => {
  assert.deepEqual(quotes('Families of hostages protested outside his residence in Jerusalem, accusing the government of stalling. Students protested the decision.').map((q) => [q.cue, q.text]),
    [['accusing', 'the government of stalling'], ['protested', 'the decision']]);
});

test('"Carlo Masala, a professor at the Bundeswehr University in Munich, who has long argued …": the person speaks, not the place ending the description', () => {
  const qs = quotes('“We must be ready for war by 2029,” Boris Pistorius told parliament.\n\n“It is a start, but it is not enough.” That was the verdict of Carlo Masala, a professor at the Bundeswehr University in Munich, who has long argued for a return to full conscription.');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Boris Pistorius', 'Carlo Masala', 'Carlo Masala']);
  // (Its relative clause ends where the main clause goes on, however far the name stands from the cue.)
  assert.equal(quotes('Senator Joe Manchin, a Democrat, who has said the bill is too costly, voted no.')[0]?.text, 'the bill is too costly');
});

test('"in the face of what officials describe as …": "what" opens a clause, so the speaker is "officials", not the phrase read over it', () => {
  assert.equal(quotes('The country races to rebuild its armed forces in the face of what officials describe as a growing Russian threat.')[0]?.speaker?.name, 'officials');
  assert.equal(quotes('The bill, which critics said was discriminatory, passed.')[0]?.speaker?.name, 'critics');
});

test('"X is expected to meet Y …, according to officials" is one report, the officials\', not also an unnamed expectation', () => {
  const qs = quotes('Indian Prime Minister Narendra Modi is expected to meet Chinese President Xi Jinping this week, according to officials in both countries, who spoke on condition of anonymity.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name ?? null, q.cue]), [['officials', 'according to']]);
});

test('"A report by the cybersecurity firm Mandiant, released Wednesday, found that …": the report\'s author speaks across the participle set off by commas', () => {
  assert.deepEqual(quotes('A report by the cybersecurity firm Mandiant, released Wednesday, found that the group had been inside some networks for months.').map((q) => [q.speaker?.name, q.text]),
    [['Mandiant', 'the group had been inside some networks for months']]);
});

test('"…, a gesture Swedish officials said they would consider": the writer\'s word for an act, after an object too; the place someone is invited to does not act', () => {
  const qs = quotes('Orban invited Kristersson to Budapest to discuss the matter, a gesture Swedish officials said they would consider.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [
    ['Viktor Orban', 'discuss', 'the matter'],
    ['Swedish officials', 'said', 'they would consider'],
  ]);
});

test('"said that was a matter for the courts": "that" before a verb is the clause\'s subject, one of its words', () => {
  assert.equal(quotes('Asked about the ban, Recean said that was a matter for the courts.').at(-1)?.text, 'that was a matter for the courts');
  assert.equal(quotes('Recean said that the network was run from Moscow.')[0]?.text, 'the network was run from Moscow');
});

test('a colon inside the marks of a partial quotation is the speaker\'s: the report goes on to the closing mark', () => {
  const qs = quotes('Ursula von der Leyen congratulated Sandu on X, writing that Moldovans had "made their choice clear: Europe, democracy and freedom."');
  assert.deepEqual(qs.map((q) => [q.cue, q.channel, q.text]), [
    ['congratulated', 'X', 'Sandu'],
    ['writing', 'X', 'Moldovans had "made their choice clear: Europe, democracy and freedom.'],
  ]);
  // (A colon that opens the quotation still ends the report before it.)
  assert.deepEqual(quotes('He posted a new message: "It\'s about me."').map((q) => q.type), ['indirect', 'direct']);
});

test('a participle that goes on from a report says it the same way: "attacked the judge on Truth Social, calling him …"', () => {
  const qs = quotes('Trump attacked the judge on Truth Social, calling him "a radical left lunatic." The ministry said in a statement that the talks had failed, adding that it would respond.');
  assert.deepEqual(qs.map((q) => [q.cue, q.channel]), [['attacked', 'Truth Social'], ['calling', 'Truth Social'], ['said', 'statement'], ['adding', 'statement']]);
});

test('"the statement said" speaks for whoever issued the statement just before', () => {
  const text = 'Venezuela\'s foreign minister, Yván Gil, said in a statement that the strikes were "extrajudicial executions." "The Bolivarian Republic will defend its sovereignty," the statement said.';
  const q = one(text, 'Bolivarian');
  assert.equal(q.speaker?.name, 'Yván Gil');
  assert.equal(q.channel, 'statement');
  assert.equal(mentionText(text, q), 'the statement');
});

test('"The prime minister said …" before "Prime Minister Dorin Recean" is named: the title in any case, not someone else\'s ("Japanese Prime Minister …")', () => {
  const text = 'Police detained 74 people. The prime minister said the network had been run from Moscow.\n\nPrime Minister Dorin Recean, speaking at a news conference, said authorities had evidence.';
  assert.equal(one(text, 'network').speaker?.name, 'Dorin Recean');
  const other = 'Police detained 74 people. The prime minister said the network had been run from Moscow.\n\nJapanese Prime Minister Shigeru Ishiba said Tokyo was watching.';
  assert.equal(one(other, 'network').speaker?.entity ?? null, null);
});

test('"Kim Yo-jong denounced the drills as …": a given name in two syllables is a name, and its holder can hold a view', () => {
  const q = one('North Korea fired eight missiles on Thursday. The launches came a day after Kim Yo-jong, the powerful sister of leader Kim Jong-un, denounced the drills as "a rehearsal for invasion."', 'rehearsal');
  assert.deepEqual([q.speaker?.name, q.cue, q.type], ['Kim Yo-jong', 'denounced', 'mixed']);
});

test('"The Joint Chiefs of Staff in Seoul said", "the government in Kyiv said": the body speaks, not the city it is in', () => {
  const qs = quotes('The Joint Chiefs of Staff in Seoul said it had detected eight missiles. The government in Kyiv said the attack killed three people.');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Joint Chiefs of Staff', 'government in Kyiv']);
  // ("according to a speech she delivered at New York University in July": no place follows "in".)
  assert.notEqual(quotes('The goal is not revenue, according to a speech Mrs. Clinton delivered at New York University in July 2015.')[0]?.speaker?.name, 'New York University');
});

test('"Asked whether Germany would offer guarantees, Merz said …": the question is reported, what it supposes is no one\'s; whom it is about does not answer', () => {
  const qs = quotes('Asked whether Germany would offer guarantees of its own, Merz said: "We are prepared to do our part."');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [['asked', 'whether Germany would offer guarantees of its own'], ['said', 'We are prepared to do our part.']]);
  const ban = quotes('Ban Ki-moon spoke in New York. Asked whether he was concerned that Donald Trump, the presumptive nominee, who has called global warming a hoax, could win, Ban demurred. "There is just one science," he said.');
  assert.match(ban.find((q) => q.cue === 'asked')?.text ?? '', /could win$/);
  assert.equal(ban.at(-1)?.speaker?.name, 'Ban Ki-moon');
});

test('"Families of hostages held in Gaza denounced …", "Exit polls taken in South Carolina found …": those a participle describes speak, not the place', () => {
  assert.equal(quotes('Families of hostages held in Gaza denounced the decision.')[0]?.speaker?.name, 'Families of hostages');
  assert.equal(quotes('Exit polls taken in South Carolina found that voters were angry.')[0]?.speaker?.name, 'Exit polls');
  // (Nor does the participle report anything: "polls taken over the past two weeks" took nothing said.)
  assert.deepEqual(quotes('The average of polls taken over the past two weeks shows Clinton leading Trump by three points.').map((q) => q.cue), ['shows']);
  // ("The conversation ended with Maddow asking …": a verb and its object, not a description.)
  assert.equal(quotes('The conversation ended with Maddow asking Clinton whether she would pick a woman.')[0]?.speaker?.name, 'Maddow');
});

test('"called on the United States to attack …": whom the call is made on is among its words, as whom one urges', () => {
  assert.equal(quotes('Sanders called on the United States to attack the oil that funds the Islamic State.')[0]?.text, 'the United States to attack the oil that funds the Islamic State');
  assert.equal(quotes('Trump called on Sunday for a ban.')[0]?.text, 'for a ban');
});

test('"India\'s largest refiner, Reliance Industries, said": a body\'s description set off before its name is that body', () => {
  assert.equal(quotes('India\'s largest refiner, Reliance Industries, said it would comply with the sanctions.')[0]?.speaker?.name, 'Reliance Industries');
});

test('"new powers to counter state threats" reports nothing; "countered that …" does', () => {
  const qs = quotes('Britain\'s domestic intelligence agency said it had disrupted 20 plots, as the government announced new powers to counter state threats.');
  assert.deepEqual(qs.map((q) => q.cue), ['said', 'announced']);
  assert.equal(quotes('Sanders countered that the plan would cost too much.')[0]?.cue, 'countered');
});

test('a channel is what it was, not how it went: "in a rare public speech", "in a strongly worded statement"', () => {
  const qs = quotes('Ken McCallum said in a rare public speech that Iran was using criminal networks. The ministry said in a strongly worded statement that it would respond.');
  assert.deepEqual(qs.map((q) => [q.channel, q.text]), [['public speech', 'Iran was using criminal networks'], ['statement', 'it would respond']]);
});

test('"India struck what it described as terrorist infrastructure": "it" is whoever did what it named so, not the body that spoke last', () => {
  const qs = quotes('Pakistan\'s foreign ministry said it remained committed to the ceasefire. The fighting began after India struck what it described as terrorist infrastructure in Pakistan.');
  assert.equal(qs.find((q) => q.cue === 'described')?.speaker?.name, 'India');
});

test('"A federal judge in Boston, Brian E. Murphy, had ruled that …": the name set off after a title and where its holder sits; "that" opens the words of a ruling as of a saying', () => {
  const q = quotes('The case involves eight men. A federal judge in Boston, Brian E. Murphy, had ruled that the flight violated his order.')[0];
  assert.deepEqual([q?.speaker?.name, q?.text], ['Brian E. Murphy', 'the flight violated his order']);
  // ("rejected that argument": a noun phrase after "that", no clause.)
  assert.equal(quotes('The judge rejected that argument in a ruling released Thursday.')[0]?.text.startsWith('that argument'), true);
});

test('"wrote in a dissent that …": a dissent is where a justice said it', () => {
  assert.equal(quotes('Justice Sonia Sotomayor wrote in a dissent that the decision exposed thousands to the risk of torture.')[0]?.channel, 'dissent');
});

test('"he told state television": a broadcaster named in lower case is the channel too', () => {
  assert.equal(quotes('“If they go down this road, Iran will respond appropriately,” Kazem Gharibabadi told state television.')[0]?.channel, 'state television');
});

test('"Clinton in an interview said", "Trump in his announcement speech called": the channel between a name and its cue is no part of the speaker', () => {
  const qs = quotes('Trump in his announcement speech called immigrants “rapists.” Clinton in a brief interview said the plan would fail.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.channel]), [['Donald Trump', 'announcement speech'], ['Clinton', 'interview']]);
  // ("The man in the video said": a description of someone, no channel.)
  assert.equal(quotes('The man in the video said he was sorry.')[0]?.channel, null);
});

test('"told the Security Council" names whom it was told, "told Reuters" the channel', () => {
  const qs = quotes('Tom Fletcher, the U.N. aid chief, told the Security Council that the world had failed. Peskov told Reuters the talks were over.');
  assert.deepEqual(qs.map((q) => q.channel), [null, 'Reuters']);
});

test('whom one blames, accuses or praises is in the words also after an adjective or number ("blamed local officials …"); a channel before a time closes them', () => {
  assert.equal(quotes('Trump accused local officials of lying.')[0]?.text, 'local officials of lying');
  assert.equal(quotes('Biden praised 300 volunteers.')[0]?.text, '300 volunteers');
  const q = quotes('Trump blamed local officials on Twitter before the speech.')[0];
  assert.deepEqual([q?.cue, q?.channel, q?.text], ['blamed', 'Twitter', 'local officials']);
  // (", including …" goes on with the object; only a participle of its own opens another report.)
  assert.equal(quotes('Ed Rendell blamed several factors, including budget cuts that eliminated federal grants.')[0]?.text, 'several factors, including budget cuts that eliminated federal grants');
});

test('a report needs words of its own: "told reporters, adding that …" reports the addition only; "Videos posted on social media and verified by …" posted nothing', () => {
  assert.deepEqual(quotes('Peskov told reporters, adding that Russia would wait.').map((q) => q.cue), ['adding']);
  assert.ok(!quotes('Videos posted on social media and verified by The New York Times appeared to show fighters executing unarmed men.').some((q) => q.cue === 'posted'));
});

test('a participle right after a channel speaks for whoever used it: "issued a statement saying …", "said at a news conference announcing …", "sent a letter to the FBI asking …"', () => {
  const issued = one('The White House issued a statement saying the president would veto the bill.', 'veto');
  assert.deepEqual([issued.speaker?.name, issued.cue, issued.channel], ['White House', 'saying', 'statement']);
  const said = 'Loretta Lynch is the attorney general. "We will get there together," she said at a news conference announcing that her department was suing North Carolina.';
  assert.equal(one(said, 'together').speaker?.name, 'Loretta Lynch');
  const suing = one(said, 'suing');
  assert.deepEqual([suing.speaker?.name, suing.cue, suing.channel], ['Loretta Lynch', 'announcing', 'news conference']);
  const letter = one('Sen. Chuck Grassley sent a letter to the FBI asking that the documents be released.', 'documents');
  assert.deepEqual([letter.speaker?.name, letter.channel], ['Chuck Grassley', 'letter']);
  const fronted = one('In a statement announcing the sanctions, the Treasury said Russia had to be stopped.', 'sanctions');
  assert.deepEqual([fronted.speaker?.name, fronted.channel, fronted.text], ['Treasury Department', 'statement', 'the sanctions']);
  // A report someone dismissed is not theirs, and a comma after the channel leaves the participle its own.
  assert.equal(quotes('Trump dismissed a report saying he had lost money.').find((q) => q.cue === 'saying')?.speaker?.name, 'a report');
  const adding = '"Immunity deals should not be a requirement," Chaffetz said in a statement, adding that the deals were handed out "like candy."';
  assert.equal(one(adding, 'Immunity').cue, 'said');
  assert.deepEqual([one(adding, 'deals were').cue, one(adding, 'deals were').channel], ['adding', 'statement']);
});

test('a channel with its publisher or sender after it: the publisher speaks ("An editorial in the Global Times warned"); "told a regular briefing" is a channel', () => {
  const ed = one('An editorial in the Global Times, a tabloid run by the Communist Party, warned that Taiwan was "playing with fire."', 'Taiwan');
  assert.deepEqual([ed.speaker?.name, ed.channel], ['Global Times', 'editorial']);
  const text = 'A report in The New York Times said the talks had stalled.';
  const nyt = one(text, 'stalled');
  assert.deepEqual([mentionText(text, nyt), nyt.channel], ['The New York Times', 'report']);
  // When it was published is no publisher.
  assert.equal(one('A report on Monday said the talks had stalled.', 'stalled').speaker?.name, 'A report');
  const told = one('A ministry spokesman, He Yadong, told a regular briefing that Beijing would take resolute measures.', 'resolute');
  assert.deepEqual([told.speaker?.name, told.channel], ['He Yadong', 'regular briefing']);
});

test('"his Japanese counterpart, Takeshi Iwaya, said": a counterpart or predecessor is a description of the person named after it', () => {
  assert.equal(one('Rubio met reporters. His Japanese counterpart, Takeshi Iwaya, said the alliance was strong.', 'alliance').speaker?.name, 'Takeshi Iwaya');
  assert.equal(one('Trump spoke first. His predecessor, Joe Biden, said the deal was a mistake.', 'mistake').speaker?.name, 'Joe Biden');
});

test('joint speakers: "Britain, France and Germany warned", "Both Sandu and Recean said" name all, in order; a list that does not open the clause does not', () => {
  const joint = (text: string, words: string) => { const s = one(text, words).speaker; return s ? [...(s.with ?? []).map((w) => w.name), s.name] : null; };
  assert.deepEqual(joint('Britain, France and Germany have warned that they will reimpose sanctions on Iran.', 'reimpose'), ['United Kingdom', 'France', 'Germany']);
  assert.deepEqual(joint('President Lee Jae-myung and Prime Minister Shigeru Ishiba said in a joint statement that they would deepen cooperation.', 'deepen'), ['Lee Jae-myung', 'Shigeru Ishiba']);
  // (A people's adjective in the second title: "and Japanese Prime Minister …".)
  assert.deepEqual(joint('In Tokyo, South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi agreed to deepen cooperation.', 'deepen'), ['Lee Jae-myung', 'Sanae Takaichi']);
  assert.deepEqual(joint('Moldovan President Maia Sandu and Prime Minister Dorin Recean voted on Sunday.\n\nBoth Sandu and Recean said the vote had been free.', 'free'), ['Maia Sandu', 'Dorin Recean']);
  assert.deepEqual(joint('Secretary of State Marco Rubio and his Japanese counterpart, Takeshi Iwaya, said the alliance was strong.', 'alliance'), ['Marco Rubio', 'Takeshi Iwaya']);
  // A direct quote and the paragraph that goes on from it keep both.
  const text = '"We will not back down," Emmanuel Macron and Keir Starmer said in a joint statement.\n\n"We stand together with Ukraine."';
  assert.deepEqual(joint(text, 'back down'), ['Emmanuel Macron', 'Keir Starmer']);
  assert.deepEqual(joint(text, 'stand together'), ['Emmanuel Macron', 'Keir Starmer']);
  // Not a list of speakers: a place in its own phrase, the objects of a clause before, a company's name.
  assert.deepEqual(joint('In Paris, France and Germany said the talks had failed.', 'failed'), ['France', 'Germany']);
  assert.deepEqual(joint('Volodymyr Zelensky spoke. After meeting Emmanuel Macron and Olaf Scholz, Zelensky said the talks had failed.', 'failed'), ['Volodymyr Zelensky']);
  assert.equal(one('Donald Trump met Vladimir Putin and Xi Jinping said the talks had failed.', 'failed').speaker?.with, undefined);
});

test('"Russia\'s ambassador to the United Nations, Vassily Nebenzia, welcomed the vote, saying …": the participle\'s speaker is the envoy named after his post', () => {
  assert.equal(one('Russia\'s ambassador to the United Nations, Vassily Nebenzia, welcomed the vote, saying the draft was biased.', 'biased').speaker?.name, 'Vassily Nebenzia');
});

test('"When the sirens sounded over the island" reports nothing; "But in a commentary carried by KCNA, Pyongyang warned" names the channel', () => {
  assert.deepEqual(quotes('When the sirens sounded over Yeonpyeong Island on Tuesday, Park Mi-ran grabbed her grandson and ran for the shelter.').map((q) => q.cue), []);
  const q = one('North Korea fired a missile. But in a commentary carried by the Korean Central News Agency, Pyongyang warned that any provocation would be met with retaliation.', 'provocation');
  assert.deepEqual([q.speaker?.name, q.channel], ['Pyongyang', 'Korean Central News Agency']);
});

test('a report ends at the speaker\'s own refusal (", but declined to …") and at the writer\'s apposition naming it (", a sharp increase that X called …")', () => {
  assert.equal(one('The agency said it was working with Microsoft to notify affected organizations, but declined to name them.', 'working').text, 'it was working with Microsoft to notify affected organizations');
  // (Also after a quotation's closing mark, and when the speaker "stopped short of" something.)
  assert.doesNotMatch(one('Naim Qassem said in a televised speech that the group\'s patience "has limits," but stopped short of threatening retaliation.', 'patience').text, /stopped/);
  const text = 'NATO allies agreed on Wednesday to raise their defense spending target to 5 percent by 2035, a sharp increase that Secretary General Mark Rutte called "a quantum leap" for the alliance.';
  assert.equal(one(text, 'raise').text, 'to raise their defense spending target to 5 percent by 2035');
  assert.equal(one(text, 'quantum').speaker?.name, 'Mark Rutte');
});

test('"A spokesperson for China\'s Taiwan Affairs Office, Chen Binhua, said": the person named after the description speaks, not the office; "incidents that officials describe as …" has no "that" in its speaker', () => {
  assert.equal(one('A spokesperson for China\'s Taiwan Affairs Office, Chen Binhua, said Washington should stop sending wrong signals.', 'signals').speaker?.name, 'Chen Binhua');
  const text = 'The vessel was the latest in a string of incidents that officials in Taipei describe as "gray zone" pressure.';
  assert.equal(mentionText(text, one(text, 'gray zone')), 'officials in Taipei');
});

test('"Russia will respond “in a mirror way” if …, Kremlin spokesman Dmitry Peskov said": a reply to come is an act, and the closing frame names who said it; a refusal to respond still reports', () => {
  const text = 'Russia will respond "in a mirror way" if the United States deploys long-range missiles in Germany, Kremlin spokesman Dmitry Peskov said on Thursday.';
  const q = one(text, 'mirror way');
  assert.deepEqual([q.speaker?.name, q.cue, q.text], ['Dmitry Peskov', 'said', 'Russia will respond "in a mirror way" if the United States deploys long-range missiles in Germany']);
  assert.equal(one('Neither Alan Grayson nor his campaign would respond to the new claims.', 'claims').cue, 'respond');
});

test('"The Pentagon, in a statement emailed to Reuters, said": the channel set off by commas; "…, whose foreign policy spokesman said" names the spokesman without "whose"', () => {
  assert.equal(one('The U.S. Defense Department, in a statement emailed to Reuters, said the deployment was episodic.', 'episodic').channel, 'statement');
  assert.equal(one('The Pentagon, in a rare move, said the deployment was episodic.', 'episodic').channel, null);
  assert.equal(one('His comments drew a rebuke from the conservative opposition, whose foreign policy spokesman said they were naive.', 'naive').speaker?.name, 'foreign policy spokesman');
});

test('a report ends at another speaker\'s absolute clause (", with several Republicans warning that …"), not at ", with the economy adding 151,000 jobs"; "In a post on X," is a channel', () => {
  assert.equal(one('Senators pressed the official over the decision to pause some weapons shipments, with several Republicans warning that the move had emboldened Moscow.', 'pause').text, 'the official over the decision to pause some weapons shipments');
  assert.match(one('Obama said unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the month.', 'unemployment').text, /151,000 jobs/);
  assert.equal(one('Iran\'s embassy rejected the claims. In a post on X, the embassy said Iran had never sought to harm anyone.', 'harm').channel, 'X');
});

test('a junta\'s statement read on state television, "the ministry said" after "the French Foreign Ministry", "The bloc\'s commissioner …, Abdel-Fatau Musah, told reporters …, though he declined to …"', () => {
  const junta = one('Niger\'s military junta ordered the French ambassador to leave, accusing Paris of "actions contrary to the interests of Niger," in a statement read on state television.', 'contrary');
  assert.deepEqual([junta.text, junta.channel], ['Paris of "actions contrary to the interests of Niger,', 'statement']);
  const paris = 'The French Foreign Ministry said it took note of the demand. "The putschists do not have the authority to make this request," the ministry said in a statement.';
  assert.equal(one(paris, 'putschists').speaker?.name, one(paris, 'took note').speaker?.name);
  const bloc = one('The bloc\'s commissioner for political affairs, Abdel-Fatau Musah, told reporters that "the D-Day is set," though he declined to give a date.', 'D-Day');
  assert.deepEqual([bloc.speaker?.name, bloc.text], ['Abdel-Fatau Musah', 'the D-Day is set,']);
});

test('"an RSF commander standing in front of a burned-out building declared": who stood there speaks, not the building', () => {
  const q = one('In a video posted on social media, an RSF commander standing in front of a burned-out building declared that El Fasher was "liberated."', 'El Fasher');
  assert.equal(q.speaker?.name, 'an RSF commander');
  assert.equal(one('A masked man wearing a military uniform said the city had fallen.', 'fallen').speaker?.name, 'A masked man');
});

test('"told MPs" is an audience, not a channel; "told the state news agency Tass" names Tass', () => {
  assert.equal(one('John Healey told MPs the deployment would be the largest since the Cold War.', 'deployment').channel, null);
  assert.equal(one('Dmitry Peskov told the state news agency Tass that the move was provocative.', 'provocative').channel, 'Tass');
});

test('"he said" after "Speaking alongside …, Mark Rutte, Mr. Trump said …" is Trump; after "But like Trump, Rubio holds …" is Rubio; "wrote on X. Mr. Graham has …" ends a sentence', () => {
  const oval = 'President Trump met allies on Monday.\n\nSpeaking in the Oval Office alongside NATO\'s secretary general, Mark Rutte, Mr. Trump said he was "very disappointed" in President Vladimir Putin. "I thought we would have had a deal two months ago," he said.';
  assert.equal(one(oval, 'two months ago').speaker?.name, 'Donald Trump');
  const briggs = 'Bernie Sanders spoke. Asked if there had been any fraud, Michael Briggs, Sanders\'s spokesman, suggested that the party had been sabotaged.\n\n"Most state parties tried to do a good job," he said.';
  assert.equal(one(briggs, 'good job').speaker?.name, 'Michael Briggs');
  const like = 'Donald Trump says racist things. But like Trump, Marco Rubio holds several positions well outside the mainstream. He believes, for example, that taxes should be abolished.';
  assert.equal(one(like, 'taxes').speaker?.name, 'Marco Rubio');
  const x = one('"Putin will use that time," Senator Lindsey Graham of South Carolina wrote on X. Mr. Graham has sponsored a bill.', 'Putin will');
  assert.deepEqual([x.speaker?.name, x.channel], ['Lindsey Graham', 'X']);
});

test('"…,” according to a statement from his office": the whole source after a quotation, its document the channel; ", his sharpest threat yet" is the writer\'s', () => {
  const q = one('In Kyiv, President Volodymyr Zelensky thanked Mr. Trump for his "willingness to help," according to a statement from his office, and said he had discussed the details with Keith Kellogg.', 'willingness');
  assert.deepEqual([q.cue, q.channel, q.speaker?.name], ['according to', 'statement', "Volodymyr Zelensky's office"]);
  // (A report whose words the source frame closes keeps its speaker; the document is its channel.)
  const thanked = one('In Kyiv, President Volodymyr Zelensky thanked Mr. Trump for his "willingness to help," according to a statement from his office.', 'willingness');
  assert.deepEqual([thanked.speaker?.name, thanked.cue, thanked.channel], ['Volodymyr Zelensky', 'thanked', 'statement']);
  const threat = one('President Trump said on Monday that he would impose "severe" tariffs on Russia within 50 days, his sharpest threat yet against Moscow.', 'tariffs');
  assert.equal(threat.text, 'he would impose "severe" tariffs on Russia within 50 days');
});

test('"they" after a joint speaker or names joined at the start of the sentence before are all of them', () => {
  const joint = (q: Quote) => (q.speaker ? [...(q.speaker.with ?? []).map((w) => w.name), q.speaker.name] : null);
  assert.deepEqual(joint(one('Britain, France and Germany warned on Thursday that they would reimpose sanctions on Iran. "Iran has left us no choice," they said in a joint statement.', 'no choice')), ['United Kingdom', 'France', 'Germany']);
  assert.deepEqual(joint(one('President Lee Jae-myung and Prime Minister Shigeru Ishiba met in Tokyo. They said the two countries would deepen cooperation.', 'deepen')), ['Lee Jae-myung', 'Shigeru Ishiba']);
  // A list that is an object opens nothing.
  assert.notDeepEqual(joint(one('Lindsey Graham spoke. The senators met Hillary Clinton and Donald Trump. They said the talks were useful.', 'useful')), ['Hillary Clinton', 'Donald Trump']);
});

test('"Iran\'s mission to the U.N. in Vienna dismissed …": the mission speaks, not where it sits; "Greece\'s shipping ministry said" keeps its field', () => {
  const vienna = one('Iran\'s mission to the U.N. in Vienna dismissed the report as "politically motivated" and said Tehran\'s program remained peaceful.', 'politically');
  assert.equal(vienna.speaker?.name, 'Iran\'s mission to the U.N.');
  assert.notEqual(one('Russia\'s ambassador to the U.N. in New York said the vote was illegal.', 'illegal').speaker?.name, 'New York');
  assert.equal(one('Greece\'s shipping ministry said it was in contact with the company.', 'contact').speaker?.name, 'Greece\'s shipping ministry');
});

test('"the foreign office said" after "Pakistan\'s foreign office summoned …" is Pakistan\'s; "The U.N. nuclear watchdog, the International Atomic Energy Agency, said" is the agency', () => {
  const office = one('Pakistan\'s foreign office summoned India\'s envoy. "Such reckless actions endanger peace," the foreign office said.', 'reckless');
  assert.deepEqual([office.speaker?.name, office.speaker?.entity !== null], ['Pakistan\'s foreign office', true]);
  assert.equal(one('Pakistan\'s foreign ministry summoned India\'s envoy. "Such reckless actions endanger peace," the ministry said.', 'reckless').speaker?.name, 'Pakistan\'s foreign ministry');
  assert.equal(one('The U.N. nuclear watchdog, the International Atomic Energy Agency, said Iran had expanded its stockpile.', 'stockpile').speaker?.name, 'International Atomic Energy Agency');
  assert.equal(one('The head of the United Nations nuclear watchdog said Iran had expanded its stockpile.', 'stockpile').speaker?.name, 'The head of the United Nations nuclear watchdog');
});

test('"after Mr. Trump, asked about it, had said, \'\'…\'\'": the speaker after a subordinator; doubled single marks open a direct quote', () => {
  const q = one('The issue had come up Friday after Mr. Trump, asked about the deaths of journalists, had said, \'\'I think our country does plenty of killing also.\'\'', 'plenty');
  assert.deepEqual([q.speaker?.name, q.type, q.text], ['Donald Trump', 'direct', 'I think our country does plenty of killing also.']);
  assert.equal(one('He left. Mr. Obama said, \'\'No, I do not think so.\'\' He left.', 'No, I').type, 'direct');
});

test('a passive of asking or telling: whom it was put to does not speak ("was pressed by ABC\'s host"); "told by aides that …", "asked by a caller why …" report what follows', () => {
  assert.deepEqual(quotes('The dominant Republican in the nominating race was pressed by ABC\'s host, George Stephanopoulos, about his remarks.'), []);
  const told = one('She was told by aides that the vote was lost.', 'vote');
  assert.deepEqual([told.speaker?.name, told.text], ['aides', 'the vote was lost']);
  const asked = one('The president was asked by a caller why young men are coming to the U.S. as refugees.', 'refugees');
  assert.deepEqual([asked.speaker?.name, asked.text], ['a caller', 'why young men are coming to the U.S. as refugees']);
  assert.equal(one('However, a different side of the story was being told by The Daily Caller, which unearthed a 1995 story.', 'different side').speaker?.name, 'Daily Caller');
});

test('"-- which Tim Cook called “total political crap” -- one question …": a relative clause set off by dashes ends at the second dash', () => {
  const q = one('Given the European Union\'s efforts to collect -- which Apple\'s chief executive, Tim Cook, called “total political crap” -- one question is whether companies will bring money home.', 'political crap');
  assert.deepEqual([q.speaker?.name, q.text], ['Tim Cook', 'total political crap']);
  assert.deepEqual(quotes('Beck said Trump is appealing to the alt-right — which Hillary Clinton denounced Thursday — and is building a base.').filter((x) => x.text === 'Thursday'), []);
});

test('"EU leaders agreed to …, officials said, overcoming …": the framing report ends the one inside it; "the days when, he said, protesters …" does not', () => {
  const agreed = quotes('EU leaders agreed on Thursday to fund weapons for Ukraine, officials said, overcoming objections from Hungary.').find((q) => q.cue === 'agreed');
  assert.equal(agreed?.text, 'to fund weapons for Ukraine');
  const days = quotes('Mr. Trump lamented the good old days when, he said, protesters would have been treated more harshly.');
  assert.ok(days.some((q) => q.cue === 'lamented' && q.text.includes('treated more harshly')), JSON.stringify(days.map((q) => [q.cue, q.text])));
});

test('"Hungary\'s prime minister", "Hungary, whose prime minister …" is the person the text titles "Hungarian Prime Minister"; "the military said" after "South Korea\'s military said"', () => {
  const later = 'Hungarian Prime Minister Viktor Orban said his country would not pay.';
  assert.equal(one(`Hungary's prime minister had threatened to block it. ${later}`, 'block it').speaker?.name, 'Viktor Orban');
  assert.equal(one(`The deal overcame objections from Hungary, whose prime minister had threatened to block it. ${later}`, 'block it').speaker?.name, 'Viktor Orban');
  assert.notEqual(one(`Britain's prime minister said it was fine. ${later}`, 'fine').speaker?.name, 'Viktor Orban');
  const military = 'North Korea fired missiles on Thursday, South Korea\'s military said. The military said it had strengthened its surveillance.';
  assert.equal(one(military, 'surveillance').speaker?.entity, one(military, 'fired missiles').speaker?.entity);
  assert.notEqual(one(military, 'surveillance').speaker?.entity, null);
});

test('"told CNN in an interview aired Sunday that …": when the channel went out is no part of the words; "in an interview broadcast on Sunday" is an interview', () => {
  const aired = one('Sen. Jim Risch told CNN in an interview aired Sunday that the administration was right to keep talking.', 'administration');
  assert.deepEqual([aired.text, aired.channel], ['the administration was right to keep talking', 'CNN']);
  const broadcast = one('Sen. Jim Risch said in an interview broadcast on Sunday that the administration was right.', 'administration');
  assert.deepEqual([broadcast.text, broadcast.channel], ['the administration was right', 'interview']);
  assert.equal(one('He said in a radio broadcast that the war was over.', 'war').channel, 'radio broadcast');
});

test('"A White House statement said", "A Kremlin readout of the call said": the name before the channel speaks through it; "a readout … released by the department" is the department named before', () => {
  const wh = one('A White House statement said the president had spoken with Mr. Xi.', 'spoken');
  assert.deepEqual([wh.speaker?.name, wh.channel], ['White House', 'statement']);
  const kremlin = one('A Kremlin readout of the call said Putin had stressed the need for talks.', 'stressed');
  assert.deepEqual([kremlin.speaker?.name, kremlin.channel], ['Kremlin', 'readout']);
  // (An interview is named after whom it questioned.)
  assert.notEqual(one('Bill Maher spoke to Bernie Sanders. The Sanders interview concluded that the report was damning.', 'damning').speaker?.name, 'Bernie Sanders');
  const readout = one('Rubio spoke with Wang, the State Department said. According to a readout of the call released by the department, Rubio raised concerns.', 'raised concerns');
  assert.deepEqual([readout.speaker?.name, readout.channel], ['State Department', 'readout']);
});

test('"His office said", "her campaign said": the body speaks for the person the possessive points to', () => {
  const office = one('Taiwan\'s President Lai Ching-te has said the island\'s future should be decided by its people. His office said in a statement that China\'s actions harm peace.', 'harm peace');
  assert.deepEqual([office.speaker?.name, office.speaker?.entity, office.channel], ['Lai Ching-te\'s office', one('Taiwan\'s President Lai Ching-te has said the island\'s future should be decided by its people.', 'future').speaker?.entity, 'statement']);
  assert.equal(one('Hillary Clinton spoke in Ohio. Her campaign said she would return next week.', 'return').speaker?.name, 'Hillary Clinton\'s campaign');
});

test('"In a speech to business leaders in Frankfurt on Tuesday, the chancellor warned …" names the speech; "In a statement on Tuesday," is a statement, not Tuesday', () => {
  assert.equal(one('In a speech to business leaders in Frankfurt on Tuesday, the chancellor warned that Europe was weak.', 'weak').channel, 'speech');
  assert.equal(one('In a statement on Tuesday, the ministry said the talks failed.', 'talks').channel, 'statement');
  assert.equal(one('In a post on X, the embassy said the talks failed.', 'talks').channel, 'X');
});

test('"Ukraine\'s ambassador to Germany, Oleksii Makeiev, thanked Berlin … but said more was needed": the envoy with his posting is the subject both verbs share', () => {
  const qs = quotes('Germany will buy more interceptors, Defense Minister Boris Pistorius said.\n\nUkraine\'s ambassador to Germany, Oleksii Makeiev, thanked Berlin for its support but said more was needed.').filter((q) => q.speaker?.name !== 'Boris Pistorius');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [['Oleksii Makeiev', 'thanked', 'Berlin for its support'], ['Oleksii Makeiev', 'said', 'more was needed']]);
});

test('"The senators met Clinton and Trump. They said …": a "they" opening its sentence is the people that opened the sentence before', () => {
  assert.equal(one('Democrats in Congress criticized the plan on Monday. The senators met Hillary Clinton and Donald Trump on Tuesday. They said the talks were useful.', 'useful').speaker?.name, 'The senators');
  // (Not when the "they" does not open its sentence, nor after a sentence opened by a name.)
  assert.notEqual(one('Lindsey Graham met the envoys. Graham said they were useful.', 'useful').speaker?.name, 'The senators');
});

test('"According to Rear Adm. Trinidad, the navy\'s spokesperson for the West Philippine Sea, Chinese ships had …": the source\'s description is no part of its words', () => {
  const q = one('According to Rear Adm. Roy Vincent Trinidad, the Philippine navy\'s spokesperson for the West Philippine Sea, Chinese navy ships had shadowed the vessel for several hours.', 'shadowed');
  assert.deepEqual([q.speaker?.name, q.text], ['Roy Vincent Trinidad', 'Chinese navy ships had shadowed the vessel for several hours']);
  assert.equal(one('According to the ministry, the attack killed three people.', 'attack').text, 'the attack killed three people');
});

test('"According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at least 13 …": a body\'s description set off after it is no part of its words; "According to officials, a man was arrested, …" is', () => {
  const q = one('According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at least 13 people were killed.', 'killed');
  assert.deepEqual([q.speaker?.name, q.text], ['Syrian Observatory for Human Rights', 'at least 13 people were killed']);
  assert.equal(one('According to Amnesty International, an independent watchdog, the army used excessive force.', 'force').text, 'the army used excessive force');
  assert.equal(one('According to officials, a man was arrested, and two others fled.', 'arrested').text, 'a man was arrested, and two others fled');
});

test('"Mr. Netanyahu\'s office said", "Donald Trump\'s campaign said … It called …": a person\'s own body speaks for that person, and is the "it" after', () => {
  const office = one('Benjamin Netanyahu met the envoy. Mr. Netanyahu\'s office said the talks would resume.', 'resume');
  assert.equal(office.speaker?.name, 'Benjamin Netanyahu\'s office');
  assert.equal(office.speaker?.entity, one('Benjamin Netanyahu met the envoy. Benjamin Netanyahu said the talks would resume.', 'resume').speaker?.entity);
  const it = quotes('Donald Trump\'s campaign said the poll was fake. It called the coverage the biggest attack in history.');
  assert.deepEqual(it.map((q) => q.speaker?.name), ['Donald Trump\'s campaign', 'Donald Trump\'s campaign']);
});

test('"State media quoted him as saying …": the one quoted, named by a pronoun, is who it stands for', () => {
  const q = one('A spokesman for the office, Chen Binhua, said the drills were a warning. State media quoted him as saying that Beijing "will never tolerate" moves toward independence.', 'tolerate');
  assert.deepEqual([q.speaker?.name, q.cue, q.channel], ['Chen Binhua', 'quoted', 'State media']);
  assert.equal(one('Mao Ning spoke on Monday. Xinhua quoted her as saying China opposes the sale.', 'opposes').speaker?.name, 'Mao Ning');
});

test('"Interfax quoted Peskov as saying …", "was quoted by the state-run IRNA news agency as saying": the one quoted speaks; the outlet is the channel', () => {
  const active = one('Interfax quoted Dmitry Peskov as saying the talks had failed.', 'failed');
  assert.deepEqual([active.speaker?.name, active.cue, active.channel, active.text], ['Dmitry Peskov', 'quoted', 'Interfax', 'the talks had failed']);
  const described = one('The official KCNA news agency quoted Kim Jong Un, the country\'s leader, as saying that the test was a success.', 'success');
  assert.deepEqual([described.speaker?.name, described.channel], ['Kim Jong-un', 'KCNA']);
  const after = one('"We are ready," Interfax quoted Dmitry Peskov as saying.', 'ready');
  assert.deepEqual([after.type, after.speaker?.name, after.channel], ['direct', 'Dmitry Peskov', 'Interfax']);
  const colon = one('TASS quoted Dmitry Peskov as saying: "We are ready."', 'ready');
  assert.deepEqual([colon.type, colon.speaker?.name, colon.channel], ['direct', 'Dmitry Peskov', 'TASS']);
  const passive = one('Abbas Araghchi was quoted by the state-run IRNA news agency as saying that "any negotiation under the threat of force is meaningless."', 'meaningless');
  assert.deepEqual([passive.speaker?.name, passive.channel], ['Abbas Araghchi', 'IRNA']);
  const passiveColon = one('Dmitry Peskov was quoted by the TASS news agency as saying: "We are ready."', 'ready');
  assert.deepEqual([passiveColon.speaker?.name, passiveColon.cue, passiveColon.channel], ['Dmitry Peskov', 'was quoted', 'TASS']);
  // (Quoting someone without "as saying" is the outlet's own act.)
  assert.equal(one('The newspaper quoted the minister on Monday.', 'minister').speaker?.name, 'The newspaper');
});

test('"reported on Friday, citing people familiar with the matter, that …": the words start after "that"; the citing is no report of its own', () => {
  const qs = quotes('The Wall Street Journal reported on Friday, citing people familiar with the matter, that the envoy had exchanged messages with Araghchi.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [['The Wall Street Journal', 'reported', 'the envoy had exchanged messages with Araghchi']]);
  assert.equal(one('The company raised prices, citing higher costs.', 'costs').cue, 'citing');
});

test('"A federal judge on Tuesday blocked …, ruling that …": a time between the subject and its verb leaves the subject the participle\'s speaker', () => {
  const q = one('A federal judge on Tuesday blocked the administration from deploying troops to Portland, Oregon, ruling that the president had exceeded his authority.', 'exceeded');
  assert.deepEqual([q.speaker?.name, q.cue, q.text], ['A federal judge', 'ruling', 'the president had exceeded his authority']);
});

test('"a lawmaker from the group, Hassan Fadlallah, said": the name set off after a description with "from" speaks', () => {
  const q = one('Hezbollah did not comment. But a lawmaker from the group, Hassan Fadlallah, said in a televised speech that the resistance would not remain silent.', 'silent');
  assert.deepEqual([q.speaker?.name, q.channel], ['Hassan Fadlallah', 'televised speech']);
});

test('"The 6th Circuit Court of Appeals said", "The U.S. Court of Appeals for the 9th Circuit said": a name keeps its "of" and its ordinal', () => {
  assert.equal(one('The 6th Circuit Court of Appeals said the law was valid.', 'valid').speaker?.name, '6th Circuit Court of Appeals');
  assert.equal(one('The U.S. Court of Appeals for the 9th Circuit said the law was valid.', 'valid').speaker?.name, 'U.S. Court of Appeals');
});

test('"Iran\'s foreign minister said …" before an untitled "Abbas Araghchi": the one person named whose known office it is; "Zelenskiy" is Zelensky', () => {
  const q = one('Iran\'s foreign minister said Saturday that Tehran was ready to resume talks.\n\nAbbas Araghchi added that Iran had no intention of leaving the treaty.', 'ready');
  assert.equal(q.speaker?.name, 'Abbas Araghchi');
  // (No one the article names holds the office: the description stays.)
  assert.equal(one('Iran\'s foreign minister said Saturday that Tehran was ready to resume talks.', 'ready').speaker?.name, 'Iran\'s foreign minister');
  assert.equal(one('Zelenskiy called on allies to speed up deliveries of air defence systems.', 'allies').speaker?.name, 'Volodymyr Zelensky');
});

test('"“…,” the Hostages and Missing Families Forum said": "and" inside a body\'s capitalised name', () => {
  const q = one('"We will not rest until the last one is home," the Hostages and Missing Families Forum said.', 'rest');
  assert.deepEqual([q.type, q.speaker?.name], ['direct', 'Hostages and Missing Families Forum']);
});

test('"with New Delhi blaming “cross-border terrorism” and Islamabad denying any role": each participle its own subject\'s, the sentence before no one\'s', () => {
  const qs = quotes('India and Pakistan traded accusations on Thursday over a deadly attack in Kashmir, with New Delhi blaming "cross-border terrorism" and Islamabad denying any role.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [['New Delhi', 'blaming', 'cross-border terrorism'], ['Islamabad', 'denying', 'any role']]);
});

test('"Pakistan\'s foreign office rejected …" is Pakistan\'s; "Spokesmen at the FBI and Justice Department" are named with the bodies they speak for', () => {
  const office = one('Pakistan\'s foreign office rejected the allegations as "baseless and irresponsible."', 'allegations');
  assert.equal(office.speaker?.entity, one('Pakistan said the allegations were false.', 'allegations').speaker?.entity);
  assert.equal(one('Spokesmen at the FBI and Justice Department would not discuss the investigation.', 'investigation').speaker?.name, 'Spokesmen at the FBI and Justice Department');
});

test('"In a letter to European leaders, Rutte wrote …" is a letter (not the leaders); "In a speech last month, he said:" a speech; "In a message to supporters," a message', () => {
  assert.equal(one('In a letter to European leaders, NATO Secretary-General Mark Rutte wrote that the alliance "must be prepared for every scenario."', 'prepared').channel, 'letter');
  assert.equal(one('In a speech last month, Marcos said: "We will not give up a single square inch of our territory."', 'square inch').channel, 'speech');
  assert.equal(one('In a message to supporters, the senator said she would run.', 'run').channel, 'message');
  assert.equal(one('In a post to Facebook, the mayor said the roads were closed.', 'roads').channel, 'Facebook');
});

test('"According to Ray Powell, who tracks the area, Chinese ships have …": the relative clause describes the source; "According to the transcript, Putin also said …" is Putin\'s, in the transcript', () => {
  const powell = one('According to Ray Powell, who tracks the area for Stanford University\'s SeaLight project, Chinese ships have maintained a presence at the shoal since 2012.', 'Chinese ships');
  assert.deepEqual([powell.speaker?.name, powell.text], ['Ray Powell', 'Chinese ships have maintained a presence at the shoal since 2012']);
  const qs = quotes('According to the transcript, Putin also said that the U.S. draft "could form the basis" of a final settlement.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.channel]), [['Vladimir Putin', 'said', 'transcript']]);
  // (A report is not a record of words: what it says officials said is the report's.)
  assert.equal(quotes('According to the report, officials said the plan failed.').length, 2);
});

test('"A senior administration official, who briefed reporters, pushed back. The official said …": the one introduced so, not the last person named', () => {
  const q = one('Senator Roger Wicker said the response had been "feckless." A senior administration official, who briefed reporters on the condition of anonymity, pushed back. The official said the United States had "a range of options."', 'range of options');
  assert.equal(q.speaker?.name, 'A senior administration official');
  // (An appositive of a name is that person: "Wicker, a former Pentagon official," stays Wicker.)
  assert.equal(one('Senator Roger Wicker, a former Pentagon official, criticized the plan. The official said it was "feckless."', 'feckless').speaker?.name, 'Roger Wicker');
});

test('"“The threat is real.” That was the blunt assessment of Carsten Breuer": adjectives before the word for the quotation; "X, whose party opposes …" is X\'s party', () => {
  const q = one('"We must be ready," Boris Pistorius said.\n\n"The threat is real." That was the blunt assessment of Carsten Breuer, the chief of the German armed forces, in an interview last week.', 'threat is real');
  assert.equal(q.speaker?.name, 'Carsten Breuer');
  const party = one('"The minister is scaring people," said Sahra Wagenknecht, whose party opposes arms deliveries to Ukraine.', 'arms deliveries');
  assert.deepEqual([party.speaker?.name, party.speaker?.entity], ['Sahra Wagenknecht\'s party', null]);
  const campaign = one('"We will win," said Bernie Sanders, whose campaign vowed to fight on.', 'fight on');
  assert.deepEqual([campaign.speaker?.name, campaign.speaker?.entity], ['Bernie Sanders\'s campaign', one('"We will win," said Bernie Sanders, whose campaign vowed to fight on.', 'We will win').speaker?.entity]);
});

test('"Limbaugh added:" closing a paragraph: the next paragraph, without marks, is his words set as a block; not after "Watch the video below:"', () => {
  const q = one('Limbaugh has long mocked the debates. Limbaugh added:\n\nAnd from a supposed front-runner, Hillary Clinton, this reeks of some of the greatest fear that I have ever seen.\n\nThe debate is on Monday.', 'supposed front-runner');
  assert.deepEqual([q.type, q.speaker?.name, q.cue, q.text], ['direct', 'Limbaugh', 'added', 'And from a supposed front-runner, Hillary Clinton, this reeks of some of the greatest fear that I have ever seen']);
  assert.equal(quotes('Watch the video below:\n\nThe clip shows the senator at a rally in Ohio last week.').length, 0);
  // (A paragraph with marks of its own is quoted as it stands.)
  assert.equal(one('He told reporters:\n\n"We are going to win so much," he said, "that you will get tired."', 'win so much').cue, 'said');
});

test('"Trump is promising lower taxes": a participle the tagger reads as an adjective after "is" or "has" is a verb to the relaxed reader', () => {
  const q = one('In his speech, Trump is promising lower taxes and "jobs, jobs, jobs," but he has also intensified his attacks.', 'lower taxes');
  assert.deepEqual([q.speaker?.name, q.cue], ['Donald Trump', 'promising']);
});

test('"He was cited by the semi-official Tasnim news agency as saying …" is his, with Tasnim the channel; "The foreign ministers of France, Germany and Britain said" is the whole list; "In comments carried by state media," is the channel', () => {
  const cited = one('Esmaeil Baghaei spoke on Friday. He was cited by the semi-official Tasnim news agency as saying that Iran would respond "firmly."', 'would respond');
  assert.deepEqual([cited.speaker?.name, cited.channel], ['Esmaeil Baghaei', 'Tasnim']);
  assert.equal(one('The foreign ministers of France, Germany and Britain said on Friday they were ready to reimpose sanctions.', 'reimpose').speaker?.name, 'The foreign ministers of France, Germany and Britain');
  const bare = one('France, Germany and Britain said on Friday they were ready to reimpose sanctions.', 'reimpose');
  assert.deepEqual([bare.speaker?.name, ...(bare.speaker?.with ?? []).map((w) => w.name)], ['United Kingdom', 'France', 'Germany']);
  assert.equal(one('In comments carried by state media, Iranian President Masoud Pezeshkian said his country "will not bow to bullying."', 'bow').channel, 'state media');
});

test('"Iran\'s armed forces said" is Iran\'s; "told Chinese state media", "told state-run television" are channels', () => {
  assert.equal(one('Iran\'s armed forces said on Sunday they were ready for "any scenario."', 'ready').speaker?.entity, one('Iran said on Sunday it was ready.', 'ready').speaker?.entity);
  assert.equal(one('Wang Yi told Chinese state media that he had urged Washington to change course.', 'change course').channel, 'Chinese state media');
  assert.equal(one('Pezeshkian told state-run television that Iran would respond.', 'respond').channel, 'state-run television');
});

test('"Local officials inspected the damage. They said …": a sentence\'s capitalised first word the tagger reads as a name still opens the group "they" goes back to', () => {
  assert.equal(one('Local officials inspected the damage on Monday. They said the bridge would reopen next week.', 'reopen').speaker?.name, 'Local officials');
  assert.equal(one('Rescue workers searched the rubble on Monday. They said more bodies could be found.', 'bodies').speaker?.name, 'Rescue workers');
});

test('"As Akhil Amar, author of “America\'s Unwritten Constitution,” put it, “…”": a title in marks closing the appositive leaves the name before it the speaker', () => {
  assert.equal(one('As Akhil Amar, author of “America’s Unwritten Constitution,” put it, “The document does not say.”', 'document').speaker?.name, 'Akhil Amar');
  assert.equal(one("As Akhil Amar, author of ''America's Unwritten Constitution,'' put it, ''The document does not say.''", 'document').speaker?.name, 'Akhil Amar');
});

test('"Erdogan told Putin that …" in a text that names no country: a known office holder\'s family name is whom it was told, not a channel', () => {
  assert.equal(one('Erdogan told Putin that Turkey was ready to host the talks.', 'host the talks').channel, null);
  assert.equal(one('Sanders told Politico that he would stay in the race.', 'stay in the race').channel, 'Politico');
});

test('"confirmed that German firms were among those targeted but gave no details": the speaker\'s reticence is no part of the words', () => {
  assert.equal(one('A spokesperson for the agency confirmed that German firms were among those targeted but gave no details.', 'German firms').text, 'German firms were among those targeted');
});

test('"Analysts at Goldman Sachs wrote …": people of a body are named as they are, and speak for it', () => {
  const q = one('Analysts at Goldman Sachs wrote in a note to clients that the sanctions could remove supply.', 'remove supply');
  assert.deepEqual([q.speaker?.name, q.channel], ['Analysts at Goldman Sachs', 'note']);
  assert.equal(q.speaker?.entity, one('Goldman Sachs said the sanctions could remove supply.', 'remove supply').speaker?.entity);
});

test('"called into Tom Joyner\'s radio program", "called in to a town hall" are phoning in, not saying; "call in live from London to discuss …" is the caller\'s', () => {
  assert.deepEqual(quotes('Clinton called into Tom Joyner\'s radio program when she was home sick.').map((q) => q.cue), []);
  assert.deepEqual(quotes('Lynch called in to an MTV town hall about police relations.').map((q) => q.cue), []);
  assert.equal(one('Raheem Kassam will call in live from London to discuss the migrant crisis.', 'migrant crisis').speaker?.name, 'Raheem Kassam');
  assert.equal(one('Trump called Clinton a liar.', 'liar').cue, 'called');
});

test('"The witness said …, according to the report. … The report found … . It said …": a report that quotes someone is not that person\'s, so "it" is the report', () => {
  const text = 'The witness said the order was meant "to avoid a scandal," according to the report.\n\nThe report also found that employees took documents with them. It said officials had concealed information.';
  const q = one(text, 'concealed information');
  assert.deepEqual([q.speaker?.name, q.channel], ['The report', null]);
  // (A statement the speaker issued still speaks for the speaker.)
  const r = one('Gil said in a statement that the strikes were illegal. "We will respond," the statement said.', 'We will respond');
  assert.deepEqual([r.speaker?.name, r.channel], ['Gil', 'statement']);
});

test('a verb the tagger reads as a noun still makes a clause: "The job marks his return, a friend said", "Factors impact the cost, said …"', () => {
  assert.deepEqual(quotes('The job marks his return to politics, a friend said.').map((q) => [q.speaker?.name, q.text]), [['a friend', 'The job marks his return to politics']]);
  assert.deepEqual(quotes('Rising factors impact the cost of college, said Mark Kantrowitz.').map((q) => [q.speaker?.name, q.text]), [['Mark Kantrowitz', 'Rising factors impact the cost of college']]);
  // (Not after a singular in "-s", nor before a time: "Tass news agency the strikes …", "murder charges the following year".)
  assert.deepEqual(quotes('He faced murder charges the following year, officials said.').map((q) => q.text), ['He faced murder charges the following year']);
});

test('an inverted frame inside the words: "The plan, said Sunshine, who remains friendly with him, is dead"; "…, said X, a senior adviser at CSIS, adding that …"', () => {
  assert.deepEqual(quotes('The plan, said Louise Sunshine, who remains friendly with him, is dead.').map((q) => [q.speaker?.name, q.text]), [['Louise Sunshine', 'The plan is dead']]);
  assert.deepEqual(quotes('Delivery will take years, said Mark Cancian, a senior adviser at CSIS, adding that the backlog was growing.').map((q) => [q.speaker?.name, q.cue, q.text]),
    [['Mark Cancian', 'said', 'Delivery will take years'], ['Mark Cancian', 'adding', 'the backlog was growing']]);
  // (A naming participle is no frame: "The program, called EB-5, allows …".)
  assert.deepEqual(quotes('The program, called EB-5, allows foreign investors to gain citizenship.').filter((q) => q.cue === 'called'), []);
});

test('a frame that closes the sentence with a present tense after a name: "…, the Daily Caller reports."; a body\'s name before a title: "Fight for $15 organizing director Kendall Fells told …"', () => {
  assert.deepEqual(quotes('The union will protest the debate, the Daily Caller reports.').map((q) => [q.speaker?.name, q.cue, q.text]), [['Daily Caller', 'reports', 'The union will protest the debate']]);
  // (A document word after a common noun is still a noun: "according to news reports.")
  assert.deepEqual(quotes('The talks collapsed, according to news reports.').map((q) => [q.speaker?.name, q.cue]), [['news reports', 'according to']]);
  const text = '“They care about two things,” Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee.';
  assert.deepEqual(quotes(text).map((q) => [q.speaker?.name, q.channel]), [['Kendall Fells', 'Fox News 6']]);
});

test('a text "states that", a body that judges "found" a clause: "A document on the website states that …", "An arbitration panel found the United States was …"', () => {
  assert.deepEqual(quotes('A document on the campaign\'s website states that couples would receive six weeks of leave.').map((q) => [q.cue, q.text]), [['states', 'couples would receive six weeks of leave']]);
  assert.deepEqual(quotes('An arbitration panel found the United States was in breach of the agreement.').map((q) => [q.speaker?.name, q.text]), [['An arbitration panel', 'the United States was in breach of the agreement']]);
  // (Not "Rust Belt states that voted …", nor "The jury found him guilty", which has no clause.)
  assert.deepEqual(quotes('Rust Belt states that voted for Obama swung to Trump. The jury found him guilty.'), []);
});

test('what the speaker left unsaid is the writer\'s: "…, and did not mention the grain", "“if our conditions are met,” without saying what those were"', () => {
  assert.deepEqual(quotes('The ministry said its forces had struck military targets, and did not mention the grain.').map((q) => q.text), ['its forces had struck military targets']);
  assert.deepEqual(quotes('Peskov told reporters that Moscow remained open to talks “if our conditions are met,” without saying what those were.').map((q) => q.text), ['Moscow remained open to talks “if our conditions are met,']);
  // ("Clinton has said she wants …, and has expressed support for …": a second cue after the first one's auxiliary.)
  assert.deepEqual(quotes('Clinton has said she wants a safe zone in Syria and has expressed support for wider engagement.').map((q) => [q.cue, q.text]),
    [['said', 'she wants a safe zone in Syria'], ['expressed', 'support for wider engagement']]);
  // ("said Andrii Sizov, head of the consultancy SovEcon, who added that …": a role with no article describes the name.)
  assert.deepEqual(quotes('Premiums have doubled, said Andrii Sizov, head of the consultancy SovEcon, who added that some owners had stopped.').map((q) => q.speaker?.name), ['Andrii Sizov', 'Andrii Sizov']);
});

test('a participle after where something was aired is its reader\'s: "read a statement on state television accusing …"; "gave no details" reports nothing', () => {
  const qs = quotes('The junta\'s spokesman, Col Amadou Abdramane, read a statement on state television accusing "foreign sponsors" of financing the cell.');
  assert.deepEqual(qs.filter((q) => q.cue === 'accusing').map((q) => q.speaker?.name), ['Amadou Abdramane']);
  assert.deepEqual(quotes('He thanked "all those who worked discreetly" for their release but gave no details of how it was secured.').map((q) => q.cue), ['thanked']);
});

test('a report nested in another does not cut it at its own speaker: "Earnest said Monday that President Barack Obama has long called for …"', () => {
  const qs = quotes('White House spokesman Josh Earnest said Monday that President Barack Obama has long called for tax fairness and relief for middle class families.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [
    ['Josh Earnest', 'said', 'President Barack Obama has long called for tax fairness and relief for middle class families'],
    ['Barack Obama', 'called', 'for tax fairness and relief for middle class families'],
  ]);
});

test('an article, testimony or affidavit is a channel: "a Wall Street Journal article found", "wrote in an affidavit"; a Nordic minister\'s given name: "Tore Sandvik"', () => {
  assert.deepEqual(quotes('A Wall Street Journal article found that the incident had been exaggerated.').map((q) => [q.speaker?.name, q.channel]), [['The Wall Street Journal', 'article']]);
  assert.deepEqual(quotes('"He grabbed my arm," Marc Bujnowski wrote in an affidavit.').map((q) => [q.speaker?.name, q.channel]), [['Marc Bujnowski', 'affidavit']]);
  assert.deepEqual(quotes('"The High North is no longer calm," Norway\'s defense minister, Tore Sandvik, told Foreign Policy.').map((q) => [q.speaker?.name, q.channel]), [['Tore Sandvik', 'Foreign Policy']]);
});

test('hearers and then a clause whose subject is a name: "told reporters Tokyo had lodged a protest"', () => {
  assert.deepEqual(quotes('Hayashi told reporters Tokyo had lodged a protest through diplomatic channels.').map((q) => q.text), ['Tokyo had lodged a protest through diplomatic channels']);
});

test('a participle after an object cue is the subject\'s: "Zelenskiy, who joined by video link, urged leaders to act quickly, saying …"', () => {
  const qs = quotes('Ukrainian President Volodymyr Zelenskiy, who joined the talks by video link, urged leaders to act quickly, saying Kyiv would run short of money next year.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue]), [['Volodymyr Zelensky', 'urged'], ['Volodymyr Zelensky', 'saying']]);
});

test('a plural noun before a clause with its own verb stays a noun: "Carson reported on disclosure forms a speaking fee was …"', () => {
  assert.deepEqual(quotes('Carson reported on his disclosure forms a speaking fee was between $50,000 and $100,000.').map((q) => q.text), ['a speaking fee was between $50,000 and $100,000']);
});

test('"A doctor at the town\'s only functioning hospital said" is the doctor; a headline\'s "X rejects Y as Z claims W" is two reports', () => {
  assert.deepEqual(quotes('A doctor at the town\'s only functioning hospital said at least 40 civilians had been brought in.').map((q) => q.speaker?.name), ['A doctor']);
  assert.deepEqual(quotes('Sudan\'s army rejects truce plan as RSF claims control of key Kordofan town\n\nThe talks failed on Sunday, officials said.').slice(0, 2).map((q) => q.text),
    ['truce plan', 'control of key Kordofan town']);
  // (Not a comparison: "someone as wealthy as Mr. Trump claims to be".)
  assert.deepEqual(quotes('We would know what loopholes enable someone as wealthy as Mr. Trump claims to be to pay no tax.').filter((q) => q.cue === 'know').map((q) => q.text.length > 40), [true]);
});

test('a poll share with the words that round it and its figure set off: "About two-thirds, 67 percent, say …", "Just over a quarter, 26 percent, say …"', () => {
  assert.deepEqual(quotes('Among likely primary voters, about two-thirds, 67 percent, say they will vote for Trump. Just over a quarter, 26 percent, say they will vote for someone else.')
    .map((q) => [q.speaker?.name, q.text]), [['about two-thirds', 'they will vote for Trump'], ['Just over a quarter', 'they will vote for someone else']]);
});

test('"was quoted as saying" with no "by" is quoted by the news outlet named last: "… in a statement carried by KCNA. Kim was quoted as saying …"', () => {
  const text = 'The commission said in a statement carried by KCNA that the soldiers had fought bravely. Kim was quoted as saying that a monument would be built.';
  assert.deepEqual(quotes(text).filter((q) => q.cue === 'was quoted as saying').map((q) => [q.speaker?.name, q.channel]), [['Kim', 'Korean Central News Agency']]);
  // (No outlet named: no channel.)
  assert.deepEqual(quotes('Kim was quoted as saying that a monument would be built.').map((q) => q.channel), [null]);
});

test('a poll closing the sentence reports the clause before it ("Reyes leads Ortiz by nine points in the latest Harbor Institute poll"); "rose in the polls" and a relative clause do not', () => {
  const q = one('Reyes leads Ortiz by nine points in the latest Harbor Institute poll.', 'Reyes leads Ortiz');
  assert.deepEqual([q.cue, q.speaker?.name, q.text], ['in', 'the latest Harbor Institute poll', 'Reyes leads Ortiz by nine points']);
  assert.deepEqual(quotes('Reyes rose in the polls after the debate.'), []);
  assert.deepEqual(quotes('Ortiz, who trails Reyes in the polls, met the dock workers.'), []);
});

test('"“…,” Reyes said this month on Harbor TV." is the quotation alone: when and where it was said are no more words', () => {
  assert.deepEqual(quotes('"Let us debate the ferry," Reyes said this month on Harbor TV.').map((q) => [q.type, q.text]), [['direct', 'Let us debate the ferry,']]);
  assert.deepEqual(quotes('"Let us debate the ferry," Reyes said, adding that the vote was rigged.').map((q) => q.type), ['direct', 'indirect']);
});

test('"charged with", "accused of" straight after a name is the one accused, with no accuser named; "whom she accused of …" is hers; "The warning came from X, the head of Y, after …" names the quotation\'s speaker', () => {
  assert.deepEqual(quotes('Former harbor clerk charged with selling ferry secrets').map((q) => [q.speaker, q.cue, q.text]), [[null, 'charged', 'with selling ferry secrets']]);
  assert.equal(quotes('She named the clerks whom she accused of selling ferry secrets.')[0]?.speaker?.name, 'She');
  const qs = quotes('The port lost money.\n\n"Every day without a ferry costs us a fortune." The warning came from Ann Reyes, the head of the port authority, after a visit to the docks last week.');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Ann Reyes']);
});

test('a plural holding a position on a thing ("Millennials support background checks") reports it; "Republican support groups" does not', () => {
  assert.deepEqual(quotes('By a wide margin, Millennials support background checks for all ferry passengers.').map((q) => [q.speaker?.name, q.cue, q.text]),
    [['Millennials', 'support', 'background checks for all ferry passengers']]);
  assert.deepEqual(quotes('Republican support groups met on Monday.'), []);
});

test('a name in marks closed by a comma ends the naming ("what she called a “rant,” a series of postings"; "The plan, which critics called “a giveaway,” passed"), but a list of names goes on', () => {
  assert.deepEqual(quotes('She left after what she called a "rant," a series of online postings.').map((q) => q.text), ['a "rant,']);
  assert.deepEqual(quotes('The ferry plan, which critics called "a giveaway," passed on Monday.').map((q) => q.text), ['a giveaway,']);
  assert.deepEqual(quotes('Reyes called the mayor a "nasty guy," a "liar" and "unstable."').map((q) => q.text), ['the mayor a "nasty guy," a "liar" and "unstable.']);
});

test('a group described by who backs it or what it is ("The Iranian-backed group said", "The militant group said") is the group of no state named last; one the description names is not ("the BLM group")', () => {
  const q = quotes('Hezbollah fired rockets at northern Israel on Tuesday. The Iranian-backed group said it had targeted an army base near Safed.');
  assert.deepEqual(q.map((x) => x.speaker?.name), ['Hezbollah']);
  const m = quotes('Hamas fighters attacked the base. The militant group said it had killed ten soldiers.');
  assert.deepEqual(m.map((x) => x.speaker?.name), ['Hamas']);
  // One the description names is that one.
  assert.notEqual(quotes('Hezbollah fired rockets on Tuesday. The BLM group said it would march.')[0]?.speaker?.name, 'Hezbollah');
});

test('"In a confidential report seen by Reuters, the agency said …": a report opening the sentence is the channel of the speaker after it, not a speaker of its own', () => {
  const q = quotes('In a confidential report seen by Reuters, the International Atomic Energy Agency said Iran had informed it that it would install more machines.');
  assert.deepEqual(q.map((x) => [x.speaker?.name, x.cue, x.channel]), [['International Atomic Energy Agency', 'said', 'report']]);
  assert.equal(quotes('In a statement released on Monday, the ministry said the attack was illegal.')[0]?.channel, 'statement');
  // A poll still speaks for itself.
  assert.equal(quotes('In the poll, 50 percent said they backed the plan.').some((x) => x.cue === 'in'), true);
});

test('"waters near the shoal, which China calls Ren\'ai Jiao, and that the coast guard had taken …": a relative naming is no report, and the report around it runs on', () => {
  const q = quotes('Mao Ning said the Philippine boat had "illegally intruded" into waters near the shoal, which China calls Ren\'ai Jiao, and that the coast guard had taken "necessary measures in accordance with the law."');
  assert.deepEqual(q.map((x) => [x.speaker?.name, x.cue]), [['Mao Ning', 'said']]);
  assert.match(q[0].text, /coast guard had taken/);
});

test('"the U.N. nuclear watchdog said", "the U.N. food agency said" are the IAEA and the WFP; "the department" is the Department of Foreign Affairs named before; "The coast guard" the Philippine coast guard that spoke before', () => {
  assert.equal(quotes('Iran has begun installing new centrifuges, the U.N. nuclear watchdog said on Thursday.')[0]?.speaker?.name, 'International Atomic Energy Agency');
  assert.equal(quotes('Aid is running out, the U.N. food agency said.')[0]?.speaker?.name, 'World Food Programme');
  const summoned = quotes('The Philippine Department of Foreign Affairs summoned China\'s ambassador, according to a statement from the department.');
  assert.deepEqual(summoned.map((q) => [q.speaker?.name, q.channel]), [['Philippine Department of Foreign Affairs', 'statement']]);
  const guard = quotes('The Philippine coast guard said the ship was damaged. The coast guard said three crew members were hurt.');
  assert.deepEqual(guard.map((q) => q.speaker?.name), ['Philippine coast guard', 'Philippine coast guard']);
});

test('"a reaction to repeated Israeli violations": a past form after "to" describes its noun and reports nothing ("He repeated his claim that …" still does)', () => {
  assert.deepEqual(quotes('Hezbollah said its response was a reaction to repeated Israeli violations of the truce.').map((q) => q.cue), ['said']);
  assert.deepEqual(quotes('He repeated his claim that the vote was rigged.').map((q) => q.cue), ['repeated']);
});

test('a headline "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade" is the speaker\'s words to whom it names; a heading "Limited Tools to Fight Terrorism: …" in the body is not', () => {
  const q = quotes('Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nWASHINGTON (UPI) -- Hillary Clinton spoke on Friday.');
  assert.deepEqual(q.map((x) => [x.speaker?.name, x.text]), [['Hillary Clinton', 'Trump will reverse Roe v. Wade']]);
  const heading = quotes('The United Nations at 71.\n\nMany reports came out on Monday.\n\nLimited Tools to Fight Terrorism: The United Nations was set up at a time when conflicts erupted among nations.');
  assert.deepEqual(heading, []);
});

test('"“…,” a resident, who asked not to be named for fear of reprisals, told The Associated Press": the cues of a relative aside after the speaker are not the frame\'s', () => {
  const q = quotes('"They shot people in the streets as they tried to flee," a resident, who asked not to be named for fear of reprisals, told The Associated Press by phone.');
  assert.deepEqual(q.map((x) => [x.type, x.speaker?.name, x.cue, x.channel]), [['direct', 'a resident', 'told', 'The Associated Press']]);
  // (A relative after the cue is no aside of the speaker's: "the developer said of Mr. Clinton, who …".)
  assert.equal(quotes('"He is a wonderful guy," the developer said of Mr. Clinton, who, in reality, is a so-so golfer.')[0]?.cue, 'said');
});

test('"In a blog post, the company said …": the blog post is the channel', () => {
  assert.equal(quotes('In a blog post, the company said the group used a password spray attack.')[0]?.channel, 'blog post');
});

test('"as Kyiv pressed its campaign against Russia\'s energy industry" reports nothing (going on with a deed); "pressing his attack that Clinton is not qualified" still does', () => {
  assert.deepEqual(quotes('Ukrainian drones struck a refinery overnight, the governor said, as Kyiv pressed its campaign against Russia\'s energy industry.').map((q) => q.cue), ['said']);
  assert.equal(quotes('Sanders is pressing his attack that Clinton is not qualified to be president.').length, 1);
});

test('"One passenger, Subhonkul Rakhimov, told Russian media that …": a plain word for a person set off before a name is that person, and "Russian media", "local media" are channels', () => {
  const q = quotes('One passenger, Subhonkul Rakhimov, told Russian media that he heard a blast.')[0];
  assert.deepEqual([q?.speaker?.name, q?.channel], ['Subhonkul Rakhimov', 'Russian media']);
  assert.equal(quotes('A resident, Ahmed Ali, told local media that he heard a blast.')[0]?.channel, 'local media');
});

test('"apologized to Aliyev for the incident": whom one apologises to is no part of what for; "recalled its ambassador", "recalled 2 million cars" report nothing ("recalled that …" does)', () => {
  assert.deepEqual(quotes('Sanders apologized to his supporters and to Hillary Clinton for the breach of her voter data.').map((q) => q.text), ['for the breach of her voter data']);
  assert.deepEqual(quotes('Pakistan has recalled its ambassador from Tehran. The company recalled 2 million cars.'), []);
  assert.equal(quotes('He recalled that the war was long.')[0]?.text, 'the war was long');
});

test('"asked its allies, including the United States, for help": an aside on the hearers is no part of what was asked', () => {
  assert.equal(quotes('Guyana has asked its allies, including the United States, for help.').find((q) => q.cue === 'asked')?.text, 'for help');
});

test('"The ministry said 32 targets had been destroyed, which it described as …": "it" is the ministry that reports in its sentence, not an organisation named in the sentences before', () => {
  const text = 'The Turkish Defence Ministry said warplanes struck dozens of targets overnight.\n\n"Those who attacked our country will pay a heavy price," President Tayyip Erdogan said at a BRICS summit in Kazan.\n\nThe ministry said 32 targets had been destroyed in the strikes, which it described as acts of self-defence.';
  assert.equal(quotes(text).find((q) => q.cue === 'described')?.speaker?.name, 'Defence Ministry');
});

test('"A State Department spokesperson said", "A Pentagon spokesman said": the spokesperson speaks for the body named before the word (its entity), under the description', () => {
  const text = 'A State Department spokesperson said Washington had urged Ankara to show restraint.';
  const a = analyzeArticle(articleFromText(text, { language: 'en' }));
  const q = a.quotes[0];
  assert.deepEqual([q?.speaker?.name, a.entities.find((e) => e.id === q?.speaker?.entity)?.name], ['A State Department spokesperson', 'State Department']);
});

test('"Hezbollah blamed Israel … . Israel\'s military declined to comment. “…,” the group said": "the group" is the armed group named before, not the state\'s military that spoke last; not a party ("The group also views …" after the Republican Party)', () => {
  const text = 'Hezbollah blamed Israel for the blasts. Israel\'s military declined to comment.\n\n"We hold the Israeli enemy fully responsible for this criminal aggression," the group said in a statement.';
  assert.equal(quotes(text).find((q) => q.cue === 'said')?.speaker?.name, 'Hezbollah');
});

test('"Hospitals were overwhelmed, he said, and appealed to medical workers …", "…, he said, and added that …": a speaker\'s act joined after a frame set off by commas is no more of the words, and the frame\'s speaker does it; "…, the airline added, and had passed all checks" goes on', () => {
  assert.deepEqual(quotes('Hospitals in southern Lebanon were overwhelmed, he said, and appealed to medical workers to report for duty.').map((q) => q.text), ['Hospitals in southern Lebanon were overwhelmed']);
  assert.deepEqual(quotes('The talks were difficult, he said, and added that no deal was near.').map((q) => [q.speaker?.name, q.cue, q.text]), [['he', 'said', 'The talks were difficult'], ['he', 'added', 'no deal was near']]);
  assert.equal(quotes('He had no known political affiliations, the airline added, and had passed all background security checks.')[0]?.text, 'He had no known political affiliations and had passed all background security checks');
});

test('"South Korea\'s presidential office said": a country\'s presidential office speaks for the country', () => {
  const a = analyzeArticle(articleFromText('South Korea\'s presidential office said the military would install loudspeakers.', { language: 'en' }));
  assert.equal(a.entities.find((e) => e.id === a.quotes[0]?.speaker?.entity)?.name, 'South Korea');
});

test('"According to two people familiar with the negotiations, the Senate\'s top Democrat, Chuck Schumer, has told colleagues …": the description and its name are the clause\'s subject (Schumer speaks), not a description of the source', () => {
  const qs = quotes('According to two people familiar with the negotiations, the Senate\'s top Democrat, Chuck Schumer, has told colleagues he plans to hold a vote next week.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue, q.text]), [
    ['two people familiar with the negotiations', 'according to', 'the Senate\'s top Democrat, Chuck Schumer, has told colleagues he plans to hold a vote next week'],
    ['Chuck Schumer', 'told', 'he plans to hold a vote next week'],
  ]);
});

test('"Trump weighed in on Truth Social, writing that …": the platform is where he weighed in, no words of his; "were divided on Tuesday over the package" holds the package, not Tuesday', () => {
  assert.deepEqual(quotes('Former President Donald Trump weighed in on Truth Social, writing that any aid should be structured as a loan.').map((q) => q.text), ['any aid should be structured as a loan']);
  assert.equal(quotes('Senate Republicans were divided on Tuesday over the package.')[0]?.text, 'the package');
});

test('"said in an interview with CNN": the outlet given the interview is the channel ("with reporters" leaves the interview)', () => {
  assert.deepEqual(quotes('"We have been asked to write a blank check," Vance said in an interview with CNN. He said in an interview with reporters that it was fine.').map((q) => q.channel), ['CNN', 'interview']);
});

test('"Russia could attack …, he said in an interview with the broadcaster ZDF, adding: “…”": the participle after a frame whose channel runs on is the frame speaker\'s, not the sentence subject\'s', () => {
  const qs = quotes('Russia could attack a NATO country by 2029, he said in an interview with the broadcaster ZDF, adding: "We have to be war-ready."');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue]), [['he', 'said'], ['he', 'adding']]);
});

test('"closed its border crossings and recalled its ambassador", "troops clashed along the border" report nothing; "senators clashed over the bill" does; "…, his spokesman said" speaks for him', () => {
  assert.deepEqual(quotes('Thailand closed all border crossings with Cambodia and recalled its ambassador from Phnom Penh. Thai and Cambodian troops clashed at several points along their disputed border.'), []);
  assert.deepEqual(quotes('The two senators clashed over the bill.').map((q) => q.cue), ['clashed']);
  const q = quotes('U.N. Secretary-General Antonio Guterres urged both countries to exercise "maximum restraint," his spokesman said.')[0];
  assert.deepEqual([q.speaker?.name, q.speaker?.entity !== null], ["Antonio Guterres's spokesman", true]);
});

test('"…,” Iran\'s mission said in a post on X", "said in a post on Truth Social that …": the platform is the channel, not the post', () => {
  assert.deepEqual(quotes('"The matter can be deemed concluded," Iran\'s mission to the United Nations said in a post on X.').map((q) => q.channel), ['X']);
  assert.deepEqual(quotes('He said in a post on Truth Social that he would win.').map((q) => q.channel), ['Truth Social']);
  assert.deepEqual(quotes('She said in a statement on Monday that the talks failed.').map((q) => q.channel), ['statement']);
});

test('"BAMAKO, Mali (AP) — … The army said …", "The junta denies …": a state\'s body named bare is the home state\'s in a story filed from there; not in one filed from Washington, nor from a hub about another state', () => {
  const mali = 'BAMAKO, Mali (AP) — Mali\'s junta extended its rule. The army said it had killed dozens of militants near the border with Niger. The junta denies abuses in Mali.';
  assert.deepEqual(quotes(mali).filter((q) => q.cue !== 'extended').map((q) => [q.speaker?.name, q.speaker?.entity !== null]), [["Mali's army", true], ["Mali's junta", true]]);
  const washington = 'WASHINGTON (AP) — Mali\'s junta extended its rule. The army said it had killed dozens of militants in Mali.';
  assert.equal(one(washington, 'killed').speaker?.name, 'The army');
  const hub = 'DUBAI (AP) — Iran and Iraq signed a pact. Iran said it would help Iraq. The army said it had killed dozens of militants in Iraq near the border with Iran.';
  assert.equal(one(hub, 'dozens').speaker?.entity, null);
});

test('"MOGADISHU, Somalia (AP) — …, police said": bare police are the home state\'s too; "The al-Qaida-linked group claimed …" is the armed group named before, hyphens and all', () => {
  const text = 'MOGADISHU, Somalia (AP) — Al-Shabab fighters stormed a hotel in Somalia\'s capital, killing nine people, police said. The al-Qaida-linked group said its fighters had targeted officials.';
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => q.speaker?.name), ["Somalia's police", 'al-Shabab']);
  assert.ok(qs.every((q) => q.speaker?.entity !== null));
});

test('"Republicans said …", "Many Democrats say …", "Mexicans often say …": a party\'s members or a people speak by the plural the text names them with (the entity stays the party or people); "they" after them too; not the party named as such, nor its members by name', () => {
  const text = 'Republicans said the findings raised more troubling questions. They also said the agency erred. Many Democrats say the plan obscures concerns about turnout. The Republican Party said it would hold its convention in July. Many Mexican families left. Mexicans often say the border is open. Republican National Committee Chairman Reince Priebus said the party would unite. "Probably," Priebus said.';
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Republicans', 'Republicans', 'Democrats', 'Republican Party', 'Mexicans', 'Reince Priebus', 'Reince Priebus']);
  assert.equal(qs[0].speaker?.entity, qs[3].speaker?.entity);
  assert.ok(qs.every((q) => q.speaker?.entity !== null));
});

test('"Trump unleashed a series of tweets early Friday saying …": the one who put out the channel speaks through it, past how many and when', () => {
  const q = one('Trump unleashed a series of tweets early Friday saying that rival Hillary Clinton had shown bad judgment.', 'bad judgment');
  assert.deepEqual([q.speaker?.name, q.channel], ['Donald Trump', 'tweets']);
  assert.deepEqual(quotes('Obama issued a statement Tuesday saying the deal was good.').map((x) => [x.speaker?.name, x.channel]), [['Barack Obama', 'statement']]);
});

test('"In a meeting with the editorial board of the Washington Post Trump said …": a name run on after another name, no comma between, is the speaker; "In August, several groups …, saying" is the groups\', not the month\'s', () => {
  const q = one('In a March 2016 meeting with the editorial board of the Washington Post Trump said that U.S. involvement in NATO may need to be diminished.', 'NATO');
  assert.equal(q.speaker?.name, 'Donald Trump');
  const groups = one('In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his capital was less than expected.', 'capital');
  assert.equal(groups.speaker?.name, 'several environmental groups');
  assert.equal(one('Nearly 40 groups said the bill failed.', 'bill').speaker?.name, 'Nearly 40 groups');
});

test('a quotation in straight marks running over paragraphs with curly marks inside ("…about “Equal Justice Under Law” anymore.) holds them as its own quotation, and the reverse; it does not end at them', () => {
  const text = 'Dr. Ward stated:\n\n"The department is not about “Equal Justice Under Law” anymore. It is about an extreme vision.\n\n"The latest example of this overreach is the suit over its “Bathroom Bill,” which allows owners to decide.\n\n"The solution is not politics, but personal property."\n\nAnother paragraph here. “He told me "no" twice,” she said.';
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => [q.text.slice(0, 30), q.speaker?.name]), [['The department is not about “E', 'Ward'], ['He told me "no" twice,', 'Ward']]);
  assert.ok(qs[0].text.endsWith('personal property.'), qs[0].text);
});

test('"Trump has recently made comments about …", "he made the suggestion that …": the subject of the verb that makes the noun of saying holds it; one report, its cue from the verb', () => {
  const qs = quotes('Donald Trump has recently made comments about the possibility of voter fraud. Harry Reid told reporters that Trump may have broken the law. And he made the suggestion that Trump should receive only false information.');
  assert.deepEqual(qs.map((q) => [q.speaker?.name, q.cue]), [['Donald Trump', 'made comments about'], ['Harry Reid', 'told'], ['Harry Reid', 'made the suggestion that']]);
});

test('"Protesters marching through the streets chanted “What curfew?”": people described by a participle\'s phrase that opens the sentence speak, not the streets; "CLARIFICATION:" opens no one\'s words', () => {
  const q = one('Protesters marching through the streets chanted "What curfew?" and kept going until 2 a.m.', 'curfew');
  assert.deepEqual([q.speaker?.name, q.text], ['Protesters', 'What curfew?']);
  assert.ok(quotes('Lede line here is long enough to be a paragraph of text.\n\nCLARIFICATION: The first sentence has been clarified to reflect that the mayor is calling for a process.').every((x) => x.speaker?.name !== 'CLARIFICATION'));
});

test('a headline joins its names with a comma: "U.S., Ukraine say Geneva talks made progress" is both\'s; in running text a comma list still needs its "and"', () => {
  const q = quotes('U.S., Ukraine say Geneva talks made progress on peace plan\n\nGENEVA (Reuters) - Officials met on Sunday.')[0];
  assert.deepEqual([q.speaker?.name, q.speaker?.with?.map((w) => w.name)], ['Ukraine', ['United States']]);
  const running = quotes('Lede line here is long enough to be a paragraph of text.\n\nIn the end, Britain, France said more talks were needed.')[0];
  assert.equal(running?.speaker?.with, undefined);
});

test('a question or an exclamation closing a quotation ends no sentence before the frame that opens the next ("“…?” Trump said, looking out …")', () => {
  const lede = 'The rally ran late into the evening at the arena in Cleveland, and the candidate spoke for more than an hour to a crowd that had waited since noon.\n\n';
  const text = `${lede}“That’s right, Donald, baby,” Maria Lopez said to the screen.\n\n“Who would have believed that we would have received almost 14 million votes?” Trump said, looking out on the cheering crowd.`;
  const qs = quotes(text);
  const q = one(text, 'Who would have believed');
  assert.equal(text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end), 'Trump');
  assert.equal(q.cue, 'said');
  // How he looked while he said it is no report of its own.
  assert.ok(!qs.some((x) => x.text.includes('looking out')), JSON.stringify(qs.map((x) => x.text)));
  // A sentence of its own after the exclamation, whose verb reports a clause, frames nothing before it.
  const ad = `${lede}The first web ad shows children bashing a dollhouse and yelling “eminent domain!” A campaign TV ad released Thursday accuses Trump of buying influence over the years.`;
  const accuses = one(ad, 'Trump of buying influence');
  assert.equal(accuses.cue, 'accuses');
  const yelled = quotes(ad).find((x) => x.text.includes('eminent domain'));
  assert.ok(!yelled || yelled.cue !== 'accuses', JSON.stringify(yelled));
});

test('a few words in Title Case in single marks, a paragraph of their own, head a section and are no one\'s quotation ("\'Coal Isn\'t the Villain.\'")', () => {
  const text = '"I give him the benefit of the doubt. But I don\'t see where it is going," said Mr. McGinley, the law professor.\n\n'
    + "'Coal Isn't the Villain.'\n\n"
    + 'It was raining when Mr. Clarke arrived at the mine. "We will keep these miners working," he said.';
  const qs = quotes(text);
  assert.ok(!qs.some((q) => q.text.includes('Villain')), JSON.stringify(qs.map((q) => q.text)));
  assert.ok(qs.some((q) => q.text.includes('keep these miners working')), JSON.stringify(qs.map((q) => q.text)));
  // A sentence in marks on its own line is still quoted words, spoken by whoever spoke last.
  const said = quotes('"We will keep these miners working," Mr. Clarke said.\n\n"There is no other plan for this valley and no money for one."');
  assert.ok(said.some((q) => q.text.includes('no other plan')), JSON.stringify(said.map((q) => q.text)));
});

test('"…, officials said on Saturday, knocking out power to …": knocking out is a blow, not a knock at someone; "knocked Trump for …" still reports', () => {
  const qs = quotes('Russia launched a wave of drones at the energy grid overnight, officials said on Saturday, knocking out power to hundreds of thousands of homes.');
  assert.deepEqual(qs.map((q) => q.cue), ['said']);
  assert.deepEqual(quotes('The storm knocked down power lines across the state.'), []);
  assert.equal(quotes('Clinton knocked Trump for his comments on NATO.')[0]?.cue, 'knocked');
});

test('"The Law Society of Kenya said …": when the entity layer names the society and the country apart, the society speaks, not Kenya', () => {
  const q = quotes('The Law Society of Kenya said the police had shot unarmed protesters.')[0];
  assert.equal(q?.speaker?.name, 'Law Society');
  assert.equal(quotes('The Defense Ministry in Tokyo said the missile fell into the sea.')[0]?.speaker?.name, 'Defense Ministry');
});

test('waters a report names are no speaker ("anywhere in the South China Sea would invoke …" stays inside the State Department\'s words)', () => {
  const qs = quotes('The U.S. State Department condemned the Chinese actions and reaffirmed that an armed attack on Philippine public vessels anywhere in the South China Sea would invoke U.S. mutual defense commitments under a 1951 treaty.');
  assert.deepEqual(qs.map((q) => [q.cue, q.speaker?.name]), [['condemned', 'State Department'], ['reaffirmed', 'State Department']]);
  assert.match(qs[1].text, /would invoke U\.S\. mutual defense commitments under a 1951 treaty$/);
});

test('"it said" after a body its own sentence names is that body, not a speaker of the headline before ("Tehran vows response")', () => {
  const qs = quotes('Treasury sanctions Iranian drone suppliers; Tehran vows response\n\nThe Treasury Department on Thursday imposed sanctions on eight companies that it said supplied parts for the drones Russia has used.');
  assert.deepEqual(qs.filter((q) => q.cue === 'said').map((q) => q.speaker?.name), ['Treasury Department']);
});

// Speakers that stand a little apart from their cue: an appositive after a sentence adverb, between
// dashes, a relative clause with no "who", a group "of whom". Fixtures are made up for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle, createDoc } from '../../src/nlp/pipeline.ts';
import { speakerBefore } from '../../src/nlp/quotes/frames.ts';
import { quotes } from '../helpers/quotes.ts';

/** [speaker mention, quote] of every quote in the text. */
function reports(text: string): Array<[string, string]> {
  const a = analyzeArticle(articleFromText(text, { language: 'en' }));
  return a.quotes.map((q) => [q.speaker?.mention ? a.text.slice(q.speaker.mention.start, q.speaker.mention.end) : '', q.text]);
}

test('a sentence adverb before a name does not hide the appositive after it', () => {
  assert.deepEqual(reports('Even Norway, the island\'s closest ally and largest buyer of its fish, said it was opposed to the new quota.'),
    [['Norway', 'it was opposed to the new quota']]);
});

test('an appositive between dashes leaves the name before it the speaker', () => {
  for (const dash of ['--', '—', '–']) {
    assert.deepEqual(reports(`Ann Reyes ${dash} author of a history of the ferry line, a book about its founders ${dash} said the mayor tended to promise more than he built.`),
      [['Ann Reyes', 'the mayor tended to promise more than he built']], dash);
  }
});

test('a relative clause without "who" ("the experts I interviewed said") belongs to the speaker', () => {
  assert.deepEqual(reports('All the engineers I interviewed said the new pier was safer than the old one.'),
    [['the engineers', 'the new pier was safer than the old one']]);
  assert.deepEqual(reports('The fishermen we spoke with said the quota would ruin them.'),
    [['The fishermen', 'the quota would ruin them']]);
});

test('a group "of whom" speaks, and a pronoun before a verb is not read as a relative clause', () => {
  assert.deepEqual(reports('The plan angered the island\'s fishermen, many of whom say the quota is unfair.'),
    [['many of whom', 'the quota is unfair']]);
  // "I" is the speaker here, not part of a contact clause of "the report".
  const r = reports('After the report I said the pier was unsafe.');
  assert.ok(!r.some(([s]) => /report/.test(s)), JSON.stringify(r));
});

test('a source closing the sentence keeps its "of" phrase with an adverb and a participle in it', () => {
  assert.deepEqual(reports('Ferry fares rose 40 percent last year, an analysis of newly released port records shows.'),
    [['an analysis of newly released port records', 'Ferry fares rose 40 percent last year']]);
});

test('a participle that describes the source ("records filed Friday shows") is not a cue of its own', () => {
  const r = reports('Ferry fares rose 40 percent last year, an analysis of records filed Friday shows.');
  assert.deepEqual(r, [['an analysis of records', 'Ferry fares rose 40 percent last year']]);
  // Its own sense stays: a company that filed a complaint still reports one.
  assert.ok(reports('The ferry company filed a complaint claiming the quota was illegal.').some(([s]) => s === 'The ferry company'));
});

test('a name split by mis-decoded characters is still one speaker', () => {
  const r = reports('“We will not pay,” Port Director FranÃÂ§oise Lemaire said on Monday as she left the hearing.');
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0][0], /FranÃÂ§oise Lemaire$/);
  assert.equal(r[0][1], 'We will not pay,');
});

test('a participle after a comma belongs to the sentence\'s subject, not to the place or date before the comma', () => {
  // ("spoke on Tuesday about the flood" is a report of its own, as "spoke about the flood" is.)
  assert.deepEqual(reports('The mayor spoke on Tuesday about the flood in Dover, Delaware, arguing that the levee had failed.').filter(([, q]) => q.includes('levee')),
    [['The mayor', 'the levee had failed']]);
  const cited = reports('In 1986, the harbor board blocked the sale of the pier, citing a threat to public safety.')
    .filter(([, q]) => q === 'a threat to public safety');
  assert.deepEqual(cited, [['the harbor board', 'a threat to public safety']]);
});

test('signatures after quotations on the lines of one paragraph each name their own quotation', () => {
  const a = analyzeArticle(articleFromText('Readers on the ferry strike.\n\n“The ferry is late again and nobody cares.” ― Ann Vale\n“Nobody fixed the pier in ten years.”― Tom Reyes\n“We pay for a service we never get.” ― Lia Moss', { language: 'en' }));
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.text]), [
    ['Ann Vale', 'The ferry is late again and nobody cares.'],
    ['Tom Reyes', 'Nobody fixed the pier in ten years.'],
    ['Lia Moss', 'We pay for a service we never get.'],
  ]);
});

test('a participle after a quotation ("…,” adding that …") is no frame without a speaker', () => {
  const r = reports('Speaking to supporters in Dover, Vale said that there is “only one candidate who can fix the pier,” adding that it is why the mayor “attacks us every day.”');
  assert.ok(r.length > 0 && r.every(([s]) => s === 'Vale'), JSON.stringify(r));
});

test('"In a statement, X said …" is X speaking through a statement; "In the poll, …" is the poll', () => {
  assert.deepEqual(reports('In a statement, the harbor board said the pier was safe.'), [['the harbor board', 'the pier was safe']]);
  assert.deepEqual(reports('In the poll, Vale leads Reyes by five points among likely voters.'), [['the poll', 'Vale leads Reyes by five points among likely voters']]);
  // A report inside another phrase is when, not who.
  assert.ok(!reports('In the wake of the Herald report, Vale has portrayed himself as a reformer.').some(([s]) => /report/.test(s)));
});

test('the words after a participle frame ("…,” telling reporters …") are its hearer, not its speaker', () => {
  const r = reports('The mayor hailed the vote on the pier as “fantastic,” telling reporters during a visit to Dover on Friday that the ferry would run again.');
  assert.ok(r.length > 0 && r.every(([s]) => s === 'The mayor'), JSON.stringify(r));
});

test('the object of a verb before "to" does not speak ("found ways to cast …"); the object of "urged … to" does', () => {
  /** The speaker phrase speakerBefore finds for `cue` (the first token with that text). */
  const speakerOf = (text: string, cue: string): string => {
    const doc = createDoc(articleFromText(text, { language: 'en' }));
    const at = doc.tokens.findIndex((t) => t.text === cue);
    const sp = speakerBefore(doc.tokens, at, 0);
    return sp ? text.slice(doc.tokens[sp.first].start, doc.tokens[sp.last - 1].end) : '';
  };
  assert.equal(speakerOf('The mayor found ways to cast herself as the rightful heir of the harbor plan.', 'cast'), 'The mayor');
  assert.equal(speakerOf('Ramos used his acceptance speech to call for the resignation of the mayor.', 'call'), 'Ramos');
  assert.equal(speakerOf('The mayor urged the ferry workers to reject the new contract.', 'reject'), 'the ferry workers');
});

test('each turn of a transcript whose paragraphs open a mark and never close it is its own quotation, by the label\'s speaker', () => {
  const a = analyzeArticle(articleFromText([
    'Governor Ann Vale spoke to the host on Sunday about the ferry strike.',
    '"HOST: If I may, Governor, will the mayor attend the hearing on the pier tomorrow?',
    '"(CROSSTALK.)',
    '"VALE: The mayor will not attend the hearing tomorrow, and he has said so twice this week.',
    '"HOST: Then who will speak for the city at the hearing?',
  ].join('\n\n'), { language: 'en' }));
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.text]), [
    ['HOST', 'If I may, Governor, will the mayor attend the hearing on the pier tomorrow?'],
    ['Ann Vale', 'The mayor will not attend the hearing tomorrow, and he has said so twice this week'],
    ['HOST', 'Then who will speak for the city at the hearing?'],
  ]);
});

test('a participle after its noun with "by" is a passive: "the purchases touted by Trump" are Trump’s, not the purchases’ words', () => {
  const q = quotes('To reach the farm purchases touted by Trump in October, he would have to drop all of the tariffs.').find((x) => x.cue === 'touted');
  assert.equal(q?.speaker?.name, 'Donald Trump');
  assert.equal(q?.text, 'the farm purchases touted by Trump in October');
  // "by" with a means or a gerund names no one: "said by phone", "concluded by admonishing".
  assert.equal(quotes('Trump said by phone that the deal was done.').find((x) => x.cue === 'said')?.text, 'the deal was done');
  assert.notEqual(quotes('Carson concluded by admonishing journalists who cannot put their ideology aside.').find((x) => x.cue === 'concluded')?.speaker?.name, 'journalists');
});

test('after "…, reported" only a phrase that can speak is an inverted speaker: not "a methamphetamine use disorder"', () => {
  const text = 'The institute estimated that 964,000 people age 12 and older, which account for about 0.4 percent of the population, reported a methamphetamine use disorder in 2017.';
  assert.ok(!quotes(text).some((q) => q.speaker?.name === 'a methamphetamine use disorder'), JSON.stringify(quotes(text).map((q) => q.speaker?.name)));
  assert.equal(quotes('The deal is dead, said a senior official.')[0]?.speaker?.name, 'a senior official');
  assert.equal(quotes('The economy is slowing, reported the Times.')[0]?.text, 'The economy is slowing');
});

test('a bare name takes the fuller name it followed earlier, never across a sentence: "…base in Benghazi. Bob said" is Bob', () => {
  const text = 'The book was written by contractors hired to protect the base in Benghazi. Bob said he was familiar with it.\n\nBob said he first heard gunfire at night.';
  assert.deepEqual(quotes(text).map((q) => q.speaker?.name), ['Bob', 'Bob']);
  assert.equal(quotes('A spokesman, Jim Miller, declined to comment.\n\nMiller said the talks would go on.').find((q) => q.cue === 'said')?.speaker?.name, 'Jim Miller');
});

test('a thing given its name says nothing: "a website called Harbor Daily Now", "a man named Tom Riley", "a film titled Low Tide" frame no quote', () => {
  for (const text of [
    'Reporters traced the rumour to a website called Harbor Daily Now, which posts invented stories about the port.',
    'The ferry line was sold to a man named Tom Riley, who owned two boatyards and a fish market.',
    'A film titled Low Tide is set to open in the harbor town next month.',
    'The mayor, known for a frugal office culture called "The Pier Way." cut the budget again.',
  ]) assert.deepEqual(reports(text), [], text);
});

test('what a naming hid is reported, and calling someone something still is: "Ann Reyes, at a firm called Tidewater Analytics, argues that …"; "A spokesman called Riley a liar"', () => {
  assert.deepEqual(reports('Ann Reyes, at a firm called Tidewater Analytics, argues that the harbor fees will keep rising.'),
    [['Ann Reyes', 'the harbor fees will keep rising']]);
  assert.deepEqual(reports('A spokesman called Riley a liar on Tuesday.'), [['A spokesman', 'Riley a liar on Tuesday']]);
  assert.deepEqual(reports('A few council members called for an audit of the ferry line.'), [['A few council members', 'for an audit of the ferry line']]);
});

test('a capitalised cue inside a name in running text is part of the name: "a group called Harbor Votes Count, led by …" reports nothing; a title-case headline keeps its verb', () => {
  assert.deepEqual(reports('A new group called Harbor Votes Count, led by two former council members, is trying to raise $2 million.'), []);
  assert.deepEqual(reports('Reyes Slams Riley Over Ferry Fees'), [['Reyes', 'Riley Over Ferry Fees']]);
});

test('a leading subordinate clause lends its subject to nothing after its comma: "When Reyes pointed out that …, Riley seized on it, repeating that …" is Riley\'s repeating', () => {
  assert.deepEqual(reports('When Reyes pointed out that the ferry loses money, Riley seized upon the point, repeating that the fares would have to rise.'),
    [['Reyes', 'the ferry loses money'], ['Riley', 'the fares would have to rise']]);
  // The clause's comma may stand inside a closing mark.
  assert.deepEqual(reports('When Reyes pointed out that Riley calls it "a lifeline," Riley seized upon the point, repeating that the fares would have to rise.'),
    [['Reyes', 'Riley calls it "a lifeline,'], ['Riley', 'the fares would have to rise']]);
  // A cue inside the subordinate clause is still its subject's.
  assert.deepEqual(reports('When Riley later referred to the storm and said he would rebuild the pier, the crowd applauded.').map((r) => r[0]), ['Riley', 'Riley']);
});

test('"X told Y, who answered her door and said …": the relative clause\'s speaker is the one it describes', () => {
  const q = quotes('“She is an old friend,” Tom told Ann Reyes, who answered her door on Sunday and said she planned to vote for Riley.').find((x) => x.text.startsWith('she planned'));
  assert.equal(q?.speaker?.name, 'Ann Reyes');
});

test('a passive naming with no one doing it says nothing: "as the bill is called", "the race was called Tuesday"; "was called a liar by Riley" is still Riley\'s', () => {
  assert.deepEqual(reports('The Harbor Act, as the bill is called, would get rid of the ferry fees.'), []);
  assert.deepEqual(reports('The race was called Tuesday, hours after the polls closed.'), []);
  assert.equal(reports('Reyes was called a liar by Riley on Monday.').length, 1);
  // Where it was said stands for who said it.
  assert.equal(reports('Reyes was also dubbed the debate winner on social media Tuesday night.').length, 1);
});

test('a transcript label before the colon speaks, its bracketed party and state aside ("Rep. Ann Reyes (D-Ore.):“…”"); "Said Riley, …" and "Stated Riley: …" are Riley, not "Said Riley"', () => {
  const qs = quotes('The hearing went on.\n\nRep. Ann Reyes (D-Ore.):"Who told you that the ferry was safe? Who told you that?"\n\nHarbor master Tom Riley:"We learned that from the inspectors."');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Ann Reyes', 'Tom Riley']);
  assert.deepEqual(quotes('Tom Riley ran the port.\n\nStated Riley: "The fees will rise next year."').map((q) => q.speaker?.name), ['Tom Riley']);
  assert.deepEqual(quotes('Tom Riley ran the port. Said Riley, "The fees will rise next year."').map((q) => q.speaker?.name), ['Tom Riley']);
});

test('a capitalised verb form after a name in running text ends the name ("Mark Sung, a fellow", "Wen-ti Sung"), and "said" after a name is the verb', () => {
  for (const name of ['Mark Sung', 'Wen-ti Sung']) {
    const a = analyzeArticle(articleFromText(`Analysts were wary.\n\n“The mayor spent capital he did not have,” said ${name}, a fellow at the Harbor Institute, who added that the mayor now faced “two very difficult years.”`, { language: 'en' }));
    assert.deepEqual(a.quotes.map((q) => [q.cue, q.speaker?.name]), [['said', name], ['added', name]]);
  }
  assert.deepEqual(reports('The port made a deal.\n\nPort chief executive Ian Read said company leaders decided to proceed with the deal.'),
    [['Port chief executive Ian Read', 'company leaders decided to proceed with the deal']]);
});

test('the speaker of a relative clause ("…, whose party had accused …") reports what follows its cue, not the sentence before it', () => {
  assert.deepEqual(reports('Voters rejected the recall.\n\nVoters on Saturday rejected a bid to remove ten council members, a setback for Mayor Lena Ortiz, whose party had accused the opposition of being too close to the port lobby.').slice(-1),
    [['whose party', 'the opposition of being too close to the port lobby']]);
});

test('a relative clause closed by a comma and the main verb ("Lee, who joined by video link, thanked … and said …") is not who said it', () => {
  assert.deepEqual(reports('Ann Lee, who joined the meeting by video link, thanked the mayor and said every ferry "saves hours a day."'),
    [['Ann Lee', 'the mayor'], ['Ann Lee', 'every ferry "saves hours a day.']]);
});

test('an opening clause after "and" ("…, and when she thanked them and said …, the room erupted") has its own subject, and its report ends at its comma', () => {
  assert.deepEqual(reports('Mayor Ann Lee spoke for an hour, and when she thanked the crowd and said it was the best in the state, the room erupted in cheers.'),
    [['she', 'the crowd'], ['she', 'it was the best in the state']]);
});

test('"Its foreign ministry" after a country is that country\'s; "the foreign ministry" alone stays as written', () => {
  const qs = quotes('Norway rejected the findings. Its foreign ministry called the report "a fabrication."');
  assert.deepEqual(qs.map((q) => q.speaker?.name), ['Norway', "Norway's foreign ministry"]);
  assert.equal(qs[1].speaker?.entity, qs[0].speaker?.entity);
});

test('an "as" clause after a clause of its own refers back ("…, as the unions have proposed, Reyes said no"); before one, or inside the words, it tells of what follows', () => {
  assert.deepEqual(reports('Pressed on whether he would close the ferry, as the unions have proposed, Reyes said no.'), [['Reyes', 'no.']]);
  assert.deepEqual(reports('As the Harbor Times reported, the ferry lost money for a decade.'), [['the Harbor Times', 'the ferry lost money for a decade']]);
  assert.deepEqual(reports('The result, as the mayor later explained, was a "bubble" that burst.'), [['the mayor', 'was a "bubble" that burst']]);
});

test('a frame set off inside a wish or a stance ("Norway wanted stable ties, he said, but …") is the report; "X of Y" is X; a name\'s particle stays in the speaker ("Ana Lula da Silva")', () => {
  const qs = quotes('Norway wanted stable ties with the port, he said, but it expected more.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text]), [['said', 'Norway wanted stable ties with the port but it expected more']]);
  assert.equal(quotes('On the left, Ana Reyes of Harbor Unbowed went further, demanding that the mayor resign.')[0]?.speaker?.name, 'Ana Reyes');
  assert.deepEqual(reports('Harbor President Ana Lula da Silva said on Wednesday that the port would reopen.'), [['Harbor President Ana Lula da Silva', 'the port would reopen']]);
});

test('a surname the tagger reads as a verb before "called" is the speaker ("Cross called the vote …"); "…, Gov. Ann Reyes, who called the plan …" reports what follows the cue', () => {
  assert.deepEqual(reports('Richard Cross ran the port.\n\nCross called the vote "a citizenship election" and likened it to the strikes.').map(([m, q]) => [m, q.slice(0, 8)]),
    [['Cross', 'the vote'], ['Cross', 'it to th']]);
  assert.deepEqual(reports('The plan was praised by the state\'s governor, Gov. Ann Reyes, who called the ferry "a lifeline."').slice(-1),
    [['who', 'the ferry "a lifeline.']]);
});

test('"…, a day after Reyes visited the port and accused the mayor of …": the report ends at the comma, and the later act is Reyes\'s', () => {
  assert.deepEqual(reports('The mayor said on Saturday that the port "is not for sale," a day after Ann Reyes visited the docks and accused the mayor of neglecting them.'),
    [['The mayor', 'the port "is not for sale,'], ['Ann Reyes', 'the mayor of neglecting them']]);
});

test('people qualified by "with ties to", "with knowledge of" or a relative clause speak, not what ends the qualifier', () => {
  assert.deepEqual(reports('An Egyptian official with knowledge of the talks said the main sticking point remained.'), [['An Egyptian official', 'the main sticking point remained']]);
  assert.deepEqual(reports('A diplomat with close ties to the harbor board said the deal was near.'), [['A diplomat', 'the deal was near']]);
  assert.deepEqual(reports('Families of sailors whose remains are still held in Tarn urged the government to act.'), [['Families of sailors', 'the government to act']]);
});

test('no report where nothing is said: machines acting, a number that declined, a speech against a backdrop', () => {
  assert.deepEqual(reports('Harbor fighter jets have scrambled dozens of times to meet the patrol boats.'), []);
  assert.deepEqual(reports('The mayor\'s approval rating remains strong, though it has declined slightly from 58 percent to 55 percent.'), []);
  assert.deepEqual(reports('He spoke against the majestic bronze backdrop of the harbor museum.'), []);
  assert.deepEqual(reports('The council declined to comment. Ana Reyes spoke against the ferry plan.'), [['The council', 'to comment'], ['Ana Reyes', 'the ferry plan']]);
});

test('a plural noun after a name that modifies it is no one\'s speech: "deleted Hillary Clinton emails that …", "32% of Republican claims"; "The New York Post reports that …" is', () => {
  const cues = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).quotes.map((q) => q.cue);
  assert.ok(!cues('The number of deleted Hillary Clinton emails that Donald Trump asked Russia to find grew.').includes('emails'));
  assert.ok(!cues('PolitiFact rated 32% of Republican claims as false, compared to 11% of Democratic claims.').includes('claims'));
  assert.ok(!cues('A judge may not enforce the subpoena because of Pagliano\'s Fifth Amendment claims that he could not testify.').includes('claims'));
  assert.ok(cues('The New York Post reports that the campaign avoided the emergency room.').includes('reports'));
});

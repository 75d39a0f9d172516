// Speakers named by a description ("the commission", "the FBI director", "the Indiana governor"): who
// the description is, by what the article itself says before it. Fixtures are made up for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';

/** [speaker mention, speaker name, entity kb id or null] of every quote, for an article of the given date (none: undated). */
function speakers(text: string, published: string | null = null): Array<[string, string, string | null]> {
  const a = analyzeArticle(articleFromText(text, { language: 'en', published }));
  return a.quotes.map((q) => {
    const e = a.entities.find((x) => x.id === q.speaker?.entity);
    return [q.speaker?.mention ? a.text.slice(q.speaker.mention.start, q.speaker.mention.end) : '', q.speaker?.name ?? '', e?.kb ?? e?.name ?? null];
  });
}

test('a body named by the head of a name that goes on with "on" or "for" is that body: "The commission" after the Commission on Presidential Debates', () => {
  const said = speakers('The Commission on Presidential Debates says there was a problem with the microphone.\n\nThe commission says on its website that "there were issues regarding the audio."');
  assert.deepEqual(said[1], ['The commission', 'Commission on Presidential Debates', 'Commission on Presidential Debates']);
  const budget = speakers('The Committee for Fiscal Balance published a report on Monday that found the plan would add to the deficit.\n\nThe committee said the estimate was conservative.');
  assert.equal(budget.at(-1)?.[1], 'Committee for Fiscal Balance');
});

test('in an undated article, an office of a place is its holder at any date the knowledge base knows: "The Indiana governor" after Mike Pence, not the woman named last', () => {
  const text = 'Mike Pence says too much is made of Donald Trump\'s tweets.\n\nThe Republican vice presidential nominee was speaking Friday in Fort Wayne, hours after Trump unleashed a flurry of tweets shaming former Miss Universe Alicia Machado.\n\nThe Indiana governor said Democrats and the media are to blame.';
  assert.deepEqual(speakers(text).at(-1), ['The Indiana governor', 'Mike Pence', 'person:mike-pence']);
});

test('an office of a named body is someone the text titles so or no one: "The FBI director" is not the woman the sentence is about', () => {
  const text = 'Donald Trump linked cyber attacks to the private email server used by Hillary Clinton.\n\nThe FBI director said Clinton had been careless but did not recommend prosecution.';
  assert.deepEqual(speakers(text).at(-1), ['The FBI director', 'The FBI director', null]);
  const named = 'FBI Director James Comey testified on Capitol Hill. Donald Trump attacked Hillary Clinton over her email server.\n\nThe FBI director said Clinton had been careless but did not recommend prosecution.';
  assert.equal(speakers(named).at(-1)?.[1], 'James Comey');
  // (A veteran of a body holds no office in it.)
  const veteran = 'Rick Perry endorsed Ted Cruz on Monday. “He means what he says,” Perry said.\n\nThe Air Force veteran also believes that Cruz passes the commander-in-chief test.';
  assert.equal(speakers(veteran).at(-1)?.[1], 'Rick Perry');
});

test('an office in lower case with its complement is a role: "the former secretary of state" is Hillary Clinton, whom the knowledge base holds it', () => {
  const lead = 'Democratic presidential nominee Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.\n\n';
  assert.deepEqual(speakers(`${lead}On the radio show, the former secretary of state said she wanted to speak directly to white people.`).at(-1),
    ['the former secretary of state', 'Hillary Clinton', 'person:hillary-clinton']);
  // (Two descriptions of one person joined by "and", the first an office with its complement or a first lady: one speaker phrase.)
  assert.deepEqual(speakers(`${lead}On the show, the former secretary of state and current Democratic presidential nominee said she wanted to speak directly to white people.`).at(-1),
    ['the former secretary of state and current Democratic presidential nominee', 'Hillary Clinton', 'person:hillary-clinton']);
  assert.deepEqual(speakers(`${lead}The former first lady and U.S. senator said it was a mistake to use a private server.`).at(-1),
    ['The former first lady and U.S. senator', 'Hillary Clinton', 'person:hillary-clinton']);
});

test('a name before a body of its own ("The Clinton campaign", "the Obama administration") speaks for that person, as "Clinton\'s campaign" does', () => {
  const said = speakers('Hillary Clinton spoke in Ohio on Monday. Barack Obama stayed in Washington.\n\nThe Clinton campaign said the report was false. The campaign said its ad would air in ten states.\n\nThe Obama administration said it would veto the bill.');
  assert.deepEqual(said, [
    ['The Clinton campaign', "Hillary Clinton's campaign", 'person:hillary-clinton'],
    ['The campaign', "Hillary Clinton's campaign", 'person:hillary-clinton'],
    ['The Obama administration', "Barack Obama's administration", 'person:barack-obama'],
  ]);
  // (A body's own name is no person's: "The Lincoln Project campaign" names no one the article knows as a person.)
  assert.equal(speakers('The Lincoln Project campaign said the ad would run.')[0]?.[2], null);
});

test('"the Kentucky Republican" is the party\'s member from that state: the one the knowledge base places there, else whom the sentence before is about', () => {
  const text = 'Senate Majority Leader Mitch McConnell is criticizing President Barack Obama as a weak commander-in-chief.\n\nIn a statement, the Kentucky Republican said Obama was more focused on guns than on terrorism.';
  assert.deepEqual(speakers(text).at(-1), ['the Kentucky Republican', 'Mitch McConnell', 'person:mitch-mcconnell']);
  // (No knowledge: the subject of the sentence before, not the object nearer; not one named earlier in its own sentence.)
  const chair = 'Committee Chairman Jason Arbor on Tuesday requested another investigation of Democratic presidential candidate Hillary Clinton.\n\nIn the letter - addressed to the U.S. attorney, Channing Phelps - the Utah Republican asks whether records were destroyed.';
  assert.equal(speakers(chair).at(-1)?.[1], 'Jason Arbor');
  // (Never one the text gives the other party.)
  const other = 'Democratic Sen. Ann Vale criticized the bill.\n\nThe Ohio Republican said it was fine.';
  assert.notEqual(speakers(other).at(-1)?.[1], 'Ann Vale');
});

test('"the company", "the agency", "the newspaper", "the group" with no such body speaking before: the body of that kind named last', () => {
  const said = speakers('The Dow was held back partly by a drop in the oil giant Exxon Mobil. The company reported its smallest quarterly profit in 17 years.\n\n'
    + 'Thousands of emails from the private server have now been deemed classified, after the State Department released another batch. The agency said more would follow.\n\n'
    + 'The protest was first reported by the Orlando Sentinel. The newspaper said the governor met families privately.');
  const of = (mention: string) => said.find((x) => x[0] === mention)?.[1];
  assert.deepEqual([of('The company'), of('The agency'), of('The newspaper')], ['Exxon Mobil', 'State Department', 'Orlando Sentinel']);
  // (Not a body of another kind: a newspaper named is no company, a company no agency.)
  assert.deepEqual(speakers('The Washington Post reported the sale in 1991. The firm said the price was fair.').at(-1)?.[1], 'The firm');
  assert.deepEqual(speakers('Exxon Mobil cut its forecast. The agency said the cut was expected.').at(-1)?.[1], 'The agency');
});

test('a name that says whose someone is ("Obama consultant Cornell Belcher", "Trump supporter …") is not the subject a later "he" goes on with', () => {
  const text = 'Obama consultant Cornell Belcher, the highest-ranking African-American pollster, picked up a similar thread at the time. "African-Americans are beginning to see that," he said.';
  assert.equal(speakers(text)[0]?.[1], 'Cornell Belcher');
  assert.equal(speakers('Trump supporter Dale Ames drove four hours to the rally. "It was worth it," he said.')[0]?.[1], 'Dale Ames');
});

test('"the statement said" speaks for whoever the text says issued it, or for whoever answered just before', () => {
  const cook = 'Carter’s press secretary, Peter Cook, told the Times that Carter believes his use of personal email was a mistake.\n\nThe Times said Cook provided a written statement in response to the inquiries. "The secretary believes that his occasional use of personal email was a mistake," the statement said.';
  assert.equal(speakers(cook).find((x) => x[0] === 'the statement')?.[1], 'Peter Cook');
  const by = 'Bernie Sanders vowed to fight on. But a separate statement issued by the Sanders campaign late Tuesday made no mention of the race. Instead, the statement said voters should decide.';
  assert.equal(speakers(by).find((x) => x[0] === 'the statement')?.[1], "Bernie Sanders's campaign");
  const answered = 'Donald Trump spoke in Ohio.\n\nThe Trump campaign on Tuesday responded that it had expanded into larger quarters. "Mr. Trump makes a personal contribution every month," the statement said.';
  assert.equal(speakers(answered).find((x) => x[0] === 'the statement')?.[1], "Donald Trump's campaign");
});

test('"the poll", "the survey", "the mid-January poll" are the poll the text named last, by its name; after an unnamed one, no one', () => {
  const said = speakers('Thirty-nine percent viewed him favorably, according to a New York Times/CBS News poll. In the mid-January poll, half said they would vote.\n\n'
    + 'Battleground races are close, a Quinnipiac University poll shows. The survey found that 43% of Ohio voters back the governor.');
  const of = (mention: string) => said.find((x) => x[0] === mention)?.[1];
  assert.equal(of('the mid-January poll'), 'New York Times/CBS News poll');
  assert.equal(of('The survey'), 'Quinnipiac University poll');
  // (An unnamed poll between: "the poll" is that one, which has no name.)
  assert.equal(speakers('A Gallup poll showed Trump ahead. A new poll showed Clinton ahead. The poll also found most voters undecided.').at(-1)?.[1], 'The poll');
  // (A poll named in the description keeps its own name.)
  assert.equal(speakers('A Gallup poll showed Trump ahead. The CBS poll found most voters undecided.').at(-1)?.[1], 'The CBS poll');
});

test('officials of a state or of a state body speak for it, named as they are; a former official for no one', () => {
  const text = 'Ukrainian officials said Russian forces launched a barrage on Kyiv. A Pentagon official said the drills were routine. A former U.S. official said the talks would fail.';
  assert.deepEqual(speakers(text), [
    ['Ukrainian officials', 'Ukrainian officials', 'Ukrainian'],
    ['A Pentagon official', 'A Pentagon official', 'org:pentagon'],
    ['A former U.S. official', 'A former U.S. official', null],
  ]);
  // ("The official, who was not authorized to speak, said": the official described before, with the state it speaks for.)
  const later = speakers('Israel\'s military said it had struck a radar site, a Lebanese official said. The official, who was not authorized to speak publicly, said both sides remained committed to the truce.');
  assert.equal(later.at(-1)?.[1], 'a Lebanese official');
});

test('a people\'s adjective before a title or a name ("Syrian President Bashar Assad") is not the people a later "they" are', () => {
  const text = 'Republicans have spent months on Benghazi, and they are circulating talking points on other controversies.\n\nClinton also misjudged Syrian President Bashar Assad, having called him a reformer. They say Clinton advocated against leaving a residual force in Iraq.';
  assert.equal(speakers(text).at(-1)?.[1], 'Republican Party');
});

test('bare "state media" are those of the state its sentence opens with, not of another named after it', () => {
  const text = 'DUBAI (Reuters) — Iran\'s foreign ministry summoned Pakistan\'s charge d\'affaires to demand an explanation, state media reported.';
  assert.deepEqual(speakers(text).find((x) => x[0] === 'state media'), ['state media', "Iran's state media", 'country:IRN']);
});

test('one who speaks for a body the description names ("A spokesman for the Pentagon", "the head of the International Atomic Energy Agency") keeps the words and takes the body\'s entity', () => {
  const said = speakers('A spokesman for the Pentagon said the drills were routine. The head of the International Atomic Energy Agency said inspectors had been denied access.');
  assert.deepEqual(said, [
    ['A spokesman for the Pentagon', 'A spokesman for the Pentagon', 'org:pentagon'],
    ['The head of the International Atomic Energy Agency', 'The head of the International Atomic Energy Agency', 'org:iaea'],
  ]);
  // (Not a document from someone: "a letter from the chairman of …" is the letter's.)
  assert.equal(speakers('A letter from the chairman of the Pentagon advisory board said the plan was sound.')[0]?.[2], null);
});

test('"the 50-state poll" after "The Washington Post conducted a 50-state poll" is the Post\'s poll: an unnamed poll is named by whoever the text says conducted it', () => {
  const text = 'The last time The Washington Post conducted a 50-state poll was in 2014. Trump leads by 15 points in Indiana, according to the 50-state poll.';
  assert.equal(speakers(text).find((x) => x[0] === 'the 50-state poll')?.[1], 'Washington Post poll');
});

test('"the company said" after a shipping firm spoke is that firm ("Greece-based Allseas Marine … “The crew acted with great courage,” the company said")', () => {
  const a = analyzeArticle(articleFromText('The ship\'s manager, Greece-based Allseas Marine, said all 22 crew members had been rescued by a passing vessel and were safe. "The crew acted with great courage," the company said in a statement.', { published: '2025-06-10T12:00:00Z' }));
  assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Allseas Marine', 'Allseas Marine']);
});

test('"the agency said" after a state\'s body the KB does not know spoke is that body, not an agency named in its words', () => {
  const a = analyzeArticle(articleFromText('LONDON (AP) — Britain\'s National Cyber Security Centre said Wednesday that hackers linked to Russia\'s military intelligence agency had targeted logistics companies.\n\nIn an advisory published with U.S. and European partners, the agency said the GRU unit known as "Fancy Bear" had used stolen passwords.', { published: '2025-06-10T12:00:00Z' }));
  assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['National Cyber Security Centre', 'National Cyber Security Centre']);
});

test('an office a paragraph\'s opening sentence describes is the person the next paragraph opens by naming ("The Navy\'s top officer conceded … ¶ Adm. Daryl Caudle testified"), not one named before', () => {
  const lede = 'WASHINGTON (AP) — The Navy\'s top officer conceded Tuesday that the service would not meet its goal.\n\n';
  const a = analyzeArticle(articleFromText(`${lede}Adm. Daryl Caudle testified before the Senate Armed Services Committee that the yards were late.`, { published: '2025-06-10T12:00:00Z' }));
  assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Daryl Caudle', 'Daryl Caudle']);
  // (Not one the story named before: then the next paragraph may be someone else.)
  const b = analyzeArticle(articleFromText(`Adm. Daryl Caudle spoke on Monday.\n\nThe Navy's top officer conceded Tuesday that the service would not meet its goal.\n\nSen. Roger Wicker said the Navy had been warned.`, { published: '2025-06-10T12:00:00Z' }));
  assert.notEqual(b.quotes.find((q) => q.text.startsWith('the service'))?.speaker?.name, 'Roger Wicker');
});

test('"…, a position Tehran has called a nonstarter": Tehran names the position, it does not say the sentence before', () => {
  const a = analyzeArticle(articleFromText('Israeli Prime Minister Benjamin Netanyahu has demanded that any deal dismantle Iran\'s enrichment facilities entirely, a position Tehran has called a nonstarter.', { published: '2025-06-10T12:00:00Z' }));
  assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.text]), [['Benjamin Netanyahu', 'any deal dismantle Iran\'s enrichment facilities entirely'], ['Tehran', 'a nonstarter']]);
});

test('a body a lede describes is the body the next paragraph opens by naming ("a global hunger monitor said … ¶ The Integrated Food Security Phase Classification (IPC) said")', () => {
  const a = analyzeArticle(articleFromText('GENEVA (Reuters) — Famine is occurring in Gaza City, a global hunger monitor said on Friday.\n\nThe Integrated Food Security Phase Classification (IPC) said in its report that more than half a million people faced "catastrophic" conditions.', { published: '2025-08-22T12:00:00Z' }));
  assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Integrated Food Security Phase Classification', 'Integrated Food Security Phase Classification']);
  // (Not when the story named a body before: then the description may be that one.)
  const b = analyzeArticle(articleFromText('GENEVA (Reuters) — The World Food Programme warned of hunger. Famine is occurring in Gaza City, a global hunger monitor said on Friday.\n\nThe Integrated Food Security Phase Classification (IPC) said in its report that conditions were catastrophic.', { published: '2025-08-22T12:00:00Z' }));
  assert.notEqual(b.quotes.find((q) => q.text.startsWith('Famine'))?.speaker?.name, 'Integrated Food Security Phase Classification');
});

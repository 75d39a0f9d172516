// Who "he" and "she" are when a quote's speaker is a pronoun: the subject of the sentence before
// (centering's preference), not whichever person was named last.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';

function speakerOf(text: string, words: string): string | undefined {
  const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
  const q = qs.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing "${words}" in ${JSON.stringify(qs.map((x) => x.text))}`);
  return q.speaker?.name;
}

test('a pronoun speaker is the subject of the sentence before, not a person named later in it', () => {
  const text = 'The economy minister, Mr. Ildefonso Guajardo, argues there is little point in answering Mr. Donald Trump’s threats now. '
    + '“We must not overreact to campaign rhetoric,” he told reporters.';
  assert.equal(speakerOf(text, 'overreact'), 'Ildefonso Guajardo');
  const obj = 'Mr. Tom Reyes met Ms. Ana Ortiz on Monday. “It went well,” she said.';
  assert.equal(speakerOf(obj, 'went well'), 'Ana Ortiz', 'gender still decides');
  const only = 'The award was given to Mark Jensen on Friday. “I am honored,” he said.';
  assert.equal(speakerOf(only, 'honored'), 'Mark Jensen', 'a person after a preposition when there is no other');
});

test('a place or time phrase before a quotation is not part of it, and a place named as where is not "they"', () => {
  const text = 'The council met on Monday.\n\nIn New York, “the members of the council will begin work on new measures,” they said.';
  const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
  const q = qs.find((x) => x.text.includes('members of the council'));
  assert.ok(q, JSON.stringify(qs.map((x) => x.text)));
  assert.equal(q.type, 'direct');
  assert.ok(!q.text.includes('New York'), q.text);
  assert.notEqual(q.speaker?.name, 'New York');
});

test('a "she" that opens the sentence of the nearest name is the subject there, so the next "she" is her too', () => {
  const text = 'Senator Maria Lund called the plan reckless on Monday.\n\n'
    + 'She says the mayor’s letter accusing Anna Berg of lying is “a distraction.”\n\n'
    + '“The harbor deserves better than this,” she said.';
  assert.equal(speakerOf(text, 'harbor deserves'), 'Maria Lund');
});

test('a Burmese name has no given name to read a gender from: "she" finds Aung San Suu Kyi', () => {
  const text = 'Aung San Suu Kyi met the president on Monday. Her party won the vote.\n\n“We will govern for everyone,” she said.';
  assert.equal(speakerOf(text, 'govern for everyone'), 'Aung San Suu Kyi');
});

test('"the expert" after "one legal expert said" is that expert, not the nearest person named', () => {
  const text = '“Prince Andrew is not entitled to any form of immunity,” said one legal expert. Prince Andrew has left himself open to prosecution. “His friendship with Epstein is under investigation,” the expert warned.';
  assert.equal(speakerOf(text, 'under investigation'), 'one legal expert');
  // With no such description before, the nearest person is still the best guess.
  assert.equal(speakerOf('Mayor Ann Ortiz spoke first. “We will rebuild,” the official said.', 'rebuild'), 'Ann Ortiz');
});

test('given names the name list gets wrong for news do not decide "he": Florent Groberg, Lindsey Graham, Yuval Shany', () => {
  let text = 'Florent Groberg is a former Army captain. Groberg explained why he will not be supporting Donald Trump. “He has zero foreign policy experience,” he said.';
  assert.equal(speakerOf(text, 'zero foreign policy'), 'Florent Groberg');
  text = 'Sen. Lindsey Graham spoke after Hillary Clinton. “We are losing the Hispanic vote,” he said.';
  assert.equal(speakerOf(text, 'Hispanic vote'), 'Lindsey Graham');
  // (The list has Yuval as a woman's name; in Israel it is mostly a man's.)
  text = 'Its ambassador, Vusimuzi Madonsela, spoke first. “It’s a symbolic blow,” said Yuval Shany, a law professor. Israel, he said, would now find it harder to argue its case.';
  assert.equal(speakerOf(text, 'harder to argue'), 'Yuval Shany');
});

test('"the man said" is the one who spoke just before, or no one named, never the person he spoke of', () => {
  let text = 'A worshiper named Adel Nefzi said he heard Omar Mateen talk of immorality. “I think it’s a hate crime,” the man said.';
  assert.equal(speakerOf(text, 'hate crime'), 'Adel Nefzi');
  text = 'Another Muslim who didn’t want to be named said he heard Omar Mateen talk of immorality. “I think it’s a hate crime,” the man said.';
  assert.notEqual(speakerOf(text, 'hate crime'), 'Omar Mateen');
  // A woman is not the man who spoke before her; "they" is not she.
  text = 'Ted Cruz spoke about waterboarding. “Liar!” the woman shouted. He asked the crowd, “Can she stay?” They said she could.';
  assert.notEqual(speakerOf(text, 'Liar'), 'Ted Cruz');
  assert.notEqual(speakerOf(text, 'she could'), 'the woman');
});

test('"they said" is a body or a people named before it sooner than a country: the Security Council, not North Korea', () => {
  const text = 'The Security Council issued a statement on Friday. The statement noted they would take measures if North Korea conducted another test.\n\n"The members of the Security Council will begin to work immediately on appropriate measures," they said.';
  assert.equal(speakerOf(text, 'appropriate measures'), 'United Nations Security Council');
  // "it" is still the country: "Russia said it would respond."
  assert.equal(speakerOf('Russia warned Ukraine on Monday. "We will respond," it said.', 'We will respond'), 'Russia');
});

test('"9/11 widow Terry Strada … She continued": a word of kin before a name says her gender, though the given name is mostly a man\'s', () => {
  const text = 'Hillary Clinton disagreed with the president on Friday.\n\n“The rationales don’t hold weight,” said 9/11 widow Terry Strada.\n\nShe continued, “All we are asking for is an opportunity to have our case heard in a courtroom.”';
  const q = analyzeArticle(articleFromText(text, { language: 'en' })).quotes.find((x) => x.text.includes('our case heard'));
  assert.equal(q?.speaker?.name, 'Terry Strada');
});

test('"she said" after a paragraph whose last woman named is inside another woman\'s reported words is the reporter', () => {
  const text = 'Hillary Clinton spoke on Tuesday. Clinton\'s position was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat on the Senate Intelligence Committee, who said none of the emails in question originated with Clinton.\n\n"It has never made sense to me that Secretary Clinton can be held responsible for email exchanges that originated with someone else," she said in a statement.';
  const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
  const q = qs.find((x) => x.text.startsWith('It has never made sense'));
  assert.equal(q?.speaker?.name, 'Dianne Feinstein', JSON.stringify(qs.map((x) => [x.text.slice(0, 30), x.speaker?.name])));
});

test('a description set off after a person\'s name speaks as that person ("Harlan Crow, a Texas real estate developer, who had supported …"), not the subject after an opening phrase', () => {
  const crow = analyzeArticle(articleFromText('The group raised $100,000 from Harlan Crow, a Texas real estate developer, who had supported Senator Marco Rubio of Florida.', { language: 'en' })).quotes;
  assert.equal(crow.find((x) => x.cue === 'supported')?.speaker?.name, 'Harlan Crow', JSON.stringify(crow.map((x) => [x.cue, x.speaker?.name])));
  const topic = analyzeArticle(articleFromText('Donald Trump spoke in Ohio. For Trump, the topic provided an opening to circle back to his acceptance speech.', { language: 'en' })).quotes;
  assert.ok(!topic.some((x) => x.speaker?.name === 'Donald Trump' && x.cue === 'provided'), JSON.stringify(topic.map((x) => [x.cue, x.speaker?.name])));
});

test('"the New Jersey governor said" is the person the text titled "Gov." ("New Jersey Gov. Chris Christie"), not another with a role on record', () => {
  const text = 'Sen. Ted Cruz of Texas spoke in Iowa on Monday.\n\nNew Jersey Gov. Chris Christie accused Cruz of opposing the bulk collection of metadata for political reasons. "He went for the easy political vote at a time when it looked like it was a popular thing to do," the New Jersey governor said.';
  const qs = analyzeArticle(articleFromText(text, { language: 'en' })).quotes;
  assert.equal(qs.find((x) => x.text.startsWith('He went for'))?.speaker?.name, 'Chris Christie', JSON.stringify(qs.map((x) => [x.text.slice(0, 20), x.speaker?.name])));
});

test('"the Democratic presidential nominee says" is not the one the text titles "Republican nominee"', () => {
  const qs = analyzeArticle(articleFromText('Republican nominee Donald Trump spoke on Monday. Hillary Clinton met children in Ohio. The Democratic presidential nominee says they both share the belief that every child should have the chance to succeed.', { language: 'en' })).quotes;
  assert.equal(qs.find((x) => x.cue === 'says')?.speaker?.name, 'Hillary Clinton', JSON.stringify(qs.map((x) => [x.cue, x.speaker?.name])));
  // Nor is the other party's nominee the fallback when named nearer.
  const nearer = analyzeArticle(articleFromText('Hillary Clinton met children in Ohio. Republican nominee Donald Trump spoke on Monday. The Democratic presidential nominee says they both share the belief that every child should have the chance to succeed.', { language: 'en' })).quotes;
  assert.equal(nearer.find((x) => x.cue === 'says')?.speaker?.name, 'Hillary Clinton', JSON.stringify(nearer.map((x) => [x.cue, x.speaker?.name])));
});

test('"they" after a group that spoke is that group, not a capital named after it; a verb after "and" shares its own clause’s subject', () => {
  const text = 'Protesters believe the bill erodes the autonomy the city enjoys under Beijing.\n\nThey worry the freedoms will be taken back.';
  assert.equal(speakerOf(text, 'freedoms'), 'Protesters');
  const coordinated = 'The ministry said it is committed to the formula, while the city’s police deny accusations of brutality and say they show utmost restraint.';
  const say = analyzeArticle(articleFromText(coordinated, { language: 'en' })).quotes.find((x) => x.text.startsWith('they show'));
  assert.equal(say?.speaker?.name, 'the city’s police');
});

test('an envoy named after the country he is sent to speaks as himself: "China’s ambassador to Britain Liu Xiaming has said"', () => {
  const text = 'China’s ambassador to Britain Liu Xiaming has said that China has the power to end the unrest. Supporters of Democrat Hillary Clinton say they won.';
  assert.equal(speakerOf(text, 'power to end'), 'Liu Xiaming');
  assert.equal(speakerOf(text, 'they won'), 'Supporters of Democrat Hillary Clinton');
});

test('"Many in Hong Kong fear …": the people a quantifier counts speak, not the place they are in; "they" after them is them', () => {
  const text = 'Many in Hong Kong fear that to pause is to surrender. Some in the party say the plan failed.\n\nThey say it is over.';
  assert.equal(speakerOf(text, 'to pause'), 'Many in Hong Kong');
  assert.equal(speakerOf(text, 'plan failed'), 'Some in the party');
  assert.equal(speakerOf(text, 'it is over'), 'Some in the party');
});

test('an appositive of kin gives a person\'s gender ("Kim Yo-jong, the powerful sister of the leader"), so a later "he" is not hers', () => {
  const text = '“We will respond firmly,” said Kim Yo-jong, the powerful sister of the North Korean leader.\n\nJapan’s defense minister told reporters the missiles landed outside the zone. He added that Tokyo had lodged a protest.';
  const q = analyzeArticle(articleFromText(text, { language: 'en' })).quotes.find((x) => x.text.startsWith('Tokyo had lodged'));
  assert.ok(q, 'the report after "He added" is found');
  assert.notEqual(q.speaker?.name, 'Kim Yo-jong');
});

test('a surname is completed from the article, not from the word that opens its sentence ("When PolitiFact"), and across apostrophes', () => {
  const text = [
    'When\u00a0PolitiFact examined the claim, it found problems.',
    'PolitiFact claimed the senator exaggerates.',
    'NYPD Commissioner James O’Neill spoke on Saturday.',
    '“The exact cause has not been determined,” said O\'Neill.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'the senator exaggerates'), 'PolitiFact');
  assert.equal(speakerOf(text, 'The exact cause'), 'James O’Neill');
});

test('a possessive in the pronoun\'s own sentence is what someone spoke of, not who speaks ("a gun in Scott\'s hand, but he said")', () => {
  const text = 'Keith Lamont Scott was shot on Tuesday. Kerr Putney, the police chief, spoke on Friday.\n\n'
    + 'Putney later told CNN that the video was not from an angle that would show a gun in Scott\'s hand, but he said witnesses saw a gun and that one was found nearby.';
  const q = analyzeArticle(articleFromText(text, { language: 'en' })).quotes.find((x) => x.text.startsWith('witnesses saw a gun'));
  assert.equal(q?.speaker?.name, 'Kerr Putney');
});

test('a description names the unnamed person the text introduced by it, not the titled person who met them', () => {
  const text = 'Mayor Tom Ward met the port director on Monday.\n\n“We will rebuild the pier,” the director said.\n\nWard said the talks went well.';
  assert.equal(speakerOf(text, 'rebuild the pier'), 'the port director');
  assert.equal(speakerOf(text, 'talks went well'), 'Tom Ward');
  // (Named where it is introduced, the description is that person: "the port director, Ann Lee,".)
  assert.equal(speakerOf('Mayor Tom Ward met the port director, Ann Lee, on Monday.\n\n“We will rebuild the pier,” the director said.', 'rebuild the pier'), 'Ann Lee');
});

test('"she" after kin who spoke ("His mother told …") is that relative, unless the text named someone of that gender before', () => {
  const text = 'Mr Karimi was executed on Monday. His family had appealed for clemency.\n\nHis mother told the BBC that she had not seen him for months. “They took my son,” she said.';
  assert.equal(speakerOf(text, 'They took my son'), 'His mother');
  // (Named before, the relative is that person.)
  assert.equal(speakerOf('Tom Ward spoke to reporters. Ann Ward called him kind. His sister added that he loved the sea. “He was a sailor,” she said.', 'He was a sailor'), 'Ann Ward');
});

test('"I" outside quotation marks is the writer the byline names; with no byline or two names it stays "I"', () => {
  const text = 'The case for sanctions is weaker than it looks.\n\nI argued last week that the new measures would hurt the wrong people. '
    + '"I have no choice," the minister told me.';
  const speakers = (authors: string[]) => analyzeArticle(articleFromText(text, { language: 'en', authors })).quotes.map((q) => q.speaker?.name);
  assert.deepEqual(speakers(['Jane Doe']), ['Jane Doe', 'the minister']);
  assert.deepEqual(speakers([]), ['I', 'the minister']);
  assert.deepEqual(speakers(['Jane Doe', 'Ann Lee']), ['I', 'the minister']);
});

test('"The Florida senator sought …, saying …, a swipe at Trump\'s rallies. He said": the described speaker who opens the sentence goes on as "he", not the name after him', () => {
  const text = 'Marco Rubio ended his bid for the White House on Tuesday. The Florida senator sought to calm his supporters, saying a heckler would "not get beat up" at his rally, a swipe at the recent disturbances at some of Donald Trump’s rallies.\n\n'
    + 'He said that he would offer "a prayer" for the eventual Republican nominee.';
  assert.equal(speakerOf(text, 'a prayer'), 'Marco Rubio');
});

test('"U.S. Ambassador to the United Nations Linda Thomas-Greenfield told": the name closing an envoy\'s title is the speaker, also after "to the"', () => {
  const q = analyzeArticle(articleFromText('"They will return in body bags," U.S. Ambassador to the United Nations Linda Thomas-Greenfield told the Security Council.', { language: 'en' })).quotes[0];
  assert.equal(q.speaker?.name, 'Linda Thomas-Greenfield');
  assert.ok(q.speaker?.entity);
});

test('a "she" after a short phrase set off by a comma is her sentence\'s subject too, so the next "she" in it is her, not a woman named between', () => {
  const text = 'Hillary Clinton arrived in Des Moines on Sunday to meet volunteers before the caucuses.\n\n'
    + 'Betsy Ebeling shook her head. “Tom’s much better about it than I am.”\n\n'
    + 'Over the years, she said, email has helped her stay in close touch with Clinton – although at the mention of email she laughed and admitted “emails have been wonderful, although that can be a curse also.”';
  const admitted = analyzeArticle(articleFromText(text, { language: 'en' })).quotes.find((q) => q.text.startsWith('emails have been wonderful'));
  assert.equal(admitted?.speaker?.name, 'Betsy Ebeling');
});

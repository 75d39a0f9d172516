// Frames whose speaker stands before an aside, and frames that are not inverted: one small fixture
// (written for this test) per case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionText, quotes, reportOf } from '../helpers/quotes.ts';

test('"X, for example, said Y’s visit … would …": the clause after the cue is the report, not an inverted speaker', () => {
  const text = 'Harbor board chairman Will Rogers, for example, said the mayor’s visit to the docks last Friday would earn the port attention all week.';
  const q = reportOf(text, 'would earn the port attention');
  assert.equal(q.text, 'the mayor’s visit to the docks last Friday would earn the port attention all week');
  assert.equal(mentionText(text, q), 'Harbor board chairman Will Rogers');
  assert.ok(!quotes(text).some((x) => x.text.startsWith('Harbor board')), 'the speaker is not reported');
});

test('an inverted frame still names a speaker followed by a relative clause or a phrase', () => {
  let text = 'The ferry plan is dead, said a spokesman for the firm that owns the docks.';
  assert.equal(mentionText(text, reportOf(text, 'The ferry plan is dead')), 'a spokesman');
  text = 'The ferry plan is dead, said Ms. Ortiz in a statement released Tuesday.';
  assert.equal(reportOf(text, 'The ferry plan is dead').speaker?.name, 'Ortiz');
});

test('an appositive that closes on a quoted word: "Humphrey, who calls the mayor a “crook,” said he …"', () => {
  const text = 'Gordon Humphrey, who calls the mayor a “crook,” said he does not believe the recall needs a candidate.';
  const q = reportOf(text, 'does not believe');
  assert.equal(q.text, 'he does not believe the recall needs a candidate');
  assert.equal(q.speaker?.name, 'Gordon Humphrey');
  assert.ok(!quotes(text).some((x) => x.text.startsWith('Gordon Humphrey')), 'the speaker and his aside are not a quote');
});

test('the same with doubled straight marks: "Mr. Marsh, citing \'\'the magic of the port,\'\' said …"', () => {
  const text = "Mr. Marsh, citing ''the magic of the port,'' said the harbor could double its traffic by spring.";
  const q = reportOf(text, 'double its traffic');
  assert.equal(q.text, 'the harbor could double its traffic by spring');
  assert.equal(mentionText(text, q), 'Mr. Marsh');
});

test('a quoted clause before an inverted frame keeps its speaker: "Whatever X, “…,” says Walter Stone"', () => {
  let text = 'Whatever the mayor’s impact on the race, “her chances of winning are slim,” says Walter Stone, a professor of politics.';
  assert.equal(reportOf(text, 'chances of winning').speaker?.name, 'Walter Stone');
  assert.ok(!quotes(text).some((x) => x.text.startsWith('Walter Stone')), 'the speaker is not a quote');
  text = 'The gala, typically attended by hundreds of guests, “lets us tell our story,” said Frank Coleman, the group’s vice president.';
  assert.equal(reportOf(text, 'lets us tell our story').speaker?.name, 'Frank Coleman');
  assert.ok(!quotes(text).some((x) => x.text.startsWith('Frank Coleman')), 'the speaker is not a quote');
});

test('"The company itself said …": the emphatic pronoun leaves the noun the speaker', () => {
  const text = 'The company itself said the docks would close.';
  assert.equal(mentionText(text, reportOf(text, 'the docks would close')), 'The company');
});

test('verbs of the manner of saying frame a quotation but report nothing on their own', () => {
  let text = '“This is fantastic!” beamed Donald Hartley, a delegate from Ohio.';
  let q = reportOf(text, 'This is fantastic');
  assert.equal(q.speaker?.name, 'Donald Hartley');
  assert.equal(q.cue, 'beamed');
  text = '“Sit down, all of you,” barked Ms. Ortiz.';
  q = reportOf(text, 'Sit down');
  assert.equal(q.speaker?.name, 'Ortiz');
  text = 'The mayor sighed as the council closed the docks.';
  assert.deepEqual(quotes(text), []);
});

test('an aside between hyphens typed as dashes: "Deborah Reynolds - his co-host - told the Post that …"', () => {
  const text = 'Deborah Reynolds - his girlfriend and co-host on the radio show - told the Post that his doubts turned extreme in 2002.';
  const q = reportOf(text, 'his doubts turned extreme');
  assert.equal(q.speaker?.name, 'Deborah Reynolds');
});

test('"The self-described democratic socialist said": an adjective after "the" names the speaker', () => {
  const text = 'Senator Hale spoke in Springfield. The self-described democratic socialist said he would win the primary.';
  const q = reportOf(text, 'he would win the primary');
  assert.equal(mentionText(text, q), 'The self-described democratic socialist');
  assert.deepEqual(quotes('The central claims of the speech do not hold up.'), []);
});

test('"One pastor supporting Mr. Cruz, Darran Whiting of Liberty Church in Marion, said": the full name between the commas speaks', () => {
  const text = 'One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made 150 phone calls.';
  assert.equal(mentionText(text, reportOf(text, '150 phone calls')), 'Darran Whiting');
});

test('"the U.S. Court of Appeals for the 6th Circuit overruled and said …": a name with its prepositions is the subject', () => {
  const text = 'But the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio already offered more early voting than most states.';
  assert.equal(mentionText(text, reportOf(text, 'Ohio already offered')), 'the U.S. Court of Appeals');
});

test('"asked not to be identified", "requested anonymity" are the terms of an interview, not a report; "A source inside the camp, …, said"', () => {
  let text = 'The official, who asked not to be named, said the talks had failed. A second official requested anonymity.';
  assert.deepEqual(quotes(text).map((q) => q.text), ['the talks had failed']);
  text = 'A source inside the camp, a refugee who feared retaliation and asked not to be identified, said that the ministry’s claim was false.';
  const q = reportOf(text, 'claim was false');
  assert.equal(mentionText(text, q), 'A source inside the camp');
  assert.ok(!quotes(text).some((x) => x.text.startsWith('not to be identified')), JSON.stringify(quotes(text).map((x) => x.text)));
});

test('"said on condition of anonymity because he was not authorized to speak": the reason a source is unnamed is not its words', () => {
  let text = 'A port official said on condition of anonymity because he was not authorized to speak publicly.';
  assert.deepEqual(quotes(text).map((q) => q.text), []);
  text = 'A port official said on condition of anonymity because he was not authorized to speak publicly that the ferry had sunk.';
  assert.deepEqual(quotes(text).map((q) => q.text), ['the ferry had sunk']);
  text = 'A port official said on condition of anonymity to discuss the inquiry that the ferry had sunk.';
  assert.deepEqual(quotes(text).map((q) => q.text), ['the ferry had sunk']);
  text = 'A port official said on condition of anonymity, as is customary, that the ferry had sunk.';
  assert.deepEqual(quotes(text).map((q) => q.text), ['the ferry had sunk']);
});

test('"In a joint statement, the Russian and Syrian defense ministries accused …": the ministries speak, not the statement', () => {
  const text = 'In a joint statement published Oct. 25, the Russian and Syrian defense ministries accused the rebels of blocking the aid convoys.';
  const qs = quotes(text);
  assert.equal(qs.length, 1, JSON.stringify(qs.map((q) => [q.cue, q.text])));
  assert.equal(qs[0].cue, 'accused');
  assert.equal(mentionText(text, qs[0]), 'the Russian and Syrian defense ministries');
});

test('"X said … “three amigos” and added, “I …”": the coordinated cue frames the next quotation; a report\'s text starts after its opening mark', () => {
  const text = 'Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."';
  const qs = quotes(text);
  const said = qs.find((q) => q.cue === 'said');
  assert.ok(said && said.text.startsWith('he never used'), JSON.stringify(qs.map((q) => [q.cue, q.text])));
  const added = qs.find((q) => q.cue === 'added');
  assert.equal(added?.text, 'I frankly cringe when I hear it.');
  assert.equal(added?.type, 'direct');
  assert.equal(added?.speaker?.name, 'Volker');
});

test('a heading that quotes a few words takes the speaker of the section below it, numbered or not', () => {
  const text = [
    'Morrison and Volker testified on Tuesday.',
    '1. “My fears have been realized”',
    'Morrison told the committee, “I feared at the time how its disclosure would play. My fears have been realized.”',
    '“Not some irregular channel”',
    'Volker disputed the notion. “My role was the official channel,” he told lawmakers.',
  ].join('\n\n');
  const qs = quotes(text);
  assert.equal(qs.find((q) => q.text === 'My fears have been realized')?.speaker?.name, 'Morrison', JSON.stringify(qs.map((q) => [q.text, q.speaker?.name])));
  assert.equal(qs.find((q) => q.text === 'Not some irregular channel')?.speaker?.name, 'Volker', JSON.stringify(qs.map((q) => [q.text, q.speaker?.name])));
});

test('"any efforts to urge Ukraine to …": a noun of purpose before the cue does not speak; "used the opportunity to address" keeps its subject', () => {
  let text = 'Volker said he had no knowledge of any efforts to urge Ukraine to investigate the company.';
  assert.deepEqual(quotes(text).map((q) => q.cue), ['said']);
  text = 'The plan to say nothing backfired on the senator.';
  assert.deepEqual(quotes(text), []);
  text = 'Senator Obama used the opportunity to address the nation.';
  assert.match(reportOf(text, 'the nation').speaker?.name ?? '', /Obama/);
});

test('"Mr. Trump\'s decision to endorse …": whose decision it is speaks', () => {
  const text = 'Voters cheered Mr. Trump\'s decision to endorse the senator from Ohio.';
  assert.match(reportOf(text, 'the senator from Ohio').speaker?.name ?? '', /Trump/);
});

test('"given that officers had threatened": "that" before a plural is no determiner of the speaker; "the People’s Daily warned" is the paper', () => {
  let text = 'The message was disturbing given that officers had earlier threatened to use live fire.';
  assert.equal(mentionText(text, reportOf(text, 'live fire')), 'officers');
  text = 'On Monday, the People’s Daily warned that there was “absolutely no room for compromise.”';
  assert.equal(reportOf(text, 'no room').speaker?.name, "People's Daily");
});

test('"… only “lawful targets,” and accused the port of …": a cue after "and" shares the sentence\'s subject; its object is no speaker', () => {
  const text = 'The harbor master told reporters that the fleet struck only “lawful targets,” and accused the port of hiding fuel.';
  const qs = quotes(text);
  assert.deepEqual(qs.map((q) => [q.cue, q.speaker?.name ?? null, q.text]), [
    ['told', 'The harbor master', 'the fleet struck only “lawful targets,'],
    ['accused', 'The harbor master', 'the port of hiding fuel'],
  ]);
});

test('"…,” Peskov said, according to the Interfax news agency": the outlet that carried the words is their channel, and reports nothing of its own; a poll\'s findings stay the poll\'s', () => {
  let text = '“The operation will go on until all its goals are met,” Dmitry Peskov said, according to the Interfax news agency.';
  assert.deepEqual(quotes(text).map((q) => [q.speaker?.name ?? null, q.channel]), [['Dmitry Peskov', 'Interfax']]);
  text = 'Dmitry Peskov told reporters the operation would go on, according to RIA Novosti.';
  assert.deepEqual(quotes(text).map((q) => [q.speaker?.name ?? null, q.channel, q.text]), [['Dmitry Peskov', 'RIA Novosti', 'the operation would go on']]);
  text = 'Most voters say the harbor plan is too costly, according to a CNN poll released Thursday.';
  assert.deepEqual(quotes(text).map((q) => q.cue), ['according to', 'say']);
});

test('"“…” That was how X put it in an interview with the newspaper Izvestia, adding that …" names the speaker of the quotation before it; "…,\'\' as Mrs. Clinton put it in her memoir" does not take in the words before it', () => {
  let text = 'The harbor board met on Monday. “We are not bluffing.” That was how Chairman Will Rogers put it in an interview with the newspaper Izvestia, adding that the port’s patience was wearing thin.';
  const q = reportOf(text, 'not bluffing');
  assert.equal(q.speaker?.name, 'Will Rogers');
  text = "Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise the mayor would ''walk all over us,'' as Mrs. Clinton, then the secretary of state, put it in her memoir.";
  assert.deepEqual(quotes(text).map((x) => [x.cue, x.speaker?.name ?? null]), [['urged', 'Rahm Emanuel'], ['saying', 'Rahm Emanuel']]);
});

test('"as Israel pressed ahead with its offensive": going on with a deed is no stance and no report', () => {
  const text = 'Mediators presented a proposal on Monday, officials said, as the navy pressed ahead with its blockade of the port.';
  assert.deepEqual(quotes(text).map((q) => q.cue), ['said']);
});

test('"State television quoted the head of the Atomic Energy Organization of Iran, Mohammad Eslami, as saying …": the name set off after a title speaks, the outlet is the channel', () => {
  for (const who of ['the head of the Atomic Energy Organization of Iran', 'the nuclear chief']) {
    const text = `State television quoted ${who}, Mohammad Eslami, as saying the country would activate new centrifuges.`;
    assert.deepEqual(quotes(text).map((q) => [q.speaker?.name ?? null, q.channel, q.text]), [['Mohammad Eslami', 'State television', 'the country would activate new centrifuges']]);
  }
});

test('"The State Department urged Beijing to … . “…,” a spokesperson said.": an unnamed spokesperson speaks for the body that spoke just before; not for a person', () => {
  let text = 'The State Department urged Beijing to act with restraint.\n\n“We are monitoring closely,” a spokesperson said.';
  assert.deepEqual(quotes(text).map((q) => q.speaker?.name ?? null), ['State Department', 'State Department']);
  text = 'Senator Ann Reyes urged the port to act.\n\n“We are monitoring closely,” a spokesperson said.';
  assert.deepEqual(quotes(text).map((q) => q.speaker?.name ?? null), ['Ann Reyes', 'a spokesperson']);
});

test('a quotation whose speaker the next sentence names, with where it was said after the cue ("said at a Nov. 6 event at the Harbor Institute in Salem"), is that speaker\'s, not the last speaker\'s', () => {
  const text = 'Mayor Tom Reyes made no mention of the ferry.\n\n“Without a new pier, I would ask what the ferry is for?” Ann Ward, the former director of the port authority, said at a Nov. 6 event at the Harbor Institute in Salem.';
  const q = quotes(text).find((x) => x.type === 'direct');
  assert.equal(q?.speaker?.name, 'Ann Ward');
  assert.equal(q?.cue, 'said');
});

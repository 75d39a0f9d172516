// Reports coordinated inside another report ("urged … and mocked …") get a candidate of their own,
// and a quotation framed inside a report's clause is not swallowed by it. Fixtures are made up for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle, createDoc } from '../../src/nlp/pipeline.ts';
import { entitiesComponent } from '../../src/nlp/entities/index.ts';
import { candidatesOf } from '../../src/nlp/quotes/index.ts';

function candidates(text: string, names = false) {
  const doc = createDoc(articleFromText(text, { language: 'en' }));
  entitiesComponent.run(doc);
  return { text, found: candidatesOf(doc, names)?.found ?? [] };
}
const quotes = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).quotes;

test('a second report coordinated inside a report is split out of it, with the same speaker: "urged … and mocked …"', () => {
  // (A past verb in the first report's words keeps the rules from cutting it at the second: the split does.)
  const text = 'Senator Ann Ward urged the council to keep the ferry that sailed for decades running and mocked the plan to close the harbor.';
  const { found } = candidates(text);
  const split = found.find((f) => f.split);
  assert.ok(split, 'a split candidate');
  assert.equal(text.slice(split.start, split.end), 'the plan to close the harbor');
  assert.equal(split.split!.parent.frame?.cue.lemma, 'urge');
  assert.equal(text.slice(split.split!.parent.start, split.split!.end), 'the council to keep the ferry that sailed for decades running');

  const qs = quotes(text);
  const urged = qs.find((q) => q.cue === 'urged');
  const mocked = qs.find((q) => q.cue === 'mocked');
  assert.ok(urged && mocked, JSON.stringify(qs.map((q) => [q.cue, q.text])));
  // The first report ends where the second begins.
  assert.equal(urged.text, 'the council to keep the ferry that sailed for decades running');
  assert.equal(mocked.text, 'the plan to close the harbor');
  assert.equal(mocked.speaker?.mention?.start, urged.speaker?.mention?.start);
  assert.ok(mocked.speaker?.mention);
});

test('no split inside a quotation, nor at a verb with no conjunction before it', () => {
  const { found } = candidates('Senator Ann Ward said the ferry “runs late and mocks the timetable” every winter. Ann Ward said the plan would close the harbor.');
  assert.equal(found.filter((f) => f.split).length, 0);
});

test('a quotation with its own frame inside a report\'s clause keeps its speaker; the report ends before the frame', () => {
  const text = 'A reporter asked for a comment and Mayor Tom Reyes said, “We will rebuild the bridge before winter.”';
  const qs = quotes(text);
  const direct = qs.find((q) => q.type === 'direct');
  assert.ok(direct, JSON.stringify(qs.map((q) => [q.type, q.cue, q.text])));
  assert.equal(direct.text, 'We will rebuild the bridge before winter.');
  assert.match(direct.speaker?.name ?? '', /Reyes/);
  const asked = qs.find((q) => q.cue === 'asked');
  assert.equal(asked?.text, 'for a comment');
  assert.equal(asked?.type, 'indirect');
});

test('a participle or "with" after the frame of a quotation tells how it was said: no report of the frame\'s cue', () => {
  const text = "Ruth Ames wrote the book. ''I don't feel like I made light of anyone's pain,'' Ms. Ames said, sitting at the dining room table of her apartment overlooking the river.";
  const { found } = candidates(text);
  const said = found.filter((f) => f.frame && text.slice(f.start, f.end).startsWith('sitting'));
  assert.deepEqual(said.map((f) => text.slice(f.start, f.end)), []);
  assert.ok(found.some((f) => f.type === 'direct' && text.slice(f.start, f.end).includes('made light')));
});

test('a verb in the first cue\'s tense after words with no finite verb is the subject\'s next act: the rules cut there', () => {
  const coordinated = quotes('Sen. Tom Ward urged Republicans to join the ranks of flood insurance supporters, and criticized the party’s lack of coastal awareness.');
  assert.deepEqual(coordinated.map((q) => [q.cue, q.text, q.speaker?.name]), [
    ['urged', 'Republicans to join the ranks of flood insurance supporters', 'Tom Ward'],
    ['criticized', 'the party’s lack of coastal awareness', 'Tom Ward'],
  ]);
  const bare = quotes('Senator Ann Ward urged the council to keep the ferry running and mocked the plan to close the harbor.');
  assert.deepEqual(bare.map((q) => [q.cue, q.text]), [['urged', 'the council to keep the ferry running'], ['mocked', 'the plan to close the harbor']]);
  // (A stance after a report of speech, which once stayed part of its words.)
  const stance = quotes('Sen. Tom Ward praised the mayor\'s record on flooding and offered to lead a new commission on the harbor.');
  assert.deepEqual(stance.map((q) => [q.cue, q.text]), [['praised', 'the mayor\'s record on flooding'], ['offered', 'to lead a new commission on the harbor']]);
  // A finite verb of that tense inside the words: the second goes on with what was said.
  const reported = quotes('Ann Ward said the company found the flaw and disclosed it to regulators.');
  assert.deepEqual(reported.map((q) => [q.cue, q.text]), [['said', 'the company found the flaw and disclosed it to regulators']]);
});

test('after words with no tense of their own, another speaker\'s clause ends a report whatever its cue: "vowed to …, and the mayor backs …"', () => {
  const vowed = quotes('Sen. Tom Ward has vowed to reopen the shipyard and restore the ferry schedule, and Mayor Lena Ortiz backs a plan to rebuild the harbor wall.');
  assert.deepEqual(vowed.map((q) => [q.cue, q.text, q.speaker?.name]), [
    ['vowed', 'to reopen the shipyard and restore the ferry schedule', 'Tom Ward'],
    ['backs', 'a plan to rebuild the harbor wall', 'Lena Ortiz'],
  ]);
  const wants = quotes('Democrats want tariffs that protect local growers, and Republicans want rules that cut prices.');
  assert.deepEqual(wants.map((q) => [q.cue, q.text]), [['want', 'tariffs that protect local growers'], ['want', 'rules that cut prices']]);
  // (A clause after "that" is still what was said: "hundreds just like it" is no speaker.)
  const said = quotes('Some engineers say that account, and hundreds just like it, show how the filters have failed.');
  assert.deepEqual(said.map((q) => [q.cue, q.text]), [['say', 'account, and hundreds just like it, show how the filters have failed']]);
});

test('a stance in a participle after a comma inside the closing mark is the subject\'s: "as a “strong leader,” comparing him …"', () => {
  const qs = quotes('Sen. Tom Ward openly admires the port director as a “strong leader,” comparing him favorably to the mayor.');
  assert.deepEqual(qs.map((q) => [q.cue, q.text, q.speaker?.name]), [
    ['admires', 'the port director as a “strong leader,', 'Tom Ward'],
    ['comparing', 'him favorably to the mayor', 'Tom Ward'],
  ]);
});

test('a quotation in an aside set off by dashes inside a report keeps its own frame; the report ends before the aside and the next verb after it is a report of its own', () => {
  const text = 'Mayor Lena Ortiz suggested the council’s budget was unserious - “Again, we need to see the numbers,” she said - and charged that the plan would close the harbor.';
  assert.deepEqual(quotes(text).map((q) => [q.type, q.cue, q.text, q.speaker?.name]), [
    ['indirect', 'suggested', 'the council’s budget was unserious', 'Lena Ortiz'],
    ['direct', 'said', 'Again, we need to see the numbers,', 'Lena Ortiz'],
    ['indirect', 'charged', 'the plan would close the harbor', 'Lena Ortiz'],
  ]);
  // (Words in marks before the aside stay the report's.)
  const praised = quotes("Sen. Tom Ward praised his sister's ''deep and quiet courage'' - ''courage that shows itself in work, not in words,'' he said - and argued for a new harbor.");
  assert.deepEqual(praised.slice(0, 2).map((q) => [q.type, q.cue, q.text]), [
    ['mixed', 'praised', "his sister's ''deep and quiet courage''"],
    ['direct', 'said', 'courage that shows itself in work, not in words,'],
  ]);
});

test('after words with no finite verb, "and" before a verb in a tense or "but" before a verb is the subject\'s next act: the report ends there', () => {
  const words = (text: string) => quotes(text).map((q) => [q.cue, q.text]);
  assert.deepEqual(words('The council views the harbor as public land and has stepped up patrols on the pier.'), [['views', 'the harbor as public land']]);
  assert.deepEqual(words('Police spokesman Tom Ward confirmed the attack but put the number of missing at 88.'), [['confirmed', 'the attack']]);
  // A clause has a verb of its own; so do words in marks; a participle after "and" goes on.
  assert.deepEqual(words('A former aide said he left on good terms but was intimidated by the contract.'), [['said', 'he left on good terms but was intimidated by the contract']]);
  assert.deepEqual(words('The harbor board called the charges unfounded and fabricated by former employees.'), [['called', 'the charges unfounded and fabricated by former employees']]);
  // ("… and seemed to think …": the impression is the shared subject's.)
  assert.deepEqual(quotes('The two men talked.\n\nAnderson largely agreed with the mayor and seemed to think the plan was somewhat phony.').map((q) => [q.cue, q.speaker?.name, q.text]).slice(-1),
    [['seemed', 'Anderson', 'to think the plan was somewhat phony']]);
});

test('after an object or an infinitive, ", and" before a new subject and its verb opens another clause: the report ends there', () => {
  const words = (text: string) => quotes(text).map((q) => [q.cue, q.text]);
  assert.deepEqual(words('The mayor urged the harbor board to reopen the ferry pier, and the board rejected the idea on Monday.').slice(0, 1),
    [['urged', 'the harbor board to reopen the ferry pier']]);
  assert.deepEqual(words('Ann Reyes vowed to rebuild the old ferry pier, and 1 percent of the town paid for it.'), [['vowed', 'to rebuild the old ferry pier']]);
  // After a speech cue, words with no verb of their own are the subject of what was said; a dash pair is an aside.
  assert.deepEqual(words('The harbor master said the delays at the pier, the costs of repair, and the loss of trade make the ferry unprofitable.'),
    [['said', 'the delays at the pier, the costs of repair, and the loss of trade make the ferry unprofitable']]);
  assert.deepEqual(words('The board found that Ohio - and by extension its ferry company - and eight other states had broken the rules.'),
    [['found', 'Ohio - and by extension its ferry company - and eight other states had broken the rules']]);
});

// Tokenising does not depend on what was tokenised before: wink adds the tokens it meets to its
// lexicon and stops splitting what is in it, and src/nlp/tokens.ts makes it forget between articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokens.ts';

const words = (text: string) => tokenize(text, []).tokens.map((t) => t.text);

test('an article\'s tokens are the same whatever was tokenised before it', () => {
  const text = 'Voters weighed Halvorsen’s plan and the Marquette’s budget.';
  const first = words(text);
  assert.deepEqual(first.slice(2, 4), ['Halvorsen', '’s']);
  // This text teaches wink "Halvorsen’s" and "Marquette’s" as whole tokens (each ends a sentence).
  words('Nobody doubted it was Halvorsen’s. It was the Marquette’s.');
  assert.deepEqual(words(text), first);
});

test('a fresh model loaded after many added lexemes tokenises just the same, again and again', async () => {
  const { lexiconLimit } = await import('../../src/nlp/tokens.ts');
  const text = 'Voters weighed Halvorsen’s plan and the Marquette’s budget.';
  const first = words(text);
  const saved = lexiconLimit.added;
  lexiconLimit.added = 5;
  try {
    for (let i = 0; i < 10; i++) {
      words(`Report ${i}: it was Ørsted-${i}’s. Then the Vålerenga-${i}’s turn came.`);
      assert.deepEqual(words(text), first);
    }
  } finally {
    lexiconLimit.added = saved;
  }
});

test('a line that opens a quotation after a finished line starts a sentence; a line that runs on does not', () => {
  const sentences = (text: string) => {
    const { sentences: ss } = tokenize(text, []);
    return ss.map((s) => text.slice(s.start, s.end).trim());
  };
  // Signed quotations, one a line, in one paragraph: wink reads the signature and the next quotation as one sentence.
  assert.deepEqual(sentences('“The ferry is late again.” ― Ann Vale\n“Nobody fixed the pier.” ― Tom Reyes'),
    ['“The ferry is late again.”', '― Ann Vale', '“Nobody fixed the pier.”', '― Tom Reyes']);
  // Hard-wrapped text: the quotation goes on from "said".
  assert.equal(sentences('The mayor said\n“the pier is safe.”').length, 1);
});

test("a sentence that ends inside doubled straight marks keeps both marks: \"…president.'' But …\"", () => {
  const text = "He said his rival would ''make an outstanding president.'' But some of his supporters remain reluctant.";
  const { sentences: ss } = tokenize(text, []);
  assert.deepEqual(ss.map((s) => text.slice(s.start, s.end)), ["He said his rival would ''make an outstanding president.''", 'But some of his supporters remain reluctant.']);
});

test('no sentence ends at an abbreviation the words go on from: "(R-Calif.), chairman", "(I-Vt.) visited", "Sens. Jeff Merkley", "(D-N.J.)"', () => {
  const text = 'Rep. Devin Nunes (R-Calif.), chairman of the committee, spoke. Sen. Bernie Sanders (I-Vt.) visited NBC on Friday. '
    + 'Sens. Jeff Merkley (D-Ore.) and Robert Menendez (D-N.J.) all agreed. He left (for good). Then he came back.';
  const { sentences: ss } = tokenize(text, []);
  assert.deepEqual(ss.map((s) => text.slice(s.start, s.end)), [
    'Rep. Devin Nunes (R-Calif.), chairman of the committee, spoke.', 'Sen. Bernie Sanders (I-Vt.) visited NBC on Friday.',
    'Sens. Jeff Merkley (D-Ore.) and Robert Menendez (D-N.J.) all agreed.', 'He left (for good).', 'Then he came back.',
  ]);
});

test('a capital letter after a lower-case word ends a sentence when one opens next: "wrote on X. The ministry …" (not "George W. Bush")', () => {
  const text = 'Marcos wrote on X. The ministry said the ships left. “We will not be cowed,” he posted on X. It said George W. Bush spoke on X.';
  const { tokens, sentences: ss } = tokenize(text, []);
  assert.deepEqual(ss.map((s) => text.slice(s.start, s.end)), [
    'Marcos wrote on X.', 'The ministry said the ships left.', '“We will not be cowed,” he posted on X.', 'It said George W. Bush spoke on X.',
  ]);
  assert.deepEqual(tokens.filter((t) => /^[XW]\.?$/.test(t.text)).map((t) => t.text), ['X', 'X', 'W.', 'X']);
  assert.ok(tokens.every((t) => t.sentence >= 0 && text.slice(t.start, t.end) === t.text));
});

test('an opening quotation mark after an abbreviation\'s full stop starts a sentence: "… after 3 a.m. “The whole building shook,” she said." (not "Sen. “Bernie” Sanders")', () => {
  const text = 'The explosions began after 3 a.m. “The whole building shook,” she said. Sen. “Bernie” Sanders spoke.';
  const { sentences: ss } = tokenize(text, []);
  assert.deepEqual(ss.map((s) => text.slice(s.start, s.end)), ['The explosions began after 3 a.m.', '“The whole building shook,” she said.', 'Sen. “Bernie” Sanders spoke.']);
});

test('"voted no. Netanyahu …" ends a sentence at "no." before a capital; "no. 5" is still a number', () => {
  const text = 'Manchin voted no. Netanyahu is expected to speak. He said no. 5 was next.';
  const { tokens, sentences: ss } = tokenize(text, []);
  assert.deepEqual(ss.map((s) => text.slice(s.start, s.end)), ['Manchin voted no.', 'Netanyahu is expected to speak.', 'He said no. 5 was next.']);
  assert.ok(tokens.every((t) => t.sentence >= 0 && text.slice(t.start, t.end) === t.text));
});

test('"weighed in. Asked …" ends a sentence at "in." before a capital; "a 12 in. pipe" is still a measure', () => {
  const text = 'Kato also weighed in. Asked by a lawmaker, he said nothing. They laid a 12 in. pipe.';
  const { tokens, sentences: ss } = tokenize(text, []);
  assert.deepEqual(ss.map((s) => text.slice(s.start, s.end)), ['Kato also weighed in.', 'Asked by a lawmaker, he said nothing.', 'They laid a 12 in. pipe.']);
  assert.ok(tokens.every((t) => t.sentence >= 0 && text.slice(t.start, t.end) === t.text));
});

test('a name with Latin letters beyond Latin-1 is one token, in its own letters: "Ruginienė", "Łukasz", "Erdoğan", "Nguyễn", "Əliyev"', () => {
  const text = 'Prime Minister Inga Ruginienė met Łukasz Żółć, Recep Tayyip Erdoğan, Nguyễn Phú Trọng and Ilham Əliyev.';
  const { tokens } = tokenize(text, []);
  assert.deepEqual(tokens.map((t) => t.text), ['Prime', 'Minister', 'Inga', 'Ruginienė', 'met', 'Łukasz', 'Żółć', ',', 'Recep', 'Tayyip', 'Erdoğan', ',',
    'Nguyễn', 'Phú', 'Trọng', 'and', 'Ilham', 'Əliyev', '.']);
  assert.ok(tokens.every((t) => text.slice(t.start, t.end) === t.text));
  assert.deepEqual(tokens.filter((t) => /\P{ASCII}/u.test(t.text)).map((t) => t.pos), Array(8).fill('PROPN'));
});

test('a quotation that closes on an abbreviation\'s full stop ends its sentence before a capitalised word; inside a sentence it does not', () => {
  const sentences = (text: string) => tokenize(text, []).sentences.map((s) => text.slice(s.start, s.end).trim());
  assert.deepEqual(sentences('Chen accused Lai of "seeking independence by relying on the U.S." The U.S. State Department urged restraint.'),
    ['Chen accused Lai of "seeking independence by relying on the U.S."', 'The U.S. State Department urged restraint.']);
  assert.equal(sentences('He said "I love the U.S." and left.').length, 1);
});

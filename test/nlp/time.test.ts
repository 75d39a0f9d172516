import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateTracker, SentenceDates, findDates } from '../../src/nlp/time.ts';

// Anchor: a Monday.
const MONDAY = '2023-09-11';
const one = (text: string, anchor: string | null = MONDAY) => {
  const found = findDates(text, anchor);
  assert.equal(found.length, 1, `one date in "${text}", got ${JSON.stringify(found)}`);
  return found[0];
};

test('a weekday resolves to the nearest such day around the article date when its clause has no tense', () => {
  const tue = one('The minister is home Tuesday after the talks.');
  assert.deepEqual([tue.value, tue.precision, tue.text], ['2023-09-12', 'day', 'Tuesday']);
  const sat = one('The ceasefire held on Saturday.');
  assert.deepEqual([sat.value, sat.precision, sat.text], ['2023-09-09', 'day', 'Saturday']);
});

test('a weekday in a clause about the past is the last such day, about the future the next one', () => {
  // The article is of Monday 11 September: chrono alone reads each of these the other way.
  assert.equal(one('The minister flew home Tuesday after the talks.').value, '2023-09-05');
  assert.equal(one('Coast guard ships fired water cannon at a supply boat on Tuesday.').value, '2023-09-05');
  assert.equal(one('On Tuesday, Russian forces shelled Kharkiv.').value, '2023-09-05');
  assert.equal(one('The envoy will arrive in Seoul on Saturday.').value, '2023-09-16');
  assert.equal(one('The ministers are due to meet on Saturday.').value, '2023-09-16');
  const both = findDates('Putin said on Saturday that he will meet Kim on Wednesday.', MONDAY).map((d) => [d.text, d.value]);
  assert.deepEqual(both, [['Saturday', '2023-09-09'], ['Wednesday', '2023-09-13']]);
  // The verb nearest before the weekday in its clause, or the first after it when it opens the clause.
  assert.equal(one('On Tuesday, the minister criticised plans for a coming visit.').value, '2023-09-05');
  assert.equal(one('Mr. Netanyahu was to arrive at the White House on Tuesday.').value, '2023-09-05');
  assert.equal(one("Niger's military junta on Tuesday ordered the French ambassador to leave.").value, '2023-09-05');
  assert.equal(one('The ministers on Saturday will meet in Brussels.').value, '2023-09-16');
  assert.equal(one('China sent 71 warplanes and nine navy ships toward Taiwan on Tuesday in a show of force.').value, '2023-09-05');
  // No verb of its own: the nearest day ("his address Tuesday about the war will be …").
  assert.equal(one('His address Tuesday about the war will be a major topic.').value, '2023-09-12');
  // "last"/"next" say it themselves.
  assert.equal(one('The talks resume next Tuesday.').value, '2023-09-19');
});

test('a month without a year is the one nearest the article date, at month precision', () => {
  const d = one('In July, the envoy toured three provinces.');
  assert.deepEqual([d.value, d.precision, d.text], ['2023-07', 'month', 'July']);
});

test('a month with its year keeps that year at month precision', () => {
  const d = one('The talks collapsed in February 2019 over a dispute.');
  assert.deepEqual([d.value, d.precision], ['2019-02', 'month']);
});

test('"last November" in September is the November before, not the one to come', () => {
  assert.equal(one('The envoy resigned last November.').value, '2022-11');
});

test('a bare year after a preposition is a year', () => {
  const d = one('The treaty was signed in 1994 by both states.');
  assert.deepEqual([d.value, d.precision], ['1994', 'year']);
});

test('a full date is a day', () => {
  assert.deepEqual([one('On March 3, 2021 the border closed.').value, one('On March 3, 2021 the border closed.').precision], ['2021-03-03', 'day']);
});

test('"two months later" counts from the date told before it and keeps its precision', () => {
  const clock = new DateTracker(MONDAY);
  const first = clock.sentence('The rebels first met the mediators in May 2020.', 0);
  assert.equal(first[0].value, '2020-05');
  const later = clock.sentence('Two months later, they signed a truce.', 100);
  assert.deepEqual([later[0].value, later[0].precision, later[0].relative, later[0].start], ['2020-07', 'month', true, 100]);
});

test('SentenceDates finds the dates DateTracker does, whichever sentences are read and in whatever order', () => {
  const sentences = [
    'The rebels first met the mediators in May 2020.', 'They talked for hours.', 'Two months later, they signed a truce.',
    'Nothing happened on the front.', 'A week later the truce broke, and a year earlier the war began.', 'On Tuesday the envoy flew in.',
    'Three days later he left.', 'Later that year the talks resumed.', '2 weeks after that, they met again in July 2021.',
  ];
  for (const anchor of [MONDAY, null]) {
    const clock = new DateTracker(anchor);
    const want = sentences.map((t, i) => clock.sentence(t, i * 100));
    const orders = [[...sentences.keys()], [...sentences.keys()].reverse(), [6, 2, 8], [4], [8, 0, 2]];
    for (const order of orders) {
      const lazy = new SentenceDates(anchor);
      const idx = sentences.map((t, i) => lazy.note(t, i * 100));
      for (const i of order) assert.deepEqual(lazy.of(idx[i]), want[i], `${anchor} sentence ${i} in order ${order}`);
    }
  }
});

test('relative words without any earlier date count from the article date', () => {
  assert.equal(one('Three days later the port reopened.').value, '2023-09-14');
});

test('without an article date only dates that name their year resolve', () => {
  assert.deepEqual(findDates('In July the army withdrew.', null), []);
  assert.equal(one('In July 2020 the army withdrew.', null).value, '2020-07');
});

test('the modal "may" is not the month', () => {
  assert.deepEqual(findDates('The government may resign soon.', MONDAY), []);
});

test('spans point at the date words in the text', () => {
  const text = 'Officials said on Friday that the vote was postponed.';
  const d = one(text);
  assert.equal(text.slice(d.start, d.end), 'Friday');
});

test('a month without its year in a past-tense report is the last one; with a future word, the coming one', () => {
  // Anchor in December: "in March" told in the past tense is the March before.
  assert.equal(findDates('It was revealed in March that she had used a private account.', '2015-12-16')[0].value, '2015-03');
  assert.equal(findDates('The talks will resume in March.', '2015-12-16')[0].value, '2016-03');
});

test("chrono runs only the parsers whose cue the text holds: each cue is one its parser's pattern cannot match without", async () => {
  const chrono = await import('chrono-node');
  const { CHRONO_PARSER_CUES, parseDates } = await import('../../src/nlp/time.ts');
  // chrono's own dictionaries (not exported by the package): every month and weekday word meets its cue.
  const constants = await import(new URL('../../node_modules/chrono-node/dist/esm/locales/en/constants.js', import.meta.url).href) as
    { MONTH_DICTIONARY: Record<string, number>; WEEKDAY_DICTIONARY: Record<string, number> };
  for (const k of Object.keys(constants.MONTH_DICTIONARY)) {
    for (const p of ['ENMonthNameParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthNameParser']) {
      assert.ok(CHRONO_PARSER_CUES[p].test(k.toUpperCase()), `${p} cue misses ${k}`);
    }
  }
  for (const k of [...Object.keys(constants.WEEKDAY_DICTIONARY), 'weekend', 'weekday']) assert.ok(CHRONO_PARSER_CUES.ENWeekdayParser.test(k), k);
  // Every casual parser has a cue, or is the one that always runs ("in a few years": "in" is everywhere).
  const names = chrono.casual.parsers.map((p) => p.constructor.name);
  assert.deepEqual(names.filter((n) => !CHRONO_PARSER_CUES[n]), ['ENTimeUnitWithinFormatParser']);
  // A text without a parser's cue gives its pattern nothing; and the results are chrono.parse's.
  const ctx = new chrono.ParsingContext('x', { instant: new Date(Date.UTC(2023, 8, 11, 12)), timezone: 0 });
  const texts = [
    'He spoke Monday, two days after the vote on Sept. 9, 2023 at 5 p.m.', 'Three weeks ago the talks ended; a year later they resumed.',
    'By the end of the month, and last night, this morning at noon', 'The 2016-09-12 filing, 9/12 and 2016 9 12; within 5 years.',
    'The next week, last year, past months, +2 days', 'tonight, tomorrow, yesterday, now', 'In March 2019 and on the 3rd of May',
    'the fifty-two percent of voters', 'He may march on', 'Sat. Sun. Thu. Wed.', 'a few hours later', 'since 1998 and until 2001',
  ];
  for (const text of texts) {
    for (const p of chrono.casual.parsers) {
      const cue = CHRONO_PARSER_CUES[p.constructor.name];
      if (cue && !cue.test(text)) assert.equal(p.pattern(ctx).exec(text), null, `${p.constructor.name} matches "${text}" without its cue`);
    }
    const ref = { instant: new Date(Date.UTC(2023, 8, 11, 12)), timezone: 0 };
    const out = (rs: import('chrono-node').ParsedResult[]) => rs.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);
    assert.deepEqual(out(parseDates(text, ref)), out(chrono.parse(text, ref)), text);
  }
});

test('a count or a stretch of years is no date; a year opening a sentence is', () => {
  const values = (t: string) => findDates(t, '2016-06-07').map((d) => d.value);
  assert.deepEqual(values('The poll of 2047 registered voters was released on June 1.'), ['2016-06-01']);
  assert.deepEqual(values('Donald Trump has been a participant in 3,500 lawsuits in 30 years.'), []);
  assert.deepEqual(values('The world has not witnessed it for 75 years.'), []);
  assert.deepEqual(values('In a year in which the senator demonized Wall Street, he won.'), []);
  assert.deepEqual(values('In 2012, she was arrested at the debate venue.'), ['2012']);
  assert.deepEqual(values('Since 2014, Russia has occupied Crimea.'), ['2014']);
  assert.deepEqual(values('The tweets he sent out in 2013 denouncing the bill were many.'), ['2013']);
  assert.deepEqual(values('They pledged to cure the disease by 2025, an official said.'), ['2025']);
});

test('without the article\'s date a relative date resolves to nothing, not to a day counted from a fixed instant ("next week")', () => {
  assert.deepEqual(findDates('Russian officials will meet their counterparts next week.', null).map((d) => d.value), []);
  assert.deepEqual(findDates('Russian officials will meet their counterparts on Thursday.', null).map((d) => d.value), []);
  assert.deepEqual(findDates('The treaty was signed in March 2019.', null).map((d) => d.value), ['2019-03']);
});

test('"9/11" is the day in 2001 it names, a modifier that dates "the 9/11 attacks" and no other deed (chrono read it as the last September 11)', () => {
  const [d] = findDates('Wall Streeters donated to her to rebuild the district in the aftermath of the 9/11 terrorist attacks.', '2016-06-30');
  assert.deepEqual([d.value, d.modifier], ['2001-09-11', true]);
});

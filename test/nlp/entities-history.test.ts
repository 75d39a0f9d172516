import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { createDoc } from '../../src/nlp/pipeline.ts';
import { buildEntities } from '../../src/nlp/entities/index.ts';
import type { Entity } from '../../src/model/analysis.ts';

// People of the past and their namesakes in running text: our own sentences.
const run = (text: string, published: string | null = null): Entity[] => buildEntities(createDoc(articleFromText(text, { published })));
const person = (all: Entity[], mention: string) => all.find((e) => e.mentions.some((m) => m.text === mention));

test('a family name after the title of an office one of that name held, in an undated text', () => {
  const ents = run('President Reagan welcomed the Soviet proposal. Zimbabwean President Mugabe rejected it.');
  assert.equal(person(ents, 'Reagan')?.kb, 'person:ronald-reagan');
  assert.equal(person(ents, 'Reagan')?.country, 'USA');
  assert.equal(person(ents, 'Mugabe')?.kb, 'person:robert-mugabe');
  // Two presidents Bush, both American: no one of them, but the country.
  const bush = person(run('President Bush has threatened further action against Russia.'), 'Bush');
  assert.equal(bush?.kb, null);
  assert.equal(bush?.country, 'USA');
});

test('a place or an institution named for a person is no mention of them', () => {
  const ents = run('They met at Ronald Reagan Washington National Airport on Monday. Students at Jawaharlal Nehru University protested.', '2016-05-01');
  assert.equal(ents.find((e) => e.type === 'PERSON'), undefined);
  assert.equal(ents.find((e) => e.name === 'Ronald Reagan Washington National Airport')?.type, 'FAC');
  assert.deepEqual(ents.filter((e) => e.name === 'Jawaharlal Nehru University').map((e) => [e.type, e.sector]), [['ORG', 'EDU']]);
  // (Not in a title-case headline, where every word is capitalised.)
  assert.equal(person(run('Obama Power Plant Rules Face Key Test In U.S. Court.\n\nThe rules were argued on Tuesday.', '2016-09-27'), 'Obama')?.kb, 'person:barack-obama');
});

test("a known person's family name alone is that person", () => {
  const ents = run('Manafort protected Gerald Ford\'s delegates in 1976. Manafort did not lose a single Ford delegate. He worked for Ford, Reagan and Dole.', '2016-04-09');
  assert.deepEqual(person(ents, 'Gerald Ford')?.mentions.map((m) => m.text), ['Gerald Ford', 'Ford', 'Ford']);
});

test('a former office holder the KB knows yields to the namesake the story is about', () => {
  const ents = run([
    'Wyoming Republicans Back A Familiar Name.',
    'Wyoming Republicans want to send a Cheney to Washington. Liz Cheney, the daughter of former Vice President Dick Cheney, won the primary on Tuesday.',
    'Dick Cheney represented the district from 1979 to 1989.',
    'Liz Cheney, 50, received about 40 percent of the vote.',
    '"Now it is time to look forward," Cheney said in a statement.',
  ].join('\n\n'), '2016-08-17');
  assert.equal(ents.find((e) => e.mentions.some((m) => m.text === 'Cheney' && m.start > 300))?.name, 'Liz Cheney');
});

test("the head of an international body who left office is no one's lone family name", () => {
  // (Rasmussen the pollster in 2016, not NATO's secretary general until 2014.)
  const ents = run('Yesterday there were two polls. Morning Consult and Rasmussen had very similar numbers.', '2016-09-15');
  assert.notEqual(person(ents, 'Rasmussen')?.kb, 'person:anders-fogh-rasmussen');
});

test('"the French president" is the president when the prime minister is named too', () => {
  const ents = run([
    'PARIS — French President Francois Hollande said on Tuesday that the country would stand firm. Prime Minister Manuel Valls agreed.',
    'The embattled French president is expected to run for re-election in 2017.',
  ].join('\n\n'), '2016-08-03');
  assert.ok(person(ents, 'The embattled French president'));
  assert.equal(person(ents, 'The embattled French president')?.kb, 'person:francois-hollande');
});

test('a capital that did something is its government, as one that said something is', () => {
  const ents = run('Berlin rejected the calls for economic aid. Moscow condemned the seizure. Kyiv, shelled by Russian forces overnight, was calm by noon. In Washington, officials met.', '2016-05-01');
  const sector = (name: string) => ents.find((e) => e.name === name)?.sector ?? null;
  assert.equal(sector('Berlin'), 'GOV');
  assert.equal(sector('Moscow'), 'GOV');
  assert.equal(sector('Kyiv'), null);
  assert.equal(sector('Washington'), null);
});

test("a known person spelt otherwise in the text, and a leader's description when the one before has just left office", () => {
  const ents = run('WASHINGTON (AP) — The United States lifted its sanctions on Syria, hours before President Ahmad al-Sharaa became the first Syrian leader to visit the White House. Al-Sharaa, whose forces ousted Bashar al-Assad last December, thanked the president.', '2025-11-10');
  const sharaa = ents.find((e) => e.kb === 'person:ahmed-al-sharaa');
  assert.ok(sharaa);
  assert.ok(sharaa.mentions.some((m) => m.text === 'the first Syrian leader'), JSON.stringify(sharaa.mentions.map((m) => m.text)));
  assert.equal(person(ents, 'HIllary Clinton'), undefined);
  assert.equal(person(run('HIllary Clinton spoke in Ohio on Monday.', '2016-09-01'), 'HIllary Clinton')?.kb, 'person:hillary-clinton');
});

test('a family name after a title is the one of that name who held the office, not another then in office', () => {
  // (Ash Carter was secretary of defence in 2016; "President Carter" is Jimmy Carter.)
  const ents = run('Reagan also benefited from President Carter\'s handling of Iran and the hostage crisis. The Pentagon said on Monday that the United States would act.', '2016-08-19');
  assert.equal(person(ents, 'Carter')?.kb, 'person:jimmy-carter');
});

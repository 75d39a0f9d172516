import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanLabel, labelWeight } from '../../src/corpus/labels.ts';
import { labelFromText, leadLabel } from '../../src/extract/lead-label.ts';
import { getStory } from '../../src/corpus/index.ts';
import { harbor, harborOther, ingest, tempStore } from './fixtures.ts';

test('a label is the headline without newsletter prefixes, print subheads or a trailing ellipsis', () => {
  assert.equal(cleanLabel('Monday’s Morning Email: Putin’s Potential Involvement In The DNC Email Hack'), 'Putin’s Potential Involvement In The DNC Email Hack');
  assert.equal(cleanLabel('The Latest: Kasich scores all 66 delegates after Ohio win'), 'Kasich scores all 66 delegates after Ohio win');
  assert.equal(cleanLabel("Ginsburg apologizes for Trump comments; Justice vows to be 'more circumspect'"), 'Ginsburg apologizes for Trump comments');
  assert.equal(cleanLabel('Obama Claims Hillary Most Qualified Presidential Candidate Ever, But …'), 'Obama Claims Hillary Most Qualified Presidential Candidate Ever, But');
  // A speaker's colon is part of the headline; a short head before a semicolon is kept whole.
  assert.equal(cleanLabel('Brooks: Rubio did well in the debate'), 'Brooks: Rubio did well in the debate');
  assert.equal(cleanLabel('Go big; or go home'), 'Go big; or go home');
  assert.equal(cleanLabel('Breaking:'), 'Breaking:');
});

test('plain news headlines label better than teasers, shouting, and things that are no headline', () => {
  assert.equal(labelWeight('Ginsburg apologizes for Trump comments'), 1);
  assert.equal(labelWeight('Not just another Trump vendetta'), 1);
  assert.equal(labelWeight('On Eve Of NH Primary, Hillary Just Got Blindsided By Stunning News- It’s A Game Changer'), 0.5);
  assert.equal(labelWeight('Trump Just Revealed Who He Would Pick For VP – It Might Surprise You'), 0.5);
  assert.equal(labelWeight('NEW HAMPSHIRE PRIMARY // GAME ON'), 0.5);
  assert.equal(labelWeight('Is Sanders finally connecting with minority voters?'), 0.8);
  assert.equal(labelWeight('BYLINE: Amber Phillips'), 0.2);
  assert.equal(labelWeight('convention notebook'), 0.2);
});

test('a teaser closer to the story\'s centre does not take the label from a plain headline', async () => {
  const s = await tempStore();
  try {
    const a = await ingest(s.db, harbor);
    const teaser = await ingest(s.db, { ...harborOther, title: 'Valmora Dock Workers Just Did Something Stunning Over Their Strike – It Might Surprise You' });
    assert.equal(teaser.storyId, a.storyId);
    const story = await getStory(s.db, a.storyId!);
    assert.equal(story?.label, harbor.title);
  } finally {
    await s.done();
  }
});

test('an article with no headline is labelled by its lead: the first sentence past the dateline, cut at a clause when long', () => {
  const one = (text: string) => leadLabel(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
  assert.equal(one('WASHINGTON (AP) — The U.S. State Department approved a $2 billion arms sale to Taiwan on Friday. China protested.'),
    'The U.S. State Department approved a $2 billion arms sale to Taiwan on Friday');
  assert.equal(one("KYIV, Ukraine (AP) — Ukrainian drones struck an oil refinery in Russia's southern Krasnodar region overnight, setting a fuel tank ablaze, the regional governor said Saturday, as Kyiv pressed its campaign."),
    "Ukrainian drones struck an oil refinery in Russia's southern Krasnodar region overnight, setting a fuel tank ablaze");
  assert.equal(one('Gen. Abdel Fattah Burhan vowed on Sunday to defeat the paramilitary force. He spoke in Port Sudan.'), 'Gen. Abdel Fattah Burhan vowed on Sunday to defeat the paramilitary force');
  const long = one(`The ${'very '.repeat(40)}long sentence ends here.`)!;
  assert.ok(long.endsWith('…') && long.length <= 121, long);
  assert.equal(one('Yes.'), null);
  // From a store row's first characters: the first line is the lead.
  assert.equal(labelFromText('MOSCOW (Reuters) - Russia said on Monday it had expelled two British diplomats.\n\nMore.'), 'Russia said on Monday it had expelled two British diplomats');
  assert.equal(labelFromText(null), null);
});

test('a story of articles without headlines is labelled by a lead; a headline near its centre takes the label from a lead', async () => {
  const s = await tempStore();
  try {
    const untitled = await ingest(s.db, { ...harbor, title: null });
    const story = await getStory(s.db, untitled.storyId!);
    assert.equal(story?.label, 'Dock workers at the port of Valmora walked off the job on Monday morning');
    assert.equal(story?.articles[0].headline, story?.label, 'the story page shows the lead where the article has no title');
    const titled = await ingest(s.db, harborOther);
    assert.equal(titled.storyId, untitled.storyId);
    assert.equal((await getStory(s.db, untitled.storyId!))?.label, harborOther.title);
  } finally {
    await s.done();
  }
});

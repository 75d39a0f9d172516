// Features the learned quote filter (src/nlp/quotes/model.ts) reads about a candidate's surroundings
// and its speaker's entity. Fixtures are made up for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { createDoc } from '../../src/nlp/pipeline.ts';
import { entitiesComponent } from '../../src/nlp/entities/index.ts';
import { candidatesOf } from '../../src/nlp/quotes/index.ts';

function candidates(text: string) {
  const doc = createDoc(articleFromText(text, { language: 'en' }));
  entitiesComponent.run(doc);
  return candidatesOf(doc, true)?.found ?? [];
}

test('the filter reads the word before the speaker, the first words of the span, the speaker length and the entity type of the speaker', () => {
  const found = candidates('The council voted to keep the ferry running because Senator Maria Lopez said the harbor would close.');
  const said = found.find((f) => f.frame?.cue.lemma === 'say');
  assert.ok(said?.feats);
  const feats = said.feats.join(' ');
  assert.ok(said.feats.includes('pre=because'), feats);
  assert.ok(said.feats.includes('c|pre=say|because'), feats);
  assert.ok(said.feats.includes('spn=3-4'), feats);
  assert.ok(said.feats.includes('w1=NOUN'), feats);
  assert.ok(said.feats.includes('lead=the'), feats);
  // "Maria Lopez" is a person to the entity layer; "the council" is no entity.
  assert.ok(said.feats.includes('ent=PERSON'), feats);
  assert.ok(said.feats.includes('o|ent=rule|PERSON'), feats);
  const voted = found.find((f) => f.frame?.cue.lemma === 'vote');
  assert.ok(voted?.feats?.includes('ent=none'), voted?.feats?.join(' '));
});

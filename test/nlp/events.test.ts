import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle } from '../../src/nlp/pipeline.ts';
import { validateAnalysis, type Event } from '../../src/model/analysis.ts';
import { buildLexicon, defaultLexicon } from '../../src/nlp/events/index.ts';
import { verbForms } from '../../src/nlp/events/lexicon.ts';

// A Monday: "visited … on Wednesday" is 2024-02-28, "will visit … on Wednesday" 2024-03-06.
const ANCHOR = '2024-03-04';
function events(text: string, published: string | null = ANCHOR): Event[] {
  const a = analyzeArticle(articleFromText(text, { published }));
  validateAnalysis(a);
  return a.events;
}
/** Each text tells no event (of these types, when given): its trigger words, if any, name the failure. */
function assertNoEvents(texts: string[], ...types: string[]): void {
  for (const text of texts) {
    assert.deepEqual(events(text).filter((e) => !types.length || types.includes(e.type)).map((e) => e.trigger.text), [], text);
  }
}
/** Each text tells an event that passes the check. */
function assertEvents(texts: string[], check: (e: Event) => boolean): void {
  for (const text of texts) assert.ok(events(text).some(check), text);
}
/** Each text's attack is one in words: no ASSAULT, and an ACCUSE on the word "attack…". */
function assertAttacksInWords(texts: string[]): void {
  for (const text of texts) {
    const evs = events(text, '2016-03-01');
    assert.ok(!evs.some((e) => e.type === 'ASSAULT'), `${text}: ${JSON.stringify(evs.map((e) => [e.type, e.trigger.text]))}`);
    assert.ok(evs.some((e) => e.type === 'ACCUSE' && /^attack/.test(e.trigger.text)), text);
  }
}
function find(evs: Event[], type: string, actor?: string, target?: string): Event {
  const e = evs.find((x) => x.type === type && (!actor || x.actor?.country === actor) && (!target || x.target?.country === target));
  assert.ok(e, `no ${type} ${actor ?? ''}->${target ?? ''} in ${JSON.stringify(evs.map((x) => [x.type, x.actor?.country, x.target?.country, x.status]))}`);
  return e;
}

test('an actual visit: type, mode, CAMEO, Goldstein, sides, date, trigger and sentence spans', () => {
  const text = 'Pakistani President Asif Zardari visited Beijing on Wednesday.';
  const e = find(events(text), 'CONSULT', 'PAK', 'CHN');
  assert.equal(e.mode, 'visit');
  assert.equal(e.cameo, '042');
  assert.equal(e.goldstein, 1.9);
  assert.equal(e.status, 'actual');
  assert.deepEqual(e.date, { value: '2024-02-28', precision: 'day', text: 'Wednesday' });
  assert.equal(text.slice(e.trigger.start, e.trigger.end), 'visited');
  assert.deepEqual(e.sentence, { start: 0, end: text.length });
  assert.ok(e.confidence > 0.5 && e.confidence <= 1);
});

test('a future meeting is AGREE and planned', () => {
  const e = find(events('The Turkish foreign minister will meet his Greek counterpart next week.'), 'AGREE', 'TUR', 'GRC');
  assert.equal(e.status, 'planned');
  assert.equal(e.cameo, '036');
});

test('"could send" is hypothetical and keeps its type', () => {
  const e = find(events('Analysts believe Iran could send drones to Venezuela.'), 'AID', 'IRN', 'VEN');
  assert.equal(e.status, 'hypothetical');
  assert.ok(e.contexts.includes('military'));
});

test('"will not hesitate to impose sanctions" is a threat, not a negation', () => {
  const e = find(events('Brazil will not hesitate to impose sanctions on Paraguay, the minister said.'), 'THREATEN', 'BRA', 'PRY');
  assert.equal(e.status, 'threatened');
  assert.equal(e.mode, 'restrict');
});

test('"threatened to cut off" is THREATEN with the act threatened as its mode', () => {
  const e = find(events('Ethiopia threatened to cut off electricity to Sudan over unpaid bills.'), 'THREATEN', 'ETH', 'SDN');
  assert.equal(e.status, 'actual');
});

test('a negated attendance is negated; a refusal to accept is REJECT', () => {
  const e = find(events('The Chilean president did not attend the summit in Lima.'), 'CONSULT', 'CHL');
  assert.equal(e.status, 'negated');
  find(events('Norway said it will not accept the proposal from Sweden.'), 'REJECT', 'NOR');
});

test('an event inside a direct quote is reported and points at the quote', () => {
  const text = '“Our troops attacked the rebel camp at dawn,” the Malian army spokesman said on Tuesday.';
  const a = analyzeArticle(articleFromText(text, { published: ANCHOR }));
  const e = find(a.events, 'ASSAULT');
  assert.equal(e.status, 'reported');
  assert.equal(typeof e.quote, 'number');
  const q = a.quotes[e.quote as number];
  assert.ok(e.trigger.start >= q.start && e.trigger.end <= q.end);
});

test('passive voice: the agent after "by" acts, the subject is acted on', () => {
  find(events('Sanctions were imposed on Belarus by the European Union.'), 'SANCTION', undefined, 'BLR');
  const sanction = events('Sanctions were imposed on Belarus by the European Union.').find((x) => x.type === 'SANCTION');
  assert.equal(sanction?.actor?.sector, 'IGO');
  find(events('A police convoy was attacked by Somali militants near the capital.'), 'ASSAULT', 'SOM');
  find(events('Iran says its economy is hurt by sanctions imposed by the United States.'), 'SANCTION', 'USA');
});

test('compound actors: each member acts, and with no other side they act on each other', () => {
  const evs = events('Egypt and Jordan agreed to hold joint military exercises.');
  find(evs, 'AGREE', 'EGY', 'JOR');
  find(evs, 'AGREE', 'JOR', 'EGY');
  const aid = events('Kenya sent food aid to Somalia and Ethiopia.');
  find(aid, 'AID', 'KEN', 'SOM');
  find(aid, 'AID', 'KEN', 'ETH');
});

test('"the two leaders" are the last two people named', () => {
  const text = 'Brazilian President Lula da Silva met Argentine President Javier Milei on Monday in Brasilia.\n\nThe two leaders will meet again in June.';
  const evs = events(text);
  find(evs, 'CONSULT', 'BRA', 'ARG');
  const later = evs.filter((e) => e.type === 'AGREE' && e.status === 'planned');
  assert.deepEqual(new Set(later.map((e) => e.actor?.country)), new Set(['BRA', 'ARG']));
  assert.ok(later.every((e) => e.date?.value === '2024-06' && e.date.precision === 'month'));
});

test('a pronoun finds a group named in sentences that tell no event (their phrases are resolved only when needed)', () => {
  const text = 'Iranian officials were quiet on Sunday. The weather was bad. They expelled the Iraqi ambassador on Monday.';
  const e = find(events(text), 'SANCTION', 'IRN', 'IRQ');
  assert.equal(e.actor?.name, 'Iranian officials');
});

test('dates on events: a sentence-opening month, and "two months later" after an earlier date', () => {
  const july = find(events('In July, Indian troops withdrew from the disputed border area with China.', '2023-09-11'), 'RETREAT', 'IND');
  assert.deepEqual(july.date, { value: '2023-07', precision: 'month', text: 'July' });
  const evs = events('Kenyan and Ugandan ministers first met in Nairobi in March 2018. Two months later, Kenya signed a trade agreement with Uganda.');
  const signed = find(evs, 'SUPPORT', 'KEN', 'UGA');
  assert.equal(signed.date?.value, '2018-05');
});

test('a told date carries into the next sentence about the same actor', () => {
  const evs = events('In July, the Iranian foreign minister visited Oman. He met the sultan and toured the port.', '2023-09-11');
  const met = evs.find((e) => e.trigger.text === 'met');
  assert.ok(met, JSON.stringify(evs));
  assert.equal(met.date?.value, '2023-07');
  const other = events('In July, the Iranian foreign minister visited Oman. Oman later hosted talks with Qatar.', '2023-09-11').find((e) => e.trigger.text === 'hosted');
  assert.ok(other);
  assert.equal(other.date, null, 'a new subject starts a new, undated event');
});

test('a meeting in a third country is third-party and has coordinates', () => {
  const e = find(events('Kim Jong-un met with President Trump for a summit in Vietnam in February 2019.'), 'CONSULT', 'PRK', 'USA');
  assert.equal(e.mode, 'third-party');
  assert.equal(e.location?.country, 'VNM');
  assert.equal(typeof e.location?.lat, 'number');
  assert.equal(e.date?.value, '2019-02');
});

test('scene-setting clauses and purpose clauses add no events', () => {
  const evs = events('Farmers blocked the main highway on Friday to demand lower fuel prices.');
  assert.deepEqual([...new Set(evs.map((e) => e.type))], ['PROTEST']);
  const bg = events('The government lifted the curfew after weeks of clashes in the capital.');
  assert.deepEqual([...new Set(bg.map((e) => e.type))], ['CONCEDE']);
});

test('the host of a visit is its target; a summit named again as a subject is not a new event', () => {
  const hosted = events('Chinese President Xi Jinping hosted French President Emmanuel Macron in Beijing on Thursday.');
  find(hosted, 'CONSULT', 'FRA', 'CHN');
  assert.deepEqual(events('The summit may pressure the government to change course.').filter((e) => e.type === 'CONSULT'), []);
});

test('a forum does not attend its own summit, and "neither ... nor" negates attendance', () => {
  const evs = events('The Mexican president attended neither the Group of 20 summit in India nor the climate talks.');
  const summit = evs.find((e) => e.type === 'CONSULT' && e.trigger.text === 'summit');
  assert.ok(summit, JSON.stringify(evs));
  assert.equal(summit.actor?.country, 'MEX');
  assert.equal(summit.status, 'negated');
});

test('words that look like events in political news are not: "declined to comment", "agrees with me", "beat him in the poll"', () => {
  assert.deepEqual(events('The Canadian ambassador declined to comment on the report.').filter((e) => e.type === 'REJECT'), []);
  assert.deepEqual(events('Everything I say, he agrees with me.').filter((e) => e.type === 'AGREE'), []);
  assert.deepEqual(events('In the poll, the senator beat the governor by two points.').filter((e) => e.type === 'ASSAULT'), []);
  find(events('Kenyan police beat protesters in Nairobi on Friday.'), 'ASSAULT', 'KEN');
});

test('a sentence with no event yields none', () => {
  assert.deepEqual(events('The weather in the capital was mild and the markets were calm.'), []);
});

test('the lexicon is data: every entry validated, every CAMEO code scored', () => {
  const lex = defaultLexicon();
  assert.ok(lex.triggers.length > 200);
  assert.ok(lex.byForm.get('imposed')?.some((t) => t.type === 'SANCTION'));
  assert.ok(verbForms('ban').includes('banned'));
  assert.ok(verbForms('meet', { meet: ['met'] }).includes('met'));
  const bad = { ...structuredClone(rawLexicon()), triggers: [{ v: 'nudge', type: 'NUDGE', cameo: '042' }] };
  assert.throws(() => buildLexicon(bad), /event lexicon: triggers\.0\.type/);
  const unscored = { ...structuredClone(rawLexicon()), triggers: [{ v: 'nudge', type: 'AGREE', cameo: '999' }] };
  assert.throws(() => buildLexicon(unscored), /CAMEO 999 has no Goldstein score/);
  const badPattern = { ...structuredClone(rawLexicon()), triggers: [{ v: 'nudge', type: 'AGREE', cameo: '030', unless: '^(unclosed' }] };
  assert.throws(() => buildLexicon(badPattern), /event lexicon: "nudge": bad pattern/);
  // A shared word list is named "@name" in "obj" or "pre"; a name with no list is refused.
  assert.ok(lex.byForm.get('supplied')?.some((t) => t.cameo === '072' && t.objForms?.has('howitzers')));
  const noList = { ...structuredClone(rawLexicon()), triggers: [{ v: 'nudge', obj: ['@nothing'], type: 'AGREE', cameo: '030' }] };
  assert.throws(() => buildLexicon(noList), /event lexicon: no list @nothing/);
});

function rawLexicon(): Record<string, unknown> {
  // The shipped file, read as plain JSON so tests can break copies of it.
  return JSON.parse(JSON.stringify(readLexiconFile())) as Record<string, unknown>;
}
import { readFileSync } from 'node:fs';
function readLexiconFile(): unknown {
  return JSON.parse(readFileSync(new URL('../../src/nlp/events/lexicon.json', import.meta.url), 'utf8'));
}

test('"he" looks back to a person, not to "the Chronicle", "Authorities" or a state abbreviation', () => {
  const evs = events('HAYWARD, Calif. (AP) — Authorities say a man was stabbed on a train.\n\nThe man ran from the station. The Chronicle says he was arrested a block away.');
  const arrest = evs.find((e) => e.trigger.text === 'arrested');
  assert.ok(arrest, JSON.stringify(evs));
  assert.equal(arrest.target, null, 'no person was named before "he"');
  const named = events('Ana Ortiz spoke in Fresno, Calif., on Monday. The Chronicle says she arrested two men.');
  assert.equal(named.find((e) => e.trigger.text === 'arrested')?.actor?.name, 'Ana Ortiz');
});

test('an attack in words is criticism (CAMEO 111), an attack with force an assault', () => {
  const verbal = events('Senator Jane Harlow attacked Governor Tom Reyes over his remarks on taxes during a debate on Monday.');
  const v = verbal.find((e) => e.trigger.text === 'attacked');
  assert.ok(v, JSON.stringify(verbal));
  assert.deepEqual([v.type, v.cameo, v.goldstein], ['ACCUSE', '111', -2]);
  const blamed = events('He attacked the other bidders for accepting the offer.').find((e) => e.trigger.text === 'attacked');
  assert.equal(blamed?.type, 'ACCUSE');
  // A person's attacks, an attack inside a frame, an attack followed by what was said.
  for (const [text, trigger] of [['Donald Trump is doubling down on his attacks on a former beauty queen.', 'attacks'], ['Tom Reyes started attacking Mexicans at the start of his campaign.', 'started'],
    ['The editorial board endorsed Harlow. Meanwhile, it attacked Reyes, saying he lacks the temperament to be governor.', 'attacked']]) {
    const e = events(text).find((x) => x.trigger.text === trigger);
    assert.deepEqual([e?.type, e?.cameo], ['ACCUSE', '111'], text);
  }
  // A call to stop an attack in words is a request, not the attack's code (nor criticism's: the act is stopped).
  const called = events('Jane Harlow called on Tom Reyes to stop attacking her family.').find((x) => x.trigger.text === 'called on');
  assert.deepEqual([called?.type, called?.cameo, called?.goldstein], ['REQUEST', '100', -5]);
  assert.equal(events('Donald Trump blamed Barack Obama for the attacks on the embassy.').find((x) => x.trigger.text === 'attacks')?.type, 'ASSAULT');
  for (const text of ['Militants attacked a police post in Kandahar on Monday.', 'Russia attacked Ukraine on Monday.', 'Another horrific attack, this time in Nice, France, was condemned in a statement.']) {
    const e = events(text).find((x) => /^attack/i.test(x.trigger.text));
    assert.equal(e?.type, 'ASSAULT', text);
  }
});

test('a political battle or fight is no assault; a battle with arms is', () => {
  for (const text of ['Senator Jane Harlow is bracing for a long delegate battle with Governor Tom Reyes.', 'Jane Harlow has been fighting for working families all her life.']) {
    assert.equal(events(text).filter((e) => e.type === 'ASSAULT').length, 0, text);
  }
  for (const text of ['We have fought the battle and she was a tough opponent.', 'He continues to fight hard for his agenda.', 'She has fought for affordable housing.']) {
    assert.equal(events(text).filter((e) => e.type === 'ASSAULT').length, 0, text);
  }
  assert.ok(events('John Baker said he had fought in Vietnam as a young man.').some((e) => e.type === 'ASSAULT'), 'fighting in a country is war');
  const war = events('Iraqi forces fought Islamic State militants in Mosul on Monday.');
  assert.ok(war.some((e) => e.type === 'ASSAULT'), JSON.stringify(war.map((e) => [e.type, e.trigger.text])));
});

test('figurative force is no event: "executed the plan", "seized on the remark", "occupy the White House"', () => {
  assertNoEvents(['She flawlessly executed the plan.', 'Mexico avoided shooting itself in the foot.', 'Republicans seized on the remark as a political weapon.', 'Donors are deciding who will occupy the White House next year.'], 'ASSAULT', 'COERCE');
  assert.ok(events('Russian troops occupied the town of Kherson.').some((e) => e.type === 'ASSAULT'));
  assert.ok(events('Police seized the weapons at the border.').some((e) => e.type === 'COERCE'));
});

test('"demand" as a market, a burden, "on demand" or a name is no request; a demand someone makes is', () => {
  assertNoEvents(['Coal prices fell as demand from China cooled.', 'Senator Jane Harlow said she was ready for the demands of the presidency.',
    'The network said its on-demand service reached China.', 'Tom Reyes said he could not cope with the demands of being a father.'], 'REQUEST');
  assertEvents(['North Korea showed disregard for the repeated demands of the international community.', 'Protesters in Minsk repeated their demands of the government on Sunday.', "Governor Tom Reyes ignored the Justice Department's demand that the law not be enforced."], (e) => /^demand/.test(e.trigger.text));
});

test('a named war or treaty is no side of its country: "criticized the Vietnam War" is no dyad with Vietnam', () => {
  const e = events('Senator Jane Harlow criticized the Vietnam War in a speech on Monday.').find((x) => x.trigger.text === 'criticized');
  assert.equal(e?.target?.name, 'Vietnam War');
  assert.equal(e?.target?.country, null);
  assert.equal(events('Senator Jane Harlow criticized Vietnam in a speech on Monday.').find((x) => x.trigger.text === 'criticized')?.target?.country, 'VNM');
});

test('a compound side acts on itself only in acts between them: "Russia and Ukraine clashed", not "Russia and Iran attacked rebel positions"', () => {
  const clash = events('Russia and Ukraine clashed near the border on Monday.').filter((e) => e.trigger.text === 'clashed');
  assert.deepEqual(clash.map((e) => `${e.actor?.country}>${e.target?.country}`).sort(), ['RUS>UKR', 'UKR>RUS']);
  const each = events('Russia and Ukraine accused each other of shelling the plant.').filter((e) => e.trigger.text === 'accused');
  assert.deepEqual(each.map((e) => `${e.actor?.country}>${e.target?.country}`).sort(), ['RUS>UKR', 'UKR>RUS']);
  const joint = events('In Syria, Russia and Iran attacked rebel positions.').filter((e) => e.trigger.text === 'attacked');
  assert.deepEqual(joint.map((e) => `${e.actor?.country}>${e.target?.country ?? null}`).sort(), ['IRN>null', 'RUS>null']);
  // A request or a stance with an object of its own is no act on each other; a joint act stays mutual.
  for (const [text, trigger] of [['Germany and France called for more funding for schools.', 'called for'], ['Germany and France backed the budget plan on Monday.', 'backed']]) {
    const own = events(text).filter((e) => e.trigger.text === trigger);
    assert.deepEqual(own.map((e) => `${e.actor?.country}>${e.target?.country ?? null}`).sort(), ['DEU>null', 'FRA>null'], text);
  }
  const deal = events('Egypt and Jordan signed a trade agreement on Monday.').filter((e) => e.trigger.text === 'signed');
  assert.deepEqual(deal.map((e) => `${e.actor?.country}>${e.target?.country ?? null}`).sort(), ['EGY>JOR', 'JOR>EGY']);
});

test('a title with "of" before a person\'s name: the person is the side ("Secretary of State Antony Blinken")', () => {
  const e = events('Secretary of State Antony Blinken met Chinese officials in Beijing on Monday.', '2023-06-19').find((x) => x.type === 'CONSULT');
  assert.equal(e?.actor?.name, 'Antony Blinken');
  assert.equal(e?.actor?.country, 'USA');
  assert.equal(e?.target?.country, 'CHN');
  // "the president of Russia" stays a title of Russia's, not the country itself.
  const p = events('The president of Russia met Chinese officials on Monday.').find((x) => x.type === 'CONSULT');
  assert.equal(p?.actor?.country, 'RUS');
  assert.notEqual(p?.actor?.name, 'Russia');
});

test('a simulated attack is hypothetical', () => {
  const e = events('Russia has simulated an attack on the Danish island of Bornholm.').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.status, 'hypothetical');
});

test('getting around sanctions is no sanction', () => {
  assert.deepEqual(events('Russia needs ways to get around Western sanctions.').filter((e) => e.type === 'SANCTION').map((e) => e.trigger.text), []);
  assert.ok(events('The United States imposed sanctions on Iran.').some((e) => e.type === 'SANCTION'));
});

test('a question put to someone is no REQUEST; asking for something, or someone to act, is', () => {
  assertNoEvents(['Senator Jane Harlow was asked about the border at a town hall in Iowa.', 'Asked whether the campaign should apologise, Mr. Reyes said no.',
    'A reporter asked Governor Tom Reyes how he was feeling on caucus day.', 'Reyes was asked by moderator Ann Cole, who had interviewed him before, "Do you regret it?"'], 'REQUEST');
  assertEvents(['Egypt asked Jordan for military aid on Monday.', 'Senator Jane Harlow asked the FBI director to turn over the file.', 'The ministry asked that Germany end its sanctions.'], (e) => e.type === 'REQUEST' && /^ask/.test(e.trigger.text));
});

test('a candidate\'s rally is no protest; a rally against something is', () => {
  assertNoEvents(['Governor Tom Reyes held a rally in Springfield that drew 5,000 people.', 'Senator Jane Harlow spoke at a campaign rally in Miami on Tuesday.'], 'PROTEST');
  assert.ok(events('Thousands of workers held a rally in Lagos to protest the new tax.').some((e) => e.type === 'PROTEST' && e.trigger.text === 'rally'));
  assert.ok(events('Students staged a rally against the government in Minsk on Sunday.').some((e) => e.type === 'PROTEST' && e.trigger.text === 'rally'));
});

test('an intention or a decision about no act is no AGREE; one about an act takes the act', () => {
  assertNoEvents(['Senator Jane Harlow said she intended to spend her time in California.', 'The companies have decided that they cannot be bothered.']);
  assert.ok(events('Egypt intends to send aid to Jordan next month.').some((e) => e.type === 'AGREE'));
});

test('plans about no act, "pledged delegates" and a person\'s "attack" are no AGREE or assault', () => {
  assertNoEvents(['Governor Tom Reyes plans to spend the weekend in Ohio.', 'Senator Jane Harlow leads in pledged delegates.', '“Who will pay for it?” Reyes asked.']);
  assert.ok(events('Russia plans to send troops to Syria next month.').length > 0);
  const attack = events('Governor Tom Reyes spoke in Ohio. Voters were uncomfortable with Reyes\'s attacks on immigrants.').find((e) => /^attack/.test(e.trigger.text));
  assert.equal(attack?.type, 'ACCUSE');
  assert.ok(events("Russia's attack on Ukraine killed 20 people.").some((e) => e.type === 'ASSAULT'));
});

test('words offered, a point conceded, a quoted question and a clash of politicians are no agreement, concession, request or assault', () => {
  assertNoEvents(['Governor Tom Reyes offered his opinion on who would win.', 'Senator Jane Harlow conceded that many more tunnels might exist.',
    '“Mr. Reyes, you said earlier today that the party broke its pledge,” Ann Cole asked Reyes.']);
  assert.equal(events('Senator Jane Harlow clashed with Governor Tom Reyes over taxes on Monday.')[0]?.type, 'ACCUSE');
  assert.equal(events('Troops clashed with rebels near Aleppo on Monday.')[0]?.type, 'ASSAULT');
  assert.ok(events('Egypt offered aid to Jordan.').some((e) => e.type === 'AGREE'));
});

test('the lexicon\'s other senses: a gaffe committed, credit given, a debate hosted, one\'s own record defended, a reminder, a readiness, voters courted, attention welcomed', () => {
  assertNoEvents(['Senator Jane Harlow could commit a gaffe in the debates.', 'Republicans will not give Governor Tom Reyes any credit for the recovery.',
    'Springfield is set to host the second nomination contest on Tuesday.', 'Governor Tom Reyes defended his record as governor.',
    'The leak served as a reminder of the governor\'s troubles.', 'Senator Jane Harlow is prepared to take on the establishment.',
    'Both candidates sought to appeal to younger voters on Tuesday.', 'The campaign will mobilize every Democratic voter in Florida.', 'Local officials said they welcome the national attention.',
    'Senator Jane Harlow has demonstrated her skill as a negotiator.', 'Governor Tom Reyes said on "Meet the Press" that he would run.', 'The tweet is a stark reminder of the governor\'s troubles.',
    'Initially, the program allowed citizens to apply from abroad.', 'Should the court strike the rules down, the government could appeal.']);
  assertEvents(['Egypt committed $5 billion to the fund.', 'Egypt gave Jordan $5 million in aid on Monday.', 'Japan hosted Chinese President Xi Jinping in Tokyo.', 'Germany defended Ukraine at the summit.',
    'The UN appealed to Iran to release the prisoners.', 'Serbia mobilized its troops on the border.', 'Germany welcomed the ceasefire agreement.',
    'Thousands demonstrated against the government in Minsk on Sunday.', 'Putin will meet Kim in Vladivostok next week.', 'The junta allowed the opposition leader to hold a rally in Lagos.'], () => true);
});

test('an accord named by a place is no side of its country, and talks held somewhere are not talks with the host', () => {
  const accord = events('On Sunday in Hangzhou, Mr. Obama and Mr. Xi formally committed their two nations to the Paris accord.');
  assert.ok(accord.length > 0);
  for (const e of accord) assert.notEqual(e.target?.country, 'FRA', e.target?.name);
  const talks = events('A year later, in Paris, the United States led negotiations among 195 countries on a climate agreement.');
  for (const e of talks) assert.notEqual(e.target?.country, 'FRA');
  // A visit is with the place visited.
  assert.equal(events('President Barack Obama visited Paris on Monday.').find((e) => e.type === 'CONSULT')?.target?.country, 'FRA');
});

test('an event at a body the KB knows is in its country, not in the town that shares its name', () => {
  const e = events('President Barack Obama met Prime Minister Benjamin Netanyahu at the White House on Monday.').find((x) => x.type === 'CONSULT');
  assert.deepEqual(e?.location, { name: 'White House', country: 'USA', lat: null, lon: null });
});

test('the owner of a noun event is its actor, a person too, not the sentence\'s subject', () => {
  const e = events('Governor Tom Reyes spoke in Ohio. Voters were uncomfortable with Reyes\'s attacks on immigrants.').find((x) => /^attack/.test(x.trigger.text));
  assert.equal(e?.actor?.name, 'Tom Reyes');
});

test('the subject of a sentence does a noun\'s deed only through a verb that hands it over', () => {
  // Talking about an attack, investigating it or answering it is not carrying it out.
  for (const text of [
    'Turkish prosecutors investigating the bombing in Ankara questioned two suspects.',
    'Greece condemned the attack on the Cypriot embassy in Cairo.',
    'Canada responded to the attack with new sanctions on Iran.',
  ]) {
    const e = events(text).find((x) => x.type === 'ASSAULT');
    assert.ok(!e || !e.actor, `${text} ${JSON.stringify(e?.actor)}`);
  }
  // Launching, carrying out or engaging in it is.
  assertEvents(['Russia launched an attack on Ukraine on Wednesday.', 'Israel carried out an airstrike on Hamas positions in Gaza.',
    'Libyan security forces were engaged in heavy clashes with the militants.'], (e) => e.type === 'ASSAULT' && !!e.actor?.country);
  // Put under investigation: the subject bears it.
  const probe = events('A Danish national has been put under investigation in Italy for rioting.').find((x) => x.type === 'ACCUSE');
  assert.notEqual(probe?.actor?.country, 'DNK');
});

test('with no actor, the nearest other name in the text is no target, and the event stands without sides', () => {
  const evs = events('The Polish president met officials at the Pentagon on Monday. "The first blast was an accident, the second was an attack," he said.');
  const attack = evs.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, JSON.stringify(evs.map((e) => [e.type, e.actor?.name, e.target?.name])));
  assert.equal(attack.actor, null);
  assert.equal(attack.target, null);
});

test('assaults, sieges and gunfire are events of force; assault weapons and politicians firing back are not', () => {
  find(events('Russian troops carried out an assault on the city of Bakhmut.'), 'ASSAULT', 'RUS', 'UKR');
  assert.equal(find(events('Police fired on protesters in Tehran.'), 'ASSAULT', 'IRN').cameo, '193');
  assert.equal(find(events('The Russian army laid siege to Mariupol.'), 'COERCE', 'RUS', 'UKR').cameo, '191');
  // Positions held by an armed group are no record or stance attacked in words.
  find(events('Syrian forces carried out an attack on rebel positions near Idlib.'), 'ASSAULT', 'SYR');
  assertNoEvents(['Prospects are dim for an assault weapons ban.', 'Senator Jane Harlow fired back at Governor Tom Reyes over the budget.',
    'The governor turned her fire on Senator Jane Harlow.'], 'ASSAULT');
});

test('a participle coordinated with a passive one is passive: its subject is acted on', () => {
  const evs = events('Dozens of prisoners were beaten, chained, attacked or sexually abused in the camp.');
  const abused = evs.find((e) => e.mode === 'sexual');
  assert.ok(abused && !abused.actor, JSON.stringify(evs.map((e) => [e.type, e.trigger.text, e.actor?.name, e.target?.name])));
  assert.match(abused.target?.name ?? '', /prisoners|Dozens/);
  // Active verbs joined by "and" keep their subject as actor.
  assert.equal(events('Rebels attacked the convoy and killed six soldiers.').find((e) => e.trigger.text === 'killed')?.actor?.name, 'Rebels');
});

test('a name before an investigation is who is investigated, unless it is a body that investigates', () => {
  const probe = events('Prosecutors questioned the aide about the Harlow investigation, which began in March.').find((e) => e.mode === 'investigate' && e.trigger.text === 'investigation');
  assert.notEqual(probe?.actor?.name, 'Jane Harlow');
  // A name the knowledge base knows, so that the modifier resolves (a made-up surname in that place does not yet).
  const e = events('Hillary Clinton spoke on Monday. The FBI launched the Clinton investigation on Tuesday.').find((x) => x.trigger.text === 'investigation');
  assert.ok(e, 'the investigation is an event');
  assert.equal(e.target?.name, 'Hillary Clinton');
  assert.equal(e.actor?.sector, 'COP');
  assert.equal(find(events('The FBI investigation of Harlow continued.'), 'ACCUSE').actor?.sector, 'COP');
});

test('missiles fired at a place are an attack, fired into the sea a show of force; warplanes sent into a zone mobilize against its country', () => {
  find(events('Hamas fired rockets at Tel Aviv on Tuesday.'), 'ASSAULT', 'PSE', 'ISR');
  const test = find(events('North Korea fired two ballistic missiles into the sea off its east coast.'), 'MOBILIZE', 'PRK');
  assert.equal(test.mode, 'weapons');
  find(events('China sent 30 warplanes into Taiwan\'s air defense zone on Monday.'), 'MOBILIZE', 'CHN', 'TWN');
  // What is sent is not whom it is sent against.
  find(events('China sent troops to the border with India.'), 'MOBILIZE', 'CHN', 'IND');
  assertNoEvents(['The company fired 300 workers at the plant.', 'SpaceX launched a rocket on Monday.', 'The senator fired a 5-word missile at her rival.'], 'ASSAULT', 'MOBILIZE');
});

test('an act someone is accused of is theirs and alleged; a visiting official is not placed in the host country', () => {
  const evs = events('Ukraine accused Russia of shelling a hospital in Kharkiv.');
  const shelling = find(evs, 'ASSAULT', 'RUS');
  assert.equal(shelling.status, 'reported');
  find(evs, 'ACCUSE', 'UKR', 'RUS');
  // Thanking someone for an act is no allegation.
  assert.equal(find(events('Ukraine thanked Poland for sending tanks.'), 'AID', 'POL').status, 'actual');
  const met = find(events('The Brazilian foreign minister\'s deputy, a senior envoy, met Chinese officials in Beijing on Friday.'), 'CONSULT');
  assert.notEqual(met.actor?.country, 'CHN');
});

test('drills, exchanges of fire and closed borders are events between the sides', () => {
  find(events('Russia and China held joint naval drills in the Sea of Japan.'), 'COOPERATE', 'RUS', 'CHN');
  find(events('China held military drills around Taiwan on Monday.'), 'MOBILIZE', 'CHN', 'TWN');
  find(events('India and Pakistan exchanged fire across the Line of Control.'), 'ASSAULT', 'IND', 'PAK');
  find(events('Venezuela closed its border with Colombia.'), 'COERCE', 'VEN', 'COL');
  assertNoEvents(['The store closed its doors on Sunday.', 'Students held a fire drill at the school.']);
});

test('a government that protests complains (ACCUSE 114); people who protest demonstrate', () => {
  const e = find(events('Japan protested after a Chinese coast guard ship entered its waters.'), 'ACCUSE', 'JPN', 'CHN');
  assert.equal(e.cameo, '114');
  assert.equal(find(events('Students protested against the war in Seoul.'), 'PROTEST').cameo, '141');
});

test('air strikes on targets, a summoned ambassador, and a truce agreed somewhere that is no side', () => {
  find(events('Israel struck Hezbollah positions in southern Lebanon.'), 'ASSAULT', 'ISR', 'LBN');
  assertNoEvents(['The two sides struck a deal on Monday.', 'The court struck down the law.'], 'ASSAULT');
  assert.equal(find(events('The Philippines summoned the Chinese ambassador over the incident.'), 'ACCUSE', 'PHL', 'CHN').cameo, '114');
  const truce = events('The army and the rebels agreed to a ceasefire in Jeddah.').filter((e) => e.type === 'AGREE');
  assert.ok(truce.length > 0 && truce.every((e) => e.target?.country !== 'SAU'), JSON.stringify(truce.map((e) => e.target)));
});

test('a title-case headline\'s verb is read as a verb, not as part of a name', () => {
  find(events('India Arrests 20 in Regional Crackdown.'), 'COERCE', 'IND');
  find(events('Vietnam Releases Three Prominent Labor Rights Activists.'), 'RETREAT', 'VNM');
  find(events('Nigeria Air Force Bombs Training Camp, No Survivors.'), 'ASSAULT', 'NGA');
  // Sentences in ordinary case keep the tagger's reading.
  assertNoEvents(['The Reyes Funds office opened in Ohio last week.'], 'AID');
});

test('a participle the tagger called a noun is still the verb, a hyphenated cease-fire is a ceasefire, a march is a protest\'s deed', () => {
  assert.equal(find(events('Rebels abducted 13 students from a school in Kano.'), 'ASSAULT').actor?.name, 'Rebels');
  find(events('Mexico declared a cease-fire with Colombia.'), 'RETREAT', 'MEX', 'COL');
});

test('hacking: networks targeted or breached, influence operations launched; a campaign targeting voters is none', () => {
  find(events('Russian hackers targeted government networks in Estonia.'), 'COERCE', 'RUS', 'EST');
  assert.equal(find(events('Hackers breached computer systems at the Treasury Department.'), 'COERCE').mode, 'cyber');
  find(events('Russia launched a disinformation campaign against the French election.'), 'COERCE', 'RUS');
  assertNoEvents(['The campaign targeted voters in Ohio.', 'The ship breached the sea wall.'], 'COERCE');
});

test('"targeted attacks on infrastructure" are attacks, not hacking', () => {
  assertNoEvents(['Fighters will take back territory with air cover and targeted attacks on ISIS infrastructure.'], 'COERCE');
});

test('a party label after a name is no actor: "Gov. Pat McCrory (R) blamed the court"', () => {
  for (const [text, name] of [['Gov. Pat McCrory (R) blamed the court for the ruling.', 'Pat McCrory'], ['Sen. Ted Cruz (R-Tex) is endorsing Donald Trump.', 'Ted Cruz']]) {
    const e = events(text).find((x) => x.type === 'ACCUSE' || x.type === 'SUPPORT');
    assert.equal(e?.actor?.name, name, text);
  }
});

test('"I" and "we" in a direct quote are its speaker; outside quotes, and as a verb\'s object, no one', () => {
  const evs = events('"We will impose new sanctions on Iran if the talks fail," Secretary of State Antony Blinken said on Monday.', '2023-06-19');
  const threat = evs.find((e) => e.trigger.text === 'impose');
  assert.equal(threat?.actor?.name, 'Antony Blinken');
  assert.equal(threat?.actor?.country, 'USA');
  assert.equal(threat?.target?.country, 'IRN');
  // A pronoun speaker is whom the quote stage resolved it to; "our soil" is not the speaker.
  const she = events('Secretary of State Hillary Clinton visited Paris on Monday. "We will impose new sanctions on Iran," she said.', '2011-06-20');
  assert.equal(she.find((e) => e.trigger.text === 'impose')?.actor?.name, 'Hillary Clinton');
  const soil = events('"The attacks on our soil were homegrown," Obama told reporters.').find((e) => e.trigger.text === 'attacks');
  assert.equal(soil?.target ?? null, null);
  // The writer's "we" is no side.
  assert.equal(events('We will impose new sanctions on Iran, the paper argued.').find((e) => e.type === 'SANCTION' || e.type === 'THREATEN')?.actor ?? null, null);
  // "I call it the trip": the trip is not the speaker's.
  const trip = events('"I call it the trip that changed everything," said Erin Murphy, a former official.').find((e) => e.trigger.text === 'trip');
  assert.equal(trip?.actor ?? null, null);
});

test('a date set off by commas after a place ("in San Bernardino, California, in December") dates the event before it', () => {
  const shot = events('Gunmen shot dead 14 people in San Bernardino, California, in December.', '2016-06-16').find((e) => e.trigger.text === 'shot');
  assert.deepEqual(shot?.date, { value: '2015-12', precision: 'month', text: 'December' });
  const met = events('They met again in Jerusalem, in July 2008, when Mr. Obama was a candidate.', '2015-11-10').find((e) => e.type === 'CONSULT');
  assert.equal(met?.date?.value, '2008-07');
  // After a semicolon the date opens the next clause.
  const attack = events('Gunmen attacked a bus in Kabul, Afghanistan; last week, police arrested 20 people.', '2016-06-16').find((e) => e.trigger.text === 'attacked');
  assert.ok(attack);
  assert.equal(attack.date, null);
});

test('a chain of silent frames tells no event ("began trying to win"), and forcing someone out of a race is no expulsion', () => {
  assertNoEvents(['Grayson began trying to win the race.', 'Mrs. Clinton might want to try to deliver one.', 'Grayson was trying to force her out of the race.', 'The board forced him out as chairman.']);
  find(events('Militias forced thousands of villagers out of their homes in Darfur.'), 'ASSAULT');
});

test('participles used as adjectives tell no event; money "shelled out" is no shelling', () => {
  assertNoEvents(['It was the beginning of an incredible tortured relationship with the network.', 'Neither were her five proposed bills.', 'This proposed merger will leave taxpayers holding the bag.', 'His campaign shelled out $2 million for ads.']);
  // A relative clause is no adjective.
  assert.ok(events('His death came on the heels of a fatal police shooting in Tulsa and another in Columbus that killed a 13-year-old last week.').some((e) => e.trigger.text === 'killed'));
  find(events('Russian troops shelled Kharkiv on Monday.'), 'ASSAULT', 'RUS');
});

test('conviction as belief is no sentence ("strength of conviction", "a conviction candidate")', () => {
  assertNoEvents(['I will take that same strength of conviction to Washington, standing up for our values.', 'He takes his positions out of convenience and not conviction, Ribble says.', 'Washington Post columnist Michael Gerson calls Cruz "a conviction candidate."'], 'SANCTION');
});

test('"she" and "he" look back to a person of their gender: the given name or an honorific says which', () => {
  const evs = events('Senator Ann Vale met Governor Tom Reyes in Dover on Monday. Reyes praised the ferry plan. She accepted his invitation to visit the harbor.');
  assert.equal(evs.find((e) => e.trigger.text === 'accepted')?.actor?.name, 'Ann Vale');
  // East Asian names put the family name first: "Kim" is no given name here, and "Mr. Kim" says he.
  const kim = events('Kim Jong-un met Sen. Ann Vale in Pyongyang on Monday. Mr. Kim greeted the senator. He accepted her invitation to visit Washington.');
  assert.equal(kim.find((e) => e.trigger.text === 'accepted')?.actor?.name, 'Kim Jong-un');
});

test('a month or a weekday alone is no person a pronoun can mean ("debated until November. He calls for …")', () => {
  const e = events('The two candidates debated in Dover until November. He calls for a new ferry line.').find((x) => x.trigger.text === 'calls for');
  assert.ok(e && e.actor?.name !== 'November', JSON.stringify(e?.actor));
});

test('"the island" is no side of Iceland\'s (its own name is Ísland)', () => {
  const e = events('China sent warships toward the island on Monday. The mayor calls for a new ferry line to the island.');
  assert.ok(!e.some((x) => x.actor?.country === 'ISL' || x.target?.country === 'ISL'), JSON.stringify(e.map((x) => [x.type, x.actor?.name, x.target?.name])));
});

test('a demonym that ends a side\'s phrase after a given name is a surname: "Trump critic Mark Cuban" is not Cuban', () => {
  const e = events('Clinton said she would invite Trump critic Mark Cuban to sit in the front row of the debate.').find((x) => x.trigger.text === 'invite');
  assert.equal(e?.target?.name, 'Mark Cuban');
  assert.equal(e?.target?.country, null);
});

test('a demonym before "-American" tells an origin: "an Iranian-American businessman" is American', () => {
  const e = events('An Iranian-American businessman sued the Treasury Department on Monday.').find((x) => x.trigger.text === 'sued');
  assert.equal(e?.actor?.country, 'USA');
});

test('sides past an appositive and a place: "Bush, Florida’s former governor, attacked …"; "parents of two Americans killed in …"', () => {
  let evs = events('Jeb Bush spoke first. Bush, Florida’s former governor, also attacked Donald Trump over eminent domain.');
  let e = evs.find((x) => x.type === 'ACCUSE');
  assert.equal(e?.actor?.name, 'Jeb Bush', JSON.stringify(evs.map((x) => [x.type, x.actor?.name, x.target?.name])));
  evs = events('Patricia Smith and Charles Woods, the parents of two Americans killed in the 2012 attacks on a U.S. compound in Benghazi, Libya, have filed a lawsuit against Hillary Clinton.');
  e = evs.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.actor, null, JSON.stringify(evs.map((x) => [x.type, x.actor?.name, x.target?.name])));
  assert.equal(e?.target?.name, 'two Americans');
  const suit = evs.find((x) => x.type === 'ACCUSE');
  assert.ok(suit?.actor && suit.actor.name !== 'Libya', JSON.stringify(evs.map((x) => [x.type, x.actor?.name, x.target?.name])));
  // A country after a place that opens the clause is its subject.
  e = find(events('Despite a mediation that awarded the village to Eritrea, Ethiopia continues to occupy the village of Badame.'), 'ASSAULT');
  assert.equal(e.actor?.country, 'ETH');
});

test('"Trans-Pacific Partnership" is one name, not the Pacific', () => {
  const evs = events('When she publicly opposed the Trans-Pacific Partnership trade pact, it surprised the White House.');
  const e = evs.find((x) => x.type === 'REJECT');
  assert.equal(e?.target?.name, 'Trans-Pacific Partnership', JSON.stringify(evs.map((x) => [x.type, x.actor?.name, x.target?.name])));
});

test('"as opposed to", "met with resistance", "ambush journalism" tell no event; "is opposed to" is the subject\'s own stance', () => {
  assertNoEvents(['Those are topics she wants to talk about, as opposed to defending her ties to Wall Street.',
    'The plan to expand the army was met with relief among allies.',
    'The campaign is meeting stiff resistance from far-right groups in the east.',
    '"It\'s ambush journalism," she says.'], 'REJECT', 'CONSULT', 'ASSAULT');
  const e = find(events('Germany is opposed to the sanctions on Russia.'), 'REJECT');
  assert.equal(e.actor?.country, 'DEU');
});

test('"Georgia" in a story of US primaries is the state even where its own sentence says nothing of the US', () => {
  const evs = events('Trump won primaries in Alabama, Tennessee and Massachusetts on Tuesday.\n\nTrump posted a message reading “Thank you Georgia” moments after the polls closed.');
  assert.equal(evs.find((x) => x.type === 'SUPPORT')?.target?.country, 'USA', JSON.stringify(evs.map((x) => [x.type, x.actor?.name, x.target?.name, x.target?.country])));
});

test('a state\'s body named bare ("the junta", "police") is the home state\'s in a story filed from there, not in one filed from a hub, nor one a possessive owns', () => {
  const home = events('BAMAKO, Mali (AP) — Human rights groups have accused Malian troops of killing civilians in the north. The junta denies the accusations.\n\nPolice arrested two journalists in Bamako on Monday.');
  assert.equal(find(home, 'REJECT').actor?.country, 'MLI');
  assert.equal(find(home, 'COERCE').actor?.country, 'MLI');
  // (From Cairo, a story of Sudan: Egypt is no home of its "army".)
  const hub = events('CAIRO (AP) — Sudan\'s paramilitary forces shelled El Fasher on Thursday, activists in Sudan said. The army blamed the Rapid Support Forces for the attack in Sudan.');
  assert.notEqual(find(hub, 'ACCUSE').actor?.country, 'EGY');
  // (So are its lawmakers: "Lawmakers voted 364 to 194 against Bayrou".)
  assert.equal(find(events('PARIS (AP) — Lawmakers voted 364 to 194 against Prime Minister Francois Bayrou on Monday, and France was left without a government.'), 'REJECT').actor?.country, 'FRA');
  const owned = events('TALLINN (Reuters) — Estonian Prime Minister Kristen Michal said his government had called an emergency meeting.');
  assert.deepEqual([find(owned, 'CONSULT').actor?.name, find(owned, 'CONSULT').actor?.country], ['his government', 'EST']);
  // (Filed from Helsinki after a Finn's deed, "his government" is still the teller's, whatever "Kristen" guesses of his sex.)
  const told = events('HELSINKI (Reuters) — Finnish President Alexander Stubb met the commander on Friday. Estonian Prime Minister Kristen Michal said his government had called an emergency meeting.');
  assert.equal(told.find((x) => x.trigger.text === 'meeting')?.actor?.country, 'EST');
});

test('a small town the gazetteer knows only in a country the story never names is no place of that country: "the central town of Moura" filed from Bamako', () => {
  const text = 'BAMAKO, Mali (Reuters) — Human rights groups have accused Malian troops of killing hundreds of civilians, most notably in the central town of Moura in 2022.';
  const a = analyzeArticle(articleFromText(text, { language: 'en' }));
  assert.equal(a.entities.find((e) => e.name === 'Moura')?.country, null);
  const e = find(a.events, 'ASSAULT');
  assert.deepEqual([e.location?.name, e.location?.country, e.target?.country], ['Moura', null, null]);
  // (Filed from Lisbon, or naming Portugal, it is Portugal's.)
  const home = analyzeArticle(articleFromText('LISBON (Reuters) — Police clashed with protesters in the town of Moura on Monday.', { language: 'en' }));
  assert.equal(home.entities.find((x) => x.name === 'Moura')?.country, 'PRT');
});

test('"its neighbor" is the other state named just before, not the one "its" points to', () => {
  const e = find(events('NEW DELHI (Reuters) — India on Wednesday blamed a Pakistan-based militant group for an attack on an army convoy in Kashmir, and suspended a river water treaty with its neighbor in retaliation.'), 'SANCTION');
  assert.deepEqual([e.actor?.country, e.target?.name, e.target?.country], ['IND', 'Pakistan', 'PAK']);
});

test('a people\'s word inside a person\'s own name is no country of the person: "Billionaire Mark Cuban", "Cuban also said"; "Cuban exiles" are Cuba\'s', () => {
  const evs = events('Billionaire Mark Cuban met Donald Trump on Sunday. Cuban also pronounced his support for free trade. Cuban exiles protested in Miami.');
  assert.equal(find(evs, 'CONSULT').actor?.country ?? null, null);
  assert.equal(find(evs, 'SUPPORT').actor?.country ?? null, null);
  assert.equal(find(evs, 'PROTEST').actor?.country, 'CUB');
  // (A people in the plural is never a family name.)
  assert.equal(find(events('Young Algerians blocked roads leading to the city centre on Sunday to press their demands.'), 'PROTEST').actor?.country, 'DZA');
});

test('a noun before a title names the field of the title, no deed: "U.N. aid chief Tom Fletcher said", "the U.N. aid coordinator said"', () => {
  assert.deepEqual(events('U.N. aid chief Tom Fletcher said the famine could have been prevented.').map((x) => x.type), []);
  assert.deepEqual(events('The U.N. aid coordinator said the famine could have been prevented.').map((x) => x.type), []);
  assert.equal(find(events('Military aid to Ukraine was approved.'), 'AID').target?.country, 'UKR');
});

test('"the junta" is the state whose military rule was named before by any of its names ("Niger\'s military rulers"), as a side and as a speaker', () => {
  const text = 'NIAMEY, Niger (AFP) — Niger\'s military rulers on Sunday ordered French soldiers to leave, and French President Emmanuel Macron said France would pull its troops out.\n\n'
    + 'France had kept troops in the region for a decade, and Paris said the decision was regrettable.\n\n'
    + 'The junta welcomed the announcement. "This is a new step towards sovereignty," the junta said in a statement.';
  const a = analyzeArticle(articleFromText(text, { language: 'en' }));
  assert.equal(find(a.events, 'SUPPORT').actor?.country, 'NER');
  const q = a.quotes.find((x) => x.text.includes('new step'));
  assert.equal(a.entities.find((e) => e.id === q?.speaker?.entity)?.country, 'NER');
});

test('part of what a possessive owns is the thing acted on, no side: "lifted most of its remaining sanctions on Syria"', () => {
  const e = find(events('WASHINGTON (AP) — The United States on Monday lifted most of its remaining sanctions on Syria, hours before President Ahmad al-Sharaa visited the White House.'), 'CONCEDE');
  assert.deepEqual([e.actor?.country, e.target?.country], ['USA', 'SYR']);
});

test('a description set beside a name acts as the name: "Rep. Joe Wilson, a Republican, welcomed", "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said"', () => {
  assert.equal(find(events('Rep. Joe Wilson, a Republican, welcomed the decision on Monday.'), 'SUPPORT').actor?.name, 'Joe Wilson');
  assert.equal(find(events('Rep. Joe Wilson, a Republican who has long pushed for tougher measures, welcomed the decision.'), 'SUPPORT').actor?.name, 'Joe Wilson');
  assert.equal(find(events('Ariel Sharon, who has vowed to crush the uprising, ordered new strikes.'), 'REQUEST').actor?.name, 'Ariel Sharon');
});

test('an attack named as the occasion of a friendly act is no threat and not the speaker\'s: "offered condolences for the attack"', () => {
  const text = 'The French president expressed his condolences over the massacre, while Obama offered his own condolences for the attack in which a French Islamist killed a police officer.';
  const evs = events(text);
  assert.ok(!evs.some((e) => e.type === 'THREATEN'), JSON.stringify(evs.map((x) => [x.type, x.trigger.text])));
  const attack = evs.find((e) => e.trigger.text === 'attack');
  assert.ok(attack && !attack.actor, JSON.stringify(evs.map((x) => [x.type, x.trigger.text, x.actor?.name])));
  // A frame's own complement after "for" is still what it asks for.
  assert.ok(events('Lawmakers pressed the State Department for airstrikes on the rebels.').some((e) => e.type === 'REQUEST'));
  // "committed by" tells who did a deed, not a promise.
  assertNoEvents(['Most of the murders were committed by other white people, according to the FBI.'], 'AGREE');
});

test('a frame governs the act of its own clause: "people Republicans have tried to talk to … have refused"; "is committed to" is the subject\'s', () => {
  const evs = events('Several people Republicans have tried to talk to about the email matter have refused to cooperate.');
  const r = evs.find((e) => e.type === 'REJECT');
  assert.equal(r?.trigger.text, 'refused', JSON.stringify(evs.map((x) => [x.type, x.trigger.text])));
  const e = find(events('The United States is committed to the defense of Japan.'), 'AGREE');
  assert.equal(e.actor?.country, 'USA');
  assertNoEvents(['Investigators are trying to determine whether a crime was committed.'], 'AGREE');
});

test('"asked not to be identified" asks nothing of anyone', () => {
  assertNoEvents(['The official, who asked not to be named, said the talks had failed.', 'A refugee who asked not to be identified spoke to reporters.'], 'REQUEST');
});

test('killed in a crash or an accident is no assault; killed in an attack or an ambush is', () => {
  assertNoEvents(['Two soldiers were killed in a helicopter crash in the mountains, the army said.', 'Three workers were killed in an accident at the plant.'], 'ASSAULT');
  assert.equal(find(events('Rebels killed three soldiers in an ambush near the border.'), 'ASSAULT').target?.name, 'three soldiers');
});

test('passengers, tourists and hostages are sides; recognising a face is no diplomatic recognition', () => {
  assert.equal(find(events('A stabbing killed a passenger on a Bay Area commuter train.'), 'ASSAULT').target?.name, 'passenger');
  assertNoEvents(['No other passenger recognized him on the flight.', 'She did not recognize the tall, bespectacled man behind her.'], 'SUPPORT');
  assert.equal(find(events('Russia recognized the independence of Abkhazia.'), 'SUPPORT').actor?.country, 'RUS');
});

test('a participle after a phrase naming people is that phrase\'s deed: "officers killing unarmed men", "Obama endorsing Clinton"', () => {
  const e = find(events('The mayor spoke about the epidemic of police officers killing unarmed black men.'), 'ASSAULT');
  assert.equal(e.actor?.name, 'police officers');
  assert.equal(find(events('All signs pointed to Barack Obama endorsing Hillary Clinton on Thursday.'), 'SUPPORT').actor?.name, 'Barack Obama');
  // A name that modifies a noun in -ing is no one's deed: "the Orlando shooting victims".
  assert.notEqual(events('Relatives of the Orlando shooting victims met the governor.').find((x) => x.type === 'ASSAULT')?.actor?.name, 'Orlando');
});

test('coordinated country words share the head noun after them: "the Russian and Syrian defense ministries", "U.S. and South Korean forces"', () => {
  const acc = events('The Russian and Syrian defense ministries accused U.S. forces of blocking aid.').filter((e) => e.type === 'ACCUSE');
  assert.deepEqual(acc.map((e) => [e.actor?.name, e.actor?.country, e.actor?.sector]), [['Russian defense ministries', 'RUS', 'GOV'], ['Syrian defense ministries', 'SYR', 'GOV']]);
  const hit = events('U.S. and South Korean forces attacked the base on Monday.').filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(hit.map((e) => [e.actor?.name, e.actor?.sector]), [['U.S. forces', 'MIL'], ['South Korean forces', 'MIL']]);
  // Whole country names stand alone: "Jordan and Britain", "Iran and Russian forces".
  assert.deepEqual(events('Iran and Russian forces attacked the town.').filter((e) => e.type === 'ASSAULT').map((e) => e.actor?.name), ['Iran', 'Russian forces']);
});

test('a list of three or more before the verb keeps its first member: "Britain, France and Germany triggered …"', () => {
  const sides = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => e.actor?.country);
  assert.deepEqual(sides('Britain, France and Germany triggered the snapback of United Nations sanctions on Iran.', 'SANCTION'), ['GBR', 'FRA', 'DEU']);
  assert.deepEqual(sides('Poland, Lithuania, Latvia and Estonia condemned the drone incursion by Russia.', 'ACCUSE'), ['POL', 'LTU', 'LVA', 'EST']);
  // A place in a phrase of its own before the list's comma is not one of the list.
  assert.deepEqual(sides('In Paris, France and Germany condemned the attack by Russia.', 'ACCUSE'), ['FRA', 'DEU']);
});

test('an agreement not made yet is pending, not refused: "hasn\'t committed to any specifics so far", "has not yet agreed"', () => {
  for (const text of ['Trump hasn\'t committed to any specifics so far, advisers say.', 'Iran has not yet agreed to the inspections.']) {
    const e = find(events(text), 'AGREE');
    assert.equal(e.status, 'negated', text);
  }
  assert.equal(find(events('Iran did not agree to the inspections.'), 'REJECT').actor?.country, 'IRN');
});

test('a request for comment and an order of 30 jets ask nothing of anyone', () => {
  assertNoEvents(['The governor’s office did not respond to The Hill’s request for comment.', 'In addition to its order of 30 Boeing jets, Emirates announced an order for 50 Airbus jets.'], 'REQUEST');
  assert.equal(find(events('Russia rejected a request for talks from Ukraine.'), 'REJECT').target?.country, 'UKR');
});

test('"… hacked into the committee’s computers and she accused Trump": "she" opens a clause of her own, neither the hack’s target nor coordinated with the committee', () => {
  const evs = events('Hillary Clinton said Russian hackers attacked the Democratic National Committee and she accused Donald Trump of lying.');
  assert.equal(find(evs, 'ACCUSE').actor?.name, 'Hillary Clinton');
  assert.equal(find(evs, 'ASSAULT').target?.name, 'Democratic National Committee');
});

test('"Mr. Sanders\'s supporters", "Russia\'s allies" are groups of their own, not the one they are named by', () => {
  const e = find(events('And while many of Mr. Sanders\'s supporters are expected to support her in November, she has not changed her message.'), 'AGREE');
  assert.equal(e.actor?.name, 'Mr. Sanders\'s supporters');
  const a = find(events('Russia\'s allies condemned the strike.'), 'ACCUSE');
  assert.deepEqual([a.actor?.name, a.actor?.country], ['Russia\'s allies', null]);
  // A person's own campaign still speaks for the person.
  assert.equal(find(events('Trump\'s campaign attacked Clinton.'), 'ACCUSE').actor?.name, 'Donald Trump');
});

test('the agency in a dateline filed the story and is no side of it: "ORLANDO, Fla. (Reuters) - Obama met survivors"', () => {
  const text = 'Obama meets survivors.\n\nORLANDO, Fla. (Reuters) - President Barack Obama met survivors of a gay nightclub massacre and relatives of the 49 people killed on Thursday.';
  const met = events(text).filter((e) => e.trigger.text === 'met');
  assert.deepEqual(met.map((e) => [e.actor?.name, e.target?.name ?? null]), [['Barack Obama', null]]);
  const hacked = find(events('WASHINGTON (Reuters) - The Chinese government likely hacked computers at the Federal Deposit Insurance Corporation in 2010.'), 'COERCE');
  assert.notEqual(hacked.target?.name, 'Reuters');
});

test('what a thing already told is called ("it was both a terrorist attack and a hate crime") is no new event, unless it names its sides', () => {
  assertNoEvents(['Mr. Jones argued it was both a terrorist attack and an anti-gay hate crime.', '"I don\'t think this is an ISIS-condoned attack; I think it\'s a hate crime," the man said.'], 'ASSAULT');
  const e = find(events('It was an attack by Russia on Ukraine.'), 'ASSAULT');
  assert.deepEqual([e.actor?.country, e.target?.country], ['RUS', 'UKR']);
});

test('"he will fight on to the convention", "fight for the nomination": a campaign goes on, no one is attacked; fighting on one side of a war is fighting', () => {
  assertNoEvents(['He continues to insist that he will fight on to the July Democratic convention.', 'Sanders said he would fight for the nomination.'], 'THREATEN', 'ASSAULT');
  assert.ok(events('One proxy army fighting on the Eritrean side was a force he helped create.').some((e) => e.type === 'ASSAULT'));
});

test('"whether or not Israel\'s willing to sacrifice": the idiom\'s "not" negates nothing, and the willingness is a supposition', () => {
  const e = find(events('The deal depends on whether or not Israel\'s willing to sacrifice certain things.'), 'AGREE');
  assert.deepEqual([e.actor?.country, e.status], ['ISR', 'hypothetical']);
  // A negation of its own still negates.
  assertNoEvents(['It is unclear whether or not Israel is not willing to sacrifice.'], 'AGREE');
});

test('words in a quotation take no side from the frame around them: "“…,” Trump told The Associated Press"', () => {
  const e = find(events('"Israel will attack certain things," Trump told The Associated Press.'), 'THREATEN');
  assert.deepEqual([e.actor?.country, e.target?.name ?? null], ['ISR', null]);
  // The speaker's words in another quotation of the same sentence still name the other side.
  const both = find(events('“Any transfer of arms from North Korea to Russia would be a violation of the resolutions,” and the administration “will not hesitate to impose new sanctions,” Mr. Miller said.'), 'THREATEN');
  assert.ok(['RUS', 'PRK'].includes(both.target?.country ?? ''), JSON.stringify(both.target));
  // Without quotation marks the nearest other country is still the other side.
  const plain = find(events('Israel will attack, Netanyahu said after meeting Iran\'s envoys.'), 'THREATEN');
  assert.equal(plain.actor?.country, 'ISR');
});

test('a deed feared, risked or averted has not happened: "the bigger risk, he said, is a clash", "officials fear a clash"', () => {
  for (const text of ['The bigger risk, he said, is a clash between China and the United States.', 'Officials fear a clash between China and the United States.', 'Analysts weighed the risk of an attack on Iran by Israel.']) {
    const e = events(text).find((x) => x.type === 'ASSAULT');
    assert.equal(e?.status, 'hypothetical', text);
  }
  // An aside is stepped over only when it is one of saying: a fear that passed is no frame.
  assert.equal(events('After the fears subsided, a clash broke out between China and the United States.').find((x) => x.type === 'ASSAULT')?.status, 'actual');
});

test('a disease or a storm that kills is no assault: "the Black Death pandemic that killed 25 million people", "the hurricane killed 40 people"', () => {
  assertNoEvents(['Both diseases are associated with the Black Death pandemic that killed an estimated 25 million people in Europe.', 'The hurricane killed 40 people in Haiti.'], 'ASSAULT');
  find(events('Russian troops killed 40 people in Bucha.'), 'ASSAULT', 'RUS');
});

test('"plans for visiting China" is planned like "plans to visit China"', () => {
  assert.deepEqual([find(events('Putin has plans for visiting China next month.'), 'AGREE').status], ['planned']);
  assert.equal(find(events('Putin visited China for talks.'), 'CONSULT').status, 'actual');
});

test('a kind of person is no deed: "every last person threatening the peace", "anyone attacking our troops"; "Russian troops attacking the city" still attack', () => {
  assertNoEvents(['I have a message to every last person threatening the peace on our streets.', 'Anyone attacking our troops will regret it.'], 'THREATEN', 'ASSAULT');
  find(events('Russian troops attacking the city of Bakhmut killed ten people.'), 'ASSAULT', 'RUS');
});

test('what would have or should have happened did not: "Obama said he would have vetoed the bill", "Russia would have attacked Ukraine"', () => {
  const veto = events('Obama said he would have vetoed the bill.').find((e) => e.trigger.text === 'vetoed');
  assert.equal(veto?.status, 'hypothetical');
  const attack = events('Without the treaty, Russia would have attacked Ukraine.').find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.status, 'hypothetical');
  assert.equal(events('Russia attacked Ukraine on Monday.').find((e) => e.type === 'ASSAULT')?.status, 'actual');
});

test('a town before a deed is where it happened ("the Benghazi attack", "a San Diego rally"), and a deed after a noun\'s preposition is not the phrase\'s ("Mr. Obama\'s reaction to the attacks")', () => {
  const benghazi = events('Senators questioned Rice about the Benghazi attack on Tuesday.').filter((e) => e.type === 'ASSAULT');
  assert.ok(benghazi.every((e) => e.actor?.name !== 'Benghazi'), JSON.stringify(benghazi.map((e) => e.actor)));
  const reaction = events('Mr. Obama\'s reaction to the attacks in France surprised his critics.').filter((e) => e.type === 'ASSAULT');
  assert.ok(reaction.every((e) => e.actor?.name !== 'Barack Obama'), JSON.stringify(reaction.map((e) => e.actor)));
  // A country before the deed still did it; so does a town's possessive.
  assert.equal(find(events('The Russian attack on Kyiv killed ten people.'), 'ASSAULT').actor?.country, 'RUS');
  assert.equal(find(events('Moscow\'s attack on Kyiv killed ten people.'), 'ASSAULT').actor?.country, 'RUS');
});

test('a side compared with "than" does not do the deed ("Mrs. Clinton has gone further than Mr. Obama on Syria by proposing …"), one counted does ("killed more than 400 protesters")', () => {
  const prop = events('Mrs. Clinton has gone further than Mr. Obama on Syria by proposing a no-fly zone.').find((e) => e.trigger.text === 'proposing');
  assert.match(prop?.actor?.name ?? '', /Clinton/);
  const killed = find(events('Security forces have killed more than 400 protesters in the Oromia region.'), 'ASSAULT');
  assert.match(killed.target?.name ?? '', /protesters/);
});

test('a participle between an owner and a named person keeps one side: "criticised London\'s newly elected mayor Sadiq Khan" is aimed at Khan, not London', () => {
  assert.equal(find(events('Trump also criticised London\'s newly elected Muslim mayor Sadiq Khan for his statements.'), 'ACCUSE').target?.name, 'Sadiq Khan');
  // With no name after it, the owner stays the side, and stays there for a later "he".
  assert.equal(find(events('Trump criticised London\'s newly elected mayor.'), 'ACCUSE').target?.name, 'London');
});

test('a fight with its own object that names no actor takes no other side from the sentence ("In memo to Congress, Saudis insist they\'re fighting terror")', () => {
  const fight = find(events('In memo to Congress, Saudis insist they\'re fighting terror.'), 'ASSAULT');
  assert.equal(fight.target, null);
  // A side named as the object is still the target.
  assert.equal(find(events('In a memo to Congress, the Saudis said they attacked Yemen.'), 'ASSAULT').target?.country, 'YEM');
});

test('"Jeremy Paris" is no side of France, and a group "charged with beautifying downtown" is accused of nothing', () => {
  assert.equal(find(events('Jeremy Paris criticized Obama on Monday.'), 'ACCUSE').actor?.country ?? null, null);
  assertNoEvents(['Jeremy Paris leads a group charged with beautifying downtown.', 'The official charged with overseeing the program spoke on Monday.'], 'ACCUSE');
  assert.equal(find(events('Two men were charged with killing the officer.'), 'ACCUSE').mode, 'allege');
});

test('where someone was born, or a place in a relative clause after the deed, is not where the deed happened ("attacked a federal judge whose parents were born in Mexico")', () => {
  const attack = find(events('When Donald Trump attacked a federal judge whose parents were born in Mexico, Hispanic Americans were outraged.'), 'ACCUSE');
  assert.equal(attack.location, null);
  assert.notEqual(attack.target?.country, 'MEX');
  assert.equal(find(events('Donald Trump attacked the judge in Mexico on Monday.'), 'ACCUSE').location?.country, 'MEX');
});

test('a headline leaves out "is": "FDIC Accused Of Covering Up China Hacking" is done to the FDIC; a visit on vacation is no visit between countries', () => {
  const accused = find(events('FDIC Accused Of Covering Up China Hacking To Protect Chairman’s Job'), 'ACCUSE');
  assert.equal(accused.actor, null);
  assert.equal(accused.target?.name, 'FDIC');
  assert.equal(find(events('Iran Attacked By Iraqi Jets Near Border'), 'ASSAULT').target?.country, 'IRN');
  assertNoEvents(['Maryam Violet, an Iranian journalist visiting Nice on vacation, told the Guardian that she saw the truck.'], 'CONSULT');
  assert.equal(find(events('Iran\'s foreign minister visited Paris on Monday.'), 'CONSULT').target?.country, 'FRA');
});

test('a deed argued for is a position and one proposed is planned ("his support for torture", "plans to sue"); a proposal\'s deed is its owner\'s ("Clinton bashed Trump\'s proposal to ban Muslims")', () => {
  const torture = events('Critics voiced concerns over Trump\'s views on Israel, his support for torture and his lack of advisers.').find((e) => e.trigger.text === 'torture');
  assert.equal(torture?.status, 'hypothetical');
  assert.equal(events('A former staffer announced plans to sue the panel on Monday.').find((e) => e.type === 'ACCUSE')?.status, 'planned');
  const ban = events('On Wednesday, Clinton bashed Trump\'s proposal to ban Muslims from coming into the country.').find((e) => e.trigger.text === 'ban');
  assert.equal(ban?.actor?.name, 'Donald Trump');
  // Whoever launches an effort does its deed: "Khan mounted a campaign to condemn Trump".
  const condemn = events('Mr. Khan has mounted an extraordinary public campaign to condemn Mr. Trump.').find((e) => e.type === 'ACCUSE');
  assert.match(condemn?.actor?.name ?? '', /Khan/);
});

test('people a place names are not the place: "Chicago residents have accused Emanuel" are residents of the United States; "the Benghazi victims" are no side of Libya', () => {
  const residents = find(events('Chicago residents have accused Emanuel of covering up the murder.'), 'ACCUSE');
  assert.equal(residents.actor?.name, 'Chicago residents');
  assert.equal(residents.actor?.country, 'USA');
  assert.equal(find(events('Clinton met the Benghazi victims on Monday.'), 'CONSULT').target?.country ?? null, null);
  assert.equal(find(events('Clinton met Benghazi officials on Monday.'), 'CONSULT').target?.country, 'LBY');
});

test('"men charged with or convicted of violating sanctions" are charged, not charging; "in frozen overseas funds" freezes nothing; "no plans to endorse" is no plan', () => {
  const freed = events('Mr. Obama freed seven Iranian and Iranian-American men charged with or convicted of violating sanctions.').filter((e) => e.type === 'ACCUSE' || e.type === 'SANCTION');
  assert.ok(freed.length > 0 && freed.every((e) => e.actor === null), JSON.stringify(freed.map((e) => [e.type, e.actor?.name, e.target?.name])));
  const lifted = events('The deal came as Iran fulfilled the terms and the United States lifted sanctions, giving Iran access to $100 billion in frozen overseas funds.');
  assert.ok(!lifted.some((e) => e.trigger.text === 'frozen'), JSON.stringify(lifted.map((e) => e.trigger.text)));
  assert.equal(find(lifted, 'CONCEDE').target?.country, 'IRN');
  assert.equal(events('While I have no plans to endorse a candidate before the primary, he is a friend.').find((e) => e.trigger.text === 'endorse')?.status, 'negated');
  // An alleged deed still alleges: "a manhunt for alleged coup plotters".
  assert.ok(events('A manhunt is underway for alleged coup plotters in Ankara.').some((e) => e.type === 'ACCUSE'));
});

test('"Assad, aided by the Russians and opposed by the U.S., held on": a participle set off after a name is done to it; "backed", "aided" are support and aid', () => {
  const assad = events('Instead of the quick overthrow that happened in Egypt, Assad, aided by the Russians and opposed by the U.S., held on.');
  const aid = find(assad, 'AID');
  assert.deepEqual([aid.actor?.country, aid.target?.country], ['RUS', 'SYR']);
  const rejected = find(assad, 'REJECT');
  assert.deepEqual([rejected.actor?.country, rejected.target?.country], ['USA', 'SYR']);
  const law = find(events('A district judge blocked the law, opposed by Democrats, because it would slow the voting process.'), 'REJECT');
  assert.equal(law.actor?.name, 'Democratic Party');
  const backed = find(events('Moscow backed Damascus throughout the war.'), 'SUPPORT');
  assert.deepEqual([backed.actor?.country, backed.target?.country], ['RUS', 'SYR']);
  // Other senses of the words: backing down, backing a claim up, aiding and abetting.
  assert.ok(!events('Russia backed down after the talks with Ukraine.').some((e) => e.type === 'SUPPORT'));
  assert.ok(!events('Financial records from Iran backed that up.').some((e) => e.type === 'SUPPORT'));
  assert.ok(!events('He was charged with aiding and abetting terrorists in Syria.').some((e) => e.type === 'AID'));
});

test('"giving weapons to the so-called “rebels”" reaches its side past the scare quotes; "no one should be confused" asks nothing of anyone', () => {
  const gave = find(events('The United States was giving weapons to the so-called “rebels” in Syria.'), 'AID');
  assert.equal(gave.target?.name, 'rebels');
  const told = events('But, she told the mayors who gathered in Indianapolis, “no one should be confused about America’s commitment to Europe, not an autocrat in the Kremlin.”');
  assert.ok(!told.some((e) => e.type === 'REQUEST'), JSON.stringify(told.map((e) => [e.type, e.trigger.text])));
  assert.equal(find(events('Russia said that Sudan must return the helicopter.'), 'REQUEST').target?.country, 'SDN');
});

test('the agents of a passive set off by a comma did it to the phrase before the comma, not to each other nor to a pronoun\'s country', () => {
  const bill = events('Mexico refused to pay. He denounced the bill as it was sailing through the Senate, supported by Rupert Murdoch and Fox News.').filter((e) => e.type === 'SUPPORT');
  assert.ok(bill.length === 2 && bill.every((e) => e.target === null), JSON.stringify(bill.map((e) => [e.actor?.name, e.target?.name])));
  const law = find(events('A district judge blocked the GOP-sponsored law, opposed by Democrats, because it would slow the voting.'), 'REJECT');
  assert.deepEqual([law.actor?.name, law.target?.name], ['Democratic Party', 'Republican Party']);
  // A joint act stays mutual: "Russia and Ukraine clashed".
  const clash = events('Russia and Ukraine clashed near the border.').filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(clash.map((e) => e.target?.country).sort(), ['RUS', 'UKR']);
});

test('"Republicans blast Obama after North Korea claims nuclear test" is criticism of Obama; "North Korea\'s claim that it had tested" is North Korea\'s test; "to support our allies" has its own side', () => {
  const blast = events('Republicans blast Obama after North Korea claims nuclear test.');
  const accuse = find(blast, 'ACCUSE');
  assert.deepEqual([accuse.actor?.name, accuse.target?.name], ['Republican Party', 'Barack Obama']);
  assert.ok(!blast.some((e) => e.type === 'ASSAULT'), JSON.stringify(blast.map((e) => e.type)));
  // A bomb blast is still one; "Fox News host Sean Hannity" stays one phrase.
  assert.ok(events('A bomb blast killed ten people in Kabul.').some((e) => e.type === 'ASSAULT'));
  assert.equal(events('Trump met Fox News host Sean Hannity on Monday.').find((e) => e.trigger.text === 'met')?.target?.name, 'Sean Hannity');
  const tested = find(events('The White House cited analysis that showed inconsistencies with North Korea\'s claim that it had successfully tested a hydrogen weapon.'), 'MOBILIZE');
  assert.equal(tested.actor?.country, 'PRK');
  const allies = find(events('Hillary Clinton said: “As Secretary I championed the pivot to Asia in part to confront threats like North Korea and to support our allies.”'), 'SUPPORT');
  assert.equal(allies.target, null);
});

test('support for a thing no actor stands for borrows no side ("their support for what would be a new war" is no support of the Islamic State)', () => {
  const war = find(events('While the candidates say the United States must play a prominent role in confronting the Islamic State, they differ by degree in their support for what would be a new war.'), 'SUPPORT');
  assert.equal(war.target, null);
  assert.equal(find(events('Russia announced its support for Assad.'), 'SUPPORT').target?.country, 'SYR');
});

test('an attack with no target named is on the place it happened before anyone named elsewhere in the sentence ("the massacre in San Bernardino … from Pakistan")', () => {
  const massacre = find(events('Tashfeen Malik, who with her husband carried out the massacre in San Bernardino, Calif., passed three background checks as she moved to the United States from Pakistan.'), 'ASSAULT');
  assert.equal(massacre.target?.country, 'USA');
});

test('a participle right after a noun, with its agent, is done to that noun ("foreign policy decisions opposed by Israel" are not Clinton)', () => {
  const opposed = find(events('Clinton - who has at times been at the center of foreign policy decisions opposed by Israel - set a hawkish tone.'), 'REJECT');
  assert.deepEqual([opposed.actor?.country, opposed.target], ['ISR', null]);
  const aid = events('Clinton spoke of a super PAC called Future45 funded by Paul Singer and Ken Griffin.').filter((e) => e.type === 'AID');
  assert.ok(aid.length > 0 && aid.every((e) => e.target?.name === 'Future45'), JSON.stringify(aid.map((e) => [e.actor?.name, e.target?.name])));
});

test('a thing given must be the object, not half of a hyphenated modifier ("give high-dollar speeches" gives no dollars)', () => {
  assert.ok(!events('Clinton decided to give high-dollar speeches to Wall Street banks in New York.').some((e) => e.type === 'AID'));
  assert.ok(events('The United States gave military aid to Ukraine.').some((e) => e.type === 'AID'));
});

test('the direct object\'s own "of" names the side ("welcomes the entry of Turkey as a key player in the war on ISIS" welcomes Turkey)', () => {
  const welcome = find(events('The US welcomes the entry of Turkey as a key military player in the war on ISIS in Syria.'), 'SUPPORT');
  assert.equal(welcome.target?.country, 'TUR');
  assert.equal(find(events('Trump on Friday endorsed the re-election of House Speaker Paul Ryan.'), 'SUPPORT').target?.name, 'Paul Ryan');
});

test('a relative clause set off by commas before the verb belongs to the subject before it ("Christie, who has campaigned … since he suspended …, blasted Clinton")', () => {
  const blasted = find(events('Donald Trump spoke in Iowa on Monday. Christie, who has campaigned heavily for Trump since he suspended his own campaign in February, blasted Clinton as a disgrace.'), 'ACCUSE');
  assert.match(blasted.actor?.name ?? '', /Christie/);
});

test('a deed that dates something is no one\'s ("Secretary Clinton, on the night of the attacks in Benghazi, sent an e-mail")', () => {
  const attack = find(events('Secretary Clinton, on the night of the attacks in Benghazi, sent an e-mail to her daughter.'), 'ASSAULT');
  assert.equal(attack.actor, null);
  assert.equal(attack.target?.country, 'LBY');
});

test('scare quotes around a modifier stay inside the phrase: "called on the “interim” Bolivian government"', () => {
  const e = find(events('The ombudsman called on the “interim” Bolivian government to withdraw military units.'), 'REQUEST', undefined, 'BOL');
  assert.equal(e.target?.name.includes('“'), false, e.target?.name);
});

test('"US" in capitals is the country, not the pronoun "us": "US President Donald Trump agrees to …" has its actor', () => {
  const e = find(events('US President Donald Trump agrees to Beijing’s demands.', '2019-11-19'), 'AGREE', 'USA', 'CHN');
  assert.equal(e.actor?.name, 'Donald Trump');
  find(events('“Russia attacked us,” the Ukrainian president said.', '2019-11-19'), 'ASSAULT', 'RUS', 'UKR');
});

test('a participle set off by a comma is done by its clause’s subject, not by the phrase before the comma', () => {
  const e = find(events('Trump held talks with Japan and Mexico, threatening them with tariffs.'), 'THREATEN', 'USA');
  assert.equal(e.actor?.name, 'Donald Trump');
  const w = find(events('Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate, attacking Mr. Trump.', '2016-06-20'), 'ACCUSE');
  assert.match(w.actor?.name ?? '', /Warren/);
  // Not a progressive ("is, in fact, appealing") nor a noun ("the shooting of").
  assert.equal(events('Beck’s contention was that Trump is, in fact, appealing to the alt-right.', '2016-08-26').find((x) => x.trigger.text.startsWith('appealing'))?.actor?.name ?? 'Donald Trump', 'Donald Trump');
});

test('"as demonstrated by" and "was demonstrated" show something; people who demonstrate protest', () => {
  assertNoEvents(['Beijing is wary of his behavior, as demonstrated by his abrupt departure from the summit.', 'The risk was demonstrated last year.'], 'PROTEST');
  assertEvents(['Thousands demonstrated against the government in Minsk.'], (e) => e.type === 'PROTEST');
});

test('"A New York man", "a Moscow resident": a person of a place acts, not the place', () => {
  const e = find(events('A Moscow resident attacked the embassy.'), 'ASSAULT', 'RUS');
  assert.deepEqual([e.actor?.name, e.actor?.sector, e.actor?.entity], ['A Moscow resident', 'CVL', null]);
});

test('a participle coordinated after a passive one with its agent shares the agent: "was condemned by the U.N. and sanctioned"', () => {
  const e = find(events('Russia was condemned by the United Nations and sanctioned over the annexation.'), 'SANCTION', undefined, 'RUS');
  assert.equal(e.actor?.sector, 'IGO');
});

test('"call" with an object before "on"/"for" is naming or phoning, not a request; "call out" is criticism', () => {
  assertNoEvents(['Governor Tom Reyes called Senator Jane Harlow on Friday to express his thanks.', 'Ms. Harlow founded a group called Citizens for Reyes.',
    'The senator called the remarks on Friday a new low.'], 'REQUEST');
  assertEvents(['Governor Tom Reyes called Wednesday for Senator Jane Harlow to resign.', 'Russia called on Ukraine to withdraw.'], (e) => e.type === 'REQUEST');
  const out = find(events('Senator Jane Harlow called out Governor Tom Reyes for his remarks.'), 'ACCUSE');
  assert.equal(out.cameo, '111');
});

test('a request for comment or an interview is the reporter’s, not an event; a records request is one', () => {
  assertNoEvents(['The Reyes campaign did not immediately respond to requests for comment.', 'Ms. Harlow did not respond to my requests last week for comment.',
    'Mr. Reyes has not replied to interview requests.', 'A Reyes spokesman declined a request for comment.'], 'REQUEST', 'REJECT');
  assertEvents(['The watchdog filed a public-records request with the State Department in May.'], (e) => e.type === 'REQUEST');
});

test('a candidate’s rally, or a protest at one, is no protest by the candidate; a march to a nomination is no march', () => {
  assertNoEvents(['Secret Service stops protester at Jane Harlow rally.', 'When Tom Reyes held rallies across Arizona he was met by anti-Reyes protesters.',
    'Nothing slowed Reyes’s march to the nomination.', 'It is a symbol of China’s march westward.',
    'A fervent protest movement has materialized.', 'Protest organizers say the city is making clashes likelier.'], 'PROTEST');
  // The protest here is his, not the rally's.
  assert.deepEqual(events('He had protested Reyes at a Phoenix rally.').filter((e) => e.type === 'PROTEST').map((e) => e.trigger.text), ['protested']);
  assertEvents(['Thousands joined a rally against the war in Baghdad.', 'Hundreds of students held an anti-government rally in Dhaka.',
    'Thousands joined a march through central London against the war.'], (e) => e.type === 'PROTEST');
  const complaint = find(events('The Harlow campaign protested that Reyes aides were being disingenuous.'), 'ACCUSE');
  assert.equal(complaint.cameo, '111');
});

test('an attack in words is criticism, whoever makes it; a heart attack and a line of attack are no attack', () => {
  assertAttacksInWords(['Later that day, Senator Jane Harlow escalated her attacks on Reyes’s record on guns.', 'Recent attacks from the leading Republican candidate on Senator Jane Harlow went unanswered.', 'Recent attacks from Tom Reyes on the charity went unanswered.',
    'The debate descended into insults and attacks on Senator Jane Harlow.', 'Senator Jane Harlow came under attack on Tuesday.']);
  assertNoEvents(['His father’s death from a heart attack when he was 12 shaped him.', 'The newspaper has pushed the same line of attack for weeks.'], 'ASSAULT', 'ACCUSE');
  assertEvents(['The attacks in Paris killed 130 people.', 'Militants launched attacks from Syria on Turkish border towns.'], (e) => e.type === 'ASSAULT');
});

test('punching, kicking and stabbing people are assaults; "kicked off", "punched back", "slapped sanctions" and "stabbed in the back" are not', () => {
  const p = find(events('Senator Jane Harlow spoke in Ohio. Tom Reyes was punched in the face by a Harlow supporter on Wednesday.'), 'ASSAULT');
  assert.deepEqual([p.mode, p.cameo, p.actor?.name, p.actor?.sector], ['beat', '182', 'a Harlow supporter', 'CVL']);
  assertEvents(['Some of his supporters kicked and punched a protester.', 'A man stabbed two police officers in Brussels.'], (e) => e.type === 'ASSAULT');
  assertNoEvents(['Harlow kicked off her campaign with a new message.', 'Reyes punched back at his critics on Twitter.', 'He felt stabbed in the back by the party.'], 'ASSAULT');
  assert.ok(events('Washington slapped sanctions on Moscow.').every((e) => e.type !== 'ASSAULT'));
});

test('"I’d like to punch him" is a wish, not a deed done', () => {
  const e = events('Reyes said, “I’d like to punch him in the face.”').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.status, 'hypothetical');
});

test('a clash without arms is a quarrel; "will fight for you" is no threat; a deal that kills jobs kills no one', () => {
  const q = find(events('Voters watched Senator Jane Harlow clash with Tom Reyes, a star anchor at Fox News.'), 'ACCUSE');
  assert.equal(q.trigger.text, 'clash');
  assertNoEvents(['The bill protects businesses from a practice that clashes with their religious beliefs.'], 'ASSAULT', 'ACCUSE');
  assertNoEvents(['“I will fight for you, and I will win for you,” Reyes said.', 'Harlow said she will fight all the way to the convention.',
    '“I will stop any trade deal that kills jobs,” Harlow said.', 'Veterans were killing themselves at three times the rate of civilians.'], 'ASSAULT', 'THREATEN');
  assertEvents(['Protesters clashed with police in Cairo.', 'Government forces clashed with rebels near Aleppo.'], (e) => e.type === 'ASSAULT');
  assertEvents(['Russia will attack Ukraine if NATO expands.'], (e) => e.type === 'THREATEN');
  const planned = find(events('Senator Jane Harlow will attack Tom Reyes over his remarks on taxes in Monday’s debate.'), 'ACCUSE');
  assert.equal(planned.status, 'planned');
});

test('"by" after a clause’s own verb is not the noun’s agent; a reduced relative’s is; "her mind is shot" shoots no one', () => {
  const portrayed = events('The controversy is how the attack on the compound in Benghazi was initially portrayed by the White House.').filter((e) => e.type === 'ASSAULT');
  assert.ok(portrayed.every((e) => e.actor?.name !== 'White House'), JSON.stringify(portrayed.map((e) => e.actor)));
  assert.equal(find(events('A lawsuit has been filed by Judicial Watch.'), 'ACCUSE').actor?.name, 'Judicial Watch');
  assert.equal(find(events('A clash caused by China’s paramilitary ships could draw in American forces.'), 'ASSAULT').actor?.country, 'CHN');
  assertNoEvents(['Reyes said the 83-year-old justice’s mind is shot.', '“Her mind is shot — resign!” he wrote.'], 'ASSAULT');
  assertEvents(['The suspect was shot by police.'], (e) => e.type === 'ASSAULT');
  const legal = find(events('The suit launched a recurring counteroffensive by Tom Reyes against the students.'), 'ACCUSE');
  assert.equal(legal.trigger.text, 'counteroffensive');
  assertEvents(['Ukraine launched a counteroffensive against Russian forces near Kharkiv.'], (e) => e.type === 'ASSAULT');
});

test('figures of speech in campaign copy are no violence: "shot up in the polls", "fireworks shooting", "shell-shocked", "blasts ‘ignorant view’"', () => {
  assertNoEvents(['The odds in favor of Democrats have shot up in the past week.', 'Fireworks shooting over Lake Erie lit the sky.',
    'Christie’s seemingly shell-shocked gaze drew mockery.', 'London’s mayor spurns offer, blasts ‘ignorant view of Islam.’'], 'ASSAULT');
  assertEvents(['Gunmen shot up a school in Peshawar.', 'A car bomb blast killed 12 in Kabul.'], (e) => e.type === 'ASSAULT');
});

test('the act a light verb or frame hands on keeps its other senses: "began as a protest candidate", "was trying to ask Trump a question"', () => {
  assertNoEvents(['Harlow, who began as a protest candidate, won Iowa.'], 'PROTEST');
  assertNoEvents(['The reporter was trying to ask Senator Jane Harlow a question after the speech.'], 'REQUEST');
  // A hope in a hyphenated word still frames what follows: "hoped-for peace talks" were not held.
  assert.ok(events('The move could let the insurgents speak with one voice in hoped-for peace talks.').every((e) => e.type !== 'CONSULT' || e.status !== 'actual'));
});

test('deploying technology, being beaten out for first place and demonstrating ways are no mobilisation, assault or protest', () => {
  assertNoEvents(['Cities can cut pollution by deploying vastly more renewable energy.', 'Pollution falls as pollution control technologies are deployed.'], 'MOBILIZE');
  assertNoEvents(['Patton was beaten out by Aidan Gantenbein for first place.'], 'ASSAULT');
  assertNoEvents(['The state can demonstrate ways to combat addiction.', 'Those with demonstrated leadership capabilities will rise.'], 'PROTEST');
  assertEvents(['Russia deployed troops to the border.'], (e) => e.type === 'MOBILIZE');
  assertEvents(['The protester was beaten by police.'], (e) => e.type === 'ASSAULT');
});

test('an obligation on no one in particular asks nothing of anyone: "one should visit", "no president should", "it should be obvious"', () => {
  assertNoEvents(['To understand the case, Justice Reyes said, one should visit this museum.', 'I became something that no president should ever want to be.',
    'By now it should be obvious that voters want to know.', 'A leader must fight for what they believe in.'], 'REQUEST');
  assertEvents(['Governor Tom Reyes should resign.', 'Sudan must return the helicopter, Russia said.'], (e) => e.type === 'REQUEST');
});

test('a question with an act inside it is still a question: "asked whether the deals required …", "Asked to describe the device"', () => {
  assertNoEvents(['Lawmakers also asked whether the deals required the recipients to cooperate with investigators.',
    'Asked to describe the device that caused the explosion, the commissioner said nothing.', 'Asked if she believed Putin wanted Reyes to win, Harlow said no.'], 'REQUEST');
  assertEvents(['Senator Jane Harlow asked Tom Reyes to condemn the violence.', 'The Justice Department was asked to investigate the fiasco.'], (e) => e.type === 'REQUEST');
});

test('the shape of a reproach makes an attack one in words even beside a word of arms: "attacked Harlow for her support of military action", "went on the attack", "spending $6 million attacking"', () => {
  assertAttacksInWords(['During a security speech, Tom Reyes attacked Senator Jane Harlow for her support of military action in Libya.',
    'On Sunday, eight candidates went on the attack on television in Concord, New Hampshire.', 'Conservative groups reported spending $6 million attacking Senator Jane Harlow.',
    'Bernie Sanders spoke in Iowa. His populist attacks on big banks resonated with the party’s liberal wing.', 'Later he attacked Marco Rubio in Iowa.',
    'Instead of responding to me, you attacked Hillary Clinton.']);
  // Not where there is killing, an armed side, or a "for" far from the attack.
  assertEvents(['Gunmen attacked the convoy for the second time, killing four soldiers.', 'Russia attacked Ukraine for its refusal to join the union.',
    'Attacks on the American homeland stepped up when the president began a strict timetable for withdrawing our military.'], (e) => e.type === 'ASSAULT');
});

test('ending, suspending or waiving sanctions is a concession (CAMEO 085), and a deed someone is kept from has not happened: "prohibit the president from waiving sanctions"', () => {
  for (const text of ['The United States ended sanctions on Iran.', 'Washington suspended sanctions on Belarus.', 'The European Union waived sanctions on Minsk.']) {
    const evs = events(text);
    assert.ok(!evs.some((e) => e.type === 'SANCTION'), `${text}: ${JSON.stringify(evs.map((e) => [e.type, e.trigger.text]))}`);
    assert.equal(find(evs, 'CONCEDE').cameo, '085', text);
  }
  assert.equal(find(events('The bill would prohibit the president from waiving any sanctions.'), 'CONCEDE').status, 'negated');
  assert.equal(find(events('The court blocked the government from deporting the migrants.'), 'COERCE').status, 'negated');
  // "returned from fighting" keeps no one from anything.
  assert.equal(find(events('Troops returned from fighting in Iraq.'), 'ASSAULT').status, 'actual');
});

test('a wound to momentum, pride or a campaign hurts no body: "the mortal wound in Clemson’s momentum", "wounded his pride"', () => {
  assertNoEvents(['That gutsy onside kick call was the mortal wound in Clemson’s momentum.', 'The scandal wounded his pride.'], 'ASSAULT');
  assertEvents(['Two soldiers were wounded in the attack on the base.'], (e) => e.type === 'ASSAULT');
});

test('deploying courts, regulations or canvassers mobilises no force: "deploy American courts and regulations against the wall", "deployed hundreds of volunteers to call voters"', () => {
  assertNoEvents(['Mexico could deploy American courts and regulations against the wall.', 'Each side deployed hundreds of volunteers on Saturday to call voters.'], 'MOBILIZE');
  assertEvents(['The army deployed tanks and staff to the region.', 'Russia deployed troops to the border.'], (e) => e.type === 'MOBILIZE');
});

test('words of force in other senses: "wound up including", "hijacked the floor of the House", "a demonstration of good faith", "prepared a statement to read", "attacked Republicans for how they ran it"', () => {
  assertNoEvents(['The back-and-forth wound up including classified information.', 'They hijacked the floor of the House of Representatives for almost 26 hours.'], 'ASSAULT');
  assertNoEvents(['That would have been a demonstration of good faith.'], 'PROTEST');
  assertNoEvents(['I had prepared a short statement to read, but decided to speak.', 'She wrote a letter on preparing her daughter to face discrimination.'], 'MOBILIZE');
  assert.equal(find(events('Democrats regularly attacked Republicans for how they were running the investigation.'), 'ACCUSE').cameo, '111');
  assertEvents(['Gunmen hijacked a bus near the border.'], (e) => e.type === 'ASSAULT');
  assertEvents(['Thousands joined a demonstration against the war.'], (e) => e.type === 'PROTEST');
  assertEvents(['The troops prepared to attack the city.'], (e) => e.type === 'MOBILIZE');
});

test('a year or date before the event\'s noun dates it, and the deed done in it: "the 2012 attacks", "a 2011 U.S. drone strike", "the Sept. 11, 2001, terrorist attacks"; nothing else in the sentence', () => {
  const evs = events('The parents of two Americans killed in the 2012 attacks on a U.S. compound in Benghazi filed a lawsuit.', '2016-08-10');
  assert.equal(find(evs, 'ASSAULT').date?.value, '2012');
  assert.equal(find(evs, 'ACCUSE').date, null);
  const drone = events('Awlaki, who was killed in a 2011 U.S. drone strike, is shown lecturing.', '2016-01-02').filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(drone.map((e) => e.date?.value), ['2011', '2011']);
  assert.equal(find(events('The hearing said nothing new about the Sept. 11, 2012, attacks on diplomatic compounds in Benghazi.', '2016-03-01'), 'ASSAULT').date?.value, '2012-09-11');
  // A year before a noun moves no story clock: "a week later" still counts from the last date told.
  const later = events('On March 3 the rebels attacked the town. Veterans of the 1967 war protested in the square. A week later the rebels attacked it again.', '2016-03-20').filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(later.map((e) => e.date?.value), ['2016-03-03', '2016-03-10']);
});

test('a capitalised verb before a name is part of the name ("Occupy Wall Street-style protests", "said Sue Seedorff-Keninger"), not a headline\'s verb; "forced out over allegations" and "demonstrate true leadership" are no violence or protest', () => {
  assertNoEvents(['So will an army of supporters planning Occupy Wall Street-style protests.', 'One group, Occupy DNC Convention, is circulating information.',
    'Mr. Ailes, who was forced out over sexual harassment allegations last month, left.', 'He was forced out of the race in March.'], 'ASSAULT');
  assertNoEvents(['“I didn’t see it as a gaffe,” said Sue Seedorff-Keninger, 62.'], 'ACCUSE');
  assertNoEvents(['This is an opportunity for him to demonstrate true leadership by making adjustments.'], 'PROTEST');
  // Headlines keep their verbs: a shouted one, an inflected verb after a name, title case.
  assertEvents(['TWO DEAD, 16 INJURED IN FLORIDA NIGHTCLUB SHOOTING', '8:47PM Ted Cruz Attacks Ben Carson Over Iowa Voicemails', 'Militias forced out thousands of villagers.'], (e) => e.type === 'ASSAULT' || e.type === 'ACCUSE');
  // Mixed-case headlines put their verbs after capitals or auxiliaries.
  assertEvents(['Japan Police Threaten Protestors with Arrest.'], (e) => e.type === 'THREATEN');
  // (…and a headline's "X to do Y if …" is a threat.)
  assertEvents(['Kenya Government to Detain Journalists if they Publicize Fraud Allegations.'], (e) => e.type === 'THREATEN' && e.mode === 'arrest');
  assertEvents(['Thousands demonstrated against the government leadership.'], (e) => e.type === 'PROTEST');
});

test('"demonstrated just how easily" shows, and "fodder for damaging attacks against her" is criticism', () => {
  assertNoEvents(['A spokesman for Senator Jane Harlow demonstrated just how easily a newcomer could outflank a veteran.'], 'PROTEST');
  const e = find(events('It was one of a series of missteps by Senator Jane Harlow that could become fodder for damaging attacks against her.'), 'ACCUSE');
  assert.equal(e.cameo, '111');
  assertEvents(['Students demonstrated again in Hong Kong.'], (x) => x.type === 'PROTEST');
});

test('words of force in other senses: a plan "hardest to execute", "to call up" a company, "beat up on" the weak, the central bank "prepared to raise rates"; the deeds themselves still count', () => {
  assertNoEvents(['This part of their strategy will be the hardest to execute because it needs money.', 'We feel good about being able to execute on that.'], 'ASSAULT');
  assertNoEvents(['It is so unpresidential to call up Carrier.', 'The bank prepared to raise rates for the first time in a decade.', 'As the senator prepares to accept the nomination, the polls tighten.'], 'MOBILIZE');
  assertNoEvents(['The powerful can no longer beat up on people who cannot defend themselves.'], 'ASSAULT');
  assertEvents(['The regime executed three prisoners on Monday.', 'Police beat up two protesters.'], (e) => e.type === 'ASSAULT');
  assertEvents(['The army called up 10,000 reservists.', 'Russia called up the reserves.', 'The army prepared to move north toward the border.', 'Rebel fighters prepared to leave the city.'], (e) => e.type === 'MOBILIZE');
});

test('more figures: "executing on that", "executed this flawlessly", "shooting video", "shooting radar waves", a report that "demonstrates the potential peril", skateboarding "sanctioned within the park"; executions, shootings, protests and sanctions stay', () => {
  assertNoEvents(['Sometimes I am good at executing on that.', 'The team executed this flawlessly on the bus tour.', 'They went around to shoot video of the sign.', 'It is not as simple as shooting radar waves into the ground.'], 'ASSAULT');
  assertNoEvents(['The new report demonstrates the potential peril she still faces.', 'The deal demonstrates the increasing power of shareholder activists.'], 'PROTEST');
  assertNoEvents(['Skateboarding is sanctioned within the park.'], 'SANCTION');
  assertEvents(['The regime executed them on Monday.', 'A gunman was shooting people in the street.'], (e) => e.type === 'ASSAULT');
  assertEvents(['Students demonstrated again in Hong Kong.'], (e) => e.type === 'PROTEST');
  assertEvents(['The Treasury sanctioned three Russian banks.'], (e) => e.type === 'SANCTION');
});

test('"demonstrate" with something shown after it is showing ("an opportunity to demonstrate maturity", "has not demonstrated the temperament", "demonstrate without doubt"); demonstrating in a place, against, on a day, peacefully or within one\'s rights is protest', () => {
  assertNoEvents(['The mayor had an opportunity to demonstrate maturity instead of petulance.', 'The mayor has not demonstrated the temperament necessary to lead.',
    'Convincing victories by outsiders demonstrate without doubt that voters are disgusted.', 'Three cantons voted in favor, demonstrating the party\'s continuing ability to mobilize.'], 'PROTEST');
  assertEvents(['Thousands demonstrated Sunday against the law.', 'Hundreds demonstrated outside the embassy.', 'Thousands of people demonstrated.', 'Protesters demonstrated peacefully near the parliament.',
    'Workers demonstrated to demand higher wages.', 'Thousands demonstrated, chanting slogans.', 'Residents demonstrated amid heavy rain.', 'They want to demonstrate within their rights against the plan.'], (e) => e.type === 'PROTEST');
});

test('"an explosion in fund-raising", "insults only he seems capable of executing", "tweet that blasts Clinton" are no violence; "a phony attack" and "attacks about his business history" are words', () => {
  assertNoEvents(['A win would lead to an explosion in fund-raising.', 'They ditched the insults that only the mayor seems capable of executing.', 'Mayor tweet that blasts Riley includes a slur.',
    'Gone was the wave of attacks about his business history.'], 'ASSAULT');
  assertEvents(['She insists Riley is mounting a “phony attack.”'], (e) => e.type === 'ACCUSE');
  assertEvents(['An explosion killed three soldiers.', 'Two blasts Tuesday killed 12 people in Kabul.'], (e) => e.type === 'ASSAULT');
});

test('other senses of force: the spotlight occupied, "hard fought gains", "political fighting", fighting climate change or in the media, a case that "threatened to" cripple, "constitutes torture"; the deeds stay', () => {
  assertNoEvents(['Warren, Biden and Obama have occupied the spotlight this fall.', 'It was Barack Obama who helped undo all the hard fought gains in Iraq.',
    'He declined to comment on continued political fighting in Washington over the attack.', 'Cruz denied that waterboarding constitutes torture.'], 'ASSAULT');
  assertNoEvents(['Mr. Obama said he planned to stay active in fighting climate change after he leaves office.', 'The senator said he has been very prepared to fight in the media.',
    'A case that had threatened to cripple public unions illustrates the impact of his absence.', 'Clinton aides said they planned to respond to the attacks in a low-key way.'], 'ASSAULT', 'THREATEN', 'MOBILIZE');
  assertNoEvents(['Armstrong Williams suggested that the candidate was seizing back control of his campaign.'], 'COERCE');
  assertEvents(['Troops occupied the border town on Monday.'], (e) => e.type === 'ASSAULT');
  assertEvents(['The rebels fought government troops in the north.', 'Israeli jets carried out strikes on Gaza.', 'The regime tortured 12 prisoners, the report said.'], (e) => e.type === 'ASSAULT');
  assertEvents(['Rebels seized control of the city on Monday.'], (e) => e.type === 'COERCE');
  assertEvents(['The group threatened to carry out more bombings.', 'They planned to launch attacks on the city.'], (e) => e.type === 'THREATEN');
});

test('attacks by ads, in the media, at a convention, on one\'s scandals, with money "the bulk of it" spent on them, are words', () => {
  assertAttacksInWords(['Keep the Promise bought time in South Carolina for ads that promote Cruz and attack Rubio.', 'The Club for Growth spent more than $5.5 million on the race, the bulk of it attacking Dewhurst.',
    'Cosby is attacked in the media while Bill Clinton is celebrated.', 'Mr. Trump added, "I was viciously attacked by Mr. Khan at the Democratic Convention."',
    'Clinton aides said they would answer Trump\'s attacks on her scandals.']);
});

test('no request, accusation or support where the words only look like one: "should the court strike them down", "avoiding blame", rates that "support a stronger dollar"; an opening "Further," is nobody', () => {
  assertNoEvents(['The government could reverse the rules should the appeals court strike them down.'], 'REQUEST');
  assertNoEvents(['The motives are saving face, settling scores and avoiding blame.', 'He was willing to take the blame.'], 'ACCUSE');
  assertNoEvents(['Rising rates will support a stronger dollar.'], 'SUPPORT', 'AGREE');
  assertEvents(['The senator said the president should resign.'], (e) => e.type === 'REQUEST');
  assertEvents(['Trump blamed Clinton for the attack.'], (e) => e.type === 'ACCUSE');
  assertEvents(['Most Republicans support Donald Trump.'], (e) => e.type === 'SUPPORT');
  assertEvents(['Further, the scale of the assault in Paris worried Congress.'], (e) => e.type === 'ASSAULT' && !e.actor);
});

test('"shooting victims", "Charleston Church Shooting Survivors" name people a deed touched, not a deed of the sentence; "seized the floor" is a debate\'s; an opening "Others," is nobody', () => {
  assertNoEvents(['Families of mass shooting victims sound off on Sanders.', 'Charleston Church Shooting Survivors Explain Why Clinton Offers Needed Change.',
    'Obama placed flowers at a memorial for shooting victims in Orlando.'], 'ASSAULT');
  assertNoEvents(['House Democrats seized the floor from Republicans on Wednesday.'], 'COERCE');
  assertEvents(['A gunman killed five people in a shooting at the mall on Monday.', 'Obama met survivors of the massacre.'], (e) => e.type === 'ASSAULT' || e.type === 'CONSULT');
  assertEvents(['Others, reacting to the Van Dyke shooting in Chicago, shouted slogans.'], (e) => e.type === 'ASSAULT' && e.actor === null);
});

test('a crackdown on transactions, tax inversions, corporate greed or illegal immigration is policy, not repression; one on dissent or protesters stays', () => {
  assertNoEvents(['His administration made a major effort to crack down on such transactions.', 'The GOP nominee has staked his campaign on cracking down on illegal immigration.',
    'Rubio backed a crackdown on tax inversions.', 'She talked about cracking down on corporate greed.'], 'COERCE');
  assertEvents(['Administrators cracked down on dissent.', 'The crackdown on protesters intensified.'], (e) => e.type === 'COERCE');
});

test('a town named in a deed\'s noun phrase ("the Orlando attack", "last week\'s Nice attack") is where it happened, not a person\'s name ("the Clinton investigation"); "kill the bill" kills nobody', () => {
  const at = (text: string) => events(text).find((e) => e.type === 'ASSAULT')?.location?.name ?? null;
  assert.equal(at('He condemned the targeting of gays both in the Orlando attack and in their strongholds abroad.'), 'Orlando');
  assert.equal(at('Islamic State supporters shared news of the Nice attack.'), 'Nice');
  assert.ok(!events('Comey weighed the Clinton investigation.').some((e) => e.location?.name === 'Clinton'));
  assert.ok(!events('Clinton pledged to push for change.').some((e) => e.location !== null));
  assertNoEvents(['Republicans vowed to kill the bill.', 'Another problem for those looking to kill the two-tiered system?'], 'ASSAULT');
  assertEvents(['Gunmen killed the mayor.'], (e) => e.type === 'ASSAULT');
});

test('campaign events hosted are no meeting, criteria met are no talks, borders or oneself defended are no support, a campaign sabotaged or the nation rescued are figures, permits applied for are no concession; the real ones stay', () => {
  assertNoEvents(['Bush worked a photo line at each of the 25 holiday parties he hosted in 2008.', 'Voters spoke before the barn event, a barbecue hosted by Scott Brown.',
    'Sanders went first at the town hall hosted by CNN.', 'The board ruled that he met the citizenship criteria to appear on the ballot.'], 'CONSULT');
  assertNoEvents(['The crisis forced a recognition that Europe\'s borders were being defended by some of its weakest countries.', 'Voters want us defending ourselves.'], 'SUPPORT');
  assertNoEvents(['Stein accused the committee of sabotaging the Sanders campaign.'], 'COERCE');
  assertNoEvents(['"Arm in arm, we will rescue the nation from this disaster," he said.'], 'AID', 'AGREE');
  assertNoEvents(['Bikers for Trump and other groups are applying for permits to march down the streets.'], 'CONCEDE');
  assertEvents(['Xi hosted Obama in Beijing.', 'Obama met Putin in Paris.'], (e) => e.type === 'CONSULT');
  assertEvents(['Russia defended Assad at the United Nations.'], (e) => e.type === 'SUPPORT');
  assertEvents(['Saboteurs sabotaged the pipeline.'], (e) => e.type === 'COERCE');
  assertEvents(['Rescuers rescued 40 migrants off Libya.'], (e) => e.type === 'AID');
  assertEvents(['The government permitted the protest to go ahead.'], (e) => e.type === 'CONCEDE');
});

test('a visit to a building or a family trip is no meeting, "just ask him" asks nothing, defending oneself supports no one, "occupies one of the key positions" seizes nothing; visits to leaders and countries stay', () => {
  assertNoEvents(['He also made a visit to the Brooklyn apartment where he grew up.', 'Clinton visited the National Law Enforcement Officers Memorial in Washington.',
    'Obama visited the grave of Theodor Herzl.', 'Khoga was reportedly on that family trip with several other relatives.'], 'CONSULT');
  assertNoEvents(['Just ask former NFL star Herschel Walker.'], 'REQUEST');
  assertNoEvents(['He also gave an eight-hour floor speech to defend himself.', 'Ben Carson Defends Himself Against Claims He Exaggerated His Life Story.'], 'SUPPORT', 'AGREE');
  assertNoEvents(['She occupies one of the key positions of power in Washington.'], 'ASSAULT');
  assertEvents(['Xi visited the White House on Friday.', 'Obama visited Cuba in March.', 'Trump\'s trip to Mexico was a gamble.'], (e) => e.type === 'CONSULT');
  assertEvents(['The senator asked the FBI to investigate.'], (e) => e.type === 'REQUEST');
});

test('"threaten" with no one threatening and no one threatened is a risk ("it threatens the extensive work", "threatening further losses"); a threat by someone stays', () => {
  assertNoEvents(['That is especially troubling because it threatens the extensive work that economists did.', 'The pressure is only growing, threatening further losses for investors.',
    'The attacks on our police, and the terrorism of our cities, threaten our very way of life.'], 'THREATEN');
  assertEvents(['North Korea threatened to strike Guam.', 'Trump threatened to sue the newspaper.'], (e) => e.type === 'THREATEN');
});

test('a clause between the subject and its verb ("Trump, while being interviewed on Fox and Friends, called …", "aides, playing Obama and Edwards, attacked …") leaves the subject its deed', () => {
  const called = events('Donald Trump, while being interviewed on Fox and Friends Monday morning, called again for President Obama to resign.').find((e) => e.type === 'REQUEST');
  assert.equal(called?.actor?.name, 'Donald Trump');
  const attacked = events('Top aides John Podesta and Howard Wolfson, playing Barack Obama and John Edwards, attacked her in the practice debate.').filter((e) => e.trigger.text === 'attacked');
  assert.deepEqual(attacked.map((e) => e.actor?.name).sort(), ['Howard Wolfson', 'John Podesta']);
});

test('a town before a deed noun inside a noun phrase ("the Toledo attack on Sunday") is no headline verb and no side: the condemnation targets no town, the attack is not the condemner\'s, "due to" the massacre hands it to no one', () => {
  const condemned = events('Senator Ann Reyes condemned the Toledo attack on Sunday.');
  assert.deepEqual(condemned.map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]), [['ACCUSE', 'Ann Reyes', null]]);
  const massacre = events('Ann Reyes’s speech on schools, which was never given due to the Toledo massacre on June 12, is expected next week.');
  assert.deepEqual(massacre.map((e) => [e.type, e.actor?.name ?? null]), [['ASSAULT', null]]);
  // A massacre told with its town stays, on that town.
  assertEvents(['The timeline of events in the Islamist massacre Tuesday in Toledo, Ohio, shows the suspects fled.'], (e) => e.type === 'ASSAULT' && e.target?.name === 'Toledo');
  // A headline's verb after a name still acts: "Kenya arrests 20 in raid".
  assertEvents(['Kenya arrests 20 in raid'], (e) => e.type === 'COERCE' && e.actor?.country === 'KEN');
});

test('a deed quoted after "to" ("vowed to “bomb the hell” out of them") and "is promising to" (tagged an adjective) are threats; fighting "for every vote" or "violence", driving someone "out of the race" are no violence', () => {
  for (const text of ['Ann Reyes vowed to “bomb the hell” out of the militants.', 'Ann Reyes vowed to \'bomb the hell\' out of the militants.', 'Ann Reyes is promising to bomb the hell out of the militants.']) {
    assertEvents([text], (e) => e.type === 'THREATEN' && e.actor?.name === 'Ann Reyes');
  }
  assertNoEvents(['Reyes sent out an email vowing to fight for every vote in the primary.', 'He plans to use some of the money to fight gang violence against officers.',
    'Her showing will be enough to drive somebody else out of the race.'], 'ASSAULT', 'THREATEN');
  assertEvents(['The army drove the rebels out of the city.'], (e) => e.type === 'ASSAULT');
});

test('recognising a fact or a person is no recognition ("recognized that the government had lost", "were recognized for their work"), a polity\'s is; windows and pictures offered, reasons supplied, hedge funds, voters pulled out, reins handed over and a school "started … to offer courses" are no events', () => {
  assertNoEvents(['Because I recognized that the government had lost.', 'Recognizing this, Ann Reyes joined the Democrats.', 'Several black women were recognized for their work.',
    'The court\'s decision recognizes that religious freedom can be preserved.', 'Reyes seemed to recognize the significance of the Iowa victory.'], 'SUPPORT');
  assertEvents(['Russia recognized Crimea\'s independence.', 'The United States recognized the new government in Kabul.'], (e) => e.type === 'SUPPORT');
  assertNoEvents(['The department’s recent email dump offered a window into their relationship.', 'The report will offer a much clearer picture of the campaign.',
    'In recent years, Reyes has supplied ample reasons to question her judgment.', 'Hedge Funds Back Ann Reyes', 'Reyes could pull out voters who might normally skip elections.',
    'Conway is handing the reins over to Ann Reyes.', 'Reyes University was started in 2004 to offer courses in entrepreneurship.']);
  assertEvents(['Iran supplied weapons to the rebels.'], (e) => e.type === 'AID');
  assertEvents(['Pakistan handed over the suspects to India.'], (e) => e.type === 'COOPERATE');
  assertEvents(['Russia pulled out of Syria.'], (e) => e.type === 'RETREAT');
  assertEvents(['Russia offered military aid to Syria.'], (e) => e.type === 'AGREE');
});

test('"offer" is an offer when it offers to act or gives a deal, help or a concession, not words, views or chances; "allow" is a concession when it lets people, aid or protests through, not "allowing his skills to shine through"', () => {
  assertNoEvents(['Global trade offers undeniable benefits.', 'Reyes offered herself as a "law and order" candidate.', 'The campaign even offers something to admire.',
    'On Tuesday, Reyes offered yet another scripted address.'], 'AGREE');
  assertEvents(['Russia offered military aid to Syria.', 'The rebels offered a ceasefire.', 'Turkey offered asylum to the dissidents.', 'Egypt is offering to help Israel.'], (e) => e.type === 'AGREE');
  assertNoEvents(['The governor has moved beyond the scandal, allowing his natural skills to shine through.', 'By putting the onus on Trump, Ryan allows Republicans to dodge him.',
    'It was a decision that allowed terrorist activity to multiply.'], 'CONCEDE');
  assertEvents(['Germany decided to allow 1 million refugees into the country.', 'The army will allow aid convoys to reach the town.', 'The court allowed the opposition candidate to participate in the elections.'],
    (e) => e.type === 'CONCEDE');
  // A frame around a letting that is no concession still stands.
  assertEvents(['The committee agreed to allow Ann Reyes to use the party\'s voter file.'], (e) => e.type === 'AGREE');
});

test('"willing"/"ready" with no act after them ("ready to be president", "willing to pay more") intend nothing; "should be able to", "should be permitted" and a question "Should …?" ask for nothing; "should resign" still asks', () => {
  assertNoEvents(['Reyes said she is ready to go to work for the country.', 'Members may be willing to pay more if necessary.',
    'Reyes said gun makers should be able to be sued.', 'Nobody from abroad should be permitted to make us wait.', '“Should campaign staffers shove reporters?” he asked.']);
  assertEvents(['Syria is willing to accept a ceasefire.'], (e) => e.type === 'AGREE');
  assertEvents(['Reyes should resign, she said.'], (e) => e.type === 'REQUEST');
});

test('draw 7: "committed some horrible crime" agrees to nothing, a town-hall meeting is no talks, a campaign "intended to stop" something intends nothing, homes "permitted" are no concession; permitting convoys in is one', () => {
  assertNoEvents(['I still don’t think she committed some horrible crime.', 'Reyes spoke at a town-hall meeting in Plymouth this week.',
    'The campaign is intended to stop some teachers from sending pupils out to beg.', 'Developers were eventually permitted to build hundreds of homes.']);
  assertEvents(['Israel permitted aid convoys to enter Gaza.'], (e) => e.type === 'CONCEDE');
  assertEvents(['Obama intends to meet Putin.'], (e) => e.type === 'AGREE');
});

test('a television host, a host "of" a show, dinners, news conferences and activists hosted are no visits; "Thank you." alone thanks no one; a leader hosted and "thank you … for" stay', () => {
  assertNoEvents(['Trump told Fox News host Ann Reyes that the election is rigged.', 'He is now host of The Nightly Show.', 'Staffers have been hosting traditional dinners with locals.',
    'Both golf courses hosted campaign news conferences in March.', '“Thank you very much and God bless!”']);
  assertEvents(['Obama hosted the Chinese president at the White House.'], (e) => e.type === 'CONSULT');
  assertEvents(['“Thank you Ann Reyes for making sure the world knows,” she said.', 'Sanders is thanking Nevadans for their support.'], (e) => e.type === 'SUPPORT');
});

test('"the most beautiful soul I\'ve ever met" and "was met with chants" are no meetings; a mayor met with is one', () => {
  assertNoEvents(['He was the most beautiful soul I’ve ever met in my whole life.', 'The basketball team was met with chants of “Reyes, Reyes”.']);
  assertEvents(['Clinton met with Boston Mayor Marty Walsh.'], (e) => e.type === 'CONSULT');
});

test('draw 8: a "Morning Consult poll" consults no one and Democrats who "mobilize to help her win" mobilize no force; troops mobilized and talks consulted stay', () => {
  assertNoEvents(['The Huffington Post-Morning Consult poll of 2047 registered voters was released Wednesday.', 'Reyes needs Democrats who will mobilize to help her win.']);
  assertEvents(['The rebels mobilized against the government.'], (e) => e.type === 'MOBILIZE');
  assertEvents(['Iran consulted with Russia.'], (e) => e.type === 'CONSULT');
});

test('the violence of conflict news: murders, killings by fire and stoning, missiles thrown, bombs detonated, buildings torched, land annexed, forces amassed, parliaments dissolved', () => {
  const types = (text: string) => events(text).map((e) => e.type);
  assert.ok(types('Gunmen murdered three villagers in Kano on Monday.').includes('ASSAULT'));
  assert.ok(types('A priest was burned to death in southern Peru.').includes('ASSAULT'));
  assert.ok(types('Priest Burned to Death in Southern Peru').includes('ASSAULT'));
  assert.ok(types('A woman was stoned to death in Kunduz.').includes('ASSAULT'));
  assertEvents(['Protesters threw rocks and bottles at police in Lyon.'], (e) => e.type === 'ASSAULT' && e.mode === 'primitive');
  assertEvents(['Militants detonated a car bomb outside the ministry in Kabul.', 'A bomb exploded in a market in Kano.'], (e) => e.type === 'ASSAULT' && e.mode === 'explosives');
  assertEvents(['Militants torched a police station in Kano.', 'Rioters set fire to a mosque in Lyon.'], (e) => e.type === 'COERCE' && e.mode === 'destroy');
  find(events('Russia annexed Crimea in 2014.'), 'ASSAULT', 'RUS', 'UKR');
  find(events('Russia amassed troops on the border with Ukraine.'), 'MOBILIZE', 'RUS', 'UKR');
  assertEvents(['The president dissolved parliament in Dhaka.'], (e) => e.type === 'COERCE');
  assertEvents(['The militia recruited hundreds of fighters near Goma.'], (e) => e.type === 'MOBILIZE');
  assertEvents(['Rioters looted shops in Lyon.'], (e) => e.type === 'PROTEST' && e.mode === 'vandalize');
});

test('the same words in politics: Loretta Lynch, a murder weapon, burning at the stake, a rout in the polls, a debate torched, an issue exploding, a fund looted, a burned-down everything', () => {
  assertNoEvents(['Attorney General Loretta Lynch met with the former president.', 'Lynch will appear before the House Judiciary Committee on Tuesday.'], 'ASSAULT');
  assertNoEvents(['This man is peddling his murder weapon for sale.', 'She told her she should burn at the stake for opposing the amendment.',
    'Reyes slaughtered his rivals in the polls.', 'Reyes torched his rival in the debate.', 'The issue exploded on social media.',
    'The developers looted investor money.', 'He wants to burn down everyone and everything in his path.'], 'ASSAULT', 'COERCE', 'PROTEST');
});

test('troops moved are the mover\'s: the side is where they go, and "is prepared to send" is a readiness, not a passive', () => {
  const sent = find(events('Russia deployed 5,000 troops to Syria.'), 'MOBILIZE', 'RUS', 'SYR');
  assert.equal(sent.status, 'actual');
  assert.equal(find(events('Russia deployed troops.'), 'MOBILIZE', 'RUS').target, null);
  find(events('Russia committed troops to Syria.'), 'MOBILIZE', 'RUS', 'SYR');
  assert.ok(!events('Russia committed to sending troops to Syria.').some((e) => e.type === 'MOBILIZE' && e.status === 'actual'));
  const ready = events('Russia is prepared to send troops to Syria.');
  assert.ok(ready.length > 0 && ready.every((e) => e.actor?.country === 'RUS' && e.status !== 'actual'), JSON.stringify(ready.map((e) => [e.type, e.actor?.country, e.status])));
  assertNoEvents(['When that happens, you have to be prepared to make decisions regardless.']);
  assertEvents(['Iran is ready to make a deal.'], (e) => e.type === 'AGREE');
});

test('a headline that opens with what was done to it: "Curfew lifted in Hanoi", "Administrative restrictions lifted on organization"', () => {
  const lifted = find(events('Curfew lifted in Hanoi following agreement between mayor and protesters.'), 'CONCEDE', undefined, 'VNM');
  assert.equal(lifted.actor, null);
  assertEvents(['Administrative restrictions lifted on organization following talks with officials.'], (e) => e.type === 'CONCEDE');
  // A participle that only describes, before the sentence's own verb, is no act; people released stay the side.
  assert.equal(events('Restrictions imposed last year were lifted.').filter((e) => e.type === 'SANCTION' || e.type === 'COERCE').length, 0);
  find(events('The American sailors were swiftly released.'), 'RETREAT', undefined, 'USA');
});

test('a concession promised or agreed is CONCEDE; a readiness to concede and a promise of reform stay AGREE', () => {
  find(events('Egypt agreed to lift the curfew in Alexandria.'), 'CONCEDE', 'EGY');
  find(events('Mexico promised to ease restrictions on migrants.'), 'CONCEDE', 'MEX');
  find(events('Egypt is willing to lift the curfew in Alexandria.'), 'AGREE', 'EGY');
  find(events('Serbian President Vojislav Kostunica promised to democratize Serbia.'), 'AGREE', 'SRB');
  assert.ok(!events('Cruz promised to lead the fight against amnesty for illegal immigrants.').some((e) => e.type === 'CONCEDE'));
});

test('a title-case headline may leave its prepositions in lower case: "India Downgrades Diplomatic Ties with Pakistan"', () => {
  find(events('India Downgrades Diplomatic Ties with Pakistan Amid Ongoing Spat'), 'SANCTION', 'IND', 'PAK');
});

test('hostages held, prisoners exchanged, revenge vowed, nuclear tests, streets taken, a warning against an act; the economy held hostage, Twitter taken to and a warning against a mood are none', () => {
  assertEvents(['Pirates are holding the crew hostage off Somalia.'], (e) => e.type === 'ASSAULT' && e.mode === 'abduct');
  find(events('Russia and Ukraine exchanged prisoners on Friday.'), 'RETREAT', 'RUS');
  const revenge = find(events('Hezbollah vowed revenge for the killing of its commander.'), 'THREATEN');
  assert.equal(revenge.status, 'threatened');
  find(events('North Korea conducted a nuclear test on Friday.'), 'MOBILIZE', 'PRK');
  assertEvents(['Thousands took to the streets of Tbilisi.'], (e) => e.type === 'PROTEST');
  const warned = find(events('Washington warned Pyongyang against supplying arms to Moscow.'), 'REQUEST', 'USA', 'PRK');
  assert.ok(!events('Washington warned Pyongyang against supplying arms to Moscow.').some((e) => e.type === 'AID'), 'the arms warned against are no aid');
  assert.equal(warned.status, 'actual');
  assertNoEvents(['Republicans are holding the economy hostage.', 'Reyes took to Twitter to attack her rival.', 'Reyes warned against the fevered dreams of a brokered convention.',
    'The nuclear test ban treaty was signed in 1996.'], 'ASSAULT', 'PROTEST', 'REQUEST', 'MOBILIZE');
});

test('a past tense after "and" is the subject\'s next deed, not what a frame is about: "was offered the job but turned it down", "questioned X and refused to back Y"', () => {
  assert.ok(!events('In 1992 Axelrod was offered the job of communications director but turned it down.').some((e) => e.type === 'THREATEN'));
  assertEvents(['Trump questioned Israel’s commitment to peace and refused to back an undivided Jerusalem.'], (e) => e.type === 'REJECT');
});

test('the war words a security desk reads: warships struck, terminals hit, drones shot down, rockets fired into a country, offensives launched, vessels dispatched, jets scrambled, bids blocked, munitions bought', () => {
  find(events('Ukraine struck a Russian warship in Sevastopol.'), 'ASSAULT', 'UKR', 'RUS');
  find(events('Russian missiles hit a grain terminal in Odesa.'), 'ASSAULT', 'RUS');
  find(events('Syrian forces shot down an Israeli drone.'), 'ASSAULT', 'SYR', 'ISR');
  find(events('The United States shot down a drone over Syria.'), 'ASSAULT', 'USA');
  find(events('Hamas fired rockets into southern Israel.'), 'ASSAULT', undefined, 'ISR');
  assert.ok(!events('North Korea launched a ballistic missile into the sea.').some((e) => e.type === 'ASSAULT'), 'a test into the sea attacks no one');
  find(events('Azerbaijan launched an offensive in Nagorno-Karabakh.'), 'ASSAULT', 'AZE');
  find(events('China dispatched coast guard vessels to the disputed shoals.'), 'MOBILIZE', 'CHN');
  find(events('Taiwan scrambled jets to warn off Chinese aircraft.'), 'MOBILIZE', 'TWN');
  find(events('Turkey blocked Sweden’s NATO bid.'), 'REJECT', 'TUR');
  find(events('Russia bought artillery shells from North Korea.'), 'COOPERATE', 'RUS', 'PRK');
  // What a frame's act sends is no side: the side is where it goes.
  find(events('Germany agreed to send Leopard tanks to Ukraine.'), 'AGREE', 'DEU', 'UKR');
  assertNoEvents(['To hit its long-term target, the tax must start increasing again in 2018.', 'The hurricane hit a power plant in Florida.',
    'It is too easy for disturbed people to legally acquire high-powered weapons.', 'She tried to buy the consulting arm of the firm.',
    'The Senate shot down the proposal.'], 'ASSAULT', 'COOPERATE');
});

test('a habit told is no deed of the day: "ISIS murders gays regularly", "people are usually murdered by someone they know", "frequently meets with"', () => {
  for (const text of ['ISIS murders gays regularly because of their religion.', 'People are usually murdered by someone of the same race.', 'The Israeli leader frequently meets with members of Congress.']) {
    const evs = events(text);
    assert.ok(evs.length > 0 && evs.every((e) => e.status === 'hypothetical'), `${text}: ${JSON.stringify(evs.map((e) => [e.type, e.status]))}`);
  }
  assert.equal(find(events('The experts generally praised Reyes’s proposals.'), 'SUPPORT').status, 'actual');
});

test('a verb joined to a framed one shares its frame ("threatening to assault and murder"), and an army taking to the streets is no protest', () => {
  const evs = events('Ann Reyes pleaded guilty to threatening to assault and murder a congresswoman.');
  assert.ok(!evs.some((e) => e.type === 'ASSAULT'), JSON.stringify(evs.map((e) => [e.type, e.trigger.text, e.status])));
  assert.ok(evs.some((e) => e.type === 'THREATEN'));
  assertNoEvents(['Meanwhile, the People’s Liberation Army took to the city’s streets to clear barricades.'], 'PROTEST');
  assertEvents(['Thousands took to the streets of Tbilisi.'], (e) => e.type === 'PROTEST');
});

test('treaties left and suspended, inspectors barred, vessels rammed, missiles test-fired, forces put on alert: the moves a security desk tracks', () => {
  find(events('The United States withdrew from the Open Skies Treaty.'), 'SANCTION', 'USA');
  find(events('Trump pulled out of the Paris climate accord.'), 'SANCTION', 'USA');
  find(events('Russia announced its withdrawal from the INF treaty.'), 'SANCTION', 'RUS');
  find(events('Russia suspended its participation in the New START treaty.'), 'SANCTION', 'RUS');
  // Troops withdrawn under an agreement are a retreat still: the treaty must follow "from".
  find(events('Israel withdrew its troops from Gaza under the agreement.'), 'RETREAT', 'ISR');
  find(events('Iran barred IAEA inspectors from the Fordow site.'), 'REJECT', 'IRN');
  find(events('A Chinese coast guard ship rammed a Philippine supply vessel.'), 'ASSAULT', 'CHN', 'PHL');
  find(events('North Korea test-fired an intercontinental ballistic missile on Thursday.'), 'MOBILIZE', 'PRK');
  find(events('Russia placed its nuclear forces on high alert.'), 'MOBILIZE', 'RUS');
  find(events('Israel put its army on alert after the attack.'), 'MOBILIZE', 'ISR');
  find(events('The EU placed sanctions on Iran.'), 'SANCTION', undefined, 'IRN');
  assert.equal(find(events('Germany will deliver Patriot systems to Ukraine.'), 'AGREE', 'DEU', 'UKR').status, 'planned');
  find(events('Germany delivered tanks to Ukraine.'), 'AID', 'DEU', 'UKR');
  // People released are the side when their country is named; a go-between after "to" otherwise.
  find(events('Iran released five American prisoners in a swap.'), 'RETREAT', 'IRN', 'USA');
  assertNoEvents(['The Democrats rammed the bill through Congress.', 'Sanders ended in a virtual tie.', 'The police withdrew from the town.'], 'ASSAULT', 'SANCTION');
});

test('a threat in scare quotes is a threat; a refused text says nothing for the refuser; a deed put off is not done', () => {
  find(events('North Korea warned of an “overwhelming response” to the drills.'), 'THREATEN', 'PRK');
  const blocked = events('China blocked a U.N. statement condemning the launch.');
  find(blocked, 'REJECT', 'CHN');
  assert.ok(!blocked.some((e) => e.type === 'ACCUSE' && e.actor?.country === 'CHN'), JSON.stringify(blocked.map((e) => [e.type, e.actor?.name])));
  find(events('The White House issued a statement condemning the attack.'), 'ACCUSE', 'USA');
  assert.equal(find(events('Hungary delayed ratifying Sweden’s NATO bid.'), 'SUPPORT', 'HUN').status, 'negated');
});

test('a headline verb the tagger reads inside a noun phrase splits subject from object: "Clinton blasts Trump", "Qatar mediated talks between Israel and Hamas"', () => {
  const blast = find(events('Clinton blasts Trump over deportation plan.'), 'ACCUSE');
  assert.match(blast.actor?.name ?? '', /Clinton/);
  assert.match(blast.target?.name ?? '', /Trump/);
  const med = events('Qatar mediated talks between Israel and Hamas.');
  find(med, 'CONSULT', 'QAT', 'ISR');
});

test('jets sent to an ally are aid promised, troops disengaged are no side, places signed in and tear gas used', () => {
  find(events('Denmark will send F-16 fighter jets to Ukraine.'), 'AGREE', 'DNK', 'UKR');
  find(events('India and China agreed to disengage troops along the border.'), 'AGREE', 'IND', 'CHN');
  const signed = find(events('Ethiopia and Tigray rebels signed a peace deal in Pretoria.'), 'SUPPORT', 'ETH');
  assert.notEqual(signed.target?.country, 'ZAF');
  find(events('Police used tear gas to disperse the crowd.'), 'ASSAULT');
  assert.equal(find(events('Egypt opened the Rafah crossing for aid trucks.'), 'RETREAT', 'EGY').mode, 'access');
  assertNoEvents(['Greenhouse gases come from material used in refrigeration.'], 'ASSAULT');
});

test('lists and designations that sanction, export controls aimed abroad, and violence to the unnamed in a foreign place', () => {
  find(events('The United States designated the Houthis a terrorist organization.'), 'SANCTION', 'USA', 'YEM');
  find(events('Washington added Chinese chipmakers to its export blacklist.'), 'SANCTION', 'USA', 'CHN');
  const controls = find(events('Beijing imposed export controls on gallium and germanium.'), 'SANCTION', 'CHN');
  assert.notEqual(controls.target?.country, 'CHN');
  find(events('Armed men kidnapped a priest in Nigeria.'), 'ASSAULT', undefined, 'NGA');
  find(events('Russian military jets have shot flares at Swedish Air Force planes near Copenhagen.'), 'ASSAULT', 'RUS', 'SWE');
});

test('a purpose after "in order to" is the clause subject\'s, not the last name\'s, and recruits raised name no side: "They are … showing videos of Donald Trump … in order to recruit more jihadists"', () => {
  const evs = events('ISIS is using the footage. They are going to people, showing videos of Donald Trump insulting Islam in order to recruit more radical jihadists.');
  const e = find(evs, 'MOBILIZE');
  assert.notEqual(e.actor?.name, 'Donald Trump');
  assert.equal(e.target, null, JSON.stringify(e.target));
  find(events('Russia sent its envoy to Kyiv in order to pressure Ukraine.'), 'REQUEST', 'RUS', 'UKR');
  // (Moving troops is a deployment of its own, which the purpose aims at Ukraine.)
  find(events('Russia moved troops to the border in order to pressure Ukraine.'), 'MOBILIZE', 'RUS', 'UKR');
});

test('retaliation is an attack, or sanctions when it is by tariffs; a retaliation or a response with force to come is a threat; "any attack" is none in particular', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.status, e.actor?.name ?? null, e.target?.name ?? null, e.trigger.text]);
  assert.deepEqual(one('Iran retaliated against Israel with a barrage of missiles.'), [['ASSAULT', 'actual', 'Iran', 'Israel', 'retaliated']]);
  assert.deepEqual(one('China retaliated with tariffs on American soybeans.').map((e) => e[0]), ['SANCTION']);
  assert.deepEqual(one('Iran warned that it would retaliate against Israel.'), [['THREATEN', 'threatened', 'Iran', 'Israel', 'retaliate']]);
  assert.deepEqual(one('Iran vowed to retaliate against Israel.').map((e) => e[0]), ['THREATEN']);
  const force = one('North Korea said it would respond to any provocation with overwhelming force.');
  assert.deepEqual(force.map((e) => [e[0], e[1], e[2]]), [['THREATEN', 'threatened', 'North Korea']], JSON.stringify(force));
  // A workplace's retaliation is no attack; responding to a question is no event.
  assertNoEvents(['The company retaliated against whistleblowers.', 'The minister responded to questions with a smile.'], 'ASSAULT', 'THREATEN');
  // (Responding to any attack is the responder's threat, with no one named as threatened; the attack is what it deters.)
  assert.deepEqual(events('Kremlin spokesman Dmitry Peskov said Moscow would respond to any attack on its territory.').map((e) => [e.type, e.status, e.actor?.country, e.target]),
    [['THREATEN', 'threatened', 'RUS', null]]);
  assert.equal(events('Russia has not carried out any attacks on civilians.').find((e) => e.trigger.text === 'attacks')?.status, 'negated');
});

test('an attack claimed is the claimer\'s: "claimed a drone attack", "claimed responsibility for the attack", "took responsibility for the bombing"; not an attack the claim is about ("claimed the attack was staged")', () => {
  const sides = (text: string) => events(text).filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.name ?? null, e.status]);
  assert.deepEqual(sides("Yemen's Houthi rebels claimed a drone attack on a commercial ship in the Red Sea."), [['Houthis', 'actual']]);
  assert.deepEqual(sides('The Islamic State claimed responsibility for an attack on a mosque.'), [['Islamic State', 'actual']]);
  assert.deepEqual(sides('The Pakistani Taliban took responsibility for the bombing.').map((s) => s[1]), ['actual']);
  assert.equal(sides('The Pakistani Taliban took responsibility for the bombing.')[0]?.[0] !== null, true);
  assertNoEvents(['Russia claimed the attack was staged by Ukraine.'], 'ASSAULT');
});

test('"the army" after a military body was named is that body: "Israel Defense Forces spokesman … said the army had killed dozens of militants"', () => {
  const e = events('Israel Defense Forces spokesman Daniel Hagari said the army had killed dozens of militants.').find((x) => x.trigger.text === 'killed');
  assert.deepEqual([e?.actor?.name, e?.actor?.country, e?.actor?.sector], ['Israel Defense Forces', 'ISR', 'MIL']);
  // With no such body named, "the army" stays a military of no country.
  const bare = events('The army said it had killed dozens of militants.').find((x) => x.trigger.text === 'killed');
  assert.equal(bare?.actor?.country ?? null, null);
});

test('destroying forces and materiel is an attack, and vowing it a threat; destroying records, homes or an economy is not', () => {
  assertEvents(['Ukrainian forces destroyed a Russian tank near Bakhmut.', 'Israeli jets destroyed Hamas tunnels in Gaza.'], (e) => e.type === 'ASSAULT' && e.trigger.text === 'destroyed');
  assertEvents(['Ukraine vowed to destroy any invading force.'], (e) => e.type === 'THREATEN');
  assertNoEvents(["Clinton's aides destroyed the emails.", 'The storm destroyed homes.', 'Trump will destroy the economy.', "They destroyed the base's computer hard drives before they left."], 'ASSAULT', 'THREATEN');
});

test('two sides calling for a deed together ask it of no one: "France and Germany called for a ceasefire" is no request of each other; agreeing to one is mutual', () => {
  const sides = (text: string) => events(text).map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]);
  assert.deepEqual(sides('France and Germany called for a ceasefire.'), [['REQUEST', 'France', null], ['REQUEST', 'Germany', null]]);
  assert.deepEqual(sides('Russia and Ukraine agreed to a ceasefire.'), [['AGREE', 'Russia', 'Ukraine'], ['AGREE', 'Ukraine', 'Russia']]);
});

test('an adverb between a verb and its object keeps the object from being the next verb\'s subject: "Israel says it targets only militants and blames Hamas" is Israel\'s accusation', () => {
  const e = events('Israel says it targets only militants and blames Hamas for civilian deaths.').find((x) => x.type === 'ACCUSE');
  assert.deepEqual([e?.actor?.name, e?.target?.name], ['Israel', 'Hamas']);
});

test('crushing a rebellion, protests or separatists is an attack, and vowing it a threat; crushing the competition is not', () => {
  assertEvents(['Security forces crushed the protests in Tehran.'], (e) => e.type === 'ASSAULT' && e.trigger.text === 'crushed');
  assertEvents(['China vowed to crush Taiwan independence forces.', 'Beijing warned it would crush any move toward independence.'], (e) => e.type === 'THREATEN');
  assertNoEvents(['Trump crushed the competition in Florida.'], 'ASSAULT', 'THREATEN');
});

test('a seizure of a thing is done to no one the sentence does not name ("Iran seized an oil tanker" is no seizure from Iran); one "from" someone is theirs; land seized keeps its country', () => {
  const sides = (text: string) => events(text).filter((e) => e.type === 'COERCE').map((e) => [e.actor?.name ?? null, e.target?.name ?? null]);
  assert.deepEqual(sides('Iran seized an oil tanker.'), [['Iran', null]]);
  assert.deepEqual(sides('Palestinian police confiscated weapons and explosives from Palestinian armed groups.'), [['Palestinian police', 'Palestinian armed groups']]);
  assert.deepEqual(sides('Moscow has seized territory in eastern Ukraine.'), [['Moscow', 'Ukraine']]);
});

test('water cannon and tear gas fired at someone are force against them, one event per act: "fired water cannon at a Philippine supply boat"', () => {
  const boat = events('Chinese coast guard ships fired water cannon at a Philippine supply boat.');
  assert.deepEqual(boat.map((e) => [e.type, e.mode, e.cameo, e.actor?.country, e.target?.country]), [['ASSAULT', 'crowd-control', '175', 'CHN', 'PHL']]);
  for (const text of ['Police fired tear gas at protesters in Nairobi.', 'Police used tear gas on protesters in Nairobi.', 'Security forces fired water cannon and tear gas at crowds in Tbilisi.']) {
    assert.equal(events(text).filter((e) => e.type === 'ASSAULT').length, 1, `${text}: ${JSON.stringify(events(text).map((e) => e.trigger.text))}`);
  }
});

test('a warning of countermeasures is a threat, its words in quotation marks too: Beijing warned of "resolute countermeasures."', () => {
  assertEvents(['Beijing warned of "resolute countermeasures."', 'Beijing accused Manila of trespassing and warned of “resolute countermeasures.”', 'Tehran warned of severe punishment.'],
    (e) => e.type === 'THREATEN' && e.trigger.text === 'warned');
});

test('"such" names again a kind of act told before, no new one: "…, the third such clash this year"; "Such attacks on the president are unheard-of"', () => {
  const evs = events('Chinese ships fired water cannon at a Philippine boat on Saturday, the third such clash this year.');
  assert.deepEqual(evs.map((e) => e.trigger.text), ['fired']);
  assertNoEvents(['Such attacks on the most recent Republican president are unheard-of.']);
});

test('missiles fired at a ship are an attack on it, however many words name them; missiles tested are aimed at no one named before', () => {
  const evs = events("Yemen's Houthi rebels fired two anti-ship ballistic missiles at a Greek-owned tanker. North Korea fired two ballistic missiles into the sea.");
  assert.deepEqual(evs.map((e) => [e.type, e.actor?.country ?? null, e.target?.country ?? null]), [['ASSAULT', 'YEM', 'GRC'], ['MOBILIZE', 'PRK', null]]);
});

test('a deed told outside quotation marks takes no other side from the quoted words after it; a threat made outside them does', () => {
  const claimed = events('Houthi military spokesman Yahya Saree claimed the attack in a televised address, saying the group "will continue to target Israeli and American ships."');
  assert.deepEqual(claimed.filter((e) => e.type === 'ASSAULT').map((e) => e.target?.country ?? null), [null]);
  assertEvents(['"We will strike Israel with all our might," the Houthis warned.'], (e) => e.type === 'THREATEN' && e.target?.country === 'ISR');
});

test('a state or armed force striking or hitting another is an attack ("Israel struck Iran", "Russia hit Kyiv"); hitting someone with sanctions is a sanction; deals, campaign stops and rivals are not attacks', () => {
  const sides = (text: string) => events(text).map((e) => [e.type, e.actor?.country ?? null, e.target?.country ?? null]);
  assert.deepEqual(sides('Israel struck Iran.'), [['ASSAULT', 'ISR', 'IRN']]);
  assert.deepEqual(sides('Russia hit Kyiv with missiles overnight.'), [['ASSAULT', 'RUS', 'UKR']]);
  assert.deepEqual(sides('Israeli jets struck Hezbollah in southern Lebanon.'), [['ASSAULT', 'ISR', 'LBN']]);
  assert.deepEqual(sides('The U.S. hit China with new sanctions.'), [['SANCTION', 'USA', 'CHN']]);
  assert.deepEqual(sides('Washington targeted Russia with fresh sanctions.'), [['SANCTION', 'USA', 'RUS']]);
  assertNoEvents(['China and the United States struck a deal.', 'Trump hit Clinton on trade.', 'Trump tried to hit Iowa before the caucus.', 'The remark struck Republicans as odd.', 'The United States struck China with tariffs.'], 'ASSAULT');
  assertEvents(['Iran threatened to strike Israel.'], (e) => e.type === 'THREATEN' && e.target?.country === 'ISR');
});

test('"the junta", "the government" named bare are the state\'s told just before ("Niger\'s military junta … The junta accused France"); not "the government of Costa Rica"', () => {
  const e = events("Niger's military junta on Sunday ordered the French ambassador to leave. The junta accused France of interfering.").find((x) => x.type === 'ACCUSE');
  assert.deepEqual([e?.actor?.country, e?.actor?.sector, e?.target?.country], ['NER', 'GOV', 'FRA']);
  const cr = events('The U.S. government welcomed the plan. The government of Costa Rica has also agreed to host 200 refugees.').find((x) => x.trigger.text.startsWith('agreed'));
  assert.notEqual(cr?.actor?.country, 'USA');
});

test('crowds rallying or marching are a demonstration by them, counted or not ("Thousands of protesters rallied outside the embassy" is no rally done to protesters); armies on the march, a campaign\'s rallies and one person in a parade are not', () => {
  const sides = (text: string) => events(text).filter((e) => e.type === 'PROTEST').map((e) => [e.actor?.name ?? null, e.target?.country ?? null]);
  assert.deepEqual(sides('Thousands of protesters rallied outside the embassy.'), [['protesters', null]]);
  assert.deepEqual(sides('Hundreds of protesters marched in Tbilisi.'), [['protesters', 'GEO']]);
  assert.deepEqual(sides('Iraqi protesters rallied outside the U.S. Embassy.'), [['Iraqi protesters', 'USA']]);
  // People of a country protesting are a demonstration, not the country's complaint.
  assert.deepEqual(events('Thousands of Ukrainians protested in Kyiv.').map((e) => [e.type, e.mode]), [['PROTEST', 'demo']]);
  assertNoEvents(['Russian troops marched into Crimea.', 'Trump marched in the parade.', 'Veterans interviewed at Trump rallies in South Carolina said they had no problem with it.'], 'PROTEST');
  // A chant names no one: "Death to Israel" is against Israel.
  assert.deepEqual(sides("When they march down the street saying 'Death to Israel,' they mean it."), [[null, 'ISR']]);
  // A count that opens the sentence leaves the participle the sentence's verb; after another noun it is still a reduced relative.
  assert.deepEqual(events('The parents of two Americans killed in the 2012 attacks spoke.').map((e) => [e.type, e.actor, e.target?.country]), [['ASSAULT', null, 'USA']]);
});

test('ordering an ambassador to leave is an expulsion (SANCTION expel), and "force" used is no armed body threatened', () => {
  const e = events("Niger's military junta on Sunday ordered the French ambassador to leave the country within 48 hours.");
  assert.deepEqual(e.map((x) => [x.type, x.mode, x.cameo, x.actor?.country, x.target?.country]), [['SANCTION', 'expel', '166', 'NER', 'FRA']]);
  const t = events('ECOWAS has threatened to use force to restore Bazoum.').find((x) => x.type === 'THREATEN');
  assert.notEqual(t?.target?.name, 'force');
});

test('cyber operations: a leader\'s administration is the state, a deed not carried out is negated, a report called disinformation is no disinformation campaign, hackers burrowing into networks are a cyber operation', () => {
  const sides = (text: string) => events(text).map((e) => [e.type, e.status, e.actor?.name ?? null, e.actor?.country ?? null, e.actor?.sector ?? null, e.target?.country ?? null]);
  assert.deepEqual(sides('The Biden administration sanctioned Russia.'), [['SANCTION', 'actual', 'Biden administration', 'USA', 'GOV', 'RUS']]);
  assert.deepEqual(sides('Tehran had never carried out cyberattacks against American infrastructure.').map((x) => x[1]), ['negated']);
  assert.deepEqual(sides('Iran did not carry out the attack on Israel.').map((x) => x[1]), ['negated']);
  assertNoEvents(['China\'s Foreign Ministry spokesman Wang Wenbin called the report "disinformation."', 'Russia dismissed the findings as disinformation.']);
  assertEvents(['Russia spread disinformation about the vote in Moldova.'], (e) => e.type === 'COERCE' && e.mode === 'misinformation');
  assert.deepEqual(sides('Chinese state-sponsored hackers known as Volt Typhoon had burrowed into the networks of American ports.'), [['COERCE', 'actual', 'Volt Typhoon', 'CHN', 'SPY', 'USA']]);
});

test('an irregular participle after "had" is a verb ("it had shot down two Indian fighter jets"), the particle\'s phrase is its object, not the next verb\'s subject; people captured are detained; "inside Pakistan" is where', () => {
  const e = events('Pakistan said it had shot down two Indian fighter jets in Kashmir and captured a pilot.');
  assert.deepEqual(e.map((x) => [x.type, x.actor?.country ?? null]), [['ASSAULT', 'PAK'], ['COERCE', 'PAK']]);
  assert.equal(e[1].mode, 'arrest');
  assert.deepEqual(events('Indian warplanes struck a militant training camp inside Pakistan.').map((x) => [x.type, x.target?.country, x.location?.country]), [['ASSAULT', 'PAK', 'PAK']]);
  assertNoEvents(['The debt, much of which had shot up organically, kept growing.']);
});

test('a state voicing concern or alarm to or over another is disapproval (ACCUSE, CAMEO 110); concern about a thing, or a politician\'s, is not', () => {
  const sides = (text: string) => events(text).map((e) => [e.type, e.cameo, e.actor?.country ?? null, e.target?.country ?? null]);
  assert.deepEqual(sides('Japan expressed concern to China about the drills.'), [['ACCUSE', '110', 'JPN', 'CHN']]);
  assert.deepEqual(sides('Tokyo had conveyed its concerns to China through diplomatic channels.'), [['ACCUSE', '110', 'JPN', 'CHN']]);
  assert.deepEqual(sides("The EU voiced alarm at Russia's troop buildup."), [['ACCUSE', '110', null, 'RUS']]);
  assertNoEvents(['Tokyo voiced concern over the drills. Doctors raised concerns about the drug.', "Clinton expressed concern about Trump's comments."]);
});

test('a people\'s adjective before a deed noun makes it a noun with that people\'s side ("followed Ukrainian attacks on Russian oil refineries"); targeting military infrastructure is no cyber operation', () => {
  assert.deepEqual(events('The strikes followed Ukrainian attacks on Russian oil refineries.').map((e) => [e.type, e.actor?.country ?? null, e.target?.country ?? null]), [['ASSAULT', 'UKR', 'RUS']]);
  assertNoEvents(['The Russian Defense Ministry has previously said it targets only military infrastructure.'], 'COERCE');
  assertEvents(['Hackers targeted the power grid.'], (e) => e.type === 'COERCE' && e.mode === 'cyber');
});

test('people protesting in a relative clause are a protest beside the deed done to them ("used tear gas to disperse demonstrators protesting election results")', () => {
  const e = events('Liberian riot police used tear gas to disperse demonstrators protesting election results in Monrovia.');
  assert.deepEqual(e.map((x) => [x.type, x.actor?.name ?? null]).sort(), [['ASSAULT', 'Liberian riot police'], ['PROTEST', 'demonstrators']]);
});

test('who names a deed\'s object is not its target: "struck what New Delhi called a militant training camp inside Pakistani territory"', () => {
  assert.deepEqual(events('Indian warplanes struck what New Delhi called a militant training camp inside Pakistani territory.').map((e) => [e.type, e.target?.country ?? null]), [['ASSAULT', 'PAK']]);
});

test('support is for whom "for" names right after it ("reiterated his support for Mr. Trump", "expressed admiration for Mr. Clinton"), between two people of one country too; not a later "for"', () => {
  const sides = (text: string) => events(text, '2016-06-09').map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]);
  assert.deepEqual(sides('House Speaker Paul Ryan reiterated his support for Donald Trump.'), [['SUPPORT', 'Paul Ryan', 'Donald Trump']]);
  assert.deepEqual(sides('Speaker Paul Ryan expressed support for Donald Trump.'), [['SUPPORT', 'Paul Ryan', 'Donald Trump']]);
  assert.deepEqual(sides('Jeb Bush expressed admiration for Hillary Clinton.'), [['SUPPORT', 'Jeb Bush', 'Hillary Clinton']]);
  assert.deepEqual(sides('Murdoch voiced his support for a path to citizenship for Mexicans.'), [['SUPPORT', 'Murdoch', null]]);
});

test('"a massive strike with long-range precision weapons" is force, not a walkout; dockworkers\' strike stays a protest', () => {
  assert.deepEqual(events('The ministry said its forces carried out a massive strike with long-range precision weapons against Ukrainian arms plants.').map((e) => [e.type, e.cameo]), [['ASSAULT', '190']]);
  assert.deepEqual(events('Dockworkers began a massive strike over pay.').map((e) => [e.type, e.mode]), [['PROTEST', 'strike']]);
  // Weapons are their state's armed side: "Russian drones struck Kyiv" is force between two states.
  assert.deepEqual(events('Russian drones struck Kyiv overnight.').map((e) => [e.type, e.actor?.country ?? null, e.actor?.sector ?? null, e.target?.country ?? null]), [['ASSAULT', 'RUS', null, 'UKR']]);
});

test('words said somewhere are not said to the place ("In Washington, the White House condemned the attack"): the attack told before is whose the condemnation answers; the place of what they are about stays a side', () => {
  const text = 'Russian drones struck Kyiv overnight. In Washington, the White House condemned the attack.';
  const condemned = events(text).find((e) => e.type === 'ACCUSE');
  assert.deepEqual([condemned?.actor?.name, condemned?.target?.country], ['White House', 'RUS']);
  assert.equal(events('In Paris, Macron criticized the plan.').find((e) => e.type === 'ACCUSE')?.target ?? null, null);
  assert.deepEqual(events('Hamas threatened Monday to resume attacks in Israel.').map((e) => [e.type, e.target?.country ?? null]), [['THREATEN', 'ISR']]);
});

test('"its first nuclear test since 2017" is not dated 2017: "since" names when a span began', () => {
  assert.deepEqual(events('North Korea conducted its first nuclear test since 2017 on Tuesday.').map((e) => e.date?.value ?? null), [events('North Korea conducted a nuclear test on Tuesday.')[0]?.date?.value ?? 'none']);
  assert.deepEqual(events('Russia has launched 300 drones at Ukraine since Monday.').map((e) => e.date), [null]);
});

test('a deed that "threatens peace and stability" or "the stability of the region" is no threat by anyone; "threatened the security of Europe" is', () => {
  assertNoEvents(['The ministry called the launches a grave provocation that threatens peace and stability on the Korean Peninsula.', 'The drills threaten the stability of the region.'], 'THREATEN');
  assert.deepEqual(events('Russia threatened the security of Europe.').map((e) => [e.type, e.target?.name ?? null]), [['THREATEN', 'Europe']]);
});

test('"companies accused of helping Russia" are the accused, not whoever acts on them; a move answered ("welcomed the move", ", a move Beijing denounced") is the last state\'s act told', () => {
  const e = events('The United States imposed sanctions on a dozen Chinese companies accused of helping Russia, a move Beijing denounced as illegal. Officials in Kyiv welcomed the move.');
  const got = e.map((x) => [x.type, x.actor?.country ?? null, x.target?.country ?? null]);
  assert.deepEqual(got, [['SANCTION', 'USA', 'CHN'], ['ACCUSE', null, 'CHN'], ['ACCUSE', 'CHN', 'USA'], ['SUPPORT', 'UKR', 'USA']]);
  assert.deepEqual(events('Only two Democrats are backing the measure.').map((x) => x.target), [null]);
});

test('a deed named as the subject of a modal is supposed ("a full-scale assault on Rafah could jeopardize the treaty") or to come ("additional lawsuits will be filed"); one under way is not ("A Justice Department investigation could drag on")', () => {
  assert.deepEqual(events('Egypt has warned that a full-scale assault on Rafah could jeopardize its peace treaty with Israel.').filter((e) => e.type === 'ASSAULT').map((e) => e.status), ['hypothetical']);
  assert.deepEqual(events('An assault on Rafah would be a disaster.').map((e) => e.status), ['hypothetical']);
  assert.deepEqual(events('A Justice Department investigation could drag on for months.').map((e) => e.status), ['actual']);
});

test('"killed 22 people in Rafah overnight": a place followed by when is still where', () => {
  assert.deepEqual(events('Israeli airstrikes killed at least 22 people in Rafah overnight, including six children, according to hospital officials.').map((e) => e.location?.name ?? null), ['Rafah']);
});

test('"vowed to continue the war" is a threat of force, like "vowed to fight"; a war of words or a charm offensive continued is none', () => {
  assert.deepEqual(events('Netanyahu has vowed to continue the war until Hamas is destroyed.').map((e) => [e.type, e.target?.name ?? null]), [['THREATEN', 'Hamas']]);
  assertNoEvents(['The debate continued the war of words.', 'The campaign continued its charm offensive.']);
});

test('"warned that any attack on Iran\'s nuclear sites would be met with a crushing response": a warning by Iran\'s own force, no threat to Iran and no meeting; "voted against the resolution" is a rejection', () => {
  const e = events('The Revolutionary Guard warned that any attack on Iran\'s nuclear sites would be met with a crushing response.');
  assert.deepEqual(e.map((x) => [x.type, x.actor?.country ?? null, x.target?.country ?? null]), [['THREATEN', 'IRN', null]]);
  assert.deepEqual(events('Russia and China voted against the resolution.').map((x) => [x.type, x.actor?.name ?? null]), [['REJECT', 'Russia'], ['REJECT', 'China']]);
});

test('"Israel, which views Iran as a threat, welcomed the vote": the subject past its aside acts, and what the aside names is no side of the deed', () => {
  assert.deepEqual(events('Israel, which views Iran as a threat, welcomed the vote.').map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]), [['SUPPORT', 'Israel', null]]);
});

test('what drills test "the ability of its forces to seize control of key areas and blockade ports" is what they could do; "We condemn this irrational provocation" answers the other state\'s act told before', () => {
  const e = events('China launched large-scale military drills around Taiwan. The exercises were testing the ability of its forces to seize control of key areas and blockade ports.');
  const seized = e.filter((x) => x.type === 'COERCE');
  assert.ok(seized.length > 0 && seized.every((x) => x.status === 'hypothetical'), JSON.stringify(seized.map((x) => [x.trigger.text, x.status])));
  assert.deepEqual(events('Mitt Romney ran on his ability to jolt the recovery and accused Obama of bungling it.').filter((x) => x.type === 'ACCUSE').map((x) => x.status), ['actual']);
  const c = events('China launched military drills around Taiwan.\n\nTaiwan’s defense ministry said: “We condemn this irrational provocation.”').find((x) => x.type === 'ACCUSE');
  assert.deepEqual([c?.actor?.country, c?.target?.country], ['TWN', 'CHN']);
});

test('"in northwestern Pakistan" is Pakistan; a bombing condemned at home answers the rebels who did it ("Sharif condemned the bombing"), not a state of the same country; "The Pakistani Taliban, known as TTP, attacked" acts past its alias', () => {
  assert.deepEqual(events('A suicide bomber struck a police convoy in northwestern Pakistan on Friday.').map((e) => e.location?.country ?? null), ['PAK']);
  const e = events('The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan or TTP, attacked a police convoy, killing 12 officers.\n\nPrime Minister Shehbaz Sharif condemned the bombing.', '2024-06-01');
  assert.deepEqual(e.map((x) => [x.type, x.actor?.name ?? null, x.type === 'ACCUSE' ? x.target?.name ?? null : null]), [['ASSAULT', 'Tehrik-i-Taliban Pakistan', null], ['ACCUSE', 'Shehbaz Sharif', 'Tehrik-i-Taliban Pakistan']]);
});

test('"rejected these accusations", "denied the charges" answer whoever made the accusation told before, not the accuser\'s own state', () => {
  const e = events('In a joint statement, the Russian defense ministry accused U.S. forces in Syria of controlling bandit formations.\n\nThe Pentagon rejected these accusations as “patently false.”');
  const r = e.find((x) => x.type === 'REJECT');
  assert.deepEqual([r?.actor?.name, r?.target?.country], ['Pentagon', 'RUS']);
  for (const verb of ['denied', 'dismissed']) {
    const d = events(`China accused Japan of militarism. Japan ${verb} the allegations.`).find((x) => x.type === 'REJECT');
    assert.deepEqual([d?.actor?.country, d?.target?.country], ['JPN', 'CHN'], verb);
  }
});

test('"committed impeachable offenses", "committed serious human rights violations" promise nothing', () => {
  assertNoEvents(['The senator said the governor committed impeachable offenses.', 'Russia said Ukraine committed serious human rights violations.'], 'AGREE');
  assertEvents(['Iran committed $2 billion to the reconstruction fund.'], (x) => x.type === 'AGREE' && x.actor?.country === 'IRN');
});

test('"talks between Israel and Hamas", "the phone call between Trump and Zelenskyy", "Fighting between Israel and Hezbollah": the pair are each other\'s sides, whoever the subject is', () => {
  const sides = (text: string, type: string) => events(text).filter((x) => x.type === type).map((x) => [x.actor?.name ?? null, x.target?.name ?? null]);
  assert.deepEqual(sides('Volker said he was not on the July 25 phone call between President Trump and President Zelenskyy.', 'CONSULT'),
    [['Donald Trump', 'Volodymyr Zelensky'], ['Volodymyr Zelensky', 'Donald Trump']]);
  assert.deepEqual(sides('Fighting between Israel and Hezbollah intensified on Sunday.', 'ASSAULT'), [['Israel', 'Hezbollah'], ['Hezbollah', 'Israel']]);
  // (Two of one country are one event: events are told apart by their sides' countries.)
  assert.deepEqual(sides('The idea of a meeting between President Obama and Sen. Bernie Sanders was raised last month.', 'CONSULT'), [['Barack Obama', 'Bernie Sanders']]);
  // Two who decline together decline nothing of each other.
  assert.deepEqual(sides('Kyle Hupfer and Rick Martin declined to endorse the plan.', 'REJECT').map(([, t]) => t), [null, null]);
});

test('"in March" is a month, not a place: no location and no side struck there', () => {
  const e = events('Russian forces attacked the town in March.').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.location, null);
  assert.equal(e?.target, null);
  assert.equal(e?.date?.value, '2024-03');
});

test('"France rejected the order", "Ukraine rejected the proposal" answer whoever gave it; "within 48 hours" is a deadline, not the date of the demand', () => {
  const e = events('Niger’s military junta on Friday ordered France’s ambassador to leave the country within 48 hours and demanded that French troops withdraw.\n\nFrance rejected the order.', '2024-01-14');
  assert.deepEqual(e.find((x) => x.type === 'REJECT')?.target?.country, 'NER');
  assert.ok(!e.some((x) => x.date?.value === '2024-01-16'), JSON.stringify(e.map((x) => [x.trigger.text, x.date?.value])));
  const p = events('Russia proposed a ceasefire. Ukraine rejected the proposal.').find((x) => x.type === 'REJECT');
  assert.deepEqual([p?.actor?.country, p?.target?.country], ['UKR', 'RUS']);
});

test('force used "to disperse (some of) the protesters" is used on them, not on whoever the sentence before named', () => {
  const e = events('Thousands rallied outside the French base, waving Russian flags. Police used tear gas to disperse some of the protesters, witnesses said.').find((x) => x.mode === 'crowd-control');
  assert.equal(e?.target?.name, 'protesters');
});

test('a word that ends a run of capitals in running text is a name\'s ("around Africa’s Cape of Good Hope"), not a trigger; a title-case headline keeps its verbs', () => {
  assertNoEvents(['Shipping giants have paused voyages through the Red Sea, diverting ships around Africa’s Cape of Good Hope, a detour that adds about 10 days to each trip.']);
  assertEvents(['Peru Makes Concessions to the EU.'], (x) => x.type === 'CONCEDE');
  assertEvents(['Thousands of Troops Deployed to southern Nigeria Amid Simmering Tensions.'], (x) => x.type === 'MOBILIZE');
});

test('"A U.S. destroyer, the USS Carney, shot down a drone": the verb after an aside, whatever its tag; a warship is its navy\'s; "the group" is the armed group named last', () => {
  const e = events('A U.S. destroyer, the USS Carney, shot down a drone.').find((x) => x.type === 'ASSAULT');
  assert.deepEqual([e?.actor?.country, e?.actor?.sector], ['USA', 'MIL']);
  const t = events('The Houthis fired missiles at a tanker. A U.S. destroyer shot down a drone. Blinken warned that the group would face serious consequences.').find((x) => x.type === 'THREATEN');
  assert.equal(t?.target?.name, 'Houthis');
  // Not across another group the text named since, nor for a group of another kind.
  const s = events('The Houthis fired missiles at a tanker. The advocacy group said nothing. The group later sued the state.').find((x) => x.trigger.text === 'sued');
  assert.notEqual(s?.actor?.name, 'Houthis');
});

test('"launched its largest missile barrage of the war on Ukrainian cities", "a barrage of missiles on Kyiv" are attacks on the place, not weapons tests; "a barrage of attack ads" is none', () => {
  for (const text of ['Russia launched its largest missile barrage of the war on Ukrainian cities.', 'Russia launched a barrage of missiles on Kyiv.', 'Russia launched a missile strike on Kyiv.']) {
    const e = events(text);
    assert.deepEqual(e.map((x) => [x.type, x.actor?.country, x.target?.country]), [['ASSAULT', 'RUS', 'UKR']], text);
  }
  assertNoEvents(['The campaign opened with a barrage of attack ads.', 'Its post-primary salvo began with a 45-second Web ad.']);
});

test('weapons handed over are no side ("pledged F-16 fighter jets"), nor is the subject of a clause of its own after the deed ("…, while the Netherlands pledged …")', () => {
  const e = events('Germany said it would deliver a third Patriot system, while the Netherlands pledged F-16 fighter jets once pilots finish training.');
  assert.deepEqual(e.map((x) => [x.actor?.country, x.target?.name ?? null]), [['DEU', null], ['NLD', null]]);
});

test('"warned that Western weapons supplied to Kyiv are legitimate targets" threatens force', () => {
  const e = events('Moscow has repeatedly warned that Western weapons supplied to Kyiv are legitimate targets.').find((x) => x.type === 'THREATEN');
  assert.deepEqual([e?.actor?.country, e?.status], ['RUS', 'threatened']);
});

test('"X said … but accused the army of bombing civilians": the act in words is the sayer\'s; "ready for a ceasefire" is yet to come; "the warring parties" are the two armed forces named', () => {
  const text = 'Sudan’s army acknowledged that its troops had withdrawn from Wad Madani. The Rapid Support Forces said they had taken the city.\n\n'
    + 'The State Department urged the warring parties to return to negotiations.\n\n'
    + 'RSF leader Mohamed Hamdan Dagalo said his forces were ready for a ceasefire but accused the army of bombing civilians.';
  const e = events(text, '2023-12-19');
  // (Both of one country: one side, as the text names them, since events are told apart by country.)
  assert.deepEqual(e.filter((x) => x.type === 'REQUEST').map((x) => [x.target?.name, x.target?.country]), [['warring parties', 'SDN']]);
  assert.equal(e.find((x) => x.type === 'ACCUSE')?.actor?.name, 'Mohamed Hamdan Dagalo');
  assert.ok(e.filter((x) => x.trigger.text === 'ceasefire').every((x) => x.status === 'planned'), JSON.stringify(e.map((x) => [x.trigger.text, x.status])));
  assert.deepEqual(events('Iran is open to talks with the United States.').map((x) => x.status), ['planned']);
  // Not across a dash aside, nor into quoted words, nor an adjective in "-ing".
  const aside = events('He has fulminated against plans by the company that owns Nabisco - "I love Oreos," he said - and vowed to impose a tariff on Mexico.').find((x) => x.trigger.text === 'vowed');
  assert.notEqual(aside?.actor?.name, 'Nabisco');
});

test('"had taken control of Wad Madani", "took control of the airport" take territory; "taking control of spending growth" and "took control of the Senate" do not', () => {
  assertEvents(['The Rapid Support Forces said Tuesday they had taken control of Wad Madani, the country’s second-largest city.', 'Rebels took control of the airport on Monday.'], (x) => x.type === 'ASSAULT' && x.cameo === '192');
  assertNoEvents(['The law aims at expanding coverage and taking control of escalating national health care spending growth.', 'Republicans took control of the Senate in 2014.'], 'ASSAULT');
});

test('"An Israeli drone strike on Beirut killed a Hezbollah commander on Tuesday" is one attack by Israel on Hezbollah, dated by the verb; "condemned the strike" answers Israel', () => {
  const e = events('An Israeli drone strike on Beirut’s southern suburbs killed a senior Hezbollah commander on Tuesday, the group said.\n\nLebanon’s prime minister, Najib Mikati, condemned the strike.', '2024-07-31');
  const a = e.filter((x) => x.type === 'ASSAULT');
  assert.deepEqual(a.map((x) => [x.actor?.name, x.target?.name, x.date?.value]), [['Israel', 'Hezbollah', '2024-07-30']]);
  assert.equal(e.find((x) => x.type === 'ACCUSE')?.target?.name, 'Israel');
});

test('"vowed that the killing would not go unpunished", "warned that Hamas would pay a heavy price" are threats; "three people were killed and 74 wounded" is one attack', () => {
  assertEvents(['Hezbollah vowed that the killing would "not go unpunished."', 'Netanyahu warned that Hamas would pay a heavy price.'], (x) => x.type === 'THREATEN');
  assert.equal(events('Five soldiers were killed and 12 wounded in the attack.').filter((x) => x.type === 'ASSAULT').length, 1);
});

test('"accused the United States of “playing with fire” by approving an arms sale": the means is the accused\'s deed; "Analysts expect China to respond with drills" is a guess, "is expected to act at its meeting" a plan', () => {
  const e = events('China on Thursday accused the United States of "playing with fire" by approving an arms sale to Taiwan.').find((x) => x.trigger.text === 'approving');
  assert.deepEqual([e?.actor?.country, e?.target?.country], ['USA', 'TWN']);
  assert.deepEqual(events('Analysts expect China to respond with military drills.').map((x) => x.status), ['hypothetical']);
  assert.deepEqual(events('The Federal Reserve is expected to act at its final meeting of the year.').filter((x) => x.trigger.text === 'meeting').map((x) => x.status), ['planned']);
  // "a set of measures to step up sanctions" foresees nothing.
  assert.ok(!events('Lawmakers passed a set of measures to step up sanctions against Iran.').some((x) => x.status === 'hypothetical'));
});

test('"would take “resolute and forceful measures”", "vowed to take countermeasures" threaten; "has taken a firm stance", "took the new firm public" do not', () => {
  assertEvents(['China said it would take "resolute and forceful measures" to defend its sovereignty.', 'Beijing vowed to take countermeasures against the companies.'], (x) => x.type === 'THREATEN');
  assertNoEvents(['Trump has taken a firm stance against illegal immigration.', 'He merged with Blackstone and then took the new firm public in September.', 'Manafort has taken on a tough task.']);
});

test('"A suicide bomber struck a police convoy, killing at least 12 officers": the toll is the attack\'s, one event; "Israel struck Gaza, killing 22 people" keeps Gaza as the side struck', () => {
  const e = events('A suicide bomber struck a police convoy in northwestern Pakistan on Friday, killing at least 12 officers and wounding 20 others, police said.');
  assert.deepEqual(e.filter((x) => x.type === 'ASSAULT').map((x) => x.target?.name), ['12 officers']);
  assert.deepEqual(events('Israel struck Gaza on Monday, killing 22 people.').map((x) => [x.trigger.text, x.target?.name]), [['struck', 'Gaza']]);
});

test('"vowed to fight until the RSF was defeated", "would fight until the government fell": the one to be defeated is who is fought, of the same country too', () => {
  const e = events('Sudan’s army and the Rapid Support Forces clashed in Khartoum. Army chief Gen. Abdel Fattah Burhan vowed to fight until the RSF was defeated.').find((x) => x.trigger.text === 'vowed');
  assert.equal(e?.target?.name, 'Rapid Support Forces');
  assert.equal(events('The rebels said they would fight until the government fell.').find((x) => x.type === 'THREATEN')?.target?.sector, 'GOV');
});

test('"China said it would take measures": a pronoun opening a report is its speaker, not the country named last; not the one told ("telling her that she"), nor one the report names', () => {
  const text = 'China accused the United States of approving an arms sale to Taiwan and said it would take "resolute and forceful measures" to defend its sovereignty.';
  assert.equal(events(text).find((x) => x.type === 'THREATEN')?.actor?.country, 'CHN');
  assert.equal(find(events('Sandra Inman, a Cruz supporter from Jackson, said she could not support Trump.'), 'SUPPORT').actor?.name, 'Sandra Inman');
  // (The one told: "telling her in a debate that she should burn … for opposing the amendment" is the hearer's opposing.)
  const told = events('Phyllis Schlafly led the campaign. Betty Friedan, the feminist leader, compared her to a heretic, telling her in a debate that she should burn at the stake for opposing the Equal Rights Amendment.');
  assert.equal(told.find((x) => x.trigger.text === 'opposing')?.actor?.name, 'Phyllis Schlafly');
});

test('"unveiled a weapons package for Israel", "a $300 million military aid package", "announced an arms package" give aid; "a stimulus package", "a benefits package" do not', () => {
  for (const text of ['Washington unveiled a weapons package for Israel on Monday.', 'The Pentagon announced a $300 million military aid package for Ukraine.', 'Britain announced an arms package for Kyiv.']) {
    const e = find(events(text), 'AID');
    assert.equal(e.cameo, '072', text);
    assert.ok(e.target?.country, text);
  }
  assertNoEvents(['Congress passed a stimulus package on Friday.', 'The union announced a benefits package for its members.'], 'AID');
});

test('"U.S. Secretary of State Antony Blinken spoke with Ilham Aliyev and urged him": the person after a title\'s "of" acts, and "him" is the one acted on in the sentence; not out of a closed clause', () => {
  const e = events('Kremlin spokesman Dmitry Peskov said Moscow was in contact with Baku. U.S. Secretary of State Antony Blinken spoke by phone with Azerbaijani President Ilham Aliyev and urged him to cease military actions immediately.');
  assert.deepEqual(e.map((x) => [x.type, x.actor?.name, x.target?.name]), [['CONSULT', 'Antony Blinken', 'Ilham Aliyev'], ['REQUEST', 'Antony Blinken', 'Ilham Aliyev']]);
  assert.equal(find(events('Trump responded by calling Alwaleed "dopey" and accusing him of wanting to control the U.S.'), 'ACCUSE').target?.name, 'Alwaleed');
  // ("if Sanders were to catch Clinton," closes before "him".)
  assert.notEqual(events('Bernie Sanders trails. Even if Sanders were to catch Hillary Clinton, he would still need 358 superdelegates to support him.').find((x) => x.type === 'SUPPORT')?.target?.name, 'Hillary Clinton');
});

test('"urged Russian peacekeepers deployed in the region to intervene": the participle describes whom the frame names, who is urged; "wants Trump banned" still wants a ban', () => {
  for (const text of ['Armenian Prime Minister Nikol Pashinyan urged Russian peacekeepers deployed in the region to intervene.', 'Pashinyan called on Russian peacekeepers deployed in the region to intervene.']) {
    assert.deepEqual(events(text).map((x) => [x.type, x.target?.country]), [['REQUEST', 'RUS']], text);
  }
  assert.equal(events('A lawmaker in the Philippines wants Donald Trump banned from the country.').find((x) => x.trigger.text === 'wants')?.type, 'COERCE');
});

test('"at least 27 people had been killed, including two civilians, and more than 200 wounded", "five soldiers were killed and dozens of others injured": one attack\'s toll, one event', () => {
  for (const text of ['Officials in Stepanakert said at least 27 people had been killed, including two civilians, and more than 200 wounded.', 'Five soldiers were killed and dozens of others injured in the attack.']) {
    assert.equal(events(text).filter((x) => x.type === 'ASSAULT').length, 1, text);
  }
});

test('"shelling positions held by ethnic Armenian forces", "shelled areas controlled by the RSF": whoever holds what is struck is struck', () => {
  assert.equal(find(events('Azerbaijan shelled positions held by ethnic Armenian forces on Tuesday.'), 'ASSAULT').target?.name, 'ethnic Armenian forces');
  assert.equal(find(events('The army shelled areas controlled by the Rapid Support Forces in Omdurman.'), 'ASSAULT').target?.name, 'Rapid Support Forces');
});

test('"BAKU, Azerbaijan (AP) — … launched … on Tuesday, shelling positions": the dateline\'s commas set off no stretch of the sentence, so Tuesday dates the shelling; a date in the dateline dates nothing', () => {
  const shelled = events('BAKU, Azerbaijan (AP) — Azerbaijan’s military launched what it called “anti-terrorist measures” in Nagorno-Karabakh on Tuesday, shelling positions held by ethnic Armenian forces.', '2023-09-20');
  assert.equal(find(shelled, 'ASSAULT').date?.value, '2023-09-19');
  const filed = events('FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the Affordable Care Act as a “crazy system.”', '2016-10-04');
  assert.equal(find(filed, 'ACCUSE').date, null);
});

test('"Ramaphosa spoke with Kagame", "said he had spoken with Senator Bernie Sanders" consult; "spoke with reporters", "to speak with one voice" do not', () => {
  assert.deepEqual(events("South Africa's President Cyril Ramaphosa spoke with Rwanda's Paul Kagame on Sunday.").map((x) => [x.type, x.actor?.name, x.target?.name]), [['CONSULT', 'Cyril Ramaphosa', 'Paul Kagame']]);
  assert.equal(find(events('Senator Harry Reid said he had spoken with Senator Bernie Sanders about the accusations.'), 'CONSULT').target?.name, 'Bernie Sanders');
  assertNoEvents(['Obama spoke with reporters on Air Force One.', 'The move could allow the insurgents to speak with one voice in peace talks.'], 'CONSULT');
});

test('"evacuated staff from Goma, and the United Nations said …": a phrase after ", and" with a verb of its own opens a clause and is no second side; "met Britain, France, and Germany" is a list', () => {
  const e = events('U.N. peacekeepers evacuated non-essential staff from Goma, and the United Nations said at least 17 people had been killed.');
  assert.deepEqual(e.filter((x) => x.type === 'RETREAT').map((x) => x.target?.name), ['Goma']);
  assert.equal(events('The ministers met Britain, France, and Germany on Monday.').filter((x) => x.type === 'CONSULT').length, 3);
});

test('"Rwanda denied sending troops", "denied that its forces had shelled the plant": a denied deed is a claim, reported; "and blamed Congo", "denied his party the victory and jailed him" stay told as done', () => {
  const e = events('Rwanda denied sending troops and blamed Congo for the fighting.');
  assert.deepEqual(e.filter((x) => x.type !== 'ASSAULT').map((x) => [x.trigger.text, x.status]), [['sending', 'reported'], ['blamed', 'actual']]);
  assert.equal(find(events('Russia denied that its forces had shelled the plant.'), 'ASSAULT').status, 'reported');
  assert.equal(events('The government denied his party the victory and jailed him.').find((x) => x.trigger.text === 'jailed')?.status, 'actual');
});

test('"Ramaphosa spoke with Kagame and warned that any attack on South African troops would be treated as a declaration of war": the threat is to the one he spoke with, not his own troops', () => {
  const e = events("South Africa's President Cyril Ramaphosa spoke with Rwanda's Paul Kagame and warned that any attack on South African troops would be treated as a declaration of war.");
  assert.equal(find(e, 'THREATEN').target?.name, 'Paul Kagame');
});

test('"took control of the airport in Goma, eastern Congo\'s largest city, on Monday": a place\'s apposition sets off no stretch of the sentence, so Monday dates the taking; a clause between commas still does', () => {
  assert.equal(find(events("M23 rebels backed by Rwanda took control of the airport in Goma, eastern Congo's largest city, on Monday.", '2025-01-28'), 'ASSAULT').date?.value, '2025-01-27');
  assert.equal(events('Rebels shelled Goma, which the army held until Monday, and the airport.', '2025-01-28').find((x) => x.trigger.text === 'shelled')?.date, null);
});

test('"ruled out sending troops" did not happen; "would not rule out supplying weapons", "refused to rule out sending troops" leave it possible and refuse nothing; "return in body bags" returns nothing to anyone', () => {
  const status = (text: string, type: string) => find(events(text), type).status;
  assert.equal(status('Seoul ruled out sending troops to Ukraine.', 'MOBILIZE'), 'negated');
  assert.equal(status('Yoon said Seoul would not rule out supplying weapons directly to Ukraine.', 'AID'), 'hypothetical');
  assert.deepEqual(events('Macron refused to rule out sending troops to Ukraine.').map((x) => [x.type, x.status]), [['MOBILIZE', 'hypothetical']]);
  assertNoEvents(['"If North Korean troops move into Ukraine, they will most certainly return in body bags," the ambassador told the Security Council.'], 'RETREAT');
});

test('"captured two wounded North Korean soldiers": a past form between a count and its noun describes them, no second attack', () => {
  assert.deepEqual(events('Zelenskyy said his forces had captured two wounded North Korean soldiers.').map((x) => x.type), ['COERCE']);
});

test('"the Saudi government denied any involvement in the 9/11 terror attacks" dates the attacks 2001; "Clinton Breaks With Obama On 9/11 Lawsuit Bill" dates no lawsuit', () => {
  assert.equal(events('The Saudi government has strongly denied any involvement in the 9/11 terror attacks.', '2016-09-21').find((x) => x.type === 'ASSAULT')?.date?.value, '2001-09-11');
  assert.ok(events('Clinton Breaks With Obama On 9/11 Lawsuit Bill', '2016-09-21').every((x) => x.date === null));
});

test('"hours after the militant group fired mortar rounds at an Israeli army position": a deed told by its verb, one side on another, just before the news is news; "hours after 14 people were killed", "shortly after the attack" are not', () => {
  const evs = events('Israeli warplanes struck targets in southern Lebanon on Monday, hours after Hezbollah fired mortar rounds at an Israeli army position.');
  assert.deepEqual(evs.filter((e) => e.type === 'ASSAULT').map((e) => [e.trigger.text, e.actor?.country, e.target?.country]), [['struck', 'ISR', 'LBN'], ['fired', 'LBN', 'ISR']]);
  assertNoEvents(['In the hours after 14 people were killed in San Bernardino, a familiar voice celebrated the attacks on Twitter.', 'The account posted a message shortly after the San Bernardino attack.'], 'ASSAULT');
  // (Plain "after" still sets the scene.)
  assert.deepEqual(events('Israeli warplanes struck targets in southern Lebanon on Monday after Hezbollah fired mortar rounds at an Israeli army position.').map((e) => e.trigger.text), ['struck']);
});

test('"struck what the military said were Hezbollah rocket launchers": who says what the object is, is not it', () => {
  assert.equal(find(events('Israeli warplanes struck what the military said were Hezbollah rocket launchers in southern Lebanon on Monday.'), 'ASSAULT').target?.name, 'Hezbollah');
});

test('"The Lebanese army has said it will deploy 5,000 soldiers": a body a people\'s word names is "it", the speaker of the report', () => {
  const planned = find(events('The Lebanese army has said it will deploy 5,000 soldiers to the border region.'), 'MOBILIZE');
  assert.deepEqual([planned.actor?.country, planned.status], ['LBN', 'planned']);
  assert.equal(find(events('The Lebanese army said it deployed 5,000 soldiers to the border region on Monday.'), 'MOBILIZE').actor?.country, 'LBN');
});

test('"said in a joint statement that Iran\'s program had “no credible civilian justification” and urged Tehran": the urging after the marks close is the sayers\' own act, and told as done', () => {
  const evs = events('France, Britain and Germany said in a joint statement that Iran\'s nuclear program had "no credible civilian justification" and urged Tehran to reverse course.').filter((e) => e.type === 'REQUEST');
  assert.deepEqual(evs.map((e) => [e.actor?.country, e.target?.country, e.status]), [['FRA', 'IRN', 'actual'], ['GBR', 'IRN', 'actual'], ['DEU', 'IRN', 'actual']]);
});

test('"nine people were killed in Israeli strikes", "in a 2011 U.S. drone strike": the strikes name who killed; "in the 2012 Benghazi attack", "in a Turkey car bomb attack" name where', () => {
  assert.equal(find(events('Lebanese officials said at least nine people were killed in Israeli strikes across the south.'), 'ASSAULT').actor?.country, 'ISR');
  assert.equal(find(events('Anwar al-Awlaki was killed in a 2011 U.S. drone strike in Yemen.'), 'ASSAULT').actor?.country, 'USA');
  assert.equal(find(events('Dozens were wounded in a Turkey car bomb attack.'), 'ASSAULT').actor, null);
});

test('"Iran remained open to negotiations but would not “negotiate under pressure”": the one open to talks agrees to them; a quotation opening on the verb keeps its negation', () => {
  const evs = events('Iranian Foreign Minister Abbas Araghchi said in a post on X that Iran remained open to negotiations but would not "negotiate under pressure."');
  assert.equal(find(evs, 'AGREE').actor?.country, 'IRN');
  assert.equal(find(evs, 'CONSULT').status, 'negated');
});

test('"violations of the truce", "violated the ceasefire" tell no ceasefire; "defend its sovereign rights" supports no one; "warned that an armed attack on Philippine vessels would invoke U.S. commitments" threatens not the vessels', () => {
  assertNoEvents(['Hezbollah said its response was a reaction to repeated Israeli violations of the truce.', 'Russia violated the ceasefire on Monday.'], 'RETREAT');
  assertNoEvents(['Manalo said the Philippines "will defend its sovereign rights."'], 'AGREE', 'SUPPORT');
  assert.equal(find(events('The United States will defend the Philippines.'), 'AGREE').target?.country, 'PHL');
  assert.equal(find(events('Miller warned that an armed attack on Philippine public vessels would invoke U.S. commitments under the treaty.'), 'THREATEN').target, null);
  assert.equal(find(events('Israel warned that an attack on Iran was possible.'), 'THREATEN').target?.country, 'IRN');
});

test('"the two countries", "the three European powers": the states named last, as many as the phrase counts (of its region), by name or by a person of theirs; "two states have been hacked" are others', () => {
  const pact = events('Russia and North Korea signed a treaty in June. The two countries agreed to help each other.').filter((e) => e.trigger.text === 'agreed to');
  assert.deepEqual(pact.map((e) => [e.actor?.country, e.target?.country]), [['RUS', 'PRK'], ['PRK', 'RUS']]);
  const e3 = events('France, Britain and Germany sponsored the resolution with the United States. The three European powers threatened to impose sanctions on Iran.').filter((e) => e.type === 'THREATEN');
  assert.deepEqual(e3.map((e) => e.actor?.country), ['FRA', 'GBR', 'DEU']);
  const met = events('Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Tuesday. The two countries signed a defense pact.').filter((e) => e.trigger.text === 'signed');
  assert.deepEqual(met.map((e) => [e.actor?.name, e.target?.name]), [['Russia', 'North Korea'], ['North Korea', 'Russia']]);
  assert.ok(!events('Russia and China signed a trade deal. Two countries have been hacked, he said.').some((e) => e.type === 'COERCE' && e.target?.country === 'CHN'), 'no counted group');
});

test('"Sen. Ron Wyden, an Oregon Democrat who has long criticized Microsoft" (Wyden, whom the description is set beside), "Ohio officials": a politician or official of a place, not the place; "the Vermont senator" is the one named before whose office is Vermont\'s', () => {
  assert.equal(find(events('Sen. Ron Wyden, an Oregon Democrat who has long criticized Microsoft, said the breach was serious.'), 'ACCUSE').actor?.name, 'Ron Wyden');
  assert.equal(find(events('An Ohio Republican criticized the plan.'), 'ACCUSE').actor?.sector, 'PTY');
  assert.equal(find(events('Bernie Sanders won the primary in Michigan on Tuesday. The Vermont senator criticized Hillary Clinton on Wednesday.', '2016-03-10'), 'ACCUSE').actor?.name, 'Bernie Sanders');
});

test('"a hacking group linked to Russia\'s foreign intelligence service broke into the email accounts": an intrusion by the state the group is tied to, aimed at no one at home; "hacked into the DNC" targets the DNC', () => {
  const broke = find(events('A hacking group linked to Russia\'s foreign intelligence service broke into the email accounts of senior executives.'), 'COERCE');
  assert.deepEqual([broke.mode, broke.actor?.country, broke.target], ['cyber', 'RUS', null]);
  assert.equal(find(events('Clinton said Russian intelligence services hacked into the Democratic National Committee.'), 'COERCE').target?.name, 'Democratic National Committee');
});

test('"The agency urged …", "The department also urged China …": the body of that head named last', () => {
  assert.equal(find(events('The Cybersecurity and Infrastructure Security Agency said it was working with Microsoft. The agency urged federal departments to review their logs.'), 'REQUEST').actor?.name, 'Cybersecurity and Infrastructure Security Agency');
  assert.equal(find(events('The Philippine Department of Foreign Affairs summoned the ambassador. The department also urged China to stop.'), 'REQUEST').actor?.country, 'PHL');
});

test('"Microsoft said that a hacking group linked to Russia\'s foreign intelligence service broke into …": the group tied to a state acts, not the sayer; "RSF fighters … looted homes": an armed force takes property, no protest', () => {
  assert.equal(find(events('Microsoft said Friday that a hacking group linked to Russia\'s foreign intelligence service broke into the email accounts of some of its senior executives.'), 'COERCE').actor?.country, 'RUS');
  const looted = events('RSF fighters stormed the Zamzam camp from the south, looted homes and set the market on fire.').find((e) => e.trigger.text === 'looted');
  assert.deepEqual([looted?.type, looted?.mode], ['COERCE', 'seize']);
  assert.equal(events('Protesters looted shops in the capital on Monday.').find((e) => e.trigger.text === 'looted')?.type, 'PROTEST');
});

test('"the Ukrainian strikes on refineries" are no labour strike; "We need Patriots, not promises" refuses nothing; "Kishida condemned the launch" answers North Korea\'s missile', () => {
  assertNoEvents(['The Kremlin has called the Ukrainian strikes on refineries "terrorist attacks."', '"We need Patriots, not promises," he said in his evening address.'], 'PROTEST', 'REJECT');
  assert.equal(find(events('Workers staged a strike on Monday.'), 'PROTEST').mode, 'strike');
  const launch = events('North Korea fired a ballistic missile into the sea on Thursday, South Korea\'s military said.\n\nThe missile flew about 1,000 km, Japan\'s Defense Ministry said. Japanese Prime Minister Fumio Kishida condemned the launch.', '2024-10-14');
  assert.equal(find(launch, 'ACCUSE').target?.country, 'PRK');
});

test('"struck an oil refinery in Russia\'s southern Krasnodar region", "in the Oromia region": the name before the word for a region is where, and its country the side struck', () => {
  const hit = find(events('Ukrainian drones struck an oil refinery in Russia\'s southern Krasnodar region overnight, the regional governor said Saturday.'), 'ASSAULT');
  assert.deepEqual([hit.location?.country, hit.target?.country], ['RUS', 'RUS']);
  assert.equal(find(events('Security forces have killed more than 400 protesters in the Oromia region since November.'), 'ASSAULT').location?.name, 'Oromia');
});

test('"Israel\'s military said troops had killed 12 militants in Jenin", "Russia\'s Defense Ministry said air defenses had shot down …": an unnamed force opening a state body\'s report is that state\'s, not the place\'s', () => {
  assert.equal(find(events('Israel\'s military said troops had killed 12 militants in Jenin.'), 'ASSAULT').actor?.country, 'ISR');
  assert.equal(find(events('Russia\'s Defense Ministry said air defenses had shot down 42 Ukrainian drones over several regions.'), 'ASSAULT').actor?.country, 'RUS');
});

test("\"Klein said Clinton had ''smeared these women and threatened them''\": an act inside the old wire style's two single marks is the quoted words', not the sayer's", () => {
  assert.equal(find(events("Klein said Clinton had ''smeared these women and threatened them'' for years."), 'THREATEN').actor?.name, 'Clinton');
});

test('"an Azerbaijan Airlines jet crashed in Kazakhstan, killing 38", "The crash killed 38 people": an accident is no attack; "a bomb exploded …, killing 12" still is', () => {
  assertNoEvents(['An Azerbaijan Airlines jet crashed in Kazakhstan on Wednesday, killing 38 of the 67 people on board.', 'The crash killed 38 people.', 'A bus overturned near Nairobi, killing 12 passengers.'], 'ASSAULT');
  assert.equal(find(events('A bomb exploded in a market, killing 12 people.'), 'ASSAULT').cameo, '183');
});

test('"the plane was shot down by Russia": a passive "shot down" with its object before it downs the aircraft (190), no firing of guns', () => {
  const down = find(events('We can say with full clarity that the plane was shot down by Russia, Aliyev said.'), 'ASSAULT');
  assert.deepEqual([down.cameo, down.mode, down.actor?.country], ['190', null, 'RUS']);
});

test('"three women and four children were killed in the strikes near Saravan": the killed are civilians, and "the strikes" no labour strike', () => {
  const evs = events('An Iranian official said that three women and four children were killed in the strikes near the border town of Saravan.');
  assert.deepEqual(evs.filter((e) => e.type === 'PROTEST'), []);
  assert.deepEqual(evs.filter((e) => e.type === 'ASSAULT').map((e) => [e.target?.name, e.target?.sector]), [['three women', 'CVL'], ['four children', 'CVL']]);
});

test('"hours after an attack on a state-owned aerospace company near Ankara killed five people", "said an explosion at a depot killed three soldiers": a deed opening its clause is the subject, and the states or bodies named before did not do it', () => {
  const evs = events('Turkish warplanes struck Kurdish militant targets in northern Iraq and Syria overnight, the Defence Ministry said on Thursday, hours after an attack on a state-owned aerospace company near Ankara killed five people.', '2024-10-24');
  assert.deepEqual(evs.filter((e) => e.trigger.text === 'killed' && e.actor), []);
  assert.equal(find(events('The army said an explosion at a depot killed three soldiers.'), 'ASSAULT').actor, null);
  // (Not a deed the subject acts on: "treating the incident as a terrorist attack and urging people to stay home".)
  assert.equal(find(events('Local authorities were treating the incident as a terrorist attack and urging people to stay home, BFM TV reported.'), 'REQUEST').actor?.name, 'Local authorities');
});

test('targets "had been “destroyed” in the strikes": a closing mark after the deed done in them still makes the strikes no labour strike', () => {
  assertNoEvents(['"Those who attacked our country will pay a heavy price," President Tayyip Erdogan said at a BRICS summit in Kazan, Russia, where he met Russian President Vladimir Putin. He said the attack targeted "the peace and tranquility of our nation."\n\nThe ministry said 32 targets, including caves, shelters and depots, had been "destroyed" in the strikes, which it described as acts of self-defence.'], 'PROTEST');
});

test('"the United States “was not aware of, nor involved in” the attack": a deed after its subject\'s denied part in it is negated; "was involved in the attack" is not', () => {
  assert.equal(find(events('Secretary of State Antony Blinken said the United States "was not aware of, nor involved in" the attack.'), 'ASSAULT').status, 'negated');
  assert.notEqual(find(events('The United States was involved in the attack, officials said.'), 'ASSAULT').status, 'negated');
});

test('"vowed that it would face “just punishment”", "would face severe punishment": a vow of punishment threatens', () => {
  assert.equal(find(events('Iran vowed that Israel would face severe punishment.'), 'THREATEN').target?.country, 'ISR');
  assert.equal(events('Hezbollah blamed Israel for the blasts and vowed that it would face "just punishment."').find((e) => e.trigger.text === 'vowed')?.type, 'THREATEN');
});

test('"Hundreds of pagers used by members of Hezbollah exploded …, killing 12": what explodes kills as no one\'s agent; "a suicide bomber blew himself up, killing 12" still names the bomber', () => {
  assert.equal(find(events('Hundreds of pagers used by members of Hezbollah exploded across Lebanon on Tuesday, killing at least 12 people.'), 'ASSAULT').actor, null);
  assert.equal(find(events('A Taliban suicide bomber blew himself up outside the ministry, killing 12 people.'), 'ASSAULT').actor?.name, 'Taliban');
});

test('"warned in a statement carried by the official Korean Central News Agency that the South “will witness the new response of the DPRK”": a warning of a response reaches past a long channel; "Neither side wants a real clash" wishes nothing', () => {
  const warned = events('Kim Yo Jong warned in a statement carried by the official Korean Central News Agency that the South "will witness the new response of the DPRK" if it continued the broadcasts.').find((e) => e.trigger.text === 'warned');
  assert.deepEqual([warned?.type, warned?.actor?.country], ['THREATEN', 'PRK']);
  assert.equal(find(events('Kim Yo Jong warned that South Korea will face countermeasures.'), 'THREATEN').target?.country, 'KOR');
  assert.deepEqual(events('"Neither side wants a real clash," said Leif-Eric Easley, a professor in Seoul.').filter((e) => e.status !== 'negated').map((e) => e.type), []);
});

test('"urged member states to boost defence production, warning that Russia …": whom a request names, when no actor, is not guessed from the rest of the sentence', () => {
  const urged = find(events('NATO Secretary-General Mark Rutte urged member states on Thursday to boost defence production, warning that Russia was producing ammunition far faster than the alliance.'), 'REQUEST');
  assert.equal(urged.target, null);
  assert.equal(find(events('Rutte urged Russia to stop the war.'), 'REQUEST').target?.country, 'RUS');
});

test('"“Those who attacked our country will pay a heavy price,” Erdogan said at a summit": whoever will pay is threatened by the one who says so, and the relative clause ends before the main clause\'s modal; "has paid a heavy price" threatens no one', () => {
  const threat = find(events('"Those who attacked our country will pay a heavy price," President Tayyip Erdogan said at a BRICS summit in Kazan.', '2024-10-24'), 'THREATEN');
  assert.deepEqual([threat.actor?.name, threat.target], ['Recep Tayyip Erdogan', null]);
  const iran = find(events('Iran will pay a heavy price for its attack, Netanyahu said.'), 'THREATEN');
  assert.deepEqual([iran.actor?.country, iran.target?.country], ['ISR', 'IRN']);
  assertNoEvents(['Ukraine has paid a heavy price for the war.'], 'THREATEN');
  // (A relative clause with a second verb goes on: "organizations that have endorsed him say they believe …".)
  assert.equal(find(events('But progressive organizations that have endorsed Sanders say they believe superdelegates should choose the candidate who won the most pledged delegates.'), 'SUPPORT').target?.name, 'Sanders');
});

test('"Police said the gunmen emerged from a forest and opened fire on tourists": the verb joined to the reported clause\'s own is its subject\'s, not the police\'s; "The army said troops raided the village and arrested 12" stays the troops\'', () => {
  const fire = find(events('Police said the gunmen emerged from a forest and opened fire on tourists at a meadow popular with visitors.'), 'ASSAULT');
  assert.deepEqual([fire.actor?.name, fire.actor?.sector, fire.target?.sector], ['gunmen', 'UAF', 'CVL']);
  assert.equal(find(events('The army said troops raided the village and arrested 12 militants.'), 'COERCE').actor?.sector, 'MIL');
  // (The sayer's own act joined to the report is still the sayer's.)
  assert.equal(find(events('Dagalo said his forces were ready for a ceasefire but accused the army of bombing civilians.'), 'ACCUSE').actor?.name, 'Dagalo');
});

test('"“We reject terrorism in all its forms,” Asif said" after Pakistan spoke: an evil rejected or condemned at large takes no side from the context; "Russia rejected the proposal" still answers who made it', () => {
  const text = 'Pakistan denied any role in the attack. "We reject terrorism in all its forms," Defense Minister Khawaja Asif told a local television channel.';
  assert.equal(find(events(text), 'REJECT').target, null);
  assert.equal(find(events('Ukraine proposed a ceasefire. Russia rejected the proposal.'), 'REJECT').target?.country, 'UKR');
});

test('"“… is attacking our state,” Kurti told a news conference in Pristina": a quoted deed happens where its words say, not where they were said; "Gunmen backed by officials in Belgrade attacked a patrol": a place in a participle\'s "by" phrase qualifies the backers', () => {
  const quoted = find(events('"Organized crime, supported by officials in Belgrade, is attacking our state," Prime Minister Albin Kurti told a news conference in Pristina.'), 'ASSAULT');
  assert.deepEqual([quoted.location, quoted.target], [null, null]);
  const backed = find(events('Gunmen backed by officials in Belgrade attacked a police patrol.'), 'ASSAULT');
  assert.deepEqual([backed.location, backed.target], [null, null]);
  assert.equal(find(events('Russian missiles struck a hospital in Kharkiv, officials said.'), 'ASSAULT').location?.name, 'Kharkiv');
  assert.equal(find(events('"Russian missiles struck a hospital in Kharkiv," the mayor said in Kyiv.'), 'ASSAULT').location?.name, 'Kharkiv');
});

test('"approved a new package of sanctions against Russia", "adopted new sanctions": the sanctions are the approver\'s (was SUPPORT of Russia); "welcomed the decision" after the EU acted, Hungary threatened a veto and China objected answers the EU', () => {
  const approved = find(events('European Union governments approved a new package of sanctions against Russia on Wednesday.'), 'SANCTION');
  assert.deepEqual([approved.actor?.name, approved.target?.country], ['European Union', 'RUS']);
  assert.equal(find(events('The EU adopted new sanctions against Russia.'), 'SANCTION').target?.country, 'RUS');
  assert.equal(find(events('The Senate approved the nomination.'), 'SUPPORT').trigger.text, 'approved');
  const text = 'The EU approved new sanctions against Russia on Wednesday. China said it firmly opposed the listing of Chinese firms. Hungary, which had threatened to veto the package, dropped its objection. Ukrainian President Volodymyr Zelenskiy welcomed the decision.';
  assert.equal(events(text).find((e) => e.trigger.text === 'welcomed')?.target?.name, 'European Union');
});

test('"…, days after al-Qaida-linked militants ambushed an army convoy in the north, killing dozens of soldiers": the killing is the ambushers\', not the main clause\'s subject\'s (a verb after a noun that takes an object is a clause\'s own)', () => {
  const kill = find(events("Russia's Africa Corps has taken over from the Wagner group in Mali, the military government said Saturday, days after al-Qaida-linked militants ambushed an army convoy in the north, killing dozens of soldiers."), 'ASSAULT');
  assert.deepEqual([kill.actor?.sector, kill.actor?.country ?? null], ['REB', null]);
});

test('"Human rights groups have accused Malian troops … . The junta denies the accusations.": a charge is denied to whoever made it, also when that is no state', () => {
  const text = 'Human rights groups have accused Malian troops and their Russian allies of killing hundreds of civilians in operations against the militants. The junta denies the accusations.';
  assert.equal(find(events(text), 'REJECT').target?.name, 'Human rights groups');
});

test('"Israel would “exact the price from Iran …”", "will exact a heavy price from Hamas": a threat by whoever will exact it, against whom it is exacted from; "has exacted a heavy toll" threatens no one', () => {
  const gantz = find(events('Minister Benny Gantz said Israel would "exact the price from Iran in the way and at the time that suits us."'), 'THREATEN');
  assert.deepEqual([gantz.actor?.country, gantz.target?.country, gantz.status], ['ISR', 'IRN', 'threatened']);
  assert.equal(find(events('Israel will exact a heavy price from Hamas, Netanyahu said.'), 'THREATEN').target?.name, 'Hamas');
  assertNoEvents(['The war has exacted a heavy toll on civilians.'], 'THREATEN');
});

test('"Pakistan would close its airspace to Indian airlines and suspend all trade with India": the tagger\'s adjective after a modal is a verb when its object follows, the joined verb shares the modal, and the two threats stay two', () => {
  const evs = events('It announced that Pakistan would close its airspace to Indian airlines and suspend all trade with India.');
  const threats = evs.filter((e) => e.type === 'THREATEN');
  assert.deepEqual(threats.map((e) => [e.trigger.text, e.mode, e.status]), [['close', 'restrict', 'threatened'], ['suspend', 'relations', 'threatened']]);
  assert.ok(!evs.some((e) => e.type === 'SANCTION'), 'the joined verb is no sanction in force');
  // ("shot and killed" stays one assault; a verb joined to one with no modal keeps its own status.)
  assert.equal(events('Police shot and killed a man in Tulsa.').filter((e) => e.type === 'ASSAULT').length, 1);
  assert.equal(find(events('India closed the border and suspended all trade with Pakistan.'), 'SANCTION').status, 'actual');
});

test('"closed the border crossing and suspended the treaty": an -ing noun the tagger read as a verb opens no modifier clause that swallows the next verb', () => {
  const evs = events('India closed the border crossing and suspended the treaty with Pakistan.');
  assert.deepEqual(evs.map((e) => e.type).sort(), ['COERCE', 'SANCTION']);
});

test('"vowed to hunt down the attackers": a vow to hunt someone down threatens them (was AGREE)', () => {
  const vow = find(events('Prime Minister Narendra Modi vowed to hunt down the attackers.'), 'THREATEN');
  assert.equal(vow.target?.name, 'attackers');
  assert.equal(find(events('Police hunted down the gunmen.'), 'COERCE').mode, 'arrest');
});

test('"…, a day after gunmen killed 26 people": a deed a day or two before the news, by named gunmen against named people, is told and dated back from the news; its clause is no place for the main verb\'s side', () => {
  const text = 'India said Wednesday it was suspending a decades-old water-sharing treaty with Pakistan and closing the main land border crossing between the two countries, a day after gunmen killed 26 people in Kashmir.';
  const evs = events(text, '2025-04-23');
  const kill = find(evs, 'ASSAULT');
  assert.deepEqual([kill.actor?.sector, kill.target?.name, kill.date?.value], ['UAF', '26 people', '2025-04-22']);
  assert.deepEqual([find(evs, 'COERCE').target?.country, find(evs, 'COERCE').location], ['PAK', null]);
  assert.equal(kill.location?.name, 'Kashmir');
  // ("during a rally in Hartford" is where the news happened.)
  assert.equal(find(events('Donald Trump criticized Clinton during a rally Friday in Hartford, Conn.'), 'ACCUSE').location?.name, 'Hartford');
  assert.equal(find(events('India suspended the treaty, two days after gunmen killed 26 people on Tuesday.', '2025-04-23'), 'ASSAULT').date, null);
  // (Weeks after, the deed only sets the scene.)
  assertNoEvents(['India suspended the treaty, weeks after gunmen killed 26 people.'], 'ASSAULT');
});

test('"policemen", "gunmen", "women": the plural of a noun in -man is -men ("release … women" after a poll\'s verb is no release)', () => {
  assert.equal(find(events('Two policemen were shot dead in Srinagar on Monday.'), 'ASSAULT').target?.sector, 'COP');
  assertNoEvents(['A poll released this week found 66 percent of likely women voters have an unfavorable view of Trump.'], 'RETREAT');
});

test('"any attempt to divert water would be met with full force", "Iran\'s response will be considerably more severe": warnings of force are threats by whoever gives them; "was met with skepticism", "the response from voters was strong" threaten no one', () => {
  const met = find(events('Pakistan\'s National Security Committee said any attempt to stop or divert water belonging to Pakistan would be met with "full force."'), 'THREATEN');
  assert.deepEqual([met.actor?.country, met.mode, met.cameo, met.status], ['PAK', 'violence', '138', 'threatened']);
  const severe = find(events('Should the Israeli regime make another mistake, Iran\'s response will be considerably more severe.'), 'THREATEN');
  assert.deepEqual([severe.actor?.country, severe.target?.country], ['IRN', 'ISR']);
  assertNoEvents(['The proposal was met with skepticism.', 'The response from voters was strong.', 'Putin will meet with Xi in Beijing.'], 'THREATEN');
});

test('"agreed to stop attacks on energy facilities" agrees, "called on Trump to stop attacking Machado" requests, "threatened to suspend cooperation" still threatens: a frame around an act it stops codes itself, and the stopped act\'s victims are not its side', () => {
  const agreed = find(events('Russia agreed to stop attacks on energy facilities.'), 'AGREE');
  assert.deepEqual([agreed.actor?.country, agreed.target, agreed.cameo], ['RUS', null, '030']);
  assertNoEvents(['Russia agreed to stop attacks on energy facilities.'], 'THREATEN');
  assert.equal(find(events('Palmieri called on Trump to stop attacking Machado.'), 'REQUEST').target?.name, 'Donald Trump');
  assert.equal(find(events('Iran threatened to suspend cooperation with the IAEA.'), 'THREATEN').target?.name, 'International Atomic Energy Agency');
});

test('"the government\'s negotiating team", "his negotiating skills", "Russia\'s negotiating position": an -ing word naming a kind of team or skill is no talks; "were negotiating a ceasefire" still is', () => {
  assertNoEvents(['Otty Patino, the head of the government\'s negotiating team, spoke on Monday.', 'Trump boasted of his negotiating skills.', 'That undermined Russia\'s negotiating position.'], 'CONSULT');
  assert.equal(find(events('Israel and Hamas were negotiating a ceasefire in Cairo.'), 'CONSULT').trigger.text, 'negotiating');
});

test('"Imamoglu, Erdogan\'s main rival, denies the charges", "Rendell, a former Democratic governor of Pennsylvania, said …": the name an apposition describes acts, not its owner or its head noun', () => {
  assert.equal(find(events('Ekrem Imamoglu, Erdogan\'s main rival, denied the charges.'), 'REJECT').actor?.name, 'Ekrem Imamoglu');
  assert.equal(find(events('Ekrem Imamoglu, the mayor of Istanbul, denied the charges.'), 'REJECT').actor?.name, 'Ekrem Imamoglu');
  assert.equal(find(events('Martha Allen, a Sanders delegate from Vermont, criticized the state\'s gun laws.'), 'ACCUSE').actor?.name, 'Martha Allen');
});

test('"called the arrest a serious setback", "called the arrest of the mayor unacceptable": a deed named and judged is not done by whoever judges it; "called a strike for Monday" still calls one', () => {
  assertNoEvents(['Germany\'s foreign ministry called the arrest a serious setback for democracy in Turkey.', 'Germany called the arrest of the mayor unacceptable.'], 'COERCE');
  assert.equal(find(events('The union called a strike of teachers for Monday.'), 'PROTEST').actor?.name, 'union');
  assertNoEvents(['Aid groups said the arrests had made it nearly impossible to operate in Houthi-held areas.', 'Aid workers were evacuated.'], 'AID');
});

test('"fired tear gas and rubber bullets on Sunday to disperse tens of thousands of protesters": the crowd past its count, further on', () => {
  const e = find(events('Turkish police fired tear gas and rubber bullets on Sunday to disperse tens of thousands of protesters who gathered outside Istanbul\'s city hall.'), 'ASSAULT');
  assert.deepEqual([e.mode, e.target?.name], ['crowd-control', 'protesters']);
  assert.equal(find(events('Police fired tear gas to disperse tens of thousands of protesters in Istanbul.'), 'ASSAULT').target?.name, 'protesters');
});

test('what is cut off gives the CAMEO code: talks halted 164, mediation 165, aid 162, relations 161, other ties 160', () => {
  const codes = (s: string) => [...new Set(events(s).filter((e) => e.type === 'SANCTION').map((e) => e.cameo))];
  assert.deepEqual(codes('Colombia suspended peace talks with the ELN on Friday.'), ['164']);
  assert.deepEqual(codes('The government ended negotiations with the rebels.'), ['164']);
  assert.deepEqual(codes('Qatar suspended its mediation between Israel and Hamas.'), ['165']);
  assert.deepEqual(codes('The United States halted military aid to Ukraine.'), ['162']);
  assert.deepEqual(codes('Niger suspended relations with France.'), ['161']);
  assert.deepEqual(codes('Niger ended military cooperation with France.'), ['160']);
});

test('"“The people of Arauca are paying the price,” said … . Venezuela … offered to keep hosting the talks": a deed told outside quotation marks takes no side from the quoted words of the sentence before', () => {
  const evs = events('Human rights groups urged both sides to protect civilians. “The people of Arauca are once again paying the price,” said Juan Pappier of Human Rights Watch. Venezuela\'s foreign ministry said it regretted the decision and offered to keep hosting the talks.');
  const offer = find(evs, 'AGREE');
  assert.equal(offer.actor?.name, 'Venezuela');
  assert.equal(offer.target, null);
});

test('"troops had been ordered to intensify operations", "Libyan army troops were deployed": a force moved in the passive is its side\'s own, no target (nor one from the sentence before); troops ordered are a military mobilisation, police a police one', () => {
  const evs = events('Putin ordered troops to the border with Ukraine. The defense ministry said troops had been ordered to intensify operations in the border region. Police were ordered to patrol the streets. Libyan army troops were deployed.');
  const moves = evs.filter((e) => e.type === 'MOBILIZE');
  assert.deepEqual(moves.map((e) => [e.mode, e.cameo, e.actor?.name ?? null, e.target?.name ?? null]), [
    ['troops', '154', 'Vladimir Putin', 'Ukraine'], ['troops', '154', 'troops', null], ['police', '153', 'Police', null], ['troops', '154', 'Libyan army troops', null],
  ]);
});

test('"called the arrest “a serious setback”": a deed named and judged in quoted words is no deed of the caller\'s; "ordered him held without bail", "held incommunicado since May" are detentions', () => {
  assert.ok(!events('Germany\'s foreign ministry called the arrest “a serious setback for democracy in Turkey.”').some((e) => e.type === 'COERCE'));
  assert.deepEqual(events('The judge ordered the Russian journalist held without bail.').map((e) => [e.type, e.cameo, e.actor?.name]), [['COERCE', '173', 'judge']]);
  assert.deepEqual(events('The Russian journalist has been held incommunicado since May.').map((e) => [e.type, e.target?.name]), [['COERCE', 'The Russian journalist']]);
  assert.ok(!events('Hamas held talks in Cairo.').some((e) => e.type === 'COERCE'));
});

test('"The mayor ordered police to clear the square", "deployed riot police against the protesters": police sent are the sender\'s own, like troops, and no side; whom they are sent against is', () => {
  const order = events('The mayor of Tbilisi ordered police to clear the square.').filter((e) => e.type === 'MOBILIZE');
  assert.deepEqual(order.map((e) => [e.mode, e.cameo, e.target?.name ?? null]), [['police', '153', null]]);
  const deployed = events('The government deployed riot police against the protesters.').filter((e) => e.type === 'MOBILIZE');
  assert.deepEqual(deployed.map((e) => [e.actor?.name, e.target?.name ?? null]), [['government', 'protesters']]);
});

test('"Air raid sirens sounded", "an air-raid alert": a warning of raids is no raid; "an air raid on Gaza City" is an air strike', () => {
  assertNoEvents(['Air raid sirens sounded across Ukraine overnight.', 'The air-raid alert lasted for three hours in Kyiv.', 'Residents spent the night in air raid shelters.'], 'COERCE', 'ASSAULT');
  assert.deepEqual(events('Israel carried out an air raid on Gaza City on Tuesday.').map((e) => [e.type, e.mode, e.cameo, e.actor?.name, e.target?.name]), [['ASSAULT', 'aerial', '195', 'Israel', 'Gaza']]);
  assert.deepEqual(events('Israeli forces carried out a raid on the Jenin refugee camp.').map((e) => [e.type, e.mode]), [['COERCE', 'seize']]);
});

test('"Kyiv has been the target of repeated drone attacks": a participle telling how often a deed was done is no verb taking the noun, and the subject called its target is its target', () => {
  assert.deepEqual(events('Kyiv has been the target of repeated drone attacks.').map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]), [['ASSAULT', null, 'Kyiv']]);
  // ("the potential targets of the investigation": whoever is named before them is not called a target.)
  assert.ok(events('He said the FBI has not commented on the potential targets of the investigation.').every((e) => e.target?.name !== 'Federal Bureau of Investigation'));
});

test('"a massive Russian missile and drone attack": the country of weapons coordinated before the deed\'s noun does it', () => {
  const evs = events('Sirens wailed in Kyiv as the capital came under a massive Russian missile and drone attack overnight, officials said.');
  assert.deepEqual(evs.filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.name, e.actor?.country]), [['Russia', 'RUS']]);
  // (Not a place named so before the weapons: "the Kyiv air and ground defences" do nothing.)
  assert.ok(events('Residents of Kyiv said the missile and drone attack woke them.').every((e) => e.actor?.country !== 'UKR'));
});

test('"three Chinese companies accused of supplying drone parts to Russia": the accused named before the participle does the deed charged, not the sentence\'s subject', () => {
  const aid = events('The United States sanctioned three Chinese companies accused of supplying drone parts to Russia.').find((e) => e.type === 'AID');
  assert.equal(aid?.actor?.name, 'three Chinese companies');
  assert.equal(aid?.target?.name, 'Russia');
});

test('"massed along the border with Guyana": the country on the other side of a border is the side a force is moved against', () => {
  assert.deepEqual(events('Venezuelan troops massed along the border with Guyana.').filter((e) => e.type === 'MOBILIZE').map((e) => e.target?.name), ['Guyana']);
  assert.deepEqual(events('Russia deployed troops near its border with Finland.').filter((e) => e.type === 'MOBILIZE').map((e) => [e.actor?.name, e.target?.name]), [['Russia', 'Finland']]);
});

test('"Kim Jong Un oversaw a test of a new solid-fuel missile": a weapons test named by "a test of …", overseen or guided, is a show of force (MOBILIZE weapons 150) aimed at no one named with it', () => {
  const test1 = events('Kim Jong Un oversaw a test of a new solid-fuel intercontinental ballistic missile, state media said.').filter((e) => e.type === 'MOBILIZE');
  assert.deepEqual(test1.map((e) => [e.mode, e.cameo, e.actor?.country]), [['weapons', '150', 'PRK']]);
  const withHelp = events('North Korea conducted a nuclear test with Chinese help.').filter((e) => e.type === 'MOBILIZE');
  assert.deepEqual(withHelp.map((e) => e.target?.name ?? null), [null]);
  assert.ok(!events('The drug passed a test of its safety.').some((e) => e.type === 'MOBILIZE'));
});

test('"Russia and Ukraine exchanged 95 prisoners of war": what two sides swap is part of the act, so each releases to the other', () => {
  const evs = events('Russia and Ukraine exchanged 95 prisoners of war each in a deal brokered by the United Arab Emirates.').filter((e) => e.type === 'RETREAT');
  assert.deepEqual(evs.map((e) => [e.actor?.name, e.target?.name]), [['Russia', 'Ukraine'], ['Ukraine', 'Russia']]);
  // (One side releasing names no other.)
  assert.deepEqual(events('Hamas released three hostages.').map((e) => e.target?.name ?? null), [null]);
});

test('"Chinese warships conducted live-fire drills near Taiwan" is a show of force at Taiwan; "Kenya sent 400 police officers to Haiti" a deployment; a school\'s fire drill and officers sent to a scene are neither', () => {
  assert.deepEqual(events('Chinese warships conducted live-fire drills near Taiwan.').map((e) => [e.type, e.cameo, e.target?.name]), [['MOBILIZE', '150', 'Taiwan']]);
  assert.deepEqual(events('Kenya sent 400 police officers to Haiti on Tuesday.').map((e) => [e.type, e.actor?.name, e.target?.name]), [['MOBILIZE', 'Kenya', 'Haiti']]);
  assertNoEvents(['The school held a fire drill on Monday.', 'The city sent officers to the scene.'], 'MOBILIZE');
});

test('weapons given are military aid, to the side named first or after "to"/"with": "sent Ukraine more artillery shells", "supplied Russia with drones"; not a weapon\'s name, a people\'s word or an owner', () => {
  const aid = (text: string) => events(text).filter((e) => e.type === 'AID' || e.type === 'AGREE').map((e) => [e.type, e.cameo, e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(aid('The United States sent Ukraine more artillery shells.'), [['AID', '072', 'United States', 'Ukraine']]);
  assert.deepEqual(aid('Germany gave Ukraine tanks.'), [['AID', '072', 'Germany', 'Ukraine']]);
  assert.deepEqual(aid('Iran has supplied Russia with drones, the White House said.'), [['AID', '072', 'Iran', 'Russia']]);
  assert.deepEqual(aid('North Korea has shipped artillery shells to Russia.'), [['AID', '072', 'North Korea', 'Russia']]);
  assert.deepEqual(aid('Germany will provide Ukraine with another Patriot air defense system, Chancellor Olaf Scholz announced.'), [['AGREE', '033', 'Germany', 'Ukraine']]);
  assert.deepEqual(aid('Washington will transfer Patriot missiles to Kyiv.'), [['AGREE', '033', 'Washington', 'Kyiv']]);
  assert.deepEqual(events('Russia sent North Korean troops to Kursk.').map((e) => [e.type, e.target?.name]), [['MOBILIZE', 'Kursk']]);
  // (Aid that is not arms stays aid; words for arms in other senses are none.)
  assert.deepEqual(aid('The United Nations provided food to refugees in Gaza.').map((x) => x[1]), ['070']);
  assertNoEvents(['Every time you say that, you give ammunition to the people who want to break up the big banks.', 'A rich supporter who wants to give more could shell out as much as $449,400.', 'Peabody gave Patriot 13 percent of its coal reserves.'], 'AID');
});

test('"Vladimir Putin and Kim Jong Un discussed military cooperation": talks between sides named together, each the other\'s side; one side discussing a topic is no consultation', () => {
  const talks = (text: string) => events(text).filter((e) => e.type === 'CONSULT').map((e) => [e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(talks('Vladimir Putin and Kim Jong Un discussed military cooperation.'), [['Vladimir Putin', 'Kim Jong-un'], ['Kim Jong-un', 'Vladimir Putin']]);
  // (What they discussed is the topic, not a side.)
  assert.deepEqual(talks('Xi Jinping and Joe Biden discussed Taiwan by phone on Tuesday.'), [['Xi Jinping', 'Joe Biden'], ['Joe Biden', 'Xi Jinping']]);
  assert.deepEqual(talks('Putin discussed military cooperation with Kim Jong Un.'), [['Vladimir Putin', 'Kim Jong-un']]);
  assertNoEvents(['The president discussed the economy at a rally.', 'Trump went on to discuss his opposition to the resettlement of Syrian refugees.', 'Spokesmen at the FBI and Justice Department would not discuss the investigation.', 'Thor and Beck were discussing a hypothetical situation.'], 'CONSULT');
  // (Nor a frame around one side's discussing: "Lauer asked the candidates to discuss their own ideas" is still a request.)
  assert.ok(events('NBC News moderator Matt Lauer asked the candidates to discuss their own ideas, a request not always honored.').some((e) => e.type === 'REQUEST'));
});

test('"deployed an aircraft carrier to the eastern Mediterranean", "sent warships to the South China Sea": waters are where, not a side; a continent can be one', () => {
  const ev = events('The Pentagon deployed an additional aircraft carrier to the eastern Mediterranean.').find((e) => e.type === 'MOBILIZE');
  assert.deepEqual([ev?.target, ev?.location?.name], [null, 'Mediterranean']);
  const sea = events('China sent warships to the South China Sea.').find((e) => e.type === 'MOBILIZE');
  assert.deepEqual([sea?.actor?.name, sea?.target, sea?.location?.name], ['China', null, 'South China Sea']);
  assert.equal(events('Russia deployed troops to the border with Ukraine.').find((e) => e.type === 'MOBILIZE')?.target?.name, 'Ukraine');
  assert.equal(events('That deal was already being criticized as a security threat to Europe.').find((e) => e.type === 'ACCUSE')?.target?.name, 'Europe');
});

test('"Russia moved troops to the border with Ukraine", "moved nuclear missiles into Belarus" are deployments; "moved to force a vote" is none', () => {
  assert.deepEqual(events('Russia moved troops to the border with Ukraine.').map((e) => [e.type, e.cameo, e.actor?.name, e.target?.name]), [['MOBILIZE', '154', 'Russia', 'Ukraine']]);
  assert.deepEqual(events('Moscow moved nuclear missiles into Belarus.').map((e) => [e.type, e.target?.name]), [['MOBILIZE', 'Belarus']]);
  assertNoEvents(['The Senate moved to force a vote.', 'The campaign moved staff to Ohio.'], 'MOBILIZE');
});

test('a show of force to come stays a show of force, planned ("NATO will hold its largest exercise", "pledged to send 1,000 troops to Estonia"); warned of or vowed, it is a threat', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.status, e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(one('NATO will hold its largest military exercise since the Cold War, involving 90,000 troops.'), [['MOBILIZE', 'planned', 'NATO', null]]);
  assert.deepEqual(one('The United States will send 3,000 troops to Poland.'), [['MOBILIZE', 'planned', 'United States', 'Poland']]);
  assert.deepEqual(one('Britain pledged to send 1,000 troops to Estonia.'), [['MOBILIZE', 'planned', 'United Kingdom', 'Estonia']]);
  assert.deepEqual(one('China plans to send warships to the Taiwan Strait.').map((e) => e.slice(0, 2)), [['MOBILIZE', 'planned']]);
  assert.deepEqual(one('Russia warned it would deploy nuclear missiles to Kaliningrad.').map((e) => e.slice(0, 3)), [['THREATEN', 'threatened', 'Russia']]);
  assert.deepEqual(one('Russia vowed to deploy troops to the border.').map((e) => e.slice(0, 1)), [['THREATEN']]);
  // (Other acts of force to come are still threats: "will strike back" is no plan of a strike.)
  assert.deepEqual(one('Iran said it would strike Israel.').map((e) => e[0]), ['THREATEN']);
});

test('"filed a diplomatic protest against China" is a complaint (ACCUSE 114), as "lodged a protest" is; a crowd\'s protest stays one', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.cameo, e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(one('The Philippines filed a diplomatic protest against China over the water cannon incident.'), [['ACCUSE', '114', 'Philippines', 'China']]);
  assert.deepEqual(one('Japan filed a protest with China.'), [['ACCUSE', '114', 'Japan', 'China']]);
  assert.deepEqual(one('China issued a formal protest to Japan.'), [['ACCUSE', '114', 'China', 'Japan']]);
  assert.deepEqual(one('Thousands joined a protest against the government in Tbilisi.').map((e) => e[0]), ['PROTEST']);
});

test('"Azerbaijan launched a military operation in Nagorno-Karabakh": a military operation launched is an attack; operations in general are none', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.cameo, e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(one('Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday.'), [['ASSAULT', '190', 'Azerbaijan', 'Nagorno-Karabakh']]);
  assert.deepEqual(one('Turkey launched a military operation against Kurdish militants in northern Syria.'), [['ASSAULT', '190', 'Türkiye', 'Kurdish militants']]);
  assertNoEvents(['France and Germany unveiled a proposal to run E.U. military operations.', 'When it comes to military operations, it is very cheap.', 'Police launched a rescue operation.'], 'ASSAULT');
});

test('"Protesters stormed the parliament building": a crowd storming a place riots (PROTEST 145); gunmen or troops storming it attack', () => {
  assert.deepEqual(events('Protesters stormed the parliament building in Nairobi, setting part of it on fire.').map((e) => [e.type, e.mode, e.cameo]), [['PROTEST', 'riot', '145']]);
  assert.deepEqual(events('A mob stormed the U.S. Capitol on January 6.').map((e) => [e.type, e.mode]), [['PROTEST', 'riot']]);
  assert.deepEqual(events('Gunmen stormed a hotel in Mogadishu.').map((e) => e.type), ['ASSAULT']);
  assert.deepEqual(events('Israeli troops stormed the al-Shifa hospital.').map((e) => e.type), ['ASSAULT']);
});

test('"Sudan\'s army and the Rapid Support Forces agreed to a ceasefire": a state\'s side and an armed group of the same country are each other\'s side, and two events', () => {
  const sides = (text: string) => events(text).map((e) => [e.type, e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(sides('Sudan\'s army and the Rapid Support Forces agreed to a ceasefire.'), [['AGREE', 'Sudan', 'Rapid Support Forces'], ['AGREE', 'Rapid Support Forces', 'Sudan']]);
  assert.deepEqual(sides('Sudan and the Rapid Support Forces agreed to a ceasefire.').map((e) => e[2]), ['Rapid Support Forces', 'Sudan']);
  // (Two parties of one country are not each other's side for that: "Democrats and Republicans agreed to a deal".)
  assert.ok(sides('Democrats and Republicans agreed to a budget deal.').every((e) => e[2] === null));
});

test('"fired a barrage of cruise missiles toward the Yellow Sea" is a show of force like "into the sea"; "a barrage of rockets toward northern Israel" an attack on Israel', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.cameo, e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(one('North Korea fired a barrage of cruise missiles toward the Yellow Sea on Sunday.'), [['MOBILIZE', '150', 'North Korea', null]]);
  assert.deepEqual(one('North Korea fired two ballistic missiles toward the sea off its east coast.'), [['MOBILIZE', '150', 'North Korea', null]]);
  assert.deepEqual(one('Hezbollah fired a barrage of rockets toward northern Israel.'), [['ASSAULT', '195', 'Hezbollah', 'Israel']]);
  assert.deepEqual(one('Hamas launched a salvo of rockets toward Tel Aviv.'), [['ASSAULT', '195', 'Hamas', 'Tel Aviv']]);
});

test('"It wants to show that sanctions have failed": a frame does not reach past a verb of its own into the clause "that" opens; "wants to make sure that" does', () => {
  assertNoEvents(['It wants to show that sanctions have failed.'], 'SANCTION');
  assert.ok(events('The president wants to make sure that sanctions are imposed on Iran.').some((e) => e.type === 'SANCTION' && e.status === 'hypothetical' && e.target?.name === 'Iran'));
});

test('"“We will strike back,” Iran\'s foreign minister said" is a threat of force; "will strike back at his critics" answers in words', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.status, e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(one('"We will strike back," Iran\'s foreign minister said.'), [['THREATEN', 'threatened', 'Iran', null]]);
  assert.deepEqual(one('Israel will strike back at Hezbollah.'), [['THREATEN', 'threatened', 'Israel', 'Hezbollah']]);
  assertNoEvents(['Trump will strike back at his critics.', 'Clinton strikes back at Trump over taxes.']);
});

test('"in the city of Dnipro", "captured the eastern Congolese city of Goma", "struck the southern Lebanese town of Nabatieh": the place is the name after the kind of place', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null, e.location?.name ?? null]);
  assert.deepEqual(one('At least five people were killed in the city of Dnipro, the governor said.').map((e) => e[3]), ['Dnipro']);
  assert.deepEqual(one('Rebels captured the eastern Congolese city of Goma on Monday.').map((e) => e[2]), ['Goma']);
  assert.deepEqual(one('Israel struck the southern Lebanese town of Nabatieh.'), [['ASSAULT', 'Israel', 'Nabatieh', null]]);
  assert.deepEqual(one('Russia struck the city of Kharkiv overnight.').map((e) => e[2]), ['Kharkiv']);
  assertNoEvents(['The candidate struck a deal with the union.', 'A hurricane struck the southern Texas town of Rockport.'], 'ASSAULT');
});

test('"Ukrainian forces pushed back Russian troops", "repelled a Russian attack": fighting off a force is a use of force against its side', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.actor?.country ?? null, e.target?.country ?? null, e.location?.name ?? null]);
  assert.deepEqual(one('Ukrainian forces pushed back Russian troops near the town of Chasiv Yar.'), [['ASSAULT', 'UKR', 'RUS', 'Chasiv Yar']]);
  assert.deepEqual(one('Ukrainian forces repelled a Russian attack near Bakhmut.').map((e) => e.slice(0, 3)), [['ASSAULT', 'UKR', 'RUS']]);
  assertNoEvents(['The Senate pushed back the vote.', 'Republicans pushed back against the plan.', 'The company repelled a hostile takeover bid.']);
});

test('a title-case headline\'s base-form verb after two names joined by "and" or a plural noun is its verb: "Bolton and Gorka Slam …", "Protestors Demand Faster Action …", "Hundreds Rally in Capital …"', () => {
  const types = (text: string) => events(text).map((e) => e.type);
  assert.ok(types('Poland and Belarus Sign Trade Agreement.').includes('SUPPORT'));
  assert.ok(types('Protestors Demand Faster Action on Unemployment, Inflation.').includes('REQUEST'));
  assert.ok(types('Hundreds Rally in Capital over Recent Election Violence.').includes('PROTEST'));
  const slam = events('Bolton and Gorka Slam Neocons For Hillary.\n\nFormer U.N. ambassador John Bolton and Sebastian Gorka spoke on Breitbart radio on Monday.', '2016-05-05');
  assert.deepEqual(slam.filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.name, e.target?.name]), [['John Bolton', 'Neocons']]);
  // (Not a name that ends in -s: "United States" is no plural subject.)
  assertNoEvents(['United States Sign Language Interpreters Gather in Ohio.']);
});

test('a headline\'s present tense after a plural subject opening it: "Foreign hackers target government network", "Dozens march in downtown demonstration", "War planes pummel rebel positions"', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.mode]);
  assert.deepEqual(one('Foreign hackers target government network in Egypt.'), [['COERCE', 'cyber']]);
  assert.deepEqual(one('Dozens march in downtown demonstration.'), [['PROTEST', 'demo']]);
  assert.deepEqual(one('War planes pummel rebel positions in Poland.'), [['ASSAULT', 'heavy-weapons']]);
  assertNoEvents(['Trump pummeled Clinton in the debate.', 'Police station in Lyon burned.']);
  // (Workers striking are on strike, not attacking: no preposition reading for "strike".)
  assert.ok(!events('Workers strike at car plant.').some((e) => e.type === 'ASSAULT'));
});

test('"A Russian missile hit an apartment building in Dnipro", "A Russian drone struck a residential building in Kharkiv": a weapon\'s strike on any building is an attack by its side', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.actor?.country ?? null, e.target?.name ?? null, e.location?.name ?? null]);
  assert.deepEqual(one('A Russian missile hit an apartment building in Dnipro.'), [['ASSAULT', 'RUS', 'Dnipro', 'Dnipro']]);
  assert.deepEqual(one('A Russian drone struck a residential building in Kharkiv.'), [['ASSAULT', 'RUS', 'Kharkiv', 'Kharkiv']]);
  assert.deepEqual(one('A Russian missile hit Ukraine\'s energy grid.').map((e) => e.slice(0, 3)), [['ASSAULT', 'RUS', 'Ukraine']]);
  assertNoEvents(['The strike hit a nerve with voters.', 'The bomb hit a nerve.', 'The storm hit a school in Texas.']);
});

test('"Saudi Arabia, Jordan and the United Arab Emirates condemned the strikes": several states answer the strikes told before as one does; "struck targets across Gaza" is in Gaza', () => {
  const evs = events('Israel\'s military said its aircraft struck more than 50 targets across Gaza overnight. Gaza\'s Health Ministry said at least 34 people were killed.\n\nSaudi Arabia, Jordan and the United Arab Emirates condemned the strikes.');
  assert.deepEqual(evs.filter((e) => e.type === 'ASSAULT' && e.actor).map((e) => [e.actor?.country, e.location?.name]), [['ISR', 'Gaza']]);
  assert.deepEqual(evs.filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.name, e.target?.country]), [['Saudi Arabia', 'ISR'], ['Jordan', 'ISR'], ['United Arab Emirates', 'ISR']]);
});

test('"The U.N. called for an end to the fighting in Sudan", "a pause in fighting": a call to stop fighting is a request, not a reproach', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.actor?.name ?? null]);
  assert.deepEqual(one('The U.N. called for an end to the fighting in Sudan.'), [['REQUEST', 'United Nations']]);
  assert.deepEqual(one('Egypt called for a pause in the fighting in Gaza.'), [['REQUEST', 'Egypt']]);
  assert.deepEqual(one('France called for a halt to the attacks on civilians.').map((e) => e[0]), ['REQUEST']);
  // (As a call on a side to stop is: "called on Russia to stop attacking civilians".)
  assert.deepEqual(events('The U.N. called on Russia to stop attacking civilians.').map((e) => [e.type, e.target?.name]), [['REQUEST', 'Russia']]);
});

test('"Niger\'s junta ordered French troops to leave the country" expels them (SANCTION 166) as ordering diplomats out does; "agreed to extend its sanctions" imposes them, no threat', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.cameo, e.actor?.name ?? null, e.target?.country ?? null]);
  assert.deepEqual(one('Niger\'s junta ordered French troops to leave the country.'), [['SANCTION', '166', 'Niger', 'FRA']]);
  assert.deepEqual(one('The general ordered his troops to withdraw from the city.').map((e) => e[0]), ['RETREAT']);
  assert.deepEqual(one('The European Union agreed to extend its sanctions against Russia for another six months.'), [['SANCTION', '163', 'European Union', 'RUS']]);
  assert.deepEqual(one('The EU threatened to impose sanctions on Belarus.').map((e) => e[0]), ['THREATEN']);
});

test('"The European Union plans to impose sanctions on Belarus": a frame\'s -s form after a name or a body is its verb, so the plan has its actor; "Trump\'s plans to …" stays a noun', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]);
  assert.deepEqual(one('The European Union plans to impose sanctions on Belarus.'), [['THREATEN', 'European Union', 'Belarus']]);
  assert.deepEqual(one('The Obama administration plans to send troops to Iraq.'), [['MOBILIZE', 'Obama administration', 'Iraq']]);
  assertNoEvents(['Trump\'s plans to build a wall drew criticism.']);
});

test('"Hungary blocked a new EU aid package for Ukraine": the blocking is a refusal, and the act named as what someone blocked did not happen', () => {
  assert.deepEqual(events('Hungary blocked a new EU aid package for Ukraine.').map((e) => [e.type, e.status, e.actor?.country, e.target?.name]),
    [['REJECT', 'actual', 'HUN', 'European Union'], ['AID', 'negated', null, 'Ukraine']]);
  // ("sanctions" after a name is read as a headline's verb too; what was blocked still did not happen.)
  assert.deepEqual(events('Hungary vetoed new EU sanctions against Russia.').map((e) => [e.type, e.status]), [['REJECT', 'actual'], ['SANCTION', 'negated']]);
  assert.ok(!events('Republicans blocked sanctions on Russia.').some((e) => e.type === 'SANCTION' && e.status === 'actual'));
  assert.deepEqual(events('The EU sent a new aid package to Ukraine.').map((e) => [e.type, e.status]), [['AID', 'actual']]);
});

test('"Russia Launches Massive Attack on Ukraine": in a title-case headline a capitalised deed after another capitalised word is the deed unless a name holds it; "Trump Addresses Munich Attack" is a topic', () => {
  assert.deepEqual(events('Russia Launches Massive Attack on Ukraine.').map((e) => [e.type, e.actor?.name, e.target?.name]), [['ASSAULT', 'Russia', 'Ukraine']]);
  assertNoEvents(['Trump Addresses Munich Attack: This Cannot Continue.', 'Eastern Economic Forum Opens in Vladivostok.']);
});

test('"Pakistan and Afghanistan exchanged fire at a border crossing, killing four soldiers": the two sides fight each other, the killed are no side; "traded artillery fire" is the same fight', () => {
  const sides = (text: string) => events(text).filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.name, e.target?.name ?? null]);
  assert.deepEqual(sides('Pakistan and Afghanistan exchanged fire at a border crossing, killing four soldiers.'), [['Pakistan', 'Afghanistan'], ['Afghanistan', 'Pakistan']]);
  assert.deepEqual(sides('India and Pakistan traded artillery fire across the Line of Control, wounding three civilians.'), [['India', 'Pakistan'], ['Pakistan', 'India']]);
  assert.deepEqual(sides('Israeli troops traded fire with Hezbollah fighters.'), [['Israeli troops', 'Hezbollah']]);
  // (One side's strike keeps whom it killed; candidates trading shots fight no one.)
  assert.deepEqual(sides('Israeli jets struck a building in Gaza, killing 12 people.').map((x) => x[1]), ['12 people']);
  assertNoEvents(['The candidates traded shots over the economy.'], 'ASSAULT');
});

test('"Turkey warned that protesters would be arrested": an authority warning of an arrest no one is named as making threatens it itself; "Ukraine warned that civilians would be killed" is no threat of Ukraine\'s', () => {
  assert.deepEqual(events('Turkey warned that protesters would be arrested.').map((e) => [e.type, e.actor?.name, e.target?.name]), [['THREATEN', 'Türkiye', 'protesters']]);
  assert.deepEqual(events('The interior ministry warned protesters would be detained.').map((e) => [e.type, e.actor?.name]), [['THREATEN', 'interior ministry']]);
  assert.ok(events('Ukraine warned that civilians would be killed.').every((e) => e.actor?.name !== 'Ukraine'));
});

test('"Turkish police fire tear gas as protests … spread", "Brazilian police charge the American swimmer with …": a base form the tagger read as a noun after a plural force opening the sentence is its verb', () => {
  const fire = find(events('Turkish police fire tear gas as protests over jailed Istanbul mayor spread'), 'ASSAULT');
  assert.deepEqual([fire.actor?.name, fire.trigger.text, fire.mode], ['Turkish police', 'fire', 'crowd-control']);
  const charge = find(events('Brazilian police charge the American swimmer with filing a false robbery report.'), 'ACCUSE');
  assert.equal(charge.actor?.name, 'Brazilian police');
  assert.deepEqual(events('Police fire department budget grows.'), []);
});

test('"vowed to keep fighting the government\'s spending cuts", "vowed to fight the new tax": a measure fought is no threat of force; "vowed to keep fighting Russian forces" is', () => {
  assert.ok(!events('Peronist leader Axel Kicillof conceded defeat but vowed to keep fighting the government\'s spending cuts.').some((e) => e.type === 'THREATEN'));
  assert.ok(!events('The mayor vowed to fight the new tax.').some((e) => e.type === 'THREATEN' || e.type === 'ASSAULT'));
  assert.equal(find(events('Ukraine vowed to keep fighting Russian forces.'), 'THREATEN').target?.name, 'Russian forces');
});

test('"Greenland was a target of influence campaigns": the subject suffers the deed the noun names, no one named does it; "the target of a Russian missile attack" keeps the attacker the noun\'s words name', () => {
  const campaign = events('Danish intelligence said that Greenland was a target of influence campaigns.').find((e) => e.type === 'COERCE');
  assert.deepEqual([campaign?.actor ?? null, campaign?.target?.name], [null, 'Greenland']);
  const attack = find(events('Ukraine was the target of a Russian missile attack on Monday.'), 'ASSAULT');
  assert.equal(attack.actor?.country, 'RUS');
  assert.equal(attack.target?.name, 'Ukraine');
});

test('"Kyiv faced repeated drone attacks", "Ukraine suffered Russian airstrikes overnight": the subject of face, suffer or endure is the target of the deed the noun names', () => {
  assert.deepEqual(events('Kyiv faced repeated drone attacks.').map((e) => [e.type, e.actor?.name ?? null, e.target?.name]), [['ASSAULT', null, 'Kyiv']]);
  assert.deepEqual(events('Ukraine suffered Russian airstrikes overnight.').map((e) => [e.type, e.actor?.name, e.target?.name]), [['ASSAULT', 'Russia', 'Ukraine']]);
});

test('"repelled an attack by Hezbollah fighters", "condemned the attack by Russian forces on Kharkiv": the doer of the deed a response names is its target, not the place struck', () => {
  const side = (e: Event) => [e.type, e.actor?.country ?? null, e.target?.name ?? null];
  assert.deepEqual(side(find(events('Israel repelled an attack by Hezbollah fighters.'), 'ASSAULT')), ['ASSAULT', 'ISR', 'Hezbollah']);
  assert.deepEqual(side(find(events('The army pushed back an offensive by the rebels.'), 'ASSAULT')).slice(2), ['rebels']);
  assert.deepEqual(side(find(events('Ukraine condemned the attack by Russian forces on Kharkiv.'), 'ACCUSE')), ['ACCUSE', 'UKR', 'Russian forces']);
  // The deed's own event keeps the place it struck.
  const evs = events('Russia retaliated for an attack by Ukrainian drones on Moscow.');
  assert.equal(evs.find((e) => e.trigger.text === 'retaliated')?.target?.country, 'UKR');
  assert.equal(evs.find((e) => e.trigger.text === 'attack')?.target?.name, 'Moscow');
});

test('"A militant group claimed responsibility", "An extremist group attacked": an armed group named by its kind is a rebel side of no country', () => {
  const bombing = find(events('An extremist group claimed responsibility for the suicide bombing.'), 'ASSAULT');
  assert.deepEqual([bombing.actor?.name, bombing.actor?.sector, bombing.actor?.country], ['extremist group', 'REB', null]);
  assert.equal(find(events('An armed group attacked a police station.'), 'ASSAULT').actor?.sector, 'REB');
  assert.equal(events('The advocacy group criticized the government.').find((e) => e.type === 'ACCUSE')?.actor?.sector ?? null, null);
});

test('"to 5% of GDP", "tested ICBMs": an abbreviation of a thing is no side; an ICBM is a missile', () => {
  const pledge = find(events('NATO allies pledged to raise defense spending to 5% of GDP.'), 'AGREE');
  assert.equal(pledge.target, null);
  for (const text of ['North Korea tested ICBMs.', 'Pyongyang fired an ICBM into the sea.', 'North Korea launched an ICBM.']) {
    const e = find(events(text), 'MOBILIZE', 'PRK');
    assert.deepEqual([e.cameo, e.target], ['150', null], text);
  }
  assert.equal(find(events('Russia fired an ICBM at Dnipro.'), 'ASSAULT', 'RUS').target?.name, 'Dnipro');
});

test('"called for a ceasefire after Russia vetoed it": past the object, a clause of when has a subject of its own, no side of the call; "sued after Ohio eliminated …" still names its side there', () => {
  const call = find(events('The council called for a ceasefire after Russia vetoed it.'), 'REQUEST');
  assert.equal(call.target, null);
  assert.notEqual(find(events('The Security Council called for a ceasefire in Gaza after the United States abstained.'), 'REQUEST').target?.country, 'USA');
  assert.equal(find(events('Russia attacked Ukraine after the talks failed.'), 'ASSAULT').target?.country, 'UKR');
  assert.equal(find(events('Democrats sued after Ohio eliminated early voting.'), 'ACCUSE').target?.name, 'Ohio');
});

test('"The RSF captured El Fasher", "Russian troops advanced toward Pokrovsk", "Ukraine liberated Kherson": taking or moving on a place by force is an attack on it; "captured the nomination", "the bill advanced" are none', () => {
  const side = (text: string) => { const e = find(events(text), 'ASSAULT'); return [e.actor?.name, e.target?.name, e.cameo]; };
  assert.deepEqual(side('The RSF captured El Fasher.'), ['Rapid Support Forces', 'El Fasher', '190']);
  assert.deepEqual(side('The Taliban captured Kabul.'), ['Taliban', 'Kabul', '190']);
  assert.deepEqual(side('Russian troops advanced toward Pokrovsk.'), ['Russian troops', 'Pokrovsk', '190']);
  assert.deepEqual(side('M23 rebels advanced on Goma.'), ['M23', 'Goma', '190']);
  assert.deepEqual(side('Ukraine liberated Kherson in November.'), ['Ukraine', 'Kherson', '190']);
  assertNoEvents(['Trump captured the nomination.', 'Clinton captured Iowa.', 'The bill advanced to the Senate.', 'Shares advanced on Tuesday.']);
});

test('"Hamas fighters captured the town": a past form with an object after it and no "be" before it is active, not a passive whose object stands before it', () => {
  const evs = events('Hamas fighters captured the town.');
  assert.ok(!evs.some((e) => e.type === 'COERCE' && e.target?.name === 'Hamas'), JSON.stringify(evs.map((e) => [e.type, e.target?.name])));
  assert.equal(find(evs, 'ASSAULT').actor?.name, 'Hamas');
  assert.equal(find(events('Hamas fighters captured two soldiers.'), 'COERCE').target?.name, 'two soldiers');
  assert.equal(find(events('Sanctions imposed by the EU hurt Russia.'), 'SANCTION').actor?.sector, 'IGO');
});

test('"Syria used chemical weapons": a verb the noun\'s entry names before it, after a subject or an auxiliary, hands the deed to the subject; not "in preparation for renewed offensive" nor "were granted access"', () => {
  const used = find(events('Syria used chemical weapons against civilians.'), 'ASSAULT');
  assert.deepEqual([used.cameo, used.actor?.country], ['2041', 'SYR']);
  assert.equal(find(events('Assad\'s forces have repeatedly used chemical weapons.'), 'ASSAULT').cameo, '2041');
  assert.ok(!events('Mexico Army Calls Upon Conscripts in Preparation for Renewed Offensive.').some((e) => e.type === 'ASSAULT'));
  assert.ok(!events('A spokesman called a report suggesting donors were granted greater access to the State Department “outrageous.”').some((e) => e.type === 'RETREAT'));
});

test('"Ukraine said Russia had used chemical weapons, a claim Moscow rejected": the rejection answers whoever made the claim; "executed prisoners, an accusation Moscow denied" does not make Moscow the one executed', () => {
  const rejected = find(events('Ukraine said Russia had used chemical weapons near Bakhmut, a claim Moscow rejected.'), 'REJECT');
  assert.deepEqual([rejected.actor?.country, rejected.target?.country], ['RUS', 'UKR']);
  const executed = find(events('Kyiv said Russian troops had executed prisoners, an accusation Moscow denied.'), 'ASSAULT');
  assert.equal(executed.target, null);
});

test('"Saudi Arabia and Iran restored relations": ties two sides named together restore or cut are with each other; "restricted exports of chips to China" is a sanction; "lobbied Congress for more aid" asks for it', () => {
  const pairs = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => [e.actor?.country, e.target?.country]);
  assert.deepEqual(pairs('Saudi Arabia and Iran restored relations.', 'SUPPORT'), [['SAU', 'IRN'], ['IRN', 'SAU']]);
  assert.deepEqual(pairs('Russia and Ukraine severed relations.', 'SANCTION'), [['RUS', 'UKR'], ['UKR', 'RUS']]);
  assert.deepEqual(pairs('The United States and Britain restored ties with Cuba.', 'SUPPORT'), [['USA', 'CUB'], ['GBR', 'CUB']]);
  assert.deepEqual(pairs('Washington restricted exports of advanced chips to China.', 'SANCTION'), [['USA', 'CHN']]);
  assert.deepEqual(events('The city restricted sales of alcohol.'), []);
  const lobbied = events('Zelensky lobbied Congress for more aid.');
  assert.deepEqual(lobbied.map((e) => [e.type, e.target?.country]), [['REQUEST', 'USA']]);
  assert.ok(!events('Republican business leaders and their lobbying groups push for free trade.').some((e) => e.trigger.text === 'lobbying'));
});

test('", an allegation Kyiv denied": the object before its own subject is a relative clause, not a participle, and the denial answers whoever made the allegation; the allegation named in apposition is no event of its own', () => {
  const evs = events('Russia accused Ukraine of attacking the Kremlin, an allegation Kyiv denied.');
  const denied = find(evs, 'REJECT');
  assert.deepEqual([denied.actor?.country, denied.target?.country], ['UKR', 'RUS']);
  assert.ok(!evs.some((e) => e.trigger.text === 'allegation'));
  assert.deepEqual(events('The curfew imposed in Sudan ended.').filter((e) => e.type === 'COERCE'), []);
  assert.ok(!events('A national poll released Sunday by The Washington Post shows Trump ahead.').some((e) => e.type === 'RETREAT'));
});

test('"would take “resolute countermeasures”" is a threat; "blew himself up" is a suicide attack, no property destroyed', () => {
  assert.equal(find(events('China said it would take "resolute countermeasures."'), 'THREATEN').actor?.country, 'CHN');
  const evs = events('A suicide bomber blew himself up at a checkpoint in Mogadishu, killing five soldiers.');
  assert.ok(!evs.some((e) => e.type === 'COERCE'), JSON.stringify(evs.map((e) => e.type)));
  assert.equal(find(evs, 'ASSAULT').cameo, '1831');
  const man = find(events('A Syrian man blew himself up outside a German concert hall.'), 'ASSAULT');
  assert.deepEqual([man.cameo, man.actor?.country], ['1831', 'SYR']);
  assert.equal(find(events('Militants blew up a bridge.'), 'COERCE').cameo, '1712');
});

test('title-case headlines: capitalised common words are no sides ("Fires Ballistic Missile", "Accepts Ceasefire Proposal"), names the KB or a given name vouches for and plural kinds of people are ("Putin and Kim Sign …", "Urges Allies"); "Strikes Iran in Retaliation for …" is an attack', () => {
  const sides = (text: string) => events(text).map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]);
  assert.deepEqual(sides('North Korea Fires Ballistic Missile Into Sea of Japan'), [['MOBILIZE', 'North Korea', null]]);
  assert.deepEqual(sides('Hamas Accepts Ceasefire Proposal, Israel Says Talks Continue'), [['AGREE', 'Hamas', null]]);
  assert.deepEqual(sides('EU Agrees to Open Membership Talks With Ukraine'), [['AGREE', 'European Union', 'Ukraine']]);
  assert.deepEqual(sides('Zelensky Urges Allies to Speed Up Weapons Deliveries'), [['REQUEST', 'Volodymyr Zelensky', 'Allies']]);
  assert.deepEqual(sides('Putin and Kim Sign Mutual Defense Pact'), [['SUPPORT', 'Vladimir Putin', 'Kim'], ['SUPPORT', 'Kim', 'Vladimir Putin']]);
  assert.deepEqual(sides('Benghazi Widow Dorothy Woods Defends Trump Amid Controversies').map((x) => x[1]), ['Benghazi Widow Dorothy Woods']);
  assert.deepEqual(sides('Israel Strikes Iran in Retaliation for Missile Barrage'), [['ASSAULT', 'Israel', 'Iran']]);
  assert.equal(find(events('Teachers struck for better pay.'), 'PROTEST').cameo, '143');
});

test('"Iranian-backed militias", "Iran-backed militias": the backer of armed men is not their side; "the Saudi-led coalition" is the Saudis\', "a Johnson-backed lawsuit" still Johnson\'s', () => {
  const actorOf = (text: string) => find(events(text), 'ASSAULT').actor;
  assert.notEqual(actorOf('Iranian-backed militias attacked U.S. bases in Iraq.')?.country, 'IRN');
  assert.deepEqual([actorOf('Iran-backed militias attacked U.S. bases.')?.name, actorOf('Iran-backed militias attacked U.S. bases.')?.sector], ['Iran-backed militias', 'REB']);
  assert.equal(actorOf('The Saudi-led coalition bombed Sanaa.')?.country, 'SAU');
});

test('"The EU is considering new sanctions", "is weighing sanctions", "is considering sending troops": what is weighed is hypothetical; "considered the strike a success", "considering a request" frame nothing', () => {
  const s = find(events('The EU is considering new sanctions on Russia.'), 'SANCTION');
  assert.deepEqual([s.status, s.actor?.sector, s.target?.country], ['hypothetical', 'IGO', 'RUS']);
  assert.equal(find(events('Washington is weighing sanctions against Beijing.'), 'SANCTION').status, 'hypothetical');
  assert.equal(find(events('The administration is considering sending troops to Poland.'), 'MOBILIZE').status, 'hypothetical');
  assertNoEvents(['Israel considered the strike a success.', 'The strike is considered a success.', 'The Justice Department is considering a request to open an investigation.']);
});

test('"air defenses had intercepted eight Ukrainian missiles": intercepting what was fired is a use of force against its side, as shooting it down is; "intercepted a shipment of cocaine" is none', () => {
  const e = find(events('Russia said its air defenses had intercepted eight Ukrainian missiles over Crimea.'), 'ASSAULT');
  assert.deepEqual([e.actor?.country, e.target?.country], ['RUS', 'UKR']);
  assertNoEvents(['Police intercepted a shipment of cocaine.', 'Intelligence agencies intercepted phone calls.']);
});

test('after an air attack: "the strikes" are that attack, no walkout, and the White House condemning "the attack" answers the attacker, not the side that shot the missiles down', () => {
  const text = 'Russia launched one of its largest aerial assaults of the war overnight, firing more than 100 missiles at cities across Ukraine.\n\n'
    + 'Ukraine\'s air force said it had shot down 87 of the missiles. The strikes hit a maternity hospital in Dnipro.\n\n'
    + 'The Kremlin did not comment on the strikes.\n\nIn Washington, the White House condemned the attack.';
  const evs = events(text);
  assert.ok(!evs.some((e) => e.type === 'PROTEST'), JSON.stringify(evs.map((e) => [e.type, e.trigger.text])));
  assert.equal(find(evs, 'ACCUSE', 'USA').target?.country, 'RUS');
  assert.equal(find(events('Workers launched a general strike on Monday.'), 'PROTEST').cameo, '143');
  // (Shooting someone is no fending off: the investigation answers the shooters.)
  assert.equal(find(events('Police shot a man in Tulsa. The Justice Department is investigating the shooting.'), 'ACCUSE').target?.name, 'Police');
});

test('"A Moscow court found the journalist guilty", "Gershkovich was found guilty": found guilty is a conviction, its subject in a passive the one convicted', () => {
  const active = find(events('A Russian court found Evan Gershkovich guilty of espionage.'), 'SANCTION');
  assert.deepEqual([active.actor?.country, active.target?.name, active.mode], ['RUS', 'Evan Gershkovich', 'convict']);
  const passive = find(events('Gershkovich was found guilty of espionage.'), 'SANCTION');
  assert.deepEqual([passive.actor ?? null, passive.target?.name], [null, 'Gershkovich']);
  assertNoEvents(['Investigators found the documents in a safe.']);
});

test('"The hospital was hit by a Russian missile": hit or struck by a weapon is an attack by the weapon\'s side; a wave of resignations, an earthquake or fears hit no one', () => {
  const e = find(events('The hospital was hit by a Russian missile.'), 'ASSAULT');
  assert.equal(e.actor?.country, 'RUS');
  assert.equal(find(events('A residential building in Kharkiv was hit by Russian drones overnight.'), 'ASSAULT').target?.country, 'UKR');
  assert.ok(find(events('The hospital was struck by a missile on Tuesday.'), 'ASSAULT'));
  assertNoEvents(['The campaign was hit by a wave of resignations.', 'The city was hit by a powerful earthquake.', 'Shares were hit by fears of a recession.']);
});

test('"Prosecutors charged three men in connection with the bombing", "brought a case against": charging people is an accusation without "with" too, and a case brought against a side is a lawsuit; batons are no charge', () => {
  assert.equal(find(events('Police charged 12 protesters after clashes in the capital.'), 'ACCUSE').target?.name, '12 protesters');
  assert.equal(find(events('Prosecutors charged three men in connection with the bombing.'), 'ACCUSE').cameo, '112');
  const suit = find(events('Ukraine filed a case against Russia at the International Court of Justice.'), 'ACCUSE');
  assert.deepEqual([suit.actor?.country, suit.target?.country, suit.cameo], ['UKR', 'RUS', '115']);
  assertNoEvents(['Riot police charged the protesters with batons.', 'The airline charged passengers a fee.', 'In this case, against all odds, the bill passed.']);
});

test('"ethnic clashes … claimed more than 100 lives" are a fight, not a quarrel; "clashes broke out between Armenian and Azerbaijani forces" pairs the two sides as "clashes between" does', () => {
  assert.ok(find(events('Ethnic clashes in Manipur have claimed more than 100 lives.'), 'ASSAULT'));
  assert.ok(!events('Ethnic clashes in Pune claimed 11 lives.').some((e) => e.type === 'ACCUSE'));
  assert.ok(find(events('Trump\'s clash with Megyn Kelly dominated the debate.'), 'ACCUSE'));
  for (const text of ['Clashes broke out between Armenian and Azerbaijani forces.', 'Deadly clashes erupted along the border between Armenia and Azerbaijan.']) {
    const pairs = events(text).filter((e) => e.type === 'ASSAULT').map((e) => `${e.actor?.country}>${e.target?.country}`).sort();
    assert.deepEqual(pairs, ['ARM>AZE', 'AZE>ARM'], text);
  }
});

test('"revoked its military cooperation agreements with France", "tore up the nuclear deal with Iran": ending an agreement reduces relations with the other party; "scrapped the plan" is none', () => {
  const e = find(events("Niger's junta revoked its military cooperation agreements with France."), 'SANCTION');
  assert.deepEqual([e.actor?.country, e.target?.country, e.cameo], ['NER', 'FRA', '160']);
  assert.ok(!events("Niger's junta revoked its military cooperation agreements with France.").some((x) => x.type === 'COOPERATE'));
  assert.deepEqual(find(events('Trump tore up the nuclear deal with Iran.'), 'SANCTION').target?.country, 'IRN');
  assertNoEvents(['Congress scrapped the plan.', 'Protesters tore down a statue of the king.']);
});

test('"Russia needs to withdraw its troops", "the need to scrap the agreement": a deed needed has not happened', () => {
  assert.equal(find(events('Russia needs to withdraw its troops from Ukraine.'), 'RETREAT').status, 'hypothetical');
  assert.equal(find(events('Cruz said it showed the need to scrap the nuclear agreement.'), 'SANCTION').status, 'hypothetical');
  assert.equal(find(events('Russia withdrew its troops from Kherson.'), 'RETREAT').status, 'actual');
});

test('Israeli airstrikes, then Hamas rockets intercepted, then "condemned the strikes": the strikes condemned are the attack of that kind, the rockets shot down are the attacker\'s, and the people killed across the Gaza Strip are of its country', () => {
  const text = 'Israeli airstrikes killed at least 30 people across the Gaza Strip overnight, health officials said.\n\n'
    + 'The Israeli military said its aircraft had struck more than 50 Hamas targets.\n\n'
    + 'Hamas fighters fired a barrage of rockets at Tel Aviv in response. Most of the rockets were intercepted by the Iron Dome system, the military said.\n\n'
    + 'The United Nations secretary general, António Guterres, condemned the strikes.';
  const evs = events(text);
  assert.equal(evs.find((e) => e.type === 'ACCUSE' && e.trigger.text === 'condemned')?.target?.country, 'ISR');
  assert.equal(evs.find((e) => e.trigger.text === 'intercepted')?.target?.country, 'PSE');
  assert.deepEqual(evs.filter((e) => e.trigger.text === 'airstrikes').map((e) => [e.target?.name, e.target?.country]), [['30 people', 'PSE']]);
});

test('"The EU is preparing new sanctions against Russia", "Israel is readying a ground invasion", "finalizing a ceasefire agreement": a deed got ready is one to come, by the one readying it', () => {
  const s = find(events('The European Union is preparing new sanctions against Russia.'), 'THREATEN');
  assert.deepEqual([s.actor?.name, s.target?.country, s.status], ['European Union', 'RUS', 'threatened']);
  assert.equal(find(events('Israel is readying a ground invasion of Gaza.'), 'THREATEN').actor?.country, 'ISR');
  const truce = find(events('Negotiators are finalizing a ceasefire agreement.'), 'AGREE');
  assert.equal(truce.status, 'planned');
  assertNoEvents(['Ukraine prepared its defenses.', 'The ministry prepared a statement.']);
});

test('headlines: "Russia and North Korea Sign …", "Putin and Kim Jong-un sign …", "North Korea and Russia sign defense pact": a verb after a name of several words is read as one; "Xi", "Macron", "Lavrov" alone are the leaders, "Sergey V. Lavrov" still his whole name', () => {
  const pairs = (text: string) => events(text).filter((e) => e.type === 'SUPPORT').map((e) => `${e.actor?.country}>${e.target?.country}`).sort();
  assert.deepEqual(pairs('Russia and North Korea Sign Mutual Defense Pact'), ['PRK>RUS', 'RUS>PRK']);
  assert.deepEqual(pairs('Putin and Kim Jong-un sign mutual defense pact'), ['PRK>RUS', 'RUS>PRK']);
  assert.deepEqual(pairs('North Korea and Russia sign defense pact'), ['PRK>RUS', 'RUS>PRK']);
  const met = events('Biden and Xi met on the sidelines of the APEC summit in San Francisco.').map((e) => `${e.actor?.name}>${e.target?.name}`).sort();
  assert.deepEqual(met, ['Joe Biden>Xi Jinping', 'Xi Jinping>Joe Biden']);
  const lavrov = events('Foreign Minister Sergey V. Lavrov met Antony J. Blinken in Geneva.');
  assert.deepEqual(lavrov.map((e) => [e.actor?.name, e.target?.name]), [['Sergei Lavrov', 'Antony Blinken']]);
});

test('a strike on a building in Beirut killed a Hezbollah commander: the commander\'s side stays the target when the article later has "Beirut" speak for Lebanon; "condemned what he called a “flagrant aggression”" answers the attacker', () => {
  const text = 'An Israeli strike on a residential building in southern Beirut killed a senior Hezbollah commander on Friday, two security sources said.\n\n'
    + 'Lebanon\'s caretaker prime minister, Najib Mikati, condemned what he called a "flagrant aggression" and said Beirut would file a complaint with the U.N. Security Council.';
  const evs = events(text);
  assert.equal(evs.find((e) => e.trigger.text === 'strike')?.target?.name, 'Hezbollah');
  assert.equal(evs.find((e) => e.trigger.text === 'condemned')?.target?.country, 'ISR');
});

test('"Egypt and Qatar brokered a ceasefire between Israel and Hamas": brokering a deal is mediation (CAMEO 045) between the two; "brokered the sale of the building" is none', () => {
  const pairs = events('Egypt and Qatar brokered a ceasefire between Israel and Hamas.').filter((e) => e.cameo === '045').map((e) => `${e.actor?.country}>${e.target?.country}`).sort();
  assert.deepEqual(pairs, ['EGY>ISR', 'EGY>PSE', 'QAT>ISR', 'QAT>PSE']);
  assertNoEvents(['The real estate firm brokered the sale of the building.']);
});

test('"China held drills around Taiwan", "China Holds Drills Around Taiwan …": drills around or off a place are a show of force (fire drills near a school are not); "Houthis Attack Ship in Red Sea": a short headline\'s verb after a group\'s plural name', () => {
  for (const text of ['China held drills around Taiwan.', 'China Holds Drills Around Taiwan After Lai Inauguration']) {
    const e = find(events(text), 'MOBILIZE');
    assert.deepEqual([e.actor?.country, e.target?.country], ['CHN', 'TWN'], text);
  }
  assertNoEvents(['Students held fire drills near the school.']);
  assert.equal(find(events('Houthis Attack Ship in Red Sea'), 'ASSAULT').actor?.name, 'Houthis');
  assertNoEvents(['Russia Ukraine War Update']);
});

test('"Russia has warned … weapons supplied by the West to Ukraine …. On Sunday, its forces struck …": forces behind a possessive are the latest subject\'s, not the state named last', () => {
  const text = 'Russia has warned repeatedly that weapons supplied by the West to Ukraine are legitimate targets. On Sunday, its forces struck a train station in the Kharkiv region, killing two people, regional officials said.';
  const e = events(text).find((x) => x.type === 'ASSAULT');
  assert.equal(e?.actor?.country, 'RUS');
  // (Forces the sentence's own subject owns are its, as before.)
  assert.equal(find(events('Israel said its troops killed three militants in Jenin.'), 'ASSAULT').actor?.country, 'ISR');
});

test('"the police had shot unarmed protesters": a past form after "had" is the verb, so the protesters are the target (the target was "shot unarmed protesters"); "Ruto withdrew the bill" concedes (CAMEO 0832), "Russia withdrew its troops" still retreats', () => {
  assert.equal(find(events('The Law Society of Kenya said the police had shot unarmed protesters.'), 'ASSAULT').target?.name, 'unarmed protesters');
  assert.equal(find(events('On Wednesday, the president withdrew the finance bill after days of protests.'), 'CONCEDE').cameo, '0832');
  assert.equal(find(events('Russia withdrew its troops from Kherson.'), 'RETREAT').cameo, '0874');
});

test('"fired tear gas and live rounds at protesters": whom it was fired at, past a list of what; "Demonstrators set part of the building on fire" destroys property ("set the internet on fire" does not)', () => {
  const e = find(events('Police in Kenya fired tear gas and live rounds at protesters who stormed Parliament on Tuesday.'), 'ASSAULT');
  assert.equal(e.target?.name, 'protesters');
  assert.equal(find(events('Demonstrators set part of the building on fire.'), 'COERCE').cameo, '1712');
  assertNoEvents(['His speech set the internet on fire.', 'A man set himself on fire outside the embassy.']);
  // (Setting it on fire while storming it is the riot's doing, told as the riot.)
  assert.deepEqual(events('Protesters stormed the parliament building in Nairobi, setting part of it on fire.').map((x) => x.type), ['PROTEST']);
});

test('"Mali, Burkina Faso and Niger withdrew from ECOWAS", "British withdrawal from the European Union": leaving a bloc, an alliance or a court reduces relations with it (SANCTION 160), each state with the bloc, not with each other; troops withdrawing from a town still retreat', () => {
  const sides = events('Mali, Burkina Faso and Niger withdrew from ECOWAS.').map((e) => [e.type, e.actor?.country, e.target?.name]);
  assert.deepEqual(sides, [['SANCTION', 'MLI', 'ECOWAS'], ['SANCTION', 'BFA', 'ECOWAS'], ['SANCTION', 'NER', 'ECOWAS']]);
  assert.equal(find(events('Burundi withdrew from the International Criminal Court.'), 'SANCTION').cameo, '160');
  assert.equal(find(events('Russian troops withdrew from Kherson.'), 'RETREAT').cameo, '0874');
});

test('"Algeria recalled its ambassador to France for consultations": the recall reduces relations; the consultations are the envoy\'s at home, no talks with France', () => {
  assert.deepEqual(events('Algeria recalled its ambassador to France for consultations.').map((e) => [e.type, e.target?.country]), [['SANCTION', 'FRA']]);
  assert.equal(find(events('Iran held consultations with Russia on the nuclear deal.'), 'CONSULT').target?.country, 'RUS');
});

test('"Members of Hamas attacked a checkpoint", "Members of Congress criticized the deal": the people of a body act as the body', () => {
  assert.equal(find(events('Members of Hamas attacked a checkpoint.'), 'ASSAULT').actor?.name, 'Hamas');
  assert.equal(find(events('Members of Congress criticized the deal.'), 'ACCUSE').actor?.country, 'USA');
});

test('"Saudi Arabia and Israel were close to a deal to normalize relations": what a deal not yet made is for may only come; "a bipartisan deal to fund …" is planned', () => {
  assert.deepEqual(events('Saudi Arabia and Israel were close to a deal to normalize relations.').map((e) => e.status), ['hypothetical', 'hypothetical']);
  assert.equal(events('Last month, Blunt helped orchestrate a bipartisan deal to fund Zika response efforts.')[0]?.status, 'planned');
  assert.equal(find(events('Saudi Arabia restored diplomatic relations with Syria.'), 'SUPPORT').status, 'actual');
});

test('national-security wire: house arrest, "warned X not to", suspended deliveries, attributing an attack, airdrops, suspended visas, charged nationals, retaking a town from a side, stern representations', () => {
  const one = (text: string) => events(text).map((e) => [e.type, e.cameo, e.actor?.country ?? null, e.target?.name ?? null]);
  assert.deepEqual(one("Gabon's military placed President Ali Bongo under house arrest."), [['COERCE', '173', 'GAB', 'Ali Bongo']]);
  assert.deepEqual(one('China warned the United States not to interfere in its internal affairs.'), [['REQUEST', '100', 'CHN', 'United States']]);
  assert.deepEqual(one('The World Food Programme suspended food deliveries to northern Gaza.'), [['SANCTION', '162', null, 'Gaza']]);
  assert.deepEqual(one('Microsoft attributed the attack to a Russian state-sponsored group known as Midnight Blizzard.').map((e) => [e[0], e[1]]), [['ACCUSE', '112']]);
  assert.equal(find(events('Microsoft attributed the attack to a Russian state-sponsored group.'), 'ACCUSE').target?.country, 'RUS');
  assert.deepEqual(one('Jordan airdropped food aid into northern Gaza.'), [['AID', '070', 'JOR', 'Gaza']]);
  assert.deepEqual(one('New Delhi suspended visa services for Canadians.').map((e) => [e[0], e[1], e[2]]), [['COERCE', '172', 'IND']]);
  assert.deepEqual(one('Germany charged three German-Russian nationals with plotting sabotage on behalf of Russia.').map((e) => [e[0], e[1], e[2]]), [['ACCUSE', '112', 'DEU']]);
  assert.equal(find(events('Somali forces retook the town from al-Shabab.'), 'ASSAULT').target?.name, 'al-Shabab');
  assert.deepEqual(one("China's foreign ministry lodged stern representations with the United States."), [['ACCUSE', '114', 'CHN', 'United States']]);
  assert.deepEqual(one('The EU opened accession talks with Ukraine and Moldova.').map((e) => [e[0], e[3]]), [['CONSULT', 'Ukraine'], ['CONSULT', 'Moldova']]);
});

test('"Erdogan called Israel a terrorist state", "Biden called Putin a war criminal": a name called an insult is a denunciation (111); "called for", "called it a terrorist attack" and "called the sanctions illegal" are not, and the sanctions are not the caller\'s', () => {
  assert.deepEqual(events("Turkey's President Erdogan called Israel a terrorist state.").map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['ACCUSE', '111', 'TUR', 'ISR']]);
  assert.deepEqual(events('Biden called Putin a war criminal.').map((e) => [e.type, e.target?.name]), [['ACCUSE', 'Vladimir Putin']]);
  assert.ok(!events('He called for the terrorists to be punished.').some((e) => e.type === 'ACCUSE'));
  assertNoEvents(['She called it a terrorist attack.', 'The Kremlin called the sanctions illegal.']);
});

test('"Gangs attacked the main prison", "Belarus hosted Russian nuclear weapons": an attack on a prison is force, not words; hosting weapons or troops is no visit', () => {
  assert.equal(find(events('Gangs attacked the main prison in Port-au-Prince, freeing thousands of inmates.'), 'ASSAULT').cameo, '190');
  assertNoEvents(['Belarus hosted Russian tactical nuclear weapons on its territory.', 'Poland hosts thousands of American troops.']);
  assert.equal(find(events('Qatar hosted Hamas leaders in Doha.'), 'CONSULT').cameo, '043');
});

test('"Pakistan carried out strikes in Iran, two days after Iran launched missile and drone strikes inside Pakistan": strikes carried out are attacks (not workers\' strikes), and a deed of days before with its place named is news too', () => {
  assert.deepEqual(events('Pakistan carried out strikes in Iran.').map((e) => [e.type, e.actor?.country, e.target?.country]), [['ASSAULT', 'PAK', 'IRN']]);
  // (Workers' strikes are a protest, once the attack sense is ruled out.)
  assert.deepEqual(events('Workers carried out strikes across the country.').map((e) => e.type), ['PROTEST']);
  assert.deepEqual(events('Pakistan carried out strikes in Iran, two days after Iran launched missile and drone strikes inside Pakistan.').map((e) => [e.type, e.actor?.country, e.target?.country]),
    [['ASSAULT', 'PAK', 'IRN'], ['ASSAULT', 'IRN', 'PAK']]);
  // (Not a place named in another clause: "…, while the G-20 held a summit in China".)
  assert.ok(!events('The vote came three days after Pyongyang fired three missiles into the sea while world leaders held a summit in China.').some((e) => e.target?.country === 'CHN'));
});

test('"all nine people killed were foreign nationals", "the three soldiers killed in the attack were buried": the dead of a deed told before tell no new one; "the two children were killed in that attack" are the last attacker\'s', () => {
  assertNoEvents(['An Iranian official said all nine people killed were foreign nationals.', 'The three soldiers killed in the attack were buried on Friday.']);
  // (An object or an agent after the participle makes it the deed: "attacked a federal judge whose parents were …", "backed by Ankara".)
  assert.equal(events('When Donald Trump attacked a federal judge whose parents were born in Mexico, Hispanic Americans were outraged.').length, 1);
  assert.equal(find(events('The rebel groups backed by Ankara have no choice.'), 'SUPPORT').actor?.name, 'Ankara');
  const two = events('Iran attacked two bases in Pakistan on Tuesday. Pakistan said two children were killed in the attack.');
  assert.deepEqual(two.map((e) => [e.type, e.actor?.country, e.target?.name]), [['ASSAULT', 'IRN', 'Pakistan'], ['ASSAULT', 'IRN', 'two children']]);
});

test('"Hizbollah (Party of God) declared a ceasefire", "Opposition groups in Zimbabwe are demanding", "Greece, like most other members, imposed": a gloss in parentheses names no one, opposition groups are a side, an aside is not the subject', () => {
  assert.equal(find(events('The pro-Iranian Hizbollah (Party of God) group declared a unilateral ceasefire on Wednesday in south Lebanon.'), 'RETREAT').actor?.name, 'Hezbollah');
  assert.deepEqual(events('Opposition groups in Zimbabwe demanded new elections.').map((e) => [e.type, e.actor?.country, e.actor?.sector]), [['REQUEST', 'ZWE', 'OPP']]);
  assert.equal(find(events('Greece, like most other members, imposed restrictions on migrants.'), 'COERCE').actor?.name, 'Greece');
});

test('"Russian police detained dozens of protesters", "Nicaragua\'s government ordered the newspaper La Prensa to suspend publication": a state\'s arrests and bans fall on its own people unless the words say otherwise; a person named without a country keeps none', () => {
  assert.equal(find(events('Russian police detained dozens of protesters.'), 'COERCE').target?.country, 'RUS');
  assert.equal(find(events("Nicaragua's Sandinista government today ordered the opposition newspaper La Prensa to suspend publication indefinitely."), 'COERCE').target?.country, 'NIC');
  assert.equal(find(events('China detained two Canadians.'), 'COERCE').target?.country, 'CAN');
  assert.equal(find(events('Russia detained the journalist Evan Gershkovich.'), 'COERCE').target?.country, null);
});

test('statuses a desk reads: "is unlikely to invade" may only come, "has no plans to send troops" is the state\'s and not done, "kept attacking ships" goes on and "would keep attacking" threatens, "is scheduled for Wednesday" is to come, "if the hostages are not released by Ramadan" is a supposition by no one', () => {
  assert.deepEqual(events('China is unlikely to invade Taiwan before 2027, the CIA director said.').map((e) => [e.type, e.status, e.actor?.country]), [['ASSAULT', 'hypothetical', 'CHN']]);
  // (An expletive "it" has no deed of its own: "It's easy to bash Wall Street" names no basher.)
  assert.equal(find(events("It's easy to bash Wall Street."), 'ACCUSE').actor, null);
  assert.deepEqual(events('The United States has no plans to send troops to Ukraine.').map((e) => [e.type, e.status, e.actor?.country]), [['MOBILIZE', 'negated', 'USA']]);
  assert.deepEqual(events('The Houthis kept attacking ships.').map((e) => [e.type, e.status, e.actor?.name]), [['ASSAULT', 'actual', 'Houthis']]);
  assert.equal(find(events('The Houthis said they would keep attacking ships.'), 'THREATEN').actor?.name, 'Houthis');
  assertNoEvents(['The Houthis stopped attacking ships.']);
  assert.deepEqual(events('The summit between Biden and Xi is scheduled for Wednesday.').map((e) => e.status), ['planned', 'planned']);
  assert.equal(find(events('Obama said some of the criticism he takes is due to the fact that he is the first black president.'), 'ACCUSE').status, 'actual');
  const release = find(events('Israel will launch a ground offensive in Rafah if the hostages are not released by Ramadan, a minister said.'), 'RETREAT');
  assert.deepEqual([release.status, release.actor], ['hypothetical', null]);
});

test('"Turkey blocked Sweden\'s bid to join NATO", "Hungary blocked Ukraine\'s bid for EU membership": whose bid was blocked is the side refused, not who spoke after a comma', () => {
  assert.deepEqual(events("Turkey blocked Sweden's bid to join NATO.").map((e) => [e.type, e.target?.name]), [['REJECT', 'Sweden']]);
  assert.deepEqual(events("Hungary blocked Ukraine's bid for EU membership.").map((e) => [e.type, e.target?.name]), [['REJECT', 'Ukraine']]);
  assert.notEqual(find(events("Turkey could block Sweden's NATO bid, officials warned."), 'REJECT').target?.name, 'officials');
});

test('"Putin has not ruled out the use of nuclear weapons", "Russia did not rule out a nuclear strike": the deed past its opening words is left possible and is the subject\'s; "North Korea\'s development of nuclear weapons" uses none', () => {
  assert.deepEqual(events('Putin has not ruled out the use of nuclear weapons.').map((e) => [e.type, e.cameo, e.status, e.actor?.name]), [['ASSAULT', '2042', 'hypothetical', 'Vladimir Putin']]);
  assert.deepEqual(events('Russia has not ruled out using nuclear weapons.').map((e) => [e.type, e.status, e.actor?.country]), [['ASSAULT', 'hypothetical', 'RUS']]);
  assert.deepEqual(events('Russia did not rule out a nuclear strike.').map((e) => [e.type, e.status, e.actor?.country]), [['ASSAULT', 'hypothetical', 'RUS']]);
  assert.equal(find(events('Israel ruled out a ceasefire.'), 'RETREAT').status, 'negated');
  assertNoEvents(["Trump said the onus was on the Chinese to deal with North Korea's development of nuclear weapons."]);
});

test('headlines "Russia to deploy troops to Belarus", "Biden to visit Israel", "Ukraine: Zelensky to meet Biden": a subject and "to" before the verb tell what will be done; "The decision to deploy troops angered Moscow" does not', () => {
  assert.deepEqual(events('Russia to deploy troops to Belarus, minister says').map((e) => [e.type, e.status]), [['MOBILIZE', 'planned']]);
  assert.deepEqual(events('Biden to visit Israel on Wednesday.').map((e) => [e.type, e.status]), [['AGREE', 'planned']]);
  assert.equal(find(events('Ukraine: Zelensky to meet Biden in Washington.'), 'AGREE').status, 'planned');
  assert.equal(events('The decision to deploy troops angered Moscow.')[0]?.status, 'actual');
});

test('wire lines on the wars: "downed eight Ukrainian drones", "froze its participation in the CSTO", "Egypt and Qatar are mediating between Israel and Hamas" (the go-betweens act on both), and "agreed to a humanitarian pause to allow aid" has a CAMEO code (a pause to do something stops nothing)', () => {
  assert.deepEqual(events('Russian air defenses downed eight Ukrainian drones over the Belgorod region.').map((e) => [e.type, e.actor?.country, e.target?.country]), [['ASSAULT', 'RUS', 'UKR']]);
  assertNoEvents(['The storm downed power lines.']);
  assert.deepEqual(events('Armenia froze its participation in the Russian-led CSTO military alliance.').map((e) => [e.type, e.cameo, e.actor?.country]), [['SANCTION', '160', 'ARM']]);
  assert.deepEqual(events('Egypt and Qatar are mediating between Israel and Hamas.').map((e) => [e.actor?.name, e.target?.name]),
    [['Egypt', 'Israel'], ['Egypt', 'Hamas'], ['Qatar', 'Israel'], ['Qatar', 'Hamas']]);
  for (const e of events('The two sides agreed to a humanitarian pause to allow aid into Gaza.')) assert.equal(typeof e.cameo, 'string');
});

test('a deed done by or to no one ("Police said nobody has been arrested", "Nobody attacked the convoy") is denied; "no one was killed in the attack" still tells the attack', () => {
  assert.deepEqual(events('Police said nobody has been arrested.').map((e) => [e.type, e.status]), [['COERCE', 'negated']]);
  assert.deepEqual(events('Nobody attacked the convoy in Kabul.').map((e) => [e.type, e.status]), [['ASSAULT', 'negated']]);
  assert.deepEqual(events('No one was killed in the attack on the convoy in Kabul.').map((e) => [e.type, e.status]), [['ASSAULT', 'actual']]);
});

test('people a deed touched ("Survivors of the bombing") and a town before a deed named by a gerund ("Friday\'s Munich mall shooting", "The Orlando nightclub shooting killed 49 people") are no side of it', () => {
  assert.deepEqual(events('Survivors of the bombing in Kabul described the scene.').map((e) => [e.type, e.actor?.name ?? null]), [['ASSAULT', null]]);
  assert.deepEqual(events("This follows Friday's Munich mall shooting, a Syrian man blowing himself up outside a concert hall.").filter((e) => e.trigger.text === 'shooting').map((e) => [e.actor?.name ?? null, e.target?.name ?? null]), [[null, null]]);
  assert.deepEqual(events('The Orlando nightclub shooting killed 49 people.').map((e) => e.actor?.name ?? null), [null, null]);
  // An -ing word with its object or its preposition is still a verb with its subject.
  assert.equal(events('the army shooting at protesters in Khartoum')[0]?.actor?.name, 'army');
  assert.equal(events('At Brazile’s direction, the DNC issued a statement apologizing to Sanders for the emails.').find((e) => e.type === 'CONCEDE')?.actor?.name, 'Democratic National Committee');
});

test('an act stopped ("chanted “stop killing black people”", "Israel halted shelling the city") is not done; a frame\'s "to stop attacking" is the frame\'s to tell', () => {
  assertNoEvents(['Protesters chanted "stop killing black people" as they marched.', 'Israel halted shelling the city on Friday.'], 'ASSAULT');
  assert.ok(events('Palmieri called on Trump to stop attacking Machado and apologize.').some((e) => e.type === 'REQUEST'));
});

test('a hack named by whom it hit ("the DNC hack", "the OPM hack": wink tags the word a verb) has them as its target; "Russia was behind the DNC hack" is Russia\'s; a political hack is a person', () => {
  assert.deepEqual(events('Russia was behind the DNC hack.').map((e) => [e.type, e.actor?.country, e.target?.name]), [['COERCE', 'RUS', 'Democratic National Committee']]);
  assert.deepEqual(events('U.S. officials say Russia was behind the hack of the DNC.').map((e) => [e.actor?.country, e.target?.name]), [['RUS', 'Democratic National Committee']]);
  assert.deepEqual(events('The OPM hack exposed 21 million records.').map((e) => [e.actor?.name ?? null, e.target?.name]), [[null, 'OPM']]);
  assert.equal(events('The Russian hack of the DNC angered Democrats.')[0]?.actor?.country, 'RUS');
  assertNoEvents(['He is a political hack.']);
  // ("of" after a verb past the noun is another phrase's.)
  assert.deepEqual(events('The ministry played down the strikes so as not to endanger the approval of Ukraine.').map((e) => e.target), [null]);
});

test('a deed a name owns ("the committee\'s requests") is not the sentence subject\'s, but a time owns none ("last month\'s attacks"); a phrase joined to one after another preposition ("between Armenia and Nagorno-Karabakh") is no side', () => {
  assert.ok(!events("The administration has been unresponsive to the committee's requests for information.").some((e) => e.actor?.name === 'administration'));
  assert.ok(!events("Staff alerted Clinton's chief of staff, Cheryl Mills, to the watchdog's request.").some((e) => e.actor?.name === 'Cheryl Mills'));
  assert.equal(events("Islamic State fighters claimed credit for last month's attacks in Paris.")[0]?.actor?.name, 'Islamic State');
  assert.deepEqual(events('Armenian forces seized seven districts between Armenia and Nagorno-Karabakh.').map((e) => [e.actor?.country, e.target]), [['ARM', null]]);
});

test('words that describe or name a deed are no deed of theirs: "considered occupied territory", "“wounded American families”", "Trump called the assault … an attack on our country", "condemned North Korea\'s claim to have conducted the test"; "sanctioned his identity" approves', () => {
  assertNoEvents(['Jerusalem, whose eastern flanks are considered occupied territory under international law, is disputed.',
    'Trump went on about “how the system is rigged,” and “wounded American families” for an hour.',
    'In some ways the white vote sanctioned his identity as a new kind of candidate.']);
  assert.ok(!events('Trump called the assault that killed five Dallas police officers "an attack on our country."').some((e) => e.actor?.name === 'Donald Trump'));
  assert.ok(!events("Candidates condemned North Korea's claim to have conducted the successful test of a hydrogen bomb.").some((e) => e.type === 'MOBILIZE' && e.actor?.name === 'Candidates'));
  // The words themselves still tell their deeds.
  assert.equal(events('Rubio "apologized numerous times on this show," Hannity said.')[0]?.type, 'CONCEDE');
  assert.equal(events('The U.N. called an emergency meeting to discuss the test.')[0]?.actor?.name, 'United Nations');
  assert.equal(events('The United States sanctioned three Russian banks.')[0]?.target?.country, 'RUS');
});

test('who wields the thing used does the deed ("the gun used by George Zimmerman to kill Trayvon Martin"; none named in "Auction of gun used to kill Trayvon"), a people\'s word of two among describing words names the state ("the recent apparent North Korean nuclear test", "a massive Russian missile attack"), and election observers deployed are no forces', () => {
  assert.equal(events('Officer Timothy Smith holds up the gun used by George Zimmerman to kill Trayvon Martin.')[0]?.actor?.name, 'George Zimmerman');
  assert.equal(events('Auction of gun used to kill Trayvon quashed again.')[0]?.actor, null);
  assert.equal(events('Party leaders used to support market-based solutions.')[0]?.actor?.name, 'Party leaders');
  assert.equal(events('Carter spoke with Han to discuss responses to the recent apparent North Korean nuclear test.').find((e) => e.type === 'MOBILIZE')?.actor?.name, 'North Korea');
  assert.equal(events('A massive Russian missile attack hit Kyiv.')[0]?.actor?.name, 'Russia');
  assertNoEvents(['The United States has deployed observers for elections in developing countries.']);
});

test('a campaign\'s email blast and its mobilized candidates are no explosion and no forces', () => {
  assertNoEvents(['Tom John, the district chairman, said pro-Trump forces attempted to mobilize delegate candidates with an email blast encouraging supporters to run.']);
  assert.equal(events('A blast hit the market in Kabul.')[0]?.type, 'ASSAULT');
});

test('wire lines on sanctions and arrests: a Treasury designation under its authorities, the African Union suspending Niger, and someone unnamed detained at home ("Ukraine\'s SBU detained a man suspected of spying for Russia")', () => {
  assert.deepEqual(events('The U.S. Treasury designated two Iranian oil brokers under its counterterrorism authorities.').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['SANCTION', '163', 'USA', 'IRN']]);
  assert.deepEqual(events('The African Union suspended Niger after the military coup.').map((e) => [e.type, e.cameo, e.target?.country]), [['SANCTION', '160', 'NER']]);
  assertNoEvents(['The Trump campaign suspended its operations in Virginia.', 'The coach designated him as captain.', 'She asked the banks to suspend foreclosures.'], 'SANCTION');
  assert.equal(events('She asked the bankers to voluntarily suspend foreclosures.')[0]?.type, 'REQUEST');
  assert.deepEqual(events("Ukraine's SBU security service detained a man suspected of spying for Russia in Odesa.").map((e) => [e.cameo, e.target?.country]), [['173', 'UKR']]);
});

test('shows of force as the news tells them: forces detected, tracked or spotted are their state\'s ("detected 32 Chinese military aircraft around the island" is China\'s to Taiwan), warplanes crossing the median line; aircraft intercepted are no attack, and a call to refrain from attacks is a request', () => {
  assert.deepEqual(events("Taiwan's defense ministry said it detected 32 Chinese military aircraft and nine navy ships around the island.").map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['MOBILIZE', '150', 'CHN', 'TWN']]);
  assert.deepEqual(events("Japan's defense ministry said it spotted two Russian warships near Hokkaido.").map((e) => [e.type, e.actor?.country, e.target?.country]), [['MOBILIZE', 'RUS', 'JPN']]);
  assert.deepEqual(events('Chinese warplanes crossed the median line of the Taiwan Strait on Sunday.').map((e) => [e.type, e.actor?.country]), [['MOBILIZE', 'CHN']]);
  assertNoEvents(['Doctors detected cancer in 12 patients.', 'Russian bombers flew near Alaska and were intercepted by U.S. fighter jets.']);
  assert.equal(events('Israel intercepted a drone launched from Yemen.')[0]?.type, 'ASSAULT');
  assert.deepEqual(events('The IAEA called on Russia to refrain from attacks on the plant.').map((e) => [e.type, e.target?.country]), [['REQUEST', 'RUS']]);
});

test('what a claim says is only claimed, and a rejection of it is aimed at no one it names: "The Kremlin rejected claims that Russian troops had executed prisoners", "dismissed accusations that its forces had shelled the plant"', () => {
  assert.deepEqual(events('The Kremlin rejected claims that Russian troops had executed prisoners.').map((e) => [e.type, e.status, e.actor?.country, e.target?.name ?? null]),
    [['REJECT', 'actual', 'RUS', null], ['ASSAULT', 'reported', 'RUS', null]]);
  assert.deepEqual(events('Moscow dismissed accusations that its forces had shelled the plant.').map((e) => [e.type, e.status]), [['REJECT', 'actual'], ['ASSAULT', 'reported']]);
  assert.deepEqual(events('Kyiv rejected Russian claims that Ukraine had shelled the plant.').map((e) => [e.type, e.status, e.actor?.country]), [['REJECT', 'actual', 'UKR'], ['ASSAULT', 'reported', 'UKR']]);
});

test('pulling out of a slump or a race is no withdrawal', () => {
  assertNoEvents(['Putin predicted that Russia would pull out of its current slump within two years.']);
  assert.deepEqual(events('Russia will pull out of Syria next month.').map((e) => [e.status, e.target?.country]), [['planned', 'SYR']]);
});

test('wire headlines and lines: "Venezuela Frees Six Americans" releases nationals, "will send two Patriot batteries to Poland" plans arms, "India, China Agree to Disengage Troops" joins two names with a comma', () => {
  assert.deepEqual(events('Venezuela Frees Six Americans After Talks With U.S. Envoy').map((e) => [e.type, e.actor?.country, e.target?.country]), [['RETREAT', 'VEN', 'USA']]);
  assert.deepEqual(events('The U.S. will send two Patriot batteries to Poland.').map((e) => [e.status, e.actor?.country, e.target?.country]), [['planned', 'USA', 'POL']]);
  assertNoEvents(['The memo was sent to the system administrators.']);
  assert.deepEqual(events('India, China Agree to Disengage Troops Along Disputed Border').map((e) => [e.actor?.country, e.target?.country]), [['IND', 'CHN'], ['CHN', 'IND']]);
  assert.deepEqual(events('In Kyiv, Zelensky Meets Biden').map((e) => [e.actor?.country, e.target?.country]), [['UKR', 'USA']]);
});

test('a word with two senses takes the one its words allow: "A Russian strike on a children\'s hospital in Kyiv killed at least 30 people" is Russia\'s attack, not a labour strike ruled out and lost', () => {
  assert.deepEqual(events("A Russian strike on a children's hospital in Kyiv killed at least 30 people.").map((e) => [e.type, e.actor?.country, e.target?.country]), [['ASSAULT', 'RUS', 'UKR']]);
  assert.equal(events('Teachers went on a national strike on Monday.')[0]?.type, 'PROTEST');
});

test('burning a flag or an effigy is a protest (not a fire\'s)', () => {
  assert.deepEqual(events('Protesters in Niamey burned French flags outside the French embassy.').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['PROTEST', '141', 'NER', 'FRA']]);
  assertNoEvents(['The fire burned the flag on the roof.']);
});

test('a state that "would respond to any attack from Iran" threatens the attacker; answering questions is no threat', () => {
  assert.deepEqual(events('Israel said it would respond to any attack from Iran.').map((e) => [e.type, e.status, e.actor?.country, e.target?.country]), [['THREATEN', 'threatened', 'ISR', 'IRN']]);
  assertNoEvents(['He responded to any questions from reporters.']);
});

test('one\'s own deed a frame rules out is not done ("Russia decided not to attack Kyiv", "agreed not to deploy"), and one still to be decided may come ("has not yet decided whether to approve")', () => {
  assert.deepEqual(events('Russia decided not to attack Kyiv.').map((e) => [e.type, e.status]), [['ASSAULT', 'negated']]);
  assert.deepEqual(events('The two sides agreed not to deploy troops near the border.').map((e) => e.status), ['negated']);
  assert.deepEqual(events("Turkey has not yet decided whether to approve Sweden's NATO bid.").map((e) => e.status), ['hypothetical']);
  // A warning not to is still a demand of the one warned.
  assert.deepEqual(events('China warned the United States not to interfere.').map((e) => [e.type, e.status]), [['REQUEST', 'actual']]);
});

test('air defense systems sent are arms ("Germany to Send More Air Defense Systems to Ukraine"); a memo sent to the system administrators is not', () => {
  assert.deepEqual(events('Germany to Send More Air Defense Systems to Ukraine').map((e) => [e.status, e.actor?.country, e.target?.country]), [['planned', 'DEU', 'UKR']]);
  assert.deepEqual(events('The U.S. sent two NASAMS air defense systems to Kyiv.').map((e) => [e.type, e.cameo]), [['AID', '072']]);
  assertNoEvents(['The memo was sent to the system administrators.', 'The company sent its payment system update to customers.']);
});

test('a deed decided on is still to come ("Israel decided to strike Iran"), one declined past other words is not done, and words decided on are said ("decided to endorse")', () => {
  assert.deepEqual(events('Israel decided to strike Iran after the missile barrage.').map((e) => [e.type, e.status, e.actor?.country, e.target?.country]), [['ASSAULT', 'planned', 'ISR', 'IRN']]);
  assert.deepEqual(events('The government decided to expel the Russian ambassador.').map((e) => [e.type, e.status]), [['SANCTION', 'planned']]);
  assert.deepEqual(events('FBI director James Comey decided not to recommend indicting Clinton.').map((e) => e.status), ['negated']);
  assert.deepEqual(events('Bamberg said he decided to support Sanders.').map((e) => [e.type, e.status]), [['SUPPORT', 'actual']]);
  // "chose to" did it.
  assert.deepEqual(events('Russia chose to invade Ukraine in 2022.').map((e) => [e.type, e.status]), [['ASSAULT', 'actual']]);
});

test('strikes that back a force are on its side ("Somali forces backed by U.S. airstrikes"), not aimed at it', () => {
  const evs = events('Somali forces backed by U.S. airstrikes entered the town of Jilib on Monday.');
  assert.deepEqual(evs.map((e) => [e.type, e.actor?.country, e.target?.name ?? null]), [['SUPPORT', 'USA', 'Somali forces'], ['ASSAULT', 'USA', null]]);
});

test('a meeting named as the occasion of another ("on the sidelines of the APEC summit") is no meeting of its own; a place right after the deed keeps its time ("in Vilnius next week")', () => {
  assert.deepEqual(events('Biden is scheduled to meet Xi on the sidelines of the APEC summit in San Francisco.').map((e) => [e.trigger.text, e.status]), [['meet', 'planned']]);
  const vilnius = events('Macron will attend the NATO summit in Vilnius next week.');
  assert.deepEqual(vilnius.map((e) => [e.location?.name ?? null, e.target?.name ?? null]), [['Vilnius', null]]);
});

test('states drilling together cooperate ("Russia and China Hold Joint Naval Drills"), drills near a third state are a show of force toward it', () => {
  for (const text of ['Russia and China Hold Joint Naval Drills in the Sea of Japan.', 'Russia and China held naval drills in the Sea of Japan.']) {
    assert.deepEqual(events(text).map((e) => [e.type, e.actor?.country, e.target?.country]), [['COOPERATE', 'RUS', 'CHN'], ['COOPERATE', 'CHN', 'RUS']], text);
  }
  assert.deepEqual(events('Russia and China Hold Naval Drills Near Japan.').map((e) => [e.type, e.actor?.country, e.target?.country]), [['MOBILIZE', 'RUS', 'JPN'], ['MOBILIZE', 'CHN', 'JPN']]);
});

test('a bid to join a body and an envoy to it are their state\'s ("approved Sweden\'s NATO bid", "Russia\'s UN ambassador")', () => {
  assert.deepEqual(events("Turkey approved Sweden's NATO bid.").map((e) => [e.type, e.target?.country]), [['SUPPORT', 'SWE']]);
  assert.deepEqual(events("Hungary blocked Ukraine's EU membership bid.").map((e) => [e.type, e.target?.country]), [['REJECT', 'UKR']]);
  assert.deepEqual(events("Russia's UN ambassador criticized the plan.").map((e) => [e.type, e.actor?.country]), [['ACCUSE', 'RUS']]);
  // The body's own office stays the body's.
  assert.deepEqual(events("The UN's human rights office criticized Israel.").map((e) => [e.actor?.name, e.target?.country]), [['United Nations', 'ISR']]);
});

test('forces that target civilians or a town attack them; a campaign targeting voters and a law targeting businesses do not', () => {
  assert.deepEqual(events('Russian forces targeted civilians in Kharkiv.').map((e) => [e.type, e.actor?.country, e.target?.country]), [['ASSAULT', 'RUS', 'UKR']]);
  assert.deepEqual(events('The Kremlin denied that Russian forces had targeted civilians in Kharkiv.').map((e) => [e.type, e.status]), [['ASSAULT', 'reported']]);
  assert.deepEqual(events('Russian hackers targeted Ukrainian power grid operators, Microsoft said.').map((e) => [e.type, e.mode]), [['COERCE', 'cyber']]);
  assertNoEvents(['The campaign targeted voters in rural towns.', 'Subprime mortgages disproportionately targeted black neighborhoods.', 'Regulations that narrowly target power plant emissions.']);
});

test('sides that agree together have none in the purpose of their deal ("agreed to a truce to allow the release of hostages")', () => {
  assert.deepEqual(events('Israel and Hamas agreed to a four-day truce to allow the release of hostages.').map((e) => [e.type, e.actor?.country, e.target?.country]), [['AGREE', 'ISR', 'PSE'], ['AGREE', 'PSE', 'ISR']]);
});

test('a deed after "a rehearsal for" or "a pretext for" is imagined, after "preparations for" to come', () => {
  assert.deepEqual(events('North Korea condemned the drills as a rehearsal for invasion.').filter((e) => e.type === 'ASSAULT').map((e) => e.status), ['hypothetical']);
  assert.deepEqual(events('Beijing called the exercises a rehearsal for an invasion of Taiwan.').map((e) => e.status), ['hypothetical']);
  assert.ok(!events('Russia is making preparations for an offensive in the east.').some((e) => e.status === 'actual'));
});

test('a deed someone is punished or blamed for is theirs as told ("blamed Iran for the attack", "sentenced a Ukrainian soldier for the shelling"), not the punisher\'s, and no one else is its side', () => {
  assert.deepEqual(events('The U.S. blamed Iran for the attack.').map((e) => [e.type, e.status, e.actor?.country ?? null, e.target?.country ?? null]), [['ACCUSE', 'actual', 'USA', 'IRN'], ['ASSAULT', 'reported', 'IRN', null]]);
  assert.deepEqual(events('Russia sentenced a Ukrainian soldier for the shelling of Donetsk.').filter((e) => e.type === 'ASSAULT').map((e) => [e.status, e.actor?.name, e.target?.name]), [['reported', 'a Ukrainian soldier', 'Donetsk']]);
  // Whom a court convicts, unnamed, is no town the sentence names; the police arresting are no attackers.
  assert.deepEqual(events('A court convicted three men for the 2015 Paris attacks.').map((e) => [e.type, e.actor?.name ?? null, e.target?.name ?? null]), [['SANCTION', 'court', null]]);
  assert.ok(!events('Police arrested him for the attack.').some((e) => e.type === 'ASSAULT' && e.actor?.name === 'Police'));
});

test('a force that "would “resolutely” respond to any provocation" threatens, an adverb in marks or not', () => {
  for (const text of ['China\'s defense ministry warned that the People\'s Liberation Army would “resolutely” respond to any provocation.', 'China\'s defense ministry said the army would resolutely respond to any attack.']) {
    assert.deepEqual(events(text).map((e) => [e.type, e.status]), [['THREATEN', 'threatened']], text);
  }
});

test('a verb joined by "and" after an object is the first subject\'s ("Kim Jong Un inspected a new nuclear submarine and called for …"), even when the tagger reads "new" as an adverb', () => {
  assert.deepEqual(events('Kim Jong Un inspected a new nuclear submarine and called for stronger naval forces.').map((e) => [e.type, e.actor?.name, e.target?.name ?? null]), [['REQUEST', 'Kim Jong-un', null]]);
});

test('states that send forces together send them against neither ("Britain and France sent warships to the Red Sea")', () => {
  assert.deepEqual(events('Britain and France sent warships to the Red Sea to protect shipping.').map((e) => [e.type, e.actor?.country, e.target?.country ?? null]), [['MOBILIZE', 'GBR', null], ['MOBILIZE', 'FRA', null]]);
});

test('a state named by its capital is no side of its own refusal ("Berlin has so far refused to send them"); acting at home it still is ("Moscow banned the protests")', () => {
  const evs = events('Ukraine has asked Germany for Taurus missiles, but Berlin has so far refused to send them.');
  assert.deepEqual(evs.map((e) => [e.type, e.actor?.country, e.target?.country ?? null]), [['REQUEST', 'UKR', 'DEU'], ['REJECT', 'DEU', null]]);
  assert.deepEqual(events('Moscow banned the protests.').map((e) => [e.type, e.target?.country]), [['COERCE', 'RUS']]);
});

test('a "massive strike" in marks is still the attack its words name ("carried out a “massive strike” on facilities"), a "general strike" still a protest', () => {
  for (const text of ['Russia\'s Defense Ministry said its forces had carried out a "massive strike" on facilities supporting Ukraine\'s military-industrial complex.', 'Russia\'s Defense Ministry said its forces had carried out a “massive strike” on facilities in Ukraine.']) {
    assert.deepEqual(events(text).map((e) => [e.type, e.status, e.actor?.country, e.target?.country]), [['ASSAULT', 'reported', 'RUS', 'UKR']], text);
  }
  assert.deepEqual(events('Workers began a “general strike” on Monday.').map((e) => e.type), ['PROTEST']);
});

test('emergency or rolling power blackouts are no state of emergency or restriction; an internet blackout imposed is', () => {
  assertNoEvents(['According to Ukrenergo, emergency blackouts were imposed in six regions.', 'Ukrenergo imposed rolling blackouts across the country.']);
  assert.deepEqual(events('Iran imposed an internet blackout during the protests.').map((e) => [e.type, e.cameo]), [['COERCE', '172']]);
});

test('"If Seoul continues its drills, our army will respond with military action": a main clause promised on an opening condition threatens; "if it is attacked" inside the clause stays a supposition', () => {
  assert.deepEqual(events('If South Korea continues the drills, North Korea will respond with military action.').map((e) => [e.type, e.status, e.actor?.country, e.target?.country]), [['THREATEN', 'threatened', 'PRK', 'KOR']]);
  assert.deepEqual(events('"If the puppet military continues its reckless acts, our army will respond with immediate military action," Kim Yo Jong said.').map((e) => [e.type, e.status, e.actor?.country]), [['THREATEN', 'threatened', 'PRK']]);
  assert.deepEqual(events('If Iran complies, the U.S. will lift sanctions.').map((e) => [e.type, e.status]), [['AGREE', 'planned']]);
  assert.deepEqual(events('If Russia invaded, the West would impose sanctions.').filter((e) => e.type === 'ASSAULT').map((e) => e.status), ['hypothetical']);
});

test('a deed condemned was done: "The United States condemned the shelling" answers the shelling told, not an attack threatened after it', () => {
  const text = [
    'North Korea fired a barrage of artillery shells near its western sea border with South Korea on Friday.',
    '"If the puppet military continues its reckless acts, our army will respond with immediate military action," Kim Yo Jong said.',
    'The United States condemned the shelling.',
  ].join('\n\n');
  assert.deepEqual(events(text).filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.target?.name]), [['USA', 'North Korea']]);
});

test('"responded with its own live-fire drills" is the responder\'s show of force; "would “not tolerate” any further drills" tells of none', () => {
  assert.deepEqual(events('The South Korean military responded with its own live-fire drills on Yeonpyeong island.').map((e) => [e.type, e.actor?.country]), [['MOBILIZE', 'KOR']]);
  assert.ok(!events('Kim Yo Jong warned that Pyongyang would "not tolerate" any further drills near the border.').some((e) => e.status === 'negated'));
  assert.deepEqual(events('Russia has not carried out any attacks on civilians.').map((e) => e.status), ['negated']);
});

test('"the West" and "Western allies" are a side, the Western bloc ("Putin threatened the West … over aid to Ukraine"); "the west of the country" is a direction', () => {
  assert.deepEqual(events('Putin threatened the West with a nuclear response over aid to Ukraine.').map((e) => [e.type, e.target?.name]), [['THREATEN', 'the West']]);
  assert.deepEqual(events('Russia accused the West of prolonging the war.').filter((e) => e.type === 'ACCUSE').map((e) => e.target?.name), ['the West']);
  assert.deepEqual(events('Zelensky called on Western allies to speed up deliveries.').map((e) => e.target?.name), ['the West']);
  assertNoEvents(['Fighting raged in the west of the country.']);
});

test('"arrested two suspected Russian spies": a participle inside the phrase keeps whom it names (not the arresting state at home)', () => {
  for (const text of ['Germany arrested two suspected Russian spies.', 'Germany Arrests Two Suspected Russian Spies']) {
    assert.deepEqual(events(text).map((e) => [e.type, e.actor?.country, e.target?.country]), [['COERCE', 'DEU', 'RUS']], text);
  }
});

test('the owner of a place a deed noun names is its target ("the Kosovo monastery attack"); a town before it is where ("the Orlando nightclub attack")', () => {
  assert.deepEqual(events('Serbia denied any role in the Kosovo monastery attack.').map((e) => [e.type, e.actor?.country ?? null, e.target?.country]), [['ASSAULT', null, 'XKX']]);
  assert.ok(!events('Parades paused to remember the victims of the June 12 Orlando nightclub attack.').some((e) => e.target?.name === 'Orlando'));
});

test('what no evidence shows is not told as done ("had no indication that Iran was directly involved in the attack"); what evidence shows is', () => {
  for (const text of ['The Pentagon said it had no indication that Iran was directly involved in the attack.', 'U.S. officials said there was no evidence Russia had attacked the pipeline.', 'Officials have not found any evidence that China supplied weapons to Russia.']) {
    assert.ok(events(text).length && events(text).every((e) => e.status === 'hypothetical'), text);
  }
  assert.deepEqual(events('Officials said there was evidence that Iran supplied drones to Russia.').map((e) => e.status), ['actual']);
});

test('a bracketed credit opening a digest item ("[Marina Fang, HuffPost]") is no side of the item\'s events; a bracketed name in a quote still is', () => {
  // (Digests put the credit at the end of the item before, on the same line as the next headline after a newline.)
  for (const text of ['[Marina Fang, HuffPost] TWO DEAD, 16 INJURED IN FLORIDA NIGHTCLUB SHOOTING Three people have been detained after gunfire in the parking lot.',
    'Democrats should be worried about the leak. [Marina Fang, HuffPost]\nTWO DEAD, 16 INJURED IN FLORIDA NIGHTCLUB SHOOTING Three people have been detained after gunfire in the parking lot.']) {
    const evs = events(text);
    assert.ok(evs.length > 0 && !evs.some((e) => /HuffPost|Marina Fang/.test(`${e.actor?.name} ${e.target?.name}`)), JSON.stringify(evs.map((e) => [e.actor?.name, e.target?.name])));
  }
  assert.deepEqual(events('"[Mr. Putin] attacked Ukraine," she said.').map((e) => e.actor?.name), ['Vladimir Putin']);
});

test('two clauses joined by "and" keep their own sides and places ("Russia attacked Kharkiv and Ukraine struck Belgorod", "Xi will host talks in Beijing and Putin will travel to Delhi")', () => {
  assert.deepEqual(events('Russia attacked Kharkiv and Ukraine struck Belgorod.').map((e) => [e.actor?.name, e.target?.name]), [['Russia', 'Kharkiv'], ['Ukraine', 'Belgorod']]);
  assert.deepEqual(events('Xi will host talks in Beijing and Putin will travel to Delhi next month.').map((e) => [e.actor?.name, e.target?.name ?? null, e.location?.name ?? null]),
    [['Xi Jinping', null, 'Beijing'], ['Vladimir Putin', 'Delhi', null]]);
  // A name's word the tagger reads as a verb does not split a pair of names.
  const pair = events('Trailing contenders Ted Cruz and John Kasich have agreed to divide some of the remaining primaries.');
  assert.deepEqual(pair.map((e) => [e.actor?.name, e.target?.name]), [['Ted Cruz', 'John Kasich'], ['John Kasich', 'Ted Cruz']]);
});

test('two people\'s deeds of one kind in one sentence are two events ("Biden met Xi and Blinken visited Beijing"); two acts of force by their modes ("arrested … and banned")', () => {
  const visits = events('Biden met Xi in Woodside, and Blinken visited Beijing.');
  assert.deepEqual(visits.map((e) => [e.actor?.name, e.target?.name, e.location?.name ?? null]), [['Joe Biden', 'Xi Jinping', 'Woodside'], ['Antony Blinken', 'Beijing', null]]);
  assert.deepEqual(events('Police arrested 20 protesters in Tbilisi and the government banned rallies.').map((e) => e.cameo), ['173', '172']);
});

test('aid paused or withheld is cut ("paused a shipment of bombs to Israel", "withheld military aid from Ukraine"); a game paused is not', () => {
  assert.deepEqual(events('The Biden administration paused a shipment of bombs to Israel over concerns about an offensive in Rafah.').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['SANCTION', '162', 'USA', 'ISR']]);
  assert.deepEqual(events('Congress withheld military aid from Ukraine for months.').map((e) => [e.type, e.target?.country]), [['SANCTION', 'UKR']]);
  assertNoEvents(['The referee paused the game.']);
});

test('whom a number counts is the side ("fired tear gas at thousands of protesters in Nairobi"), not the town', () => {
  assert.deepEqual(events('Police fired tear gas at thousands of protesters in Nairobi.').map((e) => [e.type, e.target?.name]), [['ASSAULT', 'protesters']]);
});

test('a verb joined after a quoted verb\'s object is the first subject\'s ("Beijing “firmly opposes” the U.S. arms sale and would take “resolute countermeasures”")', () => {
  const evs = events('China\'s foreign ministry said Beijing “firmly opposes” the U.S. arms sale and would take “resolute countermeasures.”');
  assert.deepEqual(evs.map((e) => [e.type, e.actor?.country, e.target?.country]), [['REJECT', 'CHN', 'USA'], ['THREATEN', 'CHN', 'USA']]);
});

test('an attack told by its verb, then its means after "with" ("struck Kharkiv with missile strikes"), is one attack; a response in a clause of its own is another', () => {
  assert.deepEqual(events('Russia struck Kharkiv with missile strikes.').map((e) => [e.type, e.actor?.country, e.target?.name]), [['ASSAULT', 'RUS', 'Kharkiv']]);
  assert.equal(events('Hezbollah said its fighters had targeted an Israeli military base near Safed with a barrage of Katyusha rockets.').filter((e) => e.type === 'ASSAULT').length, 1);
  assert.deepEqual(events('Russia attacked Kharkiv, and Ukraine responded with drone strikes on Belgorod.').map((e) => [e.actor?.country, e.target?.name]), [['RUS', 'Kharkiv'], ['UKR', 'Belgorod']]);
});

test('what an adverb tells as heard is reported ("Serbia reportedly moved troops"); a blocked package far from its verb is still not given ("blocked the EU\'s 50 billion euro aid package")', () => {
  assert.deepEqual(events('Serbia reportedly moved troops to the Kosovo border.').map((e) => e.status), ['reported']);
  assert.deepEqual(events('Russian forces allegedly executed prisoners near Bakhmut.').map((e) => e.status), ['reported']);
  assert.deepEqual(events('Hungary blocked the EU\'s 50 billion euro aid package for Ukraine.').map((e) => [e.type, e.status, e.actor?.name]), [['REJECT', 'actual', 'Hungary'], ['AID', 'negated', 'European Union']]);
});

test('"open to talks without preconditions" is a meeting to come, though the tagger reads "talks" as a verb', () => {
  assert.deepEqual(events('Lavrov said Russia was open to talks without preconditions.').map((e) => [e.type, e.status, e.actor?.country]), [['AGREE', 'planned', 'RUS']]);
});

test('a government and its rebels signing a ceasefire are each other\'s sides, not the host town\'s ("signed a ceasefire agreement in Havana"); drones shot down are their launcher\'s', () => {
  assert.deepEqual(events('Colombia\'s government and the ELN rebels signed a ceasefire agreement in Havana.').map((e) => [e.actor?.name, e.target?.name, e.location?.name]), [['Colombia', 'ELN', 'Havana'], ['ELN', 'Colombia', 'Havana']]);
  assert.deepEqual(events('The U.S. Navy destroyer shot down three drones fired by the Houthis.').map((e) => [e.type, e.actor?.country, e.target?.name]), [['ASSAULT', 'USA', 'Houthis']]);
});

test('a deed named again after it is told, with no sides of its own ("Putin met Xi in Beijing, their second meeting this year"), is the one told', () => {
  assert.deepEqual(events('Putin met Chinese President Xi Jinping in Beijing on Thursday, their second meeting this year.').map((e) => [e.type, e.actor?.name]), [['CONSULT', 'Vladimir Putin']]);
});

test('weapons received are aid from whoever sent them ("Kyiv received the first batch of F-16 fighter jets from Denmark and the Netherlands"), to the receiver when no giver is named', () => {
  assert.deepEqual(events('Kyiv received the first batch of F-16 fighter jets from Denmark and the Netherlands.').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['AID', '072', 'DNK', 'UKR'], ['AID', '072', 'NLD', 'UKR']]);
  assert.deepEqual(events('Ukraine received Patriot missiles from Germany.').map((e) => [e.actor?.country, e.target?.country]), [['DEU', 'UKR']]);
  assert.deepEqual(events('Taiwan received its first Abrams tanks.').map((e) => [e.actor?.country ?? null, e.target?.country]), [[null, 'TWN']]);
  assertNoEvents(['He received a letter from Putin.']);
});

test('ships struck at sea are attacked ("struck a Greek-owned bulk carrier with an anti-ship missile"), a deal struck with missile makers is none', () => {
  assert.deepEqual(events('Yemen\'s Houthi rebels struck a Greek-owned bulk carrier with an anti-ship missile in the Red Sea on Monday.').map((e) => [e.type, e.actor?.country, e.location?.name]), [['ASSAULT', 'YEM', 'Red Sea']]);
  assert.deepEqual(events('Russia struck the city with missiles and drones overnight.').map((e) => [e.type, e.actor?.country]), [['ASSAULT', 'RUS']]);
  assertNoEvents(['The company struck a deal with missile manufacturers in Turkey.', 'The two sides struck a deal with drone makers.', 'The storm hit the boat near the coast.']);
});

test('states that share a deed\'s noun or hit targets together did it together, not to each other ("the U.S. and British raids", "The U.S. and Britain hit rebel sites")', () => {
  const raids = events('Iran condemned the U.S. and British raids as a violation of Yemen\'s sovereignty.').filter((e) => e.type === 'COERCE');
  assert.deepEqual(raids.map((e) => [e.actor?.country, e.target?.country ?? null]).sort(), [['GBR', null], ['USA', null]]);
  assert.deepEqual(events('Iran condemned the American and British airstrikes on Yemen.').filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.country, e.target?.country]).sort(), [['GBR', 'YEM'], ['USA', 'YEM']]);
  assert.deepEqual(events('The U.S. and Britain hit rebel sites in Yemen.').map((e) => [e.type, e.actor?.country, e.target?.country ?? null]), [['ASSAULT', 'USA', null], ['ASSAULT', 'GBR', null]]);
  // A side named in a clause told beside the deed is that clause's ("… as U.S. and Britain hit rebel sites").
  assert.deepEqual(events('Houthi missile strikes cargo ship in Red Sea as U.S. and Britain hit rebel sites').map((e) => [e.actor?.country, e.target?.country ?? null]), [['YEM', null], ['USA', null], ['GBR', null]]);
});

test('an attack that "would invoke" a treaty is supposed, not told; waters are no side ("the South China Sea" is not China); "no immediate plans to move" forces tells of none', () => {
  const evs = events('An armed attack on Philippine public vessels anywhere in the South China Sea would invoke U.S. mutual defense commitments.');
  assert.deepEqual(evs.map((e) => [e.type, e.status, e.target?.country]), [['ASSAULT', 'hypothetical', 'PHL'], ['AGREE', 'actual', 'PHL']]);
  assert.deepEqual(events('A Pentagon spokeswoman said there were no immediate plans to move U.S. forces.').map((e) => [e.type, e.status]), [['MOBILIZE', 'negated']]);
});

test('troops ordered to leave, however many words name them, are expelled; a state vowing a response threatens; a subject whose aside owns something is the subject ("Egypt, whose Suez Canal revenue has fallen")', () => {
  assert.deepEqual(events('Niger\'s military rulers on Sunday ordered the roughly 1,500 French soldiers stationed in the country to leave.').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['SANCTION', '166', 'NER', 'FRA']]);
  assert.deepEqual(events('Treasury sanctions Iranian drone suppliers; Tehran vows response').map((e) => [e.type, e.actor?.country]), [['SANCTION', 'USA'], ['THREATEN', 'IRN']]);
  assert.deepEqual(events('Egypt, whose Suez Canal revenue has fallen by nearly half, urged all sides to show restraint.').map((e) => [e.type, e.actor?.name]), [['REQUEST', 'Egypt']]);
  assert.deepEqual(events('Iran, whose foreign minister visited Moscow last week, condemned the strikes.').filter((e) => e.type === 'ACCUSE').map((e) => e.actor?.name), ['Iran']);
});

test('a verb after ", and" is the sentence subject\'s, not the phrase before the comma ("India … blamed a group for an attack … that killed five soldiers, and suspended a treaty"; "…, and announced sanctions")', () => {
  assert.deepEqual(events('India on Wednesday blamed a Pakistan-based militant group for an attack on an army convoy in Kashmir that killed five soldiers, and suspended a river water treaty with its neighbor in retaliation.').filter((e) => e.type === 'SANCTION').map((e) => e.actor?.name), ['India']);
  const evs = events('The United States and Britain on Monday accused hackers working for China\'s Ministry of State Security of a years-long cyber-espionage campaign against lawmakers, officials and companies, and announced sanctions on a front company and two individuals.');
  assert.deepEqual(evs.filter((e) => e.type === 'SANCTION').map((e) => e.actor?.country), ['USA', 'GBR']);
  // The sayer of a clause before ", and" does the deed after it, across a hyphenated word ("state-sponsored").
  assert.deepEqual(events('New Zealand said separately that a Chinese state-sponsored group had hacked its parliamentary network in 2021, and summoned China\'s ambassador.').filter((e) => e.cameo === '114').map((e) => [e.actor?.country, e.target?.country]), [['NZL', 'CHN']]);
  // (Not a gerund in a list.)
  assert.deepEqual(events('Cruz has questioned whether Trump has the temperament to be president, but declined to follow suit on the debate stage.').map((e) => e.actor?.name ?? null).filter((n) => n === 'president'), []);
});

test('a subject the tagger joined to a time after it is the subject ("Washington last month imposed sanctions"), not a place gone to ("went to Flint last week to talk")', () => {
  assert.deepEqual(events('Washington last month imposed sanctions on two RSF commanders over the siege.').map((e) => [e.type, e.actor?.country, e.target?.name]), [['SANCTION', 'USA', 'Rapid Support Forces']]);
  assert.deepEqual(events('Trump last week invited Russia to dig up the missing emails.').map((e) => e.actor?.name), ['Donald Trump']);
  assert.ok(!events('She was one of the staffers who went to Flint last week to talk with the mayor.').some((e) => e.actor?.name === 'Flint'));
  // A stance toward all forms of an evil is no side's: "Beijing firmly opposed all forms of cyberattacks".
  assert.deepEqual(events('The U.S. accused Chinese hackers of breaching its networks. Beijing firmly opposed all forms of cyberattacks.').filter((e) => e.type === 'REJECT').map((e) => e.target), [null]);
});

test('the place of a happening a time apart from the deed is not its place ("launched drills … a day after its president returned from a stopover in the United States")', () => {
  const evs = events('China\'s military launched large-scale drills around Taiwan on Saturday, sending warships to encircle the island a day after its president returned from a stopover in the United States, Taiwan\'s Defense Ministry said.');
  assert.deepEqual(evs.map((e) => [e.type, e.actor?.country, e.target?.country, e.location?.name ?? null]), [['MOBILIZE', 'CHN', 'TWN', null]]);
  assert.deepEqual(events('Militants attacked a checkpoint in Kabul a day after the talks ended.').map((e) => e.location?.name), ['Kabul']);
});

test('an object pronoun is none of the subjects joined before it ("Russia and China voted against it"); a state cancels its ties by cancelling a participation', () => {
  assert.deepEqual(events('Russia and China voted against it.').map((e) => [e.actor?.country, e.target?.country ?? null]), [['RUS', null], ['CHN', null]]);
  assert.deepEqual(events('Washington canceled Kosovo\'s participation in a military exercise.').map((e) => [e.type, e.cameo, e.actor?.country]), [['SANCTION', '160', 'USA']]);
});

test('headlines a desk reads: "Germany arrests suspected Russian spy", "EU agrees new sanctions package", "X rejects …, demands …", "trade accusations"; a truce a U.N. resolution is about is no deed', () => {
  assert.deepEqual(events('Germany arrests suspected Russian spy at air base').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['COERCE', '173', 'DEU', 'RUS']]);
  assert.deepEqual(events('EU agrees new sanctions package against Russia').map((e) => [e.type, e.actor?.name, e.target?.country]), [['SANCTION', 'European Union', 'RUS']]);
  assert.deepEqual(events('Hamas rejects latest truce proposal, demands full withdrawal').map((e) => [e.type, e.actor?.name]), [['REJECT', 'Hamas'], ['REQUEST', 'Hamas']]);
  assert.deepEqual(events('Ethiopia and Eritrea trade accusations over troop buildup').map((e) => [e.type, e.actor?.country, e.target?.country]), [['ACCUSE', 'ETH', 'ERI'], ['ACCUSE', 'ERI', 'ETH']]);
  assert.deepEqual(events('Russia vetoes U.N. resolution on Ukraine ceasefire').map((e) => [e.type, e.actor?.country]), [['REJECT', 'RUS']]);
  assert.deepEqual(events('The Security Council passed a resolution for sanctions on North Korea.').map((e) => [e.type, e.target?.country]), [['SANCTION', 'PRK']]);
});

test('a headline verb after its subject\'s common noun ("Russian court sentences U.S. journalist"); two names a comma joins sign together; weapons shipments intercepted are seized', () => {
  assert.deepEqual(events('Russian court sentences U.S. journalist to 16 years').map((e) => [e.type, e.actor?.country, e.target?.country]), [['SANCTION', 'RUS', 'USA']]);
  assert.deepEqual(events('Armenia, Azerbaijan sign peace deal at White House').map((e) => [e.actor?.country, e.target?.country]), [['ARM', 'AZE'], ['AZE', 'ARM']]);
  assert.deepEqual(events('U.S. Navy intercepts Iranian weapons shipment bound for Yemen').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['COERCE', '1711', 'USA', 'IRN']]);
  // A deed told with no side, beside a clause that names a country, still stands.
  assert.deepEqual(events('Drone strikes increase as Peru conflict intensifies.').map((e) => e.type), ['ASSAULT']);
});

test('a state releasing a people\'s nationals releases prisoners ("Venezuela released 10 Americans"); ordering an ambassador\'s expulsion expels him; "released plans" releases no one', () => {
  assert.deepEqual(events('Venezuela released 10 Americans in exchange for an ally of President Nicolás Maduro.').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['RETREAT', '0841', 'VEN', 'USA']]);
  assert.deepEqual(events('Iraq\'s government ordered the expulsion of the Swedish ambassador.').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['SANCTION', '166', 'IRQ', 'SWE']]);
  assertNoEvents(['The company released plans for a new factory.']);
});

test('a condition\'s participle is done to the subject ("would close the Strait of Hormuz if attacked"); closing a strait threatens a blockade; waters are no doer', () => {
  const evs = events('Iran warned that it would close the Strait of Hormuz if attacked.');
  assert.deepEqual(evs.map((e) => [e.type, e.status, e.actor?.country ?? null, e.target?.country ?? null]), [['THREATEN', 'threatened', 'IRN', null], ['ASSAULT', 'hypothetical', null, 'IRN']]);
  assert.deepEqual(events('In theory, Lewandowski could face up to a year in county jail if convicted.').map((e) => [e.actor?.name ?? null, e.target?.name]), [[null, 'Lewandowski']]);
  assertNoEvents(['The storm closed the port for two days.']);
});

test('who directs those blamed is blamed ("blamed “fascist mobs” directed by Belgrade"); the accused past the phrase that describes them did the deed ("accused militias backed by Iran of attacking the base")', () => {
  assert.deepEqual(events('Kurti blamed “fascist mobs” directed by Belgrade and said Kosovo would not back down.').filter((e) => e.type === 'ACCUSE').map((e) => [e.actor?.country, e.target?.country]), [['XKX', 'SRB']]);
  assert.deepEqual(events('Kyiv blamed saboteurs sent by Moscow for the blast.').filter((e) => e.type === 'ACCUSE').map((e) => e.target?.country), ['RUS']);
  const attack = events('The government accused militias backed by Iran of attacking the base.').find((e) => e.type === 'ASSAULT');
  assert.deepEqual([attack?.status, attack?.actor?.name], ['reported', 'militias']);
});

test('a title "whose" opens belongs to the name before it ("Iran, whose foreign minister visited Moscow")', () => {
  assert.deepEqual(events('Iran, whose foreign minister visited Moscow last week, condemned the strikes.').map((e) => [e.type, e.actor?.country]), [['CONSULT', 'IRN'], ['ACCUSE', 'IRN']]);
});

test('hackers who breach a body intrude on it ("Chinese hackers breach U.S. Treasury"), a plural subject\'s headline verb without its -s', () => {
  assert.deepEqual(events('Chinese hackers breach U.S. Treasury, officials say').map((e) => [e.type, e.cameo, e.actor?.country, e.target?.country]), [['COERCE', '176', 'CHN', 'USA']]);
  assert.deepEqual(events('Chinese hackers breached the U.S. Treasury.').map((e) => [e.type, e.target?.country]), [['COERCE', 'USA']]);
});

test('"no intention of" a deed tells of none, a quotation\'s closing mark between', () => {
  const ev = (t: string) => analyzeArticle(articleFromText(t, { language: 'en' })).events.map((e) => [e.type, e.status]);
  assert.deepEqual(ev('He said Tehran had “no intention” of continuing if Israel stopped its attacks.'), [['ASSAULT', 'negated']]);
  assert.deepEqual(ev('Iran has no intention of attacking its neighbours, the minister said.'), [['ASSAULT', 'negated']]);
});

test('a verb after ", and" is the sentence subject\'s in a lead that opens with its dateline ("NEW DELHI (Reuters) — India … blamed …, and suspended …")', () => {
  const evs = analyzeArticle(articleFromText('NEW DELHI (Reuters) — India on Wednesday blamed a Pakistan-based militant group for an attack on an army convoy in Kashmir that killed five soldiers, and suspended a river water treaty with its neighbor in retaliation.\n\nThe attack came a week after talks broke down.', { language: 'en' })).events;
  assert.deepEqual(evs.filter((e) => e.type === 'SANCTION').map((e) => e.actor?.name), ['India']);
});

test('forces a state\'s ministry detected or tracked are sent at the state, not at the ministry that counted them', () => {
  const sides = (t: string) => events(t).filter((e) => e.type === 'MOBILIZE' && e.cameo === '150').map((e) => [e.actor?.name, e.target?.name, e.target?.country]);
  assert.deepEqual(sides("Taiwan's Defense Ministry said it had detected 45 Chinese aircraft and 17 ships around the island by 6 a.m."), [['China', 'Taiwan', 'TWN']]);
  assert.deepEqual(sides("Japan's Joint Staff said it had tracked two Russian bombers over the Sea of Japan."), [['Russia', 'Japan', 'JPN']]);
});

test('craft counted and then named again by their kind are the counted state\'s ("detected 42 Chinese military aircraft …, and that 26 of the aircraft had crossed the median line")', () => {
  const evs = analyzeArticle(articleFromText('TAIPEI, Taiwan (AP) — China launched drills around Taiwan on Saturday.\n\nTaiwan\'s Defense Ministry said it detected 42 Chinese military aircraft and 19 navy vessels around the island by Saturday afternoon, and that 26 of the aircraft had crossed the median line of the Taiwan Strait. Taiwan scrambled jets to monitor the activity.', { language: 'en' })).events;
  const crossed = evs.find((e) => e.trigger.text === 'crossed');
  assert.deepEqual([crossed?.actor?.name, crossed?.actor?.country], ['China', 'CHN']);
  assert.notEqual(crossed?.target?.name, '42 Chinese military aircraft');
  const scrambled = evs.find((e) => e.trigger.text === 'scrambled');
  assert.deepEqual([scrambled?.actor?.country, scrambled?.target?.name], ['TWN', 'China']);
});

test('the accused carried out the deed a light verb carries ("accused Pakistan on Friday of carrying out airstrikes", "of staging a drone attack"), as alleged', () => {
  const deed = (t: string) => events(t).filter((e) => e.type === 'ASSAULT').map((e) => [e.actor?.country, e.status]);
  assert.deepEqual(deed('The Taliban government accused Pakistan on Friday of carrying out airstrikes in eastern Afghanistan that killed at least ten civilians.'), [['PAK', 'reported']]);
  assert.deepEqual(deed('Israel accused Hezbollah of carrying out the attack.'), [['LBN', 'reported']]);
  assert.deepEqual(deed('Russia accused Ukraine of staging a drone attack on the Kremlin.'), [['UKR', 'reported']]);
  assert.deepEqual(deed('Kyiv accused Moscow on Sunday of shelling a hospital.'), [['RUS', 'reported']]);
});

test('a name that says what kind of thing it is ("Virginia-class submarines", "Soviet-era bombers", "an Iraq-style invasion") and the agency that saw the papers ("a memo seen by Reuters") are no sides; a deed still to be decided on is supposed', () => {
  const sides = (t: string) => events(t).map((e) => [e.type, e.actor?.country ?? null, e.target?.country ?? null, e.status]);
  assert.deepEqual(sides('Australia called for tighter conditions on the transfer of three Virginia-class submarines.'), [['REQUEST', 'AUS', null, 'actual']]);
  assert.deepEqual(sides('Ukraine shot down Soviet-era bombers over Kherson.'), [['ASSAULT', 'UKR', null, 'actual']]);
  assert.deepEqual(sides('Russia has guarded its power plants against Ukrainian drone attacks, according to an internal memo seen by Reuters.').filter((e) => e[0] === 'ASSAULT'), [['ASSAULT', 'UKR', 'RUS', 'actual']]);
  assert.deepEqual(sides('They said no decision had been made on sanctions against Venezuela.').map((e) => e[3]), ['hypothetical']);
});

test('"a Pakistan-based militant group" is a body of that place, named by its phrase, not the place', () => {
  const evs = events('India on Wednesday blamed a Pakistan-based militant group for an attack on an army convoy in Kashmir that killed five soldiers.');
  assert.deepEqual(evs.map((e) => [e.type, e.actor?.name, e.actor?.country, e.actor?.sector]).find((x) => x[0] === 'ASSAULT'), ['ASSAULT', 'Pakistan-based militant group', 'PAK', 'REB']);
  assert.deepEqual(evs.filter((e) => e.type === 'ACCUSE').map((e) => e.target?.name), ['Pakistan-based militant group']);
});

test('"failed on Thursday to agree on a new package of sanctions": a day told inside the verb group leaves it negated; sanctions agreed on are imposed, not threatened', () => {
  const failed = find(events('European Union leaders failed on Thursday to agree on a new package of sanctions against Russia.'), 'SANCTION', undefined, 'RUS');
  assert.equal(failed.status, 'negated');
  const agreed = find(events('European Union leaders agreed on a new package of sanctions against Russia.'), 'SANCTION', undefined, 'RUS');
  assert.deepEqual([agreed.actor?.name, agreed.status], ['European Union', 'actual']);
  assert.ok(!events('European Union leaders agreed on a new package of sanctions against Russia.').some((e) => e.type === 'THREATEN'));
});

test('"Amnesty International said …": a capitalised word opening a sentence inside a longer name is no event', () => {
  assertNoEvents(['Amnesty International said last month that the international community had abandoned Haitians to the gangs.'], 'CONCEDE');
  assert.equal(find(events('The president announced an amnesty for political prisoners.'), 'CONCEDE').trigger.text, 'amnesty');
});

test('"clashes between herders and farmers", "clashed with police": crowds come to blows; "clashed with Megyn Kelly" is a quarrel', () => {
  assertEvents(['Security analysts say the violence has complex causes, from jihadist insurgency to clashes between herders and farmers over land.',
    'Protesters clashed with police in the capital on Sunday.'], (e) => e.type === 'ASSAULT');
  assert.ok(!events('Trump clashed with Megyn Kelly over the debate.', '2016-03-01').some((e) => e.type === 'ASSAULT'));
});

test('"The talks between Russia and Ukraine collapsed": talks with their sides named are a meeting of both; "will resume", "will take place" are to come', () => {
  const held = events('The talks between Russia and Ukraine collapsed on Monday.');
  assert.equal(find(held, 'CONSULT', 'RUS', 'UKR').status, 'actual');
  find(held, 'CONSULT', 'UKR', 'RUS');
  for (const text of ['Talks between Russia and Ukraine will resume on Monday.', 'The summit between Biden and Xi will take place on Wednesday.']) {
    const evs = events(text);
    assert.ok(evs.length > 0 && evs.every((e) => e.status === 'planned'), `${text}: ${JSON.stringify(evs.map((e) => [e.type, e.status]))}`);
  }
  assertNoEvents(['The president talks with reporters every day.', 'Trump talks tough on trade.']);
});

test('"urged the bloc to go further", "warned the 32-member alliance against deploying troops": the union, alliance or cartel named last', () => {
  const urged = find(events('The European Union approved new sanctions on Russia. Ukrainian President Volodymyr Zelenskiy welcomed the decision but urged the bloc to go further.'), 'REQUEST', 'UKR');
  assert.equal(urged.target?.name, 'European Union');
  const warned = events('NATO leaders met in The Hague. Russia warned the 32-member alliance against deploying troops.').find((e) => e.actor?.country === 'RUS' && e.trigger.text === 'warned');
  assert.equal(warned?.target?.name, 'NATO');
  assert.equal(find(events('OPEC agreed to cut output. Saudi Arabia urged the cartel to hold prices.'), 'REQUEST', 'SAU').target?.name, 'OPEC');
  // (Not any body called an alliance: the opposition's is no NATO.)
  const opposition = events('NATO held drills in Poland. The opposition alliance accused the government of fraud.').find((e) => e.type === 'ACCUSE');
  assert.notEqual(opposition?.actor?.name, 'NATO');
});

test('"Gang members stormed a town …, killing at least 20 people and torching dozens of homes": gangs are actors, and a participle joined to another shares its doer, not the people just killed', () => {
  const text = 'PORT-AU-PRINCE, Haiti (AP) — Gang members stormed a town in central Haiti overnight, killing at least 20 people and torching dozens of homes, local officials said Thursday.';
  const evs = events(text);
  assert.equal(find(evs, 'ASSAULT').actor?.name, 'Gang members');
  assert.equal(evs.find((e) => e.trigger.text === 'torching')?.actor?.name, 'Gang members');
  assert.equal(find(events('Police said gangs attacked the village.'), 'ASSAULT').actor?.sector, 'CRM');
  // (An adjective is no criminal: "a criminal investigation" has no criminal side.)
  const probe = events('The Justice Department opened a criminal investigation into the leak.').find((e) => e.trigger.text === 'investigation');
  assert.notEqual(probe?.target?.name, 'criminal');
});

test('"the missile was launched from near Pyongyang at about 7:30 a.m.": a launch is the state\'s it came from, "at" a time names no target', () => {
  const launch = events('The Joint Chiefs of Staff in Seoul said the missile was launched from near Pyongyang at about 7:30 a.m. and flew roughly 600 miles.').find((e) => e.trigger.text === 'launched');
  assert.deepEqual([launch?.type, launch?.actor?.country, launch?.target ?? null], ['MOBILIZE', 'PRK', null]);
  const rockets = find(events('Two missiles were fired from southern Lebanon toward Haifa.'), 'ASSAULT');
  assert.deepEqual([rockets.actor?.country, rockets.target?.country], ['LBN', 'ISR']);
  assert.equal(find(events('Russia fired missiles at Kyiv at dawn.'), 'ASSAULT', 'RUS').target?.country, 'UKR');
});

test('"regretted the U.S. decision to expel its ambassador": a name right before a noun of purpose owns the deed', () => {
  const expel = find(events("South Africa's government said Saturday that it regretted the U.S. decision to expel its ambassador, Ebrahim Rasool."), 'SANCTION');
  assert.equal(expel.actor?.country, 'USA');
});

test('"Speaking to reporters on a trip to India, Starmer said …": the doer of a phrase opening the sentence with a participle is the subject after its comma', () => {
  const trip = find(events("Speaking to reporters on a trip to India, Keir Starmer said the previous government's policy on China had been the problem."), 'CONSULT');
  assert.deepEqual([trip.actor?.country, trip.target?.country], ['GBR', 'IND']);
  const met = find(events('Emerging from a 45-minute meeting with President Obama, Sanders said the session went well.', '2016-06-10'), 'CONSULT');
  assert.match(met.actor?.name ?? '', /Sanders/);
  // (Not a noun the opener only talks about.)
  const claimed = events('Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that the anchor was treated unfairly.', '2016-09-10').find((e) => e.trigger.text === 'criticism');
  assert.notEqual(claimed?.actor?.name, 'Donald Trump');
});

test('people harmed with no place of theirs named are of the state the story is about, not where that state\'s own forces strike', async () => {
  const { analyzeArticle } = await import('../../src/nlp/pipeline.ts');
  const { articleFromText } = await import('../../src/extract/given.ts');
  const at = (text: string) => analyzeArticle(articleFromText(text, { published: '2025-06-10' })).events.filter((e) => e.type === 'ASSAULT' || e.type === 'COERCE');
  const nd = at('NEW DELHI (AP) — India said Wednesday it was suspending a treaty with Pakistan.\n\nPolice said the gunmen emerged from a forest and opened fire on tourists at a meadow.');
  assert.deepEqual(nd.map((e) => [e.target?.name, e.target?.country]), [['tourists', 'IND']]);
  const ist = at('ISTANBUL (Reuters) — Turkish warplanes struck Kurdish militant targets, the defence ministry said.\n\nThe Syrian Democratic Forces said the Turkish strikes had killed at least 12 civilians.');
  assert.ok(ist.every((e) => e.target?.name !== '12 civilians' || e.target.country !== 'TUR'), JSON.stringify(ist.map((e) => [e.target?.name, e.target?.country])));
  const two = at('NEW DELHI/ISLAMABAD (Reuters) - India said it struck nine sites in Pakistan.\n\nA Pakistani military spokesman said 26 civilians had been killed.');
  assert.ok(two.every((e) => e.target?.country !== 'IND' || e.target.name !== '26 civilians'), 'filed from both sides, the story is about neither alone');
});

test('"Kim Jong Un\'s powerful sister warned …": a relative named by whose they are is a person of their own, of that one\'s country', () => {
  const warned = find(events("Kim Jong Un's powerful sister warned that Seoul would pay dearly."), 'THREATEN');
  assert.deepEqual([warned.actor?.name, warned.actor?.country, warned.target?.country], ["Kim Jong Un's powerful sister", 'PRK', 'KOR']);
});

test('"Kim Jong Un\'s powerful sister warned …" with Kim Yo Jong named after: the sister is she, in deeds and words; a parent is no one named', async () => {
  const { analyzeArticle } = await import('../../src/nlp/pipeline.ts');
  const { articleFromText } = await import('../../src/extract/given.ts');
  const a = analyzeArticle(articleFromText('SEOUL, South Korea (AP) — North Korea said Sunday it had shot down a South Korean drone, and Kim Jong Un\'s powerful sister warned that Seoul would "pay dearly" for what she called a grave provocation.\n\nIn a statement, Kim Yo Jong said the North\'s military had been ordered to prepare a response.', { published: '2025-06-08' }));
  const warned = find(a.events, 'THREATEN');
  assert.deepEqual([warned.actor?.name, warned.actor?.country, warned.target?.country], ['Kim Yo-jong', 'PRK', 'KOR']);
  const called = a.quotes.find((q) => q.text.startsWith('a grave provocation'));
  assert.equal(called?.speaker?.name, 'Kim Yo-jong', '"what she called": the sister, not her brother');
  const kim = a.entities.find((e) => e.name === 'Kim Jong-un')!;
  assert.deepEqual(kim.mentions.map((m) => m.text), ['Kim Jong Un']);
  const hillary = analyzeArticle(articleFromText('Bill Clinton campaigned in Scranton, the city where Clinton\'s father grew up. Hillary Clinton spoke in Ohio.', { published: '2016-08-15' }));
  assert.ok(!hillary.entities.some((e) => e.mentions.some((m) => m.text.includes('father'))), 'Hillary\'s father is not her husband');
});

test('"Kishida condemned the launch, calling it a threat …" after a missile launch, joint drills and a ministry\'s word: the launcher is condemned, "it" is the launch', () => {
  const text = 'SEOUL, South Korea (Reuters) — North Korea fired a ballistic missile into the sea off its east coast on Thursday, South Korea\'s military said, the latest in a series of launches as Pyongyang protests joint drills by the United States and South Korea.\n\n'
    + 'The missile flew about 1,000 km before falling outside Japan\'s exclusive economic zone, Japan\'s Defense Ministry said. Japanese Prime Minister Fumio Kishida condemned the launch, calling it "a threat to the peace and stability of the region."';
  assert.equal(events(text).find((e) => e.trigger.text === 'condemned')?.target?.country, 'PRK');
});

test('"Yonhap news agency, citing unidentified government sources, reported that …": a sayer set off from its verb by an aside is no side of what it reports', () => {
  const visit = events('Yonhap news agency, citing unidentified government sources, reported that Russian engineers had visited the launch site in recent months.').find((e) => e.trigger.text === 'visited');
  assert.ok(visit && visit.actor?.country === 'RUS' && visit.target?.name !== 'Yonhap', JSON.stringify(visit?.target));
});

test('"A spokesperson for the U.S. State Department … urged Beijing": one who speaks for a body is the body; "KMT chairman Eric Chu" is Taiwan\'s; a relative clause after the deed names none of its sides', () => {
  const urged = find(events('A spokesperson for the U.S. State Department said Washington was monitoring closely and urged Beijing to exercise restraint.'), 'REQUEST');
  assert.deepEqual([urged.actor?.name, urged.actor?.country, urged.target?.country], ['State Department', 'USA', 'CHN']);
  assert.equal(find(events('KMT chairman Eric Chu thanked voters.'), 'SUPPORT').actor?.country, 'TWN');
  const text = 'TAIPEI (Reuters) — Taiwan voters on Saturday rejected a bid to remove two dozen opposition lawmakers, a setback for President Lai Ching-te, whose party had accused the Kuomintang of being too close to Beijing.';
  const evs = events(text);
  assert.notEqual(find(evs, 'REJECT').target?.country, 'CHN');
  assert.equal(evs.find((e) => e.type === 'ACCUSE')?.target?.name, 'Kuomintang');
});

test('"the three European powers" after "France, Germany and Britain" and then Moscow: the states named together, as many as counted; "In an interview with Reuters" names no side', () => {
  const text = 'France, Germany and Britain urged Iran to resume cooperation. The Russian foreign ministry said Moscow would not recognize any reimposed sanctions. A European diplomat said the three European powers remained open to talks.';
  const talks = events(text).filter((e) => e.trigger.text === 'talks');
  // (Ready to talk with someone else, so the three are the actors and none is another's target.)
  assert.deepEqual([...new Set(talks.map((e) => e.actor?.country))].sort(), ['DEU', 'FRA', 'GBR']);
  const approved = events('In an interview with Reuters, a senior Iranian official said the supreme leader had approved the outreach.').find((e) => e.trigger.text === 'approved');
  assert.notEqual(approved?.target?.name, 'Reuters');
});

test('"a schoolteacher who asked that her name be withheld", "a diplomat who requested anonymity": a source\'s terms are no request', () => {
  assertNoEvents(['Another resident, a schoolteacher who asked that her name be withheld, said prices had tripled.',
    'A diplomat who requested anonymity said the vote was delayed.', 'One official asked to remain anonymous.'], 'REQUEST');
  assert.equal(find(events('The minister asked Iran to release the sailors.'), 'REQUEST').target?.country, 'IRN');
});

test('"urged the bloc to go further" many names after the European Union was named: the bloc is looked for further back than a pronoun\'s antecedent', () => {
  const text = 'BRUSSELS (Reuters) - European Union governments approved new sanctions against Russia on Wednesday, blacklisting tankers that Brussels says carry Russian oil past a price cap set by the Group of Seven.\n\n'
    + 'The package also bans transactions with two Chinese refineries and banks in Kazakhstan and Kyrgyzstan that helped Moscow. China and India said they opposed the listing, and Turkey, Georgia and Armenia asked for exemptions.\n\n'
    + 'Hungary and Slovakia, which had threatened to veto the package, dropped their objections. Ukrainian President Volodymyr Zelenskiy welcomed the decision but urged the bloc to go further.';
  assert.equal(events(text).find((e) => e.trigger.text === 'urged')?.target?.name, 'European Union');
});

test('"Russia intensified attacks on Kharkiv", "expanded intelligence sharing": a deed its subject steps up or keeps going is done, not named; not a deed stepped up as a modifier ("reports of escalating cyberattacks")', () => {
  const stepped = find(events('Russia intensified attacks on Kharkiv.'), 'ASSAULT');
  assert.deepEqual([stepped.actor?.country, stepped.target?.name], ['RUS', 'Kharkiv']);
  assert.equal(find(events('Israel has intensified its bombardment of Gaza.'), 'ASSAULT').target?.country, 'PSE');
  assert.equal(find(events('The army maintained a blockade of the city.'), 'COERCE').actor?.name, 'army');
  const sharing = events('France and Germany expanded intelligence sharing.').filter((e) => e.type === 'COOPERATE');
  assert.deepEqual(sharing.map((e) => [e.actor?.country, e.target?.country]), [['FRA', 'DEU'], ['DEU', 'FRA']]);
  assert.deepEqual(events('France and Germany expanded military cooperation with Poland.').map((e) => [e.type, e.actor?.country, e.target?.country]),
    [['COOPERATE', 'FRA', 'POL'], ['COOPERATE', 'DEU', 'POL']]);
  assert.equal(find(events('France expanded cooperation with Germany.'), 'SUPPORT').target?.country, 'DEU');
  assertNoEvents(['He cited reports of escalating cyberattacks against Americans.', 'Mexico Army Calls Upon Conscripts in Preparation for Renewed Offensive.'], 'ASSAULT');
});

test('"stepped up recruitment of fighters", "ramped up production of drones": forces raised and arms made are mobilisation, the recruits no target; cars made and campaign volunteers are none', () => {
  const recruits = find(events('Russia stepped up recruitment of soldiers in the regions.'), 'MOBILIZE');
  assert.deepEqual([recruits.mode, recruits.actor?.country, recruits.target], ['militia', 'RUS', null]);
  const arms = find(events('Iran ramped up production of drones.'), 'MOBILIZE');
  assert.deepEqual([arms.mode, arms.actor?.country], ['weapons', 'IRN']);
  assert.equal(find(events('Russia has tripled its production of artillery shells.'), 'MOBILIZE').mode, 'weapons');
  assert.deepEqual(events('The company increased production of cars.'), []);
  assert.deepEqual(events('The campaign expanded recruitment of volunteers.'), []);
});

test('"blocked access to social media", "restricted internet access": censorship, not a road blocked; "violated the ceasefire" and "Israeli violations of the truce" are attacks (CAMEO 196), "in violation of the truce" describes another act', () => {
  const blocked = find(events('The government blocked access to social media across the country.'), 'COERCE');
  assert.deepEqual([blocked.mode, blocked.cameo], ['censor', '1721']);
  assert.equal(find(events('Authorities restricted internet access in the region.'), 'COERCE').mode, 'censor');
  assert.equal(find(events('Protesters blocked the road to the airport.'), 'PROTEST').mode, 'obstruct');
  const violated = find(events('Hamas said Israel had breached the truce.'), 'ASSAULT');
  assert.deepEqual([violated.cameo, violated.actor?.country], ['196', 'ISR']);
  assert.equal(find(events('The rebels violated the ceasefire.'), 'ASSAULT').goldstein, -9.5);
  assert.equal(find(events('Hezbollah said it was a reaction to repeated Israeli violations of the truce.'), 'ASSAULT').actor?.country, 'ISR');
  assert.deepEqual(events('It said the group had been trying to rebuild its capabilities in violation of the truce.'), []);
});

test('"delivered S-400 missiles to India", "the sale of F-16s to Turkey": a designation with a number is a weapon, not a person to aim at; air-defence systems delivered are military aid', () => {
  assert.equal(find(events('Russia delivered S-400 missiles to India.'), 'AID').target?.country, 'IND');
  assert.equal(find(events('The US approved the sale of F-16s to Turkey.'), 'AGREE').target?.country, 'TUR');
  const systems = find(events('Russia delivered the S-400 systems to India.'), 'AID');
  assert.deepEqual([systems.cameo, systems.target?.country], ['072', 'IND']);
  assert.deepEqual(events('The company delivered new computer systems to the bank.'), []);
});

test('"The group blamed the RSF for the attack": the one blamed, named by an alias, did the attack; "the two neighbors accused each other" after "Thai and Cambodian troops clashed" are the two states', () => {
  assert.equal(find(events('The group blamed the RSF for the attack.'), 'ASSAULT').actor?.name, 'Rapid Support Forces');
  const accused = events('Thai and Cambodian troops clashed along the border, and the two neighbors accused each other of firing first.').filter((e) => e.type === 'ACCUSE');
  assert.deepEqual(accused.map((e) => [e.actor?.country, e.target?.country]), [['THA', 'KHM'], ['KHM', 'THA']]);
});

test('"China ended three days of military drills around Taiwan", "launched weeks of airstrikes": the deed\'s own length is no time it names; "on the night of the attacks" still dates one', () => {
  const drills = find(events('China ended three days of military drills around Taiwan on Monday.'), 'MOBILIZE');
  assert.deepEqual([drills.actor?.country, drills.target?.country], ['CHN', 'TWN']);
  assert.equal(find(events('Israel launched weeks of airstrikes on Gaza.'), 'ASSAULT').actor?.country, 'ISR');
  assert.equal(find(events('Secretary Clinton, on the night of the attacks in Benghazi, said nothing.'), 'ASSAULT').actor, null);
});

test('"A statement from the U.S. State Department urged restraint", "a statement by Hamas rejected": a body\'s statement acts for the body', () => {
  const urged = find(events('A statement from the U.S. State Department said Washington was "closely monitoring" the situation and urged restraint.'), 'REQUEST');
  assert.deepEqual([urged.actor?.name, urged.actor?.country], ['State Department', 'USA']);
  assert.equal(find(events('A statement by Hamas rejected the proposal.'), 'REJECT').actor?.name, 'Hamas');
});

test('"Russia could launch a new offensive": "new" after a determiner is an adjective (wink reads an adverb), so the phrase and the modal\'s status hold', () => {
  assert.equal(find(events('Russia could launch a new offensive in the spring, analysts said.'), 'ASSAULT').status, 'hypothetical');
  assert.equal(find(events('Russia launched a new offensive in the spring.'), 'ASSAULT').status, 'actual');
});

test('"Russia launched a missile attack on Kyiv": an attack or seizure aimed at a place named in the sentence is located there when no other place is; a sanction on a country, or a target taken from context, is not', () => {
  const kyiv = find(events('Russia launched a missile attack on Kyiv on Tuesday.'), 'ASSAULT');
  assert.deepEqual([kyiv.location?.name, kyiv.location?.country, typeof kyiv.location?.lat], ['Kyiv', 'UKR', 'number']);
  assert.equal(find(events('Hamas fired rockets at Tel Aviv.'), 'ASSAULT').location?.name, 'Tel Aviv');
  assert.equal(find(events('The US imposed sanctions on Russia.'), 'SANCTION').location, null);
  assert.equal(find(events('Israel struck targets in Gaza, not Beirut.'), 'ASSAULT').location?.name, 'Gaza');
});

test('"Congress approved $61 billion in aid for Ukraine", "approved a loan to Egypt": aid approved is aid promised (AGREE, CAMEO 033, as "pledged"); sanctions approved are imposed; "approved the measure" is endorsement', () => {
  const aid = find(events('Congress approved $61 billion in aid for Ukraine.'), 'AGREE');
  assert.deepEqual([aid.cameo, aid.actor?.country, aid.target?.country], ['033', 'USA', 'UKR']);
  assert.equal(find(events('The World Bank approved a loan to Egypt.'), 'AGREE').target?.country, 'EGY');
  assert.equal(find(events('The EU approved a new sanctions package against Russia.'), 'SANCTION').target?.country, 'RUS');
  assert.equal(find(events('Voters approved the measure.'), 'SUPPORT').cameo, '051');
});

test('"Iran boycotted the talks in Vienna": a state\'s boycott is of others\' talks, neither the host\'s nor its own; an opposition\'s boycott at home is of its state', () => {
  assert.equal(find(events('Iran boycotted the talks in Vienna.'), 'PROTEST').target, null);
  assert.equal(find(events('The opposition boycotted the election in Venezuela.'), 'PROTEST').target?.country, 'VEN');
});

test('"The junta postponed the elections indefinitely": a government putting off a vote restricts (COERCE 172), not a storm\'s delay nor a party\'s own vote; "ordered the arrest of the ICC prosecutor" leaves the court no country', () => {
  const postponed = find(events('Mali\'s military government postponed the presidential election.'), 'COERCE');
  assert.deepEqual([postponed.cameo, postponed.actor?.country], ['172', 'MLI']);
  assertNoEvents(['The government postponed the election due to floods.', 'The party postponed its vote on the leadership.'], 'COERCE');
  assert.equal(find(events('A Russian court ordered the arrest of the ICC prosecutor.'), 'COERCE').target?.country, null);
});

test('"raised the possibility of sanctions against Russia", "the prospect of suspending talks": a hostile deed held out is a threat by whoever raises it; a possibility of nothing eventful tells no event', () => {
  const raised = find(events('The government raised the possibility of sanctions against Russia.'), 'THREATEN');
  assert.deepEqual([raised.actor?.name, raised.target?.country], ['government', 'RUS']);
  assert.equal(find(events('Mexico raised the prospect of suspending talks with Colombia.'), 'THREATEN').target?.country, 'COL');
  assert.deepEqual(events('The report raised the possibility of a recession.'), []);
});

test('"China held drills near Taiwan. Japan expressed concern over the drills.": concern over a deed told before is voiced at its doer; "strong dissatisfaction with Japan" is disapproval; concern over a deed no one did names no side', () => {
  const concern = find(events('China held drills near Taiwan. Japan expressed concern over the drills.'), 'ACCUSE');
  assert.deepEqual([concern.actor?.country, concern.target?.country, concern.cameo], ['JPN', 'CHN', '110']);
  assert.equal(find(events('Russia attacked Kyiv on Monday. The EU expressed outrage over the attack.'), 'ACCUSE').target?.country, 'RUS');
  assert.equal(find(events('China expressed strong dissatisfaction with Japan.'), 'ACCUSE').target?.country, 'JPN');
  assert.equal(find(events('China voiced strong dissatisfaction with Japan.'), 'ACCUSE').target?.country, 'JPN');
  assertNoEvents(['China expressed concern over the drills.'], 'ACCUSE');
});

test('"expressed willingness to work with", "expressed readiness to use nuclear weapons", "expressed the need for international assistance": willingness frames the deed as "willing" does; a need for aid is an appeal', () => {
  assert.equal(find(events('Iran expressed readiness to resume talks with the United States.'), 'AGREE').target?.country, 'USA');
  assert.equal(find(events('North Korea expressed readiness to use nuclear weapons.'), 'THREATEN').actor?.country, 'PRK');
  assert.equal(find(events('Nigeria\'s president expressed the need for international assistance.'), 'REQUEST').actor?.country, 'NGA');
  assert.deepEqual(events('The minister expressed the need for reform.'), []);
});

test('"The attack, claimed by the Islamic State group, killed 20 people": an aside right after the deed that names its doer gives the attack its actor; "a missile slammed into a building" is no criticism', () => {
  const claimed = find(events('The attack, claimed by the Islamic State group, killed 20 people.'), 'ASSAULT');
  assert.equal(claimed.actor?.name, 'Islamic State');
  assertNoEvents(['The drone slammed into a building.', 'The driver slammed on the brakes.'], 'ACCUSE');
  assert.equal(find(events('China slammed the US decision.'), 'ACCUSE').actor?.country, 'CHN');
});

test('"Russia jammed GPS signals over the Baltic", "stepped up jamming of GPS signals": electronic interference is a cyber operation (COERCE 176); jammed streets are none', () => {
  const jammed = find(events('Russia jammed GPS signals over the Baltic.'), 'COERCE');
  assert.deepEqual([jammed.mode, jammed.cameo, jammed.actor?.country], ['cyber', '176', 'RUS']);
  assert.equal(find(events('Russia stepped up jamming of GPS signals over the Baltic.'), 'COERCE').actor?.country, 'RUS');
  assert.deepEqual(events('The crowd jammed the streets.'), []);
});

test('"Ukraine accused Russia of the attack on the hospital": the deed one is accused of is told as reported, by the accused; not after "an accused rapist … of"', () => {
  const attack = find(events('Ukraine accused Russia of the attack on the hospital.'), 'ASSAULT');
  assert.deepEqual([attack.status, attack.actor?.country], ['reported', 'RUS']);
  assert.equal(find(events('The US accused Iran of the attack on the tanker.'), 'ASSAULT').actor?.country, 'IRN');
  assert.ok(!events('Isn’t associating with an accused rapist too reminiscent of the sexual assaults her husband is accused of?').some((e) => e.type === 'ASSAULT' && e.status === 'actual'));
});

test('"Russia launched 60 drones overnight, Ukraine\'s air force said": drones launched by the dozen are an attack, aimed or not; a company launching a drone is none', () => {
  const drones = find(events('Russia launched 60 drones overnight, Ukraine\'s air force said.'), 'ASSAULT');
  assert.deepEqual([drones.mode, drones.cameo, drones.actor?.country], ['drone', '195', 'RUS']);
  assert.deepEqual(events('The company launched a new drone.'), []);
});

test('a verb\'s -s form after "of" names things ("the backlog of earlier orders", "tired of promises", "a group of censors"): no event', () => {
  assertNoEvents([
    'Delivery will take years, said an analyst, adding that the backlog of earlier orders had not been cleared.',
    '"We are tired of promises," said Grace Danjuma, whose two daughters are among the missing.',
    'His speech was full of promises to keep fighting.',
    'The nation is being led by a group of censors, critics and cynics.',
  ]);
  assert.equal(find(events('Putin orders troops to the border.'), 'MOBILIZE').actor?.country, 'RUS');
  // (A deed that may come is still told: "raises the possibility of bans".)
  assertEvents(['France Leader Raises Possibility of Bans on Opposition Parties.', 'Activists Raise Potential of Protests if Election Fraud Ignored.'], (e) => e.type === 'THREATEN' || e.type === 'PROTEST');
});

test('the first words of a longer name are no place: "a researcher at the Center for Strategic and International Studies" is not in Center, Texas', () => {
  const test = find(events('North Korea tested a new missile on Tuesday, according to a researcher at the Center for Strategic and International Studies.'), 'MOBILIZE');
  assert.equal(test.location, null);
  assert.equal(test.target, null);
  assert.equal(find(events('Russia launched drones at Center, Texas, on Tuesday.'), 'ASSAULT').location?.name, 'Center');
});

test('sides of a mutual act are each other, not one of them by another name ("India and Pakistan traded accusations …, with New Delhi blaming"); where a video was posted is no side; "agreed to extend the ceasefire and meet again" plans the meeting too', () => {
  const traded = events('NEW DELHI (AP) — India and Pakistan traded accusations on Thursday over a deadly attack in Kashmir, with New Delhi blaming "cross-border terrorism" and Islamabad denying any role.')
    .filter((e) => e.type === 'ACCUSE').map((e) => `${e.actor?.country}>${e.target?.country}`).sort();
  assert.deepEqual(traded, ['IND>PAK', 'PAK>IND']);
  const strike = find(events('Hegseth posted a video of the strike on social media and wrote that the boat had been operated by a cartel.'), 'ASSAULT');
  assert.equal(strike.target, null);
  assert.equal(find(events('The government imposed a ban on TikTok.'), 'COERCE').target?.name, 'TikTok');
  const meet = events('ISLAMABAD (Reuters) — Pakistan and Afghanistan agreed on Thursday to extend a fragile ceasefire and meet again next month, mediators said.')
    .filter((e) => e.trigger.text === 'meet');
  assert.ok(meet.length > 0 && meet.every((e) => e.status === 'planned'), JSON.stringify(meet.map((e) => [e.type, e.status])));
  assert.equal(find(events('The rebels managed to escape and attack a convoy.'), 'ASSAULT').status, 'actual');
});

test('an -ing word right after a noun is what that noun does ("targeted logistics companies supplying aid to Ukraine"), not the subject\'s; a statement "calling on" someone is its issuer\'s', () => {
  const aid = find(events('LONDON (AP) — Britain\'s National Cyber Security Centre said Wednesday that hackers linked to Russia\'s military intelligence agency had targeted logistics companies supplying aid to Ukraine.'), 'AID');
  assert.equal(aid.actor?.name, 'logistics companies');
  const call = events('Brazil, Colombia and Mexico issued a joint statement calling on the council to release the detailed tallies.').filter((e) => e.type === 'REQUEST');
  assert.deepEqual(call.map((e) => e.actor?.country).sort(), ['BRA', 'COL', 'MEX']);
});

test('arms no one is named owning that strike another state are the teller\'s state\'s ("A spokesperson for the Thai military said F-16 fighter jets had struck two Cambodian military targets"), not when they strike the teller\'s own', () => {
  const jets = find(events('A spokesperson for the Thai military, Maj. Gen. Winthai Suvaree, said F-16 fighter jets had struck two Cambodian military targets in response.'), 'ASSAULT');
  assert.deepEqual([jets.actor?.country, jets.target?.country], ['THA', 'KHM']);
  const rockets = find(events("Israel's military said rockets struck Tel Aviv overnight."), 'ASSAULT');
  assert.equal(rockets.actor?.country ?? null, null);
});

test('what a deed told is called is no deed of the caller ("called the strikes “extrajudicial executions”", "called the incursions “a hybrid attack”"); "call a “special meeting”" still convenes one', () => {
  assertNoEvents([
    'Venezuela\'s foreign minister, Yvan Gil, called the strikes "extrajudicial executions" in a statement.',
    'Prime Minister Inga Ruginiene called the incursions "a hybrid attack" and said the crossings would stay shut.',
  ], 'ASSAULT');
  assert.ok(events('If she did, party procedures give the chair of the DNC authority to call a “special meeting” to vote on a replacement nominee.').some((e) => e.type === 'CONSULT'));
});

test('"the odds … have shot up this week" is no shooting; "a report released in September" frees no one', () => {
  assertNoEvents([
    "Ominously for the Republican strategy, the odds in favor of Democrats' regaining control of the Senate have shot up this week on the Iowa exchange.",
    'A report released in September by the National Academies of Sciences noted that more immigrants buy into the American dream.',
  ]);
  assert.equal(find(events('Hamas released three Israeli hostages.'), 'RETREAT').mode, 'release');
  assert.equal(find(events('A gunman shot up a school in Texas.'), 'ASSAULT').mode, 'firearms');
});

test('a state official\'s order or praise for "the military", "the navy", "the police" is for that state\'s own; a blow to "the army" is not', () => {
  const order = find(events('Defense Minister Israel Katz ordered the military to respond forcefully.', '2025-06-10'), 'REQUEST');
  assert.deepEqual([order.target?.country, order.target?.sector], ['ISR', 'MIL']);
  const praise = find(events('Israeli Prime Minister Benjamin Netanyahu praised the navy.'), 'SUPPORT');
  assert.equal(praise.target?.country, 'ISR');
  const blow = events('Russian forces attacked the army.').find((e) => e.type === 'ASSAULT');
  assert.notEqual(blow?.target?.country, 'RUS');
});

test('"former Georgia Gov. Jimmy Carter" is an American as an event\'s side, as he is an entity; "Georgian President Salome Zourabichvili" is Georgia\'s', () => {
  const carter = find(events('Former Georgia Gov. Jimmy Carter attacked Ford over the economy.', '2016-06-20'), 'ACCUSE');
  assert.equal(carter.actor?.country, 'USA');
  assert.equal(find(events('Georgian President Salome Zourabichvili attacked Russia.', '2024-06-20'), 'ASSAULT').actor?.country, 'GEO');
});

test('"its national voter mobilization" calls up no troops; "a partial mobilization of reservists" does', () => {
  assertNoEvents(['Most of the money raised would go to the RNC for its national voter mobilization this fall.', 'The campaign built a grassroots mobilization in Iowa.'], 'MOBILIZE');
  assert.equal(find(events('Russia announced a partial mobilization of reservists.'), 'MOBILIZE').mode, 'troops');
});

test('a person\'s or a company\'s apology or concession is made to no state ("the ABC News anchor … apologized"); a government\'s is to its own country', () => {
  const anchor = find(events('ABC News anchor George Stephanopoulos gave $75,000 to the Clinton Foundation, for which he apologized last year.', '2016-03-10'), 'CONCEDE');
  assert.equal(anchor.target, null);
  assert.equal(find(events('The government of Sri Lanka apologized for the killings.'), 'CONCEDE').target?.country, 'LKA');
});

test('where someone quoted is based is no side of the next deed ("said Michael Kugelman, a South Asia analyst based in Washington. … Modi vowed to punish those responsible")', () => {
  const vow = find(events('"Both governments are under pressure to look tough," said Michael Kugelman, a South Asia analyst based in Washington. Indian Prime Minister Narendra Modi vowed to punish those responsible.', '2025-06-10'), 'AGREE');
  assert.deepEqual([vow.actor?.country, vow.target?.country ?? null], ['IND', null]);
});

test('"its general mobilization" is the state\'s: "general" before the noun is no officer', () => {
  const m = find(events('Ukraine extended its general mobilization for another 90 days on Tuesday.'), 'MOBILIZE');
  assert.deepEqual([m.actor?.name, m.actor?.country], ['Ukraine', 'UKR']);
});

test('a phrase joined by "and" to a deed noun\'s phrase is its fellow, not its doer ("spread to Darfur and Kordofan and that aid convoys were being blocked")', () => {
  const evs = events('The U.N. World Food Program warned that famine had spread to at least 10 areas in Darfur and Kordofan and that aid convoys were being blocked.');
  assert.ok(!evs.some((e) => e.type === 'AID' && e.actor?.country === 'SDN'), JSON.stringify(evs.map((e) => [e.type, e.actor?.name])));
});

test('"launched one of its largest drone and missile attacks on Ukraine\'s energy grid" is one attack on Ukraine; "launched an investigation into the missile attacks" is none', () => {
  const evs = events('Russia launched one of its largest drone and missile attacks on Ukraine\'s energy grid overnight, forcing emergency power cuts across much of the country, Ukrainian officials said on Sunday.');
  assert.deepEqual(evs.filter((e) => e.type === 'ASSAULT' || e.type === 'MOBILIZE').map((e) => [e.type, e.actor?.country, e.target?.country]), [['ASSAULT', 'RUS', 'UKR']]);
  assertNoEvents(['Police launched an investigation into the deadly missile attacks.'], 'ASSAULT', 'MOBILIZE');
});

test('a state\'s deed condemned is that state condemned ("condemned the U.S. and British raids", "the Israeli missile strikes")', () => {
  const evs = events('Iran, which backs the Houthis, condemned the U.S. and British raids as a violation of Yemen\'s sovereignty.').filter((e) => e.type === 'ACCUSE');
  assert.deepEqual(evs.map((e) => [e.target?.name, e.target?.country]).sort(), [['United Kingdom', 'GBR'], ['United States', 'USA']]);
  assert.equal(find(events('Iran condemned the Israeli missile strikes.'), 'ACCUSE').target?.name, 'Israel');
});

test('a sayer does not do the deed a reported clause\'s own subject amounts to ("Hamas said the idea amounted to “ethnic cleansing”")', () => {
  const evs = events('Hamas said the idea amounted to "ethnic cleansing" and vowed that Palestinians would remain in Gaza.');
  assert.ok(!evs.some((e) => e.type === 'ASSAULT' && e.actor), JSON.stringify(evs.map((e) => [e.type, e.actor?.name])));
  assert.equal(find(events('Russia said it launched strikes on Kyiv.'), 'ASSAULT').actor?.country, 'RUS');
});

test('a deed another expects someone to do is foreseen, not done ("Analysts expect China to attack Taiwan"); "he expects to visit" is his plan', () => {
  assert.equal(find(events('Analysts expect China to attack Taiwan.'), 'ASSAULT').status, 'hypothetical');
  assert.equal(events('Congolese government spokesman Patrick Muyaya told state broadcaster RTNC that Kinshasa expected the rebels to withdraw from the cities they had seized.').find((e) => e.trigger.text === 'withdraw')?.status, 'planned');
  assert.equal(events('Trump has said he expects to visit China this year.').find((e) => e.trigger.text === 'visit')?.status, 'planned');
});

test('"welcome" hosts a visit only as a warm (or frosty) welcome; "would welcome Cruz" is support to come; "a very welcome tack", "no longer welcome" are neither', () => {
  assertNoEvents(['The new strategy is a "very welcome tack," he said.', 'They are no longer welcome in the party, he said.', 'He found the area welcoming.'], 'CONSULT');
  assert.equal(find(events('Modi received a warm welcome from Putin in Moscow.'), 'CONSULT').trigger.text, 'welcome');
  const grassley = events('Sen. Chuck Grassley said he would welcome Ted Cruz.').find((e) => e.trigger.text === 'welcome');
  assert.deepEqual([grassley?.type, grassley?.status, grassley?.target?.name], ['AGREE', 'planned', 'Ted Cruz']);
});

test('what one confers on something is bestowed, no consultation ("the benefits that global trade confers on the economy"); "conferred with Macron" consults', () => {
  assertNoEvents(['Mr. Autor is persuaded of the benefits that global trade confers on the economy as a whole.', 'The law conferred legitimacy on the regime.'], 'CONSULT');
  assert.equal(find(events('Biden conferred with Macron on Monday.'), 'CONSULT').target?.country, 'FRA');
});

test('an event\'s place is the town the entity layer placed ("a visit" to "St. Petersburg, Fla." is in Florida, not Russia), and "Washington" in the United States is its capital', () => {
  const v = events('Bill Clinton spoke in Ohio. Clinton starts her week Monday in St. Petersburg, Fla., a visit that will draw crowds.', '2016-08-08').find((e) => e.trigger.text === 'visit');
  assert.deepEqual([v?.location?.country, Math.round(v?.location?.lat ?? 0)], ['USA', 28]);
  const w = events('Kerry met Lavrov in Washington on Monday.', '2016-08-08').find((e) => e.type === 'CONSULT');
  assert.deepEqual([w?.location?.country, Math.round(w?.location?.lat ?? 0), Math.round(w?.location?.lon ?? 0)], ['USA', 39, -77]);
});

test('a warning that another could attack threatens no one ("Germany warned that Russia could be ready to attack a NATO country"); "warned of retaliation against Israel" threatens Israel', () => {
  const evs = events('BERLIN (AP) — Germany\'s defense minister warned Tuesday that Russia could be ready to attack a NATO country by 2029.');
  assert.ok(!evs.some((e) => e.type === 'THREATEN' && e.actor?.country === 'DEU'), JSON.stringify(evs.map((e) => [e.type, e.actor?.name, e.target?.name])));
  const w = find(events('Iran warned of retaliation against Israel.'), 'THREATEN');
  assert.deepEqual([w.actor?.country, w.target?.country], ['IRN', 'ISR']);
});

test('go-betweens named together mediate for others, not with each other ("talks mediated by Qatar and Turkey")', () => {
  const evs = events('The two sides agreed to a ceasefire last month in talks mediated by Qatar and Turkey.').filter((e) => e.trigger.text === 'mediated');
  assert.deepEqual(evs.map((e) => [e.actor?.country, e.target?.country ?? null]).sort(), [['QAT', null], ['TUR', null]]);
});

test('a deed done by or to a phrase of none did not happen ("no Pakistani military facilities had been targeted"); "No photographers were invited" refused no one; "No soldiers were killed in the attack" still tells the attack', () => {
  assert.equal(find(events('India said no Pakistani military facilities had been targeted.'), 'ASSAULT').status, 'negated');
  assert.equal(find(events('No soldiers were killed, the ministry said.'), 'ASSAULT').status, 'negated');
  assert.equal(find(events('No soldiers were killed in the attack.'), 'ASSAULT').status, 'actual');
  const invited = events('No photographers were invited to record the moment.').find((e) => e.trigger.text === 'invited');
  assert.deepEqual([invited?.type, invited?.status], ['AGREE', 'negated']);
});

test('a deed one denies carrying out or launching is no deed told as done ("Russia denied carrying out the attack")', () => {
  assert.equal(find(events('Russia denied carrying out the attack.'), 'ASSAULT').status, 'reported');
  assert.equal(find(events('The Kremlin denied launching cyberattacks against Britain.'), 'COERCE').status, 'reported');
  assert.equal(find(events('Russia carried out the attack.'), 'ASSAULT').status, 'actual');
});

test('a possessive after "thanked X for" is the one thanked ("He thanked the Turkish leader for his mediation efforts" is Erdogan\'s mediation)', () => {
  const m = events('Putin met Erdogan in Ankara. He thanked the Turkish leader for his mediation efforts, the Kremlin said.').find((e) => e.trigger.text === 'mediation');
  assert.equal(m?.actor?.name, 'Recep Tayyip Erdogan');
  assert.deepEqual(events('Biden thanked Qatar for its mediation between Israel and Hamas.').filter((e) => e.trigger.text === 'mediation').map((e) => e.actor?.name), ['Qatar', 'Qatar']);
});

test('the one kept from a deed would have done it, and did not ("blocked the administration from deploying National Guard troops", "barred Israel from carrying out strikes")', () => {
  const d = find(events('WASHINGTON (AP) — A federal judge on Tuesday blocked the administration from deploying National Guard troops to Portland, Oregon.'), 'MOBILIZE');
  assert.deepEqual([d.actor?.name, d.status], ['administration', 'negated']);
  const s = find(events('The court barred Israel from carrying out strikes in Rafah.'), 'ASSAULT');
  assert.deepEqual([s.actor?.country, s.status], ['ISR', 'negated']);
});

test('grounds denied a few words before ("did not provide specific evidence that China was behind the hack") make the deed unfounded; a word inside a longer name is no object ("released the DNC emails just before the Democratic National Convention" freed no nationals)', () => {
  assert.equal(find(events('The report did not provide specific evidence that China was behind the hack.'), 'COERCE').status, 'hypothetical');
  assertNoEvents(['WikiLeaks released the DNC emails just before the Democratic National Convention.'], 'RETREAT');
  assert.equal(find(events('Iran released two British nationals on Monday.'), 'RETREAT').target?.country, 'GBR');
});

test('a state\'s deed named as any side is that state ("nine people were killed in Israeli strikes", "against Ukrainian drone attacks")', () => {
  assert.equal(find(events('Lebanese officials said at least nine people were killed in Israeli strikes across the south.'), 'ASSAULT').actor?.name, 'Israel');
  assert.equal(find(events('Russia\'s defence ministry has drawn up plans to call up thousands of reservists to guard power plants against Ukrainian drone attacks.'), 'MOBILIZE').target?.name, 'Ukraine');
});

test('a clause after "and" that leaves out a passive\'s "had been" is passive too ("27 people had been detained and 14 police officers injured"); "were killed and Russia attacked Kyiv" is not', () => {
  const hurt = find(events('The interior ministry said 27 people had been detained and 14 police officers injured.'), 'ASSAULT');
  assert.deepEqual([hurt.actor?.name ?? null, hurt.target?.name], [null, '14 police officers']);
  const kyiv = events('Three soldiers were killed and Russia attacked Kyiv.').find((e) => e.trigger.text === 'attacked');
  assert.deepEqual([kyiv?.actor?.country, kyiv?.target?.country], ['RUS', 'UKR']);
});

test('a gerund between a people\'s word and its noun is inside the phrase ("stormed a Catholic boarding school" struck a school, not "Catholic")', () => {
  const s = find(events('ABUJA (AP) — Gunmen stormed a Catholic boarding school in Nigeria\'s Niger state before dawn on Friday.'), 'ASSAULT');
  assert.equal(s.target?.name, 'Catholic boarding school');
});

test('a deed one named by no actor is convicted of is no deed of the sentence\'s subject ("Iran has executed a man convicted of killing a member of the security forces")', () => {
  const k = events('Iran has executed a man convicted of killing a member of the security forces during anti-government protests in 2022.').find((e) => e.trigger.text === 'killing');
  assert.equal(k?.actor ?? null, null);
  assert.equal(events('Police arrested three Chinese companies accused of supplying drone parts.').find((e) => e.trigger.text === 'supplying')?.actor?.country, 'CHN');
});

test('a side named as a state\'s war machines is that state ("shot down five Indian jets", "Ukrainian drones struck an oil refinery")', () => {
  const down = find(events('Pakistan said it had shot down five Indian jets.'), 'ASSAULT');
  assert.deepEqual([down.target?.name, down.target?.country], ['India', 'IND']);
  assert.equal(find(events('Ukrainian drones struck an oil refinery in Russia\'s southern Krasnodar region overnight.'), 'ASSAULT').actor?.name, 'Ukraine');
});

test('"both sides" with no two armed forces named are the two states an event was last told between, not the last two people quoted ("India and Pakistan traded accusations … \'We are in touch with both sides\'")', () => {
  const text = 'India and Pakistan traded accusations on Thursday over a deadly attack in Kashmir.\n\n'
    + '"Both governments are under pressure to look tough," said Michael Kugelman, a South Asia analyst based in Washington. Pakistan\'s spokesperson Shafqat Ali Khan called for an impartial investigation.\n\n'
    + 'The United States urged restraint. "We are in touch with both sides," a State Department spokesperson said, "and we encourage them to work toward a responsible solution."\n\n'
    + 'Indian Prime Minister Narendra Modi vowed to punish those responsible. "We will hunt them down to the ends of the earth," Modi told a rally in Bihar state.';
  const hunt = events(text).filter((e) => e.trigger.text === 'hunt');
  // The threat of India's leader is at one of the two, never at India itself.
  assert.deepEqual(hunt.map((e) => e.target?.name), ['Pakistan']);
  const urged = events('Ethiopia accused Eritrea on Monday of massing troops on the border. Ethiopian Prime Minister Abiy Ahmed spoke in parliament. Eritrean Information Minister Yemane Gebremeskel called the claim false.\n\nThe African Union commission chairman, Mahmoud Ali Youssouf, urged both sides to exercise restraint.')
    .filter((e) => e.type === 'REQUEST');
  assert.deepEqual(urged.map((e) => e.target?.name).sort(), ['Eritrea', 'Ethiopia']);
});

test('"both sides" named after two states\' armed groups are the two states when an event between those states was told ("Pakistan and Iran … the Baluchistan Liberation Front … both sides")', () => {
  const text = 'Pakistan carried out military strikes on militant hideouts inside Iran on Thursday, two days after Tehran launched a missile and drone attack on Pakistani territory. '
    + 'Pakistan\'s foreign ministry said the strikes had killed militants of the Baluchistan Liberation Front. '
    + 'Iran\'s foreign minister had said that Tehran\'s strikes targeted only "Iranian terrorists" of the Jaish al-Adl group.\n\n'
    + '"We call on both sides to exercise calm and restraint," Chinese foreign ministry spokeswoman Mao Ning said.';
  const call = events(text).filter((e) => e.type === 'REQUEST');
  assert.deepEqual(call.map((e) => e.target?.name).sort(), ['Iran', 'Pakistan']);
});

test('"on" a day is when, not what an entry\'s preposition reads ("agreed on Saturday to …", "insisted on Sunday that", "was fired on June 20"); a noun\'s verb joined to an agreed one is agreed too ("and keep up regular visits")', () => {
  const evs = events('South Korean President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi agreed on Saturday to deepen security cooperation and keep up regular visits, in their first summit since both took office.');
  assert.ok(evs.every((e) => e.trigger.text !== 'agreed on'), evs.map((e) => e.trigger.text).join());
  const visits = evs.filter((e) => e.trigger.text === 'visits');
  assert.ok(visits.length > 0 && visits.every((e) => e.status === 'planned'), visits.map((e) => e.status).join());
  // (…and reads past it: "agreed in principle on Saturday to provide aid" is an agreement to give aid.)
  assert.deepEqual(events('European Community foreign ministers agreed in principle on Saturday to provide about 70 million dollars of aid for Romania.').map((e) => e.type), ['AGREE']);
  assertNoEvents([
    'LONDON — Prime Minister Keir Starmer insisted on Sunday that his government\'s plan to cut migration was working.',
    'He had Corey Lewandowski, his combative former campaign manager, who was fired on June 20.',
  ], 'REQUEST', 'ACCUSE', 'ASSAULT');
});

test('what a deed told is called may open with a superlative\'s words ("called the strikes “the most massive attack on our gas infrastructure”"): no attack of the caller\'s', () => {
  const evs = events('Russia struck Ukraine\'s gas facilities overnight. Its chief executive, Serhii Koretskyi, called the strikes "the most massive attack on our gas infrastructure since the start of the war."');
  assert.deepEqual(evs.filter((e) => e.type === 'ASSAULT').map((e) => [e.trigger.text, e.actor?.name]), [['struck', 'Russia']]);
});

test('a relative clause past a frame\'s act tells of its object, not what the frame is about ("wants the rebels to leave the towns that they captured" is no attack Kinshasa wants); "Asked to describe the device that caused the explosion" is still a question', () => {
  assertNoEvents([
    'Kinshasa wants the rebels to leave the towns that they captured in January.',
    'Asked to describe the device that caused the explosion, the commissioner said, "Not going to go into that."',
  ], 'ASSAULT', 'REQUEST');
});

test('asking a question is no request: the question told just before ("“What kind of people do I have here?” Trump asked, looking …"), asked rhetorically, or a question word before the act inside ("Hannity asked Trump if he would deport …")', () => {
  assertNoEvents([
    'A cascade of laughter erupted. “What kind of people do I have here?” Trump asked, looking far from displeased.',
    '“Why are you still endorsing him?” Obama asked Republican politicians.',
    '"You think I\'m going to change?" Trump asked reporters rhetorically during a news conference.',
    'During the Austin town hall, Hannity asked Trump if he would deport all illegal immigrants.',
    'Asked in Iowa recently whether he would support Donald Trump, Rubio gave a roundabout answer.',
    // (…or asked for an answer: "when asked for his position", "asked Admiral Harris just that question".)
    'When asked for his position during a Fox News Business interview in October, Donald Trump said it was being discussed.',
    'The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr., recently asked Admiral Harris just that question.',
  ], 'REQUEST');
  // (A request stays one: "Obama asked Congress for $1.9 billion", "asked Comey to turn over the file".)
  assert.ok(events('They left. President Obama asked Congress for $1.9 billion to fight Zika.').some((e) => e.type === 'REQUEST'));
  assert.ok(events('Chaffetz is also asking Comey to turn over the FBI’s full investigative file on the issue.').some((e) => e.type === 'REQUEST'));
});

test('a yes-no question asks about a deed, it does not tell it ("Did the Clinton Foundation refuse to turn over relevant documents?", "Do you support Donald Trump?")', () => {
  assert.deepEqual(events('Did the Clinton Foundation refuse to turn over relevant documents?').map((e) => e.status), ['hypothetical']);
  assert.ok(events('Do you support Donald Trump?').every((e) => e.status === 'hypothetical'));
  // (A question asking why presumes the deed: "Why did Russia attack Ukraine?")
  assert.deepEqual(events('Why did Russia attack Ukraine?').map((e) => e.status), ['actual']);
});

test('a participle set off by commas after the subject is done to it ("Captain Khan, killed 12 years ago, was a hero"); one in a list of deeds is not ("I called all my lenders, asked for extensions, made partial payments")', () => {
  const k = find(events('Captain Khan, killed in Iraq in 2004, was a hero.'), 'ASSAULT');
  assert.deepEqual([k.actor?.name ?? null, k.target?.name], [null, 'Khan']);
  const asked = find(events('Willie Minor recalled: "I called all my lenders and creditors, asked for extensions, made partial payments."'), 'REQUEST');
  assert.equal(asked.target?.name ?? null, null);
});

test('"who" after a place a description names is the person described ("Diana Orrock, an RNC committeewoman from Nevada who openly supports Trump"); "a New Mexico delegate" is a person of the place', () => {
  assert.equal(find(events('“That is a big concern,” said Diana Orrock, an RNC committeewoman from Nevada who openly supports Trump.'), 'SUPPORT').actor?.name, 'Diana Orrock');
  assert.equal(find(events('“A vote against Marco is a vote for Donald Trump,” said Norm Coleman, the former senator from Minnesota who is supporting Mr. Rubio.'), 'SUPPORT').actor?.name, 'Norm Coleman');
  const hail = find(events('Instead she passed the microphone to a New Mexico delegate, who spoke in her stead to hail Mr. Trump.'), 'SUPPORT');
  assert.deepEqual([hail.actor?.name, hail.actor?.country], ['a New Mexico delegate', 'USA']);
});

test('what the body or the leaders of someone set off before "whose" do, that owner does ("Sahra Wagenknecht, whose party opposes arms deliveries", "Iran, whose leaders have called for …"); "whose son Tamir was killed" is not the mother\'s deed', () => {
  assert.equal(find(events('"The minister is scaring people," said Sahra Wagenknecht, whose party opposes arms deliveries to Ukraine.'), 'REJECT').actor?.name, 'Sahra Wagenknecht');
  assert.equal(find(events('Netanyahu said the deal intensifies a threat to Israel from Iran, whose leaders have called for the dissolution of the Jewish state.'), 'REQUEST').actor?.name, 'Iran');
  const k = find(events('"Every day of delay is another day our son is not home," said Yael Adar, whose son Tamir was killed on Oct. 7, 2023.'), 'ASSAULT');
  assert.notEqual(k.actor?.name, 'Yael Adar');
  assert.notEqual(k.target?.name, 'Yael Adar');
});

test('"both countries" are the two states an event was last told between when both are among the last few named, not the teller\'s state and the last one named ("Israel accused Iran …. Trump … said both countries had violated the ceasefire")', () => {
  const text = 'Israel accused Iran on Tuesday of firing missiles hours after a ceasefire announced by U.S. President Donald Trump took effect.\n\n'
    + 'Iran\'s armed forces denied firing any missiles, state media reported.\n\n'
    + 'Trump, speaking to reporters on the White House lawn, said both countries had violated the ceasefire.';
  const broke = events(text).filter((e) => e.trigger.text === 'violated');
  assert.deepEqual(broke.map((e) => e.actor?.name).sort(), ['Iran', 'Israel']);
  // (Two named together stay the two: "France and Germany urged Iran …. Both countries said".)
  const urged = events('France and Germany urged Iran to halt enrichment. Both countries called for new talks.').filter((e) => e.type === 'REQUEST' && e.trigger.text === 'called for');
  assert.deepEqual(urged.map((e) => e.actor?.name).sort(), ['France', 'Germany']);
});

test('a state named as the state concedes outward, not to its own people ("Israel had failed to allow in the agreed number of aid trucks"); its police\'s concession stays at home', () => {
  const allow = find(events('Hamas said in a statement that Israel was "stalling" and had failed to allow in the agreed number of aid trucks.'), 'CONCEDE');
  assert.deepEqual([allow.actor?.name, allow.target?.name ?? null], ['Israel', null]);
});

test('states named together that stand ready for talks are ready to talk with someone else, not among themselves ("the three European powers remained open to talks")', () => {
  const evs = events('France, Britain and Germany said Iran must comply. A European diplomat said the three European powers remained open to talks but that Iran "needs to show it is serious."')
    .filter((e) => e.trigger.text === 'talks');
  assert.deepEqual(evs.map((e) => e.actor?.name).sort(), ['France', 'Germany', 'United Kingdom']);
  assert.ok(evs.every((e) => !['France', 'Germany', 'United Kingdom'].includes(e.target?.name ?? '')), JSON.stringify(evs.map((e) => e.target?.name)));
});

test('a legislator\'s party and state in brackets is no side and no subject ("Sen. Bernie Sanders (I-Vt.) called on …" was Vt\'s call; "Sen. Kirsten Gillibrand (D-N.Y.) backed the plan" was Y.\'s)', () => {
  const call = find(events('On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the lead poisoning crisis in Flint.'), 'REQUEST');
  assert.deepEqual([call.actor?.name, call.target?.name], ['Bernie Sanders', 'Rick Snyder']);
  const sorry = find(events('In the debate Saturday, Sen. Bernie Sanders (I-Vt.) apologized to his supporters.'), 'CONCEDE');
  assert.deepEqual([sorry.actor?.name, sorry.target?.name ?? null], ['Bernie Sanders', null]);
  assert.equal(find(events('Sen. Kirsten Gillibrand (D-N.Y.) backed the plan.'), 'SUPPORT').actor?.name, 'Kirsten Gillibrand');
});

test('a deed one is reluctant to do is not done ("his deep reluctance to send additional American troops to Iraq")', () => {
  const sent = events('The images from France have not prompted Mr. Obama to abandon his deep reluctance to send additional American troops to Iraq.').filter((e) => e.type === 'MOBILIZE');
  assert.ok(sent.length > 0 && sent.every((e) => e.status === 'hypothetical'), JSON.stringify(sent.map((e) => e.status)));
});

test('declining to comment is no refusal ("declined to say whether …", "declined to comment", "declined to be identified"), nor is a fall ("fees declined to $281 million"); "declined to endorse" and "declined an invitation" still are', () => {
  assertNoEvents([
    'She declined to say whether a visit by President Donald Trump to Beijing was being planned.',
    'A Justice Department spokeswoman declined to comment on Chaffetz\'s latest request.',
    '"It was all lies," said one shop owner who declined to be named for fear of trouble with the authorities.',
    'At Greenhill, fees from advising clients declined to $281 million in 2014 from $303 million in 2011.',
  ], 'REJECT');
  assert.ok(events('Sanders declined to endorse Clinton.').some((e) => e.type === 'REJECT'));
  assert.ok(events('Iran declined an invitation to the talks.').some((e) => e.type === 'REJECT'));
});

test('a verb joined to one of a clause opened by "after" is that clause subject\'s deed, not the sayer\'s ("… said …, a day after JD Vance visited a base and accused Copenhagen of neglecting it")', () => {
  const a = find(events('Denmark\'s prime minister said on Saturday that Greenland "is not for sale," a day after U.S. Vice President JD Vance visited a U.S. military base on the island and accused Copenhagen of neglecting it.'), 'ACCUSE');
  assert.equal(a.actor?.name, 'JD Vance');
});

test('getting ready for a deed in words or law is no show of force ("were preparing to charge him with communicating a threat" is a charge to come); forces readied for force still are ("preparing to attack Kharkiv")', () => {
  const charge = events('The authorities said they were also preparing to charge him with communicating a threat.').filter((e) => e.trigger.text === 'preparing to');
  assert.deepEqual(charge.map((e) => [e.type, e.status]), [['ACCUSE', 'planned']]);
  assert.equal(find(events('Russia is preparing to attack Kharkiv.'), 'MOBILIZE').actor?.name, 'Russia');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/extract/given.ts';
import { analyzeArticle, createDoc } from '../../src/nlp/pipeline.ts';
import { buildEntities } from '../../src/nlp/entities/index.ts';
import type { Entity } from '../../src/model/analysis.ts';

// Our own text: names, honorifics, a bracketed insertion, possessives, a description, metonyms.
const TEXT = [
  'SEOUL, South Korea — North Korean leader Kim Jong-un left Pyongyang by train on Monday for talks with Russian President Vladimir Putin, the Kremlin said.',
  'Pyongyang said the visit would "deepen friendship." In Washington, State Department spokesman Matthew Miller said Mr. Kim\'s trip was being watched closely.',
  '"[Mr. Kim] wants shells and food," said Hana Bergstrom, a researcher at the Nordic Asia Institute in Stockholm. Ms. Bergstrom said the Russian leader needed ammunition.',
  'Sen. Christopher A. Coons told MSNBC that Mr. Putin was isolated. Mr. Coons and the United Nations both urged restraint; former President Trump said nothing.',
].join('\n\n');

function run(text: string, published = '2023-09-11'): Entity[] {
  return buildEntities(createDoc(articleFromText(text, { published })));
}

/** The entity named `name`: its type, country and sector, or null when there is none. */
function typeCountrySector(all: Entity[], name: string): [string, string | null, string | null] | null {
  const e = all.find((x) => x.name === name);
  return e ? [e.type, e.country, e.sector] : null;
}

const ents = run(TEXT);
const byName = (n: string) => ents.find((e) => e.name === n);
const texts = (e: Entity | undefined) => (e ? e.mentions.map((m) => m.text) : []);

test('mentions carry exact character offsets into the text', () => {
  for (const e of ents) for (const m of e.mentions) assert.equal(TEXT.slice(m.start, m.end), m.text, `${e.name}: ${m.text}`);
});

test('honorific, bracketed and possessive forms join the person named in full', () => {
  const kim = byName('Kim Jong-un');
  assert.ok(kim, 'Kim Jong-un found');
  assert.equal(kim.kb, 'person:kim-jong-un');
  assert.equal(kim.country, 'PRK');
  assert.equal(kim.sector, 'GOV');
  assert.ok(texts(kim).filter((t) => t === 'Mr. Kim').length >= 2, `mentions: ${texts(kim).join(' | ')}`);
  assert.ok(kim.roles.includes('North Korean leader'));
  assert.equal(ents.filter((e) => /^(Mr|Mrs|Ms|Sen|Dr)\.? /.test(e.name)).length, 0, 'no entity is named by an honorific form');
});

test('a description that fits one known actor joins it', () => {
  const putin = byName('Vladimir Putin');
  assert.ok(putin);
  assert.ok(texts(putin).includes('the Russian leader'), texts(putin).join(' | '));
  assert.ok(texts(putin).includes('Mr. Putin'));
  assert.ok(putin.roles.includes('Russian President'));
});

test('capitals used as actors carry their government; "In Washington," stays a place', () => {
  const pyongyang = byName('Pyongyang');
  assert.equal(pyongyang?.country, 'PRK');
  assert.equal(pyongyang?.sector, 'GOV');
  const washington = byName('Washington');
  assert.equal(washington?.country, 'USA');
  assert.equal(washington?.sector, null);
  const kremlin = byName('Kremlin');
  assert.deepEqual([kremlin?.type, kremlin?.country, kremlin?.sector], ['ORG', 'RUS', 'GOV']);
});

test('people the KB does not know get their titles from the text', () => {
  const b = byName('Hana Bergstrom');
  assert.ok(b, 'unknown person found');
  assert.equal(b.type, 'PERSON');
  assert.ok(texts(b).includes('Ms. Bergstrom'));
  assert.ok(b.roles.some((r) => r.startsWith('a researcher at the Nordic Asia Institute')), b.roles.join(' | '));
  const inst = byName('Nordic Asia Institute');
  assert.equal(inst?.type, 'ORG');
  assert.equal(byName('Stockholm')?.country, 'SWE');
  const miller = byName('Matthew Miller');
  assert.deepEqual([miller?.country, miller?.sector], ['USA', 'GOV']);
});

test('countries, demonyms, international bodies and legislators', () => {
  assert.equal(byName('South Korea')?.kb, 'country:KOR');
  assert.equal(byName('North Korean')?.type, 'NORP');
  const un = byName('United Nations');
  assert.deepEqual([un?.country, un?.sector], [null, 'IGO']);
  const coons = byName('Christopher A. Coons');
  assert.deepEqual([coons?.country, coons?.sector], ['USA', 'LEG']);
  assert.ok(texts(coons).includes('Sen. Christopher A. Coons') && texts(coons).includes('Mr. Coons'));
  assert.equal(byName('MSNBC')?.type, 'ORG');
});

test('office holders resolve as of the article date', () => {
  assert.equal(byName('Donald Trump')?.sector, 'ELI', 'out of office for more than two years in 2023');
  const early = run('President Trump met Mr. Kim in Hanoi.', '2019-02-28');
  assert.equal(early.find((e) => e.name === 'Donald Trump')?.sector, 'GOV');
});

test('the same text gives the same entities (pure function)', () => {
  assert.deepEqual(run(TEXT), ents);
});

test('an empty or name-free text gives no entities', () => {
  assert.deepEqual(run(''), []);
  assert.deepEqual(run('it rained all day and nobody went out.'), []);
});

test('a family name that is also a town joins the person', () => {
  const e = run('Hillary Clinton spoke in Ohio on Monday. Later, Clinton said the race was close.', '2016-09-01');
  const hc = e.find((x) => x.name === 'Hillary Clinton');
  assert.ok(hc);
  assert.deepEqual(hc.mentions.map((m) => m.text), ['Hillary Clinton', 'Clinton']);
  assert.equal(e.filter((x) => x.name === 'Clinton').length, 0);
});

test('an office named without a name joins the one person holding it in the text', () => {
  const e = run('Russian Foreign Minister Sergei Lavrov met Chinese officials. Later the foreign minister flew home. '
    + 'State Department spokesman Matthew Miller disagreed; the spokesman said talks would go on.', '2023-09-11');
  const lavrov = e.find((x) => x.name === 'Sergei Lavrov');
  assert.ok(lavrov?.mentions.some((m) => m.text === 'the foreign minister'), JSON.stringify(lavrov?.mentions));
  const miller = e.find((x) => x.name === 'Matthew Miller');
  assert.ok(miller?.mentions.some((m) => m.text === 'the spokesman'), JSON.stringify(miller?.mentions));
});

test('a demonym several territories share is the state news means', () => {
  // world-countries gives "American" to the Northern Mariana Islands and "French" to the French
  // Southern Territories as well as to the United States and France.
  const e = run('American officials met French, Dutch and Indian diplomats. Voters in the Virgin Islands were not asked.', '2016-09-01');
  const country = (name: string) => e.find((x) => x.name === name)?.country;
  assert.deepEqual(['American', 'French', 'Dutch', 'Indian'].map(country), ['USA', 'FRA', 'NLD', 'IND']);
  assert.equal(e.find((x) => x.type === 'GPE')?.country, 'VIR');
});

test('a name ending in Airline or Railway is an organisation', () => {
  const e = run('Emirates Airline ordered jets. Indian Railway said fares would rise.', '2019-11-20');
  assert.equal(e.find((x) => x.name === 'Emirates Airline')?.type, 'ORG');
  assert.equal(e.find((x) => x.name === 'Indian Railway')?.type, 'ORG');
});

test('abbreviations of things are not organisations; other acronyms still are', () => {
  const e = run('The SUV has AWD and a TV screen, and DNA tests were run. NATO and the EPA said nothing.', '2019-11-20');
  const names = e.filter((x) => x.type === 'ORG').map((x) => x.name);
  for (const n of ['SUV', 'AWD', 'TV', 'DNA']) assert.ok(!names.includes(n), `${n} in ${names}`);
  assert.ok(names.includes('EPA'), names.join(', '));
});

test('a sheriff, pastor or employee before a name is a role, not part of it', () => {
  const e = run('Sheriff Ana Ortiz said the road was closed. Employee Steve Castro said he saw it.', '2019-11-20');
  const people = e.filter((x) => x.type === 'PERSON').map((x) => x.name);
  assert.deepEqual(people.sort(), ['Ana Ortiz', 'Steve Castro']);
});

test('a participle that opens the sentence is not a first name', () => {
  const e = run('Hillary Clinton spoke first. Praising Clinton, Irving Kristol said little. Visiting Richmond, she met voters.', '2016-09-01');
  const names = e.map((x) => x.name);
  for (const bad of ['Praising Clinton', 'Visiting Richmond']) assert.ok(!names.includes(bad), names.join(', '));
  assert.ok(names.includes('Irving Kristol'), names.join(', '));
  assert.equal(e.find((x) => x.name === 'Hillary Clinton')?.mentions.length, 2);
});

test('a family name wink tags as a verb stays in the name ("Ann Ward"); an inflected verb does not join', () => {
  const e = run('Senator Ann Ward said the vote was close. The Gap Goes Unnoticed, the editors wrote.', '2016-09-01');
  const names = e.map((x) => x.name);
  assert.ok(names.includes('Ann Ward'), names.join(', '));
  assert.ok(!names.includes('Ann'), names.join(', '));
  assert.ok(!names.some((n) => n.includes('Goes')), names.join(', '));
});

test('a country after "to" is a place even before a name: "ambassador to Britain Liu Wen"', () => {
  const e = run("China's ambassador to Britain Liu Wen said talks went well. Jordan Peters also spoke.", '2019-11-19');
  const names = e.map((x) => x.name);
  assert.ok(names.includes('Liu Wen'), names.join(', '));
  assert.equal(e.find((x) => x.type === 'GPE' && x.country === 'GBR')?.mentions.length, 1, names.join(', '));
  assert.ok(names.includes('Jordan Peters'), names.join(', '));
});

test('US party committees are party actors, whole: not "National Committee" after a party adjective', () => {
  const es = run('Steve Duprey, a Republican National Committee member from New Hampshire, said the race was close. The DNC said its servers were hacked.', '2016-07-25');
  const rnc = es.find((e) => e.kb === 'org:rnc');
  assert.ok(rnc, es.map((e) => e.name).join(', '));
  assert.deepEqual([rnc.country, rnc.sector], ['USA', 'PTY']);
  assert.ok(!es.some((e) => e.name === 'National Committee'));
  assert.equal(es.find((e) => e.kb === 'org:dnc')?.mentions[0].text, 'DNC');
});

test('a bare surname shared with a relative is the public figure the KB knows, not the relative named last', () => {
  const text = 'Sen. Ted Cruz spoke in Houston on Monday. Trump retweeted a photo of Heidi Cruz. Mrs. Cruz did not comment. Cruz said he would not endorse Trump.';
  const es = run(text, '2016-07-21');
  const ted = es.find((e) => e.name === 'Ted Cruz');
  const heidi = es.find((e) => e.name === 'Heidi Cruz');
  const at = (s: string) => text.indexOf(s);
  assert.ok(ted?.mentions.some((m) => m.start === at('Cruz said')), JSON.stringify(es.map((e) => [e.name, e.mentions.map((m) => m.start)])));
  // An honorific still takes the nearest.
  assert.ok(heidi?.mentions.some((m) => m.start === at('Mrs. Cruz')), JSON.stringify(es.map((e) => [e.name, e.mentions.map((m) => m.start)])));
});

test('a description of language or origin gives no country; an "Iranian-American" is American', () => {
  const es = run('Thomas Ortega, the Spanish-speaking son of Dominican immigrants, spoke on Monday. Ali Hosseini, an Iranian-American businessman, was held in Tehran. Ana Ruiz, a Mexican diplomat, met them.');
  assert.equal(es.find((e) => e.name === 'Thomas Ortega')?.country ?? null, null);
  assert.equal(es.find((e) => e.name === 'Ali Hosseini')?.country, 'USA');
  assert.equal(es.find((e) => e.name === 'Ana Ruiz')?.country, 'MEX');
});

test('a name whose "The" is its own ("The Hill") is that name only after "the": "Fiona Hill" is a person', () => {
  const es = run('Fiona Hill, a former adviser on Russia, testified on Tuesday. "Russia is a threat," Hill said. The Hill reported the hearing first.');
  const person = es.find((e) => e.name === 'Fiona Hill');
  assert.equal(person?.type, 'PERSON');
  assert.deepEqual(person.mentions.map((m) => m.text), ['Fiona Hill', 'Hill']);
  assert.deepEqual(es.find((e) => e.name === 'The Hill')?.mentions.map((m) => m.text), ['Hill']);
});

test('a demonym right after a given name is a surname ("Mark Cuban", "David French"), not after a group\'s first word ("Latin American")', () => {
  const es = run('Trump critic Mark Cuban attacked the plan. Columnist David French agreed. Latin American artists and Cuban dissidents wrote a letter.');
  const byText = (t: string) => es.find((e) => e.mentions.some((m) => m.text === t));
  assert.equal(byText('Mark Cuban')?.type, 'PERSON');
  assert.equal(byText('David French')?.type, 'PERSON');
  assert.ok(!es.some((e) => e.type === 'PERSON' && e.mentions.some((m) => /American/.test(m.text))), JSON.stringify(es.map((e) => [e.type, e.name])));
  assert.equal(byText('Cuban')?.country, 'CUB');
});

test('"Georgia" beside other US states or a primary is the US state; beside Russia or Tbilisi the country', () => {
  const state = run('Trump won the Republican primaries in Texas, Virginia and Georgia on Tuesday.').find((e) => e.name === 'Georgia');
  assert.equal(state?.country, 'USA');
  const country = run('Russia invaded Georgia in 2008 and still holds South Ossetia.').find((e) => e.name === 'Georgia');
  assert.equal(country?.country, 'GEO');
});

test('groups, holidays and firms in capitals are no person: "Sikh Americans", "Clinton Christmas", "Lenox Healthcare"', () => {
  const es = run('The coalition includes Sikh Americans and Rohingya Muslims. Tickets for the Clinton Christmas party sold out. Dana Rios founded it. '
    + 'Southeast Asian leaders met on Capitol Hill. Her homes went to a new company, Lenox Healthcare. She hired Solidarity Strategies, a consulting firm.');
  const people = es.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(people, ['Dana Rios']);
});

test('"Loretta Lynch" and "Loretta E. Lynch" are one person, and "Lynch said" (read as a verb) is her', () => {
  const text = 'A lesson from Loretta Lynch.\n\nAs a young lawyer, Loretta E. Lynch said she was asked to give a talk.\n\nLynch said her colleague had not worked on the case.';
  const es = run(text);
  const people = es.filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1, JSON.stringify(people.map((e) => e.name)));
  assert.deepEqual(texts(people[0]), ['Loretta Lynch', 'Loretta E. Lynch', 'Lynch']);
});

test('a title word before an organisation\'s name does not make it a person: "Republican National Convention"', () => {
  const es = run('Dana Rios, a teacher from Ohio, said the mood was night and day compared with the Republican National Convention last week.');
  assert.deepEqual(es.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Dana Rios']);
});

test('"Mr. Clinton" and "Mrs. Clinton" choose between the Clintons by given name, but a given name alone excludes no one', () => {
  const es = run('Hillary Clinton spoke in Ohio. Bill Clinton joined her on stage. Mr. Clinton told a story, and Mrs. Clinton laughed. Lindsey Graham agreed. Mr. Graham left.');
  assert.deepEqual(texts(es.find((e) => e.name === 'Bill Clinton')), ['Bill Clinton', 'Mr. Clinton']);
  assert.deepEqual(texts(es.find((e) => e.name === 'Hillary Clinton')), ['Hillary Clinton', 'Mrs. Clinton']);
  assert.deepEqual(texts(es.find((e) => e.name === 'Lindsey Graham')), ['Lindsey Graham', 'Mr. Graham']);
});

test('a convention or primary is an event with its party word: "Republican National Convention", "the New Hampshire Primary"', () => {
  const es = run('Dana Rios, a teacher from Ohio, said the mood was night and day compared with the Republican National Convention last week and the New Hampshire Primary in February.');
  assert.ok(es.some((e) => e.type === 'EVENT' && e.name === 'Republican National Convention'), JSON.stringify(es.map((e) => e.name)));
  assert.ok(es.some((e) => e.type === 'EVENT' && e.name === 'New Hampshire Primary'), JSON.stringify(es.map((e) => e.name)));
});

test('given names the tagger reads as verbs: "spokesman Hope Hicks", "columnist Ai Jun"; an opening imperative is no name', () => {
  const es = run('The campaign spokesman Hope Hicks said the trip was set, and the columnist Ai Jun wrote that it was a mistake for everyone involved.\n\nFollow Pam Key on the radio for more news about the campaign and the election.');
  const people = es.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(people.includes('Hope Hicks') && people.includes('Ai Jun') && people.includes('Pam Key'), JSON.stringify(people));
  assert.ok(!people.includes('Follow Pam Key'), JSON.stringify(people));
});

test('"Darran Whiting of Liberty Baptist Church": a person before "of" and the body after it are two entities', () => {
  const es = run('One pastor supporting the senator, Darran Whiting of Liberty Baptist Church in Marion, said he made many calls to other pastors in the state.');
  assert.ok(es.some((e) => e.type === 'PERSON' && e.name === 'Darran Whiting'), JSON.stringify(es.map((e) => e.name)));
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Liberty Baptist Church'), JSON.stringify(es.map((e) => e.name)));
});

test('a foreign capital\'s name that is a bigger city of the story\'s country is that city: "San Jose" beside California; "Nassau County"', () => {
  const es = run('Protesters marched in San Jose on Friday after the governor spoke at a rally in California.\n\nPolice in Nassau County arrested two men. Voters in Athens, Greece, and in Texas went to the polls.');
  assert.equal(es.find((e) => e.name === 'San Jose')?.country, 'USA');
  assert.equal(es.find((e) => e.name === 'Nassau County')?.country, 'USA');
  assert.equal(es.find((e) => e.name === 'Athens')?.country, 'GRC');
});

test('a capital or country right after a given name is a surname: "Kerry Washington", "Steve Israel"; titles of trade are roles', () => {
  const es = run('Celebrities Julianne Moore and actress Kerry Washington spoke at the rally, and Rep. Steve Israel met reporters in Washington before flying to Israel.');
  const people = es.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(people.includes('Kerry Washington') && people.includes('Steve Israel'), JSON.stringify(people));
  assert.ok(!people.includes('John Kerry'), JSON.stringify(people));
  assert.ok(es.some((e) => e.type === 'GPE' && e.name === 'Washington') && es.some((e) => e.type === 'GPE' && e.name === 'Israel'), JSON.stringify(es.map((e) => e.name)));
});

test('"Island" is no Iceland: "Rikers Island", "Staten Island", "a Democrat from Rhode Island"', () => {
  const es = run('He was held at Rikers Island for three years, and then moved to Staten Island. Senator Sheldon Whitehouse, a Democrat from Rhode Island, said the bill would pass.');
  assert.ok(!es.some((e) => e.country === 'ISL'), JSON.stringify(es.map((e) => [e.name, e.country])));
  assert.equal(es.find((e) => e.name === 'Sheldon Whitehouse')?.country, 'USA');
});

test('capitalised words inside quotation marks are a title or slogan, no person, unless a given name or a title opens them', () => {
  const es = run('Marchers held signs such as “Less Money on Testing, More Money on Schools.” A band played “We’re Not Gonna Take It” outside. “I met Sen. Ortega and Maria Lund there,” she said.');
  const people = es.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(!people.some((p) => /Money|Gonna|Testing/.test(p)), JSON.stringify(people));
  assert.ok(people.includes('Ortega') && people.includes('Maria Lund'), JSON.stringify(people));
});

test('"State" inside a name is no title ("Indiana State Teachers Association"); a statehouse is a facility; a speaker\'s title splits a run', () => {
  const es = run('Indiana State Teachers Association President Keith Gambill spoke outside the Indiana Statehouse. Indiana House Speaker Brian Bosma answered. New York State Republican Party officials met in Albany.');
  const names = es.map((e) => `${e.type}:${e.name}`);
  for (const n of ['ORG:Indiana State Teachers Association', 'PERSON:Keith Gambill', 'FAC:Indiana Statehouse', 'PERSON:Brian Bosma', 'GPE:New York', 'ORG:Republican Party']) {
    assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  }
});

test('a headline\'s title word before one more word splits nothing ("Convention Speaker Announcement")', () => {
  const es = run('Senator Stuns Delegates With Convention Speaker Announcement.\n\nThe senator named the speakers on Tuesday.');
  assert.ok(!es.some((e) => e.name === 'Announcement'), JSON.stringify(es.map((e) => e.name)));
});

test('a short form of a given name is the person named in full ("Pat" for "Patrick W. Carlineo Jr."), not another gender\'s name ("Eric", "Erica")', () => {
  let es = run('Patrick W. Carlineo Jr., 55, pleaded guilty on a cold morning in the city. His lawyer said that Pat Carlineo is passionate about his beliefs, and Carlineo will be sentenced in February.');
  const people = es.filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1, JSON.stringify(people.map((e) => e.name)));
  assert.deepEqual(texts(people[0]).sort(), ['Carlineo', 'Pat Carlineo', 'Patrick W. Carlineo Jr.']);
  es = run('The protest marked the day Eric Garner died on a street in the city, and his daughter Erica Garner spoke to the crowd about her father.');
  assert.equal(es.filter((e) => e.type === 'PERSON').length, 2, JSON.stringify(es.map((e) => e.name)));
});

test('"Georgia Southern University", "Rep. John Lewis of Georgia": the US state, and so are those it describes, unless the text speaks of the country', () => {
  const ents = analyzeArticle(articleFromText('The writer Jared Sexton, who teaches at Georgia Southern University, spoke at the rally.', { language: 'en' })).entities;
  assert.equal(ents.find((e) => e.name === 'Georgia Southern University')?.country, 'USA');
  assert.equal(ents.find((e) => e.name === 'Jared Sexton')?.country, 'USA');
  const country = analyzeArticle(articleFromText('The Georgian parliament met in Tbilisi. Students at Tbilisi State University protested.', { language: 'en' })).entities;
  assert.ok(country.filter((e) => e.type === 'GPE').every((e) => e.country === 'GEO'), JSON.stringify(country.map((e) => [e.name, e.country])));
});

test('"the Georgia Republican Party" in a US story is the state\'s party, and its "Georgia" the state', () => {
  const ents = analyzeArticle(articleFromText('Trump held a rally in Atlanta, Georgia, on Monday. The Georgia Republican Party said it was pleased.', { language: 'en' })).entities;
  assert.deepEqual(ents.filter((e) => e.name === 'Georgia').map((e) => [e.country, e.mentions.length]), [['USA', 2]]);
  assert.equal(ents.find((e) => e.name === 'Republican Party')?.country, 'USA');
});

test('a body "based" in a place is of its country: "Greece-based Allseas Marine", "the Brussels-based Egmont Foundation", "Chicago-based AbbVie"', () => {
  const ents = run('The ship\'s manager, Greece-based Allseas Marine, said the crew was safe. An analyst at the Brussels-based Egmont Foundation agreed. Chicago-based AbbVie called off the deal.');
  assert.deepEqual(['Allseas Marine', 'Egmont Foundation', 'AbbVie'].map((n) => ents.find((e) => e.name === n)?.country), ['GRC', 'BEL', 'USA']);
});

test('a story filed from a hub about one other state is that state\'s: "CAIRO — … Sudan …, the army said" is Sudan\'s army; one about several is no one\'s', () => {
  const sudan = 'CAIRO (AP) — Sudan\'s paramilitary Rapid Support Forces shelled El Fasher in North Darfur on Thursday, local activists said. The siege of the city in Sudan\'s west is in its 18th month.\n\n"The militia targets civilians," the army said in a statement. The war in Sudan has killed thousands.';
  const q = analyzeArticle(articleFromText(sudan, { language: 'en' })).quotes.find((x) => x.text.includes('militia targets'));
  assert.equal(q?.speaker?.name, "Sudan's army");
  const both = 'DUBAI (Reuters) — Iran fired missiles at Israel on Tuesday, and Israel struck Iran\'s air defences. "We will respond," the army said. Iran said Israel had started it.';
  const q2 = analyzeArticle(articleFromText(both, { language: 'en' })).quotes.find((x) => x.text.includes('We will respond'));
  assert.notEqual(q2?.speaker?.name, "Israel's army");
  assert.notEqual(q2?.speaker?.name, "Iran's army");
});

test('a spokesperson titled by the word alone speaks for the state body named just before: "Pakistan\'s foreign office rejected … Spokesperson Shafqat Ali Khan said"', () => {
  const ents = run('Pakistan\'s foreign office rejected the allegations as baseless. Spokesperson Shafqat Ali Khan said Pakistan itself was a victim of terrorism.');
  assert.equal(ents.find((e) => e.name === 'Shafqat Ali Khan')?.country, 'PAK');
  // (A place named before is no body: the spokesman of "Israel struck Gaza" may be anyone's.)
  assert.equal(run('Israel struck Gaza overnight. Spokesman Avi Cohen said the strikes hit a depot.').find((e) => e.name === 'Avi Cohen')?.country ?? null, null);
});

test('a bare surname two people share is the one the story is about, not the relative named beside him ("… for his wife Hillary Clinton. … Clinton said")', () => {
  const text = 'FLINT, Mich. — Former President Bill Clinton criticized the health law during a campaign stop for his wife Hillary Clinton.\n\nThe former president said premiums were rising.\n\n“It doesn’t make any sense,” Clinton said.';
  const q = analyzeArticle(articleFromText(text, { language: 'en' })).quotes.find((x) => x.text.includes('make any sense'));
  assert.equal(q?.speaker?.name, 'Bill Clinton');
});

test('a sentence with many names is no Title Case headline: "Edward Smith, the president of Georgia, met Vladimir Putin on Monday" names Edward Smith', () => {
  const ents = analyzeArticle(articleFromText('Leaders meet.\n\nEdward Smith, the president of Georgia, met Vladimir Putin on Monday.', { language: 'en' })).entities;
  assert.ok(ents.some((e) => e.type === 'PERSON' && e.name === 'Edward Smith'), JSON.stringify(ents.map((e) => e.name)));
  // A headline in Title Case still guesses no person from a run of capitals.
  const head = analyzeArticle(articleFromText('Convention Speaker Announcement Draws Crowd In Cleveland\n\nThe crowd was large.', { language: 'en' })).entities;
  assert.ok(!head.some((e) => e.type === 'PERSON'), JSON.stringify(head.map((e) => e.name)));
});

test('a place the text qualifies is that place: "MANCHESTER, N.H. --", "Paris, Texas", and "in Manchester" after it; a capital named alone stays the capital', () => {
  const country = (text: string, name: string) => run(text).filter((e) => e.name.toLowerCase() === name.toLowerCase()).map((e) => e.country);
  assert.deepEqual(country('MANCHESTER, N.H. -- The debate party is at a hotel in Manchester, which is full of reporters.', 'Manchester'), ['USA']);
  assert.deepEqual(country('The rally in Portsmouth drew 2,000 people. Sanders spoke later in Concord and Portsmouth, N.H., again.', 'Portsmouth'), ['USA']);
  assert.deepEqual(country('He grew up in Paris, Texas, and moved to Paris in 1990.', 'Paris').sort(), ['FRA', 'USA']);
  // Unqualified, the biggest town of the name is still the guess.
  assert.deepEqual(country('United played in Manchester on Saturday.', 'Manchester'), ['GBR']);
});

test('a town named after a region or country is the town: "Atlantic City", "ATLANTIC CITY —", "Kansas City", "Jersey City"', () => {
  const places = run('ATLANTIC CITY — The mayor flew to Kansas City and Jersey City, then back to Atlantic City over the Atlantic.')
    .filter((e) => e.type === 'GPE' || e.type === 'LOC').map((e) => `${e.name.toLowerCase()}: ${e.country}`);
  assert.deepEqual(places.sort(), ['atlantic city: USA', 'atlantic: null', 'jersey city: USA', 'kansas city: USA']);
});

test('a one-word organisation after a given name is a family name, for the whole article: "Mayor Don Guardian … Guardian said"; "the Guardian" stays the paper', () => {
  const ents = run('“It is a hard time,” said Mayor Don Guardian in an interview. “We will recover,” Guardian said. He later told the Guardian the same.');
  const guardian = ents.find((e) => e.type === 'PERSON' && e.name === 'Don Guardian');
  assert.ok(guardian, JSON.stringify(ents.map((e) => [e.type, e.name])));
  assert.equal(guardian.mentions.length, 2);
  assert.ok(ents.some((e) => e.kb === 'org:guardian' && e.mentions.length === 1));
  // A place or a plural body before an organisation is no given name: "Virginia Democrats", "Georgia NATO".
  assert.ok(!run('Virginia Democrats met on Monday.').some((e) => e.type === 'PERSON'));
});

test('shops are organisations: "Home Depot", "Office Depot", "Wal-Mart", "Iowa Electronic Markets"', () => {
  const ents = run('Dow component Home Depot reported earnings on Tuesday. Office Depot and Wal-Mart fell. Traders on the Iowa Electronic Markets bet on Cruz.');
  for (const name of ['Home Depot', 'Office Depot', 'Wal-Mart', 'Iowa Electronic Markets']) assert.equal(ents.find((e) => e.name === name)?.type, 'ORG', name);
});

test('an institution the text gives another country is that country\'s: "the Senate" after "the Nigerian Senate" is not the US Senate', () => {
  const senate = (text: string) => run(text).find((e) => e.name === 'Senate');
  const ng = senate('The Senate adjourned on Tuesday after a minute of silence. The details were shared by the Nigerian Senate on Twitter.');
  assert.deepEqual([ng?.country, ng?.kb], ['NGA', null]);
  assert.deepEqual([senate('The Senate adjourned on Tuesday.')?.country, senate('The Senate adjourned on Tuesday.')?.kb], ['USA', 'org:us-senate']);
});

test('a body the KB knows whose name holds another\'s is not that one of another country: "the Taliban" beside "the Pakistani Taliban" (the TTP)', () => {
  const ents = run('The Taliban government accused Pakistan on Friday of airstrikes. Islamabad blamed fighters of the Pakistani Taliban.');
  const taliban = ents.find((e) => e.name === 'Taliban');
  assert.deepEqual([taliban?.kb, taliban?.country], ['org:taliban', 'AFG']);
  assert.ok(ents.some((e) => e.kb === 'org:ttp'));
});

test('a state body named bare is the state of the spokesperson the KB knows it speaks through', () => {
  const ministry = (text: string) => run(text, '2025-06-10').find((e) => e.name === 'Foreign Ministry')?.country;
  assert.equal(ministry('Tehran rejected the criticism. Foreign Ministry spokesman Esmaeil Baghaei said the board was biased.'), 'IRN');
  assert.equal(ministry('The words came from Maria Zakharova, the Foreign Ministry spokeswoman, during her weekly briefing.'), 'RUS');
  // No one the KB knows: no state to take.
  assert.equal(ministry('The Foreign Ministry spokesman, who declined to be named, said so.'), null);
});

test('"Chief Cabinet Secretary" is a title, not a body or a person: the name after it is the person', () => {
  const ents = run('Chief Cabinet Secretary Minoru Kihara said Tokyo had lodged a protest. Chief Cabinet Secretary Kaoru Tanabe agreed.');
  assert.deepEqual(ents.filter((e) => e.type === 'PERSON' || e.type === 'ORG').map((e) => e.name), ['Minoru Kihara', 'Kaoru Tanabe']);
});

test('a plague or a pandemic with a name is an event, not a person: "the Black Death", "the Spanish Flu"', () => {
  const ents = run('The Black Death killed millions in Europe. The Spanish Flu followed centuries later.');
  assert.ok(!ents.some((e) => e.type === 'PERSON'), JSON.stringify(ents.map((e) => [e.type, e.name])));
});

test('a family name that opens with its particle is the person named in full: "Van Der Beek" after "James Van Der Beek"; "Van Jones" stays himself', () => {
  const ents = run('James Van Der Beek was eliminated. Van Der Beek spoke later. Mayor Bill de Blasio agreed. De Blasio left. Van Jones spoke on CNN.');
  const names = ents.filter((e) => e.type === 'PERSON').map((e) => `${e.name}: ${e.mentions.length}`);
  assert.deepEqual(names, ['James Van Der Beek: 2', 'Bill de Blasio: 2', 'Van Jones: 1']);
});

test('space agencies and firms are known, and a title before a name is no part of it: "NASA’s Administrator Jim Bridenstine", "Defenseman Jonas Brodin"', () => {
  const ents = run("NASA on Monday enlisted Jeff Bezos's Blue Origin and Elon Musk's SpaceX. In May, NASA's Administrator Jim Bridenstine said so. Defenseman Jonas Brodin scored.");
  assert.deepEqual(['org:nasa', 'org:blue-origin', 'org:spacex'].map((kb) => ents.find((e) => e.kb === kb)?.country), ['USA', 'USA', 'USA']);
  assert.ok(ents.some((e) => e.name === 'Jim Bridenstine') && ents.some((e) => e.name === 'Jonas Brodin'), JSON.stringify(ents.map((e) => e.name)));
});

test('a quantifier that opens a sentence is no given name: "Several Cruz allies said so" names Cruz', () => {
  const ents = run('Ted Cruz spoke on Monday. Several Cruz allies said so. Many Trump supporters came.');
  assert.ok(!ents.some((e) => /^(Several|Many) /.test(e.name)), JSON.stringify(ents.map((e) => e.name)));
});

test('a known person\'s family name after another given name is another member of the family: "Ivanka Trump" and "Eric Trump" are not Donald Trump', () => {
  const ents = run('Donald Trump spoke in Ohio on Monday, and later his daughter Ivanka Trump and his son Eric Trump joined him at the rally there.');
  const people = ents.filter((e) => e.type === 'PERSON').map((e) => `${e.name}: ${e.kb ?? '-'}`);
  assert.deepEqual(people, ['Donald Trump: person:donald-trump', 'Ivanka Trump: -', 'Eric Trump: -']);
});

test('a middle initial without its period is the same known person ("George W Bush")', () => {
  const es = run('Jeb Bush quit the race. A strategist who worked for George W Bush in 2004 said it was over.');
  assert.deepEqual(texts(es.find((e) => e.name === 'George W. Bush')), ['George W Bush']);
  assert.equal(es.filter((e) => /Bush/.test(e.name)).length, 2);
});

test('"Mr. Bush" is the Bush a story is about, not the relatives listed beside him or a possessive in passing', () => {
  const text = [
    'Jeb Bush ended his campaign on Saturday. “The people have spoken,” Mr. Bush said.',
    'The party of Prescott Bush, George Bush and George W. Bush now belongs to another man. Mr. Trump offered kind words about Mr. Bush.',
    'Steve Schmidt, who worked on John McCain’s campaign in 2008 and George W Bush’s in 2004, was blunt. Mr. Bush said he was proud.',
  ].join('\n\n');
  const es = run(text, '2016-02-22');
  const jeb = es.find((e) => e.name === 'Jeb Bush');
  assert.deepEqual(texts(jeb), ['Jeb Bush', 'Mr. Bush', 'Mr. Bush', 'Mr. Bush']);
  assert.deepEqual(texts(es.find((e) => e.name === 'George W. Bush')), ['George W. Bush', 'George W Bush']);
});

test('a person the KB does not know, named first after a title, keeps the bare family name later ("Rep. Chris Collins … Collins said")', () => {
  const es = run('Rep. Chris Collins spoke in Buffalo on Monday. Later, Collins said it was time.');
  assert.deepEqual(texts(es.find((e) => e.name === 'Chris Collins')), ['Rep. Chris Collins', 'Collins']);
  assert.equal(es.filter((e) => e.type === 'PERSON').length, 1);
});

test('plural titles and a pageant title are no part of the name: "Reps. Chris Collins", "Senators Rubio", "Miss Universe Alicia Machado"', () => {
  const es = run('Reps. Chris Collins and Duncan Hunter endorsed him. Senators Rubio and Cruz did not. He attacked former Miss Universe Alicia Machado, and Machado replied. A former Miss Universe spoke too.');
  const people = es.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(people.includes('Chris Collins'), JSON.stringify(people));
  assert.ok(!people.some((n) => /Reps|Senators|Universe/.test(n)), JSON.stringify(people));
  assert.deepEqual(texts(es.find((e) => e.name === 'Alicia Machado')), ['Miss Universe Alicia Machado', 'Machado']);
});

test('"NYC Pride" and "LA Pride" are no people', () => {
  const es = run('Thousands marched in the annual NYC Pride parade. Police guarded LA Pride after an arrest.');
  assert.deepEqual(es.filter((e) => e.type === 'PERSON').map((e) => e.name), []);
});

test('"Dr. King" is Martin Luther King Jr., not a King named later; a law\'s acronym is no organisation', () => {
  const es = run('He marched for Dr. King in Selma. It is as if Don King had won. The group sued under FOIA, the Freedom of Information Act.', '2016-02-23');
  assert.deepEqual(texts(es.find((e) => e.name === 'Martin Luther King Jr.')), ['Dr. King']);
  assert.deepEqual(texts(es.find((e) => e.name === 'Don King')), ['Don King']);
  assert.ok(!es.some((e) => e.name === 'FOIA'), JSON.stringify(es.map((e) => e.name)));
});

test('"George Will" is a person though "Will" is an auxiliary, and so is "Will wrote" after him; "Will it rain?" is not', () => {
  const es = run('Fox News contributor George Will reignited his feud with Donald Trump. “It is bad,” Will wrote. Will it end? Later, Will said more.');
  assert.deepEqual(texts(es.find((e) => e.name === 'George Will')), ['George Will', 'Will', 'Will']);
});

test('a preposition opening a sentence is no part of a name ("Outside Carrier\'s plant"), and "PAC" alone is no organisation', () => {
  const es = run('Outside Carrier\'s plant in Monterrey, a worker waited. Despite Trump\'s threats, the super PAC spent heavily.');
  assert.ok(!es.some((e) => /Outside|Despite|^PAC$/.test(e.name)), JSON.stringify(es.map((e) => e.name)));
});

test('"his wife, Gabriela Lazar," is a relative named in passing: the bare family name afterwards is the man the story is about', () => {
  const es = run('Marcel Lazar, a Romanian hacker, was sentenced on Thursday. “We need him,” his wife, Gabriela Lazar, wrote to the court. A high school graduate, Lazar had no training.');
  assert.deepEqual(texts(es.find((e) => e.name === 'Marcel Lazar')), ['Marcel Lazar', 'Lazar']);
});

test('a woman\'s title settles which of a family is a woman: "Ms. Khan" first, then "Mr. Khan" passes her by', () => {
  const es = run('The parents, Khizr Khan and Ghazala Khan, spoke in Philadelphia. Mr. Khan held up a copy of the Constitution. Later Ms. Khan wrote an essay.');
  assert.deepEqual(texts(es.find((e) => e.name === 'Khizr Khan')), ['Khizr Khan', 'Mr. Khan']);
  assert.deepEqual(texts(es.find((e) => e.name === 'Ghazala Khan')), ['Ghazala Khan', 'Ms. Khan']);
});

test('"Bill and Hillary Clinton": a given name before "and" and a full name shares the family name', () => {
  const es = run('Bill and Hillary Clinton arrived in Iowa on Monday.', '2016-01-25');
  assert.ok(es.some((e) => e.name === 'Bill Clinton' && texts(e).includes('Bill')), JSON.stringify(es.map((e) => [e.name, texts(e)])));
  assert.ok(es.some((e) => e.name === 'Hillary Clinton'));
});

test('"Clinton\'s husband, Bill," is Bill Clinton, and a family name read as a town ("in Clinton\'s coalition") is the person the text names most, not the last named', () => {
  const text = 'Sanders leads Hillary Clinton in the polls. After Iowa, Clinton fell back. Sanders exposed weaknesses in Clinton\'s coalition, aides said. Clinton\'s husband, Bill, hurled the kitchen sink at Sanders.';
  const es = run(text, '2016-02-09');
  assert.deepEqual(texts(es.find((e) => e.name === 'Bill Clinton')), ['Bill']);
  assert.ok(texts(es.find((e) => e.name === 'Hillary Clinton')).length >= 3, JSON.stringify(es.map((e) => [e.name, texts(e)])));
});

test('"Heslin\'s son, Jesse," is a relative named in passing: the bare family name afterwards is still the father', () => {
  const es = run('On Monday, the father, Neil Heslin, spoke. Heslin\'s son, Jesse, was killed at the school. Heslin now helps lead a group.');
  assert.deepEqual(texts(es.find((e) => e.name === 'Neil Heslin')), ['Neil Heslin', 'Heslin', 'Heslin']);
  assert.deepEqual(texts(es.find((e) => e.name === 'Jesse Heslin')), ['Jesse']);
});

test('"Ranking Democrat Dianne Feinstein" is Dianne Feinstein: a ranking title is no part of the name', () => {
  const es = run('Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week said Clinton was not the originator.');
  assert.ok(es.some((e) => e.name === 'Dianne Feinstein'), JSON.stringify(es.map((e) => e.name)));
});

test('"21st Century Fox" is the company, not a person "Century Fox"', () => {
  const es = run('James Murdoch, the chief executive of 21st Century Fox, said News Corp would not comment.');
  assert.equal(es.find((e) => e.name === '21st Century Fox')?.type, 'ORG');
  assert.ok(!es.some((e) => e.name === 'Century Fox'), JSON.stringify(es.map((e) => e.name)));
});

test('a thing named after a people is no mention of it: "French toast", "Swiss cheese"; "the French press" still is', () => {
  const food = run('They were eating eggs and French toast, and the plan was full of holes like Swiss cheese.');
  assert.ok(!food.some((e) => e.type === 'NORP' || e.type === 'PERSON'), JSON.stringify(food.map((e) => [e.type, e.name])));
  assert.ok(run('The French press condemned the plan.').some((e) => e.type === 'NORP' && e.country === 'FRA'));
});

test('"Sen. Chuck Grassley" and later "Sen. Charles Grassley" are one person: full names after titles are matched by nickname too', () => {
  const people = run('Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed the attack. Grassley said it was fine. Later, Sen. Charles Grassley spoke again.')
    .filter((e) => e.type === 'PERSON');
  assert.equal(people.length, 1, JSON.stringify(people.map((e) => e.name)));
  assert.equal(people[0].mentions.length, 3);
});

test('a people named inside an organisation\'s name stays in it whole: "the University of North Korean Studies" is no "North" and "Korean"', () => {
  const es = run('"Pyongyang wants to be recognized as a nuclear state," said Yang Moo-jin, the president of the University of North Korean Studies in Seoul.');
  const uni = es.find((e) => e.type === 'ORG');
  assert.equal(uni?.name, 'University of North Korean Studies');
  assert.equal(uni?.country, 'KOR', 'in Seoul: a field of study names no owner');
  assert.ok(!es.some((e) => e.type === 'NORP'), es.map((e) => e.name).join(', '));
  assert.notEqual(es.find((e) => e.name === 'Yang Moo-jin')?.country, 'PRK');
});

test('a body named after a university the KB knows keeps its whole name, and its own kind: "Columbia University Medical Center"', () => {
  const es = run('Send gifts to the Pancreas Center at Columbia University Medical Center. The book came out from Princeton University Press. "It is rare," said Steve Vladeck, a law professor at Georgetown University.', '2016-05-01');
  assert.deepEqual(es.filter((e) => e.type === 'ORG').map((e) => [e.name, e.country, e.sector]).filter(([n]) => /University/.test(n!)),
    [['Columbia University Medical Center', 'USA', 'MED'], ['Princeton University Press', 'USA', 'JRN'], ['Georgetown University', 'USA', 'EDU']]);
  assert.notEqual(es.find((e) => e.name === 'Steve Vladeck')?.country, 'GUY', 'Georgetown is the university\'s, in Washington, not Guyana\'s capital');
});

test('a court\'s word before "Judge" is the title\'s, not a body ("U.S. District Judge Karin Immergut"); "National Bureau of Investigation" keeps its first word', () => {
  const es = run('U.S. District Judge Karin Immergut wrote that the order was unlawful. "We suspect the anchor," Robin Lardot, director of the National Bureau of Investigation, told a news conference.', '2025-06-10');
  assert.deepEqual(es.filter((e) => e.type === 'ORG').map((e) => e.name), ['National Bureau of Investigation']);
  assert.deepEqual(es.find((e) => e.name === 'Karin Immergut')?.sector, 'JUD');
});

test('a body of an international one is international, whatever its own name says ("the U.N. nuclear watchdog\'s Board of Governors")', () => {
  const es = run('VIENNA (Reuters) — The U.N. nuclear watchdog\'s Board of Governors passed a resolution on Thursday.', '2025-06-12');
  assert.deepEqual(es.filter((e) => e.name === 'Board of Governors').map((e) => [e.country, e.sector]), [[null, 'IGO']]);
});

test('a name given to a place or an exercise is no person: "the shoal, which Beijing calls Ren\'ai Jiao", "the exercises, code-named \'Strait Thunder\'"', () => {
  const es = run('Philippine vessels intruded into waters near the shoal, which Beijing calls Ren\'ai Jiao. The exercises, code-named "Strait Thunder," tested its forces. A man named John Smith spoke.', '2025-06-12');
  const typeOf = (n: string) => es.find((e) => e.name === n)?.type;
  assert.deepEqual([typeOf("Ren'ai Jiao"), typeOf('Strait Thunder'), typeOf('John Smith')], ['LOC', 'EVENT', 'PERSON']);
});

test('an office holder named by a bare title is of the story\'s state where the paragraph names it or none, and a governor of the region named before', () => {
  const kyiv = run('KYIV, Ukraine (AP) — Ukrainian drones struck an oil refinery in Russia\'s southern Krasnodar region overnight, the regional governor said.\n\nGovernor Veniamin Kondratyev said no one was hurt. Russia\'s Defense Ministry said it downed 42 Ukrainian drones.\n\nRussian forces hit Ukraine\'s energy grid, Ukrainian officials said. Energy Minister Herman Halushchenko said the strikes were heavy.', '2025-06-09');
  const country = (es: Entity[], n: string) => es.find((e) => e.name === n)?.country ?? null;
  assert.equal(country(kyiv, 'Veniamin Kondratyev'), 'RUS');
  assert.equal(country(kyiv, 'Herman Halushchenko'), 'UKR', 'the paragraph names Russia first, and Ukraine too');
  const manila = run('MANILA, Philippines (AP) — The Philippines summoned China\'s ambassador. Foreign Secretary Enrique Manalo said the Philippines would defend its rights.\n\n"China\'s behavior tells us it has no intention of respecting the rules," Deputy Secretary Ramon Dizon said.', '2025-06-10');
  assert.equal(country(manila, 'Enrique Manalo'), 'PHL');
  assert.equal(country(manila, 'Ramon Dizon'), null, 'a paragraph that names only another state leaves it open');
  const seoul = run('SEOUL (AP) — A South Korean court sentenced the former prime minister.\n\nJudge Lee Jin-gwan said he had failed in his duty.', '2025-06-10');
  assert.equal(country(seoul, 'Lee Jin-gwan'), 'KOR');
  const niamey = run('NIAMEY (BBC) — Two Swiss aid workers held by militants were freed, Niger\'s junta said.\n\n"This is a new step," the junta\'s spokesman, Col. Amadou Abdramane, said on state television.', '2025-06-12');
  assert.equal(country(niamey, 'Amadou Abdramane'), 'NER');
});

test('peoples by their nouns ("Kosovo Serbs", "Bosnian Croats") and peoples of no one state ("Kurds") are peoples, not persons', () => {
  const es = run('PRISTINA, Kosovo (Reuters) - Kosovo Serbs protested on Sunday. Bosnian Croats and Iraqi Kurds watched, and Kurdish fighters advanced. Rohingya refugees fled.', '2025-06-10');
  const of = (n: string) => es.find((e) => e.name === n);
  assert.deepEqual([of('Serbs')?.type, of('Serbs')?.country], ['NORP', 'SRB']);
  assert.deepEqual([of('Croats')?.type, of('Croats')?.country], ['NORP', 'HRV']);
  assert.deepEqual([of('Kurds')?.type, of('Kurds')?.country, of('Kurds')?.mentions.length], ['NORP', null, 2]);
  assert.deepEqual([of('Rohingya')?.type, of('Rohingya')?.country], ['NORP', 'MMR']);
  assert.ok(!es.some((e) => e.type === 'PERSON'), es.filter((e) => e.type === 'PERSON').map((e) => e.name).join(', '));
});

test('a story that names no state after its dateline is about the dateline\'s: "OSLO (Reuters) — Finance Minister Lena Ortiz"', () => {
  const es = run('OSLO (Reuters) — Finance Minister Lena Ortiz spent the week defending her budget in parliament.\n\nThe opposition accused her of cutting hospital funding.', '2025-06-10');
  assert.equal(es.find((e) => e.name === 'Lena Ortiz')?.country, 'NOR');
});

test('"the president" is the one president the text names in office, as "the foreign minister" is its minister', () => {
  const es = run('President Barack Obama met Pacific leaders in Honolulu. The president said few people understood the stakes better.', '2016-09-05');
  assert.deepEqual(es.find((e) => e.name === 'Barack Obama')?.mentions.map((m) => m.text), ['Barack Obama', 'The president']);
  const two = run('President Barack Obama met President Rodrigo Duterte. The president said the talks went well.', '2016-09-05');
  assert.ok(!two.some((e) => e.mentions.some((m) => m.text === 'The president')), 'two presidents: neither');
});

test('"the president" in the words of one state\'s official is that state\'s, not the one president the text names', () => {
  const text = 'WASHINGTON (Reuters) - Venezuelan President Nicolas Maduro has accused Washington of using the drug war as a pretext. White House press secretary Karoline Leavitt said the president was committed to stopping the flow of drugs.';
  const es = run(text, '2025-06-15');
  assert.deepEqual(es.find((e) => e.name === 'Nicolas Maduro')?.mentions.map((m) => m.text), ['Nicolas Maduro']);
  // Beside that state's official but not in their words, the one named still holds the office.
  const met = run('Venezuelan President Nicolas Maduro met Secretary of State Marco Rubio in Caracas. Emerging from two hours alone with Mr. Rubio, the president looked tired.', '2025-06-15');
  assert.deepEqual(met.find((e) => e.name === 'Nicolas Maduro')?.mentions.map((m) => m.text), ['Nicolas Maduro', 'the president']);
});

test('"the National Guard" is the United States\' in a US story and the story\'s state\'s elsewhere ("Ukraine\'s National Guard", one filed from Kyiv); "the German carmakers\' association VDA" is a German business', () => {
  const guard = (text: string) => { const e = run(text, '2025-06-10').find((x) => x.name === 'National Guard'); return [e?.country, e?.sector]; };
  assert.deepEqual(guard('WASHINGTON (AP) — A federal judge blocked the administration from deploying National Guard troops to Portland, Oregon.'), ['USA', 'MIL']);
  assert.deepEqual(guard("KYIV, Ukraine (AP) — Ukraine's National Guard said its units repelled an assault near Pokrovsk."), ['UKR', 'MIL']);
  assert.deepEqual(guard('KYIV, Ukraine (AP) — The National Guard said its units repelled an assault near Pokrovsk, as Russian forces pressed on.'), ['UKR', 'MIL']);
  const vda = run("The German carmakers' association VDA said some suppliers had only a few weeks of stock left.", '2025-06-10').find((x) => x.name === 'VDA');
  assert.deepEqual([vda?.country, vda?.sector], ['DEU', 'BUS']);
});

test('an office set before a name as a verb\'s object gives its role and state: "summoned China\'s ambassador, Huang Xilian, to protest"', () => {
  const huang = run("The Philippine Department of Foreign Affairs summoned China's ambassador, Huang Xilian, to protest the incident.", '2025-06-10').find((e) => e.name === 'Huang Xilian');
  assert.deepEqual([huang?.country, huang?.sector], ['CHN', 'GOV']);
  const mills = run("Staff soon after alerted Clinton's chief of staff, Cheryl Mills, to the request.", '2016-05-25').find((e) => e.name === 'Cheryl Mills');
  assert.ok(mills?.roles.includes("Clinton's chief of staff"), JSON.stringify(mills?.roles));
});

test('a person a place is said to have is of its country: "Pennsylvania\'s Patrick J. Toomey", "Mongolia\'s Tsakhia Elbegdorj"', () => {
  const es = run("Pennsylvania's Patrick J. Toomey has not endorsed Trump and Illinois's Mark Kirk withdrew his support. Mongolia's Tsakhia Elbegdorj agreed.", '2016-06-20');
  assert.deepEqual(['Patrick J. Toomey', 'Mark Kirk', 'Tsakhia Elbegdorj'].map((n) => es.find((e) => e.name === n)?.country), ['USA', 'USA', 'MNG']);
  // (Not a person another person is said to have: "Trump's Jonah Pellwick".)
  assert.equal(run("Trump's Jonah Pellwick said he would testify.", '2018-06-20').find((e) => e.name === 'Jonah Pellwick')?.country ?? null, null);
});

test('Latinos and Hispanics are a people with no country ("a wise Latina" is no town in Italy), also inside an organisation\'s name', () => {
  const found = run('Sotomayor called herself a wise Latina. Latino voters backed her.');
  const norp = found.find((e) => e.type === 'NORP');
  assert.equal(norp?.name, 'Hispanics');
  assert.equal(norp?.country, null);
  assert.ok(!found.some((e) => e.type === 'GPE'), JSON.stringify(found.map((e) => [e.type, e.name])));
  const org = run('The Federation of American Scientists said so.').find((e) => e.type === 'ORG');
  assert.equal(org?.name, 'Federation of American Scientists');
});

test('a US party label after a name makes an American politician: "Dianne Feinstein (D-Calif.)", "Marsha Blackburn, R-Tenn.,"', () => {
  const found = run('Ranking Democrat Dianne Feinstein (D-Calif.) said the bill was flawed. Rep. Marsha Blackburn, R-Tenn., agreed. Ann Lee, 40, disagreed.');
  assert.equal(found.find((e) => e.name === 'Dianne Feinstein')?.country, 'USA');
  assert.equal(found.find((e) => e.name === 'Marsha Blackburn')?.country, 'USA');
  assert.equal(found.find((e) => e.name === 'Ann Lee')?.country ?? null, null);
});

test('a one-word name used as a business is ("Carrier\'s factory workers", "the Carrier plant") is a company, not a person', () => {
  const found = run('Trump made Carrier\'s move to Mexico a centerpiece. Outside Carrier\'s plant on Galeana Street, a worker named Antonio Arroyo has nothing but positive things to say. The division includes Carrier. He made more last year than Carrier\'s factory workers could earn. Her district includes the Carrier plant, she said.');
  assert.equal(found.find((e) => e.name === 'Carrier')?.type, 'ORG');
  // A person's name with one business word beside it stays a person.
  assert.equal(run('Obama met Weddle on Monday. Weddle workers cheered. Weddle said he was glad.').find((e) => e.name === 'Weddle')?.type ?? 'PERSON', 'PERSON');
});

test('a bare family name of a senator the KB knows is that senator ("Senator Rubio" with no full name is Marco Rubio, not the town of Rubio in Venezuela); "Zika" is no person', () => {
  const found = run('Democrats in the United States are tying the House bill to Rubio, who supported it. “Senator Rubio and the Republicans failed,” Murphy said. The Zika problem is growing.', '2016-08-23');
  const rubio = found.filter((e) => e.name.includes('Rubio'));
  assert.equal(rubio.length, 1, JSON.stringify(rubio.map((e) => [e.type, e.name])));
  assert.equal(rubio[0].name, 'Marco Rubio');
  assert.equal(rubio[0].mentions.length, 2);
  assert.ok(!found.some((e) => e.name === 'Zika'));
});

test('a relative named after "mother of", "brother of" is named in passing: "Patricia Smith, mother of Benghazi victim Sean Smith, … Smith said" is Patricia', () => {
  const found = run('However, Patricia Smith, mother of Benghazi victim Sean Smith, forcefully rejected the claim. “She lied to me,” Smith said.');
  const patricia = found.find((e) => e.name === 'Patricia Smith');
  assert.equal(patricia?.mentions.length, 2, JSON.stringify(found.map((e) => [e.name, e.mentions.map((m) => m.text)])));
});

test('a state or town of a country counts as naming it for a bare KB family name ("Why not debate in New York? … Senator Sanders" is Bernie Sanders); "Video Transcript:" is no person', () => {
  const found = run('Video Transcript:\n\nWhy won’t Hillary do a debate in New York? Senator Sanders doesn’t get to decide, her adviser said.', '2016-03-29');
  assert.ok(found.some((e) => e.name === 'Bernie Sanders'), JSON.stringify(found.map((e) => e.name)));
  assert.ok(!found.some((e) => /Transcript/.test(e.name)), JSON.stringify(found.map((e) => e.name)));
});

test('a company goes by the name the text gives it when that is one of its names: "Facebook" in 2015 is not "Meta"; a text that says "Meta" keeps it', () => {
  const fb = run('Facebook said it removed the posts. Facebook said so again.', '2015-12-09').find((e) => e.type === 'ORG');
  assert.equal(fb?.name, 'Facebook');
  assert.equal(fb?.kb, 'org:meta');
  assert.equal(run('Meta, which owns Facebook, said it removed the posts.', '2023-12-09').find((e) => e.kb === 'org:meta')?.name, 'Meta');
});

test('a state right after a given name that opens a name is a surname ("actress Diane Guerrero"), not after a place word or inside a phrase ("North Africa", "the Sanders Iowa spots")', () => {
  const es = run('Actress Diane Guerrero wrote a memoir about her family. Guerrero said it was hard to write.');
  const diane = es.find((e) => e.name === 'Diane Guerrero');
  assert.equal(diane?.type, 'PERSON');
  assert.equal(diane?.mentions.length, 2, JSON.stringify(es.map((e) => [e.name, e.type])));
  assert.ok(!es.some((e) => e.type === 'GPE' && e.name === 'Guerrero'), JSON.stringify(es.map((e) => [e.name, e.type])));
  const others = run('Bernie Sanders spoke in Des Moines. You will see nothing like that in the Sanders Iowa spots, which focus on migrants from North Africa.');
  assert.ok(others.some((e) => e.name === 'Iowa' && e.type === 'GPE'), JSON.stringify(others.map((e) => [e.name, e.type])));
  assert.ok(!others.some((e) => e.type === 'PERSON' && /Iowa/.test(e.name)), JSON.stringify(others.map((e) => [e.name, e.type])));
});

test('in a Title Case headline a verb after an honorific is the headline\'s verb, not a name ("Texas Gov. Hears About Obama\'s Gun Grab")', () => {
  const es = run('Texas Gov. Hears About Obama’s Gun Grab, Launches Warning To White House. Greg Abbott spoke on Monday about the plan.');
  assert.ok(!es.some((e) => e.name === 'Hears' || e.name.includes('Hears')), JSON.stringify(es.map((e) => e.name)));
  assert.ok(es.some((e) => e.name === 'Texas' && e.type === 'GPE'), JSON.stringify(es.map((e) => e.name)));
});

test('a newspaper\'s "IN BRIEF" heading names no organisation', () => {
  const es = run('IN BRIEF.\n\nSpain struggles to form a government after the election.');
  assert.ok(!es.some((e) => /brief/i.test(e.name)), JSON.stringify(es.map((e) => e.name)));
});

test('a clause after a name and its comma is no role; lowercase "under" is no title', () => {
  const es = run([
    'According to the Atlas Ministry, the depot serves as a supply point for the northern front.',
    'Zora Ankh, the man who was named envoy, arrived. Milo Brandt, the ministry’s spokesman, said the border stays shut.',
    'The program began in Tirana under President Bajram Vessel.',
  ].join('\n\n'));
  const find = (n: string) => es.find((e) => e.name === n);
  assert.deepEqual(find('Atlas Ministry')?.roles, []);
  assert.ok(find('Zora Ankh')?.roles.includes('the man'), JSON.stringify(find('Zora Ankh')?.roles));
  assert.ok(find('Milo Brandt')?.roles.includes('the ministry’s spokesman'), JSON.stringify(find('Milo Brandt')?.roles));
  assert.deepEqual(find('Bajram Vessel')?.roles, ['President']);
});

test('a title keeps its office and its possessor: "Secretary of State", "China’s ambassador to Britain"; not another person’s title', () => {
  const es = run([
    'Secretary of State Nora Vell left for talks. Sweden’s ambassador to Britain Aki Tarn spoke.',
    'Bo Ruhl, who was chief of staff to President Dan Ostrow, said little. Florida’s Secretary of State Lee Marsh agreed.',
  ].join('\n\n'));
  const roles = (n: string) => es.find((e) => e.name === n)?.roles;
  assert.deepEqual(roles('Nora Vell'), ['Secretary of State']);
  assert.deepEqual(roles('Aki Tarn'), ['Sweden’s ambassador to Britain']);
  assert.equal(es.find((e) => e.name === 'Aki Tarn')?.country, 'SWE');
  assert.deepEqual(roles('Dan Ostrow'), ['President']);
  assert.deepEqual(roles('Lee Marsh'), ['Florida’s Secretary of State']);
});

test('a Chinese family name comes first ("Liu Xiaming" … "Liu said"); a lower-case syllable after a hyphen ends a name ("Cheuk Hau-yip")', () => {
  const es = run('Liu Xiaming, a diplomat, arrived on Monday. Cheuk Hau-yip, the district commander, spoke next.\n\nLiu said the talks were useful. Cheuk said nothing more.');
  const liu = es.find((e) => e.name === 'Liu Xiaming');
  assert.deepEqual(texts(liu), ['Liu Xiaming', 'Liu']);
  const cheuk = es.find((e) => e.name === 'Cheuk Hau-yip');
  assert.equal(cheuk?.type, 'PERSON');
  assert.deepEqual(texts(cheuk), ['Cheuk Hau-yip', 'Cheuk']);
});

test('"Public Ombudsman" is a title before a name, and an ombudsman is in government', () => {
  const es = run('Public Ombudsman Nadia Ruiz’s office said the deaths were caused by gunshot wounds.');
  const p = es.find((e) => e.type === 'PERSON');
  assert.deepEqual([p?.name, p?.sector, p?.roles], ['Nadia Ruiz', 'GOV', ['Public Ombudsman']]);
});

test('news outlets and think tanks the wires quote are organisations of their country; "the Atlantic" stays an ocean', () => {
  const es = run('Omar Lamrani, an analyst at Stratfor, told VOA the claims were false, Business Insider reported. Ships crossed the Atlantic.');
  const find = (n: string) => es.find((e) => e.name === n);
  assert.deepEqual([find('Voice of America')?.type, find('Voice of America')?.country, find('Voice of America')?.sector], ['ORG', 'USA', 'JRN']);
  assert.deepEqual([find('Business Insider')?.type, find('Business Insider')?.sector], ['ORG', 'JRN']);
  assert.equal(find('Stratfor')?.type, 'ORG');
  assert.equal(find('Atlantic')?.type, 'LOC');
});

test('a party named with a lower-case "party" is an organisation (the KB’s when it knows it); "under" before a name is no role', () => {
  const es = run('Tsai of the Democratic Progressive party won. Many in the Republican party said no. The Republican Party met. The repression seen under Xi Jinping grew. Third-party candidates lost.', '2019-11-19');
  const find = (n: string) => es.find((e) => e.name === n);
  // (The KB knows Taiwan's party: its name and country.)
  const dpp = find('Democratic Progressive Party');
  assert.deepEqual([dpp?.type, dpp?.sector, dpp?.country, texts(dpp)], ['ORG', 'PTY', 'TWN', ['Democratic Progressive party']]);
  assert.deepEqual(texts(find('Republican Party')), ['Republican party', 'Republican Party']);
  assert.equal(find('Xi Jinping')?.roles.includes('under'), false, JSON.stringify(find('Xi Jinping')?.roles));
  assert.equal(es.some((e) => /party$/i.test(e.name) && /third/i.test(e.name)), false);
});

test('"…for Ann Vale, a second person briefed on the call said" gives Ann Vale no role; a trade representative is in government', () => {
  const es = run('That is not a good deal for Ann Vale, a second person briefed on the call said. US Trade Representative Robert Lighthizer agreed.', '2019-11-19');
  assert.deepEqual(es.find((e) => e.name === 'Ann Vale')?.roles, []);
  assert.equal(es.find((e) => e.name === 'Robert Lighthizer')?.sector, 'GOV');
});

test('"Liu He": a capitalised "He" after a Chinese family name is his given name, and "He said" later is no mention of him', () => {
  const es = run('Trump met Chinese vice-premier Liu He in October. Liu said talks went well. He said more.', '2019-11-19');
  assert.deepEqual(texts(es.find((e) => e.name === 'Liu He')), ['Liu He', 'Liu']);
});

test('"U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry": two people, each with his title; "who is the …" describes', () => {
  const es = run('He said that he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry formed a channel. Morrison asked about Alexander Vindman, who is the White House Ukraine expert. Dan Rey, spokesman for Mayor Frank Jackson, spoke.', '2019-11-19');
  const find = (n: string) => es.find((e) => e.name === n);
  assert.deepEqual([find('Gordon Sondland')?.roles, find('Gordon Sondland')?.country], [['U.S. Ambassador to the European Union'], 'USA']);
  assert.deepEqual(find('Rick Perry')?.roles, ['Energy Secretary']);
  assert.deepEqual(find('Alexander Vindman')?.roles, ['the White House Ukraine expert']);
  assert.deepEqual(find('Frank Jackson')?.roles, ['Mayor']);
});

test('al-Qaeda and al-Shabab are known however written: "al-Qaeda", "Al Qaeda", "Al-Qaida", "al-Shabaab"; "Ansar al-Sharia" is an armed group', () => {
  for (const text of ['The attack was claimed by an al-Qaeda affiliate.', 'Al Qaeda claimed the attack.', 'The Al-Qaida leader was killed.']) {
    const e = run(text).find((x) => x.kb === 'org:al-qaeda');
    assert.ok(e, `${text}: ${JSON.stringify(run(text).map((x) => [x.type, x.name]))}`);
    assert.deepEqual([e.type, e.sector], ['ORG', 'REB']);
  }
  assert.equal(run('al-Shabaab fighters stormed the hotel in Mogadishu.').find((x) => x.kb === 'org:al-shabab')?.country, 'SOM');
  const ansar = run('Officials knew Ansar al-Sharia was behind the attack.').find((x) => x.name === 'Ansar al-Sharia');
  assert.deepEqual([ansar?.type, ansar?.country, ansar?.sector], ['ORG', 'LBY', 'REB']);
});

test('a short sentence of names with a lower-case verb is a sentence, not a title-case headline: "John Smith met Mary Baker."', () => {
  assert.deepEqual(run('John Smith met Mary Baker.').map((e) => [e.type, e.name]), [['PERSON', 'John Smith'], ['PERSON', 'Mary Baker']]);
  // A headline in title case still has its names.
  assert.deepEqual(run('Kim Jong Un Meets Vladimir Putin In Vladivostok').map((e) => e.type), ['PERSON', 'PERSON', 'GPE']);
});

test('a lone given name is the one person the text names with it: "Bernie", "her husband, Tom,"; not a word that ends a longer name or opens a nicknamed one', () => {
  const bernie = run('Bernie Sanders spoke in Iowa. Later, Bernie told supporters to keep going.').find((e) => e.name === 'Bernie Sanders');
  assert.deepEqual(bernie?.mentions.map((m) => m.text), ['Bernie Sanders', 'Bernie']);
  const tom = run('Tom Ebeling stood by. Betsy Ebeling and her husband, Tom, were greeted. “Look,” Tom told a neighbour. “Tom’s better,” Ebeling said.');
  assert.deepEqual(tom.find((e) => e.name === 'Tom Ebeling')?.mentions.map((m) => m.text), ['Tom Ebeling', 'Tom', 'Tom', 'Tom']);
  // The family name alone is still the person named last in full, not the husband named by his given name.
  assert.deepEqual(tom.find((e) => e.name === 'Betsy Ebeling')?.mentions.map((m) => m.text), ['Betsy Ebeling', 'Ebeling']);
  // "George “Jay” Keyworth" is not George Anders.
  const george = run('George Anders wrote the book. The idea came from George “Jay” Keyworth, and he said she should call right away.');
  assert.deepEqual(george.find((e) => e.name === 'George Anders')?.mentions.map((m) => m.text), ['George Anders']);
});

test('a person named by one given name only is an entity when the text uses it as a person\'s, three times or more: "known as Bob", "Bob said he"', () => {
  const text = '“There never was a stand-down order,” said the base chief known as Bob. Bob met with J. Christopher Stevens on Sept. 10. '
    + '“We did try,” he said.\n\nBob said he first heard gunfire about 9:42 p.m. The book blames Bob for the delay.';
  const bob = run(text).find((e) => e.name === 'Bob');
  assert.deepEqual([bob?.type, bob?.mentions.length], ['PERSON', 4]);
  const doc = analyzeArticle(articleFromText(text, { language: 'en', published: '2016-01-16' }, 'bob'));
  assert.equal(doc.quotes.find((q) => q.text === 'We did try,')?.speaker?.name, 'Bob');
  // Companies say things too, and the name list holds "Nissan": no pronoun after "said", no person.
  assert.equal(run('Nissan is hoping a redesign helps. Nissan says it will offer better mileage. The new Nissan models sell well, Nissan said.').some((e) => e.type === 'PERSON'), false);
  // A word that ends a longer name is no one's given name: "The American Legion wrote".
  assert.equal(run('The American Legion has asked the campaign to stop. The American Legion wrote to the senator, who said he would. The American Legion said it was pleased.').some((e) => e.name === 'Legion'), false);
});

test('a party word or an honorific before a title is no name: "Republican Presidential hopeful", "Mr. President", "Republican Secretary of State Jon Husted"; "Rep. King", "Outside Carrier\'s plant" still are', () => {
  const ents = run('Republican Presidential hopeful Ted Cruz spoke. Republican Secretary of State Jon Husted applauded the ruling. “Thank you, Mr. President,” Cohen said. '
    + 'Outside Carrier\'s plant, workers waited; Carrier\'s factory workers earn less. Rep. Steve King spoke, and a staffer pulled Rep. King aside.');
  assert.deepEqual(ents.map((e) => [e.type, e.name]), [['PERSON', 'Ted Cruz'], ['PERSON', 'Jon Husted'], ['ORG', 'Carrier'], ['PERSON', 'Steve King']]);
  assert.equal(ents.find((e) => e.name === 'Steve King')?.mentions.length, 2);
});

test('"Bill" and "Grant" open people\'s names ("Bill Maher", "Bill O\'Reilly", "Grant Woods"), not "the Farm Bill"; "Retired Army Col." and "Former House Speaker" are no organisations', () => {
  const ents = run('Real Time host Bill Maher said it was wrong. Retired Army Col. Lawrence Wilkerson started Maher’s rant. Bill O\'Reilly agreed. The Farm Bill passed. Grant Woods spoke. Former House Speaker John Boehner left.');
  assert.deepEqual(ents.filter((e) => e.type === 'PERSON' && e.name !== 'Real Time').map((e) => e.name), ['Bill Maher', 'Lawrence Wilkerson', 'Bill O\'Reilly', 'Grant Woods', 'John Boehner']);
  assert.deepEqual(ents.find((e) => e.name === 'Bill Maher')?.mentions.map((m) => m.text), ['Bill Maher', 'Maher']);
  assert.ok(!ents.some((e) => e.type === 'ORG' && /Army|House|Bill/.test(e.name)), JSON.stringify(ents.map((e) => [e.type, e.name])));
});

test('family names that are words of places or laws follow a given name: "Samantha Power", "Al Green", "Kevin Hall", "Nathan Deal"; not "Carnegie Hall", "Girl Power"', () => {
  const ents = run('Samantha Power said it. Al Green agreed. Kevin Hall spoke. Nathan Deal won. The Carnegie Hall show was sold out. Fans waved Girl Power signs.');
  assert.deepEqual(ents.map((e) => [e.type, e.name]), [['PERSON', 'Samantha Power'], ['PERSON', 'Al Green'], ['PERSON', 'Kevin Hall'], ['PERSON', 'Nathan Deal'], ['FAC', 'Carnegie Hall']]);
});

test('a newspaper is named in full: "the Tampa Bay Times", "the Chicago Sun-Times", "the Times-Picayune" are not The New York Times; "the Baltimore Sun", "the Atlanta Journal-Constitution" are organisations; "the Times" alone still is', () => {
  const names = (text: string) => run(text).map((e) => [e.type, e.name]);
  assert.deepEqual(names('The Tampa Bay Times reported it first.'), [['ORG', 'Tampa Bay Times']]);
  assert.deepEqual(names('In the city the parade began in silence, the Chicago Sun-Times reported.'), [['ORG', 'Chicago Sun-Times']]);
  assert.deepEqual(names('The Times-Picayune ran the story.'), [['ORG', 'Times-Picayune']]);
  assert.deepEqual(names('The Baltimore Sun reported it.'), [['ORG', 'Baltimore Sun']]);
  assert.deepEqual(names('The Atlanta Journal-Constitution reported on Monday that the mayor resigned.'), [['ORG', 'Atlanta Journal-Constitution']]);
  assert.deepEqual(names('Officials told the Times on Monday.'), [['ORG', 'The New York Times']]);
  assert.deepEqual(names('A six-pointed Star of David appeared on the flyer.'), []);
});

test('a nickname in quotation marks inside a name: Juan "Chico" Manriquez is Juan Manriquez, and his "he said" is his', () => {
  const a = analyzeArticle(articleFromText('A group marched in silence. Juan "Chico" Manriquez of Oakland carried one of the photos. "I cried the whole parade," he said. Manriquez left early.', { language: 'en' }));
  const juan = a.entities.find((e) => e.name === 'Juan Manriquez');
  assert.deepEqual(juan?.mentions.map((m) => m.text), ['Juan "Chico" Manriquez', 'Manriquez']);
  assert.equal(a.quotes[0]?.speaker?.name, 'Juan Manriquez');
  assert.deepEqual(run('Voters called Ted “Lyin’ Ted” a liar.').filter((e) => e.type === 'PERSON'), []);
});

test('a country or capital that is a quoted person\'s family name is that person where it attributes a quotation: "“…,” Israel said" after Rep. Steve Israel; a state\'s own statement stays the state', () => {
  const a = analyzeArticle(articleFromText('Rep. Steve Israel said Clinton came to listen. “Republicans are going to have to recruit interns,” Israel said.', { language: 'en' }));
  assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Steve Israel', 'Steve Israel']);
  assert.ok(!a.entities.some((e) => e.type === 'GPE'), JSON.stringify(a.entities.map((e) => e.name)));
  const b = analyzeArticle(articleFromText('“We will respond,” Israel said in a statement.', { language: 'en' }));
  assert.equal(b.quotes[0]?.speaker?.name, 'Israel');
  assert.equal(b.entities[0]?.type, 'GPE');
});

test('a hyphenated given name opens the name even when its first half is a word: "Rose-Lynn Smith" is not "Lynn Smith"; "Arab-Kurdish forces" is no one', () => {
  assert.deepEqual(run('Rose-Lynn Smith spoke at the rally.').map((e) => [e.type, e.name]), [['PERSON', 'Rose-Lynn Smith']]);
  assert.deepEqual(run('Arab-Kurdish forces advanced on the town.').filter((e) => e.type === 'PERSON'), []);
});

test('a body\'s name goes on over "and" to a last word that is no one\'s name ("Centers for Disease Control and Prevention", "Office of Management and Budget"), not to a person\'s ("the Department of Defense and Hegseth")', () => {
  const names = (text: string) => analyzeArticle(articleFromText(text, {})).entities.map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names('The Centers for Disease Control and Prevention estimates that one in 45 children has autism.'), ['ORG:Centers for Disease Control and Prevention']);
  assert.ok(names('The White House Office of Management and Budget sent the plan.').includes('ORG:Office of Management and Budget'));
  assert.ok(!names('The Department of Defense and Hegseth said so.').some((n) => /Hegseth/.test(n) && /^ORG/.test(n)));
});

test('a body named with "on" and its subject is one organisation ("National Institute on Drug Abuse", "Conference on Disarmament", "House Select Committee on Benghazi"), and its subject no one of its own; "the Committee on Monday" is no name', () => {
  const names = (text: string) => analyzeArticle(articleFromText(text, {})).entities.map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names('The National Institute on Drug Abuse has estimated that 964,000 people use meth.'), ['ORG:National Institute on Drug Abuse']);
  assert.ok(names('The Conference on Disarmament met in Geneva.').includes('ORG:Conference on Disarmament'));
  const select = names('The House Select Committee on Benghazi released its report.');
  assert.deepEqual(select, ['ORG:House Select Committee on Benghazi'], JSON.stringify(select));
  assert.ok(!names('The Committee on Monday said it would meet.').some((n) => /Monday/.test(n)));
});

test('a body\'s name goes on over "of the" and "for the" ("Boston Center for the Arts", "Office of the Director of National Intelligence", "Office of the Inspector General for the Intelligence Community"); a title\'s does not, nor one that runs into a place found already', () => {
  const names = (text: string) => analyzeArticle(articleFromText(text, {})).entities.map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names('She premiered her play at Boston Center for the Arts.'), ['ORG:Boston Center for the Arts']);
  assert.deepEqual(names('The Office of the Director of National Intelligence said so.'), ['ORG:Office of the Director of National Intelligence']);
  const ig = names('The server was referred to the FBI after the Office of the Inspector General for the Intelligence Community determined it.');
  assert.ok(ig.includes('ORG:Office of the Inspector General for the Intelligence Community') && !ig.some((n) => n.startsWith('PERSON')), JSON.stringify(ig));
  assert.deepEqual(names('Her nomination to the U.S. District Court for the District of Columbia stalled.'), ['ORG:U.S. District Court for the District of Columbia']);
  const idaho = names('Obama nominated David Nye to the U.S. District Court for the District of Idaho.');
  assert.ok(idaho.includes('ORG:U.S. District Court') && idaho.includes('GPE:Idaho'), JSON.stringify(idaho));
  assert.deepEqual(names('Secretary of the Navy Ray Mabus spoke.'), ['PERSON:Ray Mabus']);
});

test('after a title and "for", the title\'s field is no part of the person\'s name ("Special Envoy for Syria Geir Pedersen", "Minister for Foreign Affairs Penny Wong"), and a title before its field names no one', () => {
  const names = (text: string) => analyzeArticle(articleFromText(text, {})).entities.map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names('Special Envoy for Syria Geir Pedersen said so.'), ['GPE:Syria', 'PERSON:Geir Pedersen']);
  assert.deepEqual(names('Minister for Foreign Affairs Penny Wong said so.'), ['PERSON:Penny Wong']);
  assert.deepEqual(names('The U.S. Special Representative for Afghanistan Reconciliation Zalmay Khalilzad said so.'), ['GPE:United States', 'PERSON:Zalmay Khalilzad']);
  const borrell = names('EU High Representative for Foreign Affairs Josep Borrell said so.');
  assert.deepEqual(borrell, ['ORG:European Union', 'PERSON:Josep Borrell'], JSON.stringify(borrell));
  // The UN's high commissioners are the offices the knowledge base knows.
  const grandi = names('UN High Commissioner for Refugees Filippo Grandi said the crisis was worsening.');
  assert.deepEqual(grandi, ['ORG:UNHCR', 'PERSON:Filippo Grandi'], JSON.stringify(grandi));
  assert.ok(names('The UN human rights office said so.').includes('ORG:Office of the United Nations High Commissioner for Human Rights'));
  // Not after a verb: "voted for Jordan Peterson".
  assert.ok(names('He voted for Jordan Peterson.').includes('PERSON:Jordan Peterson'));
  // Nor a paper's word before "of the": "News of the PGA's move" is no body.
  assert.ok(!names("News of the PGA's move was first reported by the Miami Herald.").some((n) => n.startsWith('ORG:News')));
});

test('"the North" after North Korea is North Korea, as speaker and as actor; not before it is named, nor "the North Atlantic"', () => {
  const a = analyzeArticle(articleFromText('North Korea fired a missile on Thursday. Kim Yo Jong warned that the North would respond to any provocation with "unimaginable" force. The North Atlantic is cold.', {}));
  const nk = a.entities.find((e) => e.name === 'North Korea');
  assert.deepEqual(nk?.mentions.map((m) => m.text), ['North Korea', 'North']);
  assert.equal(a.events.find((e) => e.trigger.text === 'respond')?.actor?.name, 'North Korea');
  const before = analyzeArticle(articleFromText('The North said so. Later North Korea fired a missile.', {}));
  assert.deepEqual(before.entities.find((e) => e.name === 'North Korea')?.mentions.map((m) => m.text), ['North Korea']);
});

test('a place no list knows is a place by what the text calls it: "seized the city of Wad Madani", "the town of Bucha"', () => {
  const names = (text: string) => analyzeArticle(articleFromText(text, {})).entities.map((e) => `${e.type}:${e.name}`);
  assert.ok(names("Sudan's paramilitary Rapid Support Forces seized the city of Wad Madani on Monday.").includes('GPE:Wad Madani'));
  assert.ok(names('He grew up in the village of Kfar Aza.').includes('GPE:Kfar Aza'));
});

test('a chamber\'s committee is one organisation with the chamber\'s name ("Senate Intelligence Committee", "Senate Committee on Armed Services"), also before its chair\'s title, and what it oversees is no body of its own', () => {
  const ents = (text: string) => analyzeArticle(articleFromText(text, {})).entities;
  const names = (text: string) => ents(text).map((e) => `${e.type}:${e.name}`);
  const intel = ents('The Senate Intelligence Committee said on Tuesday that Russia had interfered.').find((e) => /Committee/.test(e.name));
  assert.deepEqual([intel?.name, intel?.country, intel?.sector], ['Senate Intelligence Committee', 'USA', 'LEG']);
  assert.ok(names('The Senate Committee on Armed Services will hold a hearing.').includes('ORG:Senate Committee on Armed Services'));
  const chair = names('Senate Intelligence Committee Chairman Richard Burr said the panel would meet.');
  assert.deepEqual(chair, ['ORG:Senate Intelligence Committee', 'PERSON:Richard Burr'], JSON.stringify(chair));
  assert.deepEqual(names('The House Homeland Security Committee met.'), ['ORG:House Homeland Security Committee']);
  const both = names('The Senate Homeland Security and Governmental Affairs Committee issued subpoenas.');
  assert.deepEqual(both, ['ORG:Senate Homeland Security and Governmental Affairs Committee'], JSON.stringify(both));
  // The chamber on its own, and the department named on its own, stay what they are.
  assert.deepEqual(names('The Senate and the House Intelligence Committee disagreed.'), ['ORG:Senate', 'ORG:House Intelligence Committee']);
  assert.ok(names('Homeland Security said it would act.').includes('ORG:Department of Homeland Security'));
  assert.ok(names('Senate Majority Leader Mitch McConnell said no.').includes('PERSON:Mitch McConnell'));
});

test('a body or a group "for" a cause is one organisation ("Club for Growth", "Americans for Prosperity", "Bikers for Trump", "National Diversity Coalition for Trump"), and the cause inside it is nobody; "Democrats for years" and "Lawyers for Epstein" are no name', () => {
  const names = (text: string) => analyzeArticle(articleFromText(text, {})).entities.map((e) => `${e.type}:${e.name}`);
  assert.deepEqual(names('The anti-tax group Club for Growth backed Cruz.').filter((n) => /Growth/.test(n)), ['ORG:Club for Growth']);
  assert.ok(names('Americans for Prosperity spent heavily in Ohio.').includes('ORG:Americans for Prosperity'));
  const bikers = names('Now, Bikers for Trump and other groups are applying for permits.');
  assert.ok(bikers.includes('ORG:Bikers for Trump') && !bikers.some((n) => /^PERSON:.*Trump/.test(n)), JSON.stringify(bikers));
  assert.ok(names('The National Diversity Coalition for Trump met on Monday.').includes('ORG:National Diversity Coalition for Trump'));
  assert.ok(names('The Center for American Progress said the plan would fail.').includes('ORG:Center for American Progress'));
  assert.ok(!names('Democrats for years opposed the bill.').some((n) => /for/.test(n)));
  assert.ok(!names('Lawyers for Epstein said he would appeal.').some((n) => /Lawyers/.test(n)));
  // A group another mention already took keeps the cause's own link: "Republicans" is the party, and Hillary Clinton herself.
  const rfc = analyzeArticle(articleFromText('Republicans for Hillary Clinton held a rally in Ohio.', {})).entities;
  assert.ok(rfc.some((e) => e.name === 'Hillary Clinton' && e.kb), JSON.stringify(rfc.map((e) => [e.name, e.kb])));
});

test('a run after "the" with no given name ("the Rust Belt", "the Situation Room", "the Super Bowl", "the Ku Klux Klan") is no person, nor a body\'s tail ("Customs Enforcement", "Principles PAC"); "the Taylor Swift feud" keeps hers', () => {
  const persons = (text: string) => analyzeArticle(articleFromText(text, {})).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(persons('Trump did well across the Rust Belt, and he watched the Super Bowl in the Situation Room.'), ['Donald Trump']);
  assert.deepEqual(persons('David Duke once led the Ku Klux Klan in Louisiana.'), ['David Duke']);
  assert.ok(persons('It was another notch after the Taylor Swift feud.').includes('Taylor Swift'));
  // Tails of bodies' names and titles: "(Immigration and) Customs Enforcement", "Presumptive Democratic (nominee)".
  assert.deepEqual(persons('Agents from Immigration and Customs Enforcement arrived.'), []);
  assert.deepEqual(persons('Presumptive Democratic nominee Hillary Clinton spoke.'), ['Hillary Clinton']);
  assert.deepEqual(persons('The Principles PAC spent $2 million.'), []);
});

test('television programmes are media, not people: "Morning Joe", "Face the Nation", "Fox & Friends"', () => {
  const ents = analyzeArticle(articleFromText('Scarborough said on MSNBC\'s Morning Joe that Clinton told CBS\'s Face the Nation and Trump told Fox & Friends the same.', {})).entities;
  for (const show of ['Morning Joe', 'Face the Nation', 'Fox & Friends']) {
    const e = ents.find((x) => x.name === show);
    assert.ok(e && e.type === 'ORG' && e.sector === 'JRN', `${show}: ${JSON.stringify(ents.map((x) => [x.name, x.type, x.sector]))}`);
  }
});

test('a name with a curly apostrophe is a name ("Martin O’Malley", "James O’Neill", "Dinesh D’Souza"), a possessive or contraction is not ("Clinton’s", "I’m")', () => {
  const persons = (text: string) => analyzeArticle(articleFromText(text, {})).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(persons('Martin O’Malley spoke in Iowa. Later, O’Malley left.'), ['Martin O’Malley']);
  assert.deepEqual(persons('Filmmaker Dinesh D’Souza made a prediction.'), ['Dinesh D’Souza']);
  assert.ok(!persons('“I’m Nancy Pelosi,” she said. Hillary Clinton’s campaign agreed.').some((n) => /’/.test(n)));
  // One person, whichever apostrophe the article uses for him.
  const oneill = analyzeArticle(articleFromText('James O’Neill took office on Saturday.\n\n“It is early,” said O\'Neill.', {})).entities.filter((e) => e.type === 'PERSON');
  assert.equal(oneill.length, 1, JSON.stringify(oneill.map((e) => e.name)));
  assert.equal(oneill[0].mentions.length, 2);
});

test('"NYPD Commissioner James O’Neill", "Cook County Sheriff Tom Dart": the title after a body is no part of the name', () => {
  const persons = (text: string) => analyzeArticle(articleFromText(text, {})).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(persons('He met NYPD Commissioner James O’Neill on Saturday.'), ['James O’Neill']);
  assert.deepEqual(persons('Cook County Sheriff Tom Dart said the jail was full.'), ['Tom Dart']);
});

test('"the Post", "the Times" after a paper named in full are that paper, not another the knowledge base knows by the word', () => {
  const ents = analyzeArticle(articleFromText('The New York Post reports that the mayor was ill. The Post has learned that he went home. The Tampa Bay Times disagreed, and the Times said so on Monday.', {})).entities;
  const post = ents.find((e) => e.name === 'New York Post');
  assert.deepEqual(post?.mentions.map((m) => m.text), ['New York Post', 'Post']);
  const tampa = ents.find((e) => e.name === 'Tampa Bay Times');
  assert.deepEqual(tampa?.mentions.map((m) => m.text), ['Tampa Bay Times', 'Times']);
  assert.ok(!ents.some((e) => e.name === 'The New York Times'), JSON.stringify(ents.map((e) => e.name)));
  // With no other paper of that name before it, "a Times article" is still the KB's New York Times.
  const nyt = analyzeArticle(articleFromText('A Times article praised him. Later, The New York Times changed its view.', {})).entities.find((e) => e.kb);
  assert.deepEqual(nyt?.mentions.map((m) => m.text), ['Times', 'New York Times']);
});

test('a bare surname that meant one person before another of the family was named goes on meaning that person', () => {
  const text = [
    'Officers shot and killed Keith Lamont Scott, a 43-year-old father, in the parking lot of his apartment complex on Tuesday. It is unclear whether Scott had a gun.',
    'Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.',
    '"Don\'t shoot him," she says.',
    'Officers said Scott refused to drop the gun.',
  ].join('\n\n');
  const a = analyzeArticle(articleFromText(text, {}));
  const keith = a.entities.find((e) => e.name === 'Keith Lamont Scott');
  const rakeyia = a.entities.find((e) => e.name === 'Rakeyia Scott');
  assert.deepEqual(keith?.mentions.map((m) => m.text), ['Keith Lamont Scott', 'Scott', 'Scott']);
  assert.deepEqual(rakeyia?.mentions.map((m) => m.text), ['Rakeyia Scott']);
  assert.equal(a.quotes.find((q) => q.text.includes('shoot'))?.speaker?.name, 'Rakeyia Scott');
  // "the Scott family" speaks of no one of it: the surname is not settled by it.
  const fam = analyzeArticle(articleFromText('Lawyers for the Scott family spoke. Rakeyia Scott was there. Later, Scott said she was tired.', {})).entities;
  assert.deepEqual(fam.find((e) => e.name === 'Rakeyia Scott')?.mentions.map((m) => m.text).slice(-2), ['Rakeyia Scott', 'Scott']);
});

test('a bare surname goes on meaning the one it meant when both of the family are known to the KB ("Clinton" after "Bill Clinton" in a story about Hillary Clinton)', () => {
  const text = [
    'Hillary Clinton campaigned in Iowa on Monday. Clinton told voters she would raise the minimum wage.',
    'In particular, Bill Clinton has been a draw at her rallies in the state.',
    'Clinton said later that the race was close.',
  ].join('\n\n');
  const a = analyzeArticle(articleFromText(text, { published: '2016-01-25' }));
  assert.deepEqual(a.entities.find((e) => e.name === 'Hillary Clinton')?.mentions.map((m) => m.text), ['Hillary Clinton', 'Clinton', 'Clinton']);
  assert.deepEqual(a.entities.find((e) => e.name === 'Bill Clinton')?.mentions.map((m) => m.text), ['Bill Clinton']);
  assert.equal(a.quotes.find((q) => q.text.includes('race was close'))?.speaker?.name, 'Hillary Clinton');
});

test('a surname before the full name after a title (a headline\'s "Flynn says …", then "Retired Lt. Gen. Michael Flynn") is that person', () => {
  const a = analyzeArticle(articleFromText('Flynn says generals were reduced to rubble\n\nRetired Lt. Gen. Michael Flynn said on Thursday that the generals were right.', {}));
  const flynn = a.entities.filter((e) => e.type === 'PERSON' && /Flynn/.test(e.name));
  assert.equal(flynn.length, 1, JSON.stringify(flynn.map((e) => e.name)));
  assert.deepEqual(flynn[0].mentions.map((m) => m.text), ['Flynn', 'Lt. Gen. Michael Flynn']);
  assert.equal(a.quotes.find((q) => q.text.includes('rubble'))?.speaker?.name, 'Michael Flynn');
});

test('a given name before a word of things\' names is a person when the person speaks or is described ("said Kristen Day,", "Kathleen Hall Jamieson, a professor"), not "the Hyde Amendment" or "Long Island"', () => {
  const persons = (text: string) => analyzeArticle(articleFromText(text, {})).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(persons('“The platform shuts us out,” said Kristen Day, executive director of a small group.'), ['Kristen Day']);
  assert.deepEqual(persons('“It is bad,” said Kathleen Hall Jamieson, a professor of communication.'), ['Kathleen Hall Jamieson']);
  assert.deepEqual(persons('Bryan English said the caucus mattered to him.'), ['Bryan English']);
  assert.deepEqual(persons('Hillary PAC, a small committee, said it would spend more. Long Island, the suburb, said nothing. Roman Catholics, the largest group, said so.'), []);
});

test('a title\'s own qualifiers before it are no part of the name ("Political Editor Matthew Boyle", "Assemblywoman Claudia Tenney"), and a church keeps its name', () => {
  const ents = (text: string) => analyzeArticle(articleFromText(text, {})).entities.map((e) => `${e.type}:${e.name}`);
  const has = (text: string, want: string) => { const got = ents(text); assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`); };
  has('Breitbart News Political Editor Matthew Boyle asked the question.', 'PERSON:Matthew Boyle');
  has('NBC Senior Investigative Correspondent Cynthia McFadden reported it.', 'PERSON:Cynthia McFadden');
  assert.deepEqual(ents('Assemblywoman Claudia Tenney said she would run.'), ['PERSON:Claudia Tenney']);
  has('She prayed at Servant House Baptist Church on Sunday.', 'ORG:Servant House Baptist Church');
});

test('a hyphenated pair alone ("Hewlett-Packard", "Dodd-Frank", "Clinton-Kaine", "Wi-Fi") is no person; the family name of one named in full still is', () => {
  const persons = (text: string) => analyzeArticle(articleFromText(text, {})).entities.filter((e) => e.type === 'PERSON').map((e) => `${e.name}:${e.mentions.length}`);
  assert.deepEqual(persons('Hewlett-Packard cut jobs after the Dodd-Frank law passed, and the Clinton-Kaine ticket said the Wi-Fi was slow.'), []);
  assert.deepEqual(persons('Debbie Wasserman-Schultz spoke first. Later, Wasserman-Schultz said the party was united.'), ['Debbie Wasserman-Schultz:2']);
});

test('after a title, a body\'s plural, a people or a party is no one ("Special Operations", "Republican Jewish leaders", "Former Democratic candidate"); "AG" and "Co-anchor" are titles', () => {
  const persons = (text: string) => analyzeArticle(articleFromText(text, {})).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(persons('When ordinary troops are ruled out, Special Operations fill the gap.'), []);
  assert.deepEqual(persons('The rise worried Republican Jewish leaders in the state.'), []);
  assert.deepEqual(persons('Former Democratic candidate Bernie Sanders spoke.'), ['Bernie Sanders']);
  assert.deepEqual(persons('Co-anchor Norah O’Donnell asked the question.'), ['Norah O’Donnell']);
});

test('a host the text names only in a programme\'s title ("The Rachel Maddow Show") is the person of the bare surname', () => {
  const a = analyzeArticle(articleFromText('Sitting down with MSNBC\'s "The Rachel Maddow Show" on Thursday, she spoke. When Maddow pointed out that the plan was costly, Clinton laughed. "You will have to ask," Maddow said.', {}));
  const maddow = a.entities.find((e) => e.name === 'Rachel Maddow');
  assert.deepEqual(maddow?.mentions.map((m) => m.text), ['Maddow', 'Maddow'], JSON.stringify(a.entities.map((e) => e.name)));
  assert.equal(a.quotes.find((q) => q.text.includes('have to ask'))?.speaker?.entity, maddow?.id);
});

test('an institution named bare takes the country named right before it, unless its mentions disagree: "the South Korean Defense Ministry", "Seoul\'s Defense Ministry"', () => {
  const e = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).entities.find((x) => x.name === 'Defense Ministry');
  assert.equal(e('The South Korean Defense Ministry said the drills would continue.')?.country, 'KOR');
  assert.equal(e('Seoul\'s Defense Ministry said the drills would continue.')?.country, 'KOR');
  assert.equal(e('The Chinese Defense Ministry and the Japanese Defense Ministry traded accusations.')?.country ?? null, null);
  // (Or the capital after "in": "the Defense Ministry in Tokyo".)
  assert.equal(e('The Defense Ministry in Tokyo said none of the missiles had landed in its waters.')?.country, 'JPN');
});

test('a state body many states name alike is the one of the country the text puts beside it: "the Joint Chiefs of Staff in Seoul", "South Korea\'s Joint Chiefs of Staff"', () => {
  const jcs = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).entities.find((x) => x.name === 'Joint Chiefs of Staff');
  assert.equal(jcs('The Joint Chiefs of Staff in Seoul said it had detected eight missiles.')?.country, 'KOR');
  assert.equal(jcs('South Korea\'s Joint Chiefs of Staff said more launches would follow.')?.country, 'KOR');
  assert.equal(jcs('The Joint Chiefs of Staff met at the Pentagon on Tuesday.')?.country, 'USA');
});

test('ranks are titles, not given names: "Commodore Jay Tarriela", "Rear Admiral Roy Vincent Trinidad", "Air Marshal Amar Preet Singh"', () => {
  const people = (text: string) => analyzeArticle(articleFromText(text, { language: 'en' })).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(people('Commodore Jay Tarriela said the vessel was damaged. Rear Admiral Roy Vincent Trinidad said the navy would respond. Air Marshal Amar Preet Singh said the jets were ready.'),
    ['Jay Tarriela', 'Roy Vincent Trinidad', 'Amar Preet Singh']);
});

test('a university named with a people\'s adjective and a title word is one organisation: "the Australian National University" (not the people Australian and "National University")', () => {
  const es = analyzeArticle(articleFromText('Wen-ti Sung, a political scientist at the Australian National University, disagreed.', { language: 'en' })).entities;
  assert.deepEqual(es.filter((e) => e.type !== 'PERSON').map((e) => [e.type, e.name]), [['ORG', 'Australian National University']]);
});

test('names headed by a feature of the land or sea are places, not people: "Second Thomas Shoal", "Mischief Reef", "the Spratly Islands"', () => {
  const es = analyzeArticle(articleFromText('Chinese ships blocked a vessel near the Second Thomas Shoal. Troops moved near Mischief Reef and the Spratly Islands.', { language: 'en' })).entities;
  assert.deepEqual(es.filter((e) => e.type !== 'NORP').map((e) => [e.type, e.name]), [['LOC', 'Second Thomas Shoal'], ['LOC', 'Mischief Reef'], ['LOC', 'Spratly Islands']]);
});

test('a name after "group" is an organisation everywhere in the text; "Home Secretary" names no body; "RAF Brize Norton" is a base', () => {
  const found = run('Activists broke into RAF Brize Norton on Friday. Home Secretary Yvette Cooper said the pro-Palestinian group Palestine Action would be banned. Palestine Action said it would appeal.');
  const byName = new Map(found.map((e) => [e.name, e]));
  assert.equal(byName.get('Palestine Action')?.type, 'ORG');
  assert.equal(byName.get('Palestine Action')?.mentions.length, 2);
  assert.equal(byName.get('RAF Brize Norton')?.type, 'FAC');
  assert.equal(byName.get('Home'), undefined);
  assert.equal(byName.get('Yvette Cooper')?.type, 'PERSON');
});

test('"Park Sang-hak", "Lee Jae-myung": an East Asian family name and a hyphenated given name are a person, whatever the tagger reads', () => {
  const found = run('The activist Park Sang-hak vowed to continue. Lee Jae-myung said so.');
  assert.deepEqual(found.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Park Sang-hak', 'Lee Jae-myung']);
});

test('"the University of Ottawa": a place that names a seat of learning is part of its name, not the city', () => {
  const found = run('Economists at Duke University and the University of Ottawa found that tariffs raise prices.');
  assert.deepEqual(found.map((e) => [e.name, e.type]), [['Duke University', 'ORG'], ['University of Ottawa', 'ORG']]);
});

test('"the Office for Budget Responsibility", "the Court of Appeals": a body\'s first word in lower-case tags before "for" or "of" and a name opens its name', () => {
  const found = run('The Office for Budget Responsibility said growth would slow. The Court of Appeals agreed.');
  assert.deepEqual(found.map((e) => [e.name, e.type]), [['Office for Budget Responsibility', 'ORG'], ['Court of Appeals', 'ORG']]);
});

test('"the European Chamber of Commerce", "the 6th Circuit Court of Appeals": a word before a body\'s head and "of", and a body\'s ordinal, are part of its name', () => {
  const found = run('The European Chamber of Commerce in China said delays were growing. The 6th Circuit Court of Appeals sided with Ohio.');
  assert.deepEqual(found.filter((e) => e.type === 'ORG').map((e) => e.name), ['European Chamber of Commerce', '6th Circuit Court of Appeals']);
});

test('"Officials in Shanghai said": a big city the tagger reads as a verb is the city', () => {
  const found = run('Officials in Shanghai said the rules were fair. Ships reached Shanghai on Monday.');
  const city = found.find((e) => e.name === 'Shanghai');
  assert.equal(city?.type, 'GPE');
  assert.equal(city?.mentions.length, 2);
});

test('seas and straits named "X of Y" are places; a place no list knows is one by its bearing: "20 nautical miles east of Khor Fakkan"', () => {
  const found = run('A tanker in the Gulf of Oman was boarded 20 nautical miles east of Khor Fakkan. Ships also crossed the Sea of Japan and the Bay of Bengal.');
  assert.deepEqual(found.filter((e) => e.type === 'LOC').map((e) => e.name), ['Gulf of Oman', 'Khor Fakkan', 'Sea of Japan', 'Bay of Bengal']);
  assert.equal(found.some((e) => e.type === 'PERSON'), false);
});

test('"Jama’at Nusrat al-Islam wal-Muslimin (JNIM)": a known name whose first word holds an apostrophe is found whole', () => {
  const found = run('Jama’at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attacks. JNIM said it would go on.');
  assert.deepEqual(found.map((e) => [e.kb, e.type, e.mentions.length]), [['org:jnim', 'ORG', 3]]);
});

test('"Greece-based Allseas Marine" is a firm; "the ship, the Magic Seas," and "the tanker Eagle Star" name no one', () => {
  const found = run('The ship, the Magic Seas, was hit. Its manager, Greece-based Allseas Marine, said the crew was safe. The tanker Eagle Star was seized.');
  assert.deepEqual(found.filter((e) => e.type === 'ORG').map((e) => e.name), ['Allseas Marine']);
  assert.deepEqual(found.filter((e) => e.type === 'PERSON').map((e) => e.name), []);
});

test('"the journal JAMA Psychiatry" is a publication though "Jama" is a given name; "the mayor" later is not it', () => {
  const found = run('The authors wrote in the journal JAMA Psychiatry that use had risen. The magazine Nature Medicine agreed.');
  assert.deepEqual(found.map((e) => [e.type, e.name]), [['ORG', 'JAMA Psychiatry'], ['ORG', 'Nature Medicine']]);
  const q = analyzeArticle(articleFromText('The authors wrote in the journal JAMA Psychiatry that use had risen.\n\nThe plan proposed by the mayor would cut taxes.', { language: 'en' })).quotes;
  assert.equal(q.find((x) => x.cue === 'proposed')?.speaker?.name, 'the mayor');
});

test('a place after "of" and a body\'s head word is part of the body\'s name, whose country it gives', () => {
  const es = run('The Christian Association of Nigeria said 200 pupils were taken. The Medical Association of Malawi warned of shortages.');
  const body = es.find((e) => e.name === 'Christian Association of Nigeria');
  assert.ok(body, JSON.stringify(es.map((e) => [e.type, e.name])));
  assert.equal(body.type, 'ORG');
  assert.equal(body.country, 'NGA');
  assert.ok(!es.some((e) => e.type === 'GPE'), JSON.stringify(es.map((e) => [e.type, e.name])));
  assert.ok(es.some((e) => e.name === 'Medical Association of Malawi' && e.country === 'MWI'));
  // (The words before the head stay the body's: not "Bank of Kenya".)
  assert.deepEqual(run('The Central Bank of Kenya held rates.').map((e) => [e.type, e.name, e.country]), [['ORG', 'Central Bank of Kenya', 'KEN']]);
});

test('"Niger state" is a region named like a country, not the country; "Niger and Mali" stays the country', () => {
  const es = run('Gunmen attacked a school in Niger state on Friday. Officials said Niger and Mali had closed the border.');
  const niger = es.filter((e) => e.country === 'NER');
  assert.equal(niger.length, 1, JSON.stringify(es.map((e) => [e.type, e.name])));
  assert.deepEqual(niger[0].mentions.map((m) => m.text), ['Niger']);
  assert.ok(niger[0].mentions[0].start > 60);
});

test('an honorific whose full stop the tokenizer splits off ("Vice Adm.", "Maj.", "Cmdr.") titles the name after it, and a surname read as a verb stays in it ("Gen. Tom Ward")', () => {
  const people = run('Vice Adm. James Pitts met Maj. Ann Lee, Cmdr. Al Fox and Gen. Tom Ward on Monday.')
    .filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
  assert.deepEqual(people, ['Al Fox', 'Ann Lee', 'James Pitts', 'Tom Ward']);
});

test('"el-Sissi" alone is the person named in full before; a one-word name set off after a business ("the energy company, Naftogaz,") is that business; "Marine Le Pen" is no marine', () => {
  const names = (text: string) => run(text).map((e) => [e.name, e.type]);
  assert.deepEqual(names('President Abdel Fattah el-Sissi spoke first. Later, el-Sissi met the envoy.').filter(([, t]) => t === 'PERSON'), [['Abdel Fattah el-Sisi', 'PERSON']]);
  assert.ok(names("The country's state energy company, Naftogaz, said two plants had been hit.").some(([n, t]) => n === 'Naftogaz' && t === 'ORG'));
  assert.ok(names('The party leader, Marine Le Pen, spoke in Paris.').some(([n, t]) => n === 'Marine Le Pen' && t === 'PERSON'));
});

test('an Ethiopian or Eritrean leader is called by the given name: "Abiy said" is Abiy Ahmed', () => {
  const e = run('Ethiopian Prime Minister Abiy Ahmed told lawmakers the sea was a right.\n\nAbiy said Ethiopia would negotiate. Eritrea called Abiy reckless.', '2025-10-28');
  const abiy = e.filter((x) => x.type === 'PERSON');
  assert.deepEqual(abiy.map((x) => [x.name, texts(x)]), [['Abiy Ahmed', ['Abiy Ahmed', 'Abiy', 'Abiy']]]);
});

test('a name in Latin letters beyond Latin-1 is one person: "Inga Ruginienė", later "Ruginienė"', () => {
  const e = run('Lithuanian Prime Minister Inga Ruginienė called it a hybrid attack.\n\nRuginienė said the crossings would stay shut.', '2025-10-28');
  assert.deepEqual(e.filter((x) => x.type === 'PERSON').map((x) => [x.name, texts(x)]), [['Inga Ruginienė', ['Inga Ruginienė', 'Ruginienė']]]);
});

test('a doctrine is no person even after a title word ("victim of National Socialism"); "Interior Minister Karl Brenner" still is one', () => {
  const e = run('Austria argued it was the first victim of National Socialism and of Communism. Interior Minister Karl Brenner disagreed.');
  assert.deepEqual(e.filter((x) => x.type === 'PERSON').map((x) => x.name), ['Karl Brenner']);
});

test('a body described before its name is an organisation ("The label that owns her records, Quiet Orchard, says"); "… Music Awards" is an event', () => {
  const e = run('The label that owns most of her records, Quiet Orchard, says she may sing them at the American Music Awards on Sunday.');
  assert.deepEqual(e.filter((x) => x.type !== 'NORP' && x.type !== 'GPE').map((x) => [x.name, x.type]), [['Quiet Orchard', 'ORG'], ['American Music Awards', 'EVENT']]);
});

test('"Kanye West and Kim Kardashian" names no "West Kardashian": a word that ends a name of its own is no given name sharing the family name after "and"', () => {
  const e = run('The manager has worked with Kanye West and Kim Kardashian in the past. Presidents Bill and Hillary Clinton came too.');
  const names = e.filter((x) => x.type === 'PERSON').map((x) => x.name);
  assert.ok(!names.includes('West Kardashian'), names.join(', '));
  assert.ok(names.includes('Kim Kardashian') && names.includes('Bill Clinton') && names.includes('Hillary Clinton'), names.join(', '));
  // A given name and a word of places' names, joined to a person's name, is a person too.
  assert.ok(names.includes('Kanye West'), names.join(', '));
});

test('"Six Gannett newspapers" names no person "Six Gannett": a number that opens a sentence is no given name', () => {
  const e = run('Six Gannett newspapers in New Jersey said he is unfit to govern. Ten Republican senators wrote to him on Monday.');
  const names = e.filter((x) => x.type === 'PERSON').map((x) => x.name);
  assert.ok(!names.some((n) => /^(Six|Ten)\b/.test(n)), names.join(', '));
});

test('"Cuban" after "Mark Cuban" and "West" after "Cornel West" are those people; "Billionaire" is no part of a name; "the West" and "Cuban cigars" are not', () => {
  const e = run('Billionaire Mark Cuban spoke on Sunday. Cuban also praised Cuban cigars. Author Cornel West spoke too, and West said relations with the West were poor.');
  const cuban = e.find((x) => x.name === 'Mark Cuban');
  assert.ok(cuban, e.map((x) => x.name).join(', '));
  assert.equal(cuban.mentions.length, 2, cuban.mentions.map((m) => m.text).join(', '));
  const west = e.find((x) => x.name === 'Cornel West');
  assert.ok(west, e.map((x) => x.name).join(', '));
  assert.equal(west.mentions.length, 2, west.mentions.map((m) => m.text).join(', '));
});

test('a state body named bare is of the country the story is filed from ("MANILA — … the Defense Ministry said"), a name many states give theirs too; not from Washington', () => {
  const manila = run('MANILA, Philippines (AP) — Chinese ships fired water cannon at a Philippine supply boat. "We will not be intimidated," said Jonathan Malaya, a spokesman for the National Security Council. The Defense Ministry said two sailors were hurt.');
  const c = (es: Entity[], n: string) => es.find((e) => e.name === n)?.country ?? null;
  assert.deepEqual([c(manila, 'National Security Council'), c(manila, 'Jonathan Malaya'), c(manila, 'Defense Ministry')], ['PHL', 'PHL', 'PHL']);
  const bare = run('"We will not be intimidated," said Jonathan Malaya, a spokesman for the National Security Council. The Defense Ministry said two sailors were hurt.');
  assert.deepEqual([c(bare, 'National Security Council'), c(bare, 'Jonathan Malaya'), c(bare, 'Defense Ministry')], ['USA', 'USA', null]);
  const washington = run('WASHINGTON (AP) — The Defense Ministry in Moscow was silent. The U.S. National Security Council said it was watching.');
  assert.equal(c(washington, 'Defense Ministry'), 'RUS');
  const seoul = run('SEOUL, South Korea (AP) — South Korean lawmakers cheered as the U.S. Senate passed the bill, and the Defense Ministry said it welcomed the vote.');
  assert.deepEqual([c(seoul, 'Senate'), c(seoul, 'Defense Ministry')], ['USA', 'KOR']);
  // Filed from a regional hub about other states: the hub's country is not theirs (the spokesman the KB knows tells whose it is).
  const dubai = run('DUBAI, United Arab Emirates (AP) — Iran denied any role in the attack. "The Yemeni resistance makes its own decisions," Foreign Ministry spokesman Nasser Kanaani told reporters.');
  assert.equal(c(dubai, 'Foreign Ministry'), 'IRN');
});

test('the story\'s own state, and where it is not: "In Washington, … National Security Council" stays American; a minister named bare is of the dateline\'s state where the paragraph names no other; an aide ("his chief of staff") serves the person named before', () => {
  const kyiv = run([
    'KYIV, Ukraine (Reuters) — Russian drones struck Ukraine overnight, Ukrainian officials said. Ukraine said 84 of them were shot down.',
    'President Volodymyr Zelenskiy said Ukraine needed more air defence. His chief of staff, Andriy Yermak, said the attack showed Russia\'s true face.',
    'Energy Minister Herman Halushchenko told Ukrainian television that repairs could take weeks.',
    'In Washington, the White House condemned the attack. National Security Council spokesman John Kirby said the United States was working around the clock.',
    'Secretary of State Rex Doe said the strikes were a war crime.',
  ].join('\n\n'), '2024-03-01');
  const got = (n: string) => { const x = kyiv.find((y) => y.name === n); return x ? [x.country, x.sector] : null; };
  assert.deepEqual(got('National Security Council'), ['USA', 'GOV']);
  assert.deepEqual(got('Herman Halushchenko'), ['UKR', 'GOV']);
  assert.deepEqual(got('Andriy Yermak'), ['UKR', 'GOV']);
  // A secretary of state is an office other states name otherwise: no country from the dateline.
  assert.equal(got('Rex Doe')?.[0], null);
});

test('a person the KB knows, named with a middle initial ("John F. Kerry", "Paul D. Ryan"), is that person', () => {
  const e = run('Secretary of State John F. Kerry met Speaker Paul D. Ryan. Mr. Kerry said Mr. Ryan agreed.', '2016-03-01');
  const got = (n: string) => { const x = e.find((y) => y.name === n); return x ? [x.kb, x.country, x.mentions.length] : null; };
  assert.deepEqual(got('John Kerry'), ['person:john-kerry', 'USA', 2]);
  assert.deepEqual(got('Paul Ryan'), ['person:paul-ryan', 'USA', 2]);
  // What they were in 2016: a federal judge, the chair of the Federal Reserve.
  const then = run('Judge Merrick B. Garland and Janet L. Yellen met.', '2016-03-01');
  assert.deepEqual(then.filter((x) => x.type === 'PERSON').map((x) => [x.name, x.sector]), [['Merrick Garland', 'JUD'], ['Janet Yellen', 'GOV']]);
});

test('places a security desk reads: straits, shoals and lines of control are places of no one state ("Scarborough Shoal" is no Canadian town\'s), "the DMZ" keeps its capitals, US commands are the US military', () => {
  const e = run('Ships diverted around the Cape of Good Hope and through the Strait of Gibraltar. Chinese ships blocked Scarborough Shoal. North Korean soldiers crossed the DMZ. U.S. Central Command said CENTCOM jets struck. The Seventh Fleet sailed.');
  const got = (n: string) => typeCountrySector(e, n);
  assert.deepEqual([got('Cape of Good Hope'), got('Strait of Gibraltar'), got('Scarborough Shoal'), got('DMZ')], [['LOC', null, null], ['LOC', null, null], ['LOC', null, null], ['LOC', null, null]]);
  assert.deepEqual(got('U.S. Central Command'), ['ORG', 'USA', 'MIL']);
  assert.equal(e.find((y) => y.name === 'U.S. Central Command')?.mentions.length, 2);
  assert.deepEqual(got('U.S. Seventh Fleet'), ['ORG', 'USA', 'MIL']);
});

test('a body\'s own unit named with its possessive is of its country and kind ("the Islamic Revolutionary Guard Corps\' Cyber-Electronic Command"); the US sanctions and cyber agencies and state hacking groups are known', () => {
  const e = run("The officials work for the Islamic Revolutionary Guard Corps' Cyber-Electronic Command, according to the Office of Foreign Assets Control. The Cybersecurity and Infrastructure Security Agency said Fancy Bear and Volt Typhoon were active.");
  const got = (n: string) => typeCountrySector(e, n);
  assert.deepEqual(got('Cyber-Electronic Command'), ['ORG', 'IRN', 'MIL']);
  assert.deepEqual(got('Office of Foreign Assets Control'), ['ORG', 'USA', 'GOV']);
  assert.deepEqual(got('Cybersecurity and Infrastructure Security Agency'), ['ORG', 'USA', 'GOV']);
  assert.deepEqual([got('Fancy Bear'), got('Volt Typhoon')], [['ORG', 'RUS', 'SPY'], ['ORG', 'CHN', 'SPY']]);
});

test('a description set off before the name is the person\'s ("Japan\'s top government spokesman, Yoshimasa Hayashi, said"), and a title for a state body whose owner comes first is of that body ("a spokesperson for Beijing\'s Taiwan Affairs Office")', () => {
  const e = run("Japan's top government spokesman, Yoshimasa Hayashi, said Tokyo was watching. A spokesperson for Beijing's Taiwan Affairs Office, Zhu Fenglian, accused Taipei of provocation. China's Eastern Theater Command said the drills were a warning.");
  const got = (n: string) => { const x = e.find((y) => y.name === n); return x ? [x.country, x.sector] : null; };
  assert.deepEqual([got('Yoshimasa Hayashi'), got('Zhu Fenglian'), got('Eastern Theater Command')], [['JPN', 'GOV'], ['CHN', 'GOV'], ['CHN', 'MIL']]);
  // A list is no apposition: "Two officials, John Smith and Jane Doe, spoke" gives no one a role from the list's head.
  assert.deepEqual(run('Two officials, John Smith and Jane Doe, spoke.').find((y) => y.name === 'John Smith')?.roles, []);
});

test('a dateline\'s shouted place of several words is named as the gazetteer writes it ("NEW DELHI" is New Delhi, "PORT-AU-PRINCE" Port-au-Prince)', () => {
  for (const [line, name] of [['NEW DELHI (AP) — Officials met on Friday.', 'New Delhi'], ['PORT-AU-PRINCE, Haiti (AP) — Officials met.', 'Port-au-Prince'], ['EL FASHER, Sudan (AP) — Officials met.', 'El Fasher'], ['SEOUL, South Korea (AP) — Officials met.', 'Seoul'], ['PORT SUDAN, Sudan (AP) — Officials met.', 'Port Sudan']]) {
    assert.ok(run(line).some((e) => e.name === name), `${line}: ${run(line).map((e) => e.name).join(', ')}`);
  }
});

test('a name written with an Arabic article that the text puts where a place goes ("in al-Tanf", "Syria’s al-Tanf", "the al-Hol camp") is a place throughout; "al-Assad" stays a person', () => {
  const all = run('The U.S. will keep its base in al-Tanf. Russia accused U.S. forces in southern Syria’s al-Tanf of shielding rebels. Aid reached the al-Hol camp, and al-Hol residents protested. Officials in al-Assad’s government said nothing, and al-Assad stayed silent.');
  const typeOf = (n: string) => all.filter((e) => e.mentions.some((m) => m.text === n)).map((e) => e.type);
  assert.deepEqual(typeOf('al-Tanf'), ['LOC']);
  assert.deepEqual(typeOf('al-Hol'), ['LOC']);
  assert.equal(all.find((e) => e.name === 'Bashar al-Assad')?.type, 'PERSON');
  assert.deepEqual(run('Officials close to al-Hayya in Doha said nothing, and al-Hayya stayed silent.').filter((e) => e.mentions.some((m) => m.text === 'al-Hayya')).map((e) => e.type), ['PERSON']);
});

test('a warship named with its navy\'s prefix ("USS Carney", "the destroyer USS Mason", "HMS Diamond") is that navy\'s; a merchant ship\'s name is no one\'s', () => {
  const all = run('A U.S. destroyer, the USS Carney, shot down a drone. The destroyer USS Mason fired too, and HMS Diamond joined. The tanker Eagle S sailed on.');
  const of = (n: string) => typeCountrySector(all, n);
  assert.deepEqual(of('USS Carney'), ['ORG', 'USA', 'MIL']);
  assert.deepEqual(of('USS Mason'), ['ORG', 'USA', 'MIL']);
  assert.deepEqual(of('HMS Diamond'), ['ORG', 'GBR', 'MIL']);
  assert.equal(all.some((e) => /Eagle/.test(e.name)), false);
});

test('a name the text calls an operation or a mission ("Inherent Resolve, the U.S. military operation against Islamic State") is no person; "a campaign adviser" and "the head of the mission" stay people', () => {
  const all = run('Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation against Islamic State in Iraq and Syria, told reporters the claim was false. Ann Reyes, a campaign adviser, said nothing. John Smith, the head of the mission, spoke.');
  const typeOf = (n: string) => all.find((e) => e.name === n)?.type;
  assert.deepEqual([typeOf('Inherent Resolve'), typeOf('Ann Reyes'), typeOf('John Smith')], ['ORG', 'PERSON', 'PERSON']);
  assert.equal(all.find((e) => e.name === 'Inherent Resolve')?.country, 'USA');
});

test('"Therese Kayikwamba Wagner", "Michael R. Bloomberg": a one-word organisation after a given name and a second name is the family name, one person (was the Wagner Group, and Bloomberg the news agency); "mercenaries from Wagner" stay the group', () => {
  const all = run('Congolese Foreign Minister Therese Kayikwamba Wagner told the Security Council that troops had crossed the border. Wagner said the council must act. Michael R. Bloomberg spoke next.');
  assert.deepEqual(typeCountrySector(all, 'Therese Kayikwamba Wagner'), ['PERSON', 'COD', 'GOV']);
  assert.ok(!all.some((e) => e.name === 'Wagner Group'));
  assert.equal(all.find((e) => e.name === 'Michael R. Bloomberg')?.type, 'PERSON');
  assert.equal(run('Russian mercenaries from Wagner fought in Mali.').find((e) => e.name === 'Wagner Group')?.type, 'ORG');
});

test('"South Korea\'s Joint Chiefs of Staff said … . The JCS said": an acronym no entry knows is the body named before whose initials it spells', () => {
  const a = analyzeArticle(articleFromText('South Korea\'s Joint Chiefs of Staff said it had stepped up surveillance. The JCS said the launch was detected at 7 a.m.', { language: 'en' }));
  const jcs = a.entities.find((e) => e.name === 'Joint Chiefs of Staff');
  assert.deepEqual(jcs?.mentions.map((m) => m.text), ['Joint Chiefs of Staff', 'JCS']);
  assert.ok(!a.entities.some((e) => e.name === 'JCS'));
});

test('"“…,” Switzerland\'s foreign minister, Ignazio Cassis, said": a role set off before the name after the quotation that opens the sentence is the name\'s; not the words a quotation runs on into ("… more credible” than that of the CIA chief, Zuckoff said")', () => {
  const es = run('"Our brothers are safe and on their way home," Switzerland\'s foreign minister, Ignazio Cassis, said in a post on X.');
  const cassis = es.find((e) => e.name === 'Ignazio Cassis');
  assert.deepEqual([cassis?.country, cassis?.roles], ['CHE', ["Switzerland's foreign minister"]]);
  const zuckoff = run('"I think the evidence is extremely strong that the account is far more credible" than that of the CIA chief, Mitchell Zuckoff said.').find((e) => e.name === 'Mitchell Zuckoff');
  assert.deepEqual(zuckoff?.roles, []);
});

test('"Russia Launches Massive Attack on Ukraine", "Jordan Warns Israel Over Gaza": in a title-case headline a country before the headline\'s verb is the country; "Chad Smith Wins Election" and "the Washington Speakers Bureau" are not', () => {
  const names = (text: string) => run(text).map((e) => [e.type, e.name]);
  assert.deepEqual(names('Russia Launches Massive Attack on Ukraine.'), [['GPE', 'Russia'], ['GPE', 'Ukraine']]);
  assert.deepEqual(names('Jordan Warns Israel Over Gaza.'), [['GPE', 'Jordan'], ['GPE', 'Israel'], ['GPE', 'Gaza']]);
  assert.ok(!names('Chad Smith Wins Election.').some(([type, name]) => type === 'GPE' && name === 'Chad'));
  // (Outside a headline a name goes on: "the Washington Speakers Bureau", "the American Bankers Association".)
  assert.deepEqual(names('He asked the Washington Speakers Bureau to stop booking paid appearances.').map((x) => x[1]), ['Washington Speakers Bureau']);
});

test('"Hezbollah (Party of God)": words in capitals in parentheses after a name translate it and name no one; after an acronym they spell it out ("MSD (Office of Mobile Security Deployment)")', () => {
  const names = (text: string) => analyzeArticle(articleFromText(text)).entities.map((e) => e.name);
  assert.deepEqual(names('Hezbollah (Party of God) fired rockets at Israel.'), ['Hezbollah', 'Israel']);
  assert.ok(names('He could not direct MSD (Office of Mobile Security Deployment) there.').includes('Office of Mobile Security Deployment'));
});

test('in a Title Case headline a word that only opens a title is no title: "Russia and China Hold Joint Naval Drills" names no one; "Defense Secretary Lloyd Austin Visits Kyiv" still names Austin', () => {
  const drills = run('Russia and China Hold Joint Naval Drills in the Sea of Japan.');
  assert.ok(!drills.some((e) => e.type === 'PERSON'), JSON.stringify(drills.map((e) => [e.name, e.type])));
  const austin = run('Defense Secretary Lloyd Austin Visits Kyiv Amid Offensive.');
  assert.ok(austin.some((e) => e.type === 'PERSON' && /Lloyd Austin/.test(e.name)), JSON.stringify(austin.map((e) => [e.name, e.type])));
});

test('a state\'s diplomat at an international body is the state\'s ("Russia\'s UN envoy Vassily Nebenzia"); the body\'s own envoy stays the body\'s', () => {
  for (const text of ['Russia\'s UN envoy Vassily Nebenzia criticized the plan.', 'Russian UN Ambassador Vassily Nebenzia criticized the plan.']) {
    assert.deepEqual(typeCountrySector(run(text), 'Vassily Nebenzia'), ['PERSON', 'RUS', 'GOV'], text);
  }
  assert.deepEqual(typeCountrySector(run('UN envoy Martin Griffiths said talks would resume.'), 'Martin Griffiths'), ['PERSON', null, 'IGO']);
});

test("a minister with no country in the title, in a story filed from home, is home's when the paragraph names home first", () => {
  const all = run("CHISINAU (AP) — Moldova's government on Tuesday accused Russia of using gas supplies as a weapon, and Prime Minister Dorin Recean urged residents to cut their consumption.", '2025-01-14');
  assert.deepEqual(typeCountrySector(all, 'Dorin Recean'), ['PERSON', 'MDA', 'GOV']);
});

test('kin named by a given name alone take the family name of the one whose kin they are ("Bolsonaro\'s son Eduardo" is Eduardo Bolsonaro; not "Betsy\'s husband Tom")', () => {
  const all = run('Former President Jair Bolsonaro was tried last week. Bolsonaro\'s son Eduardo, a congressman, welcomed the move. He told reporters the tariffs were unfair.', '2025-07-10');
  const eduardo = all.find((e) => e.name === 'Eduardo Bolsonaro');
  assert.deepEqual(eduardo?.mentions.map((m) => m.text), ['Eduardo']);
  assert.ok(all.find((e) => e.name === 'Jair Bolsonaro'));
  const friends = run('“Don’t forget Betsy’s husband Tom,” she said.', '2016-07-10');
  assert.ok(!friends.some((e) => e.name === 'Tom Betsy'), JSON.stringify(friends.map((e) => e.name)));
});

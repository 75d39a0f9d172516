import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveActor, normaliseDate } from '../../src/kb/resolve.ts';

const r = (t: string, date?: string, context?: string) => {
  const a = resolveActor(t, { date, context });
  return a ? [a.country, a.sector] : null;
};

test('titled people and office holders', () => {
  assert.deepEqual(r('Armenian Prime Minister Nikol Pashinyan'), ['ARM', 'GOV']);
  assert.deepEqual(r('President Kassym-Jomart Tokayev'), ['KAZ', 'GOV']);
  assert.deepEqual(r('Sen. Christopher A. Coons'), ['USA', 'LEG']);
  assert.equal(resolveActor('Mr. Putin')?.kb, 'person:vladimir-putin');
  assert.equal(resolveActor('Museveni')?.country, 'UGA');
});

test('office holders on a date: current, recent and former', () => {
  assert.deepEqual(r('Vladimir Putin', '2009-01-01'), ['RUS', 'GOV']);
  assert.deepEqual(r('Angela Merkel', '2017-04-01'), ['DEU', 'GOV']);
  // Left office in 2021, more than two years before: a former official (PLOVER ELI).
  assert.deepEqual(r('Angela Merkel', '2024-06-01'), ['DEU', 'ELI']);
  assert.deepEqual(r('Hashim Thaci', '2011-12-01'), ['XKX', 'GOV']);
  assert.deepEqual(r('a former CIA official'), ['USA', 'ELI']);
});

test('governments by seat and institution', () => {
  assert.deepEqual(r('the Kremlin'), ['RUS', 'GOV']);
  assert.deepEqual(r('Pyongyang'), ['PRK', 'GOV']);
  assert.deepEqual(r('TEHRAN'), ['IRN', 'GOV']);
  assert.deepEqual(r("Chile's Ministry of Mines"), ['CHL', 'GOV']);
  assert.deepEqual(r('Mexican authorities'), ['MEX', 'GOV']);
});

test('groups of people by the head noun', () => {
  assert.deepEqual(r('ordinary Kazakhs'), ['KAZ', 'CVL']);
  assert.deepEqual(r('two Chinese warplanes'), ['CHN', 'MIL']);
  assert.deepEqual(r('Rakhine rebels'), ['MMR', 'REB']);
  assert.deepEqual(r('Ukrainian farmers'), ['UKR', 'AGR']);
  assert.deepEqual(r('Canadian Ambassador to the United Nations'), ['CAN', 'GOV']);
  assert.deepEqual(r('Shanghai police'), ['CHN', 'COP']);
  assert.deepEqual(r('gunmen'), [null, 'UAF']);
});

test('international bodies have no country and sector IGO', () => {
  assert.deepEqual(r('the World Bank'), [null, 'IGO']);
  assert.deepEqual(r('U.N. Security Council'), [null, 'IGO']);
  assert.deepEqual(r('NATO'), [null, 'IGO']);
});

test('countries and demonyms alone carry no sector', () => {
  assert.deepEqual(r('Mongolia'), ['MNG', null]);
  assert.deepEqual(r('Brazilians'), ['BRA', null]);
});

test('context supplies a country the words lack', () => {
  assert.deepEqual(r('the National Guard', undefined, 'Saudi'), ['SAU', 'MIL']);
});

test('dates in the forms news and coders write', () => {
  assert.equal(normaliseDate('10 May 2015'), '2015-05-10');
  assert.equal(normaliseDate('October 1, 2021'), '2021-10-01');
  assert.equal(normaliseDate('2022-06-01'), '2022-06-01');
  assert.equal(normaliseDate('Today'), null);
  assert.equal(normaliseDate('soon'), null);
  assert.equal(resolveActor('   '), null);
});

test('a title "for" or "at" a state body is of that body, as when the body comes first: "a spokesman for the State Department", "an official at the Kremlin"; not a university\'s', () => {
  assert.deepEqual(r('a spokesman for the State Department'), r('State Department spokesman'));
  assert.deepEqual(r('an official at the Kremlin'), ['RUS', 'GOV']);
  assert.equal(resolveActor('former spokesman for the State Department')?.sector, 'ELI');
  assert.equal(resolveActor('a researcher at the Brookings Institution')?.country, null);
  assert.equal(resolveActor('an official at a firm that supplies the Pentagon')?.country, null);
  // (A place in a known body's name is where the KB puts the body: Georgetown is Guyana's capital, and the
  // university is in Washington.)
  assert.equal(resolveActor('a law professor at Georgetown University')?.country, 'USA');
  assert.equal(resolveActor('a law professor at New York University')?.country, 'USA');
  assert.equal(resolveActor('a senior researcher at the Institute for National Security Strategy in Seoul')?.country, 'KOR');
});

test('an envoy "to" a country and an expert on one are not from it; a demonym still says whose', () => {
  assert.equal(resolveActor('the former special envoy to Ukraine')?.country, null);
  assert.equal(resolveActor('U.S. ambassador to China')?.country, 'USA');
  assert.equal(resolveActor('the National Security Council Ukraine expert')?.country, null);
  assert.equal(resolveActor('a China expert at Harvard')?.country, null);
  assert.equal(resolveActor('a Chinese analyst')?.country, 'CHN');
  assert.equal(resolveActor('adviser to the Russian president')?.country, 'RUS');
});

test('a people\'s adjective before a field of learning is the subject: "the Museum of Russian Art" is not Russian', () => {
  assert.equal(resolveActor('the Institute of North Korean Studies')?.country, null);
  assert.equal(resolveActor('the Museum of Russian Art')?.country, null);
  assert.equal(resolveActor('an Armenian history and Middle Eastern history faculty member')?.country, null);
  assert.equal(resolveActor('the Russian Defense Ministry')?.country, 'RUS');
  assert.equal(resolveActor('a Chinese historian')?.country, 'CHN');
});

test('a body named with "on" and its subject is not of the place it is about ("House Select Committee on Benghazi"), though officials in a place are', () => {
  assert.equal(resolveActor('Select Committee on Benghazi')?.country, null);
  assert.deepEqual(r('House Select Committee on Benghazi'), ['USA', 'LEG']);
  assert.equal(resolveActor('the Commission on Ukraine')?.country, null);
  assert.equal(resolveActor('officials in Seoul')?.country, 'KOR');
});

test('a committee is a body of its chamber, not of what it oversees: the House Intelligence Committee is no spy agency, the Senate Homeland Security Committee not the department', () => {
  assert.deepEqual(r('House Intelligence Committee'), ['USA', 'LEG']);
  assert.deepEqual(r('the House Judiciary Committee'), ['USA', 'LEG']);
  assert.deepEqual(r('Congressional Black Caucus'), ['USA', 'LEG']);
  const homeland = resolveActor('Senate Homeland Security Committee');
  assert.deepEqual([homeland?.kb, homeland?.country, homeland?.sector], ['org:us-senate', 'USA', 'LEG']);
  assert.deepEqual(r('Duma Defence Committee'), ['RUS', 'LEG']);
  assert.deepEqual(r('House of Commons Defence Committee'), ['GBR', 'LEG']);
  // No chamber named: the subject gives no sector, and no country is guessed.
  assert.deepEqual(r('Intelligence Committee'), [null, null]);
  assert.deepEqual(r('Joint Intelligence Committee'), [null, null]);
  // Bodies the KB knows keep their entries; a party's committee is the party's.
  assert.deepEqual(r('Democratic National Committee'), ['USA', 'PTY']);
  assert.equal(resolveActor('Senate Foreign Relations Committee')?.kb, 'org:senate-foreign-relations');
});

test('an abbreviation keeps its last dot when the KB is searched inside a phrase: "the U.N. resident coordinator for Sudan" is the UN\'s, not Sudan\'s', () => {
  const un = resolveActor('Clementine Nkweta-Salami, the U.N. resident coordinator for Sudan');
  assert.deepEqual([un?.kb, un?.country, un?.sector], ['org:united-nations', null, 'IGO']);
  assert.deepEqual(r('a U.S. official'), ['USA', 'GOV']);
});

test('an office for a place\'s affairs is not of that place: "China\'s Taiwan Affairs Office" is China\'s', () => {
  assert.equal(resolveActor('Ukraine Affairs Office')?.country, null);
  // (The KB knows this one as China's.)
  assert.equal(resolveActor('Taiwan Affairs Office')?.country, 'CHN');
  assert.equal(resolveActor("China's Taiwan Affairs Office")?.country, 'CHN');
});

test('news agencies are the agencies, not the towns that share their letters: UPI is not Upi in the Philippines', () => {
  assert.deepEqual(r('UPI'), ['USA', 'JRN']);
  assert.deepEqual(r('Reuters'), ['GBR', 'JRN']);
});

/** The KB id, country and sector a mention resolves to on a date. */
const kbOn = (t: string, date: string) => { const a = resolveActor(t, { date }); return a && [a.kb, a.country, a.sector]; };

test('officials a security desk quotes in 2025, with their offices by date', () => {
  assert.deepEqual(kbOn('Esmaeil Baghaei', '2025-06-10'), ['person:esmaeil-baghaei', 'IRN', 'GOV']);
  assert.deepEqual(kbOn('Khawaja Asif', '2025-06-10'), ['person:khawaja-asif', 'PAK', 'GOV']);
  assert.deepEqual(kbOn('Steve Witkoff', '2025-06-10'), ['person:steve-witkoff', 'USA', 'GOV']);
  assert.deepEqual(kbOn('Yahya Saree', '2025-06-10'), ['person:yahya-saree', 'YEM', 'REB']);
  // The Taliban's spokesman speaks for a government since August 2021.
  assert.deepEqual(kbOn('Zabihullah Mujahid', '2019-01-10'), ['person:zabihullah-mujahid', 'AFG', 'REB']);
  assert.deepEqual(kbOn('Zabihullah Mujahid', '2025-06-10'), ['person:zabihullah-mujahid', 'AFG', 'GOV']);
  // A minister in 2023, the leader of the opposition since November 2024.
  assert.deepEqual(kbOn('Kemi Badenoch', '2023-06-10'), ['person:kemi-badenoch', 'GBR', 'GOV']);
  assert.deepEqual(kbOn('Kemi Badenoch', '2025-06-10'), ['person:kemi-badenoch', 'GBR', 'OPP']);
  assert.deepEqual(kbOn('Howard Lutnick', '2025-06-10'), ['person:howard-lutnick', 'USA', 'GOV']);
  assert.deepEqual(kbOn('Tim Kaine', '2025-06-10'), ['person:tim-kaine', 'USA', 'LEG']);
  assert.deepEqual(kbOn('Kim Reynolds', '2025-06-10'), ['person:kim-reynolds', 'USA', 'GOV']);
  assert.deepEqual(kbOn('Tom Fletcher', '2025-06-10'), ['person:tom-fletcher', null, 'IGO']);
  assert.deepEqual(kbOn('Stephane Dujarric', '2025-06-10'), ['person:stephane-dujarric', null, 'IGO']);
  assert.deepEqual(kbOn('Andrius Kubilius', '2010-06-10'), ['person:andrius-kubilius', 'LTU', 'GOV']);
  assert.deepEqual(kbOn('Andrius Kubilius', '2025-06-10'), ['person:andrius-kubilius', null, 'IGO']);
  assert.deepEqual(kbOn('Gilberto Teodoro', '2025-06-10'), ['person:gilberto-teodoro', 'PHL', 'GOV']);
  assert.deepEqual(kbOn('Pete Ricketts', '2016-05-01'), ['person:pete-ricketts', 'USA', 'GOV']);
  assert.deepEqual(kbOn('Pete Ricketts', '2025-06-10'), ['person:pete-ricketts', 'USA', 'LEG']);
  assert.deepEqual(kbOn('Gen Nakatani', '2025-06-10'), ['person:gen-nakatani', 'JPN', 'GOV']);
  assert.deepEqual(kbOn('Kurdistan Workers Party', '2025-06-10'), ['org:pkk', 'TUR', 'REB']);
  // ("Vice Adm. James Pitts": a title's word alone is no town, here Vice in Peru.)
  assert.equal(resolveActor('Vice')?.country ?? null, null);
});

test('parties and party leaders the KB knows: "France Unbowed", "the National Front" in 2016, "Marine Le Pen", Farage as UKIP\'s and then Reform UK\'s leader', () => {
  assert.deepEqual(kbOn('France Unbowed', '2025-09-08'), ['org:lfi', 'FRA', 'PTY']);
  assert.deepEqual(kbOn('National Front', '2016-05-01'), ['org:rn', 'FRA', 'PTY']);
  assert.deepEqual(kbOn('Georgian Dream', '2025-01-01'), ['org:georgian-dream', 'GEO', 'PTY']);
  assert.deepEqual(kbOn('Marine Le Pen', '2025-09-08'), ['person:marine-le-pen', 'FRA', 'OPP']);
  assert.deepEqual(kbOn('Nigel Farage', '2016-05-01'), ['person:nigel-farage', 'GBR', 'PTY']);
  assert.deepEqual(kbOn('Nigel Farage', '2025-06-01'), ['person:nigel-farage', 'GBR', 'OPP']);
});

test('the bodies that handle the other side of a divided country: Seoul\'s Unification Ministry, Taipei\'s Mainland Affairs Council', () => {
  assert.deepEqual(kbOn('a Unification Ministry official', '2025-06-10'), ['org:kor-unification-ministry', 'KOR', 'GOV']);
  assert.deepEqual(kbOn('the unification ministry', '2025-06-10'), ['org:kor-unification-ministry', 'KOR', 'GOV']);
  assert.deepEqual(kbOn('Mainland Affairs Council', '2025-06-10'), ['org:mainland-affairs-council', 'TWN', 'GOV']);
});

test('universities and institutes whose analysts the wires quote, of their own countries whatever their names say', () => {
  assert.deepEqual(kbOn('Georgetown University', '2025-06-10'), ['org:georgetown-university', 'USA', 'EDU']);
  assert.deepEqual(kbOn('German Marshall Fund', '2025-06-10'), ['org:gmf', 'USA', 'NGO']);
  assert.deepEqual(kbOn('American University of Beirut', '2025-06-10'), ['org:aub', 'LBN', 'EDU']);
  assert.deepEqual(kbOn('Konrad Adenauer Foundation', '2025-06-10'), ['org:kas', 'DEU', 'NGO']);
  assert.deepEqual(kbOn('Institute for National Security Strategy', '2025-06-10'), ['org:inss-korea', 'KOR', 'NGO']);
  assert.deepEqual(kbOn('London School of Economics', '2025-06-10'), ['org:lse', 'GBR', 'EDU']);
  // A body named after one is of its own kind; who studied at one is not of it.
  assert.deepEqual(r('Princeton University Press'), ['USA', 'JRN']);
  assert.deepEqual(r('Columbia University Medical Center'), ['USA', 'MED']);
  assert.notEqual(resolveActor('a George Washington University grad whose doggedness has driven other reporters')?.sector, 'EDU');
});

test('a proper name ending in one "Marine" is a shipping firm ("Allseas Marine"); a U.S. or Royal Marine is the service', () => {
  assert.deepEqual(r('Allseas Marine'), [null, 'BUS']);
  assert.deepEqual(r('a U.S. Marine'), ['USA', 'MIL']);
  assert.deepEqual(r('Royal Marine'), [null, 'MIL']);
  assert.deepEqual(r('a Marine'), [null, 'MIL']);
});

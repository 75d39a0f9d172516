import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalCountry, countriesIn, countryByCode, findCountry, findPlace, qualifierCountry } from '../../src/kb/geo.ts';

test('country names, common forms and demonyms', () => {
  assert.equal(findCountry('the U.S.'), 'USA');
  assert.equal(findCountry('Britain'), 'GBR');
  assert.equal(findCountry('South Korea'), 'KOR');
  assert.equal(findCountry('North Korea'), 'PRK');
  assert.equal(findCountry('North Korean'), 'PRK');
  assert.equal(findCountry('Kazakhs'), 'KAZ');
  assert.equal(findCountry("People's Republic of China"), 'CHN');
  assert.equal(findCountry('Republic of China'), 'TWN');
  assert.equal(findCountry('Kosovo'), 'XKX');
  assert.equal(findCountry('US'), 'USA');
  assert.equal(findCountry('us'), null, 'the pronoun is not a country');
  assert.equal(findCountry('Narnia'), null);
});

test('countryByCode gives names, demonyms and capitals', () => {
  const prk = countryByCode('PRK');
  assert.ok(prk);
  assert.equal(prk.name, 'North Korea');
  assert.deepEqual(prk.capitals, ['Pyongyang']);
  assert.ok(prk.demonyms.includes('North Korean'));
  assert.equal(countryByCode('ZZZ'), null);
});

test('capitals stand for their country', () => {
  assert.equal(capitalCountry('Pyongyang'), 'PRK');
  assert.equal(capitalCountry('Washington'), 'USA');
  assert.equal(capitalCountry('Kyiv'), 'UKR');
  assert.equal(capitalCountry('Vladivostok'), null);
});

test('places: most populous of a name, the capital for a capital name, a country hint wins', () => {
  const v = findPlace('Vladivostok');
  assert.equal(v?.country, 'RUS');
  assert.ok(v && v.lat !== null && Math.abs(v.lat - 43.1) < 0.5);
  assert.equal(findPlace('Washington')?.country, 'USA');
  assert.equal(findPlace('Washington')?.kind, 'capital');
  assert.equal(findPlace('Paris')?.country, 'FRA');
  assert.equal(findPlace('Delaware')?.country, 'USA');
  assert.equal(findPlace('Rakhine')?.country, 'MMR');
  assert.equal(findPlace('Nowhere-upon-Nothing'), null);
});

test('countries inside a phrase, on word boundaries', () => {
  assert.deepEqual(countriesIn("four Saudi men in Chile's capital").map((c) => c.iso3), ['SAU', 'CHL']);
  assert.deepEqual(countriesIn('the North Korea-Russia border').map((c) => c.iso3), ['PRK', 'RUS']);
  assert.deepEqual(countriesIn('a Somalia-based group').map((c) => c.iso3), ['SOM']);
  assert.deepEqual(countriesIn('us and them'), []);
  assert.deepEqual(countriesIn('Prussian'), [], 'no match inside a word');
});

test('cities news names in English or without transliteration marks are found in their country', () => {
  const want: Record<string, string> = {
    Geneva: 'CHE', Cologne: 'DEU', Hanover: 'DEU', Kiev: 'UKR', 'St. Petersburg': 'RUS', Rangoon: 'MMR', Calcutta: 'IND',
    Kramatorsk: 'UKR', Lysychansk: 'UKR', Wroclaw: 'POL', Lodz: 'POL', Basra: 'IRQ', Hama: 'SYR', Misrata: 'LBY', Fallujah: 'IRQ', Raqqa: 'SYR', Hodeidah: 'YEM',
  };
  for (const [name, iso3] of Object.entries(want)) assert.equal(findPlace(name)?.country, iso3, name);
  // A small town of the same name never wins over the city: Geneva is not Geneva, Illinois.
  assert.ok((findPlace('Geneva')?.population ?? 0) > 100_000);
});

test('a place\'s own qualifier decides which one it is: "St. Petersburg, Fla.", "Burlington, Vt."', () => {
  assert.equal(qualifierCountry(', Fla., a visit that'), 'USA');
  assert.equal(qualifierCountry(', Massachusetts, on Friday'), 'USA');
  assert.equal(qualifierCountry(', Russia'), 'RUS');
  assert.equal(qualifierCountry(' on Monday'), null);
  assert.equal(findPlace('St. Petersburg', qualifierCountry(', Fla.'))?.country, 'USA');
  assert.equal(findPlace('Burlington', qualifierCountry(', Vt.'))?.country, 'USA');
});

test('a country in running text is named with a capital: "the island", "turkey", "a reunion" are none', () => {
  assert.deepEqual(countriesIn('warships sailed toward the island, with turkey and fine china on board, for a reunion tour').map((c) => c.iso3), []);
  assert.deepEqual(countriesIn('Iceland, Turkey, the Gambia and Réunion').map((c) => c.iso3), ['ISL', 'TUR', 'GMB', 'REU']);
  assert.deepEqual(countriesIn('TURKEY and the UNITED STATES').map((c) => c.iso3), ['TUR', 'USA']);
});

test('"New Jersey", "New Mexico", "New England" are places of their own, not Jersey, Mexico or England', () => {
  assert.deepEqual(countriesIn('New Jersey Gov. Chris Christie, former New Mexico Gov. Gary Johnson and New England voters').map((c) => c.iso3), []);
  assert.deepEqual(countriesIn('Papua New Guinea, New Zealand and Mexico').map((c) => c.iso3), ['PNG', 'NZL', 'MEX']);
});

test('"St." and "Saint", "Ft." and "Fort" spell one place: St. Paul is the city in Minnesota, not a Canadian town listed as "St. Paul"', () => {
  assert.equal(findPlace('St. Paul')?.country, 'USA');
  assert.equal(findPlace('St. Paul', 'USA')?.name, 'Saint Paul');
  assert.equal(findPlace('Ft. Worth')?.name, 'Fort Worth');
  assert.equal(findPlace('St. Cloud', 'USA')?.country, 'USA');
  // The bigger namesake still wins without a hint; a hint picks the other.
  assert.equal(findPlace('St. Petersburg')?.country, 'RUS');
  assert.equal(findPlace('St. Petersburg', 'USA')?.country, 'USA');
});

test('Ukrainian towns by the spellings the wires use since 2022 ("Odesa", "Kupiansk", "Izium")', () => {
  for (const [name, city] of [['Odesa', 'Odessa'], ['Kupiansk', 'Kupjansk'], ['Izium', 'Izyum'], ['Uzhhorod', 'Uzhgorod'], ['Berdiansk', 'Berdyansk']]) {
    const p = findPlace(name);
    assert.deepEqual([p?.name, p?.country], [city, 'UKR'], name);
  }
});

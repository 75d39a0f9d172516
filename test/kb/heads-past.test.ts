import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveActorDetail } from '../../src/kb/resolve.ts';

// Heads of state and government of the past (src/kb/data/heads-past.csv) and how a family name finds them.
const r = (t: string, date?: string) => {
  const a = resolveActorDetail(t, { date });
  return a ? { kb: a.kb, country: a.country, sector: a.sector } : null;
};

test('past heads of state and government, by the date', () => {
  assert.deepEqual(r('President Reagan', '1985-03-01'), { kb: 'person:ronald-reagan', country: 'USA', sector: 'GOV' });
  assert.deepEqual(r('Ronald Reagan', '2000-01-01'), { kb: 'person:ronald-reagan', country: 'USA', sector: 'ELI' });
  assert.deepEqual(r('Laurent Gbagbo', '2002-01-01'), { kb: 'person:laurent-gbagbo', country: 'CIV', sector: 'GOV' });
  assert.deepEqual(r('Mugabe', '2000-06-01'), { kb: 'person:robert-mugabe', country: 'ZWE', sector: 'GOV' });
  // (Rows add to the entry the other files hold: Netanyahu's first term.)
  assert.deepEqual(r('Benjamin Netanyahu', '1997-01-01'), { kb: 'person:benjamin-netanyahu', country: 'ISR', sector: 'GOV' });
});

test("an international body's head counts under no country, whatever their nationality", () => {
  assert.deepEqual(r('Kofi Annan', '2000-06-01'), { kb: 'person:kofi-annan', country: null, sector: 'IGO' });
  assert.deepEqual(r('Mark Rutte', '2025-06-01'), { kb: 'person:mark-rutte', country: null, sector: 'IGO' });
  // Before and after, the national office counts under the country.
  assert.deepEqual(r('Kurt Waldheim', '1990-06-01'), { kb: 'person:kurt-waldheim', country: 'AUT', sector: 'GOV' });
  assert.deepEqual(r('Mark Rutte', '2015-06-01'), { kb: 'person:mark-rutte', country: 'NLD', sector: 'GOV' });
});

test('a family name several people share: the one the title and the date name, else their one country', () => {
  assert.equal(r('President Bush', '2005-01-01')?.kb, 'person:george-w-bush');
  assert.equal(r('President Bush', '1990-06-01')?.kb, 'person:george-h-w-bush');
  assert.equal(r('Gov. Bush', '2003-06-01')?.kb, 'person:jeb-bush');
  assert.deepEqual(r('President Bush', '2000-01-01'), { kb: null, country: 'USA', sector: 'GOV' });
  // A village of that name is not who a lone family name means.
  assert.equal(r('Bush', '2003-06-01')?.country, 'USA');
  assert.equal(r('Sharon', '2003-06-01')?.kb, 'person:ariel-sharon');
  // A title alone is no family name ("King Willem-Alexander" has none).
  assert.equal(r('King')?.kb, null);
  assert.equal(r('King')?.country, null);
});

test('a name with its hyphen spelled as a space, or an Arabic name romanised otherwise', () => {
  assert.equal(r('Omar El Bashir')?.kb, 'person:omar-al-bashir');
  assert.equal(r('Kim Jong Un')?.kb, 'person:kim-jong-un');
  assert.equal(r('Ahmad al-Sharaa')?.kb, 'person:ahmed-al-sharaa');
  assert.equal(r('Muhammad bin Salman')?.kb, 'person:mohammed-bin-salman');
  assert.equal(r('Abdel Fattah al-Sisi')?.kb, 'person:abdel-fattah-el-sisi');
});

test('what is named for a person is not that person', () => {
  assert.deepEqual(r('Ronald Reagan Washington National Airport'), { kb: null, country: 'USA', sector: null });
  assert.equal(r('Jawaharlal Nehru University')?.sector, 'EDU');
});

test('armed groups, movements and parties of past decades', () => {
  assert.deepEqual(r('UNITA'), { kb: 'org:national-union-for-the-total-independence-of-angola', country: 'AGO', sector: 'REB' });
  assert.deepEqual(r('the Tamil Tigers'), { kb: 'org:liberation-tigers-of-tamil-eelam', country: 'LKA', sector: 'REB' });
  assert.equal(r('Kosovo Liberation Army')?.country, 'XKX');
  assert.equal(r('Sandinistas')?.sector, 'PTY');
  // One the KB does not know is an armed group by its name, not a state's army ("Army" was MIL).
  assert.deepEqual(r('Baluchistan Liberation Army'), { kb: null, country: 'PAK', sector: 'REB' });
  assert.equal(r('the Baluchistan Liberation Front')?.sector, 'REB');
  assert.equal(r('Arakan Liberation Army')?.sector, 'REB');
  assert.equal(r('Revolutionary Armed Forces of Ruritania')?.sector, 'REB');
});

test('ministers, security chiefs and insurgent leaders of the past, by the date', () => {
  assert.deepEqual(r('Colin Powell', '1991-01-20'), { kb: 'person:colin-powell', country: 'USA', sector: 'MIL' });
  assert.deepEqual(r('Secretary of State Colin Powell', '2003-02-05'), { kb: 'person:colin-powell', country: 'USA', sector: 'GOV' });
  // (Rows add offices to a person the other files hold: Boris Johnson was Foreign Secretary before he was prime minister.)
  assert.equal(resolveActorDetail('Boris Johnson', { date: '2017-01-01' })?.role, 'Foreign Secretary of the United Kingdom');
  assert.deepEqual(r('Osama bin Laden', '2001-09-12'), { kb: 'person:osama-bin-laden', country: null, sector: 'REB' });
});

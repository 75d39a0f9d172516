// Two weeks of reports between two countries (invented happenings), for timelines, shifts and exports.
import type { Fixture } from './fixtures.ts';
import { entity, event, quote } from './fixtures.ts';

const NOR = entity('E1', 'GPE', 'Norway', 'country:NOR', 'NOR', 'GOV');
const SWE = entity('E2', 'GPE', 'Sweden', 'country:SWE', 'SWE', 'GOV');
const STRAND = entity('E3', 'PERSON', 'Halvard Strand', 'person:halvard-strand', 'NOR', 'GOV');
const nor: [string, string, string] = ['E1', 'Norway', 'NOR'];
const swe: [string, string, string] = ['E2', 'Sweden', 'SWE'];

export const clash: Fixture = {
  url: 'https://news.example/fjell-clash',
  title: 'Border "incident" at <Fjell> & beyond, then =calls for calm',
  publisher: 'Coastal Herald',
  published: '2024-03-05',
  text: 'Patrol boats from the two navies collided near the Fjell skerries on Tuesday, and each side blamed the other for crossing the median line in thick fog.\n\nThe foreign ministry in Stockholm warned that it would close the channel to survey ships if the patrols continued.',
  entities: [NOR, SWE, STRAND],
  events: [
    event('ASSAULT', nor, swe, { goldstein: -10, location: { name: 'Fjell skerries', country: 'NOR', lat: 59.1, lon: 10.9 } }),
    event('THREATEN', swe, nor, { cameo: '138' }),
  ],
  quotes: [quote('We will not be pushed out of our own waters', 'E3', 'Halvard Strand')],
};

export const protest: Fixture = {
  url: 'https://news.example/embassy-protest',
  title: 'Crowd gathers outside the embassy over the collision',
  publisher: 'Northern Ledger',
  published: '2024-03-06',
  text: 'Several hundred people marched to the embassy on Wednesday evening carrying lanterns and hand-painted signs about fishing rights.\n\nOrganisers said a planned meeting of the two fisheries ministers had been called off, which officials later denied.',
  entities: [NOR, SWE],
  events: [
    event('PROTEST', swe, nor),
    event('AGREE', nor, swe, { status: 'negated' }),
  ],
};

export const protestCopy: Fixture = {
  url: 'https://other.example/wire/embassy-protest',
  title: 'Protest at the embassy after the collision at sea',
  publisher: 'Daily Courier',
  published: '2024-03-07',
  text: `${protest.text}\n\nSign up for our evening newsletter to get the region's top stories.`,
  entities: protest.entities,
  events: protest.events,
};

export const talks: Fixture = {
  url: 'https://news.example/fisheries-deal',
  title: 'Neighbours agree on joint patrols after week of tension',
  publisher: 'Coastal Herald',
  published: '2024-03-12',
  text: 'Negotiators meeting in a hotel in Gothenburg agreed on Monday to set up joint patrols in the disputed channel and to share radar data in bad weather.\n\nBoth delegations said the arrangement would be reviewed after the summer fishing season.',
  entities: [NOR, SWE],
  events: [
    event('AGREE', nor, swe, { goldstein: 4, date: { value: '2024-03-11', precision: 'day', text: 'Monday' } }),
    event('COOPERATE', swe, nor, { cameo: '061' }),
  ],
};

export const history: Fixture = {
  url: 'https://news.example/fisheries-history',
  title: 'A short history of the channel dispute',
  publisher: 'Northern Ledger',
  published: '2024-03-13',
  text: 'The quarrel over the narrow channel is older than either coast guard. Ministers first met to discuss it in a lighthouse keeper\'s cottage, and every decade since has brought a new map.',
  entities: [NOR, SWE],
  events: [
    // Dated long before the report: counted in the week it was reported.
    event('CONSULT', ['E1', '=HYPERLINK("http://evil.example")', 'NOR'], swe, { goldstein: 1, date: { value: '2020-01-01', precision: 'day', text: 'in 2020' } }),
  ],
};

export const eventFixtures = [clash, protest, protestCopy, talks, history];

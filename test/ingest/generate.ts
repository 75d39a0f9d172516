// Distinct short news items from our own templates, for ingest tests at volume.
const ACTORS = ['Ruritania', 'Freedonia', 'Latveria', 'Genovia', 'Elbonia', 'Wakanda', 'Zubrowka', 'Sokovia', 'Markovia', 'Kasnia'];
const PEOPLE = ['Anna Berg', 'Tomas Holt', 'Mira Sand', 'Jonas Field', 'Lena Stone', 'Piet Marsh', 'Ida Crane', 'Omar Vale'];
const VERBS = ['met officials from', 'accused', 'signed a trade deal with', 'sent aid to', 'threatened', 'held talks with', 'imposed sanctions on', 'praised'];
const TOPICS = ['the river dam', 'border trade', 'fishing rights', 'a rail link', 'grain exports', 'a prisoner swap', 'power lines', 'the harbour lease'];
const PLACES = ['Geneva', 'Vienna', 'Oslo', 'Lisbon', 'Nairobi', 'Hanoi', 'Lima', 'Tunis'];

export interface Line { id: string; text: string; published: string; title: string; publisher: string }

/** Article i of a set: every i gives different words (the number is spelled into the text). */
export function article(i: number): Line {
  const a = ACTORS[i % ACTORS.length];
  const b = ACTORS[(i * 7 + 3) % ACTORS.length];
  const p = PEOPLE[i % PEOPLE.length];
  const v = VERBS[(i >> 3) % VERBS.length];
  const t = TOPICS[(i >> 6) % TOPICS.length];
  const place = PLACES[(i >> 9) % PLACES.length];
  const day = 1 + (i % 28);
  const month = 1 + ((i >> 5) % 12);
  const published = `2016-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const text = `${a} ${v} ${b} in ${place} on Tuesday over ${t}, officials said in report number ${i}.\n\n`
    + `"We expect progress on ${t} within weeks," said ${p}, a spokesperson for ${a}.\n\n`
    + `The meeting was the ${i % 9 + 2}th of its kind this year, and item ${i} in the series.`;
  return { id: `gen-${i}`, text, published, title: `${a} and ${b}: ${t} (${i})`, publisher: ['Daily Example', 'Wire Example', 'Evening Example'][i % 3] };
}

export function jsonl(n: number, start = 0): string {
  let out = '';
  for (let i = start; i < start + n; i++) out += `${JSON.stringify(article(i))}\n`;
  return out;
}

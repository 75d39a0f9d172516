// `sitrep search "query"`: stored articles by words, with filters, facets and highlighted snippets.
import type { Command } from 'commander';
import pc from 'picocolors';
import { InputError } from '../model/errors.ts';
import { searchArticles, type SearchResult, type FacetValue } from '../store/search.ts';
import { PLOVER_TYPES } from '../model/analysis.ts';
import { withDb, withDbOptions, type DbFlags } from './db-options.ts';
import { parseCountries, parseDayIf, parseWholeNumberIf } from './flags.ts';

interface SearchFlags extends DbFlags {
  actor?: string; country?: string; type?: string; publisher?: string; since?: string; until?: string;
  limit?: string; offset?: string; json?: boolean;
}

// Article text is untrusted: control characters (terminal escapes) never reach the terminal.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');

export function formatResult(r: SearchResult, color: boolean, offset = 0): string {
  const c = pc.createColors(color);
  const out: string[] = [`${r.total} article${r.total === 1 ? '' : 's'}`];
  r.hits.forEach((h, i) => {
    let snippet = '';
    let at = 0;
    for (const [s, e] of h.highlights) {
      snippet += clean(h.snippet.slice(at, s)) + c.bold(c.yellow(clean(h.snippet.slice(s, e))));
      at = e;
    }
    snippet += clean(h.snippet.slice(at));
    out.push('', `${offset + i + 1}. ${c.bold(clean(h.headline ?? '(untitled)'))}`,
      `   ${c.dim([h.publisher, h.published, h.id.slice(0, 12)].filter(Boolean).map((x) => clean(String(x))).join(' · '))}`,
      `   ${snippet}`);
  });
  const facet = (name: string, vs: FacetValue[]) => vs.length
    ? [`${name}: ${vs.map((v) => `${clean(v.label)}${v.label !== v.value ? ` [${clean(v.value)}]` : ''} (${v.count})`).join(', ')}`] : [];
  const facets = [...facet('publisher', r.facets.publisher), ...facet('country', r.facets.country), ...facet('actor', r.facets.actor), ...facet('event type', r.facets.type)];
  if (facets.length) out.push('', c.dim(r.facetBasis < r.total ? `facets (over the best ${r.facetBasis})` : 'facets'), ...facets.map((f) => `  ${f}`));
  return `${out.join('\n')}\n`;
}

export function registerSearch(program: Command): void {
  withDbOptions(program
    .command('search')
    .description('search stored articles: words, "phrases", OR, -exclude; filters and facets')
    .argument('[query]', 'the words to find (empty: newest articles matching the filters)', '')
    .option('--actor <actor>', 'articles naming this actor: a kb id ("country:PRK") or a name')
    .option('--country <ISO3>', 'articles about a country (dateline or any entity), e.g. UKR')
    .option('--type <PLOVER>', `articles reporting an event of this type (${PLOVER_TYPES.join(', ')})`)
    .option('--publisher <name>', 'articles of this publisher')
    .option('--since <YYYY-MM-DD>', 'published on or after')
    .option('--until <YYYY-MM-DD>', 'published on or before')
    .option('--limit <n>', 'hits to show', '10')
    .option('--offset <n>', 'hits to skip', '0')
    .option('--json', 'print the result (hits, highlights, facets) as JSON'))
    .action(async (query: string, flags: SearchFlags) => {
      if (flags.type && !(PLOVER_TYPES as readonly string[]).includes(flags.type.toUpperCase())) {
        throw new InputError(`--type: "${flags.type}" is not a PLOVER event type (${PLOVER_TYPES.join(', ')})`);
      }
      const q = {
        q: query, actor: flags.actor, country: flags.country === undefined ? undefined : parseCountries('country', [flags.country])[0], type: flags.type, publisher: flags.publisher,
        since: parseDayIf('since', flags.since), until: parseDayIf('until', flags.until),
        limit: parseWholeNumberIf('limit', flags.limit, 1, 200), offset: parseWholeNumberIf('offset', flags.offset, 0, 1_000_000),
      };
      if (q.since && q.until && q.since > q.until) throw new InputError(`--since ${q.since} is after --until ${q.until}`);
      const result = await withDb(flags, (db) => searchArticles(db, q), { existing: true });
      if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else process.stdout.write(formatResult(result, process.stdout.isTTY === true && !process.env.NO_COLOR, q.offset ?? 0));
    });
}

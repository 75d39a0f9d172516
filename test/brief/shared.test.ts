// Briefings from real text (../shared): the reference article's week, and a busy week of
// polnear-2016, ingested with `sitrep ingest` into a fresh store, in every format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { noShared, SEED, SHARED, sitrep } from '../helpers/cli.ts';
import { openDb } from '../../src/store/open.ts';
import type { Briefing, Sourced } from '../../src/brief/model.ts';
import { render } from '../../src/brief/render/index.ts';
import { tempDir } from '../helpers/tmp.ts';

function sourcedOf(b: Briefing): Sourced[] {
  return [
    ...b.stories.flatMap((s) => [...(s.headline && s.headline.source.end > 0 ? [s.headline] : []), ...s.summary, ...(s.quote ? [s.quote.sentence] : [])]),
    ...b.relations.flatMap((r) => r.behind.map((e) => e.sentence)),
    ...b.coming.map((e) => e.sentence),
    ...b.watch.map((h) => h.sentence),
  ];
}

async function checkEverySentence(dbPath: string, b: Briefing): Promise<number> {
  const db = await openDb({ db: dbPath });
  try {
    const all = sourcedOf(b);
    for (const s of all) {
      const row = await db.get<{ text: string }>('SELECT text FROM articles WHERE id = ?', [s.source.articleId]);
      assert.ok(row, `article ${s.source.articleId}`);
      assert.equal(row.text.slice(s.source.start, s.source.end).replace(/\s+/g, ' ').trim(), s.text);
    }
    return all.length;
  } finally {
    await db.close();
  }
}

function cli(db: string, dir: string, week: string, format: string): string {
  const r = sitrep(['brief', '--db', db, '--week', week, '--format', format], undefined, { SITREP_DATA_DIR: dir, SITREP_BASE_URL: 'http://127.0.0.1:8080' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** JSON and text through the CLI; the other formats render the same data (each CLI run costs seconds). */
function allFormats(db: string, dir: string, week: string): Record<string, string> {
  const json = cli(db, dir, week, 'json');
  const b = JSON.parse(json) as Briefing;
  const o = { baseUrl: 'http://127.0.0.1:8080', webUrl: `http://127.0.0.1:8080/briefings/${week}` };
  return { json, text: cli(db, dir, week, 'text'), html: render(b, 'html', o), email: render(b, 'email', o), md: render(b, 'md', o) };
}

test('the reference article: its week in every format, every sentence from the article', { skip: noShared, timeout: 180_000 }, async () => {
  const dir = tempDir('sitrep-brief-seed-');
  const db = join(dir, 'sitrep.db');
  const ing = sitrep(['ingest', SEED, '--db', db, '-q', '--threads', '0'], undefined, { SITREP_DATA_DIR: dir });
  assert.equal(ing.status, 0, ing.stderr);
  const out = allFormats(db, dir, '2023-W37');
  const b = JSON.parse(out.json) as Briefing;
  assert.equal(b.stats.articles, 1);
  assert.equal(b.stories.length, 1);
  const s = b.stories[0];
  assert.ok(s.summary.length >= 2);
  assert.ok(s.quote && s.quote.speaker, 'a key quote with its speaker');
  assert.ok(s.actors.some((a) => /Kim Jong/.test(a.name)) && s.actors.some((a) => /Putin/.test(a.name)));
  assert.ok(b.relations.some((r) => r.a === 'PRK' && r.b === 'RUS'), 'North Korea – Russia is among the pairs');
  const n = await checkEverySentence(db, b);
  assert.equal((out.html.match(/class="src"/g) ?? []).length, n - (s.headline && s.headline.source.end > 0 ? 1 : 0), 'one source link per sentence');
  assert.match(out.text, /\nSOURCES\n/);
  assert.ok(!/undefined|null|NaN/.test(out.text + out.md));
  // The site previews any week; a custom period has a page once archived, and only then is linked.
  assert.match(out.text, /Read on the web: http:\/\/127\.0\.0\.1:8080\/briefings\/2023-W37/);
  const range = (): string => {
    const r = sitrep(['brief', '--db', db, '--since', '2023-09-10', '--until', '2023-09-13'], undefined, { SITREP_DATA_DIR: dir, SITREP_BASE_URL: 'http://127.0.0.1:8080' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  assert.doesNotMatch(range(), /Read on the web/);
  const { ensureIssue } = await import('../../src/brief/issues.ts');
  const { rangePeriod } = await import('../../src/brief/week.ts');
  const store = await openDb({ db });
  try {
    await ensureIssue(store, rangePeriod('2023-09-10', '2023-09-13'), { baseUrl: 'http://127.0.0.1:8080', title: 'Threat Status' });
  } finally {
    await store.close();
  }
  assert.match(range(), /Read on the web: http:\/\/127\.0\.0\.1:8080\/briefings\/2023-09-10\.\.2023-09-13/);
});

test('a busy polnear-2016 week in every format', { skip: noShared, timeout: 300_000 }, async () => {
  const dir = tempDir('sitrep-brief-polnear-');
  const db = join(dir, 'sitrep.db');
  // 2016-W30 (the Democratic convention) and the week before it, for the growth baseline.
  const lines = readFileSync(join(SHARED, 'corpus', 'polnear-2016', 'articles.jsonl'), 'utf8').split('\n').filter((l) => {
    const m = /"published": ?"(\d{4}-\d{2}-\d{2})/.exec(l);
    return m && m[1] >= '2016-07-18' && m[1] <= '2016-07-31';
  });
  assert.ok(lines.length >= 40, `${lines.length} articles`);
  const jsonl = join(dir, 'weeks.jsonl');
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  const ing = sitrep(['ingest', jsonl, '--db', db, '-q', '--threads', '0'], undefined, { SITREP_DATA_DIR: dir });
  assert.equal(ing.status, 0, ing.stderr);
  const w = sitrep(['watchlists', 'add', 'Russia', '--countries', 'RUS', '--db', db], undefined, { SITREP_DATA_DIR: dir });
  assert.equal(w.status, 0, w.stderr);
  const out = allFormats(db, dir, '2016-W30');
  const b = JSON.parse(out.json) as Briefing;
  assert.ok(b.stats.articles >= 25 && b.stats.publishers === 7, JSON.stringify(b.stats));
  assert.equal(b.stories.length, 6);
  assert.ok(b.stories.every((s) => s.summary.length >= 1 && s.headline));
  // The week's threat story, Russia's hacking of the DNC, is at the top, level with the DNC's apology for the
  // leaked emails (four articles from three outlets). (A story covered by two outlets used to rank in the top
  // six here only through an 'attack' in words coded as an assault; the hack story led by a hair only while
  // "Friday's Munich mall shooting" in its digest counted as Munich's attack on "a Syrian man".)
  assert.ok(b.stories.slice(0, 2).some((s) => /Putin|Russia/.test(s.headline!.text)), b.stories.map((s) => s.headline!.text).join(' | '));
  assert.ok(b.stories.slice(0, 2).some((s) => /DNC/.test(s.headline!.text)));
  assert.ok(b.watch.some((h) => h.watchlist === 'Russia'), 'the Russia watchlist hits (the DNC hack)');
  const n = await checkEverySentence(db, b);
  assert.ok(n >= 20);
  // Same store, same week: the same briefing.
  assert.equal(cli(db, dir, '2016-W30', 'json'), out.json);
});

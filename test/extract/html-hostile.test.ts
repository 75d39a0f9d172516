// Hostile pages: scripts never run, huge and deeply nested pages finish, garbage gives a clear error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../../src/extract/html/index.ts';
import { isInputError } from '../../src/model/errors.ts';

const P = '<p>A paragraph of ordinary article text, long enough to count, with a comma, and a full stop at the end.</p>';

function run(html: string | Buffer): ReturnType<typeof extractHtml> {
  return extractHtml({ uri: 'hostile.html', contentType: 'text/html', bytes: typeof html === 'string' ? Buffer.from(html) : html, fetchedAt: null });
}

test('script, event handlers and javascript: URLs never run and never become text', () => {
  (globalThis as Record<string, unknown>).__sitrepRan = false;
  const a = run(`<html><body><script>globalThis.__sitrepRan = true</script><img src=x onerror="globalThis.__sitrepRan = true">
    <div class="story">${P}<p onclick="globalThis.__sitrepRan = true">Second paragraph <a href="javascript:globalThis.__sitrepRan=true">with a link</a>, and more words after it.</p>
    <noscript><p>Please enable JavaScript to read this page properly in your browser.</p></noscript>
    <template><p>Template content that is never rendered by the browser at all.</p></template></div></body></html>`);
  assert.equal((globalThis as Record<string, unknown>).__sitrepRan, false);
  assert.ok(!a.text.includes('__sitrepRan'));
  assert.ok(!a.text.includes('enable JavaScript'));
  assert.ok(!a.text.includes('Template content'));
  assert.match(a.text, /with a link/);
});

test('a 20 MB page finishes and keeps its text', () => {
  const filler = `<div class="row"><span>${'x'.repeat(60)}</span><a href="/l">link</a></div>`;
  const parts = [`<html><body><div class="story">${P}${P}</div>`];
  let size = parts[0].length;
  while (size < 20 * 1024 * 1024) { parts.push(filler); size += filler.length; }
  parts.push('</body></html>');
  const a = run(parts.join(''));
  assert.match(a.text, /ordinary article text/);
});

test('100k nested elements do not overflow the stack', () => {
  const depth = 100_000;
  const a = run(`<html><body>${'<div>'.repeat(depth)}${P}${P}${'</div>'.repeat(depth)}</body></html>`);
  assert.match(a.text, /ordinary article text/);
});

test('100k sibling elements finish', () => {
  const a = run(`<html><body><div class="story">${P}${'<span>w</span>'.repeat(100_000)}${P}</div></body></html>`);
  assert.match(a.text, /ordinary article text/);
});

test('unclosed tags, stray end tags and an unclosed comment give a result or a clear error', () => {
  const a = run(`<html><body><div><p>Unclosed paragraph that still reads fine to a person, with enough words to count.<div><p>Another one, nested oddly, yet still readable text.</span></td></table><p>Third`);
  assert.match(a.text, /Unclosed paragraph/);
  assert.throws(() => run('<html><body><!-- never closed <p>hidden text in a comment</p>'), (e: unknown) => isInputError(e) && /hostile\.html: no article text/.test((e as Error).message));
});

test('binary garbage is a clear error, not a crash', () => {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
  assert.throws(() => run(bytes), (e: unknown) => isInputError(e) && /hostile\.html/.test((e as Error).message));
});

test('a page that never closes <head> or <body> still has a body', () => {
  const a = run(`<html><head><title>Unclosed head</title><meta name="author" content="Ines Moreau"><div class="story">${P}${P}`);
  assert.match(a.text, /ordinary article text/);
  assert.equal(a.meta.title, 'Unclosed head');
  assert.deepEqual(a.meta.authors, ['Ines Moreau']);
});

// The mail's HTML part: the same body with its CSS inlined by juice (mail clients drop <style> or
// parts of it), the responsive @media rules kept in <head> for the clients that honour them.
import juice from 'juice';
import type { Briefing } from '../model.ts';
import { periodLabel, type RenderOptions } from './common.ts';
import { CSS, esc, renderBody } from './html.ts';

export function renderEmailHtml(b: Briefing, o: RenderOptions): string {
  const doc = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${esc(`${b.title} — ${periodLabel(b)}`)}</title>
<style>${CSS}</style></head>
<body>
${renderBody(b, o)}
</body></html>
`;
  return juice(doc, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true });
}

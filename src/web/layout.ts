// The page shell every page shares: navigation, one stylesheet, and module scripts by URL only
// (the Content-Security-Policy forbids inline script and style).
import { html, type Html, type Interp } from './html.ts';

export interface PageOptions {
  title: string;
  /** Highlights the current section in the navigation. */
  section?: 'dashboard' | 'search' | 'actors' | 'pairs' | 'stories' | 'briefings' | 'subscribe' | 'api';
  /** Client modules under /assets/ to load, e.g. "article.js". */
  scripts?: string[];
  /** Extra stylesheets under /assets/. */
  styles?: string[];
  body: Interp;
}

const NAV: Array<[NonNullable<PageOptions['section']>, string, string]> = [
  ['dashboard', '/', 'Dashboard'],
  ['search', '/search', 'Search'],
  ['actors', '/actors', 'Actors'],
  ['pairs', '/pairs', 'Country pairs'],
  ['stories', '/stories', 'Stories'],
  ['briefings', '/briefings', 'Briefings'],
  ['subscribe', '/subscribe', 'Subscribe'],
  ['api', '/api/docs', 'API'],
];

export function page(o: PageOptions): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title} · sitrep</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/style.css">
${(o.scripts ?? []).includes('graph.js') ? html`<link rel="stylesheet" id="__________cytoscape_stylesheet" href="/assets/cytoscape.css">` : ''}
${(o.styles ?? []).map((s) => html`<link rel="stylesheet" href="/assets/${s}">`)}
${(o.scripts ?? []).map((s) => html`<script type="module" src="/assets/${s}"></script>`)}
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="top">
  <a class="brand" href="/">sitrep</a>
  <nav>${NAV.map(([key, href, label]) => html`<a href="${href}"${o.section === key ? html` aria-current="page"` : ''}>${label}</a>`)}</nav>
  <form class="quick" action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search articles" aria-label="Search articles"></form>
</header>
<main id="main" tabindex="-1">
${o.body}
</main>
</body>
</html>`;
}

export function errorPage(status: number, message: string): Html {
  return page({ title: `Error ${status}`, body: html`<h1>Error ${status}</h1><p class="error">${message}</p><p><a href="/">Back to the dashboard</a></p>` });
}

/** "Page 2 of 7" links that keep the other query parameters. */
export function pager(base: string, params: URLSearchParams, offset: number, limit: number, total: number): Html {
  if (total <= limit && offset === 0) return html``;
  const link = (o: number, label: string): Html => {
    const p = new URLSearchParams(params);
    if (o > 0) p.set('offset', String(o));
    else p.delete('offset');
    const s = p.toString();
    return html`<a href="${base}${s ? `?${s}` : ''}">${label}</a>`;
  };
  const pages = Math.max(1, Math.ceil(total / limit));
  // An offset past the end (an old link, a hand-edited URL) lists nothing: lead back to the last page.
  if (offset >= total) {
    return html`<nav class="pager"><span>Nothing past page ${pages}.</span> ${link((pages - 1) * limit, total ? `← page ${pages}, the last` : '← first page')}</nav>`;
  }
  const pageNo = Math.floor(offset / limit) + 1;
  return html`<nav class="pager">${offset > 0 ? link(Math.max(0, offset - limit), '← Previous') : ''}
<span>page ${pageNo} of ${pages}</span>
${offset + limit < total ? link(offset + limit, 'Next →') : ''}</nav>`;
}

// Weekly cooperation–conflict charts (uPlot): cooperative events as bars up, conflictual ones as bars
// down, and the mean Goldstein score as a line. On a country pair's page, clicking a week lists the
// events behind that point (fetched from the API and written as text nodes).
import uPlot from './vendor/uplot.js';

function readJson(id) {
  const el = document.getElementById(id);
  if (!el) return null;
  try { return JSON.parse(el.textContent || 'null'); } catch { return null; }
}

const DAY = 86400;

function toUnix(day) {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

function isoDay(unix) {
  return new Date(unix * 1000).toISOString().slice(0, 10);
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function showWeek(target, pair, start) {
  const [a, b] = pair.split('-');
  const until = isoDay(toUnix(start) + 6 * DAY);
  target.replaceChildren(el('p', { class: 'muted' }, `Loading the events of ${start} to ${until}…`));
  try {
    const res = await fetch(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/events?since=${start}&until=${until}&limit=100`, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const data = await res.json();
    const items = data.items.map((e) => el('li', { class: `event ${e.goldstein !== null && e.goldstein < 0 ? 'conflict' : 'coop'}` },
      el('div', { class: 'event-head' }, el('span', { class: 'badge' }, e.type), ' ', (e.actor && e.actor.name) || '?', ' → ', (e.target && e.target.name) || '?', ' ',
        el('span', { class: 'muted' }, `${e.date || ''} · ${e.status}`)),
      el('blockquote', { class: 'sentence' }, e.sentence.text),
      el('div', { class: 'source' }, el('a', { href: `/articles/${encodeURIComponent(e.articleId)}` }, e.article.title || 'untitled'), ' ', el('span', { class: 'muted' }, e.article.publisher || ''))));
    target.replaceChildren(el('h3', {}, `Week of ${start}: ${data.total} event${data.total === 1 ? '' : 's'}`), el('ol', { class: 'events week-list' }, ...items));
  } catch (err) {
    target.replaceChildren(el('p', { class: 'error' }, `Could not load the events (${err.message}).`));
  }
}

function draw(container) {
  const rows = readJson(container.dataset.source);
  if (!rows || !rows.length) { container.classList.add('empty'); container.textContent = 'No events to chart.'; return; }
  const xs = rows.map((r) => toUnix(r.start));
  // Quiet weeks draw no bar (a zero-height bar outlines itself as a stray line along 0).
  const coop = rows.map((r) => r.cooperation || null);
  const conf = rows.map((r) => (r.conflict ? -r.conflict : null));
  const score = rows.map((r) => (r.score === null ? null : r.score));
  const bars = uPlot.paths.bars({ size: [0.7, 40] });
  const width = Math.max(320, container.clientWidth || 800);
  const opts = {
    width, height: 260,
    // Pad the time axis by a week so one busy week still shows as a bar, not a stretched range. The
    // range comes from the data: uPlot widens a single point's min and max by itself first.
    scales: { x: { time: true, range: () => [xs[0] - 4 * DAY, xs[xs.length - 1] + 11 * DAY] }, n: { auto: true }, g: { range: [-10, 10] } },
    // Days on the time axis as YYYY-MM-DD, as every page writes them (uPlot's default is "12/10").
    // The labels are kept on the box (data-x-ticks) so that tests can read what the canvas shows.
    axes: [{ space: 90, values: (u, splits) => { const v = splits.map((t) => isoDay(t)); container.dataset.xTicks = v.join(' '); return v; } },
      { scale: 'n', label: 'events (conflict below 0)' }, { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } }],
    series: [
      { label: 'week', value: (u, v) => (v === null ? '' : isoDay(v)) },
      { label: 'cooperation', scale: 'n', stroke: '#2e8b57', fill: 'rgba(46,139,87,0.55)', paths: bars, points: { show: false } },
      { label: 'conflict', scale: 'n', stroke: '#c0392b', fill: 'rgba(192,57,43,0.55)', paths: bars, points: { show: false }, value: (u, v) => (v === null ? '' : -v) },
      // A week without events has no mean: the line breaks there rather than drawing a trend across
      // quiet months, and its points show so that a lone busy week is still seen.
      { label: 'mean Goldstein', scale: 'g', stroke: '#3b6ea5', width: 2, spanGaps: false, points: { show: true, size: 5 } },
    ],
    cursor: { drag: { x: false, y: false } },
  };
  const plot = new uPlot(opts, [xs, coop, conf, score], container);
  container.dataset.drawn = String(xs.length);
  const pair = container.dataset.pair;
  const target = document.getElementById('week-events');
  if (pair && target) {
    plot.over.addEventListener('click', () => {
      const i = plot.cursor.idx;
      if (i === null || i === undefined) return;
      showWeek(target, pair, rows[i].start);
    });
    plot.over.classList.add('clickable');
  }
  window.addEventListener('resize', () => plot.setSize({ width: Math.max(320, container.clientWidth || 800), height: 260 }));
}

for (const c of document.querySelectorAll('.chart[data-source]')) draw(c);

// Draws the relation graphs (cytoscape) from the JSON the page carries in <script type="application/json">.
// Labels come from article text: cytoscape draws them on a canvas as text, never as HTML.
import cytoscape from './vendor/cytoscape.js';

function readJson(id) {
  const el = document.getElementById(id);
  if (!el) return null;
  try { return JSON.parse(el.textContent || 'null'); } catch { return null; }
}

function edgeColor(e) {
  if (!e.events) return '#b8bec6';
  if (e.goldstein === null || e.goldstein === undefined) return '#8a94a3';
  return e.goldstein > 0 ? '#2e8b57' : e.goldstein < 0 ? '#c0392b' : '#8a94a3';
}

function draw(containerId, dataId, opts) {
  const container = document.getElementById(containerId);
  const data = readJson(dataId);
  if (!container || !data || !data.nodes || !data.nodes.length) {
    if (container) { container.classList.add('empty'); container.textContent = 'Nothing to draw yet.'; }
    return;
  }
  const maxW = Math.max(1, ...data.nodes.map((n) => n.weight || 0));
  const maxE = Math.max(1, ...data.edges.map((e) => e.weight || 0));
  const elements = [
    ...data.nodes.map((n, i) => ({ data: { id: n.id, label: n.label, size: 18 + 30 * Math.sqrt((n.weight || 0) / maxW), center: opts.center && i === 0 ? 1 : 0, href: opts.href(n) } })),
    ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, width: 1 + 7 * (e.weight / maxE), color: edgeColor(e) } })),
  ];
  const cy = cytoscape({
    container,
    elements,
    layout: opts.center ? { name: 'concentric', concentric: (n) => (n.data('center') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 18, animate: false }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
    style: [
      { selector: 'node', style: { 'background-color': '#3b6ea5', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, color: '#1d2733', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
      { selector: 'node[center = 1]', style: { 'background-color': '#d9822b' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.8, 'curve-style': 'bezier' } },
    ],
    userZoomingEnabled: true,
  });
  cy.on('tap', 'node', (ev) => {
    const href = ev.target.data('href');
    if (href) window.location.assign(href);
  });
  container.dataset.drawn = String(cy.nodes().length);
  window.__sitrepGraphs = (window.__sitrepGraphs || 0) + 1;
}

const actorHref = (n) => `/actors/${encodeURIComponent(n.id)}`;
const countryHref = (n) => `/search?country=${encodeURIComponent(n.id)}`;

draw('pair-graph', 'pair-graph-data', { center: false, href: countryHref });
draw('actor-graph', 'actor-graph-data', { center: true, href: actorHref });

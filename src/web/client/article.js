// Provenance on the article page: clicking a quote or an event in the structure panel lights up the
// sentence it was read from (every text piece carries its start offset in data-o); hovering an
// entity lights up its mentions.
const text = document.getElementById('article-text');

function pieces() {
  return text ? [...text.querySelectorAll('[data-o]')] : [];
}

function light(start, end) {
  for (const p of text.querySelectorAll('.lit')) p.classList.remove('lit');
  let first = null;
  for (const p of pieces()) {
    const o = Number(p.dataset.o);
    if (o >= start && o < end) { p.classList.add('lit'); first ??= p; }
  }
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return first !== null;
}

for (const item of document.querySelectorAll('.prov[data-start]')) {
  const go = () => {
    for (const s of document.querySelectorAll('.prov.selected')) s.classList.remove('selected');
    item.classList.add('selected');
    light(Number(item.dataset.start), Number(item.dataset.end));
  };
  item.addEventListener('click', (ev) => { if (!(ev.target instanceof HTMLAnchorElement)) go(); });
  item.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
}

for (const item of document.querySelectorAll('.entity[data-entity]')) {
  const id = item.dataset.entity;
  const mentions = () => text.querySelectorAll(`[data-entity~="${CSS.escape(id)}"]`);
  item.addEventListener('mouseenter', () => { for (const m of mentions()) m.classList.add('hover'); });
  item.addEventListener('mouseleave', () => { for (const m of mentions()) m.classList.remove('hover'); });
}

// Actor network: actors as nodes (size by events), dyads as edges (width by events, colour by
// mean Goldstein: green cooperation, red conflict). Clicking a node lists its events. The layout
// is computed to the end before drawing, so the same data draws the same picture.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { create } from 'd3-selection';
import { api, el } from './api.js';
import { cameoLabel, t } from './i18n.js';

const edgeColour = scaleLinear([-10, 0, 10], ['#d7301f', '#999', '#238b45']).clamp(true);

export function eventItem(ev) {
  return el('li', {},
    el('a', { href: `#/article/${encodeURIComponent(ev.article_id)}` }, el('span', { class: 'code' }, ev.cameo), ' ', cameoLabel(ev.root)),
    ' — ', ev.source?.text || '?', ` ${t('arrow')} `, ev.target?.text || '?', ' ', ev.date ? el('bdi', { class: 'muted' }, ev.date) : '');
}

async function listEvents(code) {
  document.getElementById('network-events-title').textContent = t('network.events_of', { a: code });
  const data = await api('events', { actor: code, limit: 100 });
  document.getElementById('network-events').replaceChildren(...data.items.map(eventItem));
}

export async function showNetwork(selected) {
  const chart = document.getElementById('network-chart');
  const [actors, dyads] = await Promise.all([api('actors', { limit: 60 }), api('dyads', { limit: 300 })]);
  const byCode = new Map(actors.items.map((a) => [a.code, { ...a, id: a.code }]));
  const links = dyads.items.filter((d) => d.source !== d.target && byCode.has(d.source) && byCode.has(d.target))
    .map((d) => ({ source: d.source, target: d.target, events: d.events, mean: d.mean_goldstein }));
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = [...byCode.values()].filter((n) => linked.has(n.id));
  if (!nodes.length) {
    chart.replaceChildren(el('p', { class: 'empty' }, t('network.none')));
    return;
  }
  const width = 900, height = 560;
  const radius = scaleSqrt([1, Math.max(...nodes.map((n) => n.events))], [6, 26]);
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((n) => n.id).distance(110))
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide((n) => radius(n.events) + 14))
    .force('center', forceCenter(width / 2, height / 2))
    // Pairs not linked to the rest stay in view instead of drifting to the edges.
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 300; ++i) sim.tick();
  const inside = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  for (const n of nodes) { n.x = inside(n.x, 40, width - 40); n.y = inside(n.y, 30, height - 30); }

  const svg = create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('id', 'network-svg').attr('role', 'img');
  svg.append('g').selectAll('line').data(links).join('line').attr('class', 'edge')
    .attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y).attr('x2', (l) => l.target.x).attr('y2', (l) => l.target.y)
    .attr('stroke', (l) => edgeColour(l.mean)).attr('stroke-width', (l) => 1.5 + Math.sqrt(l.events) * 1.5).attr('stroke-opacity', 0.8)
    .append('title').text((l) => `${l.source.id} → ${l.target.id}: ${l.events} · ${l.mean.toFixed(1)}`);
  const node = svg.append('g').selectAll('g').data(nodes).join('g')
    .attr('class', (n) => `node${n.id === selected ? ' selected' : ''}`).attr('data-code', (n) => n.id)
    .attr('transform', (n) => `translate(${n.x},${n.y})`).attr('tabindex', 0).attr('role', 'button')
    .on('click', (_, n) => { location.hash = `#/network?actor=${encodeURIComponent(n.id)}`; })
    .on('keydown', (e, n) => { if (e.key === 'Enter' || e.key === ' ') location.hash = `#/network?actor=${encodeURIComponent(n.id)}`; });
  node.append('circle').attr('r', (n) => radius(n.events)).attr('fill', '#12355b');
  node.append('text').attr('y', (n) => radius(n.events) + 13).attr('text-anchor', 'middle').text((n) => n.id);
  node.append('title').text((n) => `${n.id} · ${n.name} · ${n.events}`);
  chart.replaceChildren(svg.node());
  if (selected) await listEvents(selected);
  else document.getElementById('network-events').replaceChildren();
}

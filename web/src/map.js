// Map of event places, drawn offline on Natural Earth country shapes (world-atlas): a dot per
// place with coordinates, and the countries the events name (their place and their actors'
// countries) shaded by their number of events.
import { geoMercator, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { create } from 'd3-selection';
import countries from 'i18n-iso-countries';
import arNames from 'i18n-iso-countries/langs/ar.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import { api, el } from './api.js';
import { currentLang, t } from './i18n.js';

countries.registerLocale(arNames);
countries.registerLocale(enNames);
const shapes = feature(world, world.objects.countries).features;
const MAX_EVENTS = 1000;

// The countries an event names: its place's, and the countries leading its actor codes.
function eventCountries(ev) {
  const actors = [ev.source?.code, ev.target?.code].filter(Boolean).map((c) => c.slice(0, 3));
  return [ev.place?.country, ...actors].filter((c) => c && countries.isValid(c));
}

async function loadEvents() {
  const events = [];
  for (let page = 1; events.length < MAX_EVENTS; ++page) {
    const data = await api('events', { page, limit: 500 });
    events.push(...data.items);
    if (!data.more) break;
  }
  return events.slice(0, MAX_EVENTS);
}

export async function showMap() {
  const chart = document.getElementById('map-chart');
  const events = await loadEvents();
  const perCountry = new Map();
  for (const ev of events) {
    for (const code of new Set(eventCountries(ev))) {
      const numeric = countries.alpha3ToNumeric(code);
      if (numeric) perCountry.set(numeric, (perCountry.get(numeric) || 0) + 1);
    }
  }
  const places = new Map();  // "lat,lon" → {lat, lon, text, n}
  for (const ev of events) {
    const p = ev.place;
    if (p && Number.isFinite(p.lat) && Number.isFinite(p.lon)) {
      const key = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`;
      const entry = places.get(key) || { lat: p.lat, lon: p.lon, text: p.text, n: 0 };
      entry.n += 1;
      places.set(key, entry);
    }
  }
  document.getElementById('map-caption').textContent = t('map.caption', {
    p: [...places.values()].reduce((s, p) => s + p.n, 0), c: perCountry.size, n: events.length });

  const width = 900, height = 520;
  const marked = shapes.filter((f) => perCountry.has(f.id));
  const pointFeatures = [...places.values()].map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] } }));
  // Frame what the events name; with nothing to show, the Arab world and its neighbours.
  const framed = marked.length || pointFeatures.length
    ? { type: 'FeatureCollection', features: [...marked, ...pointFeatures] }
    : { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[-17, 12], [60, 40]] } };
  const projection = geoMercator().fitExtent([[20, 20], [width - 20, height - 20]], framed);
  const path = geoPath(projection);
  const max = Math.max(1, ...perCountry.values());
  const shade = scaleSqrt([0, max], [0.15, 0.85]);

  const svg = create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('id', 'map-svg').attr('role', 'img');
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#dbe9f6');
  svg.append('g').selectAll('path').data(shapes).join('path')
    .attr('class', (f) => `country${perCountry.has(f.id) ? ' has' : ''}`).attr('d', path).attr('data-id', (f) => f.id)
    .style('fill', (f) => (perCountry.has(f.id) ? `rgba(215, 48, 31, ${shade(perCountry.get(f.id))})` : null))
    .append('title').text((f) => `${countries.getName(countries.numericToAlpha3(f.id) || '', currentLang()) || f.properties.name}${perCountry.has(f.id) ? `: ${perCountry.get(f.id)}` : ''}`);
  svg.append('g').selectAll('text').data(marked).join('text').attr('class', 'country-label')
    .attr('transform', (f) => `translate(${path.centroid(f)})`).attr('text-anchor', 'middle').attr('font-size', 11)
    .text((f) => countries.getName(countries.numericToAlpha3(f.id) || '', currentLang()) || f.properties.name);
  const r = scaleSqrt([1, Math.max(1, ...[...places.values()].map((p) => p.n))], [4, 14]);
  svg.append('g').selectAll('circle').data([...places.values()]).join('circle').attr('class', 'place-dot')
    .attr('cx', (p) => projection([p.lon, p.lat])[0]).attr('cy', (p) => projection([p.lon, p.lat])[1]).attr('r', (p) => r(p.n))
    .append('title').text((p) => `${p.text}: ${p.n}`);
  chart.replaceChildren(svg.node());
  if (!perCountry.size && !places.size) chart.append(el('p', { class: 'empty' }, t('map.none')));
}

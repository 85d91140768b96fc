// marsad's page: hash routes #/articles?q=…, #/article/ID, #/timeline?source=&target=&by=,
// #/network?actor=, #/map. Every view reads the JSON API of the same server.
import { api, el, marked } from './api.js';
import { showArticle } from './article.js';
import { applyLabels, currentLang, setLang, t } from './i18n.js';
import { showMap } from './map.js';
import { showNetwork } from './network.js';
import { showTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);

function route() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [view, ...rest] = path.split('/');
  return { view: view || 'articles', arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(query) };
}

function go(view, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = `#/${view}${query ? '?' + query : ''}`;
}

async function showArticles(params) {
  const page = Number(params.get('page') || 1);
  const filters = { q: params.get('q') || '', site: params.get('site') || '', since: params.get('since') || '', until: params.get('until') || '' };
  for (const [k, v] of Object.entries(filters)) $(k).value = v;
  const data = await api('articles', { ...filters, page, limit: 20 });
  // With a query, the search route gives the matching words in context.
  const snippets = new Map();
  if (filters.q) {
    const hits = await api('search', { q: filters.q, limit: 100 }).catch(() => ({ items: [], marks: ['\x02', '\x03'] }));
    for (const h of hits.items) snippets.set(h.id, marked(h.snippet, hits.marks));
  }
  $('result-count').textContent = t('list.count', { n: data.total });
  $('page-no').textContent = t('page.no', { n: page });
  $('prev-page').disabled = page <= 1;
  $('next-page').disabled = page * data.limit >= data.total;
  $('prev-page').onclick = () => go('articles', { ...filters, page: page - 1 });
  $('next-page').onclick = () => go('articles', { ...filters, page: page + 1 });
  const list = $('article-list');
  list.replaceChildren(...data.items.map((a) => el('li', { dataset: { id: a.id } },
    el('a', { href: `#/article/${encodeURIComponent(a.id)}`, lang: 'ar', dir: 'rtl' }, a.title || a.id),
    el('div', { class: 'meta' }, el('span', { class: 'site' }, a.site || ''), el('bdi', { class: 'date' }, a.date || t('list.undated')),
      el('span', { class: 'count' }, t('list.events', { n: a.events }))),
    snippets.has(a.id) ? el('p', { class: 'snippet', lang: 'ar', dir: 'rtl' }, snippets.get(a.id)) : null)));
  if (!data.items.length) list.append(el('li', { class: 'empty' }, t('list.none')));
}

async function showTimelineView(params) {
  let source = params.get('source') || '', target = params.get('target') || '';
  const by = params.get('by') || 'month';
  if (!source && !target) {
    const top = await api('dyads', { limit: 1 });
    if (top.items.length) ({ source, target } = top.items[0]);
  }
  $('tl-source').value = source;
  $('tl-target').value = target;
  $('tl-by').value = by;
  await showTimeline({ source, target, by });
}

async function render() {
  const { view, arg, params } = route();
  const known = ['articles', 'article', 'timeline', 'network', 'map'];
  const current = known.includes(view) ? view : 'articles';
  for (const v of known) $(`view-${v}`).hidden = v !== current;
  for (const a of document.querySelectorAll('.top nav a')) {
    if (a.dataset.view === current || (current === 'article' && a.dataset.view === 'articles')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset.view = current;
  document.body.dataset.ready = 'false';
  try {
    if (current === 'articles') await showArticles(params);
    else if (current === 'article') await showArticle(arg);
    else if (current === 'timeline') await showTimelineView(params);
    else if (current === 'network') await showNetwork(params.get('actor') || '');
    else if (current === 'map') await showMap();
  } catch (e) {
    $(`view-${current}`).append(el('p', { class: 'err' }, t('error', { m: e.message })));
  }
  document.body.dataset.ready = 'true';  // the browser tests wait for this
}

async function init() {
  applyLabels();
  $('lang-toggle').addEventListener('click', () => {
    setLang(currentLang() === 'en' ? 'ar' : 'en');
    applyLabels();
    render();
    loadStats();
  });
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go('articles', { q: $('q').value.trim(), site: $('site').value, since: $('since').value, until: $('until').value });
  });
  $('timeline-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go('timeline', { source: $('tl-source').value.trim().toUpperCase(), target: $('tl-target').value.trim().toUpperCase(), by: $('tl-by').value });
  });
  window.addEventListener('hashchange', render);
  await loadStats();
  await render();
}

async function loadStats() {
  try {
    const [stats, actors] = await Promise.all([api('stats'), api('actors', { limit: 200 })]);
    $('stats').textContent = t('stats', { a: stats.articles, e: stats.events });
    const site = $('site');
    const chosen = site.value;
    site.replaceChildren(el('option', { value: '' }, t('search.all_sites')),
      ...stats.sites.map((s) => el('option', { value: s.site }, `${s.site} (${s.articles})`)));
    site.value = chosen;
    $('actor-codes').replaceChildren(...actors.items.map((a) => el('option', { value: a.code }, a.name)));
  } catch (e) {
    $('stats').textContent = t('error', { m: e.message });
  }
}

init();

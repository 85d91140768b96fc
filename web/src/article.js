// The article view: the body with entities coloured by type and events underlined, the verb of
// each event focusable with its details in a tooltip, and a keyboard-navigable list of events.
import { api, el } from './api.js';
import { cameoLabel, modalityLabel, quadLabel, t } from './i18n.js';

// Cuts the body (code points, as the offsets count) at every span boundary; each piece knows
// which entity and which events cover it.
export function pieces(body, entities, events) {
  const chars = Array.from(body);
  const cuts = new Set([0, chars.length]);
  const clamp = (n) => Math.max(0, Math.min(chars.length, n));
  const spans = [];
  entities.forEach((e, i) => spans.push({ kind: 'entity', i, start: clamp(e.start), end: clamp(e.end) }));
  events.forEach((e, i) => {
    spans.push({ kind: 'event', i, start: clamp(e.start), end: clamp(e.end) });
    if (e.verb) spans.push({ kind: 'verb', i, start: clamp(e.verb.start), end: clamp(e.verb.end) });
  });
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < points.length; ++k) {
    const [a, b] = [points[k], points[k + 1]];
    const covering = spans.filter((s) => s.start <= a && b <= s.end && s.start < s.end);
    out.push({
      text: chars.slice(a, b).join(''),
      entity: covering.find((s) => s.kind === 'entity')?.i,
      events: covering.filter((s) => s.kind === 'event').map((s) => s.i),
      verb: covering.find((s) => s.kind === 'verb')?.i,
    });
  }
  return out;
}

function argument(a) {
  if (!a) return '—';
  return a.code ? `${a.text} (${a.code})` : a.text;
}

function details(ev) {
  const rows = [
    [t('tip.cameo'), `${ev.cameo} · ${cameoLabel(ev.root)}`],
    ...(ev.cameo_label ? [['CAMEO', el('bdi', { lang: 'en', dir: 'ltr' }, ev.cameo_label)]] : []),
    [t('tip.goldstein'), el('bdi', { dir: 'ltr' }, Number(ev.goldstein).toFixed(1))],
    [t('tip.quad'), `${ev.quad_class} · ${quadLabel(ev.quad_class)}`],
    [t('tip.modality'), modalityLabel(ev.modality)],
    [t('tip.place'), ev.place ? [ev.place.text, ev.place.country].filter(Boolean).join(' · ') : t('tip.unknown')],
    [t('tip.dyad'), `${argument(ev.source)} ${t('arrow')} ${argument(ev.target)}`],
  ];
  return el('dl', {}, rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

const tooltip = () => document.getElementById('tooltip');

function showTip(ev, anchor) {
  const tip = tooltip();
  tip.replaceChildren(details(ev));
  tip.hidden = false;
  const r = anchor.getBoundingClientRect();
  const top = r.bottom + 8 + tip.offsetHeight > innerHeight ? r.top - tip.offsetHeight - 8 : r.bottom + 8;
  tip.style.top = `${Math.max(4, top)}px`;
  tip.style.left = `${Math.max(4, Math.min(innerWidth - tip.offsetWidth - 4, r.left))}px`;
}
const hideTip = () => { tooltip().hidden = true; };

function activate(i, on) {
  for (const node of document.querySelectorAll(`#article-body [data-events~="${i}"]`)) node.classList.toggle('active', on);
}

export async function showArticle(id) {
  const body = document.getElementById('article-body');
  const list = document.getElementById('event-list');
  body.replaceChildren();
  list.replaceChildren();
  let a;
  try {
    a = await api('articles/' + encodeURIComponent(id));
  } catch (e) {
    document.getElementById('article-title').textContent = e.status === 404 ? t('article.missing') : t('error', { m: e.message });
    document.getElementById('article-meta').textContent = '';
    return;
  }
  document.getElementById('article-title').textContent = a.title;
  document.getElementById('article-meta').textContent = [a.site, a.date, a.url].filter(Boolean).join(' · ');
  document.getElementById('entity-legend').replaceChildren(
    ...['PER', 'LOC', 'ORG', 'MISC'].map((k) => el('span', { class: `ent ent-${k}` }, t(`ent.${k}`))),
    el('span', { class: 'ev' }, t('ev.legend')));
  const events = a.events || [];
  for (const p of pieces(a.body, a.entities || [], events)) {
    let node = p.text;
    if (p.verb !== undefined) {
      const ev = events[p.verb];
      node = el('span', { class: 'verb', tabindex: 0, dataset: { verb: p.verb },
        onmouseenter: (e) => { showTip(ev, e.currentTarget); activate(p.verb, true); },
        onmouseleave: () => { hideTip(); activate(p.verb, false); },
        onfocus: (e) => { showTip(ev, e.currentTarget); activate(p.verb, true); },
        onblur: () => { hideTip(); activate(p.verb, false); } }, node);
    }
    if (p.entity !== undefined) {
      const ent = a.entities[p.entity];
      node = el('span', { class: `ent ent-${ent.type}`, title: [t(`ent.${ent.type}`), ent.actor].filter(Boolean).join(' · '),
        dataset: { entity: p.entity, type: ent.type } }, node);
    }
    if (p.events.length) {
      const q = events[p.events[0]].quad_class;
      node = el('span', { class: `ev q${q}`, dataset: { events: p.events.join(' ') } }, node);
    }
    body.append(node);
  }
  if (!events.length) list.append(el('li', { class: 'muted' }, t('article.none')));
  events.forEach((ev, i) => {
    const item = el('li', { role: 'option', tabindex: i === 0 ? 0 : -1, dataset: { event: i }, 'aria-selected': 'false' },
      el('span', { class: 'code' }, ev.cameo), ' ', cameoLabel(ev.root), ' — ',
      (ev.source?.text || '?'), ` ${t('arrow')} `, (ev.target?.text || '?'));
    const select = (on) => {
      item.setAttribute('aria-selected', String(on));
      activate(i, on);
      const verb = body.querySelector(`[data-verb="${i}"]`) || body.querySelector(`[data-events~="${i}"]`);
      if (on && verb) { verb.scrollIntoView({ block: 'nearest' }); showTip(ev, verb); } else hideTip();
    };
    item.addEventListener('focus', () => select(true));
    item.addEventListener('blur', () => select(false));
    item.addEventListener('mouseenter', () => select(true));
    item.addEventListener('mouseleave', () => select(false));
    item.addEventListener('keydown', (e) => {
      const next = { ArrowDown: item.nextElementSibling, ArrowUp: item.previousElementSibling, Home: list.firstElementChild, End: list.lastElementChild }[e.key];
      if (next) { e.preventDefault(); item.tabIndex = -1; next.tabIndex = 0; next.focus(); }
    });
    list.append(item);
  });
}

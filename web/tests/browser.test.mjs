// Browser tests of the page marsad serve embeds, in Debian's chromium driven by playwright-core:
// Arabic search, an article with entities and events on the right characters, the timeline,
// the network, the map and the English toggle. Screenshots go to $MARSAD_ARTIFACTS (default
// build/web-artifacts). Run by CTest (web.browser); by hand:
//   MARSAD_BINARY=build/marsad node --test web/tests/browser.test.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const binary = resolve(process.env.MARSAD_BINARY || join(root, 'build/marsad'));
const artifacts = resolve(process.env.MARSAD_ARTIFACTS || join(root, 'build/web-artifacts'));
const chromiumPath = process.env.MARSAD_CHROMIUM || '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
if (!haveChromium) console.log(`SKIPPED: chromium is missing (${chromiumPath}); install it with bash scripts/install-deps.sh`);

// Starts marsad serve on a free port and resolves with its URL (read from its stderr line).
function serve(db) {
  return new Promise((resolveUrl, reject) => {
    const child = spawn(binary, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`marsad serve did not start: ${err}`)), 20000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/listening on (http:\/\/\S+\/)/);
      if (m) { clearTimeout(timer); resolveUrl({ child, url: m[1] }); }
    });
    child.on('exit', (code) => reject(new Error(`marsad serve exited ${code}: ${err}`)));
  });
}

// Code points [start, end) of the body, as the API's offsets count them.
const slice = (body, start, end) => Array.from(body).slice(start, end).join('');

describe('the page', { skip: !haveChromium && 'chromium is missing' }, () => {
  let work, server, context, page, base;
  const errors = [];

  before(async () => {
    const { chromium } = await import('playwright-core');
    mkdirSync(artifacts, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'marsad-web-'));
    const db = join(work, 'page.db');
    const ingest = spawnSync(binary, ['ingest', '--db', db, join(root, 'samples'), join(here, 'fixtures')], { encoding: 'utf8' });
    assert.equal(ingest.status, 0, ingest.stderr);
    server = await serve(db);
    base = server.url;
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      locale: 'ar',
    });
    page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // Only the server's own origin: the page must work offline.
    await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  });

  after(async () => {
    await context?.close();
    server?.child.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const ready = () => page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  // Runs a click or key that makes the page render again, and waits for that render: the flag
  // is cleared first, since the page sets it false only once its hashchange handler has run.
  async function navigate(action) {
    await page.evaluate(() => { document.body.dataset.ready = 'pending'; });
    await action();
    await ready();
  }
  async function open(hash) {
    await page.goto(base + hash);
    await ready();
  }
  const shot = (name) => page.screenshot({ path: join(artifacts, name), fullPage: true });

  test('loads right-to-left in Arabic with no errors', async () => {
    await open('#/articles');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.textContent('nav a[data-view="timeline"]'), 'الخط الزمني');
    assert.ok(await page.locator('#article-list li[data-id]').count() >= 10);
    const direction = await page.$eval('#article-list a', (a) => getComputedStyle(a).direction);
    assert.equal(direction, 'rtl');
    assert.deepEqual(errors, []);
  });

  test('searches in Arabic', async () => {
    await open('#/articles');
    await page.fill('#q', 'إيران');
    await navigate(() => page.click('#search-form button[type=submit]'));
    assert.ok(await page.evaluate(() => location.hash.includes('q=')));
    const ids = await page.$$eval('#article-list li[data-id]', (items) => items.map((li) => li.dataset.id));
    for (const id of ['web-fixture-03', 'web-fixture-06', 'web-fixture-08']) assert.ok(ids.includes(id), `${id} in ${ids}`);
    assert.ok(!ids.includes('web-fixture-11'));
    const marks = await page.$$eval('#article-list mark.hit', (m) => m.map((x) => x.textContent));
    // The search folds hamza forms and clitics: وإيران and ايران match too.
    assert.ok(marks.length > 0 && marks.every((m) => m.replace(/[إأآ]/g, 'ا').includes('ايران')), String(marks));
    await shot('01-search-arabic.png');
  });

  test('an article shows entities and events on their characters', async () => {
    await open('#/articles?q=' + encodeURIComponent('إيران'));
    await navigate(() => page.click('#article-list li[data-id="web-fixture-03"] a'));
    const article = await (await fetch(base + 'api/articles/web-fixture-03')).json();
    assert.equal(await page.textContent('#article-body'), article.body);
    const shown = await page.evaluate(() => {
      const text = (sel) => Array.from(document.querySelectorAll(sel), (n) => n.textContent).join('');
      const entities = {}, events = {}, verbs = {};
      for (const n of document.querySelectorAll('#article-body [data-entity]')) entities[n.dataset.entity] = (entities[n.dataset.entity] || '') + n.textContent;
      const eventIds = new Set(Array.from(document.querySelectorAll('#article-body [data-events]'), (n) => n.dataset.events.split(' ')).flat());
      for (const i of eventIds) events[i] = text(`#article-body [data-events~="${i}"]`);
      for (const n of document.querySelectorAll('#article-body [data-verb]')) verbs[n.dataset.verb] = n.textContent;
      return { entities, events, verbs, types: Array.from(document.querySelectorAll('#article-body [data-entity]'), (n) => [n.dataset.entity, n.className]) };
    });
    assert.ok(article.entities.length >= 2);
    article.entities.forEach((e, i) => {
      assert.equal(shown.entities[i], slice(article.body, e.start, e.end), `entity ${i}`);
      assert.equal(shown.entities[i], e.text);
    });
    for (const [i, cls] of shown.types) assert.ok(cls.includes(`ent-${article.entities[i].type}`));
    assert.ok(article.events.length >= 1);
    article.events.forEach((ev, i) => {
      assert.equal(shown.events[i], slice(article.body, ev.start, ev.end), `event ${i}`);
      assert.equal(shown.verbs[i], ev.verb.text, `verb of event ${i}`);
    });
    // Hover on an event's verb: the tooltip names the CAMEO code and label, Goldstein, QuadClass.
    const threat = article.events.findIndex((ev) => ev.root === '13');
    assert.ok(threat >= 0);
    await page.hover(`#article-body [data-verb="${threat}"]`);
    const tip = await page.textContent('#tooltip');
    assert.ok(tip.includes(article.events[threat].cameo) && tip.includes('تهديد') && tip.includes('غولدستين'), tip);
    assert.ok(tip.includes(String(article.events[threat].goldstein.toFixed(1))));
    await shot('02-article-entities-events.png');
    // Keyboard: the side list moves with the arrow keys and shows the focused event.
    await page.focus('#event-list li[data-event="0"]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.event), '1');
    assert.equal(await page.getAttribute('#event-list li[data-event="1"]', 'aria-selected'), 'true');
    assert.ok(await page.isVisible('#tooltip'));
    assert.ok(await page.locator('#article-body .ev.active').count() > 0);
  });

  test('draws the dyad timeline', async () => {
    await open('#/timeline?source=IRN&target=USA&by=month');
    const bars = await page.$$eval('#timeline-svg .quad rect', (r) => r.filter((x) => Number(x.getAttribute('height')) > 0).length);
    assert.ok(bars >= 3, `bars: ${bars}`);
    assert.equal(await page.locator('#timeline-svg path.goldstein').count(), 1);
    assert.ok((await page.textContent('#timeline-svg')).includes('2024-03'));
    await shot('03-timeline.png');
  });

  test('draws the actor network; a click lists the node\'s events', async () => {
    await open('#/network');
    const nodes = await page.locator('#network-svg .node').count();
    const edges = await page.locator('#network-svg line.edge').count();
    assert.ok(nodes >= 5 && edges >= 4, `${nodes} nodes, ${edges} edges`);
    const colours = await page.$$eval('#network-svg line.edge', (l) => new Set(l.map((x) => x.getAttribute('stroke'))).size);
    assert.ok(colours >= 2, 'cooperation and conflict edges differ');
    await navigate(() => page.click('#network-svg .node[data-code="IRN"]'));
    assert.ok(await page.evaluate(() => location.hash.includes('actor=IRN')));
    const items = await page.locator('#network-events li').count();
    assert.ok(items >= 3, `${items} events listed`);
    assert.equal(await page.locator('#network-svg .node.selected').getAttribute('data-code'), 'IRN');
    await shot('04-network.png');
  });

  test('draws the map on country shapes, offline', async () => {
    await open('#/map');
    const countries = await page.locator('#map-svg path.country').count();
    assert.ok(countries > 100, `${countries} country shapes`);
    const marked = await page.$$eval('#map-svg path.country.has', (p) => p.map((x) => x.dataset.id));
    for (const id of ['364', '840', '368']) assert.ok(marked.includes(id), `${id} (Iran, USA, Iraq) in ${marked}`);
    await shot('05-map.png');
  });

  test('switches the labels to English and back', async () => {
    await open('#/articles');
    await navigate(() => page.click('#lang-toggle'));
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await page.textContent('nav a[data-view="timeline"]'), 'Timeline');
    assert.equal(await page.getAttribute('#article-list a', 'dir'), 'rtl');  // Arabic titles stay RTL
    await open('#/article/web-fixture-06');
    assert.equal(await page.textContent('#view-article h3'), 'Events');
    await shot('06-english-article.png');
    await navigate(() => page.click('#lang-toggle'));
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.deepEqual(errors, []);
  });
});

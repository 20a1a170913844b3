// The Ukrainian edition: chosen by page, link or switch, Ukrainian throughout
// (quotes aside, which stay verbatim with a translation beside them), and
// never downloaded by English readers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serveDist, launch, openWidget, shippedData, shippedEdition, catalogue as catalogueOf, widgetReady, builtDeal, hold } from './harness.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
let server, browser, data, ukrainian, catalogue;
before(async () => {
  server = await serveDist();
  browser = await launch();
  data = shippedData();
  ukrainian = shippedEdition('uk');
  catalogue = catalogueOf('uk');
});
after(async () => { await browser?.close(); await server?.close(); });

const tabNames = (scope) => scope.locator('[role=tab]').allTextContents().then((names) => names.map((n) => n.trim()));
const UK_TABS = () => ['overview', 'issues', 'actors', 'matrix', 'scenarios', 'deal', 'faq', 'sources'].map((t) => catalogue[`tab.${t}`]);

test('English readers download nothing of the Ukrainian edition', async () => {
  const { page, context } = await openWidget(browser, server.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const tab of await page.locator('[role=tab]').all()) await tab.click();
  await page.reload();
  await widgetReady(page);
  assert.deepEqual(requests.filter((u) => u.includes('stancemap-uk')), []);
  await context.close();
});

test('the Ukrainian page is Ukrainian before the app takes over and after', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`${server.url}index.uk.html`);
  assert.equal(await still.locator('html').getAttribute('lang'), 'uk');
  assert.equal(await still.locator('.sm-title').textContent(), ukrainian.records.meta.title);
  assert.deepEqual(await tabNames(still), UK_TABS(), 'the prerendered view');
  assert.equal(await still.locator('.sm-fallback').getAttribute('lang'), 'uk');
  assert.equal(await still.locator('.sm-static-note').textContent(), catalogueOf('uk')['view.static']);
  assert.ok(await still.locator('.sm-static-note').isVisible());
  assert.equal(await still.title(), `Stancemap — ${ukrainian.records.meta.title}`);
  await context.close();

  const { page, context: live } = await openWidget(browser, `${server.url}index.uk.html`);
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'uk');
  assert.equal(await page.locator('.sm-title').textContent(), ukrainian.records.meta.title);
  assert.deepEqual(await tabNames(page), UK_TABS());
  await live.close();
});

/** Every view, and states with more of it open. */
function states() {
  const cell = data.stances.find((s) => s.quote);
  return ['', 'issues/territory', 'actors/ukraine', `matrix?cell=${cell.actor}.${cell.issue}`, 'matrix?compare=ukraine.russia',
    `scenarios/${data.scenarios[0].id}/${data.scenarios[3].id}`, `deal?deal=${builtDeal(data)}`, `matrix?deal=${builtDeal(data)}`,
    `faq/${data.faq[0].id}`, 'sources', 'nonsense'];
}

test('no English interface text remains in the Ukrainian widget (quotes, citations and the data\'s own Latin names aside)', async () => {
  // Latin-script words the translators kept (publications, a spelling of a name…).
  const folder = path.join(ROOT, 'data/ukraine-peace-talks/uk');
  const translated = fs.readdirSync(folder).flatMap((f) => Object.values(JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')))
    .flatMap((fields) => Object.values(fields).flatMap((t) => t.text)));
  const kept = translated.join(' ');
  const allowed = new Set([...kept.matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]));
  // The brand, the switch's own name for English, file formats, and the reader's own bad link, echoed.
  for (const word of ['Stancemap', 'English', 'JSON', 'CSV', 'nonsense']) allowed.add(word);
  for (const fragment of states()) {
    const { page, context } = await openWidget(browser, `${server.url}index.uk.html`, fragment);
    if (fragment === 'sources') await page.locator('.sm-corrections-block button').click();
    const seen = await page.locator('.sm-root').evaluate((root) => {
      const texts = [];
      // Quotes and the corrections log keep the sources' language, and say so; citations name
      // documents; a removed record is named by its id.
      const skip = (el) => el.closest('[lang]:not(.sm-root), cite, code');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip(n.parentElement)) texts.push(n.textContent);
      for (const el of root.querySelectorAll('[aria-label], [title], textarea')) {
        if (skip(el)) continue;
        for (const a of ['aria-label', 'title']) if (el.hasAttribute(a)) texts.push(el.getAttribute(a));
      }
      return texts.join(' ');
    });
    // The embed snippets are code; leave them out.
    const words = [...seen.replaceAll(/<[^>]*>/g, ' ').matchAll(/[A-Za-z]{2,}/g)].map((m) => m[0]).filter((w) => !allowed.has(w));
    assert.deepEqual([...new Set(words)], [], `English left in #${fragment}`);
    await context.close();
  }
});

test('quotes stay verbatim, with the explainer\'s translation beside them', async () => {
  const s = ukrainian.records.stances.find((x) => x.quote && data.stances.filter((y) => y.actor === x.actor && y.issue === x.issue).length === 1);
  const { page, context } = await openWidget(browser, `${server.url}index.uk.html`, `matrix?cell=${s.actor}.${s.issue}`);
  const detail = page.locator('.sm-cell-detail');
  assert.equal((await detail.locator('blockquote[lang=en]').textContent()).trim(), s.quote.text);
  const translation = await detail.locator('.sm-translation').textContent();
  assert.ok(translation.startsWith(catalogue['quote.translation']) && translation.endsWith(s.quote.translation), translation);
  await context.close();
});

test('the Ukrainian FAQ search finds a term by its other words and cases (“перемир’я” finds the answers on припинення вогню), and a word in any of its forms', async () => {
  const { page, context } = await openWidget(browser, `${server.url}index.uk.html`, 'faq');
  const about = (re) => ukrainian.records.faq.filter((q) => re.test(`${q.question} ${q.answer}`)).map((q) => q.question);
  const ceasefire = about(/перемир|припинен\S* вогню/i);
  assert.ok(ceasefire.length > 1);
  for (const query of ['перемир’я', "перемир'я"]) {
    await page.fill('#sm1-faq-search', query);
    assert.deepEqual(await page.locator('.sm-faq-item h3').allTextContents(), ceasefire, query);
  }
  await page.fill('#sm1-faq-search', 'Донбасі');
  assert.deepEqual(await page.locator('.sm-faq-item h3').allTextContents(), about(/Донбас/i));
  // A word in the form a reader types finds the forms the answers use: its ending goes, four letters stay.
  for (const [query, stem] of [['Росія', 'росі'], ['гарантія', 'гаранті'], ['Зеленського', 'зеленськ']]) {
    const expected = about(new RegExp(`(^|[^\\p{L}])${stem}`, 'iu'));
    assert.ok(expected.length > 1, stem);
    await page.fill('#sm1-faq-search', query);
    assert.deepEqual(await page.locator('.sm-faq-item h3').allTextContents(), expected, query);
  }
  await context.close();
});

test('the language switch stays where the reader tapped it, however much the view grows or shrinks in the other language', async () => {
  // A phone on a view whose Ukrainian is much longer (a translation beside every quote).
  const { page, context } = await openWidget(browser, server.url, 'deal?deal=territory.cede-donbas', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const top = (name) => page.getByRole('button', { name }).evaluate((b) => b.getBoundingClientRect().top);
  for (const [name, lang] of [['Українська', 'uk'], ['English', 'en']]) {
    await page.getByRole('button', { name }).scrollIntoViewIfNeeded();
    const before = await top(name);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const tall = await height();
    await page.getByRole('button', { name }).tap();
    await page.locator(`.sm-root[lang=${lang}]`).waitFor();
    await page.waitForTimeout(100);
    assert.notEqual(await height(), tall, `${lang}: the page is another height`);
    assert.ok(Math.abs((await top(name)) - before) < 2, `${lang}: the button stays at ${before} px (now ${await top(name)})`);
  }
  await context.close();
});

test('the footer switch changes the language in place, keeps the view, and the address keeps the language', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // The page speaks the widget's language: its lang, and a title naming the explainer in Ukrainian.
  const speaks = () => page.evaluate(() => [document.documentElement.lang, document.title]);
  // The title follows the view after its paint (`use_page_title`): wait for it, then say what is wrong.
  const titled = (wanted) => page.waitForFunction((t) => document.title.includes(t), wanted, { timeout: 5000 }).catch(() => {});
  const inUkrainian = async (why) => {
    await titled(ukrainian.records.meta.title);
    const [lang, title] = await speaks();
    assert.equal(lang, 'uk', why);
    assert.ok(title.includes(ukrainian.records.meta.title), `${why}: “${title}”`);
  };
  const english = await speaks();
  await page.getByRole('button', { name: 'Українська' }).click();
  await page.locator('.sm-root[lang=uk]').waitFor();
  assert.equal(await page.locator('[role=tab][aria-selected=true]').textContent(), catalogue['tab.matrix']);
  assert.equal(await page.getByRole('button', { name: 'Українська' }).getAttribute('aria-pressed'), 'true');
  assert.match(page.url(), /\/index\.uk\.html#matrix$/, 'the page prerendered in Ukrainian');
  await inUkrainian('the switch');
  await page.reload();
  await widgetReady(page);
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'uk', 'a reload keeps it');
  await inUkrainian('a reload');
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.sm-root[lang=en]').waitFor();
  assert.equal(await page.locator('[role=tab][aria-selected=true]').textContent(), 'Who wants what');
  assert.match(page.url(), /\/index\.html#matrix$/);
  await titled(english[1]);
  assert.deepEqual(await speaks(), english, 'and the page speaks English again, as it did');
  await page.getByRole('button', { name: 'Українська' }).click();
  await page.locator('.sm-root[lang=uk]').waitFor();
  assert.equal(requests.filter((u) => u.endsWith('stancemap-uk.json')).length, 2, 'once per page load, not per switch');
  // Back and forward still work the switched widget: the view follows, and focus with the selection.
  await page.locator('[role=tab][aria-selected=true]').press('ArrowRight');
  await page.locator('[role=tab][aria-selected=true]', { hasText: catalogue['tab.scenarios'] }).waitFor();
  await page.waitForFunction(() => location.hash.startsWith('#scenarios'));
  await page.goBack();
  await page.locator('[role=tab][aria-selected=true]', { hasText: catalogue['tab.matrix'] }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-stancemap]').shadowRoot.activeElement?.getAttribute('aria-selected') === 'true');
  await context.close();
});

test('switched to English on the Ukrainian page, the address is the English page, so a reload or a shared link paints English from the first view', async () => {
  const { page, context } = await openWidget(browser, `${server.url}index.uk.html?b=1`, 'matrix');
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.sm-root[lang=en]').waitFor();
  await page.waitForFunction(() => location.pathname.endsWith('/index.html') && location.search === '?b=1' && location.hash === '#matrix');
  // Held back, the app cannot take over: what paints is the page's own.
  const { release } = await hold(context, '**/stancemap_bg.wasm');
  await page.reload();
  const first = page.locator('[data-prerendered] .sm-root');
  await first.waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await first.getByRole('tab', { name: 'Who wants what' }).count(), 1, 'the first view in English');
  release();
  await widgetReady(page);
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'en');
  // And back: the Ukrainian page again, not a parameter on the English one.
  await page.getByRole('button', { name: 'Українська' }).click();
  await page.locator('.sm-root[lang=uk]').waitFor();
  await page.waitForFunction(() => location.pathname.endsWith('/index.uk.html') && location.search === '?b=1');
  await context.close();
});

test('Back to an entry the page pushed before it was reloaded in the other language names the page in the language on screen', async () => {
  const { page, context } = await openWidget(browser, server.url, 'overview');
  await page.getByRole('tab', { name: 'FAQ' }).click();
  await page.waitForFunction(() => location.hash === '#faq');
  await page.getByRole('button', { name: 'Українська' }).click();
  await page.locator('.sm-root[lang=uk]').waitFor();
  await page.waitForFunction(() => location.pathname.endsWith('/index.uk.html') && location.hash === '#faq');
  await page.reload();
  await widgetReady(page);
  // The entry before is the reloaded page's own (pushed by it), so Back stays on this page: in Ukrainian.
  await page.goBack();
  await page.locator('[role=tab][aria-selected=true]', { hasText: catalogue['tab.overview'] }).waitFor();
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'uk');
  await page.waitForFunction(() => location.pathname.endsWith('/index.uk.html') && location.hash === '#overview', null, { timeout: 5000 });
  await context.close();
});

test('a search typed in one language is cleared by a switch to the other, and the answer the reader opened stays open', async () => {
  const item = data.faq.find((q) => /NATO/.test(q.question));
  const { page, context } = await openWidget(browser, `${server.url}index.uk.html`, 'faq');
  await page.locator('#sm1-faq-search').fill('НАТО');
  const button = page.locator(`#sm1-faq-${item.id}-button`);
  await button.click();
  await page.locator(`#sm1-faq-${item.id}-button[aria-expanded=true]`).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('.sm-root[lang=en]').waitFor();
  assert.equal(await page.locator('#sm1-faq-search').inputValue(), '');
  await page.locator(`#sm1-faq-${item.id}-button[aria-expanded=true]`).waitFor();
  assert.ok(await button.isVisible(), 'the answer the reader opened is still there');
  await page.waitForFunction((id) => location.hash === `#faq/${id}`, item.id);
  await context.close();
});

test('links, embed snippets and host events keep the language', async () => {
  const { page, context } = await openWidget(browser, `${server.url}embed.html?lang=uk`, `faq/${data.faq[0].id}`);
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'uk', '?lang= on the iframe page');
  const link = await page.locator('.sm-permalink').first().getAttribute('href');
  assert.match(link, /\/embed\.uk\.html#faq\//, 'to the page prerendered in Ukrainian');
  await page.locator('.sm-embed button').first().click();
  const [iframe, mount, shared] = await page.locator('.sm-snippet textarea').evaluateAll((t) => t.map((x) => x.value));
  assert.match(iframe, /embed\.uk\.html\?id=stancemap-faq#faq/, 'the iframe page prerendered in Ukrainian');
  assert.match(mount, /data-lang="uk"/);
  assert.match(shared, /\/index\.uk\.html#faq\//, 'the link to the view: the page prerendered in Ukrainian');
  const detail = page.evaluate(() => new Promise((resolve) => document.querySelector('[data-stancemap]').addEventListener('stancemap:view', (e) => resolve(e.detail))));
  await page.locator('[role=tab]').first().click();
  assert.equal((await detail).lang, 'uk');
  await context.close();
});

test('a language the widget does not speak, or an edition that cannot load, falls back to English and says so', async () => {
  const { page, context } = await openWidget(browser, `${server.url}?lang=tlh`);
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'en');
  assert.match(await page.locator('.sm-notice').textContent(), /language “tlh”/);
  await context.close();

  const broken = await browser.newContext();
  const tab = await broken.newPage();
  await tab.route('**/stancemap-uk.json', (route) => route.abort());
  await tab.goto(`${server.url}index.uk.html`);
  await widgetReady(tab);
  assert.equal(await tab.locator('.sm-root').getAttribute('lang'), 'en');
  assert.match(await tab.locator('.sm-notice').textContent(), /could not load this language/);
  // Said first in Ukrainian, for the reader who asked for it and may read no English.
  assert.equal(await tab.locator('.sm-notice p > [lang=uk]:first-child').textContent(), catalogue['notice.edition-unavailable-own']);
  // Once the file can be had, switching to Ukrainian works and the notice goes.
  await tab.unroute('**/stancemap-uk.json');
  await tab.getByRole('button', { name: 'Українська' }).click();
  await tab.locator('.sm-root[lang=uk]').waitFor();
  assert.equal(await tab.locator('.sm-notice').count(), 0);
  await broken.close();
});

test('while the Ukrainian edition loads, the reader who chose it is told so in Ukrainian, and the widget stays as it is until it arrives or fails', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues');
  const status = page.locator('.sm-switch-status');
  assert.equal(await status.getAttribute('role'), 'status', 'in the page before anything is said in it');
  assert.equal(await status.textContent(), '');
  const edition = await hold(context, '**/stancemap-uk.json');
  await page.getByRole('button', { name: 'Українська' }).click();
  await edition.requested;
  await page.locator('.sm-switch-status[lang=uk]').waitFor();
  assert.equal(await status.textContent(), catalogue['footer.language-loading']);
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'en', 'still English meanwhile');
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  edition.release();
  await page.locator('.sm-root[lang=uk]').waitFor();
  assert.deepEqual([await status.textContent(), await status.getAttribute('lang')], ['', null], 'gone once it has arrived');
  await context.close();

  // An edition that cannot load: the line says it is on its way until it fails, then goes, and the notice says why.
  const broken = await browser.newContext();
  const tab = await broken.newPage();
  let fail;
  const failing = new Promise((resolve) => { fail = resolve; });
  await tab.route('**/stancemap-uk.json', async (route) => { await failing; await route.abort(); });
  await tab.goto(server.url);
  await widgetReady(tab);
  await tab.getByRole('button', { name: 'Українська' }).click();
  await tab.locator('.sm-switch-status[lang=uk]').waitFor();
  fail();
  await tab.locator('.sm-notice').waitFor();
  assert.equal(await tab.locator('.sm-notice [lang=uk]').textContent(), catalogue['notice.edition-unavailable-own'], 'in Ukrainian too');
  assert.deepEqual([await tab.locator('.sm-switch-status').textContent(), await tab.locator('.sm-switch-status').getAttribute('lang')], ['', null]);
  await broken.close();
});

test('English chosen again while the Ukrainian edition is on its way: the line goes at once, and the Ukrainian, when it comes, changes nothing', async () => {
  const { page, context } = await openWidget(browser, server.url, 'faq');
  await page.fill('#sm1-faq-search', 'nato');
  const edition = await hold(context, '**/stancemap-uk.json');
  await page.getByRole('button', { name: 'Українська' }).click();
  await page.locator('.sm-switch-status[lang=uk]').waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-switch-status').textContent === '');
  const arrived = page.waitForResponse('**/stancemap-uk.json');
  edition.release();
  // Whole, and read: the body comes after the response's head, and the
  // widget parses it in tasks of its own, which an idle callback follows.
  await (await arrived).finished();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'en');
  assert.equal(await page.inputValue('#sm1-faq-search'), 'nato', 'the reader’s search is kept');
  assert.equal(await page.locator('.sm-switch-status').textContent(), '');
  // The edition that came is kept: chosen now, it is at hand, with nothing to wait for.
  const line = await page.evaluate(async () => {
    const root = document.querySelector('[data-stancemap]').shadowRoot;
    [...root.querySelectorAll('.sm-switch button')].find((b) => b.lang === 'uk').click();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    return root.querySelector('.sm-switch-status').textContent;
  });
  assert.equal(line, '');
  await page.locator('.sm-root[lang=uk]').waitFor();
  await context.close();
});

test('a tab chosen on the Ukrainian page while its edition is still on the way is the one the app opens', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { requested, release } = await hold(context, '**/stancemap-uk.json');
  await page.goto(`${server.url}index.uk.html#matrix`);
  const first = page.locator('[data-prerendered] .sm-root');
  await first.locator('.sm-waiting').waitFor();
  // The app has started and asked for the edition: only the file stands between it and the view.
  await requested;
  await first.getByRole('tab', { name: catalogue['tab.faq'] }).click();
  await page.waitForFunction(() => location.hash === '#faq');
  release();
  await widgetReady(page);
  await page.locator('.sm-root[lang=uk]').getByRole('tab', { name: catalogue['tab.faq'], selected: true }).waitFor();
  assert.equal(await page.locator('.sm-root').getByRole('tabpanel').getAttribute('id'), 'sm1-panel-faq');
  await context.close();
});

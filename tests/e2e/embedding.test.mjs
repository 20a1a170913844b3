// Stancemap inside a news article: an iframe and two direct mounts on one
// page, hostile host CSS, a strict CSP, forged messages and no JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, serveDist, launch, shippedData, shippedEdition, EXAMPLES, SCREENSHOTS, widgetReady, hash, hold, followToSources, catalogue, addressNames } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
let widget, article, sameOrigin, browser, data;

before(async () => {
  widget = await serveDist();
  // The article lives on another origin and loads the widget from its own host.
  article = await serve({ mounts: { '/': EXAMPLES }, widget: widget.url });
  // The same article served beside the widget, under a strict Content-Security-Policy.
  sameOrigin = await serve({ mounts: { '/': path.resolve(EXAMPLES, '../dist'), '/examples/': EXAMPLES }, widget: '/', headers: { 'content-security-policy': CSP } });
  browser = await launch();
  data = shippedData();
});
after(async () => { await browser?.close(); await Promise.all([widget, article, sameOrigin].map((s) => s?.close())); });

/** Opens the example article and waits for all three instances. */
async function openArticle(base = article.url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const violations = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation?.(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}${base === sameOrigin.url ? 'examples/' : ''}article.html`);
  const frame = page.frameLocator('iframe[data-stancemap-embed]');
  await page.locator('div[data-stancemap] .sm-root').nth(1).waitFor();
  await widgetReady(frame);
  return { context, page, frame, requests, violations };
}

const mounts = (page) => page.locator('div[data-stancemap]');
const iframeHeight = (page) => page.locator('iframe[data-stancemap-embed]').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame) => frame.locator('div[data-stancemap]').evaluate((el) => el.getBoundingClientRect().height);

test('on a phone the example article does not scroll sideways, whatever its widgets report to its event log', async () => {
  const { page, context } = await openArticle(article.url, { viewport: { width: 390, height: 844 } });
  await mounts(page).nth(0).getByRole('tab', { name: 'Sources' }).click();
  await page.locator('#event-log li').first().waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scroll');
  await context.close();
});

test('all three instances render their own view and work independently', async () => {
  const { page, frame, context } = await openArticle();
  assert.equal(await frame.locator('[role=tab][aria-selected=true]').textContent(), 'Who wants what');
  assert.equal(await mounts(page).nth(0).locator('[role=tab][aria-selected=true]').textContent(), 'Issues');
  assert.equal(await mounts(page).nth(0).locator('[aria-expanded=true]').first().textContent(), data.issues.find((i) => i.id === 'territory').title);
  assert.equal(await mounts(page).nth(1).locator('[role=tab][aria-selected=true]').textContent(), 'FAQ');
  assert.equal(await mounts(page).nth(1).locator('.sm-root').getAttribute('data-theme'), 'dark');

  await mounts(page).nth(0).getByRole('tab', { name: 'Sources' }).click();
  assert.equal(await mounts(page).nth(0).locator('[role=tab][aria-selected=true]').textContent(), 'Sources');
  assert.equal(await mounts(page).nth(1).locator('[role=tab][aria-selected=true]').textContent(), 'FAQ', 'the other instance is untouched');
  assert.equal(await hash(page), '', 'direct mounts leave the host page’s fragment alone');
  const ids = await mounts(page).evaluateAll((hosts) => hosts.map((h) => h.shadowRoot.querySelector('[role=tablist] [role=tab]').id));
  assert.notEqual(ids[0], ids[1], 'element ids are unique per instance');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'article-1280.png'), fullPage: true });
  await context.close();
});

test('a direct mount renders its panels ahead only once the reader reaches for it', async () => {
  const { page, context } = await openArticle();
  const panels = (n) => mounts(page).nth(n).locator('.sm-panel');
  const tabs = await mounts(page).nth(1).locator('[role=tab]').count();
  await page.waitForTimeout(1000);
  assert.deepEqual([await panels(0).count(), await panels(1).count()], [1, 1], 'left alone, neither renders anything ahead');
  await mounts(page).nth(1).locator('[role=tablist]').hover();
  await page.waitForFunction((n) => document.querySelectorAll('div[data-stancemap]')[1].shadowRoot.querySelectorAll('.sm-panel').length === n, tabs);
  assert.equal(await panels(0).count(), 1, 'the other mount still renders nothing ahead');
  await context.close();
});

test('rendering ahead lays out each panel not yet in the page once, unseen, and never one the reader opened', async () => {
  const { page, context } = await openArticle();
  const mount = mounts(page).nth(1);
  const tabs = await mount.locator('[role=tab]').count();
  const seen = [...(await mount.locator('.sm-panel').evaluateAll((panels) => panels.map((p) => p.id)))];
  // Every panel the widget marks to be laid out unseen, whether built with
  // the mark or given it later; and any the mark is still on when the
  // browser is about to draw a frame (then a reader could see or reach it).
  await mount.evaluate((host) => {
    window.laidOut = [];
    window.markedAtFrame = [];
    const note = (el) => el.matches?.('.sm-panel[data-laying-out]') && window.laidOut.push(el.id);
    new MutationObserver((records) => records.forEach((r) => (r.type === 'attributes' ? r.oldValue === null && r.target.matches('.sm-panel') && window.laidOut.push(r.target.id) : r.addedNodes.forEach(note))))
      .observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-laying-out'] });
    const watch = () => {
      host.shadowRoot.querySelectorAll('[data-laying-out]').forEach((el) => window.markedAtFrame.push(el.id));
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  // The last tab, which the warm-up, started by the pointer on its way to it, reaches last.
  await mount.locator('[role=tab]').last().click();
  seen.push(await mount.locator('.sm-panel:not([hidden])').getAttribute('id'));
  await page.waitForFunction((n) => {
    const root = document.querySelectorAll('div[data-stancemap]')[1].shadowRoot;
    return root.querySelectorAll('.sm-panel').length === n && !root.querySelector('[data-laying-out]');
  }, tabs);
  const laidOut = await page.evaluate(() => window.laidOut);
  const rest = (await mount.locator('.sm-panel').evaluateAll((panels) => panels.map((p) => p.id))).filter((id) => !seen.includes(id));
  assert.equal(seen.length, 2, 'the start view and the tab opened');
  assert.deepEqual([...laidOut].sort(), rest.sort(), 'the panels rendered ahead, each once; not the two the reader saw');
  assert.deepEqual(await page.evaluate(() => window.markedAtFrame), [], 'none is in a frame the browser draws while laid out unseen');
  await context.close();
});

test('the iframe grows and shrinks with its content, with no inner scrollbar', async () => {
  const { page, frame, context } = await openArticle();
  // The iframe is on another origin: compare its box with its content's, until they agree.
  const settle = () => settled(page, frame);
  const closed = await settle();
  await frame.locator('button.sm-cell:visible').first().click();
  const open = await settle();
  assert.ok(open > closed + 50, `opening a cell's detail grows the iframe (${closed} → ${open})`);
  await frame.getByRole('button', { name: 'Close' }).click();
  const again = await settle();
  assert.ok(Math.abs(again - closed) <= 3, `closing it shrinks the iframe back (${again} vs ${closed})`);
  const scroll = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
  assert.ok(scroll <= 1, `no inner scrollbar (${scroll}px hidden)`);
  assert.ok(Math.abs(await contentHeight(frame) - again) <= 3);
  await context.close();
});

/**
 * Serves an article of its own, `article.html`, holding `body` (a pasted
 * snippet), and `mounts` beside it; `close` removes it.
 */
async function servedArticle(body, mounts = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stancemap-pasted-'));
  fs.writeFileSync(path.join(folder, 'article.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><p>Text.</p>${body}<p>More text.</p></body></html>`);
  const server = await serve({ mounts: { '/': folder, ...mounts } });
  return { url: `${server.url}article.html`, site: server.url, close: async () => { await server.close(); fs.rmSync(folder, { recursive: true, force: true }); } };
}

/** Waits until the iframe's box and its content agree, and returns that height. */
async function settled(page, frame) {
  for (let i = 0; i < 50; i++) {
    const [outer, inner] = [await iframeHeight(page), await contentHeight(frame)];
    if (Math.abs(outer - Math.ceil(inner)) <= 2) return outer;
    await page.waitForTimeout(100);
  }
  assert.fail('the iframe never matched its content height');
}

test('served from a folder of its own, as a newsroom deploys it, the widget’s pages find every file they link, and its iframe shows all of its content with nothing scrolling inside', async (t) => {
  const article = await servedArticle('<iframe data-stancemap-embed="f" src="/stancemap/embed.html?id=f#matrix" title="Stancemap" width="100%" height="600"></iframe><script src="/stancemap/stancemap-embed.js" async></script>', { '/stancemap/': path.resolve(EXAMPLES, '../dist') });
  const context = await browser.newContext();
  t.after(async () => {
    await context.close();
    await article.close();
  });
  const page = await context.newPage();
  const missing = [];
  page.on('response', (r) => r.status() >= 400 && missing.push(r.url()));
  await page.goto(`${article.site}stancemap/`);
  await widgetReady(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).marginTop), '0px', 'the standalone page is styled by its own stylesheet');
  const fits = async (why, margin) => {
    await page.goto(article.url);
    const frame = page.frameLocator('iframe');
    await widgetReady(frame);
    assert.equal(await frame.locator('body').evaluate((b) => getComputedStyle(b).marginBottom), margin, `${why}: the page's margin`);
    let hidden, height;
    for (let i = 0; i < 50; i++) {
      hidden = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
      height = await page.locator('iframe').evaluate((f) => f.clientHeight);
      if (hidden <= 1 && height > 600) break;
      await page.waitForTimeout(100);
    }
    assert.ok(height > 600, `${why}: the iframe grew to its content (${height}px)`);
    assert.ok(hidden <= 1, `${why}: ${hidden}px of the iframe's content hidden behind an inner scrollbar`);
  };
  await fits('as built', '0px');
  assert.deepEqual(missing, [], 'every file the pages link is there');
  // Nor where the page's own stylesheet, which sets its margins, never comes.
  await page.route('**/page.css', (route) => route.fulfill({ status: 404 }));
  await fits('without the page’s stylesheet', '8px');
});

test('the iframe fits its prerendered view before the app arrives, which then takes over without moving the article; a view still loading keeps it as it is; where the app cannot start, it fits the static view', async () => {
  const plain = await servedArticle(`<iframe data-stancemap-embed="plain" src="${widget.url}embed.html?id=plain" title="Stancemap" width="100%" height="900" style="border: 0"></iframe><script src="${widget.url}stancemap-embed.js" async></script>`);
  const open = async (url, wasm) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const held = wasm === 'held' ? await hold(page, '**/stancemap_bg.wasm') : await page.route('**/stancemap_bg.wasm', (route) => route.abort());
    // The iframe's own request (an article's direct mounts ask too).
    const framed = page.waitForRequest((r) => r.url().endsWith('stancemap_bg.wasm') && r.frame() !== page.mainFrame());
    framed.catch(() => {});
    await page.goto(url);
    return { context, page, frame: page.frameLocator('iframe[data-stancemap-embed]'), framed, ...held };
  };
  try {
    // The overview, prerendered: the iframe fits it, and keeps that height as the app takes over.
    const first = await open(plain.url, 'held');
    await first.framed;
    const before = await settled(first.page, first.frame);
    assert.notEqual(before, 900, 'not the height the snippet starts with');
    assert.equal(await first.frame.locator('[data-prerendered]').count(), 1, 'the app has not arrived');
    first.release();
    await widgetReady(first.frame);
    const after = await settled(first.page, first.frame);
    assert.ok(Math.abs(after - before) <= 2, `the same height once the app took over (${before} → ${after})`);
    await first.context.close();
    // A link to another view (the article's #matrix): the prerendered overview waits for it, and is not what the iframe fits.
    const other = await open(`${article.url}article.html`, 'held');
    await other.page.locator('iframe[data-stancemap-embed]').scrollIntoViewIfNeeded();
    await other.framed;
    await other.frame.locator('.sm-root[data-waiting]').waitFor({ state: 'attached' });
    await other.page.waitForTimeout(500);
    assert.equal(await iframeHeight(other.page), 900, 'as the snippet left it');
    other.release();
    await widgetReady(other.frame);
    assert.notEqual(await settled(other.page, other.frame), 900, 'then the matrix’s height');
    await other.context.close();
    // No app: the static view, with its fallback, fits without an inner scrollbar.
    const failing = await open(plain.url, 'failing');
    await failing.frame.locator('[data-stancemap-failed]').waitFor({ state: 'attached' });
    await failing.frame.locator('.sm-fallback table').waitFor();
    assert.ok(await settled(failing.page, failing.frame) > before, 'the static view, with its fallback, is longer');
    const hidden = await failing.frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
    assert.ok(hidden <= 1, `${hidden}px hidden behind an inner scrollbar`);
    await failing.context.close();
  } finally {
    await plain.close();
  }
});

test('on an article that sizes boxes by their border, the iframe’s border does not hide the end of its content', async () => {
  const { page, frame, context } = await openArticle();
  await page.addStyleTag({ content: '*, *::before, *::after { box-sizing: border-box } iframe { border: 3px solid; padding: 2px }' });
  await frame.locator('button.sm-cell:visible').first().click();
  let hidden;
  for (let i = 0; i < 50; i++) {
    hidden = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
    if (hidden <= 1 && (await iframeHeight(page)) > 1000) break;
    await page.waitForTimeout(100);
  }
  assert.ok(hidden <= 1, `${hidden}px hidden behind an inner scrollbar`);
  await context.close();
});

test('the host page’s hostile CSS does not reach the widget, and the widget’s does not reach the host', async () => {
  const { page, context } = await openArticle();
  const style = (locator, props) => locator.evaluate((el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el)[p]])), props);
  const tab = mounts(page).nth(0).locator('[role=tab]').first();
  const tabStyle = await style(tab, ['backgroundColor', 'fontSize', 'fontFamily', 'borderTopStyle']);
  assert.notEqual(tabStyle.backgroundColor, 'rgb(255, 0, 0)');
  assert.notEqual(tabStyle.fontSize, '22px');
  assert.doesNotMatch(tabStyle.fontFamily, /Comic Sans/);
  assert.notEqual(tabStyle.borderTopStyle, 'dashed');
  const heading = await style(mounts(page).nth(0).locator('.sm-title'), ['color', 'textTransform']);
  assert.notEqual(heading.color, 'rgb(128, 0, 128)');
  assert.equal(heading.textTransform, 'none');
  const hostButton = await style(page.locator('.host-button'), ['backgroundColor', 'fontSize']);
  assert.deepEqual(hostButton, { backgroundColor: 'rgb(255, 0, 0)', fontSize: '22px' }, 'the host keeps its own look');
  const hostCell = await style(page.locator('.host-table td'), ['backgroundColor']);
  assert.equal(hostCell.backgroundColor, 'rgb(255, 192, 203)');
  const hostLink = await style(page.locator('main a[href="#top"]'), ['textDecorationLine']);
  assert.equal(hostLink.textDecorationLine, 'line-through');
  await context.close();
});

test('under a strict Content-Security-Policy the widget works with no violation', async () => {
  const { page, frame, context, violations } = await openArticle(sameOrigin.url);
  await mounts(page).nth(1).getByRole('tab', { name: 'Who wants what' }).click();
  await mounts(page).nth(1).locator('button.sm-cell:visible').first().click();
  await mounts(page).nth(1).locator('.sm-cell-detail').waitFor();
  await frame.getByRole('tab', { name: 'Scenarios' }).click();
  await mounts(page).nth(0).getByRole('button', { name: 'Embed this view' }).click();
  assert.deepEqual(violations, []);
  const index = await context.newPage();
  const response = await index.goto(sameOrigin.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await widgetReady(index);
  await context.close();
});

test('the built scripts never evaluate strings', async () => {
  for (const file of ['stancemap.js', 'stancemap-loader.js', 'stancemap-embed.js']) {
    const source = await (await fetch(new URL(file, widget.url))).text();
    assert.doesNotMatch(source, /\bnew Function\s*\(|\beval\s*\(|setTimeout\s*\(\s*['"`]/, file);
  }
});

test('every request goes to the article or the widget host; no cookies, no storage', async () => {
  const { page, context, requests } = await openArticle();
  await mounts(page).nth(1).locator('input[type=search]').fill('NATO');
  const origins = new Set(requests.map((u) => new URL(u).origin + '/'));
  assert.deepEqual([...origins].sort(), [article.url, widget.url].sort());
  assert.deepEqual(await context.cookies(), []);
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  const frameStorage = await page.frames()[1].evaluate(() => localStorage.length + sessionStorage.length);
  assert.equal(storage + frameStorage, 0);
  await context.close();
});

// Where the reader's eyes are: the part of `box` (a rectangle in the page's
// viewport) that is on screen, in pixels.
const onScreen = (page, box) => page.evaluate((b) => Math.max(0, Math.min(b.bottom, innerHeight) - Math.max(b.top, 0)), box);

test('a link inside the widget that opens another tab takes the reader and their focus there, in an iframe and in a direct mount', async () => {
  const { page, frame, context } = await openArticle();
  // The iframe: its footer's "Sources and data", far below the matrix, opens a much shorter panel, and the article scrolls up to it.
  const { panel, box: sources } = await followToSources(page, frame);
  assert.ok(await onScreen(page, sources) > 200, 'the sources are on screen');
  assert.equal(await panel.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus is on the sources, not left on a link far below');
  // A direct mount: an issue card's link to a scenario, from far down the card list.
  const mount = mounts(page).nth(0);
  const card = mount.locator('.sm-disclosure.sm-open');
  const link = card.locator('a.sm-link:not([data-source])').last();
  await link.scrollIntoViewIfNeeded();
  await link.press('Enter');
  await mount.getByRole('tab', { name: 'Scenarios', selected: true }).waitFor();
  const shown = mount.locator('[role=tabpanel]:not([hidden])');
  const box = await shown.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
  assert.ok(box.top > -1 && await onScreen(page, box) > 200, `the scenario is on screen, from its top (its panel at ${Math.round(box.top)} px)`);
  assert.equal(await shown.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus is on the scenario’s panel');
  // The overview's link to an issue, by keyboard: focus lands on that issue's card, open.
  await mount.getByRole('tab', { name: 'Overview' }).click();
  const issue = mount.locator('.sm-pillars a.sm-link').first();
  const title = await issue.textContent();
  await issue.press('Enter');
  const opened = mount.getByRole('button', { name: title, expanded: true });
  await opened.waitFor();
  assert.equal(await opened.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus is on the issue’s card');
  await context.close();
});

test('in an iframe, Back from a source followed far down a card brings the article to the citation, focused', async () => {
  const { page, frame, context } = await openArticle();
  await frame.getByRole('tab', { name: 'Issues' }).click();
  // The last card, far below the short Sources panel the citation opens.
  const heading = frame.locator('.sm-card .sm-disclosure-heading button').nth(data.issues.length - 1);
  await heading.scrollIntoViewIfNeeded();
  await heading.click();
  const citation = frame.locator('.sm-card.sm-open a[data-source]').first();
  await citation.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => scrollY);
  await citation.click();
  await frame.getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  await page.waitForFunction((before) => scrollY < before - 500, scrolled, { timeout: 5000 });
  await page.evaluate(() => history.back());
  await frame.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  await frame.locator('div[data-stancemap]').evaluate((host) => new Promise((resolve, reject) => {
    const at = Date.now();
    const check = () => host.shadowRoot.activeElement?.matches('.sm-card.sm-open a[data-source]') ? resolve() : Date.now() - at > 5000 ? reject(new Error(`focus on ${host.shadowRoot.activeElement?.outerHTML.slice(0, 80)}`)) : setTimeout(check, 50);
    check();
  }));
  const where = async () => {
    const frameTop = await page.locator('iframe[data-stancemap-embed]').evaluate((f) => f.getBoundingClientRect().top);
    const box = await citation.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    return { top: frameTop + box.top, bottom: frameTop + box.bottom, height: await page.evaluate(() => innerHeight) };
  };
  let box;
  for (let i = 0; i < 30; i++) {
    box = await where();
    if (box.top >= 0 && box.bottom <= box.height) break;
    await page.waitForTimeout(100);
  }
  assert.ok(box.top >= 0 && box.bottom <= box.height, `the citation is in the article's view (at ${Math.round(box.top)} px of ${box.height})`);
  await context.close();
});

test('in an iframe, Back from a tab the reader opened with the tab list leaves the article at the card, not at the footer’s link to that tab', async () => {
  const { page, frame, context } = await openArticle();
  await frame.getByRole('tab', { name: 'Issues' }).click();
  const heading = frame.locator('.sm-card .sm-disclosure-heading button').first();
  await heading.click();
  await frame.getByRole('tab', { name: 'Sources' }).click();
  // Focus inside the Sources panel, not on a link: nothing was followed there.
  const toggle = frame.locator('.sm-corrections-block > button');
  await toggle.click();
  await page.evaluate(() => history.back());
  await frame.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  const id = await heading.getAttribute('id');
  await frame.locator('div[data-stancemap]').evaluate((host, id) => new Promise((resolve, reject) => {
    const at = Date.now();
    const check = () => host.shadowRoot.activeElement?.id === id ? resolve() : Date.now() - at > 5000 ? reject(new Error(`focus on ${host.shadowRoot.activeElement?.outerHTML.slice(0, 80)}`)) : setTimeout(check, 50);
    check();
  }), id);
  await context.close();
});

test('in an iframe, Back that opens an answer above the one focus is on leaves focus and the article where they are', async () => {
  // On a direct mount focus would go to the answer Back opened, in view; the
  // iframe page, all of it "in view" to itself, cannot tell whether it is,
  // and moving there would scroll the article.
  const { page, frame, context } = await openArticle();
  await frame.getByRole('tab', { name: 'FAQ' }).click();
  const [a, b] = [data.faq[0].id, data.faq[3].id].map((id) => frame.locator(`#sm1-faq-${id}-button`));
  // Each step waits for the address it writes in the iframe: a step written is one entry.
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  await a.click();
  await addressNames(inner, `#faq/${data.faq[0].id}`);
  await a.click();
  await addressNames(inner, '#faq');
  await b.focus();
  const place = await page.evaluate(() => scrollY);
  await page.evaluate(() => history.back());
  await frame.locator(`#sm1-faq-${data.faq[0].id}-button[aria-expanded=true]`).waitFor();
  await page.waitForTimeout(500);
  assert.equal(await b.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus stays on the answer it was on');
  assert.equal(await page.evaluate(() => scrollY), place, 'the article did not scroll');
  await context.close();
});

test('in an iframe, the language switch the reader tapped is still in view once the view, much longer in Ukrainian, has grown above it', async () => {
  const pasted = await servedArticle(`<iframe data-stancemap-embed="deal" src="${widget.url}embed.html?id=deal#deal?deal=territory.cede-donbas" title="Stancemap" width="100%" height="900" style="border: 0"></iframe><script src="${widget.url}stancemap-embed.js" async></script>`);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.goto(pasted.url);
    const frame = page.frameLocator('iframe[data-stancemap-embed]');
    await widgetReady(frame);
    await settled(page, frame);
    const button = frame.getByRole('button', { name: 'Українська' });
    await button.scrollIntoViewIfNeeded();
    const tall = await iframeHeight(page);
    const where = async () => {
      const top = await page.locator('iframe[data-stancemap-embed]').evaluate((f) => f.getBoundingClientRect().top);
      const r = await button.evaluate((b) => { const r = b.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
      return { top: top + r.top, bottom: top + r.bottom };
    };
    await button.click();
    await frame.locator('.sm-root[lang=uk]').waitFor();
    await settled(page, frame);
    assert.ok(await iframeHeight(page) > tall + 200, 'the view grew');
    await page.waitForFunction(() => true);
    await page.waitForTimeout(300);
    const box = await where();
    assert.ok(box.top >= 0 && box.bottom <= 844, `the switch is in view (at ${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
  } finally {
    await context.close();
    await pasted.close();
  }
});

test('the host script ignores forged and malformed height messages', async () => {
  const { page, frame, context } = await openArticle();
  await page.waitForTimeout(300);
  const before = await iframeHeight(page);
  // From the host page itself (not the iframe's window), perfectly shaped:
  await page.evaluate(() => window.postMessage({ type: 'stancemap:height', id: 'gazette-matrix', height: 40 }, '*'));
  // From the iframe's window, but malformed or hostile:
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  await inner.evaluate(() => {
    const bad = [
      { type: 'stancemap:height', id: 'gazette-matrix', height: 'javascript:alert(1)' },
      { type: 'stancemap:height', id: 'gazette-matrix', height: 1e9 },
      { type: 'stancemap:height', id: 'gazette-matrix', height: -5 },
      { type: 'stancemap:height', id: 'someone-else', height: 41 },
      { type: 'navigate', url: 'javascript:alert(1)' },
      'stancemap:height 42',
      null,
    ];
    for (const message of bad) parent.postMessage(message, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await iframeHeight(page), before);
  assert.equal(page.url().startsWith(article.url), true, 'nothing navigated');
  // Nor does a forged or out-of-bounds request to scroll move the article.
  await page.evaluate(() => scrollTo(0, 0));
  await page.evaluate(() => window.postMessage({ type: 'stancemap:reveal', id: 'gazette-matrix', top: 2000 }, '*'));
  await inner.evaluate(() => {
    for (const top of [1e5, -1, 'x', Infinity]) parent.postMessage({ type: 'stancemap:reveal', id: 'gazette-matrix', top }, '*');
    parent.postMessage({ type: 'stancemap:reveal', id: 'someone-else', top: 2000 }, '*');
  });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => scrollY), 0, 'the article did not scroll');
  await widgetReady(frame);
  await context.close();
});

/**
 * The prerendered first view as a page shows it where no app takes it over:
 * the app's own first view (from a declarative shadow root, styled) with a
 * note saying the rest is below, without the controls only the app can work,
 * and below it, as plain HTML, what needs the app.
 */
async function assertStatic(page) {
  const w = page.locator('div[data-stancemap]').first();
  assert.equal(await w.locator('.sm-title').textContent(), data.meta.title);
  assert.ok(await w.locator('.sm-title').isVisible());
  assert.equal(await w.locator('.sm-static-note').textContent(), catalogue('en')['view.static']);
  assert.ok(await w.locator('.sm-static-note').isVisible());
  assert.equal(await w.locator('.sm-pillar').count(), 3);
  assert.ok(await w.locator('.sm-pillar').first().isVisible());
  for (const dead of ['[role=tablist]', '.sm-switch', '.sm-embed']) {
    assert.ok(await w.locator(dead).count() > 0, dead);
    assert.equal(await w.locator(dead).first().isVisible(), false, dead);
  }
  const fallback = w.locator('.sm-fallback');
  assert.ok(await fallback.isVisible(), 'the matrix, answers and sources as plain HTML');
  assert.equal(await fallback.locator('table tbody tr').count(), data.actors.length);
}

/** The first view `w`, as the app will show it: its tabs, no note, no fallback. */
async function assertWaiting(w, message) {
  assert.ok(await w.locator('[role=tablist]').isVisible(), message);
  assert.equal(await w.locator('.sm-static-note').isVisible(), false, message);
  assert.equal(await w.locator('.sm-fallback').isVisible(), false, message);
}

/** `w` taken over by the app: its tabs, and nothing of the static view left. */
async function assertTakenOver(w) {
  assert.ok(await w.locator('[role=tablist]').isVisible());
  assert.equal(await w.locator('.sm-static-note').count(), 0);
  assert.equal(await w.locator('.sm-fallback').isVisible(), false);
}

test('with JavaScript off, printed on A4, the plain version’s table keeps every column within the page, in either language', async () => {
  // (An A4 page's width inside its margins, about 718 CSS pixels; paper cannot scroll a table sideways.)
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 718, height: 1000 } });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
  for (const file of ['', 'index.uk.html']) {
    await page.goto(new URL(file, widget.url).href);
    // The last column's heading ends inside the page's text, and no cell's words spill out of it.
    const [last, room, spilt] = await page.locator('.sm-fallback table').evaluate((t) => {
      const page = t.closest('.sm-fallback');
      return [t.querySelector('thead th:last-child').getBoundingClientRect().right, page.getBoundingClientRect().right - parseFloat(getComputedStyle(page).paddingRight),
        [...t.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)];
    });
    assert.ok(last <= room + 1, `${file || 'index.html'}: the last column ends at ${Math.round(last)} px, past the page’s text at ${Math.round(room)}`);
    assert.deepEqual(spilt, [], `${file || 'index.html'}: cells whose words spill out`);
  }
  await context.close();
});

test('with JavaScript off the overview, the matrix, the deal options and the FAQ are still there to read', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const file of ['', 'embed.html']) {
    await page.goto(new URL(file, widget.url).href);
    await assertStatic(page);
    const fallback = page.locator('.sm-fallback');
    assert.equal(await fallback.locator('dl:not(.sm-questions) > dt').count(), data.faq.length);
    assert.deepEqual(await fallback.locator('.sm-questions dd').allTextContents(), data.issues.map((i) => i.proposition), 'the question each of the table’s columns asks');
    const text = await fallback.textContent();
    for (const o of data.options) assert.ok(text.includes(o.label), o.id);
    // Quotes in their own language (the browser adds the quotation marks).
    const quotes = await fallback.locator('q[lang=en]').allTextContents();
    for (const r of data.reactions) assert.ok(quotes.includes(r.quote.text), `${r.option}/${r.actor}`);
  }
  await context.close();
});

test('when the wasm cannot start (a CSP without wasm-unsafe-eval), readers get the first view and the static fallback, with a note and no dead tabs', async () => {
  const strict = await serve({ mounts: { '/': path.resolve(EXAMPLES, '../dist') }, headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" } });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.text().startsWith('Stancemap could not start')) errors.push(m.text()); });
  await page.goto(strict.url);
  await page.locator('[data-stancemap-failed]').waitFor({ state: 'attached' });
  await assertStatic(page);
  // Whoever set the policy is told what to allow (the browser's own words name 'unsafe-eval', which allows far more).
  assert.ok(errors.length === 1 && errors[0].includes("add 'wasm-unsafe-eval' to its script-src"), errors.join('\n'));
  errors.length = 0;
  // A widget the page inserts later is tried (and fails too), without the failed one being tried again each time.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div data-stancemap></div>'));
  await page.locator('[data-stancemap-failed]').nth(1).waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  assert.equal(errors.length, 1, errors.join('\n'));
  // An empty <div> has no static view of its own: in its place, in its language, it says the
  // explainer could not start, with a link to the widget's own page; never a blank box.
  // (The page turned right to left: the message still reads left to right.)
  await page.evaluate(() => { document.documentElement.dir = 'rtl'; document.body.insertAdjacentHTML('beforeend', '<div data-stancemap data-lang="uk"></div>'); });
  for (const [n, lang, page_] of [[1, 'en', ''], [2, 'uk', 'index.uk.html']]) {
    const message = page.locator('div[data-stancemap]').nth(n).locator('[data-stancemap-message]');
    await message.waitFor();
    const words = catalogue(lang);
    assert.equal(await message.textContent(), `${words['loader.failed']} ${words['loader.open']}`, lang);
    assert.equal(await message.getAttribute('lang'), lang);
    assert.equal(await message.evaluate((el) => getComputedStyle(el).direction), 'ltr', lang);
    assert.equal(await message.getByRole('link').getAttribute('href'), strict.url + page_);
    assert.ok((await message.boundingBox()).height > 0, `${lang}: the message is seen`);
  }
  await context.close();
  await strict.close();
});

test('an empty mount says, in its language, that the explainer is loading until the app is on screen, also while a dataset of its own comes: never a blank box', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wasm = await hold(context, '**/stancemap_bg.wasm');
  let send;
  const sent = new Promise((resolve) => { send = resolve; });
  await context.route('**/late-dataset.json', async (route) => { await sent; await route.fulfill({ contentType: 'application/json', body: JSON.stringify(data) }); });
  await page.goto(widget.url);
  await wasm.requested;
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div data-stancemap id="plain"></div><div data-stancemap id="uk" data-lang="uk"></div><div data-stancemap id="own-data" data-dataset-url="late-dataset.json"></div>'
    // In a Ukrainian passage of the English page, with no `data-lang`: the passage's language, as HTML reads it.
    + '<blockquote lang="uk-UA"><div><div data-stancemap id="passage"></div></div></blockquote>'));
  const line = (id) => page.locator(`#${id} [data-stancemap-message]`);
  /** Asserts that the mount `id` shows the line that it is loading, in `lang`. */
  const loading = async (id, lang) => {
    await line(id).waitFor();
    assert.equal(await line(id).textContent(), catalogue(lang)['loader.loading'], id);
    assert.equal(await line(id).getAttribute('lang'), lang, id);
    assert.ok((await page.locator(`#${id}`).boundingBox()).height > 0, `${id}: the box is not blank`);
  };
  for (const [id, lang] of [['plain', 'en'], ['uk', 'uk'], ['own-data', 'en'], ['passage', 'uk']]) await loading(id, lang);
  wasm.release();
  // The line leaves with the app's first render, in the language it said.
  for (const [id, lang] of [['plain', 'en'], ['uk', 'uk'], ['passage', 'uk']]) {
    await page.locator(`#${id}[data-stancemap-ready]`).waitFor({ state: 'attached' });
    assert.equal(await line(id).count(), 0, id);
    assert.equal(await page.locator(`#${id} .sm-root`).getAttribute('lang'), lang, id);
  }
  // Started, the mount whose dataset has not come still says so, through its shadow root.
  await page.waitForFunction(() => document.getElementById('own-data').shadowRoot);
  await loading('own-data', 'en');
  send();
  await page.locator('#own-data[data-stancemap-ready]').waitFor({ state: 'attached' });
  assert.equal(await line('own-data').count(), 0);
  assert.ok((await page.locator('#own-data').boundingBox()).height > 200, 'the app in its place');
  // One that crashes while it waits shows its error, not the line as well.
  await context.route('**/unsent-dataset.json', () => {});
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div data-stancemap id="crashing" data-dataset-url="unsent-dataset.json"></div>'));
  await page.waitForFunction(() => document.getElementById('crashing').shadowRoot);
  await loading('crashing', 'en');
  await page.evaluate(async (loaderUrl) => {
    const loader = await import(loaderUrl);
    try { loader.instanceOf(document.getElementById('crashing')).simulate_panic(); } catch { /* the trap surfaces here too */ }
  }, `${widget.url}stancemap-loader.js`);
  await page.locator('#crashing [role=alert]').waitFor();
  assert.equal(await line('crashing').isVisible(), false, 'the line that it was loading is gone');
  // One the page takes out and puts back, which starts afresh, says so again while its dataset comes.
  await context.route('**/late-dataset.json', () => {});
  await page.evaluate(() => { const m = document.getElementById('own-data'); m.remove(); setTimeout(() => document.body.append(m), 100); });
  await page.locator('#own-data:not([data-stancemap-ready])').waitFor({ state: 'attached' });
  await loading('own-data', 'en');
  await context.close();
});

test('a reader who reached a link of the first view before the app arrived is on the same link once it has taken over', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wasm = await hold(context, '**/stancemap_bg.wasm');
  await page.goto(widget.url);
  await wasm.requested;
  const link = page.locator('[data-prerendered] .sm-pillars a').nth(1);
  const [href, text] = [await link.getAttribute('href'), await link.textContent()];
  await link.focus();
  wasm.release();
  await widgetReady(page);
  await page.waitForFunction(([href, text]) => {
    const active = document.querySelector('[data-stancemap]').shadowRoot.activeElement;
    return active?.getAttribute('href')?.endsWith(href) && active.textContent === text && !active.closest('[data-prerendered]');
  }, [href, text], { timeout: 5000 });
  await context.close();
});

test('when the wasm’s download stops without failing, the first view turns static after a while, and the app takes over if it comes after all', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  const wasm = await hold(context, '**/stancemap_bg.wasm');
  await page.goto(widget.url);
  await wasm.requested;
  const w = page.locator('div[data-stancemap]').first();
  await page.clock.fastForward(5000);
  await assertWaiting(w, 'not while the download may still come');
  await page.clock.fastForward(6000);
  await w.locator('.sm-static-note').waitFor();
  await assertStatic(page);
  // A widget the page adds meanwhile waits for the same download: static at once.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div data-stancemap></div>'));
  await page.locator('div[data-stancemap]').nth(1).and(page.locator('[data-stancemap-failed]')).waitFor({ state: 'attached' });
  await page.locator('div[data-stancemap]').nth(1).locator('[data-stancemap-message]').waitFor();
  wasm.release();
  await widgetReady(page);
  await page.locator('div[data-stancemap][data-stancemap-ready]').nth(1).waitFor({ state: 'attached' });
  assert.equal(await page.locator('[data-stancemap-failed]').count(), 0, 'both taken over');
  assert.equal(await page.locator('[data-stancemap-message]').count(), 0, 'the message leaves with the failure');
  await assertTakenOver(w);
  await context.close();
});

test('a wasm that keeps coming, however slowly, is waited for; one that stops midway turns the first view static until the rest comes', async () => {
  const bytes = fs.readFileSync(path.resolve(EXAMPLES, '../dist/stancemap_bg.wasm'));
  let answered;
  const sending = new Promise((resolve) => { answered = resolve; });
  const slow = await serve({ mounts: { '/': path.resolve(EXAMPLES, '../dist') }, answer: { '/stancemap_bg.wasm': (res) => {
    res.writeHead(200, { 'content-type': 'application/wasm' });
    res.write(bytes.subarray(0, 1000));
    answered(res);
  } } });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(slow.url);
  const res = await sending;
  try {
    const w = page.locator('div[data-stancemap]');
    // Six seconds, a few more bytes, six seconds: twelve since the download began, six since its last bytes.
    await page.clock.fastForward(6000);
    res.write(bytes.subarray(1000, 2000));
    await page.waitForTimeout(500);
    await page.clock.fastForward(6000);
    await assertWaiting(w, 'still coming: still waited for');
    await page.clock.fastForward(5000);
    await w.locator('.sm-static-note').waitFor();
    await assertStatic(page);
    res.end(bytes.subarray(2000));
    await widgetReady(page);
    await assertTakenOver(w);
  } finally {
    res.end();
    await context.close();
    await slow.close();
  }
});

/** Each widget of `page`: its id (or 'page'), whether a loader marked it, and how many of the stylesheet's timers to turn it static run. */
const staticTimers = (page) => page.evaluate(() => [...document.querySelectorAll('[data-stancemap]')].map((host) => [host.id || 'page',
  host.hasAttribute('data-stancemap-loader'), (host.shadowRoot?.getAnimations() ?? []).filter((a) => a.animationName?.startsWith('sm-static')).length]));

/** Runs the page's animations (the stylesheet's timers among them) `rate` times as fast. */
async function hurryAnimations(context, page, rate) {
  const session = await context.newCDPSession(page);
  await session.send('Animation.enable');
  await session.send('Animation.setPlaybackRate', { playbackRate: rate });
}

/** The widget's page in `context` with its loader blocked: at first, the view as the app will show it. */
async function withoutLoader(context) {
  const page = await context.newPage();
  await page.route('**/stancemap-loader.js', (route) => route.abort());
  await page.goto(widget.url);
  const w = page.locator('div[data-stancemap]');
  await w.locator('.sm-title').waitFor();
  await assertWaiting(w, 'at first, the view as the app will show it');
  return { page, w };
}

test('when the loader never runs (a blocked script), the first view turns static after a while, and a loader that comes late takes it over', async () => {
  const context = await browser.newContext();
  const { page, w } = await withoutLoader(context);
  const [[, marked, timers]] = await staticTimers(page);
  assert.ok(!marked && timers > 0, 'no loader: the stylesheet’s timers run');
  // The rest of the stylesheet's 15 s, twenty times as fast.
  await hurryAnimations(context, page, 20);
  await w.locator('.sm-static-note').waitFor({ timeout: 10000 });
  await assertStatic(page);
  // The script arrives after all (a reader allows it): the app takes over as ever.
  await page.evaluate((src) => import(src), `${widget.url}stancemap-loader.js?late`);
  await widgetReady(page);
  await assertTakenOver(w);
  await context.close();
});

test('in an engine that does not know the scripting media feature (Safari 16.4–16.7, Chrome 111–119), a first view no loader comes for still turns static', async () => {
  const context = await browser.newContext();
  // An unknown feature stands for it there: neither (scripting: enabled) nor (scripting: none) holds.
  let rewritten = 0;
  await context.route('**/stancemap.css', async (route) => {
    const response = await route.fetch();
    rewritten += 1;
    await route.fulfill({ response, body: (await response.text()).replaceAll('(scripting:', '(scripting-level:') });
  });
  const { page, w } = await withoutLoader(context);
  await hurryAnimations(context, page, 20);
  await w.locator('.sm-static-note').waitFor({ timeout: 10000 });
  await assertStatic(page);
  assert.ok(rewritten > 0, 'the stylesheet read as such an engine reads it');
  await context.close();
});

test('a loader that throws in the reader’s browser (an API it uses missing) turns the widget static at once and says why, rather than leave tabs that do nothing: on its own page, and on the iframe page, whose article then fits the iframe to it', async () => {
  // (The iframe page in an article's iframe, sized by the host script from the height the loader reports.)
  const article = `${widget.url}framed.html`;
  const framing = '<!doctype html><title>Article</title><script src="stancemap-embed.js" async></script><iframe data-stancemap-embed="a" src="embed.html?id=a" title="Stancemap" width="600" height="150"></iframe>';
  for (const [address, missing, framed] of [[widget.url, 'URLSearchParams', false], [article, 'ResizeObserver', true]]) {
    const context = await browser.newContext();
    await context.route(article, (route) => route.fulfill({ contentType: 'text/html', body: framing }));
    // (Missing in the widget's page only: the article's host script is not what is tested.)
    await context.addInitScript(([name, framed]) => {
      if (!framed || window.parent !== window) window[name] = function () { throw new TypeError(`${name} is not a constructor`); };
    }, [missing, framed]);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error' && m.text().startsWith('Stancemap could not start')) errors.push(m.text()); });
    await page.goto(address);
    const scope = framed ? page.frameLocator('iframe') : page;
    await scope.locator('div[data-stancemap][data-stancemap-failed]').waitFor({ state: 'attached', timeout: 5000 });
    await assertStatic(scope);
    assert.equal(errors.length, 1, `${missing}: ${errors.join('\n')}`);
    if (framed) {
      const content = await scope.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().bottom));
      await page.waitForFunction((height) => Math.abs(document.querySelector('iframe').clientHeight - height) <= 3, content, { timeout: 5000 })
        .catch(async () => assert.fail(`the iframe stayed ${await iframeHeight(page)} px for ${content} px of static version`));
    }
    await context.close();
  }
});

test('a loader that throws as it takes up or starts a widget the page inserts later fails that widget alone, which shows its plain version or says why in its place; the widget already running goes on', async () => {
  // What the loader needs for the later widget, missing from then on (an older engine lacked it): to
  // give a snippet inserted as HTML text its first view (`take`), or to start a widget (`start`).
  const cases = [
    ['Element.prototype.attachShadow', true, async (page) => {
      const snippet = await page.evaluate(() => fetch('stancemap-snippet.html').then((r) => r.text()));
      await page.evaluate((html) => {
        Element.prototype.attachShadow = () => { throw new TypeError('attachShadow is not a function'); };
        document.body.insertAdjacentHTML('beforeend', html.replace('<div data-stancemap', '<div id="late" data-stancemap'));
      }, snippet);
    }],
    ['Promise.allSettled', false, async (page) => page.evaluate(() => {
      Promise.allSettled = () => { throw new TypeError('Promise.allSettled is not a function'); };
      document.body.insertAdjacentHTML('beforeend', '<div data-stancemap id="late"></div>');
    })],
  ];
  for (const [missing, snippet, insert] of cases) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error' && m.text().startsWith('Stancemap could not start')) errors.push(m.text()); });
      await page.goto(widget.url);
      await widgetReady(page);
      await insert(page);
      const late = page.locator('#late');
      await late.and(page.locator('[data-stancemap-failed]')).waitFor({ state: 'attached', timeout: 5000 });
      // In its place, the snippet's plain version (its first view is what could not be given), or,
      // for an empty <div>, the words that the explainer could not start: never a blank box, nor
      // the loading line for good.
      if (snippet) {
        const fallback = late.locator('.sm-fallback');
        assert.ok(await fallback.isVisible(), missing);
        assert.equal(await fallback.locator('table tbody tr').count(), data.actors.length, missing);
      } else {
        const words = catalogue('en');
        const message = late.locator('[data-stancemap-message]');
        assert.equal(await message.textContent(), `${words['loader.failed']} ${words['loader.open']}`, missing);
        assert.ok(await message.isVisible(), missing);
      }
      assert.equal(errors.length, 1, `${missing}: ${errors.join('\n')}`);
      const running = page.locator('div[data-stancemap]').first();
      assert.equal(await running.getAttribute('data-stancemap-failed'), null, `${missing}: the running widget is not marked failed`);
      const faq = running.locator('[role=tab]').nth(6);
      await faq.click();
      await faq.and(page.locator('[aria-selected=true]')).waitFor({ timeout: 5000 });
    } finally {
      await context.close();
    }
  }
});

test('a first view whose loader runs, and a widget inserted while it starts, never wait to turn static, however slow the app', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { requested, release } = await hold(page, '**/stancemap_bg.wasm');
  // Inserted after the loader's first look at the page, while it waits for the first view to paint.
  await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.body.insertAdjacentHTML('beforeend', '<div data-stancemap id="late"></div>')));
  await page.goto(widget.url);
  await requested;
  await page.locator('#late[data-stancemap-mounted]').waitFor({ state: 'attached' });
  assert.deepEqual(await staticTimers(page), [['page', true, 0], ['late', true, 0]], 'each marked, no timer running');
  const w = page.locator('div[data-stancemap]').first();
  assert.equal(await w.locator('[data-prerendered]').count(), 1, 'still the prerendered view');
  assert.ok(await w.locator('[role=tablist]').isVisible());
  assert.equal(await w.locator('.sm-fallback').isVisible(), false);
  release();
  await widgetReady(page);
  await page.locator('#late[data-stancemap-ready]').waitFor({ state: 'attached' });
  assert.deepEqual(await staticTimers(page), [['page', true, 0], ['late', true, 0]]);
  await context.close();
});

for (const lang of ['en', 'uk']) test(`the first view is painted from HTML before the wasm arrives, and the app takes over without a layout shift, in ${lang}`, async () => {
  const ukrainian = shippedEdition('uk');
  const [file, meta] = lang === 'en' ? ['', data.meta] : ['index.uk.html', ukrainian.records.meta];
  const context = await browser.newContext();
  const page = await context.newPage();
  const { release } = await hold(page, '**/stancemap_bg.wasm');
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(widget.url + file);
  const title = page.locator('.sm-title');
  await title.waitFor();
  assert.equal(await title.textContent(), meta.title, 'the title is on screen while the wasm is still held back');
  assert.equal(await page.locator('[data-prerendered]').count(), 1);
  const before = await page.locator('.sm-root').first().evaluate((el) => el.getBoundingClientRect().toJSON());
  release();
  await page.locator('[data-prerendered]').waitFor({ state: 'detached' });
  const after = await page.locator('.sm-root').evaluate((el) => el.getBoundingClientRect().toJSON());
  assert.deepEqual(after, before, 'the app stands exactly where the prerendered view stood');
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift at all');
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), lang);
  // The app answers: the FAQ tab opens.
  const faq = page.locator('[role=tab]').nth(6);
  await faq.click();
  await faq.and(page.locator('[aria-selected=true]')).waitFor();
  await context.close();
});

test('the reader’s actions reach the host page as events', async () => {
  const { page, context } = await openArticle();
  const faq = mounts(page).nth(1);
  await faq.locator(`button[aria-controls$="faq-${data.faq[0].id}-region"]`).click();
  await faq.locator('input[type=search]').fill('Russia');
  await faq.getByRole('tab', { name: 'Actors' }).click();
  await faq.getByRole('tab', { name: 'Build a deal' }).click();
  const option = data.options[0];
  await faq.locator(`input[id$="choice-${option.issue}--${option.id}"]`).check();
  const log = await page.locator('#event-log li').allTextContents();
  assert.ok(log.some((l) => l.startsWith('stancemap:deal') && l.includes(`"choices":[{"issue":"${option.issue}","option":"${option.id}"}]`)), log.join('\n'));
  assert.ok(log.some((l) => l.startsWith('stancemap:open') && l.includes(`"id":"${data.faq[0].id}"`)), log.join('\n'));
  assert.ok(log.some((l) => l.startsWith('stancemap:search') && l.includes('"query":"Russia"')));
  assert.ok(log.some((l) => l.startsWith('stancemap:view') && l.includes('"tab":"actors"')));
  // The reader's theme is told, so a site's own switch can follow; the widget following the site's data-theme is not.
  const themes = () => page.locator('#event-log li').filter({ hasText: 'stancemap:theme' }).allTextContents();
  assert.deepEqual(await themes(), []);
  await faq.getByRole('button', { name: 'Dark', exact: true }).click();
  assert.deepEqual(await themes(), [], 'dark already: nothing changed');
  await faq.getByRole('button', { name: 'Light', exact: true }).click();
  await faq.locator('.sm-root[data-theme=light]').waitFor({ state: 'attached' });
  assert.deepEqual(await themes(), ['stancemap:theme {"type":"theme","theme":"light","lang":"en"}']);
  await faq.evaluate((div) => div.setAttribute('data-theme', 'auto'));
  await faq.locator('.sm-root[data-theme=auto]').waitFor({ state: 'attached' });
  assert.equal((await themes()).length, 1, 'the site set it: no event back');
  await context.close();
});

test('"Embed this view" offers snippets for exactly the view on screen', async () => {
  const { page, context } = await openArticle();
  const m = mounts(page).nth(0);
  await m.getByRole('tab', { name: 'Who wants what' }).click();
  await m.locator('select[id$="filter-group"]').selectOption('mediator');
  await m.getByRole('button', { name: 'Embed this view' }).click();
  const [iframe, mount, link] = await m.locator('.sm-snippet textarea').evaluateAll((els) => els.map((e) => e.value));
  assert.match(iframe, new RegExp(`src="${widget.url}embed\\.html\\?id=stancemap-matrix#matrix\\?group=mediator"`));
  assert.match(iframe, /title="[^"]+"/);
  assert.match(mount, /data-view="matrix\?group=mediator"/);
  assert.match(mount, new RegExp(`src="${widget.url}stancemap-loader\\.js"`));
  // The link, which neither the article's address bar nor an iframe's shows, opens that view on the widget's own page.
  assert.equal(link, `${widget.url}#matrix?group=mediator`);
  const shared = await context.newPage();
  await shared.goto(link);
  await widgetReady(shared);
  await shared.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  assert.equal(await shared.locator('select[id$="filter-group"]').inputValue(), 'mediator');
  await context.close();
  // Pasted into an article: without JavaScript the reader has a link to that view; with it, the view itself.
  const pasted = await servedArticle(mount);
  try {
    for (const javaScriptEnabled of [false, true]) {
      const tab = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await tab.goto(pasted.url);
      const link = tab.getByRole('link', { name: data.meta.title });
      if (javaScriptEnabled) {
        await widgetReady(tab);
        await tab.locator('div[data-stancemap]').getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
        assert.equal(await link.isVisible(), false, 'the app replaces the link');
      } else {
        assert.equal(await link.getAttribute('href'), `${widget.url}#matrix?group=mediator`);
        assert.ok(await link.isVisible());
      }
      await tab.context().close();
    }
  } finally {
    await pasted.close();
  }
});

test('the direct mount "Embed this view" gives starts on an article whose own deferred scripts are slow: its loader waits for none of them', async () => {
  const { page, context } = await openArticle();
  await mounts(page).nth(0).getByRole('button', { name: 'Embed this view' }).click();
  const mount = await mounts(page).nth(0).locator('.sm-snippet textarea').nth(1).inputValue();
  await context.close();
  // A tag manager's deferred script before it, still on its way while the reader reads.
  const pasted = await servedArticle(`<script defer src="/slow-tag.js"></script>${mount}`);
  const reader = await browser.newContext();
  const tag = await hold(reader, '**/slow-tag.js');
  try {
    const tab = await reader.newPage();
    await tab.goto(pasted.url, { waitUntil: 'commit' });
    await tag.requested;
    await widgetReady(tab);
    await tab.locator('div[data-stancemap]').getByRole('tab', { name: 'Issues' }).click();
    await tab.locator('div[data-stancemap]').getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  } finally {
    tag.release();
    await reader.close();
    await pasted.close();
  }
});

test('"Embed this view" copies a snippet, or, in an iframe its host does not let write to the clipboard, selects it for the reader', async () => {
  const { page, frame, context } = await openArticle(article.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const m = mounts(page).nth(0);
  await m.getByRole('button', { name: 'Embed this view' }).click();
  const blocks = m.locator('.sm-snippet');
  await blocks.nth(1).getByRole('button', { name: 'Copy' }).click();
  await blocks.nth(1).getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await blocks.nth(1).locator('textarea').inputValue());
  assert.equal(await blocks.nth(0).getByRole('status').textContent(), '', 'the other snippet was not copied');
  // Another view is other code, not yet copied.
  await m.getByRole('tab', { name: 'FAQ' }).click();
  await page.waitForFunction(() => document.querySelector('div[data-stancemap]').shadowRoot.querySelectorAll('.sm-snippet [role=status]')[1].textContent === '');
  // The article's iframe has no allow="clipboard-write": the code is selected, and the reader told how to copy it.
  await frame.getByRole('button', { name: 'Embed this view' }).click();
  await frame.locator('.sm-snippet').nth(0).getByRole('button', { name: 'Copy' }).click();
  await frame.locator('.sm-snippet').nth(0).getByRole('status').filter({ hasText: catalogue('en')['embed.copy-by-hand'] }).waitFor();
  const selected = await frame.locator('.sm-snippet textarea').nth(0).evaluate((t) => t.getRootNode().activeElement === t && t.selectionStart === 0 && t.selectionEnd === t.value.length && t.value.length > 0);
  assert.ok(selected, 'the whole snippet is selected, focus on it');
  await context.close();
  // A page served without https has no clipboard at all: the same.
  const bare = await browser.newContext();
  await bare.addInitScript(() => delete Navigator.prototype.clipboard);
  const tab = await bare.newPage();
  await tab.goto(widget.url);
  await widgetReady(tab);
  await tab.getByRole('button', { name: 'Embed this view' }).click();
  await tab.locator('.sm-snippet').nth(1).getByRole('button', { name: 'Copy' }).click();
  await tab.locator('.sm-snippet').nth(1).getByRole('status').filter({ hasText: catalogue('en')['embed.copy-by-hand'] }).waitFor();
  assert.equal(await tab.locator('.sm-snippet textarea').nth(1).evaluate((t) => t.getRootNode().activeElement === t && t.selectionEnd === t.value.length), true);
  await bare.close();
});

test('an iframe pasted from "Embed this view" lets the widget inside it copy its code', async () => {
  const { page, context } = await openArticle();
  await mounts(page).nth(0).getByRole('button', { name: 'Embed this view' }).click();
  const iframe = await mounts(page).nth(0).locator('.sm-snippet textarea').nth(0).inputValue();
  await context.close();
  // Pasted into an article on another origin than the widget's.
  const pasted = await servedArticle(iframe);
  const reader = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const tab = await reader.newPage();
    await tab.goto(pasted.url);
    const frame = tab.frameLocator('iframe[data-stancemap-embed]');
    await widgetReady(frame);
    // It sits in the article's column as the widget's own page would, without the browser's inset frame around it.
    assert.deepEqual(await tab.locator('iframe[data-stancemap-embed]').evaluate((f) => [getComputedStyle(f).borderTopWidth, getComputedStyle(f).borderLeftWidth]), ['0px', '0px']);
    await frame.getByRole('button', { name: 'Embed this view' }).click();
    const block = frame.locator('.sm-snippet').nth(1);
    await block.getByRole('button', { name: 'Copy' }).click();
    await block.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), await block.locator('textarea').inputValue());
  } finally {
    await reader.close();
    await pasted.close();
  }
});

test('links out of a direct mount go to the widget’s own page, never the host’s fragment', async () => {
  const { page, context } = await openArticle();
  const faq = mounts(page).nth(1);
  await faq.locator(`button[aria-controls$="faq-${data.faq[0].id}-region"]`).click();
  assert.equal(await faq.locator(`[id$="faq-${data.faq[0].id}-region"] a.sm-permalink`).getAttribute('href'), `${widget.url}#faq/${data.faq[0].id}`);
  await faq.getByRole('tab', { name: 'Sources' }).click();
  const hrefs = await faq.locator('.sm-sources a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, [`${widget.url}stancemap-data.json`, `${widget.url}stancemap-stances.csv`]);
  await context.close();
});

test('a crash shows a readable message in that widget only; the others keep working', async () => {
  const { page, frame, context } = await openArticle();
  await page.evaluate(async (loaderUrl) => {
    const loader = await import(loaderUrl);
    const first = document.querySelectorAll('div[data-stancemap]')[0];
    try { loader.instanceOf(first).simulate_panic(); } catch { /* the trap surfaces here too */ }
  }, `${widget.url}stancemap-loader.js`);
  const alert = mounts(page).nth(0).locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /stopped because of an error/);
  assert.equal(await mounts(page).nth(0).locator('[role=tab]').count(), 0, 'no half-dead widget is left behind');
  const other = mounts(page).nth(1);
  await other.getByRole('tab', { name: 'Scenarios' }).click();
  await other.getByRole('tab', { name: 'Scenarios', selected: true }).waitFor();
  await frame.getByRole('tab', { name: 'Actors' }).click();
  await frame.getByRole('tab', { name: 'Actors', selected: true }).waitFor();
  await context.close();
});

// The built widget mounts in Chromium, says what it is, and asks nothing of anyone else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, serveDist, launch, openWidget, catalogue } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page mounts the widget with its name and a description of what it covers', async () => {
  const { page, context } = await openWidget(browser, server.url);
  assert.equal(await page.locator('.sm-brand').textContent(), 'Stancemap');
  assert.match(await page.locator('h1').textContent(), /Ukraine peace talks/);
  assert.match(await page.locator('.sm-description').textContent(), /territory.*security guarantees/s);
  assert.deepEqual(await page.locator('[role=tab]').allTextContents(),
    ['Overview', 'Issues', 'Actors', 'Who wants what', 'Scenarios', 'Build a deal', 'FAQ', 'Sources']);
  await context.close();
});

test('the document has a language, a title, a meta description and a favicon', async () => {
  const { page, context } = await openWidget(browser, server.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.title(), /Stancemap/);
  assert.ok((await page.getAttribute('meta[name=description]', 'content')).length > 50);
  const icon = await page.getAttribute('link[rel=icon]', 'href');
  const response = await page.request.get(new URL(icon, server.url).href);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'image/png');
  await context.close();
});

test('on its own page the title names the tab on screen, in the widget\'s language, and follows Back; an article keeps its own', async () => {
  const { page, context } = await openWidget(browser, server.url);
  const first = await page.title();
  assert.match(first, /^Stancemap — /, 'the first view: the explainer\'s own title');
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.waitForFunction((first) => document.title === `Issues — ${first}`, first);
  await page.waitForFunction(() => location.hash === '#issues');
  // Each entry of the history keeps its own view's title: the one left is not renamed.
  const session = await context.newCDPSession(page);
  const { entries, currentIndex } = await session.send('Page.getNavigationHistory');
  assert.deepEqual(entries.slice(currentIndex - 1, currentIndex + 1).map((e) => e.title), [first, `Issues — ${first}`]);
  await page.goBack();
  await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await page.waitForFunction((first) => document.title === first, first);
  // A link to a view titles the page as that tab, in the page's language.
  await page.goto(`${server.url}index.uk.html#faq`);
  await page.locator('[data-stancemap-ready]').waitFor({ state: 'attached' });
  await page.waitForFunction((faq) => document.title.startsWith(`${faq} — `), catalogue('uk')['tab.faq']);
  assert.notEqual(await page.title(), first);
  // An article's title is its host's: the widget leaves it alone.
  const article = await serve({ answer: { '/article.html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(
    `<!doctype html><html lang="en"><head><title>An article</title></head><body><div data-stancemap data-fragment="own"></div><script type="module" src="${server.url}stancemap-loader.js"></script></body></html>`) } });
  await page.goto(`${article.url}article.html`);
  await page.locator('[data-stancemap-ready]').waitFor({ state: 'attached' });
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.waitForFunction(() => location.hash === '#issues');
  assert.equal(await page.title(), 'An article');
  await context.close();
  await article.close();
});

test('loading and using every tab logs no console error, no failed or foreign request', async () => {
  const { page, problems, context } = await openWidget(browser, server.url);
  for (const tab of await page.locator('[role=tab]').all()) {
    await tab.click();
    // Each tab shows its own panel; panels opened before stay, hidden.
    await page.locator(`#${await tab.getAttribute('aria-controls')}`).waitFor();
  }
  assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
  const cookies = await context.cookies();
  assert.equal(cookies.length, 0);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});

test('a server that does not say the wasm is exactly wasm (an upload, a static host without the type, a charset added to every file) still gets a working widget', async (t) => {
  const wasm = path.resolve(import.meta.dirname, '../../dist/stancemap_bg.wasm');
  for (const type of ['application/octet-stream', 'application/wasm; charset=utf-8']) {
    const server = await serve({ answer: { '/stancemap_bg.wasm': (res) => { res.writeHead(200, { 'content-type': type }); fs.createReadStream(wasm).pipe(res); } } });
    let context;
    t.after(async () => {
      await context?.close();
      await server.close();
    });
    const opened = await openWidget(browser, server.url);
    context = opened.context;
    assert.deepEqual(opened.problems.consoleErrors, [], type);
  }
});

test('the data files for "get the data" are served beside the app', async () => {
  const json = await (await fetch(new URL('stancemap-data.json', server.url))).json();
  assert.ok(json.stances.length > 0 && json.sources.length === 5);
  const csv = await (await fetch(new URL('stancemap-stances.csv', server.url))).text();
  const rows = csv.trim().split('\n');
  const stated = new Set(json.stances.map((s) => `${s.actor} ${s.issue}`));
  const silent = json.actors.length * json.issues.length - stated.size;
  assert.equal(rows.length, 1 + json.stances.length + silent, 'a row per stance, and one per cell with no stated position');
  assert.match(rows[0], /source_headline/);
});

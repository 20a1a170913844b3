// Stancemap on article pages that do ordinary unfriendly things: a host script
// that runs late, lazy iframes, two iframes of one widget, a root font size of
// their own, a <base href> elsewhere, many widgets on one page, a column of a
// flex or grid layout, a right-to-left page, a contrast theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, serveDist, launch, shippedData, shippedEdition, catalogue, SCREENSHOTS, widgetReady, hash, hold, followToSources } from './harness.mjs';

let widget, host, browser, data, pages;

/** A host page; the widget is served from another origin. */
const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>${head}</head>
<body><main><h1>An article</h1><p>Text before the widget.</p>${body}<p>Text after the widget.</p></main></body></html>`;
const iframe = (id, view, height = 150, extra = '') =>
  `<iframe data-stancemap-embed="${id}" src="${widget.url}embed.html?id=${id}#${view}" title="Stancemap" width="100%" height="${height}" ${extra}></iframe>`;
const hostScript = () => `<script src="${widget.url}stancemap-embed.js" async></script>`;
const loader = () => `<script type="module" src="${widget.url}stancemap-loader.js"></script>`;
const mount = (attrs = '') => `<div data-stancemap ${attrs}></div>`;

before(async () => {
  widget = await serveDist();
  pages = fs.mkdtempSync(path.join(os.tmpdir(), 'stancemap-hosts-'));
  const write = (name, html) => fs.writeFileSync(path.join(pages, name), html);
  write('late-script.html', page(iframe('late', 'matrix')));
  write('lazy.html', page(`<div style="height: 3000px">Long article text.</div>${iframe('lazy', 'faq', 150, 'loading="lazy"')}${hostScript()}`));
  write('far-iframe.html', page(`<div style="height: 4000px">Long article text.</div>${iframe('far', 'faq', 150)}<div style="height: 4000px">More text.</div>${hostScript()}`));
  write('two-iframes.html', page(`${iframe('twin', 'matrix')}<p>Between.</p>${iframe('twin', 'sources')}${hostScript()}`));
  write('neutral.html', page(mount('data-view="matrix"') + loader()));
  // An article that hides and disables what holds the widget.
  write('hidden-host.html', page(`<div style="visibility: hidden; pointer-events: none">${mount('data-view="matrix"')}</div>${loader()}`));
  // An article that sets every inherited text style on what holds the widget.
  write('text-styles.html', page(`<article style="letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase; text-align: center; text-indent: 3em; text-shadow: 2px 2px red; white-space: pre; word-break: break-all; -webkit-text-stroke: 1px red; font-feature-settings: 'smcp'; hyphens: none; font-style: italic">${mount('data-view="matrix"')}</article>${loader()}`));
  write('small-root.html', page(mount('data-view="matrix"') + loader(), '<style>html { font-size: 62.5%; }</style>'));
  write('huge-text.html', page(mount('data-view="matrix"') + loader(), '<style>* { font-size: 40px !important; }</style>'));
  write('base-href.html', page(mount('data-fragment="own"') + loader(), '<base href="https://cms.example/articles/">'));
  // The build's mount snippet (prerendered first view in a declarative shadow root), linked to the widget's host.
  const snippet = fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/stancemap-snippet.html'), 'utf8').replaceAll('href="/', `href="${widget.url}`);
  write('snippets.html', page(snippet + snippet + loader(), '<style>* { color: red !important; font-size: 40px !important; }</style>'));
  // Beside it, a snippet pasted from another build: a record's title since corrected, the build's id not this one's.
  const older = snippet.replace(/data-prerendered="[^"]*"/, 'data-prerendered="0123456789abcdef"').replace('<h3', '<h3 data-older').replace(/(<h3 data-older[^>]*>)[^<]*/, '$1An older title');
  // And this build's Ukrainian snippet: each language's first views carry an id of their own, all known to this build.
  const ukrainian = fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/stancemap-snippet.uk.html'), 'utf8').replaceAll('href="/', `href="${widget.url}`);
  write('older-snippet.html', page(`<div id="current">${snippet}</div><div id="older">${older}</div><div id="ukrainian">${ukrainian}</div>${loader()}`));
  write('ukrainian-snippet.html', page(ukrainian + loader()).replace('<html lang="en">', '<html lang="uk">'));
  write('snippet-column.html', page(`<article style="max-width: 680px; margin: auto"><p>Article text.</p>${snippet}<p>More text.</p></article>${loader()}`));
  // A snippet built for another address: its stylesheet link answers 404.
  const misbuilt = fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/stancemap-snippet.html'), 'utf8').replace(/href="[^"]*stancemap\.css"/, `href="${widget.url}moved/stancemap.css"`);
  // The loader arrives late, as a tag manager would inject it: the 404 has happened by then.
  write('misbuilt-snippet.html', page(`${misbuilt}<script type="module">setTimeout(() => import('${widget.url}stancemap-loader.js'), 500);</script>`));
  write('ukrainian-article.html', page(mount('data-view="matrix"') + mount('data-view="matrix" data-lang="en"') + loader()).replace('<html lang="en">', '<html lang="uk">'));
  write('five-mounts.html', page(Array.from({ length: 5 }, (_, i) => mount(`data-view="${['overview', 'issues', 'matrix', 'faq', 'sources'][i]}"`)).join('') + loader()));
  write('columns.html', page(`<div style="display: flex"><main style="flex: 1">${mount('data-view="matrix"')}</main><aside style="flex: 0 0 300px">Most read</aside></div>`
    + `<div style="display: grid; grid-template-columns: 1fr 300px"><main>${mount('data-view="matrix" data-lang="uk"')}</main><aside>Most read</aside></div>` + loader()));
  write('faq-iframe.html', page(iframe('faq', 'faq', 150) + hostScript()));
  write('actor-iframe.html', page(iframe('actor', 'actors/ukraine', 150) + hostScript()));
  write('dark-iframe.html', page(iframe('dark', 'faq', 600).replace('?id=dark', '?id=dark&theme=dark') + hostScript()));
  write('rtl.html', page(mount('data-view="matrix"') + loader()).replace('<html lang="en">', '<html lang="ar" dir="rtl">'));
  write('own-misspelt.html', page(mount('data-fragment="own" data-tab="isues" data-theme="drak"') + loader()));
  write('misspelt-uk.html', page(mount('data-lang="uk" data-tab="isues"') + loader()));
  write('no-id-iframe.html', page(iframe('noid', 'faq').replace('?id=noid', '') + hostScript()));
  // A CMS's fixed-ratio "responsive embed" wrapper around the iframe.
  write('ratio-wrapper.html', page(`<div style="position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden">${iframe('ratio', 'faq', 150, 'style="position: absolute; inset: 0; height: 100%"')}</div>${hostScript()}`));
  write('standalone-chrome.html', page(snippet.replace('<div data-stancemap ', '<div data-stancemap data-chrome="standalone" data-fragment="own" ') + loader()));
  write('sticky-header.html', page(`<div style="height: 1500px">Long article text.</div>${iframe('sticky', 'matrix')}${hostScript()}`,
    '<style>html { scroll-padding-top: 180px } header { position: fixed; top: 0; left: 0; right: 0; height: 180px; background: #fff }</style>').replace('<body>', '<body><header>Masthead</header>'));
  write('sticky-mount.html', page(`<div style="height: 1500px">Long article text.</div>${mount()}<div style="height: 3000px">More text.</div>${loader()}`,
    '<style>html { scroll-padding-top: 180px } header { position: fixed; top: 0; left: 0; right: 0; height: 180px; background: #fff; z-index: 1 }</style>').replace('<body>', '<body><header>Masthead</header>'));
  write('ukrainian-faq.html', page(mount('data-lang="uk" data-view="faq"') + loader()));
  // A single-page app whose router, like some frameworks', keeps its own state in every entry and takes an entry without one for a move within the page.
  write('spa.html', page(`${mount('data-fragment="own"')}<script type="module">
    const show = (n) => { document.querySelector('main').innerHTML = '<h1>Article ' + n + '</h1><div data-stancemap data-fragment="own"></div>'; };
    history.replaceState({ router: 1 }, '', location.pathname);
    window.go = (n) => { history.pushState({ router: n }, '', '/spa/' + n); show(n); };
    addEventListener('popstate', (e) => { if (e.state?.router && document.querySelector('h1').textContent !== 'Article ' + e.state.router) show(e.state.router); });
  </script>` + loader()).replace('<h1>An article</h1>', '<h1>Article 1</h1>'));
  write('snippet-own.html', page(snippet.replace('<div data-stancemap ', '<div data-stancemap data-fragment="own" ') + loader()));
  // A snippet given settings of a newsroom's own, written as a CMS's template might.
  write('snippet-issue.html', page(snippet.replace('<div data-stancemap ', '<div data-stancemap data-issue="territory" ') + loader()));
  write('snippet-settings.html', page(snippet.replace('<div data-stancemap ', '<div data-stancemap data-tab=" Matrix" data-theme="Dark" ') + loader()));
  // A snippet a page inserts as HTML text (a CMS's lazy block, a framework's raw HTML), which attaches no shadow root.
  write('snippet-inserted.html', page(`<div id="block"></div>${loader()}<script>setTimeout(() => { document.getElementById('block').innerHTML = ${JSON.stringify(snippet).replaceAll('</', '<\\/')}; }, 300);</script>`));
  write('theme-switch.html', page(mount('data-theme="light"') + loader()));
  write('plain.html', page(mount() + loader()));
  // An article a web component renders in its shadow root, which gives it to mount().
  write('web-component.html', page(`<article-body></article-body><script>customElements.define('article-body', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>Article text.</p><div data-stancemap data-view="matrix"></div>'; } });</script>`
    + `<script type="module">import { mount } from '${widget.url}stancemap-loader.js'; mount(document.querySelector('article-body').shadowRoot);</script>`));
  // A single-page app's own module, which imports the loader's functions.
  write('imports-loader.html', page(mount() + `<script type="module">import { mount, unmount } from '${widget.url}stancemap-loader.js'; document.body.setAttribute('data-host-ready', [typeof mount, typeof unmount].join(' '));</script>`));
  write('two-ukrainian.html', page(mount('data-lang="uk"') + mount('data-lang="uk" data-view="faq"') + loader()));
  write('own-named-anchor.html', page(`<nav><a href="#sources">This article’s sources</a></nav>${mount('data-fragment="own"')}<h2 id="sources">Sources</h2>` + loader()));
  // The same with an old-style named anchor, in capitals.
  write('own-old-anchor.html', page(`${mount('data-fragment="own"')}<h2><a name="Sources"></a>Sources</h2>` + loader()));
  write('own-start.html', page(`<nav><a href="#comments">Comments</a></nav>${mount('data-fragment="own" data-view="faq"')}<h2 id="comments">Comments</h2>` + loader()));
  // The same on a page whose framework keeps its own state in the entry it opened with.
  write('own-start-state.html', page(mount('data-fragment="own" data-view="faq"') + loader(), '<script>history.replaceState({ page: 1 }, "")</script>'));
  // Far down an article: a widget that opens on a matrix cell, mounted and in an iframe.
  const cell = shippedData().stances.at(-1);
  const cellView = `matrix?cell=${cell.actor}.${cell.issue}`;
  // (And an article's mount that asks for the standalone chrome, opening on an answer.)
  const answer = `faq/${shippedData().faq.at(-1).id}`;
  write('cell-far-down.html', page(`<div style="height: 3000px">Long article text.</div>${mount(`data-view="${cellView}"`)}${iframe('cell', cellView, 600)}`
    + `${mount(`data-chrome="standalone" data-view="${answer}"`)}${loader()}${hostScript()}`));
  // An article that wants Back to leave it: an iframe and a mount whose views rewrite the entry they are on.
  write('quiet-iframe.html', page(iframe('quiet', 'overview', 600).replace('?id=quiet', '?id=quiet&history=replace') + hostScript()));
  write('quiet-mount.html', page(mount('data-fragment="own" data-history="replace"') + loader()));
  // The article's column zoomed, and an article in an app's shell that scrolls instead of the page.
  const far = (html) => `<div style="height: 1500px">Long article text.</div>${html}<div style="height: 1500px">More text.</div>`;
  write('zoomed-iframe.html', page(`<div style="zoom: 1.25">${far(iframe('zoomed', 'faq', 600))}</div>${hostScript()}`));
  write('shell-iframe.html', page(`<div id="shell" style="position: fixed; inset: 0; overflow: auto">${far(iframe('shell', 'faq', 600))}</div>${hostScript()}`));
  // A wrapper that only clips sideways, with something hanging below it: it scrolls, but the reader scrolls the page.
  write('clipped-iframe.html', page(`<div style="overflow-x: hidden; position: relative">${far(iframe('clipped', 'faq', 600))}<div style="position: absolute; top: 100%; height: 80px; width: 1px"></div></div>${hostScript()}`));
  // The same for a direct mount; and a page whose body clips sideways, as tall as the window: the page scrolls, not the body.
  write('shell-mount.html', page(`<div id="shell" style="position: fixed; inset: 0; overflow: auto">${far(mount('data-view="issues"'))}</div>${loader()}`));
  // A shell taller than the window, as one 100vh tall is on a phone while its address bar shows; and a dialog
  // of a web component, whose scrolling box is in its own shadow root, the mount slotted into it.
  write('tall-shell-mount.html', page(`<div style="height: calc(100vh + 60px); overflow: auto">${far(mount('data-view="issues"'))}</div>${loader()}`, '<style>html, body { overflow: hidden }</style>'));
  write('slotted-mount.html', page(`<scroll-dialog>${far(mount('data-view="issues"'))}</scroll-dialog>${loader()}`,
    `<script>customElements.define('scroll-dialog', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div style="position: fixed; inset: 0; overflow: auto"><slot></slot></div>'; } });</script>`));
  const bodyClips = '<style>html, body { height: 100% } body { overflow-x: hidden }</style>';
  write('body-clipped-mount.html', page(far(mount('data-view="issues"')) + loader(), bodyClips));
  write('body-clipped-iframe.html', page(far(iframe('bodyclip', 'faq', 600)) + hostScript(), bodyClips));
  // An article that frames the widget with pym.js, as many newsrooms' CMS do, without the host script.
  fs.copyFileSync(path.resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'), path.join(pages, 'pym.v1.min.js'));
  // (The host script beside it, as a newsroom that has used both may keep it: it leaves pym's iframe to pym.)
  const pym = (view, script = '') => page(far(`<div id="explainer" data-pym-src="${widget.url}embed.html#${view}" data-pym-title="Stancemap"></div>`) + `<script src="pym.v1.min.js"></script>${script}`);
  write('pym.html', pym('matrix', hostScript()));
  // A parent older than pym 1.3.1, which cannot say where its iframe is.
  write('pym-old.html', pym('matrix', `<script>addEventListener('load', () => { delete pym.autoInitInstances[0].messageHandlers.parentPositionInfo; });</script>`));
  // An article busy with its own scripts, which sets the iframe's height a moment after pym hears it.
  write('pym-busy.html', pym('issues', `<script>addEventListener('load', () => { const parent = pym.autoInitInstances[0], apply = parent._onHeightMessage;
    parent.messageHandlers.height = [(height) => setTimeout(() => apply.call(parent, height), 400)]; });</script>`));
  write('far-matrix-iframe.html', page(far(iframe('far-matrix', 'matrix', 600)) + hostScript()));
  // An iframe pasted without its mark, at a fixed height.
  write('unmarked-iframe.html', page(`<iframe src="${widget.url}embed.html#faq" title="Stancemap" width="100%" height="600"></iframe>`));
  write('zoomed-mount.html', page(`<div style="zoom: 1.25">${mount('data-view="deal"')}</div>${loader()}`));
  // A CMS's sandbox: scripts allowed, no origin of its own.
  write('sandboxed.html', page(iframe('boxed', 'matrix', 150, 'sandbox="allow-scripts"') + hostScript()));
  // A CMS's HTML block, rendered in a sandboxed frame of its own, whose sandbox the widget's iframe inherits.
  const block = `<!doctype html><html lang="en"><body>${iframe('in-block', 'matrix')}${hostScript()}</body></html>`;
  write('sandboxed-block.html', page(`<iframe sandbox="allow-scripts allow-popups" style="width: 100%; height: 4000px; border: 0" srcdoc="${block.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>`));
  // A page that enforces Trusted Types.
  write('trusted-types.html', page(mount('data-view="overview"') + loader(), `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`));
  // A policy that lets the widget's code run but not its stylesheet (its origin left out of `style-src`).
  write('unstyled.html', page(mount('data-view="overview"') + loader(), `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${widget.url} 'wasm-unsafe-eval'; connect-src 'self' ${widget.url}; style-src 'self'">`));
  host = await serve({ mounts: { '/': pages } });
  browser = await launch();
  data = shippedData();
});
after(async () => {
  await browser?.close();
  await Promise.all([widget, host].map((s) => s?.close()));
  fs.rmSync(pages, { recursive: true, force: true });
});

async function open(name, options = {}) {
  const context = await browser.newContext(options);
  const tab = await context.newPage();
  const requests = [];
  tab.on('request', (r) => requests.push(r.url()));
  await tab.goto(host.url + name);
  return { context, tab, requests };
}

/**
 * Opens the host page `name` (on `site`: the host's, or the widget's own)
 * with the wasm held back until `release()`: the loader has run, the app has
 * not come; `first` is the snippet's prerendered view.
 */
async function beforeTheApp(name, options = {}, site = host.url) {
  const context = await browser.newContext(options);
  const tab = await context.newPage();
  const { requested, release } = await hold(context, '**/stancemap_bg.wasm');
  await tab.goto(site + name);
  await requested; // the loader has run
  return { context, tab, release, first: tab.locator('div[data-stancemap] [data-prerendered] .sm-root') };
}

const MARKED = 'iframe[data-stancemap-embed]';
const frameOf = (tab, n, iframes = MARKED) => tab.frameLocator(iframes).nth(n);

/**
 * Scrolls to iframe `n` of those `iframes` selects as a reader would
 * (browsers pause off-screen cross-origin iframes) and waits until it is
 * as tall as its content.
 */
async function sizedToContent(tab, n = 0, iframes = MARKED) {
  const outer = tab.locator(iframes).nth(n);
  await outer.scrollIntoViewIfNeeded();
  const inner = frameOf(tab, n, iframes).locator('div[data-stancemap]');
  await widgetReady(frameOf(tab, n, iframes));
  let heights;
  for (let i = 0; i < 50; i++) {
    // The iframe's inner height: its border is the host's business.
    heights = [await outer.evaluate((f) => f.clientHeight), Math.ceil(await inner.evaluate((el) => el.getBoundingClientRect().height))];
    if (Math.abs(heights[0] - heights[1]) <= 2) return heights[0];
    await tab.waitForTimeout(100);
  }
  assert.fail(`iframe ${n} stayed ${heights[0]} px tall around ${heights[1]} px of content`);
}

test('an iframe is sized even when the host script runs seconds after the widget rendered', async () => {
  const { context, tab } = await open('late-script.html');
  await widgetReady(frameOf(tab, 0));
  await tab.waitForTimeout(2000); // the widget has long reported its height, to nobody
  await tab.evaluate((src) => document.body.append(Object.assign(document.createElement('script'), { src })), `${widget.url}stancemap-embed.js`);
  const height = await sizedToContent(tab);
  assert.ok(height > 150, `the snippet's 150 px were replaced (${height} px)`);
  await context.close();
});

test('a lazy iframe is sized when the reader scrolls it into view', async () => {
  const { context, tab } = await open('lazy.html');
  await tab.waitForTimeout(500);
  await tab.locator('iframe[data-stancemap-embed]').scrollIntoViewIfNeeded();
  const height = await sizedToContent(tab);
  assert.ok(height > 150, `the lazy iframe grew to its content (${height} px)`);
  await context.close();
});

test('an iframe far from the reader takes its new height when a phone is turned, before the reader scrolls to it', async () => {
  const { context, tab } = await open('far-iframe.html', { viewport: { width: 1280, height: 800 } });
  const wide = await sizedToContent(tab);
  await tab.evaluate(() => scrollTo(0, 0));
  await tab.waitForTimeout(500);
  await tab.setViewportSize({ width: 375, height: 800 });
  const outer = tab.locator('iframe[data-stancemap-embed]');
  // Still far off screen: its height must have followed its content by now.
  await tab.waitForTimeout(1500);
  const unseen = await outer.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(await outer.evaluate((el) => el.getBoundingClientRect().top > 2 * innerHeight), 'not scrolled near');
  const narrow = await sizedToContent(tab);
  assert.ok(narrow > wide, `narrower, so taller (${wide} → ${narrow} px)`);
  // (Within a few pixels of the height it reports once painted.)
  assert.ok(Math.abs(unseen - narrow) < 10, `already about ${narrow} px before the reader came near it (was ${unseen})`);
  await context.close();
});

test('an iframe in a sandbox that allows scripts but gives no origin, as some CMSs set, is sized to its content', async () => {
  const { context, tab } = await open('sandboxed.html');
  assert.ok(await sizedToContent(tab) > 300, 'the iframe grew to its content');
  await context.close();
});

test('a widget far down an article that opens on a matrix cell or an answer, mounted or in an iframe, leaves the article where it is and the reader’s focus where it was', async () => {
  const { context, tab } = await open('cell-far-down.html');
  await tab.locator('[data-stancemap-ready]').nth(1).waitFor({ state: 'attached' });
  await widgetReady(frameOf(tab, 0));
  await tab.locator('[data-stancemap]').first().locator('.sm-cell-detail').waitFor();
  await tab.locator('[data-stancemap]').nth(1).locator('.sm-disclosure.sm-open').waitFor();
  await frameOf(tab, 0).locator('.sm-cell-detail').waitFor();
  // Past the frames after which the widget would have moved focus or asked the article to scroll.
  await tab.waitForTimeout(500);
  assert.equal(await tab.evaluate(() => scrollY), 0, 'the article has not scrolled');
  assert.equal(await tab.evaluate(() => document.activeElement === document.body), true, 'focus is still on the article');
  await context.close();
});

test('an iframe in a CMS block that a sandboxed frame holds, which the iframe’s sandbox inherits, is sized to its content', async () => {
  const { context, tab } = await open('sandboxed-block.html');
  const block = tab.frames().find((f) => f !== tab.mainFrame() && f.parentFrame() === tab.mainFrame());
  await block.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 400, null, { timeout: 10000 });
  await context.close();
});

/** A fresh page, and the warnings its console is told. */
async function keepingWarnings() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  return { context, tab, warnings };
}

/** A fresh tab at `url`, once its iframe's widget is ready, and the warnings its console has had. */
async function openKeepingWarnings(url) {
  const opened = await keepingWarnings();
  await opened.tab.goto(url);
  await opened.tab.frameLocator('iframe').locator('[data-stancemap-ready]').waitFor({ state: 'attached', timeout: 10000 });
  return opened;
}

test('an iframe that a fixed-ratio wrapper cuts off is still sized, and the console names the wrapper once', async () => {
  const { context, tab, warnings } = await openKeepingWarnings(host.url + 'ratio-wrapper.html');
  const cut = () => warnings.filter((w) => w.includes('a box around it cuts it off'));
  for (const at = Date.now(); cut().length === 0; await tab.waitForTimeout(50)) assert.ok(Date.now() - at < 10000, warnings.join('\n'));
  const [set, shown] = await tab.locator('iframe').evaluate((f) => [f.getBoundingClientRect().height, f.parentElement.getBoundingClientRect().height]);
  assert.ok(set > shown + 100, `the iframe is sized (${set} px) beyond the wrapper (${shown} px)`);
  // (Said at the first height that went past the wrapper, which the widget's later reports may have changed.)
  const [, said, at] = cut()[0].match(/is (\d+)px tall, but a box around it cuts it off at (\d+) px/);
  assert.ok(Number(said) > Number(at) && Number(at) === Math.round(shown), cut()[0]);
  // Reported again as the reader moves through the widget, at another height: said once.
  await tab.frameLocator('iframe').getByRole('tab', { name: 'Who wants what' }).click();
  await tab.waitForFunction((set) => document.querySelector('iframe').getBoundingClientRect().height !== set, set);
  await tab.waitForTimeout(1500);
  assert.equal(cut().length, 1, warnings.join('\n'));
  await context.close();
});

test('an iframe marked but whose src gives no ?id= is not sized, and the console says what to add', async () => {
  const { context, tab, warnings } = await openKeepingWarnings(host.url + 'no-id-iframe.html');
  for (const at = Date.now(); !warnings.some((w) => w.includes('src gives no id')); await tab.waitForTimeout(50)) assert.ok(Date.now() - at < 10000, warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('add id=noid to its query (?id=noid')), warnings.join('\n'));
  assert.equal(await tab.locator('iframe').evaluate((f) => f.style.height), '');
  await context.close();
});

test('an iframe whose address redirects to the widget’s own is not sized, and the console says why', async () => {
  const moved = await serve({ answer: {
    '/article.html': (res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page(iframe('moved', 'faq').replace(`${widget.url}embed.html`, '/embed.html') + hostScript())); },
    '/embed.html': (res) => { res.writeHead(302, { location: `${widget.url}embed.html?id=moved` }); res.end(); },
  } });
  const { context, tab, warnings } = await openKeepingWarnings(moved.url + 'article.html');
  await tab.waitForTimeout(500);
  assert.ok(warnings.some((w) => w.includes(`served from ${new URL(widget.url).origin}`) && w.includes('redirect')), warnings.join('\n'));
  await context.close();
  await moved.close();
});

test('an iframe pasted without data-stancemap-embed and ?id= is not sized, and the console says once how to mark it, however late the host script runs', async () => {
  const bare = `<iframe src="${widget.url}embed.html#faq" title="Stancemap" width="100%" height="150"></iframe>`;
  // The widget's height reports, counted; beside it an unrelated iframe whose address cannot be parsed.
  const counted = '<script>window.heights = 0; addEventListener("message", (e) => { if (e.data?.type === "stancemap:height") heights++; });</script><iframe src="https://exa mple.com/" title="Other"></iframe>';
  const pages = await serve({ answer: {
    '/article.html': (res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page(counted + bare + hostScript())); },
    '/late.html': (res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page(counted + bare)); },
  } });
  const heights = (tab) => tab.evaluate(() => window.heights);
  for (const name of ['article.html', 'late.html']) {
    const warnings = [];
    const context = await browser.newContext();
    const tab = await context.newPage();
    tab.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(pages.url + name);
    const frame = tab.frameLocator('iframe[src*="embed.html"]');
    await frame.locator('[data-stancemap-ready]').waitFor({ state: 'attached', timeout: 10000 });
    if (name === 'late.html') {
      // Added once the widget has fallen silent (a consent manager's delay): only the script's ask brings a report.
      for (let before = -1; before !== await heights(tab); await tab.waitForTimeout(1000)) before = await heights(tab);
      await tab.evaluate((src) => document.body.append(Object.assign(document.createElement('script'), { src })), `${widget.url}stancemap-embed.js`);
    }
    const marking = () => warnings.filter((w) => w.includes('no data-stancemap-embed attribute') && w.includes('?id=ID'));
    for (const at = Date.now(); marking().length === 0; await tab.waitForTimeout(50)) assert.ok(Date.now() - at < 10000, `${name}: a warning: ${warnings.join('\n')}`);
    // Another report (an answer opened makes the page taller): no second warning.
    const reports = await heights(tab);
    await frame.locator('.sm-panel:not([hidden]) .sm-disclosure-heading button').first().click();
    await tab.waitForFunction((n) => window.heights > n, reports);
    await tab.waitForTimeout(100);
    assert.equal(marking().length, 1, `${name}: once: ${warnings.join('\n')}`);
    assert.equal(await tab.locator('iframe[src*="embed.html"]').evaluate((f) => f.style.height), '', `${name}: its height is left as the article set it`);
    assert.deepEqual(errors, [], `${name}: the host script ran without an error, the unparseable iframe beside it`);
    await context.close();
  }
  await pages.close();
});

test('where the wasm cannot be fetched, or the server answers it with an error or a page, the console names its address and what came, and the mount says it could not start', async () => {
  const wasm = `${widget.url}stancemap_bg.wasm`;
  for (const [answer, said] of [
    // Refused before any answer (the network, a server's CORS headers, the page's connect-src).
    [null, `${wasm} could not be fetched`],
    [{ status: 404, contentType: 'text/plain', body: 'Not found' }, `${wasm} answered 404`],
    // A static host's fallback for any missing file: its home page, with 200.
    [{ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Home</title>' }, `${wasm} came as an HTML page`],
  ]) {
    const context = await browser.newContext();
    await context.route('**/stancemap_bg.wasm', (route) => (answer ? route.fulfill(answer) : route.abort()));
    const tab = await context.newPage();
    const errors = [];
    tab.on('console', (m) => { if (m.type() === 'error' && m.text().startsWith('Stancemap could not start')) errors.push(m.text()); });
    await tab.goto(host.url + 'plain.html');
    await tab.locator('div[data-stancemap] [data-stancemap-message]').filter({ hasText: 'could not start' }).waitFor();
    assert.ok(errors.length === 1 && errors[0].includes(said), errors.join('\n'));
    await context.close();
  }
});

test('a download of the app that failed (a connection dropped) is tried again by the next widget the page starts, not held against every widget until a reload', async () => {
  const context = await browser.newContext();
  let asked = 0;
  // (Routing leaves out the browser's cache: every download is asked for here.)
  await context.route('**/stancemap_bg.wasm', (route) => (++asked === 1 ? route.abort('connectionreset') : route.continue()));
  const tab = await context.newPage();
  await tab.goto(host.url + 'plain.html');
  await tab.locator('div[data-stancemap][data-stancemap-failed]').waitFor({ state: 'attached' });
  // A single-page app's next article.
  await tab.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<div id="next" data-stancemap data-view="faq"></div>'));
  await tab.locator('#next[data-stancemap-ready]').waitFor({ state: 'attached' });
  await tab.locator('#next').getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  assert.equal(asked, 2, 'the app downloaded again');
  await context.close();
});

test('on a page that enforces Trusted Types, an empty mount that cannot start says so in its place, with a link to the explainer’s own page, and the wasm is not downloaded', async () => {
  const { context, tab, requests } = await open('trusted-types.html');
  const errors = [];
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await tab.reload();
  const message = tab.locator('[data-stancemap] [data-stancemap-message]');
  await message.waitFor();
  assert.match(await message.textContent(), /could not start here/);
  assert.equal(await message.getByRole('link').getAttribute('href'), widget.url);
  assert.ok(errors.some((e) => /Trusted Types/.test(e)), 'the console says why');
  assert.ok(!requests.some((url) => /stancemap(_bg\.wasm|\.js)$/.test(url)), 'nothing it could not use was downloaded');
  await context.close();
});

test('where the article’s policy blocks the widget’s stylesheet, an empty mount says it could not start, with a link to the explainer’s own page, and is not said to be ready', async () => {
  const { context, tab } = await open('unstyled.html');
  const errors = [];
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await tab.reload();
  const host = tab.locator('[data-stancemap]');
  const message = host.locator('[data-stancemap-message]');
  await message.filter({ hasText: 'could not start' }).waitFor();
  // The app is there, rendered, but nothing would show it.
  await host.locator('.sm-mount .sm-root').waitFor({ state: 'attached' });
  const words = catalogue('en');
  assert.equal(await message.textContent(), `${words['loader.failed']} ${words['loader.open']}`);
  assert.equal(await message.getByRole('link').getAttribute('href'), widget.url);
  assert.ok((await message.boundingBox()).height > 0, 'the message is seen');
  assert.deepEqual(await host.evaluate((el) => [el.hasAttribute('data-stancemap-failed'), el.hasAttribute('data-stancemap-ready')]), [true, false]);
  assert.ok(errors.some((e) => /stylesheet did not load/.test(e)), 'the console says why');
  await context.close();
});

test('an article printed with an iframe prints the widget as it is on screen, not grown past the iframe’s height and cut off', async () => {
  for (const name of ['faq-iframe.html', 'actor-iframe.html']) {
    const { context, tab } = await open(name);
    const height = await sizedToContent(tab);
    const inner = tab.frames().find((f) => f.url().includes('embed.html'));
    const bodies = frameOf(tab, 0).locator('.sm-disclosure-body');
    const shown = () => bodies.evaluateAll((list) => list.filter((body) => body.childElementCount > 0 && body.checkVisibility({ contentVisibilityAuto: true })).length);
    const onScreen = await shown();
    await tab.emulateMedia({ media: 'print' });
    await inner.evaluate(() => new Promise((resolve) => { dispatchEvent(new Event('beforeprint')); requestAnimationFrame(() => setTimeout(resolve, 0)); }));
    assert.equal(await shown(), onScreen, `${name}: nothing opens for paper`);
    const printed = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    assert.ok(printed <= height, `${name}: on paper the widget (${printed} px) fits the iframe’s ${height} px`);
    await context.close();
  }
});

test('two iframes of the same widget on one page are each sized to their own content', async () => {
  const { context, tab } = await open('two-iframes.html');
  const [matrix, sources] = [await sizedToContent(tab, 0), await sizedToContent(tab, 1)];
  assert.notEqual(matrix, sources, 'each iframe follows its own view');
  await frameOf(tab, 1).getByRole('tab', { name: 'FAQ' }).click();
  await frameOf(tab, 1).getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await sizedToContent(tab, 1);
  assert.equal(await sizedToContent(tab, 0), matrix, 'the other iframe keeps its height');
  await context.close();
});

/** Text sizes inside the first direct mount, and whether the page scrolls sideways. */
async function measure(name, width) {
  const { context, tab } = await open(name, { viewport: { width, height: 900 } });
  const root = tab.locator('div[data-stancemap] .sm-root');
  await root.waitFor();
  const sizes = await root.evaluate((el) => ['.sm-title', '[role=tab]', '.sm-table', 'footer'].map((s) => getComputedStyle(el.querySelector(s)).fontSize));
  const sideways = await tab.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  const tabRow = await root.evaluate((el) => el.querySelector('[role=tablist]').getBoundingClientRect().height);
  await tab.screenshot({ path: path.join(SCREENSHOTS, `host-${name.replace('.html', '')}-${width}.png`) });
  await context.close();
  return { sizes, sideways, tabRow };
}

test('the host page’s root font size does not resize the widget, at 360 and 1280 px', async () => {
  for (const width of [360, 1280]) {
    const neutral = await measure('neutral.html', width);
    assert.ok(neutral.sideways <= 0, `the neutral page does not scroll sideways at ${width} px`);
    for (const name of ['small-root.html', 'huge-text.html']) {
      const hostile = await measure(name, width);
      assert.deepEqual(hostile.sizes, neutral.sizes, `${name} at ${width} px: the widget's text sizes`);
      assert.equal(hostile.tabRow, neutral.tabRow, `${name} at ${width} px: the tab row's height`);
      assert.ok(hostile.sideways <= 0, `${name} at ${width} px scrolls ${hostile.sideways} px sideways`);
    }
  }
});

test('an article’s inherited text styles (spacing, capitals, alignment, indent, shadow, white space) do not reach a direct mount', async () => {
  const props = ['letterSpacing', 'wordSpacing', 'textTransform', 'textAlign', 'textIndent', 'textShadow', 'whiteSpace', 'wordBreak', 'webkitTextStrokeWidth', 'fontFeatureSettings', 'hyphens', 'webkitLocale'];
  const styles = async (name) => {
    const { context, tab } = await open(name);
    const root = tab.locator('div[data-stancemap] .sm-root');
    await root.locator('.sm-table').waitFor();
    const found = await root.evaluate((el, props) => Object.fromEntries(['[role=tab]', '.sm-status', '.sm-table caption', 'button.sm-cell', '.sm-legend p', '.sm-footer p'].map((s) => {
      const style = getComputedStyle(el.querySelector(s));
      return [s, Object.fromEntries(props.map((p) => [p, style[p]]))];
    })), props);
    await context.close();
    return found;
  };
  const neutral = await styles('neutral.html');
  assert.deepEqual(await styles('text-styles.html'), neutral);
  // The widget's language still reaches its text, for hyphenation and the like.
  assert.equal(neutral['.sm-table caption'].webkitLocale, '"en"');
  // What a host uses to hide or disable what holds the widget still reaches it.
  const { context, tab } = await open('hidden-host.html');
  const root = tab.locator('div[data-stancemap] .sm-root');
  await root.locator('.sm-table').waitFor({ state: 'attached' });
  assert.deepEqual(await root.evaluate((el) => [getComputedStyle(el).visibility, getComputedStyle(el).pointerEvents]), ['hidden', 'none']);
  await context.close();
});

test('the widget still follows the reader’s own default font size', async () => {
  const { context, tab } = await open('small-root.html');
  const rootSize = () => tab.locator('div[data-stancemap] .sm-root').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await tab.locator('div[data-stancemap] .sm-root').waitFor();
  const before = await rootSize();
  const session = await context.newCDPSession(tab);
  await session.send('Page.setFontSizes', { fontSizes: { standard: before * 1.25 } });
  await tab.reload();
  await tab.locator('div[data-stancemap] .sm-root').waitFor(); // shown once the stylesheet applies
  assert.equal(await rootSize(), before * 1.25, 'a reader who asks for larger text gets it, even on a host with a 62.5 % root');
  await context.close();
});

test('with a <base href> on another origin, a widget that owns the fragment still writes it', async () => {
  const { context, tab } = await open('base-href.html');
  const m = tab.locator('div[data-stancemap]');
  await m.getByRole('tab', { name: 'FAQ' }).click();
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await tab.waitForFunction(() => location.hash === '#faq');
  assert.equal(tab.url(), `${host.url}base-href.html#faq`, 'the page stayed where it was');
  await m.locator(`button[aria-controls$="faq-${data.faq[0].id}-region"]`).click();
  assert.equal(await m.locator(`[id$="faq-${data.faq[0].id}-region"] a.sm-permalink`).getAttribute('href'), `${host.url}base-href.html#faq/${data.faq[0].id}`);
  await tab.waitForFunction((id) => location.hash === `#faq/${id}`, data.faq[0].id);
  await tab.goBack();
  await tab.waitForFunction(() => location.hash === '#faq');
  await tab.goBack();
  await m.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  assert.equal(tab.url(), `${host.url}base-href.html`, 'the back button walks the widget’s own history on this page');
  await context.close();
});

test('the mount snippet shows its prerendered first view styled and isolated, then each copy comes alive on its own', async () => {
  const { context, tab } = await open('snippets.html');
  const mounts = tab.locator('div[data-stancemap]');
  await mounts.nth(1).locator('[data-prerendered]').waitFor({ state: 'detached' });
  for (let i = 0; i < 2; i++) {
    const title = mounts.nth(i).locator('.sm-title');
    assert.notEqual(await title.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 0, 0)', 'host CSS does not reach in');
  }
  await mounts.nth(0).getByRole('tab', { name: 'Sources' }).click();
  await mounts.nth(0).getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  assert.equal(await mounts.nth(1).locator('[role=tab][aria-selected=true]').textContent(), 'Overview');
  await context.close();
});

test('a snippet whose stylesheet address no longer answers still starts, styled from where the files are', async () => {
  const { context, tab } = await open('misbuilt-snippet.html');
  const mount = tab.locator('div[data-stancemap]');
  await mount.and(tab.locator('[data-stancemap-ready]')).waitFor({ state: 'attached', timeout: 10000 });
  assert.equal(await mount.locator('.sm-root').evaluate((el) => getComputedStyle(el).fontFamily === getComputedStyle(document.body).fontFamily), false, 'the widget’s own stylesheet applies');
  assert.ok(await mount.getByRole('tab', { name: 'Overview', selected: true }).isVisible());
  await context.close();
});

test('on a Ukrainian article the widget speaks Ukrainian unless told otherwise, and each says its language', async () => {
  const { context, tab, requests } = await open('ukrainian-article.html');
  const mounts = tab.locator('div[data-stancemap]');
  for (const n of [0, 1]) await mounts.nth(n).and(tab.locator('[data-stancemap-ready]')).waitFor({ state: 'attached' });
  // The language that applies to the widget's text: its nearest lang attribute.
  const lang = (n) => mounts.nth(n).locator('.sm-title').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
  assert.deepEqual([await lang(0), await lang(1)], ['uk', 'en']);
  const ukrainian = shippedEdition('uk');
  assert.equal(await mounts.nth(0).locator('.sm-title').textContent(), ukrainian.records.meta.title);
  assert.equal(await mounts.nth(1).locator('.sm-title').textContent(), data.meta.title);
  // The edition comes from the widget's own origin, once a page.
  assert.deepEqual(requests.filter((u) => u.endsWith('/stancemap-uk.json')), [`${widget.url}stancemap-uk.json`]);
  await context.close();
});

test('five widgets on one page download the glue and the wasm once, and stay independent', async () => {
  const { context, tab, requests } = await open('five-mounts.html');
  const mounts = tab.locator('div[data-stancemap]');
  for (let i = 0; i < 5; i++) await mounts.nth(i).locator('.sm-root').waitFor();
  const fetched = (file) => requests.filter((u) => new URL(u).pathname === `/${file}`).length;
  assert.equal(fetched('stancemap.js'), 1, requests.join('\n'));
  assert.equal(fetched('stancemap_bg.wasm'), 1);
  assert.equal(requests.filter((u) => u.includes('?instance=')).length, 0);
  await mounts.nth(2).getByRole('tab', { name: 'Actors' }).click();
  await mounts.nth(2).getByRole('tab', { name: 'Actors', selected: true }).waitFor();
  const selected = await mounts.evaluateAll((hosts) => hosts.map((h) => h.shadowRoot.querySelector('[role=tab][aria-selected=true]').textContent));
  assert.deepEqual(selected, ['Overview', 'Issues', 'Actors', 'FAQ', 'Sources']);
  await context.close();
});

test('in a flex or a grid column of an article the widget takes the column’s width and the page does not scroll sideways', async () => {
  for (const width of [1024, 700]) {
    const { context, tab } = await open('columns.html', { viewport: { width, height: 800 } });
    const hosts = tab.locator('div[data-stancemap]');
    await tab.locator('[data-stancemap-ready]').nth(1).waitFor({ state: 'attached' });
    assert.equal(await tab.evaluate(() => document.documentElement.scrollWidth), width, `no sideways scroll at ${width} px`);
    for (let i = 0; i < 2; i++) {
      const column = await hosts.nth(i).locator('xpath=..').evaluate((el) => el.getBoundingClientRect().width);
      assert.equal(Math.round(column), width - 300 - 16, `the column keeps its share at ${width} px (${i ? 'grid, Ukrainian' : 'flex'})`);
    }
    await context.close();
  }
});

test('on a right-to-left page the widget still reads left to right', async () => {
  const { context, tab } = await open('rtl.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  assert.equal(await m.locator('.sm-root').evaluate((el) => getComputedStyle(el).direction), 'ltr');
  const [label, cell] = await Promise.all(['.sm-table tbody th[scope=row]', '.sm-table tbody td'].map((s) => m.locator(s).first().evaluate((el) => el.getBoundingClientRect().left)));
  assert.ok(label < cell, 'actors head their rows on the left');
  await context.close();
});

test('in a contrast theme the selected tab, pressed switches and the open matrix cell stay marked, filled rather than outlined like the focus', async () => {
  const { context, tab } = await open('neutral.html');
  await tab.emulateMedia({ forcedColors: 'active' });
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  const underline = (t) => t.evaluate((el) => getComputedStyle(el).borderBottomColor);
  const [selected, other] = [m.getByRole('tab', { selected: true }), m.getByRole('tab', { selected: false }).first()];
  assert.notEqual(await underline(selected), await underline(other), 'the selected tab’s underline differs from the others’');
  const fill = (name) => m.getByRole('button', { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await fill('System'), await fill('Dark'), 'the pressed theme differs from the others');
  // Its label is drawn in its own colours: left to the browser, a backplate behind the text hid it.
  const adjust = await m.getByRole('button', { name: 'System', exact: true }).evaluate((el) => getComputedStyle(el).forcedColorAdjust);
  assert.equal(adjust, 'none', 'the pressed switch’s label is not hidden behind a backplate');
  const background = (l) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await background(selected), await background(other), 'the selected tab is filled');
  // The shades that say the tabs and the table scroll sideways are gradients, which contrast themes drop unless kept.
  const shades = await m.locator('[role=tablist]').evaluate((strip) => getComputedStyle(strip).backgroundImage);
  assert.match(shades, /gradient/, 'the tab strip keeps its shades');
  await m.getByRole('tab', { name: 'Who wants what' }).click();
  assert.match(await m.locator('.sm-matrix-frame').evaluate((frame) => getComputedStyle(frame, '::after').backgroundImage), /gradient/, 'the table keeps its shade');
  const [opened, focused] = [m.locator('button.sm-cell:has(.sm-cell-more)').first(), m.locator('button.sm-cell:not(:has(.sm-cell-more))').first()];
  await opened.click();
  await focused.focus();
  assert.notEqual(await background(opened), await background(focused), 'the open cell is filled, the focused one not');
  // Its "+N" is still readable on the fill: its own text colour on what shows behind it.
  const [text, behind] = await opened.locator('.sm-cell-more').evaluate((el) => {
    const own = getComputedStyle(el).backgroundColor;
    return [getComputedStyle(el).color, own === 'rgba(0, 0, 0, 0)' ? getComputedStyle(el.closest('.sm-cell')).backgroundColor : own];
  });
  assert.notEqual(text, behind, 'the open cell’s “+N” has a colour of its own against its background');
  // A pressed switch's focus ring, outside it on the page's colour, with the widget's theme pinned against
  // the system's: the system's text colour, not the widget's own theme's (2.5:1 on a dark system's black).
  const dark = m.getByRole('button', { name: 'Dark', exact: true });
  await dark.click();
  await tab.keyboard.press('Shift+Tab');
  await tab.keyboard.press('Tab');
  const [keyboard, ring, canvasText] = await dark.evaluate((el) => [el.matches(':focus-visible'), getComputedStyle(el).outlineColor, getComputedStyle(document.body).color]);
  assert.ok(keyboard, 'the switch is focused from the keyboard');
  assert.equal(ring, canvasText, 'the pressed switch’s focus ring is in the system’s text colour');
  await context.close();
});

test('a widget that owns the fragment leaves the article’s address as it opened until the reader moves; Back returns to its start view, then leaves the page', async () => {
  const { context, tab } = await open('neutral.html');
  await tab.goto(host.url + 'own-start.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await tab.waitForTimeout(300);
  assert.equal(tab.url(), `${host.url}own-start.html`, 'the start view (data-view="faq") is not written into the article’s address');
  await m.getByRole('tab', { name: 'Who wants what' }).click();
  await tab.waitForFunction(() => location.hash === '#matrix');
  await tab.goBack();
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  assert.equal(tab.url(), `${host.url}own-start.html`);
  // The overview chosen there, then another view, then Back: the overview, as the reader left it.
  await m.getByRole('tab', { name: 'Overview' }).click();
  await m.getByRole('tab', { name: 'Scenarios' }).click();
  await tab.waitForFunction(() => location.hash === '#scenarios');
  await tab.goBack();
  await m.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await tab.waitForTimeout(300);
  assert.equal(await m.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected'), 'true', 'and stays, when hashchange follows popstate');
  await tab.goBack();
  await tab.waitForURL(`${host.url}neutral.html`);
  await context.close();
});

test('on an article that keeps its own history state, Back to its address shows the start view without adding an entry, and Forward still goes on', async () => {
  const { context, tab } = await open('own-start-state.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await m.getByRole('tab', { name: 'Who wants what' }).click();
  await tab.waitForFunction(() => location.hash === '#matrix');
  await m.getByRole('tab', { name: 'Issues' }).click();
  await tab.waitForFunction(() => location.hash === '#issues');
  const length = await tab.evaluate(() => history.length);
  await tab.goBack();
  await tab.waitForFunction(() => location.hash === '#matrix');
  await tab.goBack();
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await tab.waitForTimeout(300);
  assert.deepEqual(await tab.evaluate(() => [location.href, history.length, history.state]), [`${host.url}own-start-state.html`, length, { page: 1 }], 'the article’s own entry, as it was');
  await tab.goForward();
  await m.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  await tab.goForward();
  await m.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  await context.close();
});

test('settings an embed could not use are told to the console too, in English, with the mount, for whoever set up the page', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const told = [];
  tab.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('Stancemap:')) told.push(m); });
  await tab.goto(host.url + 'misspelt-uk.html');
  await widgetReady(tab);
  const words = catalogue('uk');
  // The reader is told in the widget's language; the console, in English, once.
  assert.match(await tab.locator('.sm-notice p').textContent(), new RegExp(words['unused.tab'].replace('{text}', 'isues')));
  assert.equal(told.length, 1, told.map((m) => m.text()).join('\n'));
  assert.equal(await told[0].args()[0].jsonValue(), 'Stancemap: Some settings of this embed could not be used (tab “isues”).');
  assert.equal(await told[0].args()[1].evaluate((el) => el.matches('div[data-stancemap][data-tab="isues"]')), true, 'beside the mount it concerns');
  // A reader's link the widget could not use is the reader's to hear, not the page's console's.
  told.length = 0;
  await tab.goto(host.url + 'own-misspelt.html#issues/atlantis');
  await widgetReady(tab);
  assert.match(await tab.locator('.sm-notice p').textContent(), /issue “atlantis”/);
  assert.deepEqual(await Promise.all(told.map((m) => m.args()[0].jsonValue())), ['Stancemap: Some settings of this embed could not be used (theme “drak”).']);
  await context.close();
});

test('a link to a view on an article replaces the widget’s start view, and a misspelt start tab it made moot is not named', async () => {
  const { context, tab } = await open('own-misspelt.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  assert.match(await m.locator('.sm-notice p').textContent(), /^Some settings of this embed could not be used \(tab “isues” and theme “drak”\)\.$/);
  await tab.goto(host.url + 'own-misspelt.html#faq');
  await tab.reload(); // opened at the link, not moved there
  await widgetReady(tab);
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  assert.equal(await m.locator('.sm-notice p').textContent(), 'Some settings of this embed could not be used (theme “drak”).');
  await context.close();
});

test('an article that asks for the standalone chrome stays the newsroom’s page: its title, language and address are its own', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const { release } = await hold(context, '**/stancemap_bg.wasm');
  await tab.goto(host.url + 'standalone-chrome.html?lang=uk&theme=dark#faq');
  const m = tab.locator('div[data-stancemap]');
  // The address's ?theme= is the article's; its #faq, a link to a view of the mount that owns the fragment, is the view the app opens, and the first view says it is loading.
  const first = m.locator('[data-prerendered] .sm-root');
  await first.waitFor();
  await tab.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('stancemap-loader.js') && r.responseEnd > 0));
  await tab.waitForTimeout(200);
  assert.equal(await first.getAttribute('data-theme'), 'auto');
  assert.equal(await first.getAttribute('data-waiting'), '');
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'FAQ');
  release();
  await widgetReady(tab);
  assert.equal(await m.locator('.sm-root').getAttribute('data-theme'), 'auto');
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  assert.equal(await m.locator('h1.sm-title').textContent(), data.meta.title, 'the standalone chrome, in the article’s English');
  assert.equal(await tab.title(), 'Host article');
  assert.equal(await tab.locator('html').getAttribute('lang'), 'en');
  await m.getByRole('tab', { name: 'Sources' }).click();
  await tab.waitForFunction(() => location.hash === '#sources');
  await m.getByRole('button', { name: 'Dark' }).click();
  assert.equal(new URL(tab.url()).search, '?lang=uk&theme=dark', 'the widget writes only the fragment it owns');
  assert.equal(await m.locator('.sm-notice').count(), 0, 'the article’s own query string is not the widget’s settings');
  await context.close();
});

test('a site’s own dark-mode switch that changes data-theme changes the widget’s theme; a value it does not know, or the same one set again, changes nothing', async () => {
  const { context, tab } = await open('theme-switch.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  const theme = () => m.locator('.sm-root').getAttribute('data-theme');
  const set = (value) => m.evaluate((div, value) => (value === null ? div.removeAttribute('data-theme') : div.setAttribute('data-theme', value)), value);
  assert.equal(await theme(), 'light');
  await set('dark');
  await m.locator('.sm-root[data-theme=dark]').waitFor({ state: 'attached' });
  assert.equal(await m.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed'), 'true', 'the footer’s switch says so too');
  // The reader's own choice stands until the page changes its theme: not when it sets the same one again, nor one it does not know.
  await m.getByRole('button', { name: 'Light' }).click();
  await set('dark');
  await set('drak');
  await tab.waitForTimeout(100);
  assert.equal(await theme(), 'light');
  await set(null);
  await m.locator('.sm-root[data-theme=auto]').waitFor({ state: 'attached' });
  await context.close();
});

test('an iframe’s link that scrolls the article leaves its target, and the widget’s tabs above it, below the article’s sticky header', async () => {
  const { context, tab } = await open('sticky-header.html');
  await sizedToContent(tab, 0);
  const { top } = (await followToSources(tab, frameOf(tab, 0))).box;
  assert.ok(top > 179 && top < 400, `the sources start below the 180 px masthead, near it (at ${Math.round(top)} px)`);
  // And so do the tabs above them, as in a direct mount.
  const frameTop = await tab.locator('iframe[data-stancemap-embed]').evaluate((f) => f.getBoundingClientRect().top);
  const tabs = frameTop + await frameOf(tab, 0).getByRole('tab', { selected: true }).evaluate((t) => t.getBoundingClientRect().top);
  assert.ok(tabs > 179, `the widget's tabs are below the masthead (at ${Math.round(tabs)} px)`);
  await context.close();
});

test('an article whose iframe or mount is told history=replace keeps one entry while the reader moves through the widget, before its app arrives too: Back leaves the article', async () => {
  for (const name of ['quiet-iframe.html', 'quiet-mount.html']) {
    const { context, tab } = await open('neutral.html');
    const framed = name.includes('iframe');
    const { requested, release } = await hold(context, '**/stancemap_bg.wasm');
    await tab.goto(host.url + name);
    const length = await tab.evaluate(() => history.length);
    const widget = framed ? frameOf(tab, 0) : tab.locator('div[data-stancemap]');
    const address = () => (framed ? tab.frames().find((f) => f.url().includes('embed.html')) : tab.mainFrame());
    const moves = [['Issues', 'issues'], ['FAQ', 'faq']];
    if (framed) {
      // A tab of the prerendered view, clicked while the app is on its way.
      await requested;
      const [label, slug] = moves.shift();
      await widget.locator('[data-prerendered]').getByRole('tab', { name: label }).click();
      await address().waitForFunction((slug) => location.hash === `#${slug}`, slug);
    }
    release();
    await widgetReady(framed ? widget : tab);
    for (const [label, slug] of moves) {
      await widget.getByRole('tab', { name: label }).click();
      // The address still follows the view, for a reload.
      await address().waitForFunction((slug) => location.hash === `#${slug}`, slug);
    }
    assert.equal(await tab.evaluate(() => history.length), length, `${name}: no entry added`);
    await tab.goBack();
    await tab.waitForURL(`${host.url}neutral.html`);
    await context.close();
  }
});

test('where the article’s column is zoomed, or an app’s shell scrolls rather than the page, what an iframe asks to bring into view comes into view', async () => {
  // Where the iframe's element `selector` starts in the reader's window: its pixels scaled as the article draws them.
  const where = (tab, target) => async () => {
    const [top, scale] = await tab.locator('iframe[data-stancemap-embed]').evaluate((f) => [f.getBoundingClientRect().top, f.getBoundingClientRect().height / f.offsetHeight]);
    return top + scale * await target.evaluate((el) => el.getBoundingClientRect().top);
  };
  const inView = async (at, name) => {
    let top = await at();
    for (let waited = 0; (top < 0 || top > 700) && waited < 3000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      top = await at();
    }
    assert.ok(top >= 0 && top <= 700, `${name} (at ${Math.round(top)} px, in a window 844 px tall)`);
  };
  // (From the keyboard: Playwright's pointer does not follow a zoomed iframe.)
  const press = async (tab, control) => { await control.focus(); await tab.keyboard.press('Enter'); };
  {
    // The language switch the reader pressed stays in view while the view below it grows.
    const { context, tab } = await open('zoomed-iframe.html', { viewport: { width: 390, height: 844 } });
    await sizedToContent(tab, 0);
    const frame = frameOf(tab, 0);
    const button = frame.getByRole('button', { name: 'Українська' });
    await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await press(tab, button);
    await frame.locator('.sm-root[lang=uk]').waitFor();
    await tab.waitForTimeout(500);
    await inView(where(tab, frame.getByRole('button', { name: 'English' })), 'zoomed: the language switch');
    await context.close();
  }
  // A link at the foot of a long view takes the reader up to its panel.
  for (const name of ['shell-iframe.html', 'clipped-iframe.html', 'body-clipped-iframe.html']) {
    const { context, tab } = await open(name, { viewport: { width: 390, height: 844 } });
    await sizedToContent(tab, 0);
    const frame = frameOf(tab, 0);
    const footer = frame.getByRole('link', { name: 'Sources and data' });
    await footer.scrollIntoViewIfNeeded();
    await press(tab, footer);
    const panel = frame.locator('[role=tabpanel]:not([hidden])');
    await panel.locator('.sm-source-list').waitFor();
    await inView(where(tab, panel), `${name}: the sources`);
    await context.close();
  }
});

const PYM = '#explainer iframe';

/** Opens the pym page `name` in a window of `viewport`, its iframe sized to its content; `frame` is that iframe's. */
async function openPym(name, viewport) {
  const { context, tab } = await open(name, { viewport });
  await sizedToContent(tab, 0, PYM);
  return { context, tab, frame: frameOf(tab, 0, PYM) };
}

test('an article that frames the widget with pym.js (of a version that says where its iframe is, or older) sizes the iframe to its content, and is scrolled to what a link inside opens out of view, but not to what is in view', async () => {
  for (const name of ['pym.html', 'pym-old.html']) await pymScrolls(name);
});

/** On the pym page `name`: sized, scrolled to what opens out of view but not to what opens in view, links without pym's settings. */
async function pymScrolls(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
  const tab = await context.newPage();
  const warnings = [];
  tab.on('console', (message) => message.text().startsWith('Stancemap') && warnings.push(message.text()));
  await tab.goto(host.url + name);
  await sizedToContent(tab, 0, PYM);
  const frame = frameOf(tab, 0, PYM);
  const inWindow = (target) => target.evaluate((el) => el.getBoundingClientRect().top)
    .then(async (top) => top + await tab.locator(PYM).evaluate((f) => f.getBoundingClientRect().top));
  // A cell's detail opens below the table, in view: the article stays where it is.
  await tab.locator(PYM).evaluate((f) => f.scrollIntoView());
  const place = await tab.evaluate(() => scrollY);
  await frame.locator('button.sm-cell').first().click();
  const detail = frame.locator('.sm-cell-detail');
  await detail.waitFor();
  await sizedToContent(tab, 0, PYM);
  await tab.waitForTimeout(500);
  const at = await inWindow(detail);
  assert.ok(at >= 0 && at < 1400, `${name}: the detail opened in view (at ${Math.round(at)} px)`);
  assert.equal(await tab.evaluate(() => scrollY), place, `${name}: the article was not scrolled`);
  // The footer's link opens the sources, whose panel starts far above the footer: brought into view.
  const footer = frame.getByRole('link', { name: 'Sources and data' });
  await footer.scrollIntoViewIfNeeded();
  await footer.click();
  const panel = frame.locator('[role=tabpanel]:not([hidden])');
  await panel.locator('.sm-source-list').waitFor();
  await sizedToContent(tab, 0, PYM);
  let top = await inWindow(panel);
  for (let waited = 0; (top < -1 || top > 1400) && waited < 3000; waited += 100) {
    await tab.waitForTimeout(100);
    top = await inWindow(panel);
  }
  assert.ok(top >= -1 && top < 1400, `${name}: the sources in view (at ${Math.round(top)} px)`);
  // Its links leave out what pym put in the iframe's address: the article's own address and title.
  const href = await frame.getByRole('link', { name: 'Sources and data' }).getAttribute('href');
  assert.match(href, /embed\.html#sources$/, 'a link to the sources on the iframe page');
  assert.deepEqual(warnings, [], 'the host script left pym’s iframe alone');
  await context.close();
}

test('in an iframe framed by pym.js, an answer’s own link, clicked, opens the answer in place: the page is not loaded again outside pym', async () => {
  const { context, tab, frame } = await openPym('pym.html', { width: 1280, height: 900 });
  await frame.getByRole('tab', { name: 'FAQ' }).click();
  const question = frame.locator('.sm-faq-item .sm-disclosure-heading button').first();
  await question.click();
  const link = frame.locator('.sm-faq-item a.sm-permalink').first();
  assert.doesNotMatch(await link.getAttribute('href'), /childId|parentUrl/, 'the link leaves out pym’s settings');
  await frame.locator('div[data-stancemap]').evaluate(() => { window.samePage = true; });
  await link.click();
  await tab.waitForTimeout(500);
  assert.equal(await frame.locator('div[data-stancemap]').evaluate(() => window.samePage === true && new URLSearchParams(location.search).has('childId')), true, 'the same page, still pym’s');
  await sizedToContent(tab, 0, PYM);
  await context.close();
});

test('an article that frames the widget with pym.js is scrolled to a cell’s detail that opens in the lowest third of its window, by the host script’s rule', async () => {
  const { context, tab, frame } = await openPym('pym.html', { width: 1280, height: 1000 });
  await tab.locator(PYM).evaluate((f) => f.scrollIntoView());
  await frame.locator('button.sm-cell').first().click();
  const detail = frame.locator('.sm-cell-detail');
  await detail.waitFor();
  // Where it opened, had the article not moved: below two thirds of the window.
  const opened = await detail.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(opened > 1000 * 2 / 3, `the detail opens low (${Math.round(opened)} px below the iframe's top, at the window's)`);
  let at = opened;
  for (let waited = 0; at > 1000 * 2 / 3 && waited < 3000; waited += 100) {
    await tab.waitForTimeout(100);
    at = await detail.evaluate((el) => el.getBoundingClientRect().top) + await tab.locator(PYM).evaluate((f) => f.getBoundingClientRect().top);
  }
  assert.ok(at >= -1 && at < 1000 / 3, `the detail brought up (at ${Math.round(at)} px)`);
  await context.close();
});

test('the iframe page counts as sized by the article only once its window takes the height it reported, not when the host script merely asks it', async () => {
  const sized = (frame) => frame.locator('div[data-stancemap]').evaluate((host) => host.hasAttribute('data-stancemap-sized'));
  // An iframe pasted without its mark, at a fixed height: the host script, run late (its question reaches a page that listens), asks it but does not size it.
  {
    const { context, tab } = await open('unmarked-iframe.html');
    const warned = new Promise((resolve) => tab.on('console', (m) => m.text().includes('no data-stancemap-embed attribute') && resolve()));
    const frame = tab.frameLocator('iframe');
    await widgetReady(frame);
    await tab.evaluate((src) => document.body.append(Object.assign(document.createElement('script'), { src })), `${widget.url}stancemap-embed.js`);
    await warned; // the page answered the host script's question
    await tab.waitForTimeout(500);
    assert.equal(await sized(frame), false, 'asked, not sized: the page may still scroll itself');
    await context.close();
  }
  {
    const { context, tab } = await open('faq-iframe.html');
    await sizedToContent(tab);
    await frameOf(tab, 0).locator('div[data-stancemap][data-stancemap-sized]').waitFor({ state: 'attached', timeout: 5000 });
    await context.close();
  }
});

test('an article that frames the widget with pym.js shows the tabs and the loading line whole while a linked view waits for the app', async () => {
  const context = await browser.newContext();
  const { release } = await hold(context, '**/stancemap_bg.wasm');
  const tab = await context.newPage();
  await tab.goto(host.url + 'pym.html');
  await tab.locator(PYM).scrollIntoViewIfNeeded();
  const line = frameOf(tab, 0, PYM).locator('.sm-root[data-waiting] .sm-waiting');
  await line.waitFor();
  let [height, bottom] = [0, 1];
  for (let waited = 0; height < bottom && waited < 3000; waited += 100) {
    await tab.waitForTimeout(100);
    [height, bottom] = [await tab.locator(PYM).evaluate((f) => f.clientHeight), await line.evaluate((el) => el.getBoundingClientRect().bottom)];
  }
  assert.ok(height >= bottom, `the iframe (${height} px) shows down to the loading line (${Math.round(bottom)} px)`);
  release();
  await sizedToContent(tab, 0, PYM);
  await context.close();
});

test('an article whose iframe is sized a moment late does not scroll with the iframe’s page: a language switch tapped in view stays in view', async () => {
  const { context, tab, frame } = await openPym('pym-busy.html', { width: 390, height: 844 });
  const button = frame.getByRole('button', { name: 'Українська', exact: true });
  await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await tab.waitForTimeout(300);
  await button.click();
  await frame.locator('.sm-root[lang=uk]').waitFor();
  // Until the article has the new height, the iframe's page is taller than its frame: it must not scroll itself.
  let scrolled = 0;
  for (let i = 0; i < 20; i++) {
    scrolled = Math.max(scrolled, await frame.locator('html').evaluate(() => scrollY));
    await tab.waitForTimeout(50);
  }
  assert.equal(scrolled, 0, 'the iframe’s own page never scrolled');
  await sizedToContent(tab, 0, PYM);
  await context.close();
});

test('Back pressed with the widget scrolled away, in an iframe sized by the host script or by pym.js: the iframe takes its height before the reader comes back, and the article stays where the reader scrolls', async () => {
  for (const [name, iframes] of [['far-matrix-iframe.html', MARKED], ['pym.html', PYM]]) {
    const { context, tab } = await open(name, { viewport: { width: 1280, height: 800 } });
    await sizedToContent(tab, 0, iframes);
    const frame = frameOf(tab, 0, iframes);
    await frame.getByRole('tab', { name: 'Actors' }).click();
    await frame.locator('[role=tabpanel]:not([hidden]) .sm-actors').waitFor();
    await sizedToContent(tab, 0, iframes);
    const outer = tab.locator(iframes);
    // The reader reads on, 1,500 px past the widget, and presses Back.
    await outer.evaluate((f) => scrollTo(0, f.getBoundingClientRect().bottom + scrollY + 1500));
    await tab.waitForTimeout(500);
    await tab.evaluate(() => history.back());
    await frame.getByRole('tab', { name: 'Who wants what' }).and(frame.locator('[aria-selected=true]')).waitFor();
    const content = frame.locator('div[data-stancemap]');
    let heights = [0, 1];
    for (let waited = 0; Math.abs(heights[0] - heights[1]) > 2 && waited < 3000; waited += 100) {
      await tab.waitForTimeout(100);
      heights = [await outer.evaluate((f) => f.clientHeight), Math.ceil(await content.evaluate((el) => el.getBoundingClientRect().height))];
    }
    assert.ok(Math.abs(heights[0] - heights[1]) <= 2, `${name}: the iframe, out of view, is ${heights[0]} px tall around ${heights[1]} px of content`);
    // Scrolled back up until the widget's foot shows, the article stays there.
    await outer.evaluate((f) => scrollBy(0, f.getBoundingClientRect().bottom - 100));
    await tab.waitForTimeout(1500);
    const foot = await outer.evaluate((f) => f.getBoundingClientRect().bottom);
    assert.ok(Math.abs(foot - 100) <= 2, `${name}: the widget's foot stayed 100 px down the window (at ${Math.round(foot)} px)`);
    await context.close();
  }
});

test('in an app’s shell that scrolls (taller than the window, or a web component’s dialog), or on a page whose body clips sideways, a direct mount keeps the card and the language switch the reader touched where they were', async () => {
  const top = (control) => control.evaluate((el) => el.getBoundingClientRect().top);
  // Where `control` is once the lists drawn a few items at a time have stopped growing above it.
  const settled = (control) => control.evaluate(async (el) => {
    for (let last = NaN; ;) {
      await new Promise((r) => setTimeout(r, 300));
      const now = el.getBoundingClientRect().top;
      if (now === last) return now;
      last = now;
    }
  });
  const stays = async (before, control, name) => {
    const after = await top(control);
    assert.ok(Math.abs(after - before) <= 1, `${name} moved from ${Math.round(before)} to ${Math.round(after)} px`);
  };
  for (const name of ['shell-mount.html', 'tall-shell-mount.html', 'slotted-mount.html', 'body-clipped-mount.html']) {
    const { context, tab } = await open(name, { viewport: { width: 390, height: 844 } });
    const m = tab.locator('div[data-stancemap]');
    await widgetReady(tab);
    // Opening a card far down closes the one open above it, which shrinks the page over it.
    const cards = m.locator('[role=tabpanel]:not([hidden]) .sm-disclosure-heading button');
    await cards.first().click();
    await m.locator('[role=tabpanel]:not([hidden]) .sm-disclosure-body:not([hidden])').first().waitFor();
    const fourth = cards.nth(3);
    await settled(fourth);
    await fourth.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    const before = await settled(fourth);
    await fourth.click();
    await tab.waitForFunction(() => document.querySelector('div[data-stancemap]').shadowRoot.querySelectorAll('.sm-disclosure-heading button[aria-expanded=true]').length === 1);
    await tab.evaluate(() => new Promise(requestAnimationFrame));
    await stays(before, fourth, `${name}: the fourth card’s button`);
    // The language switch, while the view below it is drawn again in the other language.
    const switchTo = m.getByRole('button', { name: 'Українська', exact: true });
    await switchTo.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    const at = await settled(switchTo);
    await switchTo.click();
    await m.locator('.sm-root[lang=uk]').waitFor();
    await tab.evaluate(() => new Promise(requestAnimationFrame));
    await stays(at, m.getByRole('button', { name: 'English', exact: true }), `${name}: the language switch`);
    await context.close();
  }
});

test('in a column the article zooms, a direct mount’s tab strip shows the selected tab whole, from its link and from the keyboard', async () => {
  const { context, tab } = await open('zoomed-mount.html', { viewport: { width: 390, height: 844 } });
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  // (The strip may scroll smoothly: given a second to get there.)
  const whole = async (name) => {
    let strip, selected, label;
    for (let waited = 0; waited <= 1000; waited += 100) {
      [strip, selected, label] = await m.locator('[role=tablist]').evaluate((list) => {
        const chosen = list.querySelector('[aria-selected=true]');
        return [list.getBoundingClientRect().toJSON(), chosen.getBoundingClientRect().toJSON(), chosen.textContent];
      });
      if (selected.left >= strip.left - 1 && selected.right <= strip.right + 1) return;
      await tab.waitForTimeout(100);
    }
    assert.fail(`${name}: “${label}” spans ${Math.round(selected.left)}–${Math.round(selected.right)} px in a strip of ${Math.round(strip.left)}–${Math.round(strip.right)}`);
  };
  await whole('the start view');
  const count = await m.getByRole('tab').count();
  await m.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < count; i++) {
    await tab.keyboard.press('ArrowLeft');
    await whole(`after ${i + 1} × ArrowLeft`);
  }
  // A tab already whole in the strip does not scroll it: only one past its edge does.
  await tab.keyboard.press('Home');
  await whole('after Home');
  for (let i = 0; i < count; i++) {
    const [inView, before] = await m.locator('[role=tablist]').evaluate((list) => {
      const tabs = [...list.querySelectorAll('[role=tab]')];
      const next = tabs[(tabs.indexOf(list.querySelector('[aria-selected=true]')) + 1) % tabs.length];
      const [strip, box] = [list.getBoundingClientRect(), next.getBoundingClientRect()];
      return [box.left >= strip.left && box.right <= strip.right, list.scrollLeft];
    });
    await tab.keyboard.press('ArrowRight');
    await whole(`after ${i + 1} × ArrowRight`);
    if (inView) assert.equal(await m.locator('[role=tablist]').evaluate((list) => list.scrollLeft), before, `after ${i + 1} × ArrowRight, to a tab already in view`);
  }
  await context.close();
});

test('a widget the page inserts later starts by itself, and one it removes is freed for the next', async () => {
  const { context, tab } = await open('neutral.html');
  await widgetReady(tab);
  const loaderUrl = `${widget.url}stancemap-loader.js`;
  // As a single-page app would: the article and its widget are swapped for the next.
  await tab.evaluate(() => {
    window.swapped = document.querySelector('div[data-stancemap]');
    document.querySelector('main').remove();
    document.body.insertAdjacentHTML('beforeend', '<main><h1>Next article</h1><div data-stancemap data-view="faq"></div></main>');
  });
  const next = tab.locator('main div[data-stancemap]');
  await tab.locator('main div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
  await next.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await next.getByRole('tab', { name: 'Sources' }).click();
  await next.getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  const running = () => tab.evaluate(async (url) => {
    const loader = await import(url);
    return [...document.querySelectorAll('div[data-stancemap]')].map((host) => Boolean(loader.instanceOf(host)));
  }, loaderUrl);
  assert.deepEqual(await running(), [true], 'the widget on the page runs');
  // mount() given as an event listener (its event is no list of hosts) still starts what there is.
  await tab.evaluate(async (url) => (await import(url)).mount(new Event('turbo:load')), loaderUrl);
  assert.equal(await tab.evaluate(async (url) => Boolean((await import(url)).instanceOf(window.swapped)), loaderUrl), false, 'the one swapped out is freed');
  // Removed, its instance is freed; put back, it starts afresh.
  await next.evaluate((host) => { window.kept = host; host.remove(); });
  await tab.waitForFunction(async (url) => !(await import(url)).instanceOf(window.kept), loaderUrl);
  await tab.evaluate(() => document.querySelector('main').append(window.kept));
  await tab.locator('main div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
  await next.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await context.close();
});

test('a direct mount’s link that lands under the article’s sticky header scrolls its target out from under it', async () => {
  const { context, tab } = await open('sticky-mount.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  // The panels start just below the top of the window, under the 180 px masthead; the overview's first link to an issue is in view.
  await m.locator('[role=tabpanel]:not([hidden])').evaluate((panel) => scrollBy(0, panel.getBoundingClientRect().top - 40));
  const link = m.locator('.sm-pillars a.sm-link').first();
  const title = await link.textContent();
  await link.evaluate((button) => button.click());
  const card = m.getByRole('button', { name: title, expanded: true });
  await card.waitFor();
  await tab.waitForTimeout(200);
  const top = await card.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top > 179 && top < 500, `the issue’s card is below the masthead, near it (at ${Math.round(top)} px)`);
  await context.close();
});

test('a deal’s summary stays in sight below the article’s sticky header, not under it', async () => {
  const { context, tab } = await open('sticky-mount.html', { viewport: { width: 1280, height: 800 } });
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  await m.getByRole('tab', { name: 'Build a deal' }).click();
  await m.locator('.sm-deal-choices input[type=radio]').nth(1).check();
  const summary = m.locator('.sm-deal-summary');
  // Scrolled well into the builder: the summary sticks.
  await summary.evaluate((el) => scrollBy(0, el.getBoundingClientRect().top + 600));
  const [top, layoutTop] = await summary.evaluate((el) => [el.getBoundingClientRect().top, el.parentElement.querySelector('.sm-deal-layout').getBoundingClientRect().top]);
  assert.ok(layoutTop < 0, 'the choices have scrolled past the top');
  assert.ok(Math.abs(top - 180) < 2, `the summary sticks at the masthead’s foot (at ${Math.round(top)} px)`);
  // A masthead that is lower at another width: followed as the window changes.
  await tab.evaluate(() => { document.documentElement.style.scrollPaddingTop = '100px'; });
  await tab.setViewportSize({ width: 1200, height: 800 });
  await tab.waitForFunction(() => Math.abs(document.querySelector('div[data-stancemap]').shadowRoot.querySelector('.sm-deal-summary').getBoundingClientRect().top - 100) < 2);
  await context.close();
});

test('widgets inserted while the first is starting, put back while their edition loads, or copied from a started one all come alive', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const wasm = await hold(context, '**/stancemap_bg.wasm');
  const edition = await hold(context, '**/stancemap-uk.json');
  await tab.goto(host.url + 'ukrainian-faq.html');
  await wasm.requested;
  // A lazy block arrives while the wasm is on its way.
  await tab.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<div data-stancemap data-view="matrix" data-lang="en"></div>'));
  wasm.release();
  await edition.requested;
  // The Ukrainian widget is taken out and put back while its edition loads.
  await tab.evaluate(() => new Promise((resolve) => {
    const first = document.querySelector('div[data-stancemap]');
    const next = first.nextSibling;
    first.remove();
    setTimeout(() => { next.before(first); resolve(); }, 50);
  }));
  await tab.waitForTimeout(100);
  edition.release();
  const [first, second] = [0, 1].map((n) => tab.locator('div[data-stancemap]').nth(n));
  await first.locator('.sm-root[lang=uk]').getByRole('tab', { selected: true, name: catalogue('uk')['tab.faq'] }).waitFor();
  await second.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  // A copy of a started widget (a page restored from a snapshot) carries its marks, but starts all the same.
  await second.evaluate((host) => host.after(host.cloneNode(true)));
  const copy = tab.locator('div[data-stancemap]').nth(2);
  await copy.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  await context.close();
});

test('in an article, a tab of the prerendered first view chosen before the app arrives says it is loading, and is the one the app opens, over a link to another view; the host hears that switch', async () => {
  for (const [file, address] of [['snippet-column.html', ''], ['snippet-own.html#matrix', '#faq']]) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const { requested, release } = await hold(context, '**/stancemap_bg.wasm');
    await tab.goto(host.url + file);
    const first = tab.locator('div[data-stancemap] [data-prerendered] .sm-root');
    await requested; // the loader has run
    await first.getByRole('tab', { name: 'FAQ' }).click();
    assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'FAQ', file);
    assert.equal(await first.getByRole('status').textContent(), 'Loading this view…');
    await tab.locator('div[data-stancemap]').evaluate((el) => {
      window.views = [];
      el.addEventListener('stancemap:view', (e) => window.views.push(e.detail.tab));
    });
    release();
    await widgetReady(tab);
    const m = tab.locator('div[data-stancemap]');
    await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
    assert.deepEqual(await tab.evaluate(() => window.views), ['faq'], `${file}: one stancemap:view, for the tab the reader chose`);
    assert.equal(await hash(tab), address, 'the address says the view only where the widget owns it');
    assert.equal(await m.getAttribute('data-stancemap-chosen'), null, 'a later start is not held to that choice');
    await context.close();
  }
});

test('in a single-page app, Back from one article to the widget’s view in the one before shows that article, with that view, and Back again to its bare address the view it starts on', async () => {
  const { context, tab } = await open('spa.html');
  const m = tab.locator('main div[data-stancemap]');
  const ready = () => tab.locator('main div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
  await ready();
  await tab.evaluate(() => window.go(2));
  await ready();
  await m.getByRole('tab', { name: 'Scenarios' }).click();
  await tab.waitForFunction(() => location.pathname === '/spa/2' && location.hash === '#scenarios');
  await tab.evaluate(() => window.go(3));
  await ready();
  await m.getByRole('tab', { name: 'FAQ' }).click();
  await tab.waitForFunction(() => location.hash === '#faq');
  await tab.goBack();
  await tab.waitForFunction(() => location.pathname === '/spa/3' && location.hash === '');
  await m.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await tab.goBack();
  await tab.waitForFunction(() => location.pathname === '/spa/2' && location.hash === '#scenarios');
  await tab.locator('h1', { hasText: 'Article 2' }).waitFor();
  await ready();
  await m.getByRole('tab', { name: 'Scenarios', selected: true }).waitFor();
  // As a reload of that address would show, not the view of the link the widget was mounted on again.
  await tab.goBack();
  await tab.waitForFunction(() => location.pathname === '/spa/2' && location.hash === '');
  await m.getByRole('tab', { name: 'Overview', selected: true }).waitFor({ timeout: 5000 });
  await context.close();
});

test('an unmounted widget no longer says it is ready', async () => {
  const { context, tab } = await open('neutral.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  await tab.evaluate(async (url) => (await import(url)).unmount(document.querySelector('div[data-stancemap]')), `${widget.url}stancemap-loader.js`);
  assert.equal(await m.getAttribute('data-stancemap-ready'), null);
  await context.close();
});

test('a page’s own module that imports mount and unmount from the loader runs at once, not once the widgets’ code has come', async () => {
  const { context, tab, release } = await beforeTheApp('imports-loader.html');
  await tab.locator('body[data-host-ready="function function"]').waitFor({ state: 'attached' });
  release();
  await widgetReady(tab);
  await context.close();
});

test('a widget the page removes after it crashed leaves nothing broken behind: the next ones the page inserts start and run', async () => {
  const { context, tab } = await open('neutral.html');
  await widgetReady(tab);
  await tab.evaluate(async (url) => {
    const loader = await import(url);
    try { loader.instanceOf(document.querySelector('div[data-stancemap]')).simulate_panic(); } catch { /* the trap surfaces here too */ }
  }, `${widget.url}stancemap-loader.js`);
  await tab.locator('div[data-stancemap] [role=alert]').waitFor();
  // As a single-page app would, twice: the article and its widget swapped for the next.
  for (const view of ['faq', 'sources']) {
    await tab.evaluate((view) => {
      document.querySelector('main').remove();
      document.body.insertAdjacentHTML('beforeend', `<main><h1>Next article</h1><div data-stancemap data-view="${view}"></div></main>`);
    }, view);
    const next = tab.locator('main div[data-stancemap]');
    await tab.locator('main div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
    assert.equal(await next.getAttribute('data-stancemap-failed'), null, view);
    await next.getByRole('tab', { name: 'Issues' }).click();
    await next.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  }
  await context.close();
});

test('Back from an article’s own anchor to its bare address, with a widget that owns the fragment, leaves the history as it was', async () => {
  const { context, tab } = await open('own-start.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  await tab.getByRole('link', { name: 'Comments' }).click();
  await tab.waitForFunction(() => location.hash === '#comments');
  const length = await tab.evaluate(() => history.length);
  await tab.goBack();
  await tab.waitForFunction(() => location.hash === '');
  await tab.waitForTimeout(300); // the widget reads the address and writes nothing over it
  assert.equal(tab.url(), `${host.url}own-start.html`);
  assert.equal(await tab.evaluate(() => history.length), length, 'no entry added');
  assert.equal(await m.getByRole('tab', { selected: true }).textContent(), 'FAQ');
  await tab.goForward();
  await tab.waitForFunction(() => location.hash === '#comments');
  await context.close();
});

test('a widget that owns an article’s fragment leaves the article’s own anchors alone', async () => {
  const { context, tab } = await open('own-start.html');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  await m.locator(`button[aria-controls$="faq-${data.faq[0].id}-region"]`).click();
  await tab.waitForFunction((id) => location.hash === `#faq/${id}`, data.faq[0].id);
  await tab.getByRole('link', { name: 'Comments' }).click();
  await tab.waitForFunction(() => location.hash === '#comments');
  await tab.waitForTimeout(200);
  assert.equal(await m.getByRole('tab', { selected: true }).textContent(), 'FAQ', 'the widget keeps its view');
  assert.equal(await m.locator(`button[aria-controls$="faq-${data.faq[0].id}-region"]`).getAttribute('aria-expanded'), 'true', 'and the answer the reader opened');
  assert.equal(await m.locator('.sm-notice').count(), 0, 'and says nothing about a view called “comments”');
  assert.equal(await tab.evaluate(() => location.hash), '#comments', 'nor rewrites the address');
  await context.close();
  // Opened at the anchor, it starts on its own view and leaves the address as it is.
  const fresh = await open('own-start.html#comments');
  await widgetReady(fresh.tab);
  const w = fresh.tab.locator('div[data-stancemap]');
  assert.equal(await w.getByRole('tab', { selected: true }).textContent(), 'FAQ');
  assert.equal(await w.locator('.sm-notice').count(), 0);
  assert.equal(await hash(fresh.tab), '#comments');
  // Back from a view the reader opened returns the article to its anchor, and the widget to the view it had there.
  await w.getByRole('tab', { name: 'Issues' }).click();
  await fresh.tab.waitForFunction(() => location.hash === '#issues');
  await fresh.tab.goBack();
  await fresh.tab.waitForFunction(() => location.hash === '#comments');
  await w.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await fresh.tab.goForward();
  await w.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  assert.equal(await hash(fresh.tab), '#issues');
  await fresh.tab.goBack();
  await w.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await fresh.tab.waitForTimeout(200);
  assert.equal(await fresh.tab.evaluate(() => location.hash), '#comments', 'the view Back showed is not written over the anchor');
  // A host that merges its own fields into that entry's state keeps them when the widget leaves it again.
  await fresh.tab.evaluate(() => history.replaceState({ ...history.state, readerY: 5 }, ''));
  await w.getByRole('tab', { name: 'Sources' }).click();
  await fresh.tab.waitForFunction(() => location.hash === '#sources');
  await fresh.tab.goBack();
  await w.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  assert.deepEqual(await fresh.tab.evaluate(() => history.state), { stancemapView: 'faq', readerY: 5 });
  await fresh.context.close();
});

test('an article anchor named like one of the widget’s views is the article’s, at the start and when the reader follows it', async () => {
  const { context, tab } = await open('own-named-anchor.html#sources');
  const m = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  assert.equal(await m.getByRole('tab', { selected: true }).textContent(), 'Overview', 'the article’s #sources is not the widget’s');
  assert.equal(await hash(tab), '#sources');
  // Nor is a named anchor's, which a link in capitals would otherwise name a view by.
  const old = await open('own-old-anchor.html#Sources');
  await widgetReady(old.tab);
  assert.equal(await old.tab.locator('div[data-stancemap]').getByRole('tab', { selected: true }).textContent(), 'Overview', 'the article’s <a name="Sources">');
  await old.context.close();
  await m.getByRole('tab', { name: 'Who wants what' }).click();
  await tab.waitForFunction(() => location.hash === '#matrix');
  await tab.getByRole('link', { name: 'This article’s sources' }).click();
  await tab.waitForFunction(() => location.hash === '#sources');
  await tab.waitForTimeout(200);
  assert.equal(await m.getByRole('tab', { selected: true }).textContent(), 'Who wants what', 'the widget keeps its view');
  assert.ok(await tab.locator('h2#sources').evaluate((h) => h.getBoundingClientRect().top < innerHeight), 'the article is at its heading');
  // The widget's own Sources view is written so that it still names the view: its reload opens it.
  await m.getByRole('tab', { name: 'Sources' }).click();
  await tab.waitForFunction(() => location.hash === '#sources/');
  // The article's anchor keeps its own entry: Back returns to it, with the view the widget had there.
  await tab.goBack();
  await tab.waitForFunction(() => location.hash === '#sources');
  await m.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  await tab.goForward();
  await m.getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  await tab.reload();
  await widgetReady(tab);
  await m.getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  await context.close();
});

test('Back to the article’s anchor shows the view the reader saw there, not one that came and went before a paint', async () => {
  const { context, tab } = await open('own-start.html#comments');
  const w = tab.locator('div[data-stancemap]');
  await widgetReady(tab);
  await w.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  // Two choices within one frame, each rendered before the next (animation frame callbacks of one frame, microtasks between): the first is never painted.
  await w.evaluate((host) => new Promise((resolve) => {
    requestAnimationFrame(() => host.shadowRoot.querySelector('[role=tab][id$="-tab-deal"]').click());
    requestAnimationFrame(() => { host.shadowRoot.querySelector('[role=tab][id$="-tab-scenarios"]').click(); resolve(); });
  }));
  await tab.waitForFunction(() => location.hash === '#scenarios');
  await tab.goBack();
  await tab.waitForFunction(() => location.hash === '#comments');
  await w.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await context.close();
});

test('with JavaScript off, the snippet in an article column leaves out the controls only the app can work, its fallback is a named part beside the story, and its table scrolls in its own box', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const tab = await context.newPage();
  await tab.goto(host.url + 'snippet-column.html');
  const w = tab.locator('div[data-stancemap]');
  await w.locator('.sm-title').waitFor();
  assert.ok(await w.locator('.sm-fallback table').isVisible(), 'the fallback’s table is there to read');
  // A complementary landmark, which reader views leave out rather than take for the article; on the widget's
  // own page, where it is the page's content, it is not one.
  assert.equal(await tab.getByRole('complementary', { name: shippedData().meta.title }).locator('table').count(), 1);
  const own = await context.newPage();
  await own.goto(widget.url);
  assert.equal(await own.locator('.sm-fallback').getAttribute('role'), null);
  await own.close();
  for (const dead of ['[role=tablist]', '.sm-switch', '.sm-embed']) assert.equal(await w.locator(dead).first().isVisible(), false, dead);
  const sideways = await tab.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(sideways <= 0, `the article scrolls sideways by ${sideways} px`);
  await context.close();
});

test('the first view’s links to an issue and to the sources lead there: in place once the app runs, on the widget’s own page in a new tab or without JavaScript', async () => {
  const statics = await browser.newContext({ javaScriptEnabled: false });
  const still = await statics.newPage();
  await still.goto(host.url + 'snippet-column.html');
  const w = still.locator('div[data-stancemap]');
  const issue = w.locator('.sm-pillars').getByRole('link').first();
  const title = await issue.textContent();
  const addresses = [await issue.getAttribute('href'), await w.getByRole('link', { name: 'Sources and data' }).getAttribute('href')];
  await statics.close();
  // Followed without JavaScript on the article (as a new tab would), each opens its view, the app running there.
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(addresses[0]);
  await widgetReady(tab);
  assert.ok(tab.url().startsWith(widget.url), 'the widget’s own page');
  await tab.getByRole('button', { name: title, expanded: true }).waitFor();
  await tab.goto(addresses[1]);
  await widgetReady(tab);
  await tab.getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  // With the app running in the article, a click opens the issue in place, and the article stays where it is.
  await tab.goto(host.url + 'snippet-column.html');
  await widgetReady(tab);
  const m = tab.locator('div[data-stancemap]');
  assert.equal(await m.locator('.sm-pillars').getByRole('link').first().getAttribute('href'), addresses[0], 'a new tab still opens it on its own page');
  await m.locator('.sm-pillars').getByRole('link').first().click();
  await m.getByRole('button', { name: title, expanded: true }).waitFor();
  assert.equal(tab.url(), host.url + 'snippet-column.html');
  // A click asking for a new tab gets one, at the link's address.
  await m.getByRole('tab', { name: 'Overview' }).click();
  const [opened] = await Promise.all([context.waitForEvent('page'), m.locator('.sm-pillars').getByRole('link').first().click({ modifiers: ['ControlOrMeta'] })]);
  await opened.waitForURL(addresses[0]);
  assert.equal(tab.url(), host.url + 'snippet-column.html', 'the article stays');
  await context.close();
});

test('a snippet given its own start view and theme shows them before the app arrives, its view as loading, and the app opens them', async () => {
  const { context, tab, release, first } = await beforeTheApp('snippet-settings.html', { colorScheme: 'light' });
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'Who wants what');
  assert.equal(await first.getByRole('status').textContent(), 'Loading this view…');
  assert.equal(await first.evaluate((root) => getComputedStyle(root).colorScheme), 'dark', 'dark at once, not when the app comes');
  release();
  await widgetReady(tab);
  const m = tab.locator('div[data-stancemap]');
  await m.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  assert.equal(await m.locator('.sm-root').evaluate((root) => getComputedStyle(root).colorScheme), 'dark');
  await context.close();
});

test('a snippet given an issue alone, without its tab, opens on the Issues tab before the app arrives, and the app on that issue’s card', async () => {
  const { context, tab, release, first } = await beforeTheApp('snippet-issue.html');
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'Issues');
  release();
  await widgetReady(tab);
  const m = tab.locator('div[data-stancemap]');
  await m.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  await m.locator('#sm1-issue-territory-button[aria-expanded=true]').waitFor();
  assert.equal(await m.locator('.sm-notice').count(), 0, 'and says nothing was left unused');
  await context.close();
});

test('a snippet a page inserts as HTML text shows its styled first view, not its fallback, until the app takes it over', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const tab = await context.newPage();
  const { release } = await hold(context, '**/stancemap_bg.wasm');
  await tab.goto(host.url + 'snippet-inserted.html');
  const m = tab.locator('div[data-stancemap]');
  await m.locator('[data-prerendered] .sm-root').waitFor();
  assert.equal(await tab.locator('#block > div[data-stancemap] > template').count(), 0, 'no template left behind');
  assert.equal(await m.locator('.sm-fallback').isVisible(), false, 'the fallback stays behind its slot');
  assert.equal(await m.locator('[data-prerendered]').isVisible(), true, 'the first view is what shows');
  assert.equal(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'the page does not scroll sideways');
  await m.getByRole('tab', { name: 'FAQ' }).click();
  assert.equal(await m.locator('[data-prerendered]').getByRole('tab', { selected: true }).textContent(), 'FAQ', 'its tabs answer before the app');
  release();
  await widgetReady(tab);
  await m.getByRole('tab', { name: 'FAQ', selected: true }).waitFor();
  await context.close();
});

test('a snippet pasted from another build shows no records until the app takes over: they may have been corrected since; the console says to paste the current one', async () => {
  const { context, tab, warnings } = await keepingWarnings();
  const [loader, app] = await Promise.all([hold(context, '**/stancemap-loader.js'), hold(context, '**/stancemap_bg.wasm')]);
  // (Not waiting for the page's load, which waits for the loader held.)
  await tab.goto(host.url + 'older-snippet.html', { waitUntil: 'commit' });
  const [current, older, ukrainian] = ['#current', '#older', '#ukrainian'].map((id) => tab.locator(`${id} [data-prerendered] .sm-root`));
  const visibility = (root) => root.locator('.sm-panels').evaluate((el) => getComputedStyle(el).visibility);
  // From the first paint, before any script: the stylesheet knows its build.
  await current.locator('.sm-panels').waitFor();
  assert.equal(await visibility(current), 'visible', 'this build’s own snippet shows at once');
  assert.equal(await visibility(ukrainian), 'visible', 'in either language');
  assert.equal(await visibility(older), 'hidden', 'the older records unseen');
  assert.equal(await older.locator('h3[data-older]').isVisible(), false);
  // The loader then says the view is loading.
  loader.release();
  await older.locator('.sm-waiting').waitFor();
  assert.equal(await visibility(older), 'hidden');
  assert.equal(await current.getAttribute('data-waiting'), null);
  assert.equal(await ukrainian.getAttribute('data-waiting'), null);
  assert.deepEqual(warnings.filter((w) => w.includes('come from two builds')).length, 1, warnings.join('\n'));
  app.release();
  await tab.locator('#older > [data-stancemap-ready]').waitFor();
  assert.equal(await tab.locator('#older h3', { hasText: 'An older title' }).count(), 0, 'the app shows this build’s records');
  assert.ok(await tab.locator('#older .sm-panels').first().isVisible());
  await context.close();
});

test('a template a page inserts as HTML text that is not a first view as the build writes it stays inert: nothing in it runs or loads, and the widget renders its own', async () => {
  const { context, tab, warnings } = await keepingWarnings();
  const asked = [];
  tab.on('request', (r) => asked.push(r.url()));
  await tab.goto(host.url + 'snippet-inserted.html');
  // A comment's markup, planted where a sanitizer that skips a template's content let it through.
  const planted = (n, inside, stylesheet = `${widget.url}stancemap.css`) => `<div data-stancemap id="planted${n}"><template shadowrootmode="open"><link rel="stylesheet" href="${stylesheet}"><div class="sm-mount" data-prerendered>${inside}</div><slot class="sm-fallback-slot"></slot></template></div>`;
  await tab.evaluate((html) => { document.body.insertAdjacentHTML('beforeend', html); }, [
    planted(1, '<img src="planted-image.png" onerror="window.revived = 1">'),
    planted(2, '<a href="javascript:window.revived = 2">Read on</a>'),
    planted(3, '<svg><a href="#"><text onclick="window.revived = 3">Read on</text></a></svg>'),
    // Text alone, but styled by a stylesheet not the widget's (it could lay the widget over the article).
    planted(4, '<p>Read on</p>', `${host.url}planted-style.css`),
    // And the build's own Ukrainian snippet, which is brought to life (no warning for it below).
    fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/stancemap-snippet.uk.html'), 'utf8').replaceAll('href="/', `href="${widget.url}`),
  ].join(''));
  const N = [1, 2, 3, 4];
  for (const n of N) await tab.locator(`#planted${n}[data-stancemap-ready]`).waitFor();
  for (const n of N) {
    assert.equal(await tab.locator(`#planted${n} [data-prerendered]`).count(), 0, `planted${n}: not brought to life`);
    assert.equal(await tab.locator(`#planted${n} .sm-title`).count(), 1, `planted${n}: the widget’s own render`);
    await tab.locator(`#planted${n} a[href^=javascript], #planted${n} text`).click({ timeout: 500 }).catch(() => {});
  }
  assert.equal(await tab.evaluate(() => window.revived), undefined);
  assert.ok(!asked.some((u) => u.includes('planted-')), 'nothing in it loaded');
  // One each: not the build's own snippet, inserted the same way on the same page.
  assert.equal(warnings.filter((w) => w.includes('is not as the build writes it')).length, N.length, warnings.join('\n'));
  await context.close();
});

test('on an article still coming when the loader runs (the loader in its <head>), the snippet’s tabs and links answer before the app', async () => {
  const snippet = fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/stancemap-snippet.html'), 'utf8').replaceAll('href="/', `href="${widget.url}`);
  let sent;
  const streamed = await serve({ answer: { '/streamed.html': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const [head, rest] = page(snippet, `<script type="module" async src="${widget.url}stancemap-loader.js"></script>`).split(snippet);
    res.write(head);
    // The loader runs while the rest is on its way, which comes in parts: the
    // first view's tabs, then its panels (with their links) and the rest.
    const cut = snippet.indexOf('class="sm-panels"');
    const later = (ms, then) => new Promise((resolve) => setTimeout(() => { then(); resolve(); }, ms));
    sent = later(1500, () => res.write(snippet.slice(0, cut))).then(() => later(500, () => res.end(snippet.slice(cut) + rest)));
  } } });
  const context = await browser.newContext();
  const tab = await context.newPage();
  const { release } = await hold(context, '**/stancemap_bg.wasm');
  const loaded = tab.waitForResponse((r) => r.url().endsWith('stancemap-loader.js'));
  await tab.goto(streamed.url + 'streamed.html', { waitUntil: 'commit' });
  await loaded;
  await sent;
  const first = tab.locator('div[data-stancemap] [data-prerendered] .sm-root');
  await first.getByRole('tab', { name: 'FAQ' }).click();
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'FAQ');
  await first.getByRole('tab', { name: 'Overview' }).click();
  await first.locator('.sm-pillars').getByRole('link').first().click();
  assert.equal(tab.url(), streamed.url + 'streamed.html', 'the link is followed in place');
  release();
  await widgetReady(tab);
  await tab.locator('div[data-stancemap]').getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  await context.close();
  await streamed.close();
});

test('a link of the snippet’s first view followed before the app arrives opens its view in place once it has', async () => {
  const { context, tab, release, first } = await beforeTheApp('snippet-column.html');
  const issue = first.locator('.sm-pillars').getByRole('link').first();
  const title = await issue.textContent();
  // A click asking for a new tab gets one; the first view stays as it is.
  const [opened] = await Promise.all([context.waitForEvent('page'), issue.click({ modifiers: ['ControlOrMeta'] })]);
  await opened.waitForURL(await issue.evaluate((a) => a.href));
  await opened.close();
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'Overview');
  await issue.press('Enter');
  assert.equal(tab.url(), host.url + 'snippet-column.html', 'the article stays');
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'Issues');
  assert.equal(await first.getByRole('tab', { selected: true }).evaluate((t) => t.getRootNode().activeElement === t), true, 'focus on the tab, the link’s panel hidden');
  assert.equal(await first.getByRole('status').textContent(), 'Loading this view…');
  release();
  await widgetReady(tab);
  await tab.locator('div[data-stancemap]').getByRole('button', { name: title, expanded: true }).waitFor();
  assert.equal(tab.url(), host.url + 'snippet-column.html');
  await context.close();
  // Where the app cannot start, the link leads to the widget's own page.
  const failing = await browser.newContext();
  const page = await failing.newPage();
  await page.route('**/stancemap_bg.wasm', (route) => route.abort());
  await page.goto(host.url + 'snippet-column.html');
  await page.locator('[data-stancemap-failed]').waitFor({ state: 'attached' });
  await page.locator('div[data-stancemap] .sm-pillars').getByRole('link').first().click();
  await page.waitForURL((url) => url.href.startsWith(widget.url));
  await failing.close();
});

test('an iframe told a theme it does not know says so, beside the view its link asked for and the widget does not have, and drops it from its address', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${widget.url}embed.html?id=x&theme=drak#matrx`);
  await widgetReady(tab);
  const notice = await tab.locator('.sm-notice').textContent();
  assert.match(notice, /theme “drak”/);
  assert.match(notice, /“matrx”/);
  // What the widget could not use leaves the address, so a reload or a copy does not ask for it again; the rest stays.
  await tab.waitForFunction(() => location.search === '?id=x');
  // The build's own page takes its settings from the address the reader opened: one sentence names what of it was unusable.
  await tab.goto(`${widget.url}?theme=drak&lang=xx#issues/atlantis`);
  await widgetReady(tab);
  assert.equal((await tab.locator('.sm-notice p').textContent()).match(/Part of this link could not be used \((.*)\)/)[1],
    'theme “drak”, issue “atlantis” and language “xx”');
  assert.doesNotMatch(await tab.locator('.sm-notice p').textContent(), /embed/);
  await tab.waitForFunction(() => location.search === '' && location.hash.startsWith('#issues'));
  const link = await tab.locator('.sm-footer a.sm-link').getAttribute('href');
  assert.ok(link.startsWith(widget.url) && !/[?&](theme|lang)=/.test(link), `the widget's own links leave them out too (${link})`);
  // A language the Ukrainian page's address asks for and the widget does not speak: the page stays Ukrainian.
  await tab.goto(`${widget.url}index.uk.html?lang=xx#faq`);
  await widgetReady(tab);
  assert.equal(await tab.locator('.sm-root').getAttribute('lang'), 'uk');
  await tab.waitForFunction(() => location.search === '' && location.hash === '#faq');
  await context.close();
});

test('an iframe told ?theme=dark is dark once its loader runs, before the app takes over, and after', async () => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const tab = await context.newPage();
  const { release } = await hold(context, '**/stancemap_bg.wasm');
  await tab.goto(host.url + 'dark-iframe.html');
  const frame = tab.frameLocator('iframe');
  const background = () => frame.locator('.sm-root').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  await frame.locator('.sm-root .sm-title').first().waitFor();
  const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).every((c) => Number(c) < 80);
  assert.ok(dark(await background()), `the prerendered view is dark (${await background()})`);
  release();
  await widgetReady(frame);
  assert.ok(dark(await background()), 'and so is the app');
  assert.equal(await frame.getByRole('button', { name: 'Dark', exact: true }).getAttribute('aria-pressed'), 'true', 'its switch says so');
  await context.close();
});

test('in an article, a tab’s first opening ends with every card; a print begun just after prints them all with their detail, which stay after it, and a link to a card far down opens it at once', async () => {
  const { context, tab } = await open('plain.html');
  await widgetReady(tab);
  // Printed in the frame after the tab opened, once the app has finished with it (Yew may let the browser
  // run a task between a render and its effects): the browser lays the page out for paper once the event's
  // work, its microtasks, is done, with no task or frame between.
  const printed = await tab.evaluate(async () => {
    const root = document.querySelector('[data-stancemap]').shadowRoot;
    root.querySelector('[role=tab][id$="-tab-issues"]').click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const drawn = () => {
      const bodies = [...root.querySelectorAll('[id$="-panel-issues"] .sm-disclosure-body')];
      return { cards: bodies.length, detailed: bodies.filter((b) => b.childElementCount > 0).length };
    };
    dispatchEvent(new Event('beforeprint'));
    // A few microtasks: Yew's render is one (wasm-bindgen's queue may add a hop); no task, no frame.
    for (let i = 0; i < 3; i++) await Promise.resolve();
    const during = drawn();
    dispatchEvent(new Event('afterprint'));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { during, after: drawn() };
  });
  const every = { cards: data.issues.length, detailed: data.issues.length };
  assert.deepEqual(printed, { during: every, after: every }, 'every card, each with its detail, printed and after');
  await context.close();
  // Unprinted, every card arrives, in order; a link to one far down opens it, focus on it, though its turn would come late.
  const fresh = await open('plain.html');
  await widgetReady(fresh.tab);
  const m = fresh.tab.locator('div[data-stancemap]');
  const linked = await m.locator('.sm-overview a.sm-link').allTextContents();
  const last = data.issues.filter((i) => linked.includes(i.title)).at(-1);
  assert.ok(data.issues.indexOf(last) >= data.issues.length / 2, 'the overview links to a card in the second half of the list');
  await m.locator('.sm-overview').getByRole('link', { name: last.title, exact: true }).click();
  await m.locator(`#sm1-issue-${last.id}-button[aria-expanded=true]`).waitFor();
  await fresh.tab.waitForFunction((id) => document.querySelector('[data-stancemap]').shadowRoot.activeElement?.id === id, `sm1-issue-${last.id}-button`);
  await fresh.tab.waitForFunction((n) => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('#sm1-panel-issues .sm-card').length === n, data.issues.length);
  assert.deepEqual(await m.locator('#sm1-panel-issues .sm-disclosure-title').allTextContents(), data.issues.map((i) => i.title), 'every card, in order');
  await fresh.context.close();
});

test('two Ukrainian widgets on one page download their edition once, and one inserted later reuses it', async () => {
  const { context, tab, requests } = await open('two-ukrainian.html');
  const m = tab.locator('div[data-stancemap]');
  for (const i of [0, 1]) await m.nth(i).locator('.sm-root[lang=uk]').waitFor({ state: 'attached' });
  await tab.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<div data-stancemap data-lang="uk" data-view="sources"></div>'));
  await m.nth(2).locator('.sm-root[lang=uk]').waitFor({ state: 'attached' });
  assert.equal(requests.filter((u) => new URL(u).pathname.endsWith('/stancemap-uk.json')).length, 1);
  await context.close();
});

test('a Ukrainian widget’s edition is downloaded beside the app, not once the app has come, and only once', async () => {
  const context = await browser.newContext();
  const app = await hold(context, '**/stancemap_bg.wasm');
  const editions = [];
  context.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/stancemap-uk.json')) editions.push(r.url()); });
  const tab = await context.newPage();
  // The article's widget speaks Ukrainian by the page's language; the other is told English.
  await tab.goto(host.url + 'ukrainian-article.html', { waitUntil: 'commit' });
  await app.requested;
  await tab.waitForRequest((r) => new URL(r.url()).pathname.endsWith('/stancemap-uk.json'));
  app.release();
  const m = tab.locator('div[data-stancemap]');
  await m.nth(0).locator('.sm-root[lang=uk]').waitFor({ state: 'attached' });
  await m.nth(1).locator('.sm-root[lang=en]').waitFor({ state: 'attached' });
  await m.nth(0).getByRole('tab', { selected: true }).waitFor();
  assert.equal(editions.length, 1, 'the widget found the edition the loader fetched');
  await context.close();
});

test('a widget the page unmounts while its app is still coming does not start, and another inserted meanwhile does', async () => {
  const { context, tab, release } = await beforeTheApp('plain.html');
  const loaderUrl = `${widget.url}stancemap-loader.js`;
  const first = tab.locator('div[data-stancemap]').first();
  await first.evaluate(async (host, url) => (await import(url)).unmount(host), loaderUrl);
  await tab.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<div id="next" data-stancemap></div>'));
  release();
  await tab.locator('#next[data-stancemap-ready]').waitFor({ state: 'attached' });
  assert.equal(await first.evaluate(async (host, url) => Boolean((await import(url)).instanceOf(host)), loaderUrl), false, 'no instance serves it');
  assert.deepEqual(await first.evaluate((host) => [host.hasAttribute('data-stancemap-ready'), host.textContent]), [false, ''], 'nor does it say it is loading');
  await context.close();
});

test('a language a removed widget was still loading does not change the words of the next widget its instance serves', async () => {
  const context = await browser.newContext();
  const edition = await hold(context, '**/stancemap-uk.json');
  const tab = await context.newPage();
  await tab.goto(host.url + 'plain.html');
  await widgetReady(tab);
  await tab.locator('div[data-stancemap]').getByRole('button', { name: 'Українська' }).click();
  await edition.requested;
  // The article swapped for the next, whose widget takes the instance the first let go.
  await tab.evaluate(() => {
    document.querySelector('main').remove();
    document.body.insertAdjacentHTML('beforeend', '<main><div id="next" data-stancemap></div></main>');
  });
  await tab.locator('#next[data-stancemap-ready]').waitFor({ state: 'attached' });
  const arrived = tab.waitForResponse((r) => r.url().endsWith('stancemap-uk.json'));
  edition.release();
  await arrived;
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await tab.evaluate(async (url) => {
    const loader = await import(url);
    try { loader.instanceOf(document.getElementById('next')).simulate_panic(); } catch { /* the trap surfaces here too */ }
  }, `${widget.url}stancemap-loader.js`);
  const alert = tab.locator('#next [role=alert]');
  await alert.waitFor();
  assert.equal(await alert.getAttribute('lang'), 'en', await alert.textContent());
  await context.close();
});

test('on a snippet’s first view before the app arrives, a theme chosen shows at once and a language chosen says the view is loading; the app starts with both; “Embed this view” waits for it', async () => {
  const { context, tab, release, first } = await beforeTheApp('snippet-column.html');
  assert.equal(await first.getByRole('button', { name: 'Embed this view' }).getAttribute('aria-disabled'), 'true', 'only the app can write the code');
  await first.getByRole('button', { name: 'Dark' }).click();
  assert.equal(await first.getAttribute('data-theme'), 'dark', 'the theme at once');
  assert.equal(await first.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed'), 'true');
  await first.getByRole('button', { name: 'Українська' }).click();
  assert.equal(await first.getByRole('button', { name: 'Українська' }).getAttribute('aria-pressed'), 'true');
  await first.locator('.sm-waiting').waitFor();
  release();
  await tab.locator('div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
  const uk = catalogue('uk');
  const m = tab.locator('div[data-stancemap]');
  await m.locator('.sm-root[lang=uk][data-theme=dark]').waitFor();
  assert.equal(await m.getByRole('button', { name: uk['theme.dark'] }).getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('on a snippet’s first view before the app arrives, the arrow keys, Home and End step through the tabs as the app’s do, and the app opens the tab reached', async () => {
  const { context, tab, release, first } = await beforeTheApp('snippet-column.html');
  const names = await first.getByRole('tab').allTextContents();
  const focused = () => tab.evaluate(() => document.querySelector('div[data-stancemap]').shadowRoot.activeElement?.textContent);
  await first.getByRole('tab', { selected: true }).focus();
  await tab.keyboard.press('ArrowRight');
  assert.deepEqual([await first.getByRole('tab', { selected: true }).textContent(), await focused()], [names[1], names[1]]);
  await tab.keyboard.press('End');
  assert.deepEqual([await first.getByRole('tab', { selected: true }).textContent(), await focused()], [names.at(-1), names.at(-1)]);
  await tab.keyboard.press('ArrowRight');
  await tab.keyboard.press('ArrowLeft');
  assert.equal(await first.getByRole('tab', { selected: true }).getAttribute('tabindex'), '0', 'the selected tab is the one Tab reaches');
  release();
  await tab.locator('div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
  await tab.locator('div[data-stancemap]').getByRole('tab', { name: names.at(-1), selected: true }).waitFor();
  await context.close();
});

test('a widget in a web component’s shadow root, given to mount(), starts; one removed from it is freed, and one inserted starts', async () => {
  const { context, tab } = await open('web-component.html');
  const inside = tab.locator('article-body div[data-stancemap]');
  await tab.locator('article-body div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
  await inside.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  const loaderUrl = `${widget.url}stancemap-loader.js`;
  await tab.evaluate(() => {
    const root = document.querySelector('article-body').shadowRoot;
    window.removed = root.querySelector('div[data-stancemap]');
    window.removed.remove();
    root.append(Object.assign(document.createElement('div'), { id: 'next' }));
    root.getElementById('next').setAttribute('data-stancemap', '');
  });
  await tab.locator('article-body #next[data-stancemap-ready]').waitFor({ state: 'attached' });
  await tab.waitForFunction(async (url) => !(await import(url)).instanceOf(window.removed), loaderUrl);
  await context.close();
});

test('a language chosen on the first view while the widget is already loading its edition is the one the app starts in', async () => {
  const context = await browser.newContext();
  const edition = await hold(context, '**/stancemap-uk.json');
  const tab = await context.newPage();
  await tab.goto(host.url + 'ukrainian-snippet.html', { waitUntil: 'commit' });
  await edition.requested;
  // The widget has started and waits for its Ukrainian words.
  await tab.waitForFunction(async (url) => Boolean((await import(url)).instanceOf(document.querySelector('div[data-stancemap]'))), `${widget.url}stancemap-loader.js`);
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await tab.locator('div[data-stancemap] [data-prerendered] .sm-root').getByRole('button', { name: 'English' }).click();
  edition.release();
  await tab.locator('div[data-stancemap][data-stancemap-ready]').waitFor({ state: 'attached' });
  await tab.locator('div[data-stancemap] .sm-root[lang=en]').waitFor({ state: 'attached' });
  await context.close();
});

test('on the widget’s own page, a theme and a language chosen before the app arrives go into the address once it has', async () => {
  const { context, tab, release, first } = await beforeTheApp('#faq', {}, widget.url);
  await first.getByRole('button', { name: 'Dark' }).click();
  await first.getByRole('button', { name: 'Українська' }).click();
  release();
  await tab.locator('div[data-stancemap] .sm-root[lang=uk][data-theme=dark]').waitFor({ state: 'attached' });
  await tab.waitForURL(/\/index\.uk\.html\?theme=dark#faq$/);
  await context.close();
});

test('on a snippet given a theme, the first view’s switch shows that theme pressed, and “System” chosen before the app arrives is the theme the app starts with', async () => {
  const { context, tab, release, first } = await beforeTheApp('snippet-settings.html', { colorScheme: 'light' });
  assert.equal(await first.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed'), 'true', 'as the view shows it');
  await first.getByRole('button', { name: 'System' }).click();
  assert.equal(await first.evaluate((root) => getComputedStyle(root).colorScheme), 'light dark', 'the system’s at once');
  release();
  await widgetReady(tab);
  const m = tab.locator('div[data-stancemap]');
  assert.equal(await m.getByRole('button', { name: 'System' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await m.locator('.sm-root').evaluate((root) => getComputedStyle(root).colorScheme), 'light dark');
  await context.close();
});

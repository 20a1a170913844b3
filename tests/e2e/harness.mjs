// Shared set-up for the end-to-end suite: serves dist/ on loopback and drives
// Debian's Chromium through playwright-core. Never downloads a browser.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const DIST = path.resolve(import.meta.dirname, '../../dist');
export const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
/** Where examples/article.html expects the widget (the `make serve` address). */
export const DEV_URL = 'http://127.0.0.1:8080/';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.png': 'image/png', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves folders on 127.0.0.1 at a free port; resolves to { url, close }.
 * `mounts` maps URL prefixes to folders; `widget` (a URL) replaces DEV_URL in
 * served HTML, so the example article loads the widget from wherever it is;
 * `headers` are added to every response; `answer` maps paths to functions
 * that answer them instead.
 */
export function serve({ mounts = { '/': DIST }, widget, headers = {}, answer = {} } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (answer[url.pathname]) return answer[url.pathname](res);
    const prefix = Object.keys(mounts).filter((p) => url.pathname.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const rel = decodeURIComponent(url.pathname.slice(prefix?.length ?? 0)) || 'index.html';
    const root = mounts[prefix];
    const file = root && path.join(root, rel);
    if (!file || !file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, ...headers });
    if (widget && type.startsWith('text/html')) {
      res.end(fs.readFileSync(file, 'utf8').replaceAll(DEV_URL, widget));
    } else {
      fs.createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) });
  }));
}

/** Serves dist/ the way a widget host would: readable from other origins. */
export const serveDist = () => serve({ headers: { 'access-control-allow-origin': '*' } });

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens the widget at `fragment` in a fresh context and waits for it to mount.
 * Records console errors, failed requests and requests to other origins.
 */
export async function openWidget(browser, base, fragment = '', options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  page.on('requestfailed', (r) => problems.failedRequests.push(r.url()));
  page.on('request', (r) => { if (!r.url().startsWith(base)) problems.foreignRequests.push(r.url()); });
  await page.goto(base + (fragment ? `#${fragment}` : ''));
  await widgetReady(page);
  return { context, page, problems };
}

/**
 * Waits until the app in `scope` (a page, frame or locator) is in charge: it
 * marks its host once its first render has replaced the prerendered first
 * view (until then two roots stand side by side, one hidden).
 */
export async function widgetReady(scope) {
  await scope.locator('[data-stancemap-ready]').first().waitFor({ state: 'attached' });
  await scope.locator('.sm-root').first().waitFor();
}

/**
 * Holds back the requests of `scope` (a page or context) for `pattern`, as a
 * slow connection would, until `release()`; `requested` resolves once one
 * is asked for.
 */
export async function hold(scope, pattern) {
  let release, asked;
  const held = new Promise((resolve) => { release = resolve; });
  const requested = new Promise((resolve) => { asked = resolve; });
  await scope.route(pattern, async (route) => { asked(); await held; await route.continue(); });
  return { requested, release: () => release() };
}

/**
 * In the iframe `frame` of `page`, follows the footer's "Sources and data",
 * far below a long view, to the much shorter Sources panel; waits until the
 * article has scrolled up to it (the iframe page, as tall as its content,
 * cannot) and resolves to that panel and its box in the article's window.
 */
export async function followToSources(page, frame) {
  const footer = frame.getByRole('link', { name: 'Sources and data' });
  await footer.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => scrollY);
  await footer.click();
  const panel = frame.locator('[role=tabpanel]:not([hidden])');
  await panel.locator('.sm-source-list').waitFor();
  await page.waitForFunction((before) => scrollY < before - 500, scrolled, { timeout: 5000 });
  await page.waitForTimeout(100);
  const frameTop = await page.locator('iframe[data-stancemap-embed]').evaluate((f) => f.getBoundingClientRect().top);
  const box = await panel.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
  return { panel, box: { top: frameTop + box.top, bottom: frameTop + box.bottom } };
}

/** Where screenshots go for people to look at. */
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../target/screenshots');
fs.mkdirSync(SCREENSHOTS, { recursive: true });

/** The dataset as shipped in dist/, so expectations come from the data, not from the UI code. */
export function shippedData() {
  return JSON.parse(fs.readFileSync(path.join(DIST, 'stancemap-data.json'), 'utf8'));
}

/** Another language's edition as shipped in dist/: its words and its records. */
export function shippedEdition(lang) {
  return JSON.parse(fs.readFileSync(path.join(DIST, `stancemap-${lang}.json`), 'utf8'));
}

/** A language's interface catalogue, as its translators wrote it. */
export function catalogue(lang) {
  return JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../data/interface/${lang}.json`), 'utf8'));
}

/**
 * A package, as its link writes it, that crosses a stated red line, meets a
 * condition and a rejection, from the data: for each such reaction's issue,
 * its option.
 */
export function builtDeal(data) {
  const issueOf = (option) => data.options.find((o) => o.id === option).issue;
  const byIssue = new Map();
  for (const kind of ['red-line', 'conditional', 'rejects']) {
    const r = data.reactions.find((r) => r.reaction === kind && !byIssue.has(issueOf(r.option)));
    if (r) byIssue.set(issueOf(r.option), r.option);
  }
  return [...byIssue].map(([issue, option]) => `${issue}.${option}`).join(',');
}

/** A pattern matching `text` and nothing more (a name, say, that another contains). */
export const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** An English counted message of the catalogue `en`, for `n` (one or other), its placeholders filled from `args`. */
export const counted = (en, key, n, args = {}) => Object.entries({ n, ...args }).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), en[key][n === 1 ? 'one' : 'other']);

/** The sides of an issue's proposition, as the key defines them. */
export const FOR = new Set(['supports', 'conditional', 'open']);
export const AGAINST = new Set(['opposes-if', 'opposes']);

/** The id of the focused element, looking inside shadow roots. */
const focusedId = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.id ?? '';
};
export const activeId = (page) => page.evaluate(focusedId);

/** Waits for focus to come to the element `id`, and fails, saying where it
 * is instead, if it does not within 5 s. Focus a key press or click moves
 * in an effect (after the render it causes) may move a task after the
 * event: Yew's scheduler, running other work then (a list growing, a panel
 * rendered ahead), yields to the browser every 16 ms and renders what the
 * event changed on its next turn. */
export async function focusReaches(page, id, message = 'focus') {
  if (!(await within5s(page, `(${focusedId})() === ${JSON.stringify(id)}`))) {
    const at = await activeId(page);
    assert.equal(at, id, `${message}: it is on ${JSON.stringify(at)}`);
  }
}

/** Slows `page`'s CPU `rate` times, as a slow phone's is (Chromium's
 * DevTools throttling): long runs of the widget's then yield to the browser,
 * and an event may come in the gap. */
export async function slowCpu(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Whether the page's `expression` comes true within 5 s (any other failure throws). */
export const within5s = (page, expression) => page.waitForFunction(expression, null, { timeout: 5000 })
  .then(() => true, (e) => { if (e.name === 'TimeoutError') return false; throw e; });

/** Waits for the address's fragment to be `fragment` (a string) or to match
 * it (a RegExp), and fails, saying what it is instead, if it does not
 * within 5 s. The widget writes the address after the frame that paints
 * the view it names: once it does, that view is on screen, and Back
 * returns from it (a Back before the write would skip it). */
export async function addressNames(page, fragment, message = 'the address') {
  const exact = typeof fragment === 'string';
  if (!(await within5s(page, exact ? `location.hash === ${JSON.stringify(fragment)}` : `${fragment}.test(location.hash)`))) {
    const at = await page.evaluate(() => location.hash);
    (exact ? assert.equal : assert.match)(at, fragment, `${message}: it is ${JSON.stringify(at)}`);
  }
}

/** The page's fragment once the widget has written it: the widget writes
 * the address after the frame that paints the view it names, so this reads
 * it in a task after the next two frames. */
export const hash = (page) => page.evaluate(() => new Promise((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(location.hash), 0)));
}));

/** How long `PausedStatus` (src/components/paused_status.rs) waits for the reader to pause, in ms. */
const PAUSE = 1000;

/**
 * What the live region `status` (a locator) says: `log()` keeps every text
 * it takes from then on, and `heard()` waits until it has spoken and a
 * pause more, and gives what it said.
 */
export function listen(status) {
  const page = status.page();
  const log = () => status.evaluate((region) => {
    window.listening?.disconnect();
    window.said = [];
    window.listening = new MutationObserver(() => window.said.push(region.textContent));
    window.listening.observe(region, { childList: true, characterData: true, subtree: true });
  });
  const heard = async () => {
    await page.waitForFunction(() => window.said.length > 0, null, { timeout: 5000 });
    await page.waitForTimeout(PAUSE * 1.5);
    return page.evaluate(() => window.said);
  };
  return { log, heard };
}

/**
 * The status in `scope` (a selector) read out once the reader pauses
 * (`PausedStatus`) and the line on screen beside it (`line`), checked to
 * say the same and not to be read twice; with `listen`'s `log` and `heard`.
 */
export async function pausedStatus(page, scope, line) {
  const [said, shown] = [page.locator(`${scope} [role=status]`), page.locator(line)];
  assert.equal(await shown.getAttribute('aria-hidden'), 'true', 'the line on screen is not a second reading');
  const before = await said.textContent();
  assert.equal(before, await shown.textContent());
  return { said, shown, before, ...listen(said) };
}

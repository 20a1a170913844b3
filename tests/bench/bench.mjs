// `make bench`: weight, first content against a static page, interaction
// latency under 4× CPU throttling, memory, matrix scale and Lighthouse, on the
// release build in dist/, served on loopback to headless Chromium.
// Prints a table and writes target/bench/report.json and report.md.
// Figures are reported against targets, never asserted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve, launch } from '../e2e/harness.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'));
const OUT = path.join(ROOT, 'target/bench');
const LOADS = Number(process.env.BENCH_LOADS ?? 31);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 30);
const STARTUP_LOADS = Number(process.env.BENCH_STARTUP_LOADS ?? 9);
/** Lighthouse runs: one run's performance score swings by several points on this machine. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
/** Fresh pages in which every tab, or every issue card, is opened once, for first-visit latency. */
const FIRST_VISITS = 4;
// BENCH_ONLY=mounts,weight runs just those sections (e.g. to compare two builds).
const ONLY = process.env.BENCH_ONLY?.split(',');
const MOUNT_COUNTS = [1, 5, 10];
fs.mkdirSync(OUT, { recursive: true });

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const percentiles = (xs) => ({ p50: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)) });
const kb = (bytes) => round(bytes / 1024, 1);

// ---- Weight ---------------------------------------------------------------
function weight() {
  const shipped = ['index.html', 'stancemap-loader.js', 'stancemap.js', 'stancemap_bg.wasm', 'stancemap.css', 'page.css', 'stancemap-embed.js', 'favicon.png'];
  const measure = (file) => {
    const bytes = fs.readFileSync(path.join(DIST, file));
    return {
      file,
      raw: bytes.length,
      gzip: zlib.gzipSync(bytes, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const rows = shipped.map(measure);
  // A Ukrainian reader gets the Ukrainian page and the edition file instead of the English page.
  const ukrainian = ['index.uk.html', 'stancemap-uk.json'].map(measure);
  return { rows, total: sum(rows), ukrainian: { rows: ukrainian, total: sum([...ukrainian, ...rows.filter((r) => r.file !== 'index.html')]) } };
}

// ---- Where the wasm's bytes go ----------------------------------------------
/**
 * twiggy's largest items in the wasm as cargo built it (names kept, before
 * wasm-bindgen and wasm-opt, which strip the custom sections and the names
 * left out here): what to cut next.
 */
async function bytes() {
  const wasm = path.join(ROOT, 'target/wasm32-unknown-unknown/release/stancemap.wasm');
  const { stdout } = await promisify(execFile)('twiggy', ['top', '-n', '40', '--format', 'json', wasm], { maxBuffer: 1 << 24 });
  const rows = JSON.parse(stdout).filter((r) => !/custom section|subsection|^\.\.\.|Total Rows/.test(r.name));
  return rows.slice(0, 15).map((r) => ({ name: r.name.replace(/::h[0-9a-f]{16}$/, ''), bytes: r.shallow_size }));
}

// ---- Pages the bench needs beside dist/ ------------------------------------
function benchPages() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancemap-bench-'));
  // Served from /bench/: point the page's relative links to the widget's files at the widget's root (Trunk writes its own as /…).
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').replaceAll(/(src|href)="(stancemap[^"]*)"/g, '$1="/$2"');
  // The same content as static HTML: the very page, without its scripts.
  const staticPage = index.replace(/<script type="module"[^>]*><\/script>/, '');
  fs.writeFileSync(path.join(dir, 'static.html'), staticPage);
  fs.writeFileSync(path.join(dir, 'mounts.html'), index.replace(/<div class="sm-host"[\s\S]*<\/div>\s*<\/main>/, '<div id="slot"></div></main>'));
  for (const n of MOUNT_COUNTS) {
    const hosts = Array.from({ length: n }, () => '<div data-stancemap></div>').join('\n');
    fs.writeFileSync(path.join(dir, `mounts-${n}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n} widgets</title></head><body>${hosts}<script type="module" src="/stancemap-loader.js"></script></body></html>`);
  }
  for (const factor of [1, 10, 100]) fs.writeFileSync(path.join(dir, `scale-${factor}.json`), JSON.stringify(synthetic(factor)));
  return dir;
}

/** A valid dataset with about `factor` times the real number of matrix cells. */
function synthetic(factor) {
  const real = JSON.parse(fs.readFileSync(path.join(DIST, 'stancemap-data.json'), 'utf8'));
  const side = Math.round(Math.sqrt(real.actors.length * real.issues.length * factor));
  const source = { ...real.sources[0], id: 's' };
  const issues = Array.from({ length: side }, (_, i) => ({ id: `i${i}`, title: `Issue ${i}`, short: `I${i}`, proposition: 'p', summary: 's', why_hard: 'w', sources: ['s'] }));
  const actors = Array.from({ length: side }, (_, a) => ({ id: `a${a}`, name: `Actor ${a}`, short: `A${a}`, group: 'public' }));
  const positions = ['supports', 'conditional', 'open', 'divided', 'opposes'];
  const stances = [];
  for (let a = 0; a < side; a++) for (let i = 0; i < side; i++) {
    if ((a + i) % 2 === 0) stances.push({ actor: `a${a}`, issue: `i${i}`, position: positions[(a * 7 + i) % 5], summary: 'x', basis: 'reported', source: 's' });
  }
  return { meta: real.meta, sources: [source], issues, actors, stances, scenarios: [], faq: [], figures: [], timeline: [], glossary: [] };
}

// ---- Browser helpers -------------------------------------------------------
async function cdp(page) { return page.context().newCDPSession(page); }

/**
 * Time from navigation start until the first view was on screen, measured the
 * same way on both pages: the frame after the one in which the widget's title
 * is first displayed, styled (a requestAnimationFrame loop from the start).
 * (Element Timing does not see into shadow roots.) On the widget page, also
 * when the app had taken over (its `stancemap:rendered` mark).
 */
async function contentTime(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__contentTime = new Promise((resolve) => {
      const shown = () => {
        const mount = document.querySelector('[data-stancemap]')?.shadowRoot?.querySelector('.sm-mount');
        if (mount && getComputedStyle(mount).display !== 'none' && mount.querySelector('.sm-title')) {
          requestAnimationFrame(() => resolve(performance.now()));
        } else {
          requestAnimationFrame(shown);
        }
      };
      requestAnimationFrame(shown);
    });
    window.__interactive = new Promise((resolve) => new PerformanceObserver((list, observer) => {
      const mark = list.getEntries().find((e) => e.name === 'stancemap:rendered');
      if (mark) { observer.disconnect(); resolve(mark.startTime); }
    }).observe({ type: 'mark', buffered: true }));
  });
  await page.goto(url);
  const shown = await page.evaluate((t) => Promise.race([window.__contentTime, new Promise((r) => setTimeout(() => r(null), t))]), 10000);
  const interactive = await page.evaluate((t) => Promise.race([window.__interactive, new Promise((r) => setTimeout(() => r(null), t))]), url.includes('static') ? 1 : 10000);
  await context.close();
  return { shown, interactive };
}

/**
 * The page's main-thread tasks in one cold load at 4× CPU throttling, traced
 * (script, style, layout and paint alike), from navigation until the app is
 * in charge (the `stancemap:rendered` mark, in the task of its first render:
 * the frame that shows it is not counted; the static page: its first
 * contentful paint): the longest, and the time those over 50 ms block input
 * (each one's time over 50 ms, summed).
 */
async function startupTasks(browser, url, widget) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await session.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,blink.user_timing,loading,__metadata', transferMode: 'ReportEvents' });
  await page.goto(url);
  if (widget) await page.locator('[data-stancemap-ready]').waitFor({ state: 'attached', timeout: 60000 });
  await page.evaluate(() => new Promise((resolve) => new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
  }).observe({ type: 'paint', buffered: true })));
  const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
  await session.send('Tracing.end');
  await complete;
  await context.close();
  // The page's main thread: the renderer main thread of the process that
  // marked the end (the busiest renderer was once another process's).
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const ended = events.find((e) => e.name === (widget ? 'stancemap:rendered' : 'firstContentfulPaint') && mains.some((m) => m.pid === e.pid));
  if (ended === undefined) throw new Error(`start-up: no ${widget ? 'rendered mark' : 'first contentful paint'} in the trace of ${url}`);
  const main = mains.find((m) => m.pid === ended.pid);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.ts < ended.ts).map((e) => e.dur / 1000);
  return { longest: Math.max(0, ...tasks), blocking: tasks.filter((ms) => ms > 50).reduce((sum, ms) => sum + ms - 50, 0) };
}

/** STARTUP_LOADS cold loads of each page at 4×, alternating; the medians. */
async function startup() {
  const runs = { widget: [], static: [] };
  for (let i = 0; i < STARTUP_LOADS; i++) {
    runs.widget.push(await startupTasks(browser, server.url, true));
    runs.static.push(await startupTasks(browser, new URL('bench/static.html', server.url).href, false));
  }
  const medians = (rs) => ({ longest: round(median(rs.map((r) => r.longest))), blocking: round(median(rs.map((r) => r.blocking))) });
  return { loads: STARTUP_LOADS, widget: medians(runs.widget), static: medians(runs.static) };
}

/** A fresh page of the widget at `base`, ready, its CPU throttled 4×. */
async function throttledPage(browser, base) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(base);
  await page.locator('[data-stancemap-ready]').waitFor({ state: 'attached' });
  await (await cdp(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

/**
 * Resolves once the number of elements in the widget is the same before and
 * after an idle callback of the page (the widget's own idle steps, queued
 * earlier, run first); fails after half a minute of growth.
 */
function settled(page) {
  return page.evaluate(async () => {
    const root = document.querySelector('[data-stancemap]').shadowRoot;
    const size = () => root.querySelectorAll('*').length;
    const end = performance.now() + 30_000;
    for (let before = -1, now = size(); now !== before; before = now, now = size()) {
      if (performance.now() > end) throw new Error('the widget never stopped growing');
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    }
  });
}

/** ms from an action to the next painted frame, measured in the page (`root`: the widget's shadow root, if any). */
async function latency(page, action) {
  return page.evaluate(async (action) => {
    const host = document.querySelector('[data-stancemap]')?.shadowRoot;
    const t0 = performance.now();
    new Function('root', action)(host); // bench-only page code, never shipped
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, action);
}

const ACTIONS = {
  'switch tab': [`root.querySelector('[role=tab][aria-selected=false]').click()`],
  'open and close one card': [`root.querySelector('#sm1-tab-issues').click()`, `root.querySelector('.sm-disclosure-heading button').click()`],
  'open a matrix cell': [`root.querySelector('#sm1-tab-matrix').click()`, `const c = root.querySelectorAll('button.sm-cell'); c[Math.floor(Math.random() * c.length)].click()`],
  'filter the matrix': [`root.querySelector('#sm1-tab-matrix').click()`, `const s = root.querySelector('#sm1-filter-group'); s.selectedIndex = (s.selectedIndex + 1) % s.options.length; s.dispatchEvent(new Event('change', { bubbles: true }))`],
  'type in FAQ search': [`root.querySelector('#sm1-tab-faq').click()`, `const i = root.querySelector('#sm1-faq-search'); i.value = i.value.length > 6 ? '' : i.value + 'nato'[i.value.length % 4]; i.dispatchEvent(new InputEvent('input', { bubbles: true }))`],
};

async function interactions(browser, base) {
  const page = await throttledPage(browser, base);
  const results = {};
  // Opened panels stay in the page, so "switch tab" below mostly re-shows
  // one. The widget renders the other panels ahead while the browser is idle
  // (on its own page, as here, from the start; in an article once a pointer
  // is over it), so a tab's first opening is timed twice, each tab once in
  // fresh pages: clicked at once, when little may be rendered ahead (the
  // worst case), and as a reader would click, after a second on the page
  // with the pointer on the tabs.
  for (const [name, wait] of [['open a tab for the first time, at once', 0], ['open a tab for the first time, after a second', 1000]]) {
    const firsts = [];
    for (let i = 0; i < FIRST_VISITS; i++) {
      const fresh = await throttledPage(browser, base);
      if (wait) {
        await fresh.locator('[role=tablist]').hover();
        await fresh.waitForTimeout(wait);
      }
      const tabs = await fresh.evaluate(() => [...document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('[role=tab][aria-selected=false]')].map((t) => t.id));
      for (const id of tabs) firsts.push(await latency(fresh, `root.querySelector('#${id}').click()`));
      await fresh.context().close();
    }
    results[name] = percentiles(firsts);
  }
  // A reader opens one card after another, each for the first time, which
  // builds its body ("open and close one card" below toggles one card, whose
  // body, once built, stays in the page): every card in turn, in fresh
  // pages, each once the widget has stopped growing (the list whole, the
  // card before drawn whole, the panels rendered ahead), so that each click
  // times its own card. It times the frame after the click, as every row
  // does: a long card's later stances come in the idle time after it.
  const cards = [];
  const issues = JSON.parse(fs.readFileSync(path.join(DIST, 'stancemap-data.json'), 'utf8')).issues.length;
  for (let i = 0; i < FIRST_VISITS; i++) {
    const fresh = await throttledPage(browser, base);
    await latency(fresh, `root.querySelector('#sm1-tab-issues').click()`);
    await settled(fresh);
    const count = await fresh.evaluate(() => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-card').length);
    if (count !== issues) throw new Error(`the issues list drew ${count} cards of ${issues}`);
    for (let card = 0; card < count; card++) {
      cards.push(await latency(fresh, `root.querySelectorAll('.sm-card .sm-disclosure-heading button')[${card}].click()`));
      await settled(fresh);
    }
    await fresh.context().close();
  }
  results['open each card for the first time'] = percentiles(cards);
  for (const [name, [setup, act]] of Object.entries(ACTIONS).map(([n, a]) => [n, a.length === 2 ? a : [null, a[0]]])) {
    if (setup) await latency(page, setup);
    const times = [];
    for (let i = 0; i < REPEATS; i++) times.push(await latency(page, act));
    results[name] = percentiles(times);
  }
  // The method's own floor: the wait for the next frame when nothing changes
  // (once the last action's list has finished drawing).
  await page.waitForTimeout(1000);
  const idle = [];
  for (let i = 0; i < REPEATS; i++) idle.push(await latency(page, ''));
  await page.context().close();
  return { actions: results, floor: percentiles(idle) };
}

/** JS heap (after a forced GC) and the sum of every widget's wasm memory. */
async function memoryReading(page, session) {
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(async () => {
    const loader = await import(new URL('/stancemap-loader.js', location.origin).href);
    let bytes = 0;
    for (const host of document.querySelectorAll('[data-stancemap-mounted]')) {
      // An instance's init returns its exports once it has run; calling it again does nothing else.
      bytes += (await loader.instanceOf(host).default()).memory.buffer.byteLength;
    }
    return bytes;
  });
  return { jsHeap: usedSize, wasmMemory: wasm };
}

/**
 * N direct mounts on one page: requests, bytes transferred, the time until
 * every instance is interactive (rendered, styled, tabs present) and memory.
 */
async function manyMounts(browser, base) {
  const results = {};
  for (const n of MOUNT_COUNTS) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const page = await (await browser.newContext()).newPage();
      const session = await cdp(page);
      await session.send('Network.enable');
      let requests = 0, bytes = 0;
      session.on('Network.requestWillBeSent', () => { requests += 1; });
      session.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
      await page.goto(new URL(`bench/mounts-${n}.html`, base).href);
      const interactive = await page.evaluate(() => new Promise((resolve) => {
        const ready = () => [...document.querySelectorAll('[data-stancemap]')].every((host) => {
          const mount = host.shadowRoot?.querySelector('.sm-mount');
          return mount && getComputedStyle(mount).display !== 'none' && mount.querySelector('[role=tab]');
        });
        const check = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(check));
        check();
      }));
      const memory = await memoryReading(page, session);
      runs.push({ requests, bytes, interactive, memory: memory.jsHeap + memory.wasmMemory, jsHeap: memory.jsHeap, wasmMemory: memory.wasmMemory });
      await page.context().close();
    }
    const mid = (key) => median(runs.map((r) => r[key]));
    results[n] = { requests: mid('requests'), bytes: mid('bytes'), interactive: round(mid('interactive')), jsHeap: mid('jsHeap'), wasmMemory: mid('wasmMemory'), memory: mid('memory') };
  }
  return results;
}

async function memory(browser, base) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(base);
  await page.locator('[data-stancemap-ready]').waitFor({ state: 'attached' });
  const session = await cdp(page);
  const cold = await memoryReading(page, session);
  const cycle = Object.values(ACTIONS).flat();
  // One round of every action first, as the mount cycles below mount once
  // first: it opens each panel once, and opened panels stay in the page by
  // design. Growth after it is what would leak; the cold figure is reported too.
  for (const action of cycle) await latency(page, action);
  const before = await memoryReading(page, session);
  for (let i = 0; i < 1000; i++) await latency(page, cycle[i % cycle.length]);
  const after = await memoryReading(page, session);
  await page.context().close();

  const mounts = await (await browser.newContext()).newPage();
  await mounts.goto(new URL('bench/mounts.html', base).href);
  const s2 = await cdp(mounts);
  const mountOnce = () => mounts.evaluate(async () => {
    const loader = await import(new URL('/stancemap-loader.js', location.origin).href);
    const div = document.createElement('div');
    div.setAttribute('data-stancemap', '');
    document.getElementById('slot').append(div);
    loader.mount();
    await new Promise((resolve) => {
      const check = () => (div.shadowRoot?.querySelector('.sm-root') ? resolve() : setTimeout(check, 5));
      check();
    });
    loader.unmount(div);
    div.remove();
  });
  await mountOnce();
  const mountBefore = await memoryReading(mounts, s2);
  for (let i = 0; i < 50; i++) await mountOnce();
  const mountAfter = await memoryReading(mounts, s2);
  await mounts.context().close();
  return { interactions: { cold, before, after }, mounts: { before: mountBefore, after: mountAfter } };
}

/**
 * The first render of the matrix, in a fresh page each time, after a
 * synthetic dataset has replaced the bundled one (visited panels keep their
 * DOM, so only a first visit renders the table), and, where the table draws
 * its first rows only, the click that draws every row. On its own page the widget
 * renders panels ahead when the browser is idle; the page here never is, so
 * that the click times the render itself.
 */
async function scale(browser, base) {
  const results = {};
  for (const factor of [1, 10, 100]) {
    const times = [], everyRow = [];
    let cells, drawn, shape;
    for (let i = 0; i < 5; i++) {
      const page = await (await browser.newContext()).newPage();
      await page.addInitScript(() => { window.requestIdleCallback = () => 1; window.cancelIdleCallback = () => {}; });
      await page.goto(`${base}?dataset=${encodeURIComponent(`/bench/scale-${factor}.json`)}#overview`);
      // The synthetic dataset has one source; the bundled one has five.
      await page.waitForFunction(() => /Built from 1 source/.test(document.querySelector('[data-stancemap]')?.shadowRoot?.querySelector('.sm-footer')?.textContent), null, { timeout: 60000 });
      times.push(await latency(page, `root.querySelector('#sm1-tab-matrix').click()`));
      drawn = await page.evaluate(() => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-table td').length);
      // A big table draws its first rows; every row is one click away.
      if (await page.evaluate(() => !!document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-more-rows button'))) {
        everyRow.push(await latency(page, `root.querySelector('.sm-more-rows button').click()`));
      }
      [cells, shape] = await page.evaluate(() => {
        const table = document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-table');
        return [table.querySelectorAll('td').length, [table.tBodies[0].rows.length, table.tHead.rows[0].cells.length - 1]];
      });
      await page.context().close();
    }
    const plain = [];
    for (let i = 0; i < 3; i++) plain.push(await plainTable(browser, ...shape));
    results[`${factor}×`] = { cells, drawn, ms: round(median(times)), everyRow: everyRow.length ? round(median(everyRow)) : null, plain: round(median(plain)) };
  }
  return results;
}

/**
 * The browser's floor for a table of `rows` × `columns`: a plain one (short
 * text in each cell, no style, no script but the insertion), on a blank
 * page, from its insertion to the next frame, timed as the widget's is.
 */
async function plainTable(browser, rows, columns) {
  const page = await (await browser.newContext()).newPage();
  await page.setContent('<!doctype html><title>plain table</title><div id="slot"></div>');
  // Written before the clock starts: the floor is the browser's work alone.
  await page.evaluate(([rows, columns]) => {
    const row = (head, cell) => `<tr><th>${head}</th>${Array.from({ length: columns }, (_, c) => cell(c)).join('')}</tr>`;
    window.plainTable = `<table><thead>${row('', (c) => `<th>Issue ${c}</th>`)}</thead><tbody>${Array.from({ length: rows }, (_, r) => row(`Actor ${r}`, () => '<td>✓ Supports</td>')).join('')}</tbody></table>`;
  }, [rows, columns]);
  const ms = await latency(page, `document.getElementById('slot').innerHTML = window.plainTable`);
  await page.context().close();
  return ms;
}

// Asynchronous: the page is served from this very process, which must keep answering.
async function lighthouseRun(url, out) {
  const bin = path.join(import.meta.dirname, 'node_modules/.bin/lighthouse');
  const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  await promisify(execFile)(bin, [url, '--quiet', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags}`, '--form-factor=mobile',
    '--only-categories=performance,accessibility,best-practices,seo'], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } });
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

/**
 * LIGHTHOUSE_RUNS runs, as Lighthouse's own docs advise for a score that
 * varies: each category's median, the performance scores of every run, and
 * the median run's metrics. The median run's report is kept as lighthouse.json.
 */
async function lighthouse(url) {
  const runs = [];
  const out = (i) => path.join(OUT, `lighthouse-${i}.json`);
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const report = await lighthouseRun(url, out(i));
      runs.push({ report, scores: Object.fromEntries(Object.values(report.categories).map((c) => [c.id, Math.round(c.score * 100)])) });
    }
  } finally {
    // The median run's report is kept below; no run's is left behind.
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) fs.rmSync(out(i), { force: true });
  }
  const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const mid = byPerformance[Math.floor(runs.length / 2)];
  fs.writeFileSync(path.join(OUT, 'lighthouse.json'), JSON.stringify(mid.report));
  const metric = (id) => mid.report.audits[id].displayValue;
  return {
    runs: runs.length,
    scores: Object.fromEntries(Object.keys(mid.scores).map((k) => [k, median(runs.map((r) => r.scores[k]))])),
    performance: runs.map((r) => r.scores.performance),
    metrics: { FCP: metric('first-contentful-paint'), LCP: metric('largest-contentful-paint'), TBT: metric('total-blocking-time'), CLS: metric('cumulative-layout-shift'), 'Speed Index': metric('speed-index') },
  };
}

// ---- Run -------------------------------------------------------------------
const pages = benchPages();
const server = await serve({ mounts: { '/': DIST, '/bench/': pages } });
const browser = await launch();
const report = { machine: `${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}`, date: new Date().toISOString() };
const started = Date.now();
const step = (name) => console.error(`bench: ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
/** LOADS cold loads of each page, alternating; the medians. */
async function firstContent() {
  const widget = [], plain = [], interactive = [];
  for (let i = 0; i < LOADS; i++) {
    const w = await contentTime(browser, server.url);
    widget.push(w.shown);
    interactive.push(w.interactive);
    plain.push((await contentTime(browser, new URL('bench/static.html', server.url).href)).shown);
  }
  return { loads: LOADS, widget: round(median(widget)), static: round(median(plain)), ratio: round(median(widget) / median(plain), 2), interactive: round(median(interactive)) };
}

// name (for BENCH_ONLY), report key, what it measures.
const SECTIONS = [
  ['weight', 'weight', async () => weight()],
  ['bytes', 'bytes', bytes],
  ['first-content', 'firstContent', firstContent],
  ['startup', 'startup', startup],
  ['interactions', 'interactions', () => interactions(browser, server.url)],
  ['memory', 'memory', () => memory(browser, server.url)],
  ['mounts', 'mounts', () => manyMounts(browser, server.url)],
  ['scale', 'scale', () => scale(browser, server.url)],
  ['lighthouse', 'lighthouse', () => lighthouse(server.url)],
];
try {
  for (const [name, key, measure] of SECTIONS) {
    if (ONLY && !ONLY.includes(name)) continue;
    step(name);
    report[key] = await measure();
  }
  step('done');
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(pages, { recursive: true, force: true });
}

// ---- Report ----------------------------------------------------------------
// Each section and target appears only when its section ran (see BENCH_ONLY).
const mb = (bytes) => round(bytes / 2 ** 20, 2);
const growth = (m) => mb(m.after.jsHeap + m.after.wasmMemory - m.before.jsHeap - m.before.wasmMemory);
const targets = [];
const sections = [`# Stancemap benchmark`, '', `Machine: ${report.machine}. Date: ${report.date}.`, ''];
if (report.weight) {
  targets.push(['everything a reader downloads, gzip', `${kb(report.weight.total.gzip)} KB`, '≤ 150 KB', kb(report.weight.total.gzip) <= 150, '≤ 120 KB', kb(report.weight.total.gzip) <= 120]);
  sections.push('## Weight', '', '| file | raw KB | gzip KB | brotli KB |', '| --- | ---: | ---: | ---: |',
    ...report.weight.rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **total** | ${kb(report.weight.total.raw)} | ${kb(report.weight.total.gzip)} | ${kb(report.weight.total.brotli)} |`, '',
    'A Ukrainian reader downloads the Ukrainian page instead of the English one, and the edition file; English readers download neither.', '',
    '| file | raw KB | gzip KB | brotli KB |', '| --- | ---: | ---: | ---: |',
    ...report.weight.ukrainian.rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **total for a Ukrainian reader** | ${kb(report.weight.ukrainian.total.raw)} | ${kb(report.weight.ukrainian.total.gzip)} | ${kb(report.weight.ukrainian.total.brotli)} |`, '');
}
if (report.bytes) {
  sections.push('## Where the wasm\'s bytes go (twiggy top, as cargo built it: before wasm-bindgen and wasm-opt, names kept)', '',
    '| item | KB |', '| --- | ---: |',
    ...report.bytes.map((r) => `| \`${r.name.replaceAll('|', '\\|')}\` | ${kb(r.bytes)} |`), '');
}
if (report.firstContent) {
  targets.push(['first content, widget ÷ static page', `${report.firstContent.ratio}`, '≤ 1.15', report.firstContent.ratio <= 1.15, '≤ 1.05', report.firstContent.ratio <= 1.05]);
  sections.push('## First content (the frame after the first view is on screen and styled, the same method on both pages; median of cold loads)', '',
    `| widget ms | static page ms | ratio | app taken over ms | loads |`, '| ---: | ---: | ---: | ---: | ---: |',
    `| ${report.firstContent.widget} | ${report.firstContent.static} | ${report.firstContent.ratio} | ${report.firstContent.interactive} | ${report.firstContent.loads} |`, '');
}
if (report.startup) {
  const { widget: w, static: p } = report.startup;
  sections.push(`## Start-up at 4× CPU throttling (main-thread tasks, traced, from navigation until the app is in charge (its rendered mark; the frame after it is not counted), or the static page's first contentful paint; median of ${report.startup.loads} cold loads each)`, '',
    'Blocking time is each task\'s time over 50 ms, summed (Lighthouse\'s TBT sums the same, but only from the first contentful paint on, in a simulation); a tap waits for the task it lands in. The static page\'s tasks are the browser\'s own first style, layout and paint of the same view: the floor.', '',
    '| page | longest task ms | blocking ms |', '| --- | ---: | ---: |',
    `| widget | ${w.longest} | ${w.blocking} |`, `| static page | ${p.longest} | ${p.blocking} |`, '');
}
if (report.interactions) {
  const { actions, floor } = report.interactions;
  const p95 = Math.max(...Object.values(actions).map((r) => r.p95));
  targets.push(['worst interaction p95, 4× CPU throttling', `${p95} ms`, '≤ 50 ms', p95 <= 50, '≤ 16 ms', p95 <= 16]);
  sections.push('## Interaction latency, input to next frame, 4× CPU throttling', '', '| action | p50 ms | p95 ms |', '| --- | ---: | ---: |',
    ...Object.entries(actions).map(([k, v]) => `| ${k} | ${v.p50} | ${v.p95} |`),
    `| *the method's floor: nothing to do, the wait for the next frame* | *${floor.p50}* | *${floor.p95}* |`, '');
}
if (report.memory) {
  const fromCold = growth({ before: report.memory.interactions.cold, after: report.memory.interactions.after });
  targets.push(['memory growth over 1,000 interactions (after one round of each)', `${growth(report.memory.interactions)} MB (from cold: ${fromCold} MB)`, '≤ 1 MB', growth(report.memory.interactions) <= 1, '≤ 1 MB', growth(report.memory.interactions) <= 1],
    ['memory growth over 50 mount/destroy cycles', `${growth(report.memory.mounts)} MB`, '≤ 1 MB', growth(report.memory.mounts) <= 1, '≤ 1 MB', growth(report.memory.mounts) <= 1]);
  sections.push('## Memory (after forced GC)', '', '| run | JS heap before → after MB | wasm memory before → after MB |', '| --- | --- | --- |',
    ...Object.entries(report.memory).map(([k, m]) => `| ${k === 'mounts' ? '50 mount/destroy cycles (after one)' : `1,000 interactions (after one round of each; cold: ${mb(m.cold.jsHeap)} MB heap, ${mb(m.cold.wasmMemory)} MB wasm)`} | ${mb(m.before.jsHeap)} → ${mb(m.after.jsHeap)} | ${mb(m.before.wasmMemory)} → ${mb(m.after.wasmMemory)} |`), '');
}
if (report.mounts) {
  sections.push('## Many widgets on one page (direct mounts, median of 5 cold loads)', '',
    '| widgets | requests | transferred KB | all interactive ms | JS heap MB | wasm memory MB | memory MB |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(report.mounts).map(([n, r]) => `| ${n} | ${r.requests} | ${kb(r.bytes)} | ${r.interactive} | ${mb(r.jsHeap)} | ${mb(r.wasmMemory)} | ${mb(r.memory)} |`), '');
}
if (report.scale) {
  const scaleRows = Object.entries(report.scale);
  // Whole tables, every row drawn: by the tab's first opening at 1× and
  // 10×, where all rows fit; by the click on "Show every row" at 100×.
  const perCell = scaleRows.map(([, r]) => (r.everyRow ?? r.ms) / r.cells);
  const { ms: hundred, drawn, cells, everyRow } = report.scale['100×'];
  targets.push([`matrix, first render at 100× the cells (the first ${drawn} of ${cells} cells drawn)`, `${hundred} ms`, '≤ 500 ms', hundred <= 500, '≤ 100 ms', hundred <= 100],
    ['matrix, every row at 100× the cells (on request)', everyRow === null ? 'all drawn at first' : `${everyRow} ms`, '≤ 500 ms', (everyRow ?? hundred) <= 500, '≤ 100 ms', (everyRow ?? hundred) <= 100],
    ['cost linear in cells (ms per cell at 1× / 10× / 100×, every row drawn)', perCell.map((x) => round(x, 4)).join(' / '), 'at 100× ≤ 2 × at 10×', perCell[2] <= 2 * perCell[1], 'the same', perCell[2] <= 2 * perCell[1]]);
  sections.push('## Scale: rendering the matrix', '', 'A big table draws its first rows (at most 2,000 cells, never fewer than 10 rows) until the reader asks for every row. The floor: a plain table of the same rows and columns (short text in each cell, no style), inserted into a blank page and timed the same way (median of 3).', '',
    '| dataset | cells | drawn at first | first render ms | every row, on request, ms | plain table, every row, ms |', '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...scaleRows.map(([k, r]) => `| ${k} | ${r.cells} | ${r.drawn} | ${r.ms} | ${r.everyRow ?? 'all drawn at first'} | ${r.plain} |`), '');
}
if (report.lighthouse) {
  const { runs, scores, performance, metrics } = report.lighthouse;
  targets.push(...Object.entries(scores).map(([k, v]) => [`Lighthouse ${k} (mobile, median of ${runs} runs)`, `${v}`, k === 'performance' ? '≥ 98' : '100', k === 'performance' ? v >= 98 : v === 100, '100', v === 100]));
  sections.push(`## Lighthouse (standalone page, mobile, median of ${runs} runs)`, '', '| category | score |', '| --- | ---: |',
    ...Object.entries(scores).map(([k, v]) => `| ${k} | ${v} |`), '',
    `Performance in each run: ${performance.join(', ')}. The median run's metrics: ${Object.entries(metrics).map(([k, v]) => `${k} ${v}`).join(', ')}.`, '');
}
report.targets = targets.map(([target, value, bar, barMet, goal, goalMet]) => ({ target, value, bar, barMet, goal, goalMet }));
const met = (yes) => (yes ? 'met' : '**not met**');
sections.push('## Bars and goals', '', '| measure | now | bar | | goal | |', '| --- | --- | --- | --- | --- | --- |',
  ...report.targets.map((t) => `| ${t.target} | ${t.value} | ${t.bar} | ${met(t.barMet)} | ${t.goal} | ${met(t.goalMet)} |`), '');

const md = sections.join('\n');
fs.writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2));
fs.writeFileSync(path.join(OUT, 'report.md'), md);
console.log(md);

// A dataset loaded at run time: only from allowed origins, size-capped and
// validated; anything wrong keeps the bundled data and says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openWidget, shippedData, hold, catalogue } from './harness.mjs';

const FIXTURES = fs.mkdtempSync(path.join(os.tmpdir(), 'stancemap-datasets-'));
let widget, elsewhere, browser, data;
const asked = { silent: 0, shared: 0, stalled: 0 };
/** How long a widget waits for a server to begin its answer (`fetch::ANSWER_WITHIN`), in seconds. */
const ANSWER_WITHIN = 15;

/** Writes a fixture derived from the shipped dataset. */
function fixture(name, edit) {
  const copy = structuredClone(data);
  const text = typeof edit === 'function' ? JSON.stringify(edit(copy) ?? copy) : edit;
  fs.writeFileSync(path.join(FIXTURES, name), text);
  return `/fixtures/${name}`;
}

before(async () => {
  data = shippedData();
  // Servers that never answer; one that answers at once and sends its
  // dataset in parts, the last after longer than the widget's wait for an
  // answer, but none after a wait as long; and ones that send half of it
  // and then nothing.
  const slow = structuredClone(data);
  slow.meta.title = 'Sent slowly';
  const text = JSON.stringify(slow);
  const PARTS = 4;
  const half = (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(text.slice(0, text.length / 2));
  };
  const answer = {
    '/fixtures/silent.json': () => { asked.silent += 1; },
    '/fixtures/silent-shared.json': () => { asked.shared += 1; },
    '/fixtures/slow-body.json': (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const part = Math.ceil(text.length / PARTS);
      const send = (n) => {
        res.write(text.slice(n * part, (n + 1) * part));
        if (n + 1 < PARTS) setTimeout(() => send(n + 1), ((ANSWER_WITHIN + 3) * 1000) / (PARTS - 1));
        else res.end();
      };
      send(0);
    },
    '/fixtures/stalled.json': half,
    '/fixtures/stalled-shared.json': (res) => { asked.stalled += 1; half(res); },
    // A sound dataset, but at another address than the one named.
    '/fixtures/moved.json': (res) => { res.writeHead(302, { location: '/fixtures/shipped.json' }); res.end(); },
  };
  widget = await serve({ mounts: { '/': path.resolve(import.meta.dirname, '../../dist'), '/fixtures/': FIXTURES }, answer });
  elsewhere = await serve({ mounts: { '/': FIXTURES }, headers: { 'access-control-allow-origin': '*' } });
  browser = await launch();
});
after(async () => { await browser?.close(); await widget?.close(); await elsewhere?.close(); fs.rmSync(FIXTURES, { recursive: true, force: true }); });

const open = (url) => openWidget(browser, `${widget.url}?dataset=${encodeURIComponent(url)}`);

test('a dataset saved with a byte order mark, as some editors save one, is read as without it', async () => {
  const url = fixture('bom.json', `\uFEFF${JSON.stringify({ ...data, meta: { ...data.meta, title: 'Saved with a mark' } })}`);
  const { page, context, problems } = await open(url);
  await page.locator('h1', { hasText: 'Saved with a mark' }).waitFor();
  assert.equal(await page.locator('.sm-notice').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a valid dataset from the widget’s own origin replaces the bundled one, markup shown as text', async () => {
  const url = fixture('good.json', (d) => {
    d.meta.title = 'Replaced <b>title</b>';
    d.actors[0].short = '<script>window.pwned = 1</script>';
    d.actors[1].name = '<img src=x onerror="window.pwned = 2">';
    d.sources[0].url = 'https://example.org/story';
    d.sources[1].url = 'javascript:window.pwned = 3';
  });
  const { page, context, problems } = await open(url);
  await page.locator('h1', { hasText: 'Replaced' }).waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Replaced <b>title</b>');
  await page.getByRole('tab', { name: 'Who wants what' }).click();
  assert.equal(await page.locator('.sm-table tbody th[scope=row]').first().textContent(), '<script>window.pwned = 1</script>');
  await page.getByRole('tab', { name: 'Actors' }).click();
  assert.equal(await page.locator('.sm-root script, .sm-root img, .sm-root b').count(), 0);
  await page.getByRole('tab', { name: 'Sources' }).click();
  assert.equal(await page.locator('.sm-source a[href="https://example.org/story"][target=_blank][rel="noopener noreferrer"]').count(), 1, 'an https address is a link, opened in a tab of its own: in an iframe, never in the widget’s box, where the other site would see the article’s origin');
  assert.equal(await page.locator('.sm-root a[href^="javascript"]').count(), 0, 'anything else is not');
  assert.ok((await page.locator('.sm-source').nth(1).textContent()).includes('javascript:window.pwned = 3'), '…but shown as text');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('.sm-notice').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a newsroom’s own dataset is not described in the bundled sources’ words, and a part it has nothing for is left out', async () => {
  const en = catalogue('en');
  const url = fixture('own-words.json', (d) => {
    d.meta.title = 'Talks “elsewhere”';
    d.figures = [];
    d.timeline = [];
    d.faq = [];
    for (const i of d.issues) i.figures = [];
    d.corrections = d.corrections.filter((c) => !['figures', 'timeline', 'faq'].includes(c.file));
  });
  const mediators = data.actors.some((a) => a.group === 'mediator');
  assert.ok(mediators, 'the bundled data has an actor in the group the words name');
  for (const [address, own] of [['', false], [url, true]]) {
    const { page, context, problems } = address ? await open(address) : await openWidget(browser, widget.url);
    if (own) await page.locator('h1', { hasText: 'Talks “elsewhere”' }).waitFor();
    const where = own ? 'a newsroom’s dataset' : 'the bundled one';
    // The lead paraphrases three of the bundled sources.
    const overview = page.locator('.sm-overview');
    assert.deepEqual(await overview.locator('h2').allTextContents(),
      own ? [en['overview.open-newsroom'], en['overview.contested']] : [en['overview.open'], en['overview.contested'], en['overview.figures'], en['overview.timeline']], where);
    assert.equal(await overview.getByText(en['overview.open-lead'], { exact: true }).count(), own ? 0 : 1, where);
    // The bundled sources' United States "Led the Berlin talks"; a newsroom's mediators are mediators.
    await page.getByRole('tab', { name: 'Who wants what' }).click();
    const groups = await page.locator('#sm1-filter-group option').allTextContents();
    assert.ok(groups.includes(en[own ? 'group.mediator-newsroom' : 'group.mediator']) && !groups.includes(en[own ? 'group.mediator' : 'group.mediator-newsroom']), `${where}: ${groups.join(', ')}`);
    // Embedded elsewhere, the frame is named for what it shows.
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const iframe = await page.locator('.sm-snippet textarea').first().inputValue();
    assert.match(iframe, new RegExp(`title="${own ? 'Talks “elsewhere”' : en['embed.title']}"`), where);
    if (own) {
      await page.getByRole('tab', { name: 'FAQ' }).click();
      await page.locator('.sm-faq').waitFor();
      assert.equal(await page.locator('.sm-faq .sm-empty').count(), 0, 'no “nothing matches” with nothing typed');
    }
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  }
});

test('a link to one of a run-time dataset’s own records opens it: the start view is read against that dataset, not the bundled one', async () => {
  // The bundled data with its territory issue called "land": an id the bundled data does not have.
  const url = fixture('renamed.json', (d) => JSON.parse(JSON.stringify(d).replaceAll('"territory"', '"land"').replaceAll('/territory/', '/land/')));
  const { page, context, problems } = await openWidget(browser, `${widget.url}?dataset=${encodeURIComponent(url)}`, 'issues/land');
  const card = page.locator('#sm1-issue-land-button');
  await card.waitFor();
  assert.equal(await card.getAttribute('aria-expanded'), 'true', 'the linked issue is open');
  assert.equal(await page.evaluate(() => location.hash), '#issues/land', 'and the link stays as it was');
  assert.equal(await page.locator('.sm-notice').count(), 0, 'nothing said to be unusable');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a newsroom’s own dataset goes with the code to embed a view, its links and its download: none of them shows the bundled data instead', async () => {
  const url = fixture('renamed.json', (d) => JSON.parse(JSON.stringify(d).replaceAll('"territory"', '"land"').replaceAll('/territory/', '/land/')));
  const address = new URL(url, widget.url).href;
  const { page, context, problems } = await openWidget(browser, `${widget.url}?dataset=${encodeURIComponent(url)}`, 'issues/land');
  await page.locator('#sm1-issue-land-button').waitFor();
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const [iframe, mount, shared] = await page.locator('.sm-snippet textarea').evaluateAll((els) => els.map((e) => e.value));
  const src = iframe.match(/src="([^"]+)"/)[1];
  assert.equal(new URL(src).searchParams.get('dataset'), address, iframe);
  assert.equal(new URL(shared).searchParams.get('dataset'), address, shared);
  assert.ok(mount.includes(` data-dataset-url="${address}"`), mount);
  // The iframe's page, as pasted, shows that dataset's issue, open.
  const framed = await context.newPage();
  await framed.goto(src);
  await framed.locator('#sm1-issue-land-button[aria-expanded=true]').waitFor();
  // The mount's link for readers without scripts leads to the same data.
  const link = mount.match(/<a href="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.equal(new URL(link).searchParams.get('dataset'), address, link);
  // The download is that document; the build's table of stances is not offered for it.
  await page.getByRole('tab', { name: 'Sources' }).click();
  const downloads = page.locator('.sm-sources ul').last().getByRole('link');
  assert.deepEqual(await downloads.evaluateAll((links) => links.map((a) => a.href)), [address]);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a page or a snippet asked for a newsroom’s dataset never shows the bundled data first: its prerendered panels wait for the app', async () => {
  const url = fixture('retitled.json', (d) => { d.meta.title = 'The newsroom’s own talks'; });
  // The mount snippet in an article, given the dataset's address (relative to the widget's files).
  const snippet = fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/stancemap-snippet.html'), 'utf8')
    .replace('<div data-stancemap ', '<div data-stancemap data-dataset-url="fixtures/retitled.json" ');
  fixture('snippet-dataset.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body>${snippet}<script type="module" src="/stancemap-loader.js"></script></body></html>`);
  for (const [address, title] of [[`${widget.url}?dataset=${encodeURIComponent(url)}`, 'h1'], [`${widget.url}fixtures/snippet-dataset.html`, 'h2']]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const wasm = await hold(context, '**/stancemap_bg.wasm');
    await page.goto(address);
    await wasm.requested;
    const prerendered = page.locator('[data-prerendered] .sm-root');
    assert.equal(await prerendered.getAttribute('data-waiting'), '', `${address}: the first view waits`);
    assert.equal(await prerendered.locator('.sm-panels').evaluate((el) => getComputedStyle(el).visibility), 'hidden', 'its bundled panels unseen');
    await prerendered.locator('.sm-waiting').waitFor();
    wasm.release();
    await page.locator(title, { hasText: 'The newsroom’s own talks' }).waitFor();
    await context.close();
  }
});

test('every malformed or forbidden dataset keeps the bundled data and says why', async () => {
  const huge = JSON.stringify({ ...data, padding: 'x'.repeat(1024 * 1024) });
  fixture('shipped.json', (d) => d);
  const notJson = fixture('not-json.json', '{\n  "meta": {},\n  this is { not json');
  const cases = [
    // The browser's own words say where: a line and column, as an editor's tools count them.
    [notJson, 'not a Stancemap dataset (the document is not valid JSON: '],
    [notJson, '(line 3 column 3)'],
    [fixture('latin-1.json', Buffer.from(JSON.stringify({ ...data, meta: { ...data.meta, title: 'Caf\u00e9' } }), 'latin1')), 'not a Stancemap dataset (the document is not UTF-8 text)'],
    [fixture('array.json', '[1, 2, 3]'), 'not a Stancemap dataset'],
    [fixture('empty.json', '{}'), 'not a Stancemap dataset'],
    [fixture('wrong-type.json', (d) => { d.actors = 'everyone'; }), 'not a Stancemap dataset (actors.json: the file must hold a JSON array of records)'],
    // A record that does not parse is named as the build names it: its collection's file and its id, else its actor, issue and source.
    [fixture('unknown-position.json', (d) => { d.stances[1].position = 'maybe'; }), `not a Stancemap dataset (stances.json: record "${data.stances[1].actor}/${data.stances[1].issue}/${data.stances[1].source}": unknown variant \`maybe\``],
    [fixture('no-name.json', (d) => { delete d.actors[2].name; }), `not a Stancemap dataset (actors.json: record "${data.actors[2].id}": missing field \`name\`)`],
    [fixture('dangling.json', (d) => { d.stances[0].source = 'nowhere'; }), 'unknown sources id'],
    [fixture('duplicate.json', (d) => { d.issues.push(d.issues[0]); }), 'duplicate id'],
    [fixture('empty-text.json', (d) => { d.issues[0].summary = ' '; }), 'empty text'],
    [fixture('no-speaker.json', (d) => { d.stances.find((s) => s.quote).quote.speaker = ''; }), 'needs its speaker'],
    [fixture('no-sources.json', (d) => { d.faq[0].sources = []; }), 'missing source'],
    [fixture('huge.json', huge), 'larger than the 1024 KB limit'],
    ['/fixtures/missing.json', 'the server answered 404'],
    // Not followed, and not taken for a network error.
    ['/fixtures/moved.json', catalogue('en')['failure.redirected']],
    [`${elsewhere.url}good.json`, 'is not an origin this widget may load data from'],
    ['javascript:alert(1)', 'javascript: is not an origin this widget may load data from'],
  ];
  assert.ok(cases.length >= 10);
  for (const [url, reason] of cases) {
    const { page, context, problems } = await open(url);
    const notice = page.locator('.sm-notice');
    await notice.waitFor({ timeout: 5000 });
    const text = await notice.textContent();
    assert.ok(text.includes(reason), `${url}: “${text}” lacks “${reason}”`);
    assert.equal(await page.locator('h1').textContent(), data.meta.title, 'the bundled data stays');
    assert.ok(await page.getByRole('tab', { name: 'Build a deal' }).isVisible(), 'the whole widget still runs');
    assert.equal(problems.foreignRequests.filter((u) => u.startsWith(elsewhere.url)).length, 0, 'a forbidden origin is never even asked');
    await context.close();
  }
});

test('a link to an article never swaps its widget’s data: ?dataset= is read on the widget’s own pages only, even where the article’s widget owns its address', async () => {
  const url = fixture('retitled.json', (d) => { d.meta.title = 'The newsroom’s own talks'; });
  fixture('article-own.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>An article</title></head><body><h1>An article</h1><div data-stancemap data-fragment="own"></div><script type="module" src="/stancemap-loader.js"></script></body></html>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.goto(`${widget.url}fixtures/article-own.html?dataset=${encodeURIComponent(url)}#issues`);
  await page.locator('div[data-stancemap][data-stancemap-ready]').waitFor();
  assert.equal(await page.locator('div[data-stancemap] h2').first().textContent(), data.meta.title, 'the bundled data');
  assert.ok(await page.locator('div[data-stancemap] [role=tab][aria-selected=true]', { hasText: 'Issues' }).isVisible(), 'the link’s view is still followed');
  assert.equal(await page.locator('div[data-stancemap] .sm-notice').count(), 0, 'and nothing to tell the reader');
  assert.ok(!asked.some((u) => new URL(u).pathname.endsWith('retitled.json')), asked.join('\n'));
  // On the widget’s own page, the same link names the dataset.
  await page.goto(`${widget.url}?dataset=${encodeURIComponent(url)}`);
  await page.locator('h1', { hasText: 'The newsroom’s own talks' }).waitFor();
  await context.close();
});

test('a dataset a page names and the widget refuses is told to the console with what to do: an origin not allowed, a redirect', async () => {
  fixture('shipped.json', (d) => d);
  const other = `${elsewhere.url}shipped.json`;
  fs.writeFileSync(path.join(FIXTURES, 'refused.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Refused</title></head><body>
    <div data-stancemap id="other" data-dataset-url="${other}"></div><div data-stancemap id="moved" data-dataset-url="/fixtures/moved.json"></div>
    <script type="module" src="/stancemap-loader.js"></script></body></html>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const told = [];
  page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('Stancemap:')) told.push(m); });
  await page.goto(`${widget.url}fixtures/refused.html`);
  await page.locator('#moved .sm-notice').waitFor();
  await page.locator('#other .sm-notice').waitFor();
  const said = Object.fromEntries(await Promise.all(told.map(async (m) => [await m.args()[1].evaluate((el) => el.id), await m.args()[0].jsonValue()])));
  assert.equal(told.length, 2, Object.values(said).join('\n'));
  const origin = new URL(elsewhere.url).origin;
  const en = catalogue('en');
  // The reader's words first, as the widget shows them, then what to do: the build's allow-list for an origin.
  const [, remedy] = said.other.split(' To mend it: ');
  assert.ok(said.other.startsWith(`Stancemap: ${await page.locator('#other .sm-notice p').textContent()}`), said.other);
  assert.ok(said.other.includes(en['failure.origin'].replace('{origin}', origin)) && remedy?.includes('STANCEMAP_DATASET_ORIGINS'), said.other);
  // A redirect named as one, and what to do about it.
  assert.ok(said.moved.includes(en['failure.redirected']) && said.moved.split(' To mend it: ')[1]?.includes('redirect'), said.moved);
  await context.close();
});

test('a dataset refused on the Ukrainian page leaves the page Ukrainian: the bundled data in the reader’s language, the notice in it too, and the language switch', async () => {
  const uk = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/stancemap-uk.json'), 'utf8'));
  const words = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../data/interface/uk.json'), 'utf8'));
  const { page, context } = await openWidget(browser, `${widget.url}index.uk.html?dataset=${encodeURIComponent('/fixtures/missing.json')}`);
  const notice = page.locator('.sm-notice');
  await notice.waitFor({ timeout: 5000 });
  const [before] = words['notice.dataset-refused'].split('{url}');
  assert.ok((await notice.textContent()).startsWith(before), await notice.textContent());
  assert.equal(await page.locator('h1').textContent(), uk.records.meta.title, 'the bundled data, in Ukrainian');
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'uk');
  assert.ok(await page.locator('#sm1-language-switch').isVisible(), 'the reader can still switch language');
  await context.close();
});

test('a scenario whose settlements no source reacts to says so, not that nobody rejects them', async () => {
  const scenario = data.scenarios.find((s) => s.settles.some((x) => x.option));
  const url = fixture('no-reactions.json', (d) => { d.reactions = []; d.corrections = d.corrections.filter((c) => c.file !== 'reactions'); });
  const { page, context } = await openWidget(browser, `${widget.url}?dataset=${encodeURIComponent(url)}#scenarios/${scenario.id}`);
  const en = catalogue('en');
  const crossings = page.locator('[role=tabpanel]:not([hidden]) .sm-crossings').first();
  await crossings.waitFor();
  const text = await crossings.textContent();
  assert.ok(text.includes(en['crossings.none-known']), text);
  assert.ok(!text.includes(en['crossings.none']), text);
  await context.close();
});

/** Opens `url` in a fresh context whose waits outlast the widget's own wait for an answer. */
async function openWaiting(url) {
  const context = await browser.newContext();
  context.setDefaultTimeout((ANSWER_WITHIN + 30) * 1000);
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  return { context, page, consoleErrors };
}

test('a server that never answers, or stops in the middle of its answer, is given up on: the widget starts with the bundled data and says why, and so does every widget waiting for the same file; an answer that keeps coming may take longer', async () => {
  const reason = `no answer came within ${ANSWER_WITHIN} seconds`;
  const stalled = `the download stalled for ${ANSWER_WITHIN} seconds`;
  const twoOf = (name, file) => fs.writeFileSync(path.join(FIXTURES, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Two widgets</title></head><body>
    <div data-stancemap data-dataset-url="/fixtures/${file}"></div><div data-stancemap data-dataset-url="/fixtures/${file}"></div>
    <script type="module" src="/stancemap-loader.js"></script></body></html>`);
  twoOf('two.html', 'silent-shared.json');
  twoOf('two-stalled.html', 'stalled-shared.json');
  const withDataset = (file) => `${widget.url}?dataset=${encodeURIComponent(`/fixtures/${file}`)}`;
  const noticed = (url) => openWaiting(url).then(async (opened) => {
    await opened.page.locator('.sm-notice').waitFor();
    return { ...opened, notice: await opened.page.locator('.sm-notice').textContent() };
  });
  const bothNoticed = (url) => openWaiting(url).then(async (opened) => {
    await opened.page.locator('.sm-notice').nth(1).waitFor();
    return { ...opened, notices: await opened.page.locator('.sm-notice').allTextContents() };
  });
  const [alone, shared, halfway, halfwayShared, slow] = await Promise.all([
    noticed(withDataset('silent.json')),
    bothNoticed(`${widget.url}fixtures/two.html`),
    noticed(withDataset('stalled.json')),
    bothNoticed(`${widget.url}fixtures/two-stalled.html`),
    openWaiting(withDataset('slow-body.json')).then(async (opened) => {
      await opened.page.locator('h1', { hasText: 'Sent slowly' }).waitFor();
      return opened;
    }),
  ]);
  for (const [opened, file, why] of [[alone, 'silent.json', reason], [halfway, 'stalled.json', stalled]]) {
    assert.ok(opened.notice.includes(`The dataset at “/fixtures/${file}” could not be used: ${why}. Showing the explainer’s own data instead.`), opened.notice);
    assert.equal(await opened.page.locator('h1').textContent(), data.meta.title, 'the bundled data');
    await opened.page.getByRole('tab', { name: 'Who wants what' }).click();
    assert.equal(await opened.page.locator('.sm-table tbody tr').count(), data.actors.length, 'the whole widget runs');
    assert.deepEqual(opened.consoleErrors, []);
  }
  assert.equal(asked.silent, 1, 'asked once');

  for (const [page, why, count] of [[shared, reason, () => asked.shared], [halfwayShared, stalled, () => asked.stalled]]) {
    assert.equal(page.notices.length, 2);
    for (const notice of page.notices) assert.ok(notice.includes(`${why}. Showing the explainer’s own data instead.`), notice);
    assert.equal(count(), 1, 'the widget waiting for the same file does not ask the server again');
    assert.deepEqual(page.consoleErrors, []);
  }

  assert.equal(await slow.page.locator('.sm-notice').count(), 0, 'an answer that keeps coming is waited for');
  assert.deepEqual(slow.consoleErrors, []);
  for (const { context } of [alone, shared, halfway, halfwayShared, slow]) await context.close();
});

test('a big table draws its first rows until the reader asks for every row, and every row for a cell further down', async () => {
  // Three hundred more issues: far more cells than a table draws at first.
  const url = fixture('wide.json', (d) => {
    for (let k = 0; k < 300; k++) d.issues.push({ ...d.issues[0], id: `extra-${k}`, title: `Extra issue ${k}`, short: `X${k}` });
  });
  const actors = data.actors.length;
  const rows = (page) => page.locator('.sm-table tbody tr');
  const { page, context, problems } = await open(url);
  await page.getByRole('tab', { name: 'Who wants what' }).click();
  const first = await rows(page).count();
  assert.ok(first > 0 && first < actors, `${first} of ${actors} rows drawn at first`);
  assert.ok((await page.locator('.sm-matrix .sm-status').textContent()).includes(`Showing ${first} of ${actors} actors`), 'the status says how many are shown');
  const toggle = page.getByRole('button', { name: `Show every row (${actors})` });
  await toggle.click();
  assert.equal(await rows(page).count(), actors);
  assert.equal(await page.locator('.sm-matrix .sm-status').textContent(), `Showing ${actors} of ${actors} actors and ${data.issues.length + 300} of ${data.issues.length + 300} issues.`);
  const fewer = page.getByRole('button', { name: 'Show fewer rows' });
  assert.ok(await fewer.evaluate((b) => b.getRootNode().activeElement === b), 'focus stays on the toggle');
  await page.keyboard.press('Enter');
  assert.equal(await rows(page).count(), first, 'and it draws the first rows again');
  // A phone's list shows the same rows, as the status says, and the same toggle.
  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal(await page.locator('.sm-phone-list li').count(), first);
  await page.getByRole('button', { name: `Show every row (${actors})` }).click();
  assert.equal(await page.locator('.sm-phone-list li').count(), actors);
  await context.close();

  // A link to the last actor's cell draws every row, and that cell is the open one.
  const last = data.actors.at(-1).id, issue = data.issues[0].id;
  const linked = await openWidget(browser, `${widget.url}?dataset=${encodeURIComponent(url)}`, `matrix?cell=${last}.${issue}`);
  await linked.page.locator('.sm-cell-detail').waitFor();
  assert.equal(await rows(linked.page).count(), actors);
  // Marked once the table is written (Yew may let a task pass first, with a table this big).
  await linked.page.locator(`.sm-table button.sm-cell[value="${last}.${issue}"][aria-pressed=true]`).waitFor();
  assert.equal(await linked.page.locator('.sm-more-rows').count(), 0, 'no toggle while the open cell needs every row');
  await linked.page.locator('.sm-cell-detail').getByRole('button', { name: 'Close' }).click();
  assert.equal(await rows(linked.page).count(), actors, 'closing the cell keeps every row');
  assert.ok(await linked.page.getByRole('button', { name: 'Show fewer rows' }).isVisible());
  assert.deepEqual([...problems.consoleErrors, ...linked.problems.consoleErrors], []);
  await linked.context.close();

  // The talks' own matrix fits: every row, no toggle.
  const shipped = await openWidget(browser, widget.url, 'matrix');
  assert.equal(await rows(shipped.page).count(), actors);
  assert.equal(await shipped.page.locator('.sm-more-rows').count(), 0);
  await shipped.context.close();
});

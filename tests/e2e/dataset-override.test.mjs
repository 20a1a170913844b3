// A dataset loaded at run time: only from allowed origins, size-capped and
// validated; anything wrong keeps the bundled data and says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openWidget, shippedData } from './harness.mjs';

const FIXTURES = fs.mkdtempSync(path.join(os.tmpdir(), 'stancemap-datasets-'));
let widget, elsewhere, browser, data;

/** Writes a fixture derived from the shipped dataset. */
function fixture(name, edit) {
  const copy = structuredClone(data);
  const text = typeof edit === 'string' ? edit : JSON.stringify(edit(copy) ?? copy);
  fs.writeFileSync(path.join(FIXTURES, name), text);
  return `/fixtures/${name}`;
}

before(async () => {
  data = shippedData();
  widget = await serve({ mounts: { '/': path.resolve(import.meta.dirname, '../../dist'), '/fixtures/': FIXTURES } });
  elsewhere = await serve({ mounts: { '/': FIXTURES }, headers: { 'access-control-allow-origin': '*' } });
  browser = await launch();
});
after(async () => { await browser?.close(); await widget?.close(); await elsewhere?.close(); fs.rmSync(FIXTURES, { recursive: true, force: true }); });

const open = (url) => openWidget(browser, `${widget.url}?dataset=${encodeURIComponent(url)}`);

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
  assert.equal(await page.locator('.sm-source a[href="https://example.org/story"]').count(), 1, 'an https address is a link');
  assert.equal(await page.locator('.sm-root a[href^="javascript"]').count(), 0, 'anything else is not');
  assert.ok((await page.locator('.sm-source').nth(1).textContent()).includes('javascript:window.pwned = 3'), '…but shown as text');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('.sm-notice').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('every malformed or forbidden dataset keeps the bundled data and says why', async () => {
  const huge = JSON.stringify({ ...data, padding: 'x'.repeat(1024 * 1024) });
  const cases = [
    [fixture('not-json.json', 'this is { not json'), 'not a Stancemap dataset'],
    [fixture('array.json', '[1, 2, 3]'), 'not a Stancemap dataset'],
    [fixture('empty.json', '{}'), 'not a Stancemap dataset'],
    [fixture('wrong-type.json', (d) => { d.actors = 'everyone'; }), 'not a Stancemap dataset'],
    [fixture('unknown-position.json', (d) => { d.stances[0].position = 'maybe'; }), 'not a Stancemap dataset'],
    [fixture('dangling.json', (d) => { d.stances[0].source = 'nowhere'; }), 'unknown sources id'],
    [fixture('duplicate.json', (d) => { d.issues.push(d.issues[0]); }), 'duplicate id'],
    [fixture('empty-text.json', (d) => { d.issues[0].summary = ' '; }), 'empty text'],
    [fixture('no-speaker.json', (d) => { d.stances.find((s) => s.quote).quote.speaker = ''; }), 'needs its speaker'],
    [fixture('no-sources.json', (d) => { d.faq[0].sources = []; }), 'missing source'],
    [fixture('huge.json', huge), 'larger than the 1024 KB limit'],
    ['/fixtures/missing.json', 'the server answered 404'],
    [`${elsewhere.url}good.json`, 'is not an origin this widget may load data from'],
    ['javascript:alert(1)', 'not an origin this widget may load data from'],
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

// Every view and interaction of the explainer, as a reader uses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, serveDist, launch, openWidget, shippedData, catalogue, activeId, focusReaches, addressNames, FOR, AGAINST, widgetReady, hash, hold, builtDeal, slowCpu, within5s, exactly, counted, pausedStatus } from './harness.mjs';

let server, browser, data;
before(async () => { server = await serveDist(); browser = await launch(); data = shippedData(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Each source's reading of `actor` on `issue`, in file order: the first is the actor's current stated line. */
const readings = (actor, issue) => data.stances.filter((s) => s.actor === actor && s.issue === issue);
const isFirstReading = (s) => readings(s.actor, s.issue)[0] === s;

const selectedTab = (page) => page.locator('[role=tab][aria-selected=true]').textContent();
// History navigation re-renders asynchronously: wait for the tab to be selected.
const waitForTab = (page, name) => page.getByRole('tab', { name, exact: true, selected: true }).waitFor({ timeout: 5000 });
/** Waits until keyboard focus in the widget is on a control wholly in the viewport (to within a
 * pixel, as layout at fractions of one may put a control flush with an edge); its id or text. */
const focusInView = async (page) => (await page.waitForFunction(() => {
  const el = document.querySelector('[data-stancemap]').shadowRoot.activeElement;
  const r = el?.getBoundingClientRect();
  return r && r.height > 0 && r.top >= -1 && r.bottom <= innerHeight + 1 && (el.id || el.textContent);
}, null, { timeout: 5000 })).jsonValue();
const waitForExpanded = (page, id, value) => page.locator(`#${id}[aria-expanded="${value}"]`).waitFor({ timeout: 5000 });

test('deep links open each view', async () => {
  const territory = data.issues.find((i) => i.id === 'territory');
  const russia = data.actors.find((a) => a.id === 'russia');
  const [s1, s2] = data.scenarios;
  const faq = data.faq[1];
  const cases = [
    ['', 'Overview', async (p) => assert.equal(await p.locator('.sm-pillar').count(), 3)],
    ['issues/territory', 'Issues', async (p) => {
      assert.equal(await p.locator('#sm1-issue-territory-button').getAttribute('aria-expanded'), 'true');
      assert.match(await p.locator('#sm1-issue-territory-region').textContent(), new RegExp(territory.why_hard.slice(0, 30)));
    }],
    ['actors/russia', 'Actors', async (p) => {
      assert.equal(await p.locator('.sm-profile-name').textContent(), russia.name);
      assert.match(await p.locator('.sm-people').textContent(), new RegExp(russia.people[0].name));
    }],
    ['matrix', 'Who wants what', async (p) => assert.equal(await p.locator('.sm-table tbody tr').count(), data.actors.length)],
    [`scenarios/${s1.id}/${s2.id}`, 'Scenarios', async (p) => {
      assert.deepEqual(await p.locator('.sm-comparison thead th').allTextContents(), [s1.title, s2.title]);
    }],
    [`faq/${faq.id}`, 'FAQ', async (p) => {
      assert.equal(await p.locator(`#sm1-faq-${faq.id}-button`).getAttribute('aria-expanded'), 'true');
      assert.match(await p.locator(`#sm1-faq-${faq.id}-region`).textContent(), new RegExp(faq.answer.slice(0, 25)));
    }],
    ['sources', 'Sources', async (p) => assert.equal(await p.locator('.sm-source').count(), data.sources.length)],
  ];
  for (const [fragment, tab, check] of cases) {
    const { page, context, problems } = await openWidget(browser, server.url, fragment);
    assert.equal(await selectedTab(page), tab, fragment);
    await check(page);
    assert.equal(await page.locator('.sm-notice').count(), 0, `no fallback notice for ${fragment}`);
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  }
});

test('opening a matrix cell shows its quote and source, and Escape returns focus to the cell', async () => {
  const stance = data.stances.find((s) => s.quote && readings(s.actor, s.issue).length === 1);
  const source = data.sources.find((s) => s.id === stance.source);
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  const cell = page.locator(`#sm1-cell-${stance.actor}--${stance.issue}`);
  await cell.click();
  const panel = page.locator('.sm-cell-detail');
  assert.match(await panel.textContent(), new RegExp(stance.summary.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  assert.ok((await panel.locator('blockquote').textContent()).includes(stance.quote.text));
  assert.ok((await panel.locator('.sm-citation').textContent()).includes(source.headline));
  await focusReaches(page, 'sm1-cell-detail-title');
  assert.match(await hash(page), new RegExp(`cell=${stance.actor}\\.${stance.issue}`));
  await page.keyboard.press('Escape');
  await focusReaches(page, `sm1-cell-${stance.actor}--${stance.issue}`);
  assert.equal(await panel.count(), 0);
  // Read down the detail until the cell is half out of view above, then
  // Escape: the cell comes back into view with room above it for its focus
  // ring, not flush with the edge.
  await cell.click();
  await page.evaluate((by) => scrollBy(0, by + 10), await cell.evaluate((el) => el.getBoundingClientRect().top));
  await page.keyboard.press('Escape');
  const top = await cell.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 24, `the cell is ${top} px from the top of the view`);
  await context.close();
});

test('the open cell, and only it, is marked pressed, through filters and a table written anew', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  const a = data.stances[0];
  const b = data.stances.find((s) => s.actor === a.actor && s.issue !== a.issue);
  const cell = (s) => page.locator(`#sm1-cell-${s.actor}--${s.issue}`);
  const pressed = () => page.locator('.sm-table button.sm-cell[aria-pressed=true]').evaluateAll((els) => els.map((e) => [e.id, e.getAttribute('aria-controls')]));
  await cell(a).click();
  await cell(b).click();
  assert.deepEqual(await pressed(), [[`sm1-cell-${b.actor}--${b.issue}`, 'sm1-cell-detail']]);
  assert.equal(await cell(a).getAttribute('aria-controls'), null);
  // A group filter hides the other rows, and a comparison writes the table anew; the open cell is still marked.
  await page.locator('#sm1-filter-group').selectOption(data.actors.find((x) => x.id === b.actor).group);
  assert.deepEqual(await pressed(), [[`sm1-cell-${b.actor}--${b.issue}`, 'sm1-cell-detail']]);
  const other = data.actors.find((x) => x.id !== b.actor);
  await page.locator('#sm1-filter-first').selectOption(b.actor);
  await page.locator('#sm1-filter-second').selectOption(other.id);
  assert.equal(await page.locator('.sm-table tbody tr').count(), 2);
  assert.deepEqual(await pressed(), [[`sm1-cell-${b.actor}--${b.issue}`, 'sm1-cell-detail']]);
  await page.locator('.sm-cell-detail button.sm-button').click();
  assert.deepEqual(await pressed(), []);
  await context.close();
});

test('where sources differ, the cell says so and its detail shows each reading with its own source', async () => {
  const [actor, issue] = data.stances.map((s) => [s.actor, s.issue]).find(([a, i]) => new Set(readings(a, i).map((s) => s.position)).size > 1);
  const all = readings(actor, issue);
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  const cell = page.locator(`#sm1-cell-${actor}--${issue}`);
  assert.match(await cell.textContent(), new RegExp(`\\+${all.length - 1}`));
  const name = await cell.getAttribute('aria-label');
  assert.match(name, new RegExp(`${all.length - 1 === 1 ? 'one' : all.length - 1} more source`), 'and says it in words');
  // How the others read it, where one reads it otherwise than the first.
  const words = catalogue('en');
  const differing = all.slice(1).find((s) => s.position !== all[0].position);
  assert.ok(name.includes(words[`position.${differing.position}`]), `${name} says another source reads it as ${differing.position}`);
  // What the cell shows first, "+1" too, for speech input.
  const label = (await cell.innerText()).replace(/^\S+\s/, '');
  assert.ok(name.startsWith(`${label} (`), `${name} starts with ${label}`);
  await cell.click();
  const shown = page.locator('.sm-cell-detail .sm-reading');
  assert.equal(await shown.count(), all.length);
  const items = page.locator('.sm-cell-detail').getByRole('listitem').filter({ has: page.locator('.sm-reading') });
  assert.equal(await items.count(), all.length, 'each reading an item of a list, so a screen reader tells one from the next');
  for (const [n, reading] of all.entries()) {
    assert.ok((await shown.nth(n).textContent()).includes(reading.summary), reading.summary);
    assert.ok((await shown.nth(n).locator('.sm-citation').textContent()).includes(data.sources.find((s) => s.id === reading.source).headline));
  }
  assert.match(await page.locator('.sm-cell-detail').textContent(), /The sources differ/);
  await context.close();
});

test('a source is cited by its headline, and one without a headline says so and quotes its opening words', async () => {
  const words = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../data/interface/en.json'), 'utf8'));
  assert.ok(data.sources.some((s) => s.untitled) && data.sources.some((s) => !s.untitled), 'the data has both');
  const { page, context } = await openWidget(browser, server.url, 'sources');
  const titles = page.locator('.sm-source h3');
  assert.equal(await titles.count(), data.sources.length);
  for (const [n, source] of data.sources.entries()) {
    const title = titles.nth(n);
    if (source.untitled) {
      assert.equal(await title.locator('cite').count(), 0, `${source.id}: not named as a title`);
      assert.equal(await title.locator('q').textContent(), source.headline);
      assert.ok((await title.textContent()).startsWith(words['source.untitled']));
    } else {
      assert.equal(await title.locator('cite').textContent(), source.headline);
    }
  }
  await context.close();
});

test('each document says which records cite it, with every count but zero', async () => {
  const { page, context } = await openWidget(browser, server.url, 'sources');
  const by = (list, id) => list.filter((r) => r.source === id || r.sources?.includes(id)).length;
  for (const [n, source] of data.sources.entries()) {
    const kinds = [
      [by(data.issues, source.id), 'issue'],
      [by(data.stances, source.id), 'stance'],
      [by(data.stances.filter((s) => s.quote), source.id), 'with a quote'],
      [by(data.actors.flatMap((a) => a.people ?? []), source.id), "entr(?:y on a person|ies on people) in the actors’ profiles"],
      [by(data.options, source.id), 'deal option'],
      [by(data.reactions, source.id), 'reactions? to deal options?'],
      [by(data.scenarios, source.id), 'scenarios?'],
      [by(data.scenarios.flatMap((s) => s.reception ?? []), source.id), 'views? of (a )?scenarios? by'],
      [by(data.faq, source.id), 'FAQ answer'],
      [by(data.figures, source.id), 'figure'],
      [by(data.timeline, source.id), 'timeline event'],
      [by(data.glossary, source.id), 'glossary term'],
    ];
    const line = await page.locator('.sm-source').nth(n).locator('p.sm-muted').last().textContent();
    assert.match(line, /^Cited in /, source.id);
    // (Every document here that stances cite has a quoted one: tests/i18n.rs holds the line without quotes.)
    assert.doesNotMatch(line, /(^|\D)0 /, `${source.id}: no kind of record, nor quotes, listed as none`);
    for (const [count, kind] of kinds) {
      const said = new RegExp(`(\\d+) (${kind})`).exec(line);
      assert.equal(said ? Number(said[1]) : 0, count, `${source.id}: ${kind} in “${line}”`);
    }
  }
  await context.close();
});

test('a citation leads to its document’s entry in Sources, marked and focused, and Back returns to the reading', async () => {
  const stance = data.stances.find((s) => s.actor === 'ukraine' && s.issue === 'territory');
  const { page, context } = await openWidget(browser, server.url, `matrix?cell=${stance.actor}.${stance.issue}`);
  const citation = page.locator('.sm-cell-detail .sm-citation a').first();
  const cited = await citation.getAttribute('data-source');
  assert.ok(data.sources.some((s) => s.id === cited), cited);
  assert.match(await citation.getAttribute('href'), new RegExp(`#sources/${cited}$`), 'a link, which opens in a new tab too');
  await citation.click();
  await page.getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  assert.equal(await hash(page), `#sources/${cited}`);
  await focusReaches(page, `sm1-source-${cited}-heading`);
  const entry = page.locator(`#sm1-source-${cited}`);
  assert.ok(await entry.evaluate((li) => li.classList.contains('sm-shown')), 'marked');
  assert.equal(await entry.getAttribute('aria-current'), 'true', 'and so for a screen reader');
  assert.ok((await entry.textContent()).includes(data.sources.find((s) => s.id === cited).period), 'with what the document is');
  assert.equal(await page.locator('.sm-source.sm-shown').count(), 1);
  await page.goBack();
  await page.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  assert.ok(await page.locator('.sm-cell-detail').isVisible(), 'the reading, as it was');
  await focusInView(page);
  assert.ok(await page.evaluate(() => !document.querySelector('[data-stancemap]').shadowRoot.activeElement.closest('[role=tabpanel][hidden]')), 'focus is not left in the hidden Sources');
  await context.close();
});

test('the Sources view lists every correction with its date, and the footer says when the data was last reviewed', async () => {
  const reviewed = new Date(`${data.meta.reviewed}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const { page, context } = await openWidget(browser, server.url, 'sources');
  assert.match(await page.locator('.sm-footer').textContent(), new RegExp(`Last reviewed against the sources on ${reviewed}`));
  const toggle = page.locator('.sm-corrections-block > button');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.sm-correction').count(), 0, 'loaded only when asked for');
  // Its label stays; a chevron turns, as a card's does, so the eye sees it open.
  const chevron = () => toggle.locator('.sm-chevron').evaluate((c) => [getComputedStyle(c).transform, c.getBoundingClientRect().width > 0]);
  const closed = await chevron();
  assert.ok(closed[1], 'the chevron is seen');
  await toggle.click();
  const items = page.locator('.sm-correction');
  // The first few at once, the rest a few at a time: a slow phone is not held for two hundred.
  await items.first().waitFor();
  assert.ok(await items.count() < data.corrections.length, 'the first few at once');
  await items.nth(data.corrections.length - 1).waitFor();
  assert.equal(await items.count(), data.corrections.length);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.notEqual((await chevron())[0], closed[0], 'the chevron turns');
  const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  const shown = await items.allTextContents();
  for (const c of data.corrections) assert.ok(shown.some((t) => t.includes(c.change) && t.includes(c.reason)), c.change);
  // A stance or a reaction is named as readers know it, who on what, from its id, also once removed;
  // only a record whose id names nothing the dataset still holds is named by that id.
  const has = (file, id) => data[file].some((r) => r.id === id);
  const named = (c) => {
    const [a, b, source] = c.record.split('/');
    if (c.file === 'stances') return has('actors', a) && has('issues', b) && has('sources', source);
    if (c.file === 'reactions') return has('options', a) && has('actors', b) && has('sources', source);
    return c.file === 'meta' || has(c.file, c.record);
  };
  assert.equal(await items.locator('code').count(), data.corrections.filter((c) => !named(c)).length);
  // The log is newest first, and on one day the last written first.
  const logged = data.corrections.map((c, i) => [c, i]).sort(([a, i], [b, j]) => b.date.localeCompare(a.date) || j - i).map(([c]) => c);
  const removed = logged.find((c) => c.removed && c.file === 'stances' && named(c));
  const [actor, issue] = removed.record.split('/');
  const label = await items.nth(logged.indexOf(removed)).locator('strong').textContent();
  for (const name of [data.actors.find((a) => a.id === actor).name, data.issues.find((i) => i.id === issue).title]) assert.ok(label.includes(name), `${label} names ${name}`);
  const href = await page.locator('a[download]').first().getAttribute('href');
  const download = await page.evaluate(async (url) => (await fetch(url)).json(), href);
  const edited = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../data/ukraine-peace-talks/corrections.json'), 'utf8'));
  assert.deepEqual(download.corrections, edited, 'the JSON download carries the corrections as the editors wrote them');
  await context.close();
});

test('a cell opened low in the table brings its detail up into view, not just its title at the foot of the screen', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 1280, height: 900 } });
  const cell = page.locator('.sm-table tbody tr').last().locator('button.sm-cell').first();
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.locator('.sm-cell-detail').waitFor();
  await focusReaches(page, 'sm1-cell-detail-title');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const top = await page.locator('.sm-cell-detail').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top <= 900 * 2 / 3, `the detail begins at ${top} px of 900`);
  await context.close();
});

test('Back that closes the card holding focus puts focus on the card’s own button', async () => {
  const issue = data.issues[2];
  const { page, context } = await openWidget(browser, server.url, 'issues');
  const id = `sm1-issue-${issue.id}-button`;
  await page.locator(`#${id}`).press('Enter');
  await waitForExpanded(page, id, 'true');
  // The card's entry is written once it is painted; Back before it would leave the page.
  await addressNames(page, new RegExp(`/${issue.id}$`));
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.querySelector('[data-stancemap]').shadowRoot.activeElement?.closest('.sm-disclosure-body')), 'in the card');
  await page.goBack();
  await waitForExpanded(page, id, 'false');
  await focusReaches(page, id);
  await context.close();
});

test('Back from a source a citation led to puts focus on that citation, not on another citing the same source', async () => {
  const { page, context } = await openWidget(browser, server.url, '', { viewport: { width: 1280, height: 800 } });
  const panel = page.locator('#sm1-panel-overview');
  const cited = await panel.locator('a[data-source]').evaluateAll((links) => links.map((a) => a.getAttribute('data-source')));
  // The last citation of a source cited before it in the view.
  const n = cited.findLastIndex((source, i) => cited.indexOf(source) < i);
  assert.ok(n > 0, 'the overview cites a source twice');
  const link = panel.locator('a[data-source]').nth(n);
  await link.evaluate((a) => { a.dataset.followed = ''; });
  await link.press('Enter');
  await page.locator('#sm1-panel-sources:not([hidden])').waitFor();
  await page.goBack();
  await page.locator('#sm1-panel-overview:not([hidden])').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-stancemap]').shadowRoot.activeElement?.hasAttribute('data-followed'), null, { timeout: 5000 });
  await context.close();
});

test('Back that closes a card the reader left by a tab puts focus on that card’s button, not on the first card in view', async () => {
  // The last card: opening it scrolls the page, which Back puts back there, the tabs out of view.
  const issue = data.issues.at(-1);
  const { page, context } = await openWidget(browser, server.url, 'issues', { viewport: { width: 1280, height: 800 } });
  const id = `sm1-issue-${issue.id}-button`;
  await page.locator(`#${id}`).click();
  await waitForExpanded(page, id, 'true');
  await page.locator('#sm1-tab-matrix').click();
  assert.equal(await hash(page), '#matrix');
  await page.goBack();
  await waitForExpanded(page, id, 'true');
  await page.goBack();
  await waitForExpanded(page, id, 'false');
  assert.ok(await page.evaluate(() => scrollY) > 0, 'the page is back where the card was opened');
  await focusReaches(page, id);
  await context.close();
});

test('where they disagree most, the overview counts positions by the names the issue’s card gives them, and every other actor, divided or with none', async () => {
  const { page, context } = await openWidget(browser, server.url);
  const first = page.locator('.sm-contested li').first();
  const split = await first.locator('.sm-muted').textContent();
  // It also says how many actors the sources give no position on it, and how many are divided, where some are:
  // every actor is counted, once, by its current line (its first reading).
  const issue = (await first.getByRole('link').getAttribute('href')).split('#issues/')[1];
  const line = (a) => data.stances.find((s) => s.actor === a.id && s.issue === issue);
  const silent = data.actors.filter((a) => !line(a)).length;
  const divided = data.actors.filter((a) => line(a)?.position === 'divided').length;
  assert.ok(split.endsWith(`no stated position: ${silent}`), split);
  assert.equal(split.includes(`“${catalogue('en')['position.divided']}”: ${divided}`), divided > 0, split);
  assert.equal([...split.matchAll(/: (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0), data.actors.length, split);
  await first.getByRole('link').click();
  const card = page.locator('.sm-disclosure[id^="sm1-issue-"]').filter({ has: page.locator('[aria-expanded=true]') });
  await card.waitFor();
  // The line names every position on either side; each of them that the card's badges show is named as the badge names it.
  const badges = new Set((await card.locator('.sm-badge').allTextContents()).map((b) => b.replace(/^\W+|\s*\+\d+$/g, '').trim()));
  const named = [...split.matchAll(/“([^”]+)”/g)].map((m) => m[1]).filter((n) => n !== catalogue('en')['position.divided']);
  const counted = [...FOR, ...AGAINST].map((p) => catalogue('en')[`position.${p}`]);
  assert.equal(named.length, counted.length, split);
  const shown = counted.filter((label) => badges.has(label));
  assert.ok(shown.length >= 2, `the card shows positions on both sides: ${[...badges]}`);
  for (const label of shown) assert.ok(named.includes(label), `“${label}” on the card, named so in “${split}”`);
  await context.close();
});

test('the overview’s key figures fill their rows on a wide screen, never leaving one figure alone on the last', async () => {
  for (const width of [1280, 900]) {
    const { page, context } = await openWidget(browser, server.url, '', { viewport: { width, height: 800 } });
    const tops = await page.locator('.sm-figures').first().evaluate((ul) => [...ul.children].map((li) => Math.round(li.getBoundingClientRect().top)));
    const rows = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
    assert.ok(rows.length > 1 && rows.at(-1) > 1, `${width} px: ${rows.join(' + ')} figures a row`);
    await context.close();
  }
});

test('on a laptop’s screen the whole matrix is on an embed’s first screen, in one box that does not scroll, every label inside its cell, the controls in one row, in both languages', async () => {
  for (const [file, width, height] of [['embed.html', 1280, 800], ['embed.html', 1366, 768], ['embed.uk.html', 1280, 800]]) {
    const { page, context } = await openWidget(browser, server.url + file, 'matrix', { viewport: { width, height } });
    const at = `${file} at ${width} × ${height}`;
    const controls = await page.locator('.sm-matrix .sm-filters > *').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
    const [lowestTop, highestBottom] = [Math.max(...controls.map((r) => r.top)), Math.min(...controls.map((r) => r.bottom))];
    assert.ok(lowestTop < highestBottom, `${at}: the controls wrap onto a second row`);
    assert.equal(await page.locator('.sm-table tbody tr:not([hidden])').count(), data.actors.length, `${at}: every actor's row`);
    assert.equal(await page.locator('.sm-table thead th[scope=col]:not([hidden])').count(), data.issues.length + 1, `${at}: every issue's column`);
    const overflow = await page.locator('.sm-matrix-scroll').evaluate((el) => [el.scrollWidth - el.clientWidth, el.scrollHeight - el.clientHeight]);
    assert.deepEqual(overflow, [0, 0], `${at}: the table fits its box`);
    assert.deepEqual(await overflowingLabels(page), [], `${at}: labels spill out of their cells`);
    assert.deepEqual(await brokenWords(page, '.sm-table button.sm-cell'), [], `${at}: words broken inside`);
    const split = await page.locator('.sm-table .sm-cell-label').evaluateAll((labels) => labels.filter((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size > 1;
    }).map((label) => label.parentElement.id));
    assert.ok(await page.locator('.sm-table .sm-cell-label').count() > 0, `${at}: labels of several words`);
    assert.deepEqual(split, [], `${at}: a label of several words on one line`);
    assert.equal(await moreColumnsShade(page), 0, `${at}: no shade says the table scrolls`);
    assert.equal(await page.evaluate(() => scrollY), 0, `${at}: the page opens at its top`);
    // Ukrainian's table ends a few pixels above 800: a label that comes to
    // wrap onto a second line in its cell or heading takes it past.
    const table = await page.locator('.sm-table').boundingBox();
    assert.ok(table.y + table.height <= height, `${at}: the table ends ${Math.round(table.y + table.height)} px down`);
    if (file === 'embed.html' && width === 1280) await page.locator('.sm-matrix').screenshot({ path: path.resolve(import.meta.dirname, '../../target/screenshots/matrix-1280.png') });
    await context.close();
  }
});

test('between a phone and a wide screen the table scrolls in its box rather than squeezing labels out of their cells', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 900, height: 900 } });
  assert.ok(await page.locator('.sm-matrix-scroll').isVisible(), 'the table, not the phone’s list');
  assert.deepEqual(await overflowingLabels(page), []);
  const [scrollWidth, clientWidth] = await page.locator('.sm-matrix-scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
  assert.ok(scrollWidth > clientWidth, `the table needs more than ${clientWidth} px here, and scrolls (${scrollWidth})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page itself does not scroll sideways');
  assert.equal(await moreColumnsShade(page), 1, 'a shade at the right edge says there is more');
  await page.locator('.sm-matrix-scroll').evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  assert.equal(await moreColumnsShade(page), 0, 'scrolled to the last column, the shade is gone');
  // The keyboard scrolls it too: the box is a stop for Tab while it scrolls, and only then.
  const box = page.locator('#sm1-matrix-table');
  await box.evaluate((el) => { el.scrollLeft = 0; });
  await page.locator('#sm1-filter-second').focus();
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'sm1-matrix-table', 'Tab from the filters reaches the box');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((el) => el.scrollLeft > 0, await box.elementHandle());
  await page.keyboard.press('Tab');
  assert.match(await activeId(page), /^sm1-cell-/, 'and then its cells');
  // Read the frame after a resize, once the box's size has been reported.
  const stop = () => box.evaluate(async (el) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { scrolls: el.scrollWidth > el.clientWidth, tabindex: el.getAttribute('tabindex') };
  });
  await page.setViewportSize({ width: 1600, height: 900 });
  assert.deepEqual(await stop(), { scrolls: false, tabindex: null }, 'widened until the table fits, the box is no stop');
  await page.setViewportSize({ width: 900, height: 900 });
  assert.deepEqual(await stop(), { scrolls: true, tabindex: '0' }, 'narrowed again, a stop');
  // The box the reader is on stays a stop when it comes to fit, until focus leaves it.
  await box.focus();
  await page.setViewportSize({ width: 1600, height: 900 });
  assert.deepEqual(await stop(), { scrolls: false, tabindex: '0' }, 'focused, it stays a stop');
  assert.equal(await activeId(page), 'sm1-matrix-table', 'and keeps focus');
  // The window losing focus takes it from the box too (a focusout toward nothing): the box stays a stop to come back to.
  await box.evaluate((el) => el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: null })));
  assert.deepEqual(await stop(), { scrolls: false, tabindex: '0' }, 'the window left, it stays a stop');
  await page.keyboard.press('Tab');
  assert.deepEqual(await stop(), { scrolls: false, tabindex: null }, 'left, it is no stop');
  // Nor once the reader clicks elsewhere on the page (focus toward nothing, the window still focused).
  await page.setViewportSize({ width: 900, height: 900 });
  assert.deepEqual(await stop(), { scrolls: true, tabindex: '0' });
  await box.focus();
  await page.setViewportSize({ width: 1600, height: 900 });
  assert.deepEqual(await stop(), { scrolls: false, tabindex: '0' });
  await page.locator('.sm-matrix .sm-status').click();
  assert.deepEqual(await stop(), { scrolls: false, tabindex: null }, 'clicked away, it is no stop');
  // A table shown again after a filter matched nothing is read anew: a group of one actor has nobody to disagree with.
  await page.setViewportSize({ width: 900, height: 900 });
  const alone = data.actors.map((a) => a.group).find((g, _, groups) => groups.filter((h) => h === g).length === 1);
  assert.ok(alone, 'a group of one actor');
  await page.locator('#sm1-filter-group').selectOption(alone);
  await page.locator('#sm1-filter-disputed').check();
  await page.locator('.sm-matrix .sm-empty').waitFor();
  await page.locator('#sm1-filter-disputed').uncheck();
  await page.locator('#sm1-filter-group').selectOption('');
  assert.deepEqual(await stop(), { scrolls: true, tabindex: '0' }, 'the box made again is a stop where it scrolls');
  await context.close();
});

/** How strongly the shade at the matrix box's right edge shows (0 to 1), once the browser has drawn the box's scrolling. */
const moreColumnsShade = (page) => page.locator('.sm-matrix-frame').evaluate(async (frame) => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return Number(getComputedStyle(frame, '::after').opacity);
});

/**
 * The cells (of the table, or as chosen) whose label (their text, before
 * the tags that follow it) is wider than the cell, or lies under a tag.
 */
function overflowingLabels(page, cells = '.sm-table button.sm-cell') {
  return page.locator(cells).evaluateAll((cells) => cells.filter((cell) => {
    const tags = [...cell.querySelectorAll('.sm-cell-more, .sm-cell-conflict')].map((t) => t.getBoundingClientRect());
    // The label: the icon and its words (a span where they are several), not what follows it ("+1", a deal's mark).
    const label = cell.querySelector('.sm-cell-label')?.firstChild ?? cell.firstChild;
    const range = document.createRange();
    range.setStart(cell.firstChild, 0);
    range.setEnd(label, label.data.trimEnd().length);
    const box = range.getBoundingClientRect();
    // A line of the label under a tag, by more than a pixel (rounding) both ways.
    const covered = [...range.getClientRects()].some((line) => tags.some((t) => t.left < line.right - 1 && line.left + 1 < t.right && t.top < line.bottom - 1 && line.top + 1 < t.bottom));
    return box.width > cell.clientWidth || covered;
  }).map((cell) => `${cell.id}: ${cell.textContent}`));
}

/** The words of `cells`' labels broken across two lines (a label may wrap between its words, never inside one). */
function brokenWords(page, cells) {
  return page.locator(cells).evaluateAll((cells) => cells.flatMap((cell) => {
    const label = cell.querySelector('.sm-cell-label')?.firstChild ?? cell.firstChild;
    return [...label.data.matchAll(/[^\s\u00a0]+/g)].filter((word) => {
      const range = document.createRange();
      range.setStart(label, word.index);
      range.setEnd(label, word.index + word[0].length);
      return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size > 1;
    }).map((word) => `${cell.id}: ${word[0]}`);
  }));
}

test('a link to one answer, issue, matrix cell or actor far down the page starts the standalone page there, and the keyboard with it; an embedded page keeps its place', async () => {
  const cell = data.stances.at(-1);
  for (const [fragment, id, focused] of [[`faq/${data.faq.at(-1).id}`, `sm1-faq-${data.faq.at(-1).id}`, 'button'], [`issues/${data.issues.at(-1).id}`, `sm1-issue-${data.issues.at(-1).id}`, 'button'],
    [`matrix?cell=${cell.actor}.${cell.issue}`, 'sm1-cell-detail', 'title'], [`actors/${data.actors.at(-1).id}`, 'sm1-actor-profile', 'title']]) {
    const { page, context } = await openWidget(browser, server.url, fragment, { viewport: { width: 375, height: 800 } });
    const top = () => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(await page.evaluate(() => scrollY) > 0, `${fragment}: the page scrolled`);
    const at = await top();
    assert.ok(at >= -1 && at <= 800 / 8 + 1, `${fragment}: the item starts near the top of the window, below room for a header (${at} px)`);
    assert.equal(await activeId(page), `${id}-${focused}`, `${fragment}: focus is on the item`);
    await page.keyboard.press('Tab');
    const next = await page.locator(`#${id}-${focused}`).evaluate((item) => {
      const active = item.getRootNode().activeElement;
      return Boolean(active && item.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(next, `${fragment}: Tab goes on from the item (to ${await activeId(page)}), not from the top`);
    assert.ok(await page.evaluate(() => scrollY) > 0, `${fragment}: and the page stays down there`);
    await context.close();
    const embedded = await openWidget(browser, `${server.url}embed.html`, fragment, { viewport: { width: 375, height: 800 } });
    assert.equal(await embedded.page.evaluate(() => scrollY), 0, `${fragment}: the iframe page does not scroll`);
    await embedded.context.close();
  }
});

test('a link followed in a page already open, from the address bar or the article, takes the reader to what it names', async () => {
  const answer = data.faq.at(-1).id;
  const { page, context } = await openWidget(browser, server.url, '', { viewport: { width: 375, height: 800 } });
  const inView = (id) => page.locator(`#${id}`).evaluate((el) => { const { top, bottom } = el.getBoundingClientRect(); return top >= -1 && bottom <= innerHeight + 1; });
  // As typed or pasted into the address bar: the page's own fragment changes.
  await page.evaluate((answer) => { location.hash = `#faq/${answer}`; }, answer);
  await page.locator(`#sm1-faq-${answer}-button[aria-expanded=true]`).waitFor();
  await focusReaches(page, `sm1-faq-${answer}-button`);
  assert.ok(await inView(`sm1-faq-${answer}-button`), 'the answer is in view');
  // Another tab without an item: its panel.
  await page.evaluate(() => { window.scrollTo(0, 0); location.hash = '#sources'; });
  await focusReaches(page, 'sm1-panel-sources');
  await context.close();
  // An article's own link to a view of the widget, far below it.
  const issue = data.issues.at(-1).id;
  const article = await serve({ answer: { '/article.html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(
    `<!doctype html><html lang="en"><head><title>An article</title></head><body><h1>An article</h1><div data-stancemap data-fragment="own"></div><p style="margin-top: 3000px"><a href="#issues/${issue}">The last issue</a> <a href="#">Top of the page</a></p><script type="module" src="${server.url}stancemap-loader.js"></script></body></html>`) } });
  const tab = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  await tab.goto(`${article.url}article.html`);
  await tab.locator('[data-stancemap-ready]').waitFor({ state: 'attached' });
  await tab.getByRole('link', { name: 'The last issue' }).click();
  await tab.locator(`#sm1-issue-${issue}-button[aria-expanded=true]`).waitFor();
  await focusReaches(tab, `sm1-issue-${issue}-button`);
  const top = await tab.locator(`#sm1-issue-${issue}-button`).evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 800, `the card is in view (${Math.round(top)} px)`);
  // Back is not a link followed: the browser puts the article back where it was, and the widget leaves it there.
  const settled = () => tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
  await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await tab.getByRole('link', { name: 'The last issue' }).focus();
  await tab.goBack();
  await tab.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await settled();
  assert.equal(await tab.evaluate(() => document.activeElement?.textContent), 'The last issue', 'focus stays in the article');
  // Nor is the article's own "top of the page", a bare #.
  await tab.getByRole('link', { name: 'Top of the page' }).click();
  await settled();
  assert.equal(await tab.evaluate(() => document.querySelector('[data-stancemap]').shadowRoot.activeElement), null, 'no focus taken into the widget');
  assert.ok(await tab.evaluate(() => scrollY) < 100, 'the article stays at its top');
  await tab.context().close();
  await article.close();
});

test('a table wider than its scroll box keeps its caption in view, scrolled or not', async () => {
  for (const [fragment, width, table] of [['matrix', 900, '.sm-table']]) {
    const { page, context } = await openWidget(browser, server.url, fragment, { viewport: { width, height: 900 } });
    const inBox = () => page.locator(`${table} caption`).evaluate((caption) => {
      const box = caption.closest('table').parentElement;
      const [c, b] = [caption, box].map((e) => e.getBoundingClientRect());
      return { wider: box.scrollWidth > box.clientWidth, fits: c.left >= b.left - 1 && c.right <= b.right + 1 };
    });
    const before = await inBox();
    assert.ok(before.wider, `${fragment}: the table is wider than its box here`);
    assert.ok(before.fits, `${fragment}: the caption is in view`);
    await page.locator(`${table} caption`).evaluate((caption) => { caption.closest('table').parentElement.scrollLeft = 200; });
    assert.ok((await inBox()).fits, `${fragment}: and stays in view once scrolled`);
    await context.close();
  }
});

test('on a phone two scenarios compared stay side by side in view, their quoted verdicts one under the other, and still read as a table', async () => {
  const [a, b] = data.scenarios;
  const { page, context } = await openWidget(browser, server.url, `scenarios/${a.id}/${b.id}`, { viewport: { width: 375, height: 900 } });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
  for (const th of await page.locator('.sm-comparison thead th').all()) {
    const box = await th.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 375, `${await th.textContent()} is in view`);
  }
  const cdp = await context.newCDPSession(page);
  const nodes = (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored);
  const named = (role) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value);
  assert.equal(named('table').length, 1, 'a table');
  assert.deepEqual(named('columnheader'), [a.title, b.title]);
  assert.ok(named('rowheader').includes('In short'), 'with row headings');
  // Every row, the column headings' included, keeps its three cells, so each cell is given its own scenario's heading.
  const table = nodes.find((n) => n.role?.value === 'table');
  const rows = nodes.filter((n) => n.role?.value === 'row' && isIn(n, table));
  function isIn(n, ancestor) { for (let p = n; p; p = nodes.find((x) => x.nodeId === p.parentId)) if (p === ancestor) return true; return false; }
  const cells = rows.map((r) => nodes.filter((n) => n.parentId === r.nodeId && ['cell', 'rowheader', 'columnheader'].includes(n.role?.value)).length);
  assert.ok(rows.length > 2 && cells.every((n) => n === 3), `cells per row: ${cells}`);
  // Each scenario's button says which it opens.
  assert.deepEqual(named('link').filter((n) => n.startsWith('Open it in “Build a deal”')).map((n) => n.split(': ')[1]), [a.title, b.title]);
  // What each would cross, quoted, takes the row's whole width, under the scenario's title; on a wide screen, side by side.
  const long = page.locator('.sm-comparison tbody tr').filter({ has: page.locator('th', { hasText: 'Red lines and rejections' }) });
  const boxes = async () => Promise.all((await long.locator('td').all()).map((td) => td.boundingBox()));
  const titles = () => long.locator('.sm-cell-scenario').evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).map((p) => p.textContent));
  const [row, [first, second]] = [await long.boundingBox(), await boxes()];
  assert.ok(first.width > row.width * 0.9 && second.width > row.width * 0.9 && second.y >= first.y + first.height, 'one under the other, each as wide as the row');
  assert.deepEqual(await titles(), [a.title, b.title]);
  await page.setViewportSize({ width: 1280, height: 900 });
  const [left, right] = await boxes();
  assert.ok(right.x >= left.x + left.width && Math.abs(right.y - left.y) < 1, 'side by side on a wide screen');
  assert.deepEqual(await titles(), [], 'under the column headings alone');
  await context.close();
});

test('each matrix column is headed by its question in a few words, and the key gives each question in full, as the cells answer it', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 1280, height: 900 } });
  const heads = await page.locator('.sm-table thead .sm-col-label').evaluateAll((labels) => labels.map((l) => [l.textContent, l.title]));
  assert.deepEqual(heads, data.issues.map((i) => [i.short, i.proposition]), 'each heading titled with its question');
  // A cell's name for a screen reader names the issue as its column's heading does.
  const stance = data.stances[0];
  const [actor, issue] = [data.actors.find((a) => a.id === stance.actor), data.issues.find((i) => i.id === stance.issue)];
  assert.ok((await page.locator(`#sm1-cell-${actor.id}--${issue.id}`).getAttribute('aria-label')).includes(`${actor.name} on ${issue.short}`));
  const key = page.locator('.sm-legend .sm-questions');
  assert.deepEqual(await key.locator('dt').allTextContents(), data.issues.map((i) => i.short));
  assert.deepEqual(await key.locator('dd').allTextContents(), data.issues.map((i) => i.proposition));
  assert.ok(await key.locator('dd').first().isVisible(), 'in sight, not in a title that touch and keys never show');
  // Only the columns the table shows: filtered to one issue, the key names that one.
  await page.locator('#sm1-filter-issue').selectOption('nato-membership');
  await addressNames(page, /issue=nato-membership/);
  const shown = await page.locator('.sm-table thead .sm-col-label:visible').allTextContents();
  assert.deepEqual(shown, [data.issues.find((i) => i.id === 'nato-membership').short]);
  assert.deepEqual(await key.locator('dt').allTextContents(), shown, 'the key names the columns shown');
  await context.close();
});

test('on a phone each footer switch’s choices stay together in one row under their label, none left alone on a line', async () => {
  const { page, context } = await openWidget(browser, server.url, 'overview', { viewport: { width: 360, height: 800 } });
  for (const group of await page.locator('.sm-footer .sm-switch').all()) {
    const tops = await group.locator('button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `${await group.textContent()}: ${tops}`);
  }
  await context.close();
});

test('an open item’s chevron, turned down, sits on the middle of its heading’s text, as it does turned right', async () => {
  const { page, context } = await openWidget(browser, server.url, 'faq', { viewport: { width: 1280, height: 800 } });
  const button = page.locator('#sm1-panel-faq .sm-disclosure-heading button').first();
  // The middle of its strokes (two sides of a square turned 45°): of its whole
  // box turned right, of the lower half turned down; and of the text's first line.
  const offset = () => button.evaluate((b) => {
    const chevron = b.querySelector('.sm-chevron').getBoundingClientRect();
    const strokes = chevron.top + chevron.height * (b.getAttribute('aria-expanded') === 'true' ? 0.75 : 0.5);
    const range = document.createRange();
    range.selectNodeContents(b.querySelector('.sm-chevron').nextSibling ?? b);
    const line = range.getClientRects()[0];
    return strokes - (line.top + line.height / 2);
  });
  assert.ok(Math.abs(await offset()) <= 1.5, `closed: ${await offset()}`);
  await button.click();
  await page.waitForTimeout(300); // its turn's transition
  assert.ok(Math.abs(await offset()) <= 1.5, `open: ${await offset()}`);
  await context.close();
});

test('on a phone the matrix shows one issue at a time with every actor, and cells still open', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 360, height: 800 } });
  assert.equal(await page.locator('.sm-matrix-scroll').isVisible(), false, 'no table to scroll sideways');
  const phone = page.locator('.sm-matrix-phone');
  assert.equal(await phone.locator('h3').textContent(), data.issues[0].title);
  assert.equal(await phone.locator('li').count(), data.actors.length, 'every actor, silent ones included');
  const issue = data.issues.find((i) => i.id === 'nato-membership');
  await phone.getByLabel('Issue').selectOption(issue.id);
  assert.equal(await phone.locator('h3').textContent(), issue.title);
  assert.equal(await phone.locator('select option').count(), data.issues.length, 'one issue chosen, every other can still be chosen');
  const stated = data.actors.filter((a) => data.stances.some((s) => s.actor === a.id && s.issue === issue.id));
  assert.equal(await phone.locator('button.sm-cell').count(), stated.length);
  const first = phone.locator('button.sm-cell').first();
  await first.click();
  await page.locator('.sm-cell-detail').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await activeId(page), await first.getAttribute('id'), 'focus returns to the phone’s cell');
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(sideways <= 0, `the page does not scroll sideways (${sideways} px)`);
  await context.close();
  // Every label fits its cell, and every cell the list, on every issue, in
  // Ukrainian too (its labels are the longer), as narrow as a sidebar.
  for (const file of ['', 'index.uk.html']) {
    const { page: phone, context: narrow } = await openWidget(browser, server.url + file, 'matrix', { viewport: { width: 300, height: 800 } });
    for (const i of data.issues) {
      await phone.locator('.sm-matrix-phone select').selectOption(i.id);
      assert.deepEqual(await overflowingLabels(phone, '.sm-phone-list button.sm-cell'), [], `${file || 'index.html'}, ${i.id}`);
      assert.deepEqual(await brokenWords(phone, '.sm-phone-list button.sm-cell'), [], `${file || 'index.html'}, ${i.id}: words broken inside`);
      const spilling = await phone.locator('.sm-phone-list').evaluate((list) => [...list.querySelectorAll('li > *')]
        .filter((el) => el.getBoundingClientRect().right > list.getBoundingClientRect().right + 0.5).map((el) => el.parentElement.textContent));
      assert.deepEqual(spilling, [], `${file || 'index.html'}, ${i.id}: rows wider than the list`);
    }
    await narrow.close();
  }
});

test('on a phone the matrix’s controls leave room on the first screen of an embed for who stands where, in either language', async () => {
  for (const file of ['embed.html', 'embed.uk.html']) {
    const { page, context } = await openWidget(browser, server.url + file, 'matrix', { viewport: { width: 360, height: 740 } });
    const row = await page.locator('.sm-phone-list li').first().boundingBox();
    assert.equal(await page.evaluate(() => scrollY), 0, `${file}: the page opens at its top`);
    assert.ok(row.y + row.height <= 740, `${file}: the first actor's row ends ${Math.round(row.y + row.height)} px down, below a 740 px screen`);
    await context.close();
  }
});

test('on a phone the selected tab is in view in the tab strip, whether a link, a click or going back selected it', async () => {
  const { page, context } = await openWidget(browser, server.url, 'sources', { viewport: { width: 375, height: 800 } });
  const inView = (name) => page.getByRole('tab', { name }).evaluate((tab) => {
    const [inner, outer] = [tab, tab.parentElement].map((e) => e.getBoundingClientRect());
    return outer.right - outer.left < 375 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
  });
  assert.ok(await inView('Sources'), 'the tab a link opened (the strip is narrower than its tabs)');
  assert.equal(await page.evaluate(() => scrollY), 0, 'and the page itself did not scroll');
  await page.getByRole('tab', { name: 'Sources' }).focus();
  await page.keyboard.press('Home');
  assert.ok(await inView('Overview'), 'the first tab, chosen with Home');
  await addressNames(page, '#overview');
  await page.goBack();
  await page.getByRole('tab', { name: 'Sources', selected: true }).waitFor();
  assert.ok(await inView('Sources'), 'the tab going back selected');
  await context.close();
});

test('an answer that sends the reader to another question links it under “See also”: followed, it opens that question, a search that hid it cleared, and Back returns to the answer and the search', async () => {
  const from = data.faq.find((q) => q.related?.length);
  const to = data.faq.find((q) => q.id === from.related[0]);
  // A search the first question matches and the second does not.
  const word = from.question.split(/\W+/).find((w) => w.length > 4 && !`${to.question} ${to.answer}`.toLowerCase().includes(w.toLowerCase()));
  const { page, context } = await openWidget(browser, server.url, `faq/${from.id}?q=${word}`, { viewport: { width: 375, height: 800 } });
  assert.equal(await page.locator(`#sm1-faq-${to.id}`).isVisible(), false, 'the search hides the other question');
  const link = page.locator(`#sm1-faq-${from.id}-region .sm-related`).getByRole('link', { name: to.question });
  assert.equal(await page.locator(`#sm1-faq-${from.id}-region .sm-related`).textContent(), `See also: ${to.question}`);
  await link.focus();
  await page.keyboard.press('Enter');
  await addressNames(page, new RegExp(`#faq/${to.id}$`));
  await focusReaches(page, `sm1-faq-${to.id}-button`, 'focus on the question the link opened');
  assert.equal(await page.locator(`#sm1-faq-${to.id}-button`).getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('#sm1-faq-search').inputValue(), '', 'every question shown');
  const { top, bottom } = await page.locator(`#sm1-faq-${to.id}-button`).boundingBox().then((b) => ({ top: b.y, bottom: b.y + b.height }));
  assert.ok(top >= 0 && bottom <= 800, `in view (${top}–${bottom})`);
  await page.goBack();
  await addressNames(page, new RegExp(`#faq/${from.id}\\?q=${word}$`));
  assert.equal(await page.locator('#sm1-faq-search').inputValue(), word);
  assert.ok(await within5s(page, `document.querySelector('[data-stancemap]').shadowRoot.activeElement?.closest('.sm-related') != null`), 'focus back on the link the reader followed');
  await context.close();
});

test('a search that finds nothing says so where the questions were, and clearing it brings them all back, focus in the box', async () => {
  const words = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../data/interface/en.json'), 'utf8'));
  const { page, context } = await openWidget(browser, server.url, 'faq?q=zzzz');
  assert.equal(await page.locator('.sm-faq-item').count(), 0);
  await page.getByText(words['faq.none']).waitFor();
  await page.getByRole('button', { name: words['faq.clear'] }).click();
  await page.locator('.sm-faq-item').nth(data.faq.length - 1).waitFor();
  assert.equal(await page.locator('.sm-faq-item').count(), data.faq.length);
  assert.equal(await page.locator('#sm1-faq-search').inputValue(), '');
  assert.equal(await activeId(page), 'sm1-faq-search');
  assert.equal(await page.getByText(words['faq.none']).count(), 0);
  assert.equal(await hash(page), '#faq');
  await context.close();
});

test('the tab strip scrolls only sideways: no vertical scrollbar where the system shows scrollbars', async () => {
  for (const [width, lang] of [[1280, 'en'], [375, 'en'], [375, 'uk']]) {
    const { page, context } = await openWidget(browser, server.url + (lang === 'uk' ? 'index.uk.html' : ''), '', { viewport: { width, height: 800 } });
    const { scroll, client } = await page.locator('[role=tablist]').evaluate((strip) => ({ scroll: strip.scrollHeight, client: strip.clientHeight }));
    assert.ok(scroll <= client, `${width} px, ${lang}: the strip's content is ${scroll} px tall in ${client} px`);
    await context.close();
  }
});

test('a filter that hides the open cell closes it, leaves focus on the filter and drops it from the link; Back opens it again', async () => {
  const outside = data.actors.find((a) => a.group !== 'european-state');
  const issue = data.issues[0].id;
  const other = data.issues.find((i) => i.id !== issue).id;
  // On a wide screen the group hides its row; on a phone, choosing another issue to read hides its column.
  for (const [width, control, value] of [[1280, 'sm1-filter-group', 'european-state'], [360, 'sm1-phone-issue', other]]) {
    const { page, context } = await openWidget(browser, server.url, `matrix?cell=${outside.id}.${issue}`, { viewport: { width, height: 900 } });
    await page.locator('.sm-cell-detail').waitFor();
    await page.locator(`#${control}`).focus();
    await page.selectOption(`#${control}`, value);
    await page.waitForFunction(() => !location.hash.includes('cell='), null, { timeout: 5000 });
    assert.equal(await page.locator('.sm-cell-detail').count(), 0, `at ${width} px`);
    assert.equal(await activeId(page), control, `at ${width} px: focus stays where the reader is choosing`);
    await page.goBack();
    await page.locator('.sm-cell-detail').waitFor({ timeout: 5000 });
    assert.match(await hash(page), new RegExp(`cell=${outside.id}\\.${issue}`));
    await context.close();
  }
});

test('the matrix filters by group and by issue', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  await page.selectOption('#sm1-filter-group', 'european-state');
  await addressNames(page, /group=european-state/);
  const european = data.actors.filter((a) => a.group === 'european-state').map((a) => a.short);
  assert.deepEqual(await page.locator('.sm-table tbody th[scope=row]:visible').allTextContents(), european);
  await page.selectOption('#sm1-filter-issue', 'nato-membership');
  await addressNames(page, /group=european-state&issue=nato-membership/);
  assert.equal(await page.locator('.sm-table thead th[scope=col]:visible').count(), 2);
  await page.getByRole('button', { name: 'Show everything' }).focus();
  await page.keyboard.press('Enter');
  // Focus moves once the cleared filters are rendered (an effect after the render).
  await focusReaches(page, 'sm1-filter-group', 'the button goes with the filters, and focus moves to the first of them');
  // Every row, column and cell the filters hid is shown again.
  assert.equal(await page.locator('.sm-table tbody tr:visible').count(), data.actors.length);
  assert.equal(await page.locator('.sm-table thead th[scope=col]:visible').count(), data.issues.length + 1);
  assert.equal(await page.locator('.sm-table tbody td:visible').count(), data.actors.length * data.issues.length);
  await context.close();
  // …also from a comparison, during which the first filter is disabled.
  const comparing = await openWidget(browser, server.url, 'matrix?compare=ukraine.russia');
  assert.ok(await comparing.page.locator('#sm1-filter-group').isDisabled());
  await comparing.page.getByRole('button', { name: 'Show everything' }).focus();
  await comparing.page.keyboard.press('Enter');
  await focusReaches(comparing.page, 'sm1-filter-group', 'also from a comparison');
  await comparing.context.close();
});

/** Whether someone is for `issue` and someone against it, each actor by its current stated line (where sources differ, the first reading). */
const isDisputed = (issue) => {
  const sides = data.stances.filter((s) => s.issue === issue.id && isFirstReading(s)).map((s) => s.position);
  return sides.some((p) => FOR.has(p)) && sides.some((p) => AGAINST.has(p));
};

test('the disagreement toggle keeps only issues with someone for and someone against', async () => {
  const disputed = data.issues.filter(isDisputed);
  assert.ok(disputed.length > 0 && disputed.length < data.issues.length, 'the data has both kinds of issue');
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  await page.check('#sm1-filter-disputed');
  const headers = await page.locator('.sm-table thead th[scope=col]:visible .sm-col-label').allTextContents();
  assert.deepEqual(headers, disputed.map((i) => i.short));
  // The table's stop for Tab is a cell shown, and the arrow keys move among those only.
  const stop = page.locator('.sm-table button.sm-cell[tabindex="0"]');
  assert.ok(await stop.isVisible(), 'the stop is a cell shown');
  await stop.focus();
  await page.keyboard.press('Home');
  const focused = () => page.evaluate(() => {
    const cell = document.querySelector('[data-stancemap]').shadowRoot.activeElement;
    const td = cell.closest('td');
    const heading = td.closest('table').querySelector('thead tr').children[[...td.parentElement.children].indexOf(td)];
    return { shown: cell.checkVisibility(), column: heading.textContent, row: td.parentElement.querySelector('th').textContent };
  });
  const row = (await focused()).row;
  const columns = [];
  for (let i = 0; i < disputed.length; i++) {
    const at = await focused();
    assert.ok(at.shown && at.row === row, `${at.column}, ${at.row}`);
    columns.push(at.column);
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('End');
  assert.ok((await focused()).shown);
  const stated = (issue) => data.stances.some((s) => s.issue === issue.id && data.actors.find((a) => a.short === row)?.id === s.actor);
  assert.deepEqual([...new Set(columns)], disputed.filter(stated).map((i) => i.short), `each shown column with a position, in turn: ${row}`);
  // A filter that hides the stop's row hands the stop to a cell it shows.
  const actor = data.actors.find((a) => a.short === row);
  await page.uncheck('#sm1-filter-disputed');
  await page.selectOption('#sm1-filter-group', data.actors.find((a) => a.group !== actor.group).group);
  assert.ok(await stop.isVisible(), 'the stop is a cell shown');
  await context.close();
});

test('on a phone, the disagreement filter on an issue without any leaves the menu of issues, whose “All issues” lists the disputed ones', async () => {
  const calm = data.issues.find((i) => !isDisputed(i));
  const { page, context } = await openWidget(browser, server.url, `matrix?issue=${calm.id}`, { viewport: { width: 360, height: 740 } });
  await page.check('#sm1-filter-disputed');
  await page.locator('.sm-matrix .sm-empty').waitFor();
  const menu = page.locator('#sm1-filter-issue');
  assert.ok(await menu.isVisible(), 'a menu of issues to leave the empty matrix by');
  await menu.focus();
  await menu.selectOption('');
  // It gives way to the phone's, which takes focus.
  await focusReaches(page, 'sm1-phone-issue', 'the phone’s menu of issues');
  const shown = await page.locator('#sm1-phone-issue option').evaluateAll((options) => options.map((o) => o.value));
  assert.deepEqual(shown, data.issues.filter(isDisputed).map((i) => i.id), 'the phone lists the disputed issues');
  assert.ok(!(await menu.isVisible()), 'the table’s menu gives way to the phone’s again');
  await context.close();
});

test('the matrix’s key speaks of the table’s columns on a wide screen, and of the issue shown on a phone', async () => {
  const en = catalogue('en');
  const phone = en['legend.cells-phone'].replace('{label}', en['issue.proposition']);
  for (const [width, says, not, questions] of [[1280, en['legend.cells'], phone, true], [360, phone, en['legend.cells'], false]]) {
    const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width, height: 800 } });
    const key = page.locator('.sm-legend p');
    const read = await key.evaluate((p) => p.innerText);
    assert.ok(read.includes(says) && !read.includes(not), `${width} px: ${read.slice(0, 160)}`);
    assert.equal(await page.getByRole('heading', { name: en['legend.questions'] }).isVisible(), questions, `${width} px: what each column asks`);
    if (width === 360) assert.ok(await page.locator('.sm-matrix-phone .sm-proposition').isVisible(), 'the question the key names is above the list');
    await context.close();
  }
});

test('on a phone, an actor tapped far above its profile brings the profile into view', async () => {
  const { page, context } = await openWidget(browser, server.url, 'actors', { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
  const actor = data.actors.find((a) => a.id === 'russia');
  const name = page.locator('#sm1-actor-profile-title');
  await page.getByRole('button', { name: actor.name, exact: true }).tap();
  await name.filter({ hasText: actor.name }).waitFor();
  // Brought up once painted; the chips above fill more than a screen.
  await page.waitForFunction(() => {
    const top = document.querySelector('[data-stancemap]').shadowRoot.getElementById('sm1-actor-profile-title').getBoundingClientRect().top;
    return top >= 0 && top < innerHeight / 2;
  });
  // Chosen with a key, the focus stays on the chip, and so does the page: it does not scroll away from it.
  const other = data.actors.find((a) => a.id === 'united-states');
  const chip = page.getByRole('button', { name: other.name, exact: true });
  await chip.focus();
  await page.keyboard.press('Enter');
  await name.filter({ hasText: other.name }).waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const top = await chip.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 640, `the focused chip is still in view (at ${Math.round(top)} px)`);
  await context.close();
});

test('two actors can be compared side by side', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  await page.selectOption('#sm1-filter-first', 'ukraine');
  // (What a choice changes is rendered a task after it, at the latest; waited for, not read at once.)
  await page.locator('#sm1-filter-second option[value=ukraine][disabled]').waitFor({ state: 'attached', timeout: 5000 });
  assert.equal(await page.locator('.sm-table tbody tr:visible').count(), data.actors.length, 'one choice alone changes nothing');
  await page.selectOption('#sm1-filter-second', 'russia');
  await addressNames(page, /compare=ukraine\.russia/);
  assert.ok(await page.locator('#sm1-filter-first option[value=russia]').isDisabled(), 'nor the other way round');
  assert.deepEqual(await page.locator('.sm-table tbody th[scope=row]:visible').allTextContents(), ['Ukraine', 'Russia']);
  await context.close();
});

test('after a link inside the widget, Back returns the reader to where they were, with focus on what they see there', async () => {
  let { page, context } = await openWidget(browser, server.url, '', { viewport: { width: 1280, height: 800 } });
  // The overview's last link to an issue: under the top of the page at the reader's place is part of a panel Back hides.
  const link = page.locator('.sm-overview a.sm-link:not([data-source])').last();
  await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const place = await page.evaluate(() => scrollY);
  assert.ok(await page.locator('#sm1-tab-overview').evaluate((el) => el.getBoundingClientRect().bottom < 0), 'the tabs are out of view above');
  await link.press('Enter');
  await page.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  assert.match(await hash(page), /^#issues\//);
  await page.waitForFunction(() => document.querySelector('[data-stancemap]').shadowRoot.activeElement?.getAttribute('aria-expanded') === 'true');
  await page.goBack();
  await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await focusInView(page);
  assert.ok(Math.abs(await page.evaluate(() => scrollY) - place) <= 2, 'the page is back where the reader followed the link');
  // A link that focuses a panel (the footer's), then Back: focus is not lost with the hidden panel.
  await page.getByRole('link', { name: 'Sources and data' }).press('Enter');
  await focusReaches(page, 'sm1-panel-sources');
  await hash(page);
  await page.goBack();
  await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await focusInView(page);
  // An issue's card a link opened, then the footer's link far below it, then Back: the page is back at
  // the footer, and focus there, not on the card or the tab far above.
  await context.close();
  ({ page, context } = await openWidget(browser, server.url, 'issues', { viewport: { width: 1280, height: 800 } }));
  await page.locator('#sm1-issue-nato-membership-button').press('Enter');
  await waitForExpanded(page, 'sm1-issue-nato-membership-button', 'true');
  assert.equal(await hash(page), '#issues/nato-membership');
  // Its stances drawn, and what comes with the last: the footer stays where it is.
  const stated = new Set(data.stances.filter((s) => s.issue === 'nato-membership').map((s) => s.actor)).size;
  await page.locator('#sm1-issue-nato-membership-region .sm-stance').nth(stated - 1).waitFor();
  const footer = page.getByRole('link', { name: 'Sources and data' });
  await footer.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  const atFooter = await page.evaluate(() => scrollY);
  await footer.press('Enter');
  await focusReaches(page, 'sm1-panel-sources');
  await page.goBack();
  await waitForTab(page, 'Issues');
  assert.equal(await hash(page), '#issues/nato-membership');
  assert.ok(Math.abs(await page.evaluate(() => scrollY) - atFooter) <= 2, 'the page is back at the footer');
  assert.ok(await page.locator('#sm1-tab-issues').evaluate((el) => el.getBoundingClientRect().bottom < 0), 'the tab is out of view above');
  assert.equal(await focusInView(page), 'Sources and data', 'focus on the link the reader followed');
  // Tabs chosen with the arrow keys, then Back: focus follows the selection.
  await page.locator('#sm1-tab-overview').press('ArrowRight');
  assert.match(await hash(page), /^#issues/);
  await page.locator('#sm1-tab-issues').press('ArrowRight');
  await page.getByRole('tab', { name: 'Actors', selected: true }).waitFor();
  await addressNames(page, /^#actors/);
  await page.goBack();
  await page.getByRole('tab', { name: 'Issues', selected: true }).waitFor();
  await focusReaches(page, 'sm1-tab-issues');
  await context.close();
});

/** Opens the matrix's `cell` from the keyboard, then goes Back once the cell's entry is written; returns whether the detail took the page past the cell, and how far down the page was then. */
async function openCellThenBack(page, cell) {
  await cell.focus();
  await cell.press('Enter');
  await focusReaches(page, 'sm1-cell-detail-title');
  await addressNames(page, /cell=/);
  const passed = await cell.evaluate((el) => el.getBoundingClientRect().bottom < 0);
  const down = await page.evaluate(() => scrollY);
  await page.goBack();
  await addressNames(page, '#matrix');
  return { passed, down };
}

test('Back from a matrix cell the page scrolled down to leaves focus on something in view: where the window shows no control (the key), the cell, brought into view', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 1280, height: 800 } });
  const cell = page.locator('button.sm-cell').first();
  // Where the detail took the page: the cell above the window, the key below the table in it.
  const { passed, down } = await openCellThenBack(page, cell);
  assert.ok(down > 0 && passed, 'the detail took the page down, past the cell');
  // (Focus left on the selected tab, above the window, would never be in view.)
  assert.equal(await focusInView(page), await cell.getAttribute('id'), 'the cell, brought into view');
  assert.ok(await page.evaluate(() => scrollY) < down);
  await context.close();
});

test('on a phone, Back that closes a card whose button sits at the window’s foot leaves focus on that button, not on the tab far above', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues', { viewport: { width: 360, height: 740 } });
  const [first, second] = data.issues;
  const button = (issue) => page.locator(`#sm1-issue-${issue.id}-button`);
  await button(first).focus();
  await page.keyboard.press('Enter');
  await addressNames(page, `#issues/${first.id}`);
  await button(second).focus();
  await page.keyboard.press('Enter');
  await addressNames(page, `#issues/${second.id}`);
  await page.goBack();
  await addressNames(page, `#issues/${first.id}`);
  // Back to no card open: the page is put back where the first card was
  // opened, its button at the window's foot (here, laid out at fractions of
  // a pixel, a fifth of one past it).
  await page.goBack();
  await addressNames(page, '#issues');
  await page.locator(`#sm1-issue-${first.id}-button[aria-expanded=false]`).waitFor();
  await focusReaches(page, `sm1-issue-${first.id}-button`, 'focus on the card Back closed');
  const { y, height } = await button(first).boundingBox();
  assert.ok(y >= -1 && y + height <= 741, `in view (${y}–${y + height})`);
  await context.close();
});

test('Back that closes a matrix cell’s detail puts focus back on that cell, in view, in the table and in the phone’s list, as Close does', async () => {
  const cases = [[{ width: 1280, height: 1400 }, 'table'], [{ width: 390, height: 844 }, 'phone-list'], [{ width: 320, height: 640 }, 'phone-list']];
  for (const [viewport, layout] of cases) {
    // The last cell, just above the detail that opens below, and the first,
    // which the page, put back where the detail was, leaves above the window
    // on a phone, other cells in view.
    for (const which of ['last', 'first']) {
      const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport });
      const cell = page.locator(`.sm-${layout} button.sm-cell`)[which]();
      const id = await cell.getAttribute('id');
      const { passed } = await openCellThenBack(page, cell);
      const at = `${layout} at ${viewport.width} px, the ${which} cell`;
      if (layout === 'phone-list' && which === 'first') assert.ok(passed, `${at}: the detail took the page past the cell`);
      assert.equal(await page.locator('.sm-cell-detail').count(), 0, `${at}: the detail is closed`);
      await focusReaches(page, id, at);
      assert.equal(await focusInView(page), id, `${at}: in view`);
      await context.close();
    }
  }
});

test('Back or Forward that opens another cell, card or answer than the one focus is on takes focus there where it is in view, in the table, on a phone and in the FAQ', async () => {
  // Two actors with a position on the same issue: the cell of one opened and
  // closed, then the other's; Back three times opens the first again.
  const issue = data.issues.find((i) => new Set(data.stances.filter((s) => s.issue === i.id).map((s) => s.actor)).size >= 2);
  const [first, second] = [...new Set(data.stances.filter((s) => s.issue === issue.id).map((s) => s.actor))];
  // (At 1280 × 1400 the detail, below the table, is in view too: the cell still comes first.)
  for (const [viewport, layout] of [[{ width: 1280, height: 800 }, 'cell'], [{ width: 1280, height: 1400 }, 'cell'], [{ width: 360, height: 740 }, 'phone-cell']]) {
    const { page, context } = await openWidget(browser, server.url, `matrix?issue=${issue.id}`, { viewport });
    const at = `${layout} at ${viewport.width} px`;
    for (const actor of [first, second]) {
      const id = `sm1-${layout}-${actor}--${issue.id}`;
      await page.locator(`#${id}`).focus();
      await page.keyboard.press('Enter');
      await focusReaches(page, 'sm1-cell-detail-title', `${at}: the detail opens`);
      await addressNames(page, `#matrix?issue=${issue.id}&cell=${actor}.${issue.id}`);
      await page.keyboard.press('Escape');
      await focusReaches(page, id, `${at}: back on the cell`);
      await addressNames(page, `#matrix?issue=${issue.id}`);
    }
    for (const open of [second, null, first]) {
      await page.goBack();
      await addressNames(page, `#matrix?issue=${issue.id}${open ? `&cell=${open}.${issue.id}` : ''}`);
    }
    await page.locator(`#sm1-${layout}-${first}--${issue.id}[aria-pressed=true]`).waitFor();
    // The cell, in view where the page is put back; its detail opens below.
    const opened = `sm1-${layout}-${first}--${issue.id}`;
    await focusReaches(page, opened, `${at}: the cell Back opened, not the other`);
    assert.equal(await focusInView(page), opened, `${at}: in view`);
    if (viewport.height > 1000) {
      const title = await page.locator('#sm1-cell-detail-title').boundingBox();
      assert.ok(title && title.y >= 0 && title.y + title.height <= viewport.height, `${at}: the detail's title in view too`);
    }
    await context.close();
  }
  // A card, then another, then Back twice and Forward twice; the FAQ's answers likewise.
  for (const [tab, kind, items] of [['issues', 'issue', data.issues], ['faq', 'faq', data.faq]]) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const { page, context } = await openWidget(browser, server.url, tab, { viewport });
      const at = `${tab} at ${viewport.width} px`;
      const [ia, ib] = [items[0].id, items[3].id];
      const [a, b] = [ia, ib].map((id) => `sm1-${kind}-${id}-button`);
      // Each step waits for the address it writes: a step written is one entry.
      await page.locator(`#${a}`).click();
      await addressNames(page, `#${tab}/${ia}`);
      await page.locator(`#${a}`).click();
      await addressNames(page, `#${tab}`);
      await page.locator(`#${b}`).focus();
      await page.keyboard.press('Enter');
      await addressNames(page, `#${tab}/${ib}`);
      for (const [move, address, open] of [['goBack', `#${tab}`, null], ['goBack', `#${tab}/${ia}`, a], ['goForward', `#${tab}`, null], ['goForward', `#${tab}/${ib}`, b]]) {
        await page[move]();
        await addressNames(page, address);
        if (open) await waitForExpanded(page, open, 'true');
        // Back to the first on a wide screen, where focus stayed on the
        // second's button, in view, when Back closed it: it leaves that
        // button for the first's. (On a phone the page Back put back left
        // that button out of view, and focus went to the tab.)
        if (open === a && viewport.width > 1000) await focusReaches(page, a, `${at}: the item Back opened`);
      }
      await focusReaches(page, b, `${at}: the item Forward opened, not the one it closed`);
      assert.equal(await focusInView(page), b, `${at}: in view`);
      await context.close();
    }
  }
});

test('where the table scrolls sideways, Back that opens a cell of columns the reader scrolled away from brings the table’s box to it, focused', async () => {
  // A cell of the last column with a position, and one of the first; the table wider than the window at 760 px.
  const columns = data.issues.map((i) => i.id);
  const [last, first] = [columns.at(-1), columns[0]].map((issue) => data.stances.find((s) => s.issue === issue));
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 760, height: 800 } });
  const box = page.locator('.sm-matrix-scroll');
  assert.ok(await box.evaluate((el) => el.scrollWidth > el.clientWidth + 150), 'the table scrolls sideways');
  for (const s of [last, first]) {
    const id = `sm1-cell-${s.actor}--${s.issue}`;
    await page.locator(`#${id}`).focus();
    await page.keyboard.press('Enter');
    await addressNames(page, `#matrix?cell=${s.actor}.${s.issue}`);
    await page.keyboard.press('Escape');
    await focusReaches(page, id, 'back on the cell');
    await addressNames(page, '#matrix');
  }
  assert.ok(await box.evaluate((el) => el.scrollLeft) < 50, 'the box shows the first columns again');
  for (const open of [first, null, last]) {
    await page.goBack();
    await addressNames(page, open ? `#matrix?cell=${open.actor}.${open.issue}` : '#matrix');
  }
  const opened = `sm1-cell-${last.actor}--${last.issue}`;
  await focusReaches(page, opened, 'the cell Back opened');
  const shown = await page.locator(`#${opened}`).evaluate((cell) => {
    const [c, b, h] = [cell, cell.closest('.sm-matrix-scroll'), cell.closest('tr').firstElementChild].map((el) => el.getBoundingClientRect());
    return c.left >= h.right && c.right <= b.right;
  });
  assert.ok(shown, 'the cell is in the box’s view, clear of the actors’ column');
  await context.close();
});

test('Back over a filter changed under an open cell leaves focus on the cell the reader moved to', async () => {
  const stated = data.stances.filter((s) => isDisputed(data.issues.find((i) => i.id === s.issue)));
  const [x, y] = [stated[0], stated.find((s) => s.actor !== stated[0].actor && s.issue !== stated[0].issue)];
  const { page, context } = await openWidget(browser, server.url, `matrix?cell=${x.actor}.${x.issue}`, { viewport: { width: 1280, height: 800 } });
  await page.locator('#sm1-cell-detail').waitFor();
  await page.check('#sm1-filter-disputed');
  await addressNames(page, /disputed=1/);
  const other = `sm1-cell-${y.actor}--${y.issue}`;
  await page.locator(`#${other}`).focus();
  await page.goBack();
  await addressNames(page, `#matrix?cell=${x.actor}.${x.issue}`);
  await page.waitForTimeout(300);
  assert.equal(await activeId(page), other, 'Back did not open the cell: it was open before');
  await context.close();
});

test('Back that opens an answer leaves focus on the footer’s Embed button, in view: it is not an item of the view', async () => {
  // Tall enough that the whole FAQ, the footer too, stays in view with an answer open.
  const { page, context } = await openWidget(browser, server.url, 'faq', { viewport: { width: 1280, height: 2600 } });
  const [answer, embed] = [`sm1-faq-${data.faq[0].id}-button`, 'sm1-embed-button'];
  await page.locator(`#${answer}`).click();
  await addressNames(page, `#faq/${data.faq[0].id}`);
  await page.locator(`#${answer}`).click();
  await addressNames(page, '#faq');
  await page.locator(`#${embed}`).focus();
  await page.goBack();
  await addressNames(page, `#faq/${data.faq[0].id}`);
  await waitForExpanded(page, answer, 'true');
  await page.waitForTimeout(300);
  // The answer's button is in view too: a card's or answer's closed button in its place would have left for it.
  assert.equal(await focusInView(page), embed, 'focus stays on the Embed button');
  assert.ok(await page.locator(`#${answer}`).evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight + 1), 'the answer Back opened is in view');
  await context.close();
});

test('Forward that closes a card far from where the browser puts the page back leaves the page there, focus on what is in view', async () => {
  const issue = data.issues[0];
  const id = `sm1-issue-${issue.id}-button`;
  const { page, context } = await openWidget(browser, server.url, `issues/${issue.id}`, { viewport: { width: 1280, height: 800 } });
  await page.locator(`#${id}`).click();
  await waitForExpanded(page, id, 'false');
  await addressNames(page, '#issues');
  // Far down the list, with the closed card's button far above the window.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  const far = await page.evaluate(() => scrollY);
  assert.ok(far > 1600, `the page is long enough to be far from the card (${far})`);
  await page.goBack();
  await waitForExpanded(page, id, 'true');
  await addressNames(page, new RegExp(`/${issue.id}$`));
  await page.locator(`#${id}`).focus();
  await page.goForward();
  await waitForExpanded(page, id, 'false');
  assert.notEqual(await focusInView(page), id, 'focus on something in view where the browser put the page back');
  assert.ok(await page.evaluate((far) => Math.abs(scrollY - far) < 50, far), 'the page stays where Forward put it back');
  await context.close();
});

test('Back to the view a link was followed from puts focus on that link again, a package built in the deal or not', async () => {
  for (const start of ['overview', `deal?deal=${builtDeal(data)}`]) {
    const { page, context } = await openWidget(browser, server.url, start, { viewport: { width: 375, height: 800 } });
    if (start !== 'overview') {
      await page.getByRole('tab', { name: 'Overview' }).click();
      await addressNames(page, '#overview');
    }
    // The overview's last link to an issue, far down.
    const links = await page.locator('#sm1-panel-overview a.sm-link[href*="#issues/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('#')[1]));
    assert.ok(new Set(links).size >= 2, `links to issues: ${links}`);
    const fragment = links.at(-1);
    const link = page.locator(`#sm1-panel-overview a.sm-link[href$="#${fragment}"]`).first();
    await link.focus();
    await link.press('Enter');
    await addressNames(page, `#${fragment}`);
    await waitForTab(page, 'Issues');
    await page.goBack();
    await waitForTab(page, 'Overview');
    await page.waitForFunction((f) => document.querySelector('[data-stancemap]').shadowRoot.activeElement?.getAttribute('href')?.endsWith(`#${f}`), fragment, { timeout: 5000 });
    await focusInView(page);
    // Not what focus would go to anyway: another control comes first in view.
    const first = await page.evaluate(() => {
      const inView = (el) => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top >= -1 && r.bottom <= innerHeight + 1; };
      const controls = document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll(':is(a[href], button, input, select, [tabindex="0"]):not([disabled], [tabindex="-1"])');
      const el = [...controls].find((e) => !e.closest('.sm-panel[hidden], .sm-disclosure-body[hidden]') && inView(e));
      return el.getAttribute('href') ?? el.id;
    });
    assert.ok(!first.endsWith(`#${fragment}`), `${start}: ${first} comes first in view`);
    await context.close();
  }
});

test('Back to a view the reader left by a tab puts focus on the tab selected, not on what the view opens', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues/territory', { viewport: { width: 1280, height: 800 } });
  await page.getByRole('tab', { name: 'Sources' }).click();
  await addressNames(page, '#sources');
  await page.goBack();
  await waitForTab(page, 'Issues');
  await focusReaches(page, 'sm1-tab-issues');
  // The card the view opens is in view too: without the tab's turn first, focus would have gone there.
  const card = await page.locator('#sm1-issue-territory-button').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight + 1; });
  assert.ok(card, 'the open card is in view');
  await context.close();
});

test('on a slow phone, Back to the first of two visits to one view returns the reader to where they left that visit, not the second', async () => {
  // An issue opened from the overview, left by the Overview tab, opened again
  // from the overview: two history entries of one address, the reader at
  // another place in each. Yew renders Back's view a task late where it has
  // just yielded to the browser in a long run, and then the widget puts the
  // page back itself, from the place it kept for the entry (it had kept one
  // per address: the second visit's). Whether a Back comes in that gap is a
  // matter of timing, so the reader does it three times.
  for (let n = 1; n <= 3; n++) {
    const { page, context } = await openWidget(browser, server.url, '', { viewport: { width: 1280, height: 800 } });
    await slowCpu(page, 20);
    const link = page.locator('.sm-overview a.sm-link:not([data-source])').last();
    const issue = new URL(await link.getAttribute('href'), server.url).hash;
    const card = `sm1-issue-${issue.split('/')[1]}-button`;
    await link.click();
    await addressNames(page, issue);
    await focusReaches(page, card, 'the link takes focus to the card');
    // Up to the tabs, as the reader scrolls to them, and back to the overview.
    const overview = page.getByRole('tab', { name: 'Overview' });
    await overview.scrollIntoViewIfNeeded();
    const first = await page.evaluate(() => scrollY);
    await overview.click();
    await addressNames(page, '#overview');
    await link.click();
    await addressNames(page, issue);
    await focusReaches(page, card, 'the link takes focus to the card again');
    const second = await page.evaluate(() => scrollY);
    assert.ok(Math.abs(second - first) > 100, `the reader is elsewhere on the second visit (${first}, ${second})`);
    await page.goBack();
    await addressNames(page, '#overview');
    await page.goBack();
    await addressNames(page, issue);
    if (!(await within5s(page, `Math.abs(scrollY - ${first}) <= 2`))) {
      assert.fail(`Back ${n} to the first visit: the page is at ${await page.evaluate(() => scrollY)}, not ${first} (the second visit's place: ${second})`);
    }
    await context.close();
  }
});

test('stepping through the tabs with the arrow keys writes one history entry, so one Back leaves them all', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues');
  const before = await page.evaluate(() => history.length);
  await page.locator('#sm1-tab-issues').focus();
  for (const [from, to] of [['issues', 'actors'], ['actors', 'matrix'], ['matrix', 'scenarios']]) {
    await page.locator(`#sm1-tab-${from}`).press('ArrowRight');
    await page.waitForFunction((to) => location.hash.startsWith(`#${to}`), to);
  }
  assert.equal(await page.evaluate(() => history.length), before + 1);
  await page.goBack();
  await waitForTab(page, 'Issues');
  assert.match(await hash(page), /^#issues/);
  // A click after the steps is a view of its own.
  await page.goForward();
  await waitForTab(page, 'Scenarios');
  await page.getByRole('tab', { name: 'FAQ' }).click();
  await addressNames(page, /^#faq/);
  await page.goBack();
  await waitForTab(page, 'Scenarios');
  await context.close();
});

test('on a slow connection a link to another view selects its tab and says it is loading, and a tab chosen meanwhile is the one the app opens', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { release } = await hold(context, '**/stancemap_bg.wasm');
  await page.goto(`${server.url}#matrix`);
  const first = page.locator('[data-prerendered] .sm-root');
  await first.locator('.sm-waiting').waitFor();
  assert.equal(await first.getByRole('status').textContent(), 'Loading this view…');
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'Who wants what');
  assert.equal(await first.locator('.sm-panels').evaluate((el) => getComputedStyle(el).visibility), 'hidden', 'the overview is not offered as the matrix');
  await first.getByRole('tab', { name: 'FAQ' }).click();
  await addressNames(page, '#faq');
  assert.equal(await first.getByRole('tab', { selected: true }).textContent(), 'FAQ');
  release();
  await widgetReady(page);
  await waitForTab(page, 'FAQ');
  assert.equal(await page.locator('.sm-waiting').count(), 0, 'the app has no such line');
  // The overview asked for is the overview shown, at once.
  await page.goto('about:blank');
  await page.goto(server.url);
  await widgetReady(page);
  assert.equal(await page.locator('.sm-waiting').count(), 0);
  await context.close();
});

test('a link to the tab already on screen adds no history entry', async () => {
  const { page, context } = await openWidget(browser, server.url, 'sources');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Sources and data' }).click();
  await focusReaches(page, 'sm1-panel-sources');
  assert.equal(await page.evaluate(() => history.length), before);
  assert.equal(await hash(page), '#sources');
  await context.close();
});

test('the back button walks back through the views', async () => {
  const { page, context } = await openWidget(browser, server.url);
  await page.getByRole('tab', { name: 'Issues' }).click();
  await page.locator('#sm1-issue-nato-membership-button').click();
  await page.getByRole('tab', { name: 'Who wants what' }).click();
  assert.equal(await hash(page), '#matrix');
  await page.goBack();
  await waitForTab(page, 'Issues');
  await waitForExpanded(page, 'sm1-issue-nato-membership-button', 'true');
  await page.goBack();
  await waitForExpanded(page, 'sm1-issue-nato-membership-button', 'false');
  await page.goBack();
  await waitForTab(page, 'Overview');
  assert.equal(await hash(page), '');
  await context.close();
});

test('a broken link falls back to the nearest view and says so politely, and its notice dismissed leaves focus on the tab shown', async () => {
  for (const [fragment, tab, mention] of [
    ['issues/atlantis', 'Issues', 'atlantis'],
    ['%%%/<b>bold</b>', 'Overview', '%%%'],
    ['matrix?cell=russia.nowhere&disputed=1', 'Who wants what', 'russia.nowhere'],
  ]) {
    const { page, context, problems } = await openWidget(browser, server.url, fragment);
    assert.equal(await selectedTab(page), tab);
    const notice = page.locator('.sm-notice[role=status]');
    assert.ok((await notice.textContent()).includes(mention), fragment);
    assert.equal(await page.locator('.sm-notice b').count(), 0, 'link text is shown as text, never markup');
    await notice.getByRole('button', { name: 'Dismiss' }).press('Enter');
    assert.equal(await page.locator('.sm-notice').count(), 0);
    assert.equal(await activeId(page), await page.locator('[role=tab][aria-selected=true]').getAttribute('id'), 'the reader’s focus goes to the tab shown, not the page');
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  }
});

test('on a phone, a notice naming a long part of a link wraps it inside its box, and the page does not scroll sideways', async () => {
  for (const fragment of [`issues/${'%FF'.repeat(14)}`, `matrix?${Array.from({ length: 7 }, (_, i) => `k${i}${'x'.repeat(50)}=1`).join('&')}`]) {
    const { page, context } = await openWidget(browser, server.url, fragment, { viewport: { width: 320, height: 640 } });
    const notice = page.locator('.sm-notice[role=status]');
    const [box, text] = await Promise.all([notice.boundingBox(), notice.locator('p').boundingBox()]);
    assert.ok(text.x + text.width <= box.x + box.width, `${fragment}: the words end inside the notice (${text.x + text.width} > ${box.x + box.width})`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${fragment}: the page does not scroll sideways`);
    await context.close();
  }
});

test('a link opened on the page that the widget could not use in full is tidied in its own history entry, even to the view already on screen', async () => {
  const { page, context } = await openWidget(browser, server.url, 'deal');
  const before = await page.evaluate(() => history.length);
  for (const [link, tidied] of [['issues/atlantis', '#issues'], ['issues?group=nowhere', '#issues']]) {
    await page.evaluate((link) => { location.hash = link; }, link);
    await page.locator('.sm-notice[role=status]').waitFor();
    await addressNames(page, tidied);
    await page.locator('.sm-notice').getByRole('button', { name: 'Dismiss' }).click();
  }
  // One entry for each link opened, none for their tidying.
  assert.equal(await page.evaluate(() => history.length), before + 2);
  await page.goBack();
  await addressNames(page, '#issues');
  assert.equal(await selectedTab(page), 'Issues');
  await page.goBack();
  await waitForTab(page, 'Build a deal');
  await context.close();
});

test('the FAQ search filters as you type and the link keeps the search', async () => {
  const words = ['nato', 'ceasefire guarantee'];
  const { page, context } = await openWidget(browser, server.url, 'faq');
  assert.equal(await page.locator('.sm-faq-item').count(), data.faq.length);
  for (const query of words) {
    // Each word at the start of a word of the question or answer (these queries name no glossary term's
    // other forms, and no word of the answers begins with their stems but not with them).
    const expected = data.faq.filter((q) => query.split(' ').every((w) => ` ${q.question} ${q.answer}`.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(w))));
    await page.fill('#sm1-faq-search', query);
    assert.deepEqual(await page.locator('.sm-faq-item h3').allTextContents(), expected.map((q) => q.question), query);
    assert.match(await page.locator('.sm-faq .sm-status').textContent(), new RegExp(`^${expected.length} of ${data.faq.length}`));
  }
  // Right-to-left text or bidi controls in a query cannot reorder the sentence that quotes it: the query is isolated.
  await page.fill('#sm1-faq-search', '\u2069\u202Enato');
  assert.ok((await page.locator('.sm-faq .sm-status').textContent()).includes('\u2068nato\u2069'));
  await page.fill('#sm1-faq-search', words.at(-1));
  assert.match(await hash(page), /ceasefire/, 'the link holds the search');
  await page.reload();
  await widgetReady(page);
  assert.equal(await page.inputValue('#sm1-faq-search'), words.at(-1));
  await page.fill('#sm1-faq-search', 'zzzz-no-such-words');
  assert.equal(await page.locator('.sm-faq-item').count(), 0);
  await context.close();
});

test('the matrix’s count is read out once the reader pauses on a filter, not at each option the arrow keys pass over, and says what the line on screen says', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  const { shown, before, log, heard } = await pausedStatus(page, '.sm-matrix', '.sm-matrix > .sm-status');
  await log();
  // Down twice through the groups' menu, closed: each press filters the table, to another count.
  const line = () => page.evaluate(() => document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-matrix > .sm-status').textContent);
  await page.locator('#sm1-filter-group').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((before) => document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-matrix > .sm-status').textContent !== before, before);
  const passed = await line();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((passed) => document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-matrix > .sm-status').textContent !== passed, passed);
  assert.deepEqual(await heard(), [await shown.textContent()], 'read out once, for the filter the reader settled on');
  await context.close();
});

test('the FAQ search’s count is read out once the reader pauses, not at each keystroke, and says what the line on screen says', async () => {
  const { page, context } = await openWidget(browser, server.url, 'faq');
  const { said, shown, before } = await pausedStatus(page, '.sm-faq', '.sm-faq .sm-status');
  // Typed at a steady pace, the count on screen follows each key; the one read out waits.
  await page.locator('#sm1-faq-search').pressSequentially('ceasefire', { delay: 150 });
  assert.match(await shown.textContent(), /ceasefire/);
  assert.equal(await said.textContent(), before, 'nothing read out while the reader types');
  await page.waitForFunction(() => {
    const faq = document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-faq');
    return faq.querySelector('[role=status]').textContent === faq.querySelector('.sm-status').textContent;
  }, null, { timeout: 5000 });
  assert.match(await said.textContent(), /ceasefire/);
  await context.close();
});

test('a glossary definition opens after a quotation, never inside the source’s words, and never repeats its sentence', async () => {
  const quoted = data.faq.filter((q) => data.glossary.some((t) => [t.term, ...t.aliases].some((form) => q.answer.includes(`“${form}”`))));
  assert.ok(quoted.length > 0, 'an answer quotes a glossary term');
  const { page, context } = await openWidget(browser, server.url, 'faq');
  let opened = 0;
  for (const q of data.faq) {
    await page.click(`#sm1-faq-${q.id}-button`);
    const terms = page.locator(`#sm1-faq-${q.id}-region button.sm-term`);
    for (let i = 0; i < await terms.count(); i++) await terms.nth(i).click();
    // Each opened definition, and the text of the answer before it.
    const definitions = await page.locator(`#sm1-faq-${q.id}-region .sm-definition`).evaluateAll((definitions) => definitions.map((d) => {
      const range = document.createRange();
      range.setStart(d.closest('p'), 0);
      range.setEndBefore(d);
      // The answer's own words: without the definitions opened before this one.
      const before = range.cloneContents();
      for (const opened of before.querySelectorAll('.sm-definition')) opened.remove();
      return { before: before.textContent, text: d.textContent };
    }));
    opened += definitions.length;
    const words = (text) => text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
    const runs = new Set(words(q.answer).map((_, i, all) => all.slice(i, i + 7).join(' ')));
    for (const { before, text } of definitions) {
      if (quoted.includes(q)) assert.equal((before.match(/“/g) ?? []).length, (before.match(/”/g) ?? []).length, `${q.id}: a definition opens inside a quotation after “${before.slice(-40)}”`);
      const repeated = words(text).map((_, i, all) => all.slice(i, i + 7)).filter((run) => run.length === 7 && runs.has(run.join(' ')));
      assert.deepEqual(repeated, [], `${q.id}: the definition “${text}” repeats the answer`);
    }
  }
  assert.ok(opened > data.faq.length / 2, `definitions opened: ${opened}`);
  await context.close();
});

test('an issue card opens in place with every stance, scenarios and glossary on demand', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues');
  const button = page.locator('#sm1-issue-territory-button');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const region = page.locator('#sm1-issue-territory-region');
  const stated = data.stances.filter((s) => s.issue === 'territory');
  // (The first stances come in the frame after the click, the rest after it.)
  const actors = data.actors.filter((a) => stated.some((s) => s.actor === a.id));
  await region.locator('.sm-stance').nth(actors.length - 1).waitFor();
  assert.deepEqual(await region.locator('.sm-stance-title').allTextContents(), actors.map((a) => a.name), 'one stance per actor, in order');
  // Then, once, the actors no source gives a position for.
  const silent = data.actors.filter((a) => !actors.includes(a));
  assert.ok(silent.length > 0, 'the data has such an actor');
  assert.deepEqual(await region.locator('#sm1-issue-territory-silent + ul li').allTextContents(), silent.map((a) => a.short));
  assert.equal(await region.locator('.sm-reading').count(), stated.length, 'with every source’s reading');
  // The card cites its sources as a list; a reading, its one source without a list of one.
  const issue = data.issues.find((i) => i.id === 'territory');
  assert.equal(await region.locator(':scope > .sm-citation li').count(), issue.sources.length);
  assert.equal(await region.locator('.sm-reading .sm-citation').count(), stated.length);
  assert.equal(await region.locator('.sm-reading .sm-citation :is(ul, li)').count(), 0);
  // At its foot the card defines every term it names and every one its text marks, each once.
  const listed = await region.locator('.sm-terms dt').allTextContents();
  assert.equal(new Set(listed).size, listed.length, `each term once: ${listed}`);
  const forms = (t) => [t.term, ...t.aliases].map((form) => form.toLowerCase());
  for (const id of issue.glossary) assert.ok(listed.includes(data.glossary.find((t) => t.id === id).term), `${id} is listed`);
  const marked = await region.locator(':scope > .sm-text button.sm-term').allTextContents();
  assert.ok(marked.length > 0, 'the card’s text marks a term');
  for (const text of marked) {
    const term = data.glossary.find((t) => forms(t).includes(text.replace(/^["“«]|["”»]$/g, '').toLowerCase()));
    assert.ok(term && listed.includes(term.term), `“${text}”, marked in the text, is listed`);
  }
  const term = region.locator('button.sm-term').first();
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
  await term.click();
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  assert.ok((await region.locator('.sm-definition').first().textContent()).length > 20);
  const scenario = data.scenarios.find((s) => s.settles.some((x) => x.issue === 'territory'));
  await region.getByRole('link', { name: scenario.title }).click();
  assert.equal(await selectedTab(page), 'Scenarios');
  assert.equal(await page.locator('.sm-scenario h3').first().textContent(), scenario.title);
  await context.close();
});

test('opening a card or an answer below an open one, which closes, leaves the one opened where the reader touched it, on a phone and a desktop', async () => {
  for (const [tab, kind, ids, viewport] of [
    ['issues', 'issue', data.issues.slice(0, 2).map((i) => i.id), { width: 360, height: 740 }],
    ['issues', 'issue', data.issues.slice(0, 2).map((i) => i.id), { width: 1280, height: 800 }],
    ['faq', 'faq', data.faq.slice(0, 2).map((f) => f.id), { width: 360, height: 740 }],
  ]) {
    const { page, context } = await openWidget(browser, server.url, `${tab}/${ids[0]}`, { viewport, hasTouch: viewport.width < 400 });
    const [above, below] = ids.map((id) => page.locator(`#sm1-${kind}-${id}-button`));
    await page.locator(`#sm1-${kind}-${ids[0]}-region`).waitFor();
    // The reader scrolls the open one's end by and touches the next.
    await below.evaluate((b) => b.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(100);
    const before = (await below.boundingBox()).y;
    await (viewport.width < 400 ? below.tap() : below.click());
    await page.locator(`#sm1-${kind}-${ids[1]}-region`).waitFor();
    assert.equal(await above.getAttribute('aria-expanded'), 'false', `${tab} at ${viewport.width}: the one above closed`);
    const after = (await below.boundingBox()).y;
    assert.ok(Math.abs(after - before) < 2, `${tab} at ${viewport.width}: it stayed at ${before}, not ${after}`);
    // Back opens the one above again, and puts the page back where the reader was.
    await addressNames(page, `#${tab}/${ids[1]}`);
    await page.goBack();
    await page.locator(`#sm1-${kind}-${ids[0]}-region`).waitFor();
    await page.waitForTimeout(200);
    const back = (await below.boundingBox()).y;
    assert.ok(Math.abs(back - before) < 2, `${tab} at ${viewport.width}: Back put it at ${back}, not ${before}`);
    await context.close();
  }
});

test('an open card names the actors with no stated position as a list of their labels, one item each, commas in a name and all', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues/nato-membership');
  const silent = data.actors.filter((a) => !data.stances.some((s) => s.issue === 'nato-membership' && s.actor === a.id));
  assert.ok(silent.some((a) => a.short.includes(',')), 'the data still has a name with a comma among them');
  const list = page.getByRole('list', { name: 'No stated position:' });
  assert.deepEqual(await list.getByRole('listitem').allTextContents(), silent.map((a) => a.short));
  await context.close();
});

test('an issue card’s glance badges read no firmer than their sources: the basis as the outline and the other sources’ count, as the matrix’s cells, in words too', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues');
  const words = catalogue('en');
  const basisWords = { statement: words['basis.statement'], reported: words['basis.reported'], analysis: words['basis.analysis'] };
  await page.locator('.sm-card').nth(data.issues.length - 1).waitFor();
  const glance = await page.evaluate(() => [...document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-card')].map((card) =>
    [...card.querySelectorAll('.sm-badge-row li')].map((li) => ({
      actor: li.querySelector('.sm-badge-actor').textContent,
      basis: [...li.querySelector('.sm-badge').classList].find((c) => c.startsWith('sm-basis-'))?.slice(9),
      more: li.querySelector('.sm-cell-more')?.textContent ?? null,
      // What a screen reader hears: the words, where nothing hides them from it.
      spoken: li.querySelector('.sm-badge .sm-visually-hidden:not([aria-hidden] *)')?.textContent ?? '',
    }))));
  const moreWords = (n) => words['cell.more-sources'][n === 1 ? 'one' : 'other'].replace('{n}', n).split('{positions}')[0];
  let marked = 0;
  data.issues.forEach((issue, n) => {
    assert.deepEqual(glance[n].map((b) => b.actor), data.actors.filter((a) => readings(a.id, issue.id).length).map((a) => a.short), `${issue.id}: every actor with a reading, once, in order`);
    for (const badge of glance[n]) {
      const actor = data.actors.find((a) => a.short === badge.actor);
      const [first, ...others] = readings(actor.id, issue.id);
      assert.equal(badge.basis, first.basis, `${actor.id} on ${issue.id}: the first reading’s basis`);
      assert.equal(badge.more, others.length ? `+${others.length}` : null, `${actor.id} on ${issue.id}: the other sources`);
      assert.ok(badge.spoken.includes(basisWords[first.basis]), `${actor.id} on ${issue.id}: the basis in words`);
      if (others.length) assert.ok(badge.spoken.includes(moreWords(others.length)), `${actor.id} on ${issue.id}: the other sources in words`);
      // And how they read it: "+3" must not read as three more sources agreeing.
      for (const other of others) assert.ok(badge.spoken.includes(words[`position.${other.position}`]), `${actor.id} on ${issue.id}: ${badge.spoken} says ${other.position}`);
      marked += first.basis !== 'statement' || others.length > 0;
    }
  });
  assert.ok(marked > 10, 'reported and analysed readings are among them');
  // The same marks as the matrix's cells, outline style and all, on a reading not on the record that other sources read too.
  const [actorId, issueId] = data.stances.map((s) => [s.actor, s.issue]).find(([a, i]) => readings(a, i)[0].basis !== 'statement' && readings(a, i).length > 1);
  await page.locator('#sm1-tab-matrix').click();
  const cell = page.locator(`#sm1-cell-${actorId}--${issueId}`);
  const card = page.locator(`#sm1-panel-issues #sm1-issue-${issueId} .sm-badge-row li`).filter({ has: page.getByText(data.actors.find((a) => a.id === actorId).short, { exact: true }) }).locator('.sm-badge');
  const style = (l) => l.evaluate((el) => getComputedStyle(el).borderTopStyle);
  const expected = { statement: 'solid', reported: 'dashed', analysis: 'dotted' }[readings(actorId, issueId)[0].basis];
  assert.deepEqual([await style(card), await style(cell)], [expected, expected], 'the outline’s style');
  assert.equal(await card.locator('.sm-cell-more').textContent(), await cell.locator('.sm-cell-more').textContent());
  await context.close();
});

test('on its own page the widget renders its panels ahead, each showing the view the reader has reached when opened', async () => {
  const { page, context } = await openWidget(browser, server.url);
  const tabs = await page.locator('[role=tab]').count();
  await page.waitForFunction((n) => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-panel').length === n, tabs);
  // Rendered ahead with no deal: the matrix offers no deal to mark.
  assert.equal(await page.locator('#sm1-panel-matrix #sm1-filter-overlay').count(), 0);
  await page.locator('#sm1-tab-deal').click();
  await page.locator('#sm1-panel-deal input[type=radio]:not(:checked)').first().check();
  await page.locator('#sm1-tab-matrix').click();
  assert.equal(await page.locator('#sm1-filter-overlay').isVisible(), true, 'the matrix knows the reader’s deal');
  await context.close();
});

test('a panel rendered ahead builds only its first items until the reader opens it; then every item arrives, in order', async () => {
  // The long lists: issue cards, the deal's choices (one per issue the options concern) and the FAQ's questions.
  const lists = [
    ['issues', '.sm-card-list > .sm-disclosure', data.issues.map((i) => i.id)],
    ['deal', '.sm-deal-choices > fieldset', data.issues.filter((i) => data.options.some((o) => o.issue === i.id)).map((i) => i.title)],
    ['faq', '.sm-faq-list > .sm-disclosure', data.faq.map((q) => q.id)],
  ];
  const { page, context } = await openWidget(browser, server.url);
  const tabs = await page.locator('[role=tab]').count();
  await page.waitForFunction((n) => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-panel').length === n, tabs);
  // Ten frames later, each panel still holds what it was laid out with.
  await page.evaluate(() => new Promise((done) => { let frames = 10; const next = () => (--frames ? requestAnimationFrame(next) : done()); requestAnimationFrame(next); }));
  for (const [tab, selector, all] of lists) {
    const held = await page.locator(`#sm1-panel-${tab} ${selector}`).count();
    assert.ok(held > 0 && held < all.length, `${tab}: ${held} of ${all.length} built unseen`);
  }
  for (const [tab, selector, all] of lists) {
    await page.locator(`#sm1-tab-${tab}`).click();
    const items = page.locator(`#sm1-panel-${tab} ${selector}`);
    await page.waitForFunction(([s, n]) => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll(s).length === n, [`#sm1-panel-${tab} ${selector}`, all.length]);
    // A card or question by its record's id, a choice by its issue's title.
    assert.deepEqual(await items.evaluateAll((els) => els.map((el) => el.querySelector('legend')?.textContent ?? el.id.replace(/^sm1-(issue|faq)-/, ''))), all, `${tab}: every item, in order`);
  }
  await context.close();
});

test('a link or a search into a list still drawn in parts finds every item it names in the next frame', async () => {
  const { page, context } = await openWidget(browser, server.url);
  const tabs = await page.locator('[role=tab]').count();
  await page.waitForFunction((n) => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-panel').length === n, tabs);
  const withOptions = data.issues.filter((i) => data.options.some((o) => o.issue === i.id));
  const last = data.options.find((o) => o.issue === withOptions.at(-1).id);
  assert.equal(await page.locator('#sm1-panel-deal .sm-deal-choices > fieldset').count() < withOptions.length, true, 'the deal is drawn in parts');
  // A package settling the last issue, read from the address: its choice is there, chosen, in the next frame.
  const chosen = await page.evaluate((id) => new Promise((resolve) => {
    location.hash = `#deal?deal=${id}`;
    const root = document.querySelector('[data-stancemap]').shadowRoot;
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(root.getElementById(`sm1-choice-${id.replace('.', '--')}`)?.checked ?? null)));
  }), `${last.issue}.${last.id}`);
  assert.equal(chosen, true);
  // A search typed as the FAQ opens: every answer it finds, also those past the first drawn, as they are once every step is done.
  const query = 'nato';
  const found = await page.evaluate((query) => new Promise((resolve) => {
    const root = document.querySelector('[data-stancemap]').shadowRoot;
    root.querySelector('#sm1-tab-faq').click();
    const box = root.querySelector('#sm1-faq-search');
    box.value = query;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    requestAnimationFrame(() => resolve([...root.querySelectorAll('.sm-faq-item h3')].map((h) => h.textContent)));
  }), query);
  assert.ok(found.some((title) => data.faq.findIndex((q) => q.question === title) >= 4), `an answer past the first four: ${found}`);
  await page.waitForTimeout(1000);
  assert.deepEqual(await page.locator('#sm1-panel-faq .sm-faq-item h3').allTextContents(), found);
  await context.close();
});

test('scenarios can be compared side by side', async () => {
  const [a, , c] = data.scenarios;
  const { page, context } = await openWidget(browser, server.url, 'scenarios');
  await page.selectOption('#sm1-scenario-first', a.id);
  await page.selectOption('#sm1-scenario-second', c.id);
  assert.deepEqual(await page.locator('.sm-comparison thead th').allTextContents(), [a.title, c.title]);
  assert.equal(await hash(page), `#scenarios/${a.id}/${c.id}`);
  await context.close();
});

test('after Back and Forward every menu shows the choice its view holds; choices in a row in one menu are one step', async () => {
  const [a, b, c] = data.scenarios;
  const { page, context } = await openWidget(browser, server.url, 'scenarios');
  const menus = (...ids) => Promise.all(ids.map((id) => page.locator(`#sm1-${id}`).inputValue()));
  const at = (fragment) => addressNames(page, `#${fragment}`);
  const steps = () => page.evaluate(() => history.length);
  const start = await steps();
  await page.selectOption('#sm1-scenario-second', b.id);
  await page.selectOption('#sm1-scenario-second', c.id);
  await at(`scenarios/${a.id}/${c.id}`);
  await page.selectOption('#sm1-scenario-first', b.id);
  await at(`scenarios/${b.id}/${c.id}`);
  assert.equal(await steps(), start + 2, 'one step for the run in the second menu, one for the first');
  await page.goBack();
  await at(`scenarios/${a.id}/${c.id}`);
  assert.deepEqual(await menus('scenario-first', 'scenario-second'), [a.id, c.id]);
  await page.goBack();
  await at('scenarios');
  assert.deepEqual(await menus('scenario-first', 'scenario-second'), [a.id, ''], 'compared with nothing');
  await page.goForward();
  await at(`scenarios/${a.id}/${c.id}`);
  assert.deepEqual(await menus('scenario-first', 'scenario-second'), [a.id, c.id]);
  // The matrix's menus likewise (once the tab's own step is in the history).
  await page.locator('#sm1-tab-matrix').click();
  await at('matrix');
  const group = await page.locator('#sm1-filter-group option[value]:not([value=""])').first().getAttribute('value');
  const issue = data.issues[1].id;
  await page.selectOption('#sm1-filter-group', group);
  await at(`matrix?group=${group}`);
  await page.selectOption('#sm1-filter-issue', issue);
  await at(`matrix?group=${group}&issue=${issue}`);
  await page.goBack();
  await at(`matrix?group=${group}`);
  assert.deepEqual(await menus('filter-group', 'filter-issue'), [group, '']);
  await page.goBack();
  await at('matrix');
  assert.deepEqual(await menus('filter-group', 'filter-issue'), ['', '']);
  await page.goForward();
  await at(`matrix?group=${group}`);
  assert.deepEqual(await menus('filter-group', 'filter-issue'), [group, '']);
  await context.close();
});

test('on a phone, the issue menu shows the issue its list shows after Back and Forward across a filter that changes its choices', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix?disputed=1', { viewport: { width: 360, height: 800 } });
  const shown = async () => [await page.locator('#sm1-phone-issue').inputValue(), await page.locator('.sm-matrix-phone h3').textContent()];
  // The last of the disputed issues, then every issue again: the menu's choices grow around it.
  const disputed = await page.locator('#sm1-phone-issue option').evaluateAll((os) => os.map((o) => o.value));
  const target = disputed.at(-1);
  const expected = [target, data.issues.find((i) => i.id === target).title];
  assert.ok(disputed.length < data.issues.length, 'fewer choices while only disputed issues are offered');
  await page.selectOption('#sm1-phone-issue', target);
  await page.waitForFunction((t) => location.hash.includes(`issue=${t}`), target);
  await page.locator('#sm1-filter-disputed').uncheck();
  await page.waitForFunction(() => !location.hash.includes('disputed=1'));
  assert.deepEqual(await shown(), expected);
  await page.goBack();
  await addressNames(page, /disputed=1/);
  assert.deepEqual(await shown(), expected, 'Back: fewer choices');
  await page.goForward();
  await page.waitForFunction(() => !location.hash.includes('disputed=1'));
  assert.deepEqual(await shown(), expected, 'Forward: every choice');
  await context.close();
});

test('neither scenario compared is offered in the other’s select, and a link keeps a pair whose first was shown by default', async () => {
  const [first, , c] = data.scenarios;
  const { page, context } = await openWidget(browser, server.url, 'scenarios');
  assert.ok(await page.locator(`#sm1-scenario-second option[value="${first.id}"]`).isDisabled(), 'the scenario shown is not offered');
  await page.selectOption('#sm1-scenario-second', c.id);
  assert.deepEqual(await page.locator('.sm-comparison thead th').allTextContents(), [first.title, c.title]);
  assert.equal(await hash(page), `#scenarios/${first.id}/${c.id}`);
  assert.ok(await page.locator(`#sm1-scenario-first option[value="${c.id}"]`).isDisabled(), 'nor is the one it is compared with, as the first');
  assert.ok(await page.locator(`#sm1-scenario-second option[value="${first.id}"]`).isDisabled(), 'the first is still not offered as the second');
  await context.close();
});

test('a comparison shows all that one scenario shows: who backs or rejects each, and its analogues', async () => {
  const received = data.scenarios.filter((s) => s.reception.length > 0);
  const [a, b] = [received[0], data.scenarios.find((s) => s !== received[0] && s.analogues.length > 0)];
  const { page, context } = await openWidget(browser, server.url, `scenarios/${a.id}/${b.id}`);
  const row = (name) => page.locator('.sm-comparison tbody tr').filter({ has: page.locator('th', { hasText: name }) }).locator('td');
  const reception = await row('Who backs or rejects it').allInnerTexts();
  const name = (id) => data.actors.find((x) => x.id === id).name;
  for (const [column, s] of [[0, a], [1, b]]) {
    for (const r of s.reception) {
      assert.ok(reception[column].includes(name(r.actor)) && reception[column].includes(r.note), `${s.id}: ${r.actor}'s reception`);
    }
  }
  const analogues = await row('Historical analogues').allInnerTexts();
  for (const x of b.analogues) assert.ok(analogues[1].includes(x), x);
  await context.close();
});

test('an actor’s profile counts the issues it has a position on in the sources, those only an analyst’s reading gives apart', async () => {
  const en = catalogue('en');
  const grade = en['basis.analysis'];
  // Per issue, whether every reading of the actor there is an analysis.
  const issues = (a) => [...new Set(data.stances.filter((s) => s.actor === a.id).map((s) => s.issue))]
    .map((i) => data.stances.filter((s) => s.actor === a.id && s.issue === i).every((s) => s.basis === 'analysis'));
  const some = data.actors.find((a) => issues(a).some((r) => r) && !issues(a).every((r) => r));
  const all = data.actors.find((a) => issues(a).length > 0 && issues(a).every((r) => r));
  const none = data.actors.find((a) => issues(a).length > 0 && !issues(a).some((r) => r));
  assert.ok(some && all && none, 'the shipped data has an actor with some positions only an analysis gives, one with all, one with none');
  const { page, context } = await openWidget(browser, server.url, 'actors');
  for (const a of [some, all, none]) {
    await page.evaluate((id) => { location.hash = `#actors/${id}`; }, a.id);
    await page.locator('.sm-profile-name', { hasText: exactly(a.name) }).waitFor();
    const read = issues(a).filter((r) => r).length;
    const suffix = read === 0 ? '' : counted(en, read === issues(a).length ? 'actors.stated-all-read' : 'actors.stated-read', read, { grade });
    const line = await page.locator('.sm-profile-name + .sm-muted').textContent();
    assert.ok(line.endsWith(` · ${counted(en, 'actors.stated', issues(a).length, { all: data.issues.length })}${suffix}`), `${a.id}: ${line}`);
  }
  await context.close();
});

test('each actor’s reception of a scenario says how its source gives it, as a stance’s reading does: the grade and who is on the record', async () => {
  const en = catalogue('en');
  const { page, context } = await openWidget(browser, server.url, 'scenarios');
  for (const s of data.scenarios.filter((x) => x.reception.length > 0)) {
    await page.evaluate((id) => { location.hash = `#scenarios/${id}`; }, s.id);
    const article = page.locator('article.sm-scenario', { has: page.locator(`h3[id$="scenario-title-${s.id}"]`) });
    const items = article.locator('.sm-reception > li');
    await items.first().waitFor();
    const shown = await items.evaluateAll((lis) => lis.map((li) => [li.querySelector('strong').textContent, li.querySelector('.sm-basis').textContent]));
    const expected = s.reception.map((r) => [data.actors.find((a) => a.id === r.actor).name, en[`basis.${r.basis}`] + (r.speaker ? `: ${r.speaker}` : '')]);
    assert.deepEqual(shown, expected, s.id);
  }
  await context.close();
});

test('a scenario no source gives an actor’s view of says so of it as a whole where a red line or rejection of its settlements is listed above it, and plainly where none is', async () => {
  const en = catalogue('en');
  const reacted = (s) => s.settles.some((x) => x.option && data.reactions.some((r) => r.option === x.option && ['red-line', 'rejects'].includes(r.reaction)));
  const silent = data.scenarios.filter((s) => s.reception.length === 0);
  assert.ok(silent.some(reacted) && silent.some((s) => !reacted(s)), 'the shipped data has a silent scenario with a rejection of its settlements and one without');
  const { page, context } = await openWidget(browser, server.url, 'scenarios');
  for (const s of silent) {
    await page.evaluate((id) => { location.hash = `#scenarios/${id}`; }, s.id);
    const article = page.locator('article.sm-scenario', { has: page.locator(`h3[id$="scenario-title-${s.id}"]`) });
    const said = article.locator('h4', { hasText: exactly(en['scenarios.reception']) }).locator('xpath=following-sibling::p[1]');
    assert.equal(await said.textContent(), en[reacted(s) ? 'scenarios.no-reception-whole' : 'scenarios.no-reception'], s.id);
  }
  await context.close();
});

test('in a scenario, each actor whose red lines it crosses is a heading under its red lines and rejections', async () => {
  const crossed = data.scenarios.find((s) => s.settles.some((x) => x.option && data.reactions.some((r) => r.option === x.option && ['red-line', 'rejects'].includes(r.reaction))));
  const { page, context } = await openWidget(browser, server.url, `scenarios/${crossed.id}`);
  const headings = await page.locator('#sm1-panel-scenarios').locator('h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => [Number(h.tagName[1]), h.textContent.trim()]));
  const at = headings.findIndex(([, text]) => text === 'Red lines and rejections in the sources');
  const [level] = headings[at];
  const under = headings.slice(at + 1).filter(([l]) => l > level);
  const next = headings.slice(at + 1).find(([l]) => l <= level);
  assert.ok(under.length > 0 && headings.indexOf(next) === at + 1 + under.length, `actors under the section: ${JSON.stringify(headings)}`);
  assert.ok(under.every(([l]) => l === level + 1), 'one level below, none skipped');
  await context.close();
});

test('the theme follows the system and can be overridden', async () => {
  const bg = (page) => page.locator('.sm-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  const { page, context } = await openWidget(browser, server.url, '', { colorScheme: 'dark' });
  const systemDark = await bg(page);
  // The switch says what it sets, on screen as well as to a screen reader.
  const words = catalogue('en');
  for (const name of [words['footer.theme'], words['footer.language']]) {
    const group = page.getByRole('group', { name });
    assert.equal(await group.getByText(name, { exact: true }).isVisible(), true, `${name}: its label is shown`);
  }
  await page.getByRole('group', { name: words['footer.theme'] }).getByRole('button', { name: 'Light' }).click();
  const light = await bg(page);
  // Kept in the address, which had no fragment and gains none, not even a bare '#'.
  await page.waitForFunction(() => location.search === '?theme=light');
  assert.equal(page.url(), `${server.url}?theme=light`);
  assert.notEqual(systemDark, light);
  await page.getByRole('button', { name: 'Dark' }).click();
  assert.equal(await bg(page), systemDark);
  await context.close();
});

test('on a window wider than the widget, the page around it takes the theme the reader chose, from the first view on', async () => {
  const page = (p) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const widget = (p) => p.locator('.sm-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  const lightness = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((sum, c) => sum + Number(c), 0) / 3;
  const dark = await openWidget(browser, `${server.url}?theme=dark`, '', { viewport: { width: 1800, height: 900 } });
  assert.ok(lightness(await page(dark.page)) < 60 && lightness(await widget(dark.page)) < 60, 'dark around a dark widget');
  await dark.page.getByRole('button', { name: 'Light' }).click();
  await dark.page.waitForFunction(() => location.search === '?theme=light');
  assert.ok(lightness(await page(dark.page)) > 200 && lightness(await widget(dark.page)) > 200, 'light around a light widget');
  await dark.context.close();
  // A system in dark mode, and the reader's choice of light: the same.
  const system = await openWidget(browser, server.url, '', { viewport: { width: 1800, height: 900 }, colorScheme: 'dark' });
  assert.ok(lightness(await page(system.page)) < 60, 'the system’s dark, until the reader chooses');
  await system.page.getByRole('button', { name: 'Light' }).click();
  await system.page.waitForFunction(() => location.search === '?theme=light');
  assert.ok(lightness(await page(system.page)) > 200);
  await system.context.close();
  // Before the app takes over: the prerendered first view and the page around it, as the loader sets them.
  const context = await browser.newContext({ viewport: { width: 1800, height: 900 } });
  const early = await context.newPage();
  await early.route('**/stancemap_bg.wasm', () => {});
  await early.goto(`${server.url}?theme=dark`);
  await early.locator('[data-stancemap-loader]').waitFor({ state: 'attached' });
  assert.ok(lightness(await page(early)) < 60 && lightness(await widget(early)) < 60);
  await context.close();
});

test('the theme and language the reader chooses are kept in the address, so a reload keeps them, an older ?theme= does not override them, and Back to an older entry keeps them too', async () => {
  const theme = (page) => page.locator('.sm-root').getAttribute('data-theme');
  const { page, context } = await openWidget(browser, `${server.url}?theme=dark`, 'faq');
  assert.equal(await theme(page), 'dark');
  await page.getByRole('button', { name: 'Light' }).click();
  await page.waitForFunction(() => location.search === '?theme=light' && location.hash === '#faq');
  await page.reload();
  await widgetReady(page);
  assert.equal(await theme(page), 'light');
  await page.getByRole('button', { name: 'System' }).click();
  await page.waitForFunction(() => location.search === '');
  assert.equal(await theme(page), 'auto');
  // An entry from before the choice gets it once Back lands there: its reload keeps it too.
  await page.getByRole('tab', { name: 'Sources' }).click();
  await addressNames(page, '#sources');
  await page.getByRole('button', { name: 'Dark' }).click();
  await page.getByRole('button', { name: 'Українська' }).click();
  // (The language as the page prerendered in it.)
  const chosen = () => location.pathname.endsWith('/index.uk.html') && location.search === '?theme=dark';
  await page.waitForFunction(chosen);
  await page.goBack();
  await addressNames(page, '#faq');
  await page.waitForFunction(chosen);
  await page.reload();
  await widgetReady(page);
  assert.equal(await theme(page), 'dark');
  assert.equal(await page.locator('.sm-root').getAttribute('lang'), 'uk');
  await context.close();
});

test('Forward to an answer the page the browser puts back does not show brings that answer’s question into view, focused, not a citation that happens to be on screen', async () => {
  const { page, context } = await openWidget(browser, server.url, 'faq', { viewport: { width: 1280, height: 900 } });
  const opened = [0, 1, 5].map((n) => data.faq[n].id);
  for (const id of opened) {
    await page.locator(`#sm1-faq-${id}-button`).click();
    await addressNames(page, `#faq/${id}`);
  }
  for (const step of ['back', 'back', 'forward']) {
    const before = await hash(page);
    await page.evaluate((step) => (step === 'back' ? history.back() : history.forward()), step);
    await page.waitForFunction((before) => location.hash !== before, before);
  }
  assert.equal(await hash(page), `#faq/${opened[1]}`);
  await focusReaches(page, `sm1-faq-${opened[1]}-button`);
  const box = await page.locator(`#sm1-faq-${opened[1]}-button`).boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 900, `the question is in view (at ${Math.round(box.y)} px)`);
  await context.close();
});

test('printing the FAQ or the issues prints every answer and every card’s detail, opened or not', async () => {
  for (const [tab, count] of [['faq', data.faq.length], ['issues', data.issues.length]]) {
    const { page, context } = await openWidget(browser, server.url, tab);
    const bodies = page.locator(`#sm1-panel-${tab} .sm-disclosure-body`);
    assert.equal(await bodies.count(), count);
    assert.equal(await bodies.evaluateAll((b) => b.filter((x) => x.childElementCount > 0).length), 0, 'nothing opened yet');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction((tab) => [...document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll(`#sm1-panel-${tab} .sm-disclosure-body`)].every((b) => b.childElementCount > 0), tab);
    for (const body of await bodies.all()) assert.ok(await body.isVisible(), `${tab}: every body prints`);
    if (tab === 'faq') {
      // Not each answer's link to itself, which paper cannot follow; nor the focus ring of the answer a link opened.
      assert.equal(await page.locator('.sm-permalink:visible').count(), 0, 'no links to the answers');
      await page.locator('.sm-disclosure-heading button').first().focus();
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const focused = document.querySelector('[data-stancemap]').shadowRoot.activeElement;
        return focused?.matches(':focus-visible') && getComputedStyle(focused).outlineStyle;
      });
      assert.equal(ring, 'none', 'no focus ring on paper');
    }
    if (tab === 'issues') {
      // On paper an issue's stances run one under another, across the page, however wide the window.
      const lists = await page.locator('#sm1-panel-issues .sm-stances').evaluateAll((lists) => lists.filter((l) => l.children.length > 1).map((l) => {
        const [a, b] = [...l.children].map((li) => li.getBoundingClientRect());
        return b.top >= a.bottom && a.width === b.width && a.width > l.getBoundingClientRect().width * 0.9;
      }));
      assert.ok(lists.length > 0 && lists.every(Boolean), `stances one under another: ${lists}`);
      // Every card whole on paper: each actor's stance, and the terms that come after the last.
      for (const issue of data.issues) {
        const region = page.locator(`#sm1-issue-${issue.id}-region`);
        const actors = new Set(data.stances.filter((s) => s.issue === issue.id).map((s) => s.actor));
        assert.equal(await region.locator('.sm-stance').count(), actors.size, `${issue.id}: every stance prints`);
        if (issue.glossary.length > 0) assert.equal(await region.locator('.sm-terms').count(), 1, `${issue.id}: its terms print`);
        if (actors.size > 0 && actors.size < data.actors.length) assert.equal(await region.locator(`#sm1-issue-${issue.id}-silent`).count(), 1, `${issue.id}: so do the actors with no stated position`);
      }
    }
    await context.close();
  }
});

test('printing shows the open view without its controls, dark text on white whatever the theme', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  const text = () => page.locator('.sm-root').evaluate((el) => getComputedStyle(el).color);
  // The page around the widget follows its theme on screen (the margins, and an iframe's box below the widget).
  const around = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [light, white] = [await text(), await around()];
  await page.getByRole('button', { name: 'Dark' }).click();
  assert.notEqual(await text(), light, 'dark on screen');
  assert.notEqual(await around(), white, 'the page around it too');
  const caption = page.locator('.sm-table caption');
  assert.match(await caption.innerText(), /Choose a cell/, 'on screen the caption says a cell opens');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await text(), light, 'light on paper');
  assert.equal(await around(), white, 'and the page around it');
  assert.match(await caption.innerText(), /^Stances by actor/, 'the caption prints');
  assert.doesNotMatch(await caption.innerText(), /Choose/, 'but not the hint to choose a cell, which paper cannot do');
  for (const hidden of ['.sm-tablist', '.sm-filters', '.sm-switch', '.sm-embed']) {
    assert.ok((await page.locator(hidden).count()) > 0, `${hidden} is on the page`);
    for (const control of await page.locator(hidden).all()) assert.equal(await control.isVisible(), false, hidden);
  }
  assert.equal(await page.locator('table.sm-table').isVisible(), true);
  const overflow = await page.locator('.sm-matrix-scroll').evaluate((el) => getComputedStyle(el).overflow);
  assert.equal(overflow, 'visible', 'the whole table prints, not a scrolled window of it');
  await context.close();
  // Links drawn as buttons (a scenario's package opened in the builder) are controls too.
  const { page: scenarios, context: scenariosContext } = await openWidget(browser, server.url, 'scenarios');
  const buttons = scenarios.locator('[role=tabpanel]:not([hidden]) .sm-button');
  assert.ok((await buttons.count()) > 0 && (await scenarios.locator('[role=tabpanel]:not([hidden]) a.sm-button').count()) > 0, 'the scenarios show buttons, one a link');
  await scenarios.emulateMedia({ media: 'print' });
  for (const button of await buttons.all()) assert.equal(await button.isVisible(), false, await button.innerText());
  await scenariosContext.close();
  // On an A4 page's width (12 mm margins), in either language, and in an article's column as
  // narrow as a phone's list on screen, the whole table prints, fits, every label stays in its
  // cell, and every column's heading in one piece, not broken inside a word.
  for (const [file, width] of [['', 703], ['index.uk.html', 703], ['', 620], ['index.uk.html', 620]]) {
    const { page: paper, context: printing } = await openWidget(browser, server.url + file, 'matrix', { viewport: { width, height: 1000 } });
    await paper.emulateMedia({ media: 'print' });
    assert.equal(await paper.locator('.sm-matrix-phone').isVisible(), false, `${width} px: not the phone's list`);
    assert.equal(await paper.locator('table.sm-table').isVisible(), true, `${width} px: the table`);
    const [table, root] = await paper.evaluate(() => ['.sm-table', '.sm-root'].map((s) => document.querySelector('[data-stancemap]').shadowRoot.querySelector(s).getBoundingClientRect().width));
    assert.ok(table <= root, `${file || 'index.html'}: the table (${table} px) fits the page (${root} px)`);
    assert.deepEqual(await overflowingLabels(paper), [], file || 'index.html');
    const broken = await paper.locator('.sm-table thead .sm-col-label').evaluateAll((labels) => labels.filter((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return range.getClientRects().length > 1;
    }).map((label) => label.textContent));
    assert.deepEqual(broken, [], `${file || 'index.html'}: headings broken across lines`);
    await printing.close();
  }
});

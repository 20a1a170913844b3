// WCAG 2.2 AA in every view and opened state, keyboard-only use, and layout
// at phone, tablet and desktop widths (with screenshots to look at).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { serveDist, launch, openWidget, shippedData, activeId, focusReaches, SCREENSHOTS, widgetReady, builtDeal, catalogue } from './harness.mjs';

let server, browser, data;
before(async () => { server = await serveDist(); browser = await launch(); data = shippedData(); });
after(async () => { await browser?.close(); await server?.close(); });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A cell the built deal conflicts with, where the actor has a stance: `actor.issue`. */
function dealCell() {
  const chosen = builtDeal(data).split(',').map((p) => p.split('.')[1]);
  const issueOf = (o) => data.options.find((x) => x.id === o).issue;
  const r = data.reactions.find((r) => chosen.includes(r.option) && data.stances.some((s) => s.actor === r.actor && s.issue === issueOf(r.option)));
  return `${r.actor}.${issueOf(r.option)}`;
}

/** Every view, plus the states in which more of it is open. */
function states() {
  const cell = data.stances.find((s) => s.quote);
  return [
    ['overview', ''],
    ['issues', 'issues'],
    ['issue-open', 'issues/territory'],
    ['actors', 'actors/ukraine'],
    ['matrix', 'matrix'],
    ['matrix-cell-open', `matrix?cell=${cell.actor}.${cell.issue}`],
    ['matrix-compare', 'matrix?compare=ukraine.russia&disputed=1'],
    ['scenarios', `scenarios/${data.scenarios[0].id}/${data.scenarios[3].id}`],
    ['scenario-crossings', `scenarios/${data.scenarios.find((s) => s.settles.some((x) => x.option)).id}`],
    ['deal', 'deal'],
    ['deal-built', `deal?deal=${builtDeal(data)}`],
    ['matrix-deal', `matrix?deal=${builtDeal(data)}`],
    ['matrix-deal-cell-open', `matrix?deal=${builtDeal(data)}&cell=${dealCell()}`],
    ['faq', 'faq'],
    ['faq-open', `faq/${data.faq[0].id}?q=territory`],
    ['sources', 'sources'],
  ];
}

const violations = async (page) => {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')} — ${v.help}`);
};

/** The page of each language's edition. */
const PAGES = { en: '', uk: 'index.uk.html' };

for (const [lang, file] of Object.entries(PAGES)) {
  for (const scheme of ['light', 'dark']) {
    test(`axe finds no WCAG 2.2 AA violation in any view, ${scheme} theme, in ${lang}`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, fragment] of states()) {
        await page.goto(`${server.url}${file}#${fragment}`);
        await page.reload();
        await widgetReady(page);
        assert.equal(await page.locator('.sm-root').getAttribute('lang'), lang);
        assert.deepEqual(await violations(page), [], `${name} (${scheme}, ${lang})`);
      }
      await context.close();
    });
  }
}

test('each stance listed in an issue’s card or an actor’s profile is headed one level below its section', async () => {
  for (const fragment of ['issues/territory', 'actors/ukraine']) {
    const { page, context } = await openWidget(browser, server.url, fragment);
    const headings = await page.locator('.sm-panel:not([hidden])').locator('h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => [Number(h.tagName[1]), h.classList.contains('sm-stance-title'), h.textContent.trim()]));
    let section = null;
    let stances = 0;
    for (const [level, stance, text] of headings) {
      if (!stance) section = level;
      else {
        assert.equal(level, section + 1, `${fragment}: “${text}” is an h${level} under an h${section}`);
        stances += 1;
      }
    }
    assert.ok(stances > 1, `${fragment}: ${stances} stances`);
    await context.close();
  }
});

test('“Embed this view”, in the footer, is headed at the level of the panels’ own headings, not as a part of the panel above it', async () => {
  const { page, context } = await openWidget(browser, server.url, 'faq');
  const level = (heading) => heading.evaluate((h) => Number(h.tagName[1]));
  const panel = await level(page.locator('.sm-panel:not([hidden])').locator('h1, h2, h3, h4').first());
  assert.equal(await level(page.locator('.sm-footer').getByRole('heading', { name: 'Embed this view' })), panel);
  await context.close();
});

test('an issue no source gives a position on says so on its card, rather than showing an empty list', async () => {
  const silent = data.issues.filter((i) => !data.stances.some((s) => s.issue === i.id));
  assert.ok(silent.length > 0, 'the data has such an issue');
  const { page, context } = await openWidget(browser, server.url, 'issues');
  for (const issue of silent) {
    const card = page.locator(`#sm1-issue-${issue.id}`);
    assert.equal(await card.locator('ul:not(:has(li))').count(), 0, `${issue.id}: no empty list`);
    await card.getByText(catalogue('en')['issues.no-stances']).waitFor();
  }
  for (const issue of data.issues.filter((i) => !silent.includes(i))) {
    assert.equal(await page.locator(`#sm1-issue-${issue.id} .sm-badge-row li`).count(), new Set(data.stances.filter((s) => s.issue === issue.id).map((s) => s.actor)).size, issue.id);
  }
  // Each badge reads as "actor: position", not the two run together.
  const first = data.actors.find((a) => data.stances.some((s) => s.actor === a.id && s.issue === data.issues[0].id));
  assert.ok((await page.locator(`#sm1-issue-${data.issues[0].id} .sm-badge-row li`).first().textContent()).startsWith(`${first.short}: `));
  await context.close();
});

test('a glossary definition opened in a card passes axe too, sits in its sentence, and Escape closes it alone', async () => {
  const { page, context } = await openWidget(browser, server.url, 'issues/territory');
  const terms = page.locator('#sm1-issue-territory-region button.sm-term');
  await terms.first().click();
  assert.deepEqual(await violations(page), []);
  // Every term opened: no space before the punctuation after a definition.
  for (let i = 1; i < await terms.count(); i++) await terms.nth(i).click();
  const texts = await page.locator('#sm1-issue-territory-region .sm-text').allTextContents();
  assert.deepEqual(texts.filter((t) => /\) [,.;:]/.test(t)), []);
  await terms.first().focus();
  await page.keyboard.press('Escape');
  assert.equal(await terms.first().getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#sm1-issue-territory-button').getAttribute('aria-expanded'), 'true', 'the card stays open');
  await context.close();
});

test('the keyboard alone reaches and operates tabs, cards, cells and the search', async () => {
  const { page, context } = await openWidget(browser, server.url);
  const focused = async () => ({ id: await activeId(page) });
  // Tab into the tab list: the selected tab is the only stop in it.
  for (let i = 0; i < 10 && (await focused()).id !== 'sm1-tab-overview'; i++) await page.keyboard.press('Tab');
  assert.equal((await focused()).id, 'sm1-tab-overview');
  await page.keyboard.press('ArrowRight');
  assert.equal((await focused()).id, 'sm1-tab-issues');
  await page.locator('#sm1-tab-issues[aria-selected=true]').waitFor({ timeout: 5000 });
  // Into the panel: the first card's button opens with Enter.
  await page.keyboard.press('Tab');
  const first = data.issues[0].id;
  for (let i = 0; i < 5 && (await focused()).id !== `sm1-issue-${first}-button`; i++) await page.keyboard.press('Tab');
  assert.equal((await focused()).id, `sm1-issue-${first}-button`);
  await page.keyboard.press('Enter');
  await page.locator(`#sm1-issue-${first}-button[aria-expanded=true]`).waitFor({ timeout: 5000 });
  // End jumps to the last tab; Home and ArrowLeft wrap round to the matrix.
  await page.locator('#sm1-tab-issues').focus();
  await page.keyboard.press('End');
  assert.equal((await focused()).id, 'sm1-tab-sources');
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  assert.equal((await focused()).id, 'sm1-tab-matrix');
  // Tab on to the first stated cell and open it with the space bar.
  let guard = 0;
  while (!(await focused()).id.startsWith('sm1-cell-') && guard++ < 40) await page.keyboard.press('Tab');
  const cellId = (await focused()).id;
  assert.match(cellId, /^sm1-cell-/);
  await page.keyboard.press(' ');
  await focusReaches(page, 'sm1-cell-detail-title', 'the space bar opens the cell, and focus goes to its detail');
  await page.keyboard.press('Escape');
  await focusReaches(page, cellId, 'Escape closes it, and focus goes back to the cell');
  // The FAQ search takes typing.
  await page.locator('#sm1-tab-faq').focus();
  await page.keyboard.press('Enter');
  guard = 0;
  while ((await focused()).id !== 'sm1-faq-search' && guard++ < 10) await page.keyboard.press('Tab');
  await page.keyboard.type('Norway');
  // (The list is filtered in the render after the last key: waited for, not read at once.)
  await page.waitForFunction((all) => {
    const n = document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-faq-item').length;
    return n >= 1 && n < all;
  }, data.faq.length, { timeout: 5000 });
  await context.close();
});

test('focus is visible on every kind of control', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix');
  for (const selector of ['#sm1-tab-matrix', '#sm1-filter-group', 'button.sm-cell']) {
    await page.locator(selector).first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', selector);
  }
  await context.close();
});

test('focus shows on the open matrix cell as on any other, in both themes and in a contrast theme the widget’s light theme is on', async () => {
  const cell = data.stances[0];
  const modes = {
    light: [server.url, { colorScheme: 'light' }],
    dark: [server.url, { colorScheme: 'dark' }],
    'a dark contrast theme': [`${server.url}?theme=light`, { colorScheme: 'dark', forcedColors: 'active' }],
  };
  for (const [mode, [base, options]] of Object.entries(modes)) {
    const { page, context } = await openWidget(browser, base, `matrix?cell=${cell.actor}.${cell.issue}`, { viewport: { width: 1280, height: 900 }, ...options });
    const open = page.locator('.sm-table button.sm-cell[aria-pressed="true"]');
    await open.scrollIntoViewIfNeeded();
    const around = async () => {
      const box = await open.boundingBox();
      return page.screenshot({ clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 } });
    };
    // Back from the detail to its cell, as the keyboard goes; then away, without moving the page.
    await open.evaluate((el) => el.focus({ focusVisible: true, preventScroll: true }));
    assert.ok(await open.evaluate((el) => el.matches(':focus-visible')), mode);
    const focused = await around();
    await open.evaluate((el) => el.blur());
    assert.notDeepEqual(focused, await around(), `${mode}: the focused open cell looks focused`);
    await context.close();
  }
});

test('the edges that show a control is there (the search field, the menus, the chips) stand out from the page at 3:1, in both themes', async () => {
  for (const scheme of ['light', 'dark']) {
    for (const [fragment, selector] of [['faq', 'input[type=search]'], ['matrix', '#sm1-filter-group'], ['actors', '.sm-chip[aria-pressed=false]']]) {
      const { page, context } = await openWidget(browser, server.url, fragment, { colorScheme: scheme });
      const ratio = await page.locator(selector).first().evaluate((el) => {
        const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
        const luminance = (c) => {
          const [r, g, b] = rgb(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        // What the control sits on: the first box around it with a background.
        let box = el.parentElement;
        while (box && getComputedStyle(box).backgroundColor === 'rgba(0, 0, 0, 0)') box = box.parentElement ?? box.getRootNode().host;
        const [a, b] = [luminance(getComputedStyle(el).borderTopColor), luminance(getComputedStyle(box).backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      assert.ok(ratio >= 3, `${selector} (${scheme}): ${ratio.toFixed(2)}:1`);
      await context.close();
    }
  }
});

test('a focus ring is whole where the box that scrolls around it would clip it: a tab, cells in the matrix’s last column and row', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 1280, height: 900 } });
  const controls = {
    tab: '#sm1-tab-matrix',
    'last column': '.sm-table tbody td:last-child button.sm-cell',
    'last row': '.sm-table tbody tr:last-child button.sm-cell',
  };
  for (const [name, selector] of Object.entries(controls)) {
    const ring = await page.locator(selector).first().evaluate((el) => {
      el.focus({ focusVisible: true });
      const style = getComputedStyle(el);
      const out = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
      let box = el.parentElement;
      while (getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      const [r, b, bs] = [el.getBoundingClientRect(), box.getBoundingClientRect(), getComputedStyle(box)];
      const within = r.left - out >= b.left + parseFloat(bs.borderLeftWidth) - 0.5 && r.right + out <= b.right - parseFloat(bs.borderRightWidth) + 0.5
        && r.top - out >= b.top + parseFloat(bs.borderTopWidth) - 0.5 && r.bottom + out <= b.bottom - parseFloat(bs.borderBottomWidth) + 0.5;
      return { focused: el.matches(':focus-visible') && style.outlineStyle !== 'none', within };
    });
    assert.deepEqual(ring, { focused: true, within: true }, `${name}: its ring shows, inside the box that scrolls`);
  }
  await context.close();
});

test('the matrix’s cells are one stop for Tab, and the arrow keys, Home and End (with Ctrl, the table’s ends) move between its cells', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 1280, height: 900 } });
  assert.deepEqual(await page.locator('.sm-table thead th .sm-col-label').allTextContents(), data.issues.map((i) => i.short), 'columns in the data’s order');
  assert.deepEqual(await page.locator('.sm-table tbody th').allTextContents(), data.actors.map((a) => a.short), 'rows in the data’s order');
  const stated = (a, i) => data.stances.some((s) => s.actor === a.id && s.issue === i.id);
  const id = (a, i) => `sm1-cell-${a.id}--${i.id}`;
  // The first row with a position, and its first and last positions; the next row down with one in the first's column.
  const row = data.actors.find((a) => data.issues.some((i) => stated(a, i)));
  const inRow = data.issues.filter((i) => stated(row, i));
  const below = data.actors.slice(data.actors.indexOf(row) + 1).find((a) => stated(a, inRow[0]));
  // The table fits here, so its box is no stop: Tab from the last filter (the comparison's second actor) goes straight to a cell.
  const fits = await page.locator('#sm1-matrix-table').evaluate(async (el) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { scrolls: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight, tabindex: el.getAttribute('tabindex') };
  });
  assert.deepEqual(fits, { scrolls: false, tabindex: null });
  const lastFilter = page.locator('#sm1-filter-second');
  await lastFilter.focus();
  const before = await activeId(page);
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), id(row, inRow[0]), 'Tab enters at the first cell');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await activeId(page), before, 'and Shift+Tab goes back past the box');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  assert.equal(await activeId(page), id(row, inRow[1]), 'right, over silent cells');
  await page.keyboard.press('End');
  assert.equal(await activeId(page), id(row, inRow.at(-1)));
  await page.keyboard.press('Home');
  assert.equal(await activeId(page), id(row, inRow[0]));
  await page.keyboard.press('ArrowDown');
  assert.equal(await activeId(page), id(below, inRow[0]), 'down, over silent cells');
  await page.keyboard.press('ArrowUp');
  assert.equal(await activeId(page), id(row, inRow[0]), 'and up');
  // Ctrl+End and Ctrl+Home: the last row's last position, and back to the first.
  const lastRow = data.actors.findLast((a) => data.issues.some((i) => stated(a, i)));
  await page.keyboard.press('Control+End');
  assert.equal(await activeId(page), id(lastRow, data.issues.findLast((i) => stated(lastRow, i))));
  await page.keyboard.press('Control+Home');
  assert.equal(await activeId(page), id(row, inRow[0]));
  await page.keyboard.press('ArrowRight');
  // Tab leaves the table; Shift+Tab comes back to the cell last focused.
  await page.keyboard.press('Tab');
  assert.ok(!(await activeId(page)).startsWith('sm1-cell-'), `Tab left the table (${await activeId(page)})`);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await activeId(page), id(row, inRow[1]));
  assert.equal(await page.locator('.sm-table button.sm-cell[tabindex="0"]').count(), 1, 'one stop');
  await context.close();
});

test('at the matrix’s edge an arrow key moves nowhere and leaves the page where it is; where the table scrolls sideways, it scrolls the table’s box on to the silent cells', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 1280, height: 800 } });
  await page.locator('.sm-table button.sm-cell[tabindex="0"]').focus();
  await page.keyboard.press('Control+End');
  const last = await activeId(page);
  const place = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r([scrollX, scrollY])))));
  const before = await place();
  assert.ok(await page.evaluate(([, y]) => document.documentElement.scrollHeight - innerHeight - y > 100, before), 'the page could scroll down');
  for (const key of ['ArrowDown', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
  assert.equal(await activeId(page), last, 'focus stays on the last cell');
  assert.deepEqual(await place(), before, 'the page did not scroll');
  // Narrower, the table scrolls sideways: past a row's last position, in
  // view, the key scrolls the table's box on to the silent cells beyond it,
  // and at the box's end nothing.
  await page.setViewportSize({ width: 900, height: 800 });
  const box = page.locator('#sm1-matrix-table');
  const id = await box.evaluate((box) => {
    const right = box.getBoundingClientRect().right;
    const ends = [...box.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].findLast((td) => td.querySelector('button')));
    return ends.find((td) => td?.nextElementSibling && td.getBoundingClientRect().right <= right)?.querySelector('button').id;
  });
  assert.ok(id && await box.evaluate((box) => box.scrollLeft === 0 && box.scrollWidth > box.clientWidth), 'a row ends in silent cells past the box’s edge');
  await page.locator(`#${id}`).focus();
  const page0 = await place();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-stancemap]').shadowRoot.querySelector('#sm1-matrix-table').scrollLeft > 0, null, { timeout: 5000 });
  // A key at a time, each scroll run out (the box scrolls smoothly), until
  // the box moves no more; then one key more.
  for (let i = 0, left = -1; i < 30; i++) {
    const now = await box.evaluate((box) => box.scrollLeft);
    if (now === left) break;
    left = now;
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(250);
  }
  assert.ok(await box.evaluate((box) => box.scrollLeft + box.clientWidth >= box.scrollWidth - 1), 'the box scrolled to its end');
  assert.equal(await activeId(page), id, 'focus stays on the row’s last position');
  assert.deepEqual(await place(), page0, 'the page did not scroll');
  await context.close();
});

test('focus stays on the reader’s cell when the matrix turns from its table to the phone’s list and back (a phone turned, the page zoomed)', async () => {
  const { page, context } = await openWidget(browser, server.url, 'matrix', { viewport: { width: 1280, height: 900 } });
  const stated = (a, i) => data.stances.some((s) => s.actor === a.id && s.issue === i.id);
  // The phone's list shows the first issue while no filter or cell chooses another.
  const [first, other] = [data.issues[0], data.issues.find((i, n) => n > 0 && data.actors.some((a) => stated(a, i)))];
  const actor = data.actors.find((a) => stated(a, first));
  const cell = `${actor.id}--${first.id}`;
  await page.locator(`#sm1-cell-${cell}`).focus();
  await page.setViewportSize({ width: 375, height: 800 });
  await focusReaches(page, `sm1-phone-cell-${cell}`, 'narrowed, the same cell in the phone’s list');
  await page.setViewportSize({ width: 1280, height: 900 });
  await focusReaches(page, `sm1-cell-${cell}`, 'widened, the same cell in the table');
  // A cell on an issue the phone's list does not show: its menu of issues.
  await page.locator(`#sm1-cell-${data.actors.find((a) => stated(a, other)).id}--${other.id}`).focus();
  await page.setViewportSize({ width: 375, height: 800 });
  await focusReaches(page, 'sm1-phone-issue', 'narrowed, the phone’s menu of issues');
  // The menu of issues the phone's list has of its own: the table's.
  await page.setViewportSize({ width: 1280, height: 900 });
  await focusReaches(page, 'sm1-filter-issue', 'widened, the table’s menu of issues');
  // Focus the reader took out of the matrix, or out of the widget, stays where they put it.
  const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.locator(`#sm1-cell-${cell}`).focus();
  await page.locator('#sm1-filter-group').focus();
  await page.setViewportSize({ width: 375, height: 800 });
  await frames();
  assert.equal(await activeId(page), 'sm1-filter-group', 'a menu in both layouts');
  await page.evaluate(() => document.body.insertAdjacentHTML('afterbegin', '<button id="page-search">Search the site</button>'));
  await page.locator(`#sm1-phone-cell-${cell}`).focus();
  await page.locator('#page-search').focus();
  await page.setViewportSize({ width: 1280, height: 900 });
  await frames();
  assert.equal(await activeId(page), 'page-search', 'the page’s own control');
  await context.close();
});

test('an actor’s silence is read in the matrix in words, in the table and the phone’s list, in either language', async () => {
  // The phone's list shows the first issue; the table's first column is that issue too.
  const issue = data.issues[0];
  assert.ok(data.actors.some((a) => !data.stances.some((s) => s.actor === a.id && s.issue === issue.id)), 'an actor silent on the first issue');
  for (const [file, lang] of [['', 'en'], ['index.uk.html', 'uk']]) {
    const none = catalogue(lang)['position.none'];
    for (const [width, cells] of [[1280, '.sm-table tbody td:nth-of-type(1)'], [375, '.sm-phone-list li']]) {
      const { page, context } = await openWidget(browser, server.url + file, 'matrix', { viewport: { width, height: 900 } });
      // A dash named in words: a graphic, as a symbol that means something is.
      const silent = page.locator(cells).filter({ has: page.locator('span.sm-cell-empty') }).first();
      assert.equal(await silent.getByRole('img', { name: none, exact: true }).textContent(), '–', `${lang}, ${width} px`);
      await context.close();
    }
  }
});

test('a screen reader reading through Build a deal hears its summary once, as its status', async () => {
  const deal = await openWidget(browser, server.url, `deal?deal=${builtDeal(data)}`);
  const status = (await deal.page.locator('.sm-deal').getByRole('status').textContent()).trim();
  const tree = await deal.page.locator('.sm-deal').ariaSnapshot();
  // The counts (the red lines by name are under their actors in the result).
  assert.equal(tree.split(status.split('.')[0]).length - 1, 1, `“${status}” is read once`);
  await deal.context.close();
});

test('every control is at least 24 by 24 pixels', async () => {
  for (const [name, fragment] of states()) {
    const { page, context } = await openWidget(browser, server.url, fragment);
    const small = await page.locator('.sm-root').evaluate((root) => [...root.querySelectorAll('button, select, input, a')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ el, r }) => `${el.tagName}.${el.className} "${el.textContent.slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`));
    assert.deepEqual(small, [], name);
    await context.close();
  }
});

test('with the reader’s text at twice the usual size on a 320 or 390 px phone, no view scrolls the page sideways, in either language', async () => {
  for (const [lang, width] of [['en', 320], ['uk', 320], ['en', 390], ['uk', 390]]) {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    for (const [name, fragment] of states()) {
      await page.goto('about:blank');
      await page.goto(`${server.url}${PAGES[lang]}#${fragment}`);
      await widgetReady(page);
      assert.equal(await page.locator('.sm-root').evaluate((el) => getComputedStyle(el).fontSize), '32px');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${name} in ${lang} at ${width} px overflows by ${overflow}px`);
    }
    await context.close();
  }
});

test('with the reader’s text at twice the usual size on a 320 px phone, boxes inside boxes leave quotes and stances room for words, and every tab’s label shows whole', async () => {
  const issue = data.issues.find((i) => data.stances.some((s) => s.issue === i.id && s.quote));
  const option = data.options.find((o) => data.reactions.some((r) => r.option === o.id && r.quote));
  for (const lang of ['en', 'uk']) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    for (const fragment of [`issues/${issue.id}`, `scenarios/${data.scenarios[0].id}`, `deal?deal=${option.issue}.${option.id}`]) {
      await page.goto('about:blank');
      await page.goto(`${server.url}${PAGES[lang]}#${fragment}`);
      await widgetReady(page);
      await page.locator('[role=tabpanel]:not([hidden]) .sm-quote').first().waitFor();
      // Each box's width for its text, in the reader's ems: a word of ten letters fits on a line.
      const narrow = await page.locator('[role=tabpanel]:not([hidden])').evaluate((panel) => {
        const em = parseFloat(getComputedStyle(panel).fontSize);
        return [...panel.querySelectorAll('.sm-quote blockquote, .sm-stance, .sm-verdict, .sm-reaction, .sm-cell-detail, .sm-disclosure-heading button, .sm-scenario')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => { const style = getComputedStyle(el); return [el.className || el.tagName, (el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / em]; })
          .filter(([, width]) => width < 5).map(([name, width]) => `${name}: ${width.toFixed(1)} em`);
      });
      assert.deepEqual(narrow, [], `${fragment} in ${lang}`);
      const cut = await page.locator('[role=tablist]').evaluate((strip) => [...strip.querySelectorAll('[role=tab]')]
        .filter((tab) => tab.getBoundingClientRect().width > strip.clientWidth + 1).map((tab) => tab.textContent));
      assert.deepEqual(cut, [], `tabs wider than their strip in ${lang}`);
    }
    await context.close();
  }
});

test('with the reader’s text at twice the usual size, the deal’s radio buttons and the matrix’s checkboxes grow with their labels', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  for (const [fragment, box] of [['deal', '.sm-radio input'], ['matrix', '.sm-check input']]) {
    await page.goto('about:blank');
    await page.goto(`${server.url}#${fragment}`);
    await widgetReady(page);
    const [size, font] = await page.locator(box).first().evaluate((input) => [input.getBoundingClientRect().height, parseFloat(getComputedStyle(input.parentElement.querySelector('label')).fontSize)]);
    assert.ok(font >= 28 && size >= font * 1.4, `${fragment}: a ${size} px box beside ${font} px words`);
  }
  await context.close();
});

for (const [width, lang] of [[320, 'en'], [768, 'en'], [1280, 'en'], [320, 'uk'], [1280, 'uk']]) {
  test(`at ${width} px no view scrolls the page sideways, in ${lang} (screenshots in target/screenshots)`, async () => {
    for (const [name, fragment] of states()) {
      const { page, context } = await openWidget(browser, server.url + PAGES[lang], fragment, { viewport: { width, height: 900 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${name} at ${width}px in ${lang} overflows by ${overflow}px`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-${lang}.png`), fullPage: true });
      await context.close();
    }
  });
}

test('a deal option is described by who put it on the table, chosen or not, and a citation reads as words', async () => {
  const option = data.options.find((o) => data.options.filter((p) => p.issue === o.issue).length > 1);
  const other = data.options.find((o) => o.issue === option.issue && o !== option);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${option.issue}.${option.id}`);
  await page.locator('.sm-option-detail').first().waitFor();
  const cdp = await context.newCDPSession(page);
  const radio = async (label) => (await cdp.send('Accessibility.getFullAXTree')).nodes.find((n) => !n.ignored && n.role?.value === 'radio' && n.name?.value === label);
  const chosen = await radio(option.label);
  assert.equal(chosen.properties.find((p) => p.name === 'checked')?.value.value, 'true');
  assert.equal(chosen.description?.value, option.proposed_by, 'the chosen one: its proposer, not its whole detail again on every arrow press');
  assert.equal((await radio(other.label)).description?.value, other.proposed_by);
  // The detail's citation, as one line of text: "Source: <headline>", never run together, no separator read out.
  const citation = (await page.locator('.sm-option-detail .sm-citation').evaluate((el) => el.innerText)).replace(/\s+/g, ' ').trim();
  assert.match(citation, /^Source: \S/);
  await context.close();
});

/** The focused element's and the deal summary's boxes, once the frame after the key's has been painted. */
const settled = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => {
  const root = document.querySelector('[data-stancemap]').shadowRoot;
  const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
  resolve([box(root.activeElement), box(root.querySelector('.sm-deal-summary'))]);
})))));

test('moving up through the deal’s choices and its result, the focused one is never under the summary that stays in sight', async () => {
  // Every issue decided, each with the option the most actors react to: a long summary.
  const reacting = (o) => data.reactions.filter((r) => r.option === o.id).length;
  const deal = [...new Set(data.options.map((o) => o.issue))]
    .map((issue) => data.options.filter((o) => o.issue === issue).sort((a, b) => reacting(b) - reacting(a))[0])
    .map((o) => `${o.issue}.${o.id}`).join(',');
  for (const [page_, size] of [['', { width: 1280, height: 800 }], ['index.uk.html', { width: 768, height: 1024 }]]) {
    const { page, context } = await openWidget(browser, server.url + page_, `deal?deal=${deal}`, { viewport: size });
    const radios = page.locator('.sm-deal-choices input[type=radio]');
    await radios.last().focus();
    const groups = await page.locator('.sm-deal-choices fieldset').count();
    for (let i = 1; i < groups; i++) {
      await page.keyboard.press('Shift+Tab');
      const [focused, summary] = await settled(page);
      assert.ok(focused.top >= summary.bottom || focused.bottom <= summary.top, `${page_ || 'English'}: choice ${i} from the end is under the summary (${JSON.stringify({ focused, summary })})`);
    }
    // Arrow keys change the package, and the summary grows or shrinks with it: still clear of the choice.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
      const [focused, summary] = await settled(page);
      assert.ok(focused.top >= summary.bottom || focused.bottom <= summary.top, `${page_ || 'English'}: after arrow key ${i + 1} the choice is under the summary`);
    }
    // Up through the result's links and buttons, from its last.
    await page.locator('.sm-deal-result').locator('a, button').last().focus();
    let steps = 0;
    while (await page.evaluate(() => !!document.querySelector('[data-stancemap]').shadowRoot.activeElement?.closest('.sm-deal-result'))) {
      const [focused, summary] = await settled(page);
      assert.ok(focused.top >= summary.bottom || focused.bottom <= summary.top, `${page_ || 'English'}: the result's control ${steps} from the end is under the summary`);
      await page.keyboard.press('Shift+Tab');
      steps++;
    }
    assert.ok(steps > 5, `${steps} controls in the result`);
    await context.close();
  }
});

test('panels rendered ahead stay out of reach until their tab opens: no screen reader, no Tab key', async () => {
  const { page, context } = await openWidget(browser, server.url);
  const tabs = await page.locator('[role=tab]').count();
  await page.locator('[role=tablist]').hover(); // the reader reaches for the widget
  await page.waitForFunction((n) => document.querySelector('[data-stancemap]').shadowRoot.querySelectorAll('.sm-panel').length === n, tabs);
  const caption = (await page.locator('#sm1-panel-matrix caption').textContent()).trim();
  const question = (await page.locator('#sm1-panel-faq .sm-disclosure-title').first().textContent()).trim();
  const cdp = await context.newCDPSession(page);
  const exposed = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
  let names = await exposed();
  assert.ok(!names.includes(caption), 'the matrix, rendered ahead, is not read out');
  assert.ok(!names.includes(question), 'nor the FAQ');
  // Tab goes through the panel on screen to the footer, never into one rendered ahead.
  const panels = new Set();
  let where = null;
  for (let i = 0; i < 300 && where !== 'footer'; i++) {
    await page.keyboard.press('Tab');
    where = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.closest('.sm-panel')?.id ?? (active?.closest('.sm-footer') ? 'footer' : null);
    });
    panels.add(where);
  }
  assert.equal(where, 'footer', 'Tab reached the footer');
  assert.deepEqual([...panels].filter((p) => p?.startsWith('sm1-panel')), ['sm1-panel-overview']);
  await page.locator('#sm1-tab-matrix').click();
  names = await exposed();
  assert.ok(names.includes(caption), 'once its tab is open, the matrix is read out');
  await context.close();
});

test('in an engine without CSS light-dark() (Safari before 17.5, Chrome before 123, Firefox ESR 115), every colour is as in one with it, the focus ring and the dark theme too', async () => {
  /** Every element's colours in the matrix with a cell focused from the keyboard, with the reader's `settings` and at `address`, with the stylesheet as built or as such an engine reads it. */
  let rewritten = 0;
  const colours = async (settings, address, older) => {
    // (No transition midway through a read: both runs read every colour at its end.)
    const context = await browser.newContext({ ...settings, reducedMotion: 'reduce' });
    // An unknown function stands for light-dark() there.
    if (older) await context.route('**/stancemap.css', async (route) => {
      const response = await route.fetch();
      rewritten += 1;
      await route.fulfill({ response, body: (await response.text()).replaceAll('light-dark(', 'light-dusk(') });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${address}#matrix`);
    await widgetReady(page);
    await page.locator('.sm-cell').first().focus();
    await page.keyboard.press('ArrowRight');
    // Each element shown, by its place in the tree (panels rendered ahead, hidden, come when the browser is idle).
    const seen = new Map(await page.locator('.sm-root').evaluate((root) => [root, ...root.querySelectorAll('*')].filter((el) => el.checkVisibility()).map((el) => {
      const style = getComputedStyle(el);
      let place = '';
      for (let at = el; at !== root; at = at.parentElement) place = `${at.tagName}${at.id ? `#${at.id}` : `:${[...at.parentElement.children].indexOf(at)}`}/${place}`;
      return [place, `${el.tagName}.${el.className}: ${['color', 'background-color', 'border-top-color', 'outline-color', 'outline-style'].map((p) => style.getPropertyValue(p)).join(' ')}`];
    })));
    await context.close();
    return seen;
  };
  const settings = [[{ colorScheme: 'light' }, ''], [{ colorScheme: 'dark' }, ''], [{ colorScheme: 'light' }, '?theme=dark'], [{ colorScheme: 'dark' }, '?theme=light'], [{ colorScheme: 'dark', contrast: 'more' }, '']];
  for (const [reader, address] of settings) {
    const [current, older] = [await colours(reader, address, false), await colours(reader, address, true)];
    const at = `${JSON.stringify(reader)}${address}`;
    const both = [...current.keys()].filter((place) => older.has(place));
    assert.ok(both.length > 500 && both.some((place) => current.get(place).includes(' solid')), `${at}: the matrix and a focus ring read`);
    const differing = both.filter((place) => current.get(place) !== older.get(place));
    assert.deepEqual(differing.map((place) => current.get(place)), [], `${at}: ${differing.length} elements’ colours differ, e.g. ${older.get(differing[0])}`);
  }
  assert.equal(rewritten, settings.length, 'each older engine read the stylesheet as such an engine reads it');
});

test('on a 320 px phone, at the usual text size and at twice it, a glossary term reads as the sentence around it: a term that wraps starts each line at its start, as far apart as the text’s, and what follows it never begins a line', async () => {
  const views = [...data.issues.map((i) => `issues/${i.id}`), ...data.faq.map((q) => `faq/${q.id}`)];
  for (const [lang, size] of [['en', 16], ['uk', 16], ['en', 32], ['uk', 32]]) {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: size } });
    await page.goto(`${server.url}${PAGES[lang]}#${views[0]}`);
    await widgetReady(page);
    let terms = 0;
    const problems = [];
    for (const view of views) {
      await page.evaluate((hash) => { location.hash = hash; }, view);
      // (The view's own card or answer, not the one before, which may still be open.)
      const region = page.locator(`#sm1-${view.replace('issues/', 'issue-').replace('/', '-')}-region:not([hidden])`);
      await region.waitFor();
      const [seen, found] = await region.evaluate((body) => {
        const found = [];
        const terms = [...body.querySelectorAll('button.sm-term')];
        for (const term of terms) {
          const range = document.createRange();
          range.selectNodeContents(term);
          const lines = [...range.getClientRects()];
          const [start, em] = [term.getBoundingClientRect().left + parseFloat(getComputedStyle(term).paddingLeft), parseFloat(getComputedStyle(term).fontSize)];
          lines.forEach((line, i) => {
            if (line.left - start > 2) found.push(`“${term.textContent}”: its line ${i + 1} starts ${Math.round(line.left - start)} px in`);
            if (i > 0 && line.top - lines[i - 1].top < 1.4 * em) found.push(`“${term.textContent}”: lines ${Math.round(line.top - lines[i - 1].top)} px apart in ${em} px text`);
          });
          // What follows it, where it is not a space: on the term's last line.
          const next = term.nextSibling;
          if (next?.nodeType === Node.TEXT_NODE && /^\S/.test(next.textContent)) {
            range.setStart(next, 0);
            range.setEnd(next, 1);
            const after = range.getBoundingClientRect();
            if (after.top > lines.at(-1).bottom - 2) found.push(`“${term.textContent}” ends a line; “${next.textContent.slice(0, 12)}…” begins the next`);
            if (after.right > term.closest('p').getBoundingClientRect().right + 1) found.push(`“${next.textContent.slice(0, 12)}…” after “${term.textContent}” runs past the column`);
          }
        }
        return [terms.length, found];
      });
      terms += seen;
      problems.push(...found.map((f) => `${view}: ${f}`));
    }
    assert.ok(terms > 20, `${lang}: the terms read (${terms})`);
    assert.deepEqual(problems, [], `${lang} at ${size} px`);
    await context.close();
  }
});

test('in a contrast theme, light or dark, the matrix’s marks of a deal’s conflicts keep a shape of their own: a ring where their fill is dropped', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openWidget(browser, server.url, `matrix?deal=${builtDeal(data)}`, { forcedColors: 'active', colorScheme });
    const marks = await page.locator('.sm-cell-conflict, .sm-cell-disputed, .sm-cell-read').evaluateAll((els) => els.map((el) => {
      const [own, cell] = [getComputedStyle(el), getComputedStyle(el.closest('.sm-cell') ?? el.parentElement)];
      const ring = own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) >= 1 && own.outlineColor !== cell.backgroundColor;
      const fill = !['rgba(0, 0, 0, 0)', cell.backgroundColor].includes(own.backgroundColor);
      return `${el.className} “${el.textContent}”: ${ring || fill ? 'set apart' : 'a bare glyph'}`;
    }));
    assert.ok(marks.some((m) => m.startsWith('sm-cell-conflict ')), `${colorScheme}: a plain conflict is marked`);
    assert.deepEqual(marks.filter((m) => m.endsWith('a bare glyph')), [], colorScheme);
    await context.close();
  }
});

// The journeys that matter, written once and run in Chromium, Firefox and
// WebKit: every view from its link, tabs and the back button, the keyboard,
// a matrix cell, the FAQ search, the prerendered first view taken over, the
// article page (iframe height, Back with the iframe scrolled away except in
// WebKit, direct mounts), the Ukrainian edition and its language switch,
// and the no-JS fallback.
// Checks that need Chromium's DevTools protocol or APIs the other engines lack
// (axe through Playwright, CPU throttling, layout-shift entries for the
// takeover, held-back requests) stay in tests/e2e/, which runs in Chromium.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import { serve, serveDist, shippedData, catalogue, EXAMPLES } from '../e2e/harness.mjs';
import { ENGINES, inWidget, ready, selectedTab } from './engines.mjs';

let widget, article, data, ukrainian;
before(async () => {
  widget = await serveDist();
  article = await serve({ mounts: { '/': EXAMPLES }, widget: widget.url });
  data = shippedData();
  ukrainian = catalogue('uk');
});
after(async () => { await Promise.all([widget, article].map((s) => s?.close())); });

let visit = 0;
/** Loads the standalone page at `fragment`, fresh (a new query string forces a load), and waits for the app. */
async function open(driver, fragment = '') {
  visit += 1;
  await driver.get(`${widget.url}?visit=${visit}${fragment ? `#${fragment}` : ''}`);
  // The new page: `ready` alone would also take the one before it, if a driver answered before it was replaced.
  await driver.wait(async () => (await driver.executeScript('return location.search')) === `?visit=${visit}`, 20000);
  return ready(driver);
}

/** The element inside the widget that `selector` finds, as a WebDriver element. */
const find = (driver, selector) => inWidget(driver, 'return root.querySelector(arguments[0])', selector);

for (const engine of ENGINES) {
  describe(engine.name, () => {
    let session, driver;
    before(async () => { session = await engine.start(); driver = session.driver; });
    after(async () => { await session?.stop(); });

    test(`${engine.name}: every view opens from its link`, async () => {
      const cases = [['', 'Overview'], ['issues/territory', 'Issues'], ['actors/russia', 'Actors'], ['matrix', 'Who wants what'],
        [`scenarios/${data.scenarios[0].id}`, 'Scenarios'], ['deal', 'Build a deal'], [`faq/${data.faq[0].id}`, 'FAQ'], ['sources', 'Sources']];
      for (const [fragment, tab] of cases) assert.equal(await open(driver, fragment), tab, fragment);
      await open(driver, 'issues/territory');
      assert.equal(await inWidget(driver, "return root.querySelector('#sm1-issue-territory-button').getAttribute('aria-expanded')"), 'true');
    });

    test(`${engine.name}: the Ukrainian page is Ukrainian, and the footer switch changes language in place`, async () => {
      visit += 1;
      await driver.get(`${widget.url}index.uk.html?visit=${visit}#matrix`);
      assert.equal(await ready(driver), ukrainian['tab.matrix']);
      assert.equal(await inWidget(driver, "return root.querySelector('.sm-root').getAttribute('lang')"), 'uk');
      // The switch is in the footer, below the fold: the keyboard reaches it in every engine.
      await inWidget(driver, "root.querySelector('.sm-switch button[lang=en]').focus()");
      await driver.actions().sendKeys(Key.ENTER).perform();
      await driver.wait(() => inWidget(driver, "return root.querySelector('.sm-root').getAttribute('lang') === 'en'"), 10000);
      assert.equal(await selectedTab(driver), 'Who wants what', 'the view is kept');
      assert.match(await driver.getCurrentUrl(), /\/index\.html\?visit=\d+#matrix$/, 'the address is the page in that language');
    });

    test(`${engine.name}: an English quotation in the Ukrainian edition stands in the edition's marks, «»`, async () => {
      visit += 1;
      await driver.get(`${widget.url}index.uk.html?visit=${visit}#sources`);
      await ready(driver);
      // A headline the sources quote in English, measured on one line against
      // the same words set in «» and in “”, in a font where they differ in width.
      const widths = await inWidget(driver, `
        const quote = root.querySelector('.sm-panel:not([hidden]) q[lang=en]');
        const measure = (node) => {
          Object.assign(node.style, { position: 'absolute', width: 'max-content', whiteSpace: 'nowrap', font: '40px sans-serif' });
          quote.parentElement.append(node);
          const width = node.getBoundingClientRect().width;
          node.remove();
          return width;
        };
        const copy = quote.cloneNode(true);
        const inMarks = (open, close) => Object.assign(document.createElement('span'), { textContent: open + quote.textContent + close });
        return { quote: measure(copy), guillemets: measure(inMarks('«', '»')), english: measure(inMarks('“', '”')) };`);
      assert.ok(Math.abs(widths.guillemets - widths.english) > 2, `the marks can be told apart: ${JSON.stringify(widths)}`);
      assert.ok(Math.abs(widths.quote - widths.guillemets) < Math.abs(widths.quote - widths.english), JSON.stringify(widths));
    });

    test(`${engine.name}: the prerendered first view gives way to the app, which stands alone`, async () => {
      await open(driver);
      const state = await inWidget(driver, `return {
        mounts: root.querySelectorAll('.sm-mount').length,
        prerendered: root.querySelectorAll('[data-prerendered]').length,
        title: root.querySelector('.sm-title').textContent,
        shown: root.querySelector('.sm-root').getBoundingClientRect().height > 0,
      }`);
      assert.deepEqual(state, { mounts: 1, prerendered: 0, title: data.meta.title, shown: true });
    });

    test(`${engine.name}: tabs switch with a click and the back button returns`, async () => {
      await open(driver);
      await (await find(driver, '#sm1-tab-matrix')).click();
      await driver.wait(async () => (await selectedTab(driver)) === 'Who wants what', 5000);
      // Its entry is written once the view is painted: a Back to it needs it there.
      await driver.wait(async () => (await driver.getCurrentUrl()).endsWith('#matrix'), 5000, 'the address names the tab');
      await (await find(driver, '#sm1-tab-faq')).click();
      await driver.wait(async () => (await selectedTab(driver)) === 'FAQ', 5000);
      await driver.wait(async () => (await driver.getCurrentUrl()).endsWith('#faq'), 5000, 'the address names the tab');
      await driver.navigate().back();
      await driver.wait(async () => (await selectedTab(driver)) === 'Who wants what', 5000);
    });

    test(`${engine.name}: the keyboard moves between tabs and opens and closes a matrix cell`, async () => {
      await open(driver);
      await inWidget(driver, "root.querySelector('#sm1-tab-overview').focus()");
      await driver.actions().sendKeys(Key.ARROW_RIGHT).perform();
      await driver.wait(async () => (await selectedTab(driver)) === 'Issues', 5000);
      assert.equal(await inWidget(driver, 'return root.activeElement.id'), 'sm1-tab-issues');

      const stance = data.stances.find((s) => s.quote && data.stances.filter((x) => x.actor === s.actor && x.issue === s.issue).length === 1);
      await open(driver, 'matrix');
      const cell = `#sm1-cell-${stance.actor}--${stance.issue}`;
      await inWidget(driver, 'root.querySelector(arguments[0]).focus()', cell);
      await driver.actions().sendKeys(Key.ENTER).perform();
      await driver.wait(() => inWidget(driver, "return !!root.querySelector('.sm-cell-detail')"), 5000);
      const detail = await inWidget(driver, "return root.querySelector('.sm-cell-detail').textContent");
      assert.ok(detail.includes(stance.quote.text), 'the quote');
      assert.ok(detail.includes(data.sources.find((s) => s.id === stance.source).headline), 'its source');
      await driver.actions().sendKeys(Key.ESCAPE).perform();
      await driver.wait(() => inWidget(driver, "return !root.querySelector('.sm-cell-detail')"), 5000);
      assert.equal(await inWidget(driver, 'return root.activeElement.id'), cell.slice(1), 'focus returns to the cell');
    });

    test(`${engine.name}: the keyboard never reaches into hidden panels, and a link to another tab takes focus there`, async () => {
      await open(driver);
      // Every panel rendered ahead, hidden: the Tab key walks the overview, its footer, and nothing else.
      await driver.wait(() => inWidget(driver, "return root.querySelectorAll('.sm-panel').length === root.querySelectorAll('[role=tab]').length && !root.querySelector('[data-laying-out]')"), 10000);
      await inWidget(driver, "root.querySelector('#sm1-tab-overview').focus()");
      const stops = [];
      for (let i = 0; i < 40; i++) {
        await driver.actions().sendKeys(Key.TAB).perform();
        stops.push(await inWidget(driver, "const a = root.activeElement; return a ? (a.closest('.sm-panel[hidden]') ? 'HIDDEN ' : '') + (a.id || a.textContent.trim().slice(0, 30)) : 'outside'"));
      }
      assert.ok(stops.includes('Dark'), `the walk went through the overview to the footer's switches: ${stops.join(' | ')}`);
      assert.deepEqual(stops.filter((s) => s.startsWith('HIDDEN')), [], 'no focus stop in a hidden panel');
      // The footer's link to the sources: focus follows to the Sources panel, on screen.
      await inWidget(driver, "root.querySelector('.sm-footer a.sm-link').focus()");
      await driver.actions().sendKeys(Key.ENTER).perform();
      await driver.wait(async () => (await selectedTab(driver)) === 'Sources', 5000);
      await driver.wait(() => inWidget(driver, "return root.activeElement?.id === 'sm1-panel-sources'"), 5000);
      const top = await inWidget(driver, "return root.querySelector('#sm1-panel-sources').getBoundingClientRect().top");
      assert.ok(top > -1 && top < await driver.executeScript('return innerHeight'), `the panel is on screen (${top} px)`);
    });

    test(`${engine.name}: a card closed again keeps its content out of reach of the keyboard and screen readers, and opens as it was`, async () => {
      await open(driver, 'issues');
      const first = "root.querySelector('.sm-disclosure-heading button')";
      const body = `root.getElementById(${first}.getAttribute('aria-controls'))`;
      const state = () => inWidget(driver, `const b = ${body}; return [${first}.getAttribute('aria-expanded'), b.getAttribute('aria-hidden'), b.textContent.length]`);
      const toggle = async (expanded) => {
        await inWidget(driver, `${first}.click()`);
        await driver.wait(async () => (await state())[0] === String(expanded), 5000);
      };
      await toggle(true);
      // Its stances are drawn a few at a time: read it once it holds one for every actor with a stance on the issue.
      const stated = new Set(data.stances.filter((s) => s.issue === data.issues[0].id).map((s) => s.actor)).size;
      await driver.wait(async () => await inWidget(driver, `return ${body}.querySelectorAll('.sm-stance').length`) === stated, 5000, 'the open card is drawn whole');
      const [, , length] = await state();
      assert.equal((await state())[1], null, 'an open body is read out');
      assert.ok(length > 0, 'the open body has its content');
      await toggle(false);
      assert.equal((await state())[1], 'true', 'a closed body is hidden from screen readers');
      // The Tab key goes from the card's button to the next card's, past what the closed body holds.
      await inWidget(driver, `${first}.focus()`);
      await driver.actions().sendKeys(Key.TAB).perform();
      const stop = await inWidget(driver, "const a = root.activeElement; return a ? (a.closest('.sm-disclosure-body[hidden]') ? 'IN CLOSED BODY ' : '') + a.id : 'outside'");
      assert.ok(!stop.startsWith('IN CLOSED BODY'), `the Tab key stops at ${stop}`);
      await toggle(true);
      assert.deepEqual(await state(), ['true', null, length], 'opened again: the same content, read out');
    });

    test(`${engine.name}: a deal is built with the keyboard, and its red line is named with its quote`, async () => {
      const red = data.reactions.find((r) => r.reaction === 'red-line');
      const option = data.options.find((o) => o.id === red.option);
      await open(driver, 'deal');
      await inWidget(driver, 'root.querySelector(arguments[0]).focus()', `#sm1-choice-${option.issue}`);
      const options = data.options.filter((o) => o.issue === option.issue);
      for (let i = 0; i <= options.indexOf(option); i++) await driver.actions().sendKeys(Key.ARROW_DOWN).perform();
      await driver.wait(async () => (await driver.getCurrentUrl()).endsWith(`#deal?deal=${option.issue}.${option.id}`), 5000);
      const actor = data.actors.find((a) => a.id === red.actor).name;
      assert.ok((await inWidget(driver, "return root.querySelector('.sm-deal-summary').textContent")).includes(`${actor} on “${option.label}”`));
      const quotes = await inWidget(driver, "return [...root.querySelectorAll('.sm-reaction-red-line blockquote')].map((q) => q.textContent)");
      assert.ok(quotes.includes(red.quote.text));
    });

    test(`${engine.name}: "Leave everything open", far below the choices, leaves focus on the first choice, in view`, async () => {
      const first = data.issues.find((i) => data.options.some((o) => o.issue === i.id));
      const two = data.issues.filter((i) => data.options.some((o) => o.issue === i.id)).slice(0, 2).map((i) => `${i.id}.${data.options.find((o) => o.issue === i.id).id}`);
      const { width, height } = await driver.manage().window().getRect();
      await driver.manage().window().setRect({ width: 760, height: 900 });
      try {
        await open(driver, `deal?deal=${two.join(',')}`);
        const clear = await find(driver, '.sm-deal-result button.sm-button');
        await inWidget(driver, "root.querySelector('.sm-deal-result button.sm-button').scrollIntoView()");
        await clear.click();
        await driver.wait(() => inWidget(driver, 'return root.activeElement?.id === arguments[0]', `sm1-choice-${first.id}`), 5000);
        // Once the browser has scrolled to it (WebKit does so after the focus).
        await driver.wait(() => inWidget(driver, 'const top = root.activeElement.getBoundingClientRect().top; return top >= 0 && top < innerHeight'), 5000);
      } finally {
        await driver.manage().window().setRect({ width, height });
      }
    });

    const stopWhileItScrolls = "const s = root.querySelector('.sm-matrix-scroll'); return (s.scrollWidth > s.clientWidth) === (s.getAttribute('tabindex') === '0')";
    test(`${engine.name}: a matrix that scrolls sideways is a stop for Tab, and only then; arrow keys keep the focused cell in its box and clear of the actors' column`, async () => {
      const { width, height } = await driver.manage().window().getRect();
      await driver.manage().window().setRect({ width: 700, height: 900 });
      try {
        // Rendered ahead, hidden, then shown: the box that scrolls is a stop for Tab.
        await open(driver);
        await driver.wait(() => inWidget(driver, "return root.querySelectorAll('.sm-panel').length === root.querySelectorAll('[role=tab]').length && !root.querySelector('[data-laying-out]')"), 10000);
        await inWidget(driver, "root.querySelector('#sm1-tab-matrix').click()");
        await driver.wait(() => inWidget(driver, "const s = root.querySelector('.sm-matrix-scroll'); return s.scrollWidth > s.clientWidth && s.getAttribute('tabindex') === '0'"), 5000, 'the box rendered ahead is a stop once shown');
        await open(driver, 'matrix');
        const box = await inWidget(driver, "const s = root.querySelector('.sm-matrix-scroll'); return s.scrollWidth - s.clientWidth");
        assert.ok(box > 0, 'the table scrolls sideways at this width');
        await driver.wait(() => inWidget(driver, stopWhileItScrolls), 5000, 'the box that scrolls is a stop for Tab');
        await inWidget(driver, "root.querySelector('.sm-table button.sm-cell').focus()");
        for (const key of [...Array(7).fill(Key.ARROW_RIGHT), ...Array(5).fill(Key.ARROW_LEFT)]) {
          await driver.actions().sendKeys(key).perform();
          const place = await inWidget(driver, `const cell = root.activeElement, at = cell.getBoundingClientRect();
            const column = cell.closest('tr').firstElementChild.getBoundingClientRect(), view = cell.closest('.sm-matrix-scroll').getBoundingClientRect();
            return { id: cell.id, under: Math.round(column.right - at.left), past: Math.round(at.right - view.right) }`);
          assert.ok(place.under <= 0 && place.past <= 0, JSON.stringify(place));
        }
      } finally {
        await driver.manage().window().setRect({ width, height });
      }
      // At the window's own width (where the table fits, in Chromium at least), still a stop only if it scrolls.
      await driver.wait(() => inWidget(driver, stopWhileItScrolls), 5000, 'the box is a stop for Tab only while it scrolls');
    });

    test(`${engine.name}: the Sources view loads the corrections when asked, newest first`, async () => {
      await open(driver, 'sources');
      await (await find(driver, '.sm-corrections-block > button')).click();
      await driver.wait(async () => (await inWidget(driver, "return root.querySelectorAll('.sm-correction').length")) === data.corrections.length, 10000);
      const dates = await inWidget(driver, "return [...root.querySelectorAll('.sm-correction time')].map((t) => t.getAttribute('datetime'))");
      assert.deepEqual(dates, [...dates].sort().reverse());
    });

    test(`${engine.name}: on a phone-sized window the matrix shows one issue with every actor, and nothing scrolls sideways`, async () => {
      const { width, height } = await driver.manage().window().getRect();
      await driver.manage().window().setRect({ width: 390, height: 844 });
      try {
        await open(driver, 'matrix');
        const phone = await inWidget(driver, `return {
          table: root.querySelector('.sm-matrix-scroll').getBoundingClientRect().height,
          title: root.querySelector('.sm-matrix-phone h3').textContent,
          rows: root.querySelectorAll('.sm-phone-list li').length,
          sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }`);
        assert.deepEqual(phone, { table: 0, title: data.issues[0].title, rows: data.actors.length, sideways: 0 });
      } finally {
        await driver.manage().window().setRect({ width, height });
      }
    });

    test(`${engine.name}: the FAQ search filters as the reader types`, async () => {
      await open(driver, 'faq');
      await (await find(driver, 'input[type=search]')).sendKeys('NATO');
      const expected = data.faq.filter((q) => `${q.question} ${q.answer}`.toLowerCase().includes('nato')).length;
      assert.ok(expected > 0 && expected < data.faq.length, 'the data has matching and other questions');
      await driver.wait(async () => (await inWidget(driver, "return root.querySelectorAll('.sm-faq-item').length")) === expected, 5000);
    });

    /** Waits until the article's iframe `frame` is as tall as the widget's content in it. */
    const fitted = (frame, message) => driver.wait(async () => {
      await driver.switchTo().frame(frame);
      const inner = await driver.executeScript("const h = document.querySelector('[data-stancemap]'); return h.hasAttribute('data-stancemap-ready') ? Math.ceil(h.getBoundingClientRect().height) : -1");
      await driver.switchTo().defaultContent();
      const outer = await driver.executeScript('return arguments[0].clientHeight', frame);
      return inner > 0 && Math.abs(inner - outer) <= 2;
    }, 15000, message);

    test(`${engine.name}: on a news article the iframe takes its content's height and the direct mounts work`, async () => {
      await driver.get(`${article.url}article.html`);
      const frame = await driver.findElement({ css: 'iframe[data-stancemap-embed]' });
      await driver.executeScript('arguments[0].scrollIntoView()', frame);
      await fitted(frame, 'the iframe matches its content height');
      const mounts = () => driver.executeScript("return [...document.querySelectorAll('div[data-stancemap]')].map((h) => h.hasAttribute('data-stancemap-ready') && h.shadowRoot.querySelector('[role=tab][aria-selected=true]').textContent)");
      await driver.wait(async () => (await mounts()).every(Boolean), 15000);
      assert.deepEqual(await mounts(), ['Issues', 'FAQ']);
      // By keyboard: WebKitWebDriver will not click inside this page's mounts (the standalone page's tabs are clicked above).
      await driver.executeScript("document.querySelectorAll('div[data-stancemap]')[0].shadowRoot.querySelector('#sm1-tab-sources').focus()");
      await driver.actions().sendKeys(Key.ENTER).perform();
      await driver.wait(async () => (await mounts())[0] === 'Sources', 5000);
      assert.equal((await mounts())[1], 'FAQ', 'the other widget is untouched');
    });

    // (Not in WebKit: there, driven by WebKitWebDriver, a view opened in the
    // iframe adds no entry to the article's history, whose length stays as
    // it was, so Back leaves the article.)
    if (engine.name !== 'WebKit') test(`${engine.name}: on a news article, Back pressed with the iframe scrolled away gives it its view's height before the reader scrolls back, and the article stays where the reader scrolls`, async () => {
      await driver.get(`${article.url}article.html`);
      await driver.executeScript("document.body.append(Object.assign(document.createElement('div'), { style: 'height: 6000px' }))");
      const frame = await driver.findElement({ css: 'iframe[data-stancemap-embed]' });
      await driver.executeScript('arguments[0].scrollIntoView()', frame);
      await fitted(frame, 'the iframe matches its content height');
      // The iframe's selected tab, and its address's fragment.
      const selected = async () => {
        await driver.switchTo().frame(frame);
        const tab = await driver.executeScript("return document.querySelector('[data-stancemap]').shadowRoot.querySelector('[role=tab][aria-selected=true]').id + location.hash");
        await driver.switchTo().defaultContent();
        return tab;
      };
      await driver.switchTo().frame(frame);
      await driver.executeScript("document.querySelector('[data-stancemap]').shadowRoot.querySelector('#sm1-tab-actors').click()");
      await driver.switchTo().defaultContent();
      // (Its entry is written once the view is painted: a Back to the one before needs it there.)
      await driver.wait(async () => (await selected()) === 'sm1-tab-actors#actors', 5000, 'the Actors tab, in the address');
      await fitted(frame, 'the iframe fits the actors');
      // The reader reads on, 1,500 px past the widget, and presses Back.
      await driver.executeScript('scrollTo(0, arguments[0].getBoundingClientRect().bottom + scrollY + 1500)', frame);
      await driver.sleep(500);
      await driver.executeScript('history.back()');
      await driver.wait(async () => (await selected()) === 'sm1-tab-matrix#matrix', 5000, 'the matrix again');
      await fitted(frame, 'the iframe, out of view, fits the matrix');
      await driver.executeScript('scrollBy(0, arguments[0].getBoundingClientRect().bottom - 100)', frame);
      await driver.sleep(1500);
      const foot = await driver.executeScript('return arguments[0].getBoundingClientRect().bottom', frame);
      assert.ok(Math.abs(foot - 100) <= 2, `the widget's foot stayed 100 px down the window (at ${Math.round(foot)} px)`);
    });
  });
}

// Only Firefox's driver can turn scripts off (a preference); Chromium's case
// runs in tests/e2e/embedding.test.mjs; WebKitWebDriver offers no such switch.
describe('Firefox without JavaScript', () => {
  test('Firefox without JavaScript: the prerendered first view and the static fallback are there to read', async () => {
    const session = await ENGINES.find((e) => e.name === 'Firefox').start({ javascript: false });
    try {
      await session.driver.get(widget.url);
      const page = await session.driver.executeScript(`const root = document.querySelector('[data-stancemap]').shadowRoot; return {
        title: root.querySelector('.sm-title').textContent,
        shown: root.querySelector('.sm-title').getBoundingClientRect().height > 0,
        rows: document.querySelectorAll('.sm-fallback table tbody tr').length,
        fallbackShown: document.querySelector('.sm-fallback').getBoundingClientRect().height > 0,
      }`).catch(() => null);
      // With scripts off, executeScript itself may be refused; then read the DOM through WebDriver alone.
      if (page) {
        assert.deepEqual(page, { title: data.meta.title, shown: true, rows: data.actors.length, fallbackShown: true });
      } else {
        const rows = await session.driver.findElements({ css: '.sm-fallback table tbody tr' });
        assert.equal(rows.length, data.actors.length);
        assert.ok(await (await session.driver.findElement({ css: '.sm-fallback' })).isDisplayed());
      }
    } finally {
      await session.stop();
    }
  });
});

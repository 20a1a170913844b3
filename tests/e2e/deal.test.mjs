// Build a deal: choices in the link, a summary that names every crossed red
// line and counts the unknown, verdicts with quotes, scenarios loaded into
// it, and its conflicts marked in the matrix. Expectations come from the
// shipped data, never from what the widget computed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openWidget, shippedData, activeId, builtDeal, catalogue, counted, hash, addressNames, focusReaches, slowCpu, within5s, exactly, listen, widgetReady } from './harness.mjs';

let server, browser, data;
before(async () => { server = await serveDist(); browser = await launch(); data = shippedData(); });
after(async () => { await browser?.close(); await server?.close(); });

const summary = (page) => page.locator('.sm-deal-summary').textContent();

/**
 * How the builder gives actor `a`'s position on issue `i` beside options it
 * reports no reaction of `a` to, from the stances and the catalogue `en`
 * (the first stance, how it is given, and how many more read it), or null.
 */
function position(en, a, i) {
  const [first, ...others] = data.stances.filter((s) => s.actor === a.id && s.issue === i.id);
  if (!first) return null;
  const said = en['deal.silent-stance'].replace('{question}', i.proposition).replace('{position}', en[`position.${first.position}`])
    .replace('{basis}', en['deal.silent-basis'].replace('{basis}', en[`basis.${first.basis}`]));
  const more = others.length === 0 ? ')' : `; ${en['cell.more-sources'][others.length === 1 ? 'one' : 'other'].replace('{n}', others.length).split('{positions}')[0]}`;
  return said.replace(/\)$/, more);
}
const option = (id) => data.options.find((o) => o.id === id);
const actor = (id) => data.actors.find((a) => a.id === id);
const issue = (id) => data.issues.find((i) => i.id === id);
/** A package's link as the widget writes it: its choices ordered by issue. */
const byIssue = (link) => link.split(',').sort().join(',');
/** The package a link names: [issue, option] pairs. */
const pairs = (link) => link.split(',').map((p) => p.split('.'));

test('the summary says first how much is unknown, then names each stated red line the package crosses', async () => {
  const link = builtDeal(data);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${link}`);
  const chosen = pairs(link).map(([, o]) => o);
  const redLines = data.reactions.filter((r) => chosen.includes(r.option) && r.reaction === 'red-line');
  assert.ok(redLines.length > 0, 'the package crosses at least one red line');
  const text = await summary(page);
  // Whose red line, on which option (the issue's title alone would leave the reader to work out which).
  for (const r of redLines) assert.ok(text.includes(`${actor(r.actor).name} on “${option(r.option).label}”`), text);
  const known = new Set(data.reactions.filter((r) => chosen.includes(r.option)).map((r) => `${r.actor}/${r.option}`)).size;
  const possible = chosen.length * data.actors.length;
  // How much the sources are silent on comes first: no red line is not "all could live with it".
  const unknown = `Unknown: ${possible - known} of ${possible} possible reactions.`;
  assert.ok(text.startsWith(unknown), text);
  // What a screen reader hears: how many, not which (each is under its actor below).
  const heard = await page.locator('.sm-deal').getByRole('status').textContent();
  const lines = new Set(redLines.map((r) => r.actor + r.option)).size;
  assert.ok(heard.startsWith(`${unknown} Crosses ${lines} stated red line`), heard);
  for (const r of redLines) assert.ok(!heard.includes(option(r.option).label), heard);
  // Each red line is shown under its actor with its quote, word for word.
  for (const r of redLines) {
    const verdict = page.locator('.sm-verdict', { has: page.getByRole('heading', { name: actor(r.actor).name, exact: true }) });
    assert.ok((await verdict.locator('.sm-reaction-red-line blockquote').allTextContents()).includes(r.quote.text));
  }
  await context.close();
});

test('a package that crosses no red line counts its rejections as such, not as other rejections, and how many only a reading graded analysis reports', async () => {
  const kinds = (o) => data.reactions.filter((r) => r.option === o.id).map((r) => r.reaction);
  const rejections = (o) => data.reactions.filter((r) => r.option === o.id && r.reaction === 'rejects');
  const readOnly = (o) => new Set(rejections(o).map((r) => r.actor).filter((a) => rejections(o).filter((r) => r.actor === a).every((r) => r.basis === 'analysis')));
  const o = data.options.find((o) => kinds(o).includes('rejects') && !kinds(o).includes('red-line') && readOnly(o).size > 0);
  assert.ok(o, 'the shipped data has an option rejected with no red line, only by a reading graded analysis');
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${o.issue}.${o.id}`);
  const rejecting = new Set(rejections(o).map((r) => r.actor)).size;
  const read = readOnly(o).size;
  const en = catalogue('en');
  const text = await summary(page);
  const known = new Set(data.reactions.filter((r) => r.option === o.id).map((r) => r.actor)).size;
  assert.ok(text.startsWith(`Unknown: ${data.actors.length - known} of ${data.actors.length} possible reactions. ${en['deal.no-red-line']} `), text);
  const readings = counted(en, read === rejecting ? 'deal.rejections-all-read' : 'deal.rejections-read', read, { grade: en['basis.analysis'] });
  assert.ok(text.includes(counted(en, 'deal.rejections', rejecting, { read: readings })), text);
  assert.doesNotMatch(text, /other/);
  await context.close();
});

test('a package no source reports a reaction to says only that, not that it crosses no red line', async () => {
  const o = data.options.find((o) => !data.reactions.some((r) => r.option === o.id));
  assert.ok(o, 'the shipped data has an option nobody is reported reacting to');
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${o.issue}.${o.id}`);
  const en = catalogue('en');
  const text = await summary(page);
  assert.equal(text, en['deal.no-reaction-known']);
  await context.close();
});

test('unknown is never shown as acceptance: an actor the sources are silent on is listed as such', async () => {
  const link = builtDeal(data);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${link}`);
  const chosen = pairs(link).map(([, o]) => o);
  const silent = data.actors.filter((a) => !data.reactions.some((r) => r.actor === a.id && chosen.includes(r.option)));
  assert.ok(silent.length > 0);
  // Named as labels, one item each, under what they share, each with its
  // position (the current line, the first stance) on the question of each
  // issue the package settles, where it has one, how that source gives it,
  // and how many more sources read it: silence on an option is not silence
  // on the issue, nor a reading the actor's line.
  const en = catalogue('en');
  const list = page.getByRole('list', { name: en['deal.silent'] });
  const items = await list.getByRole('listitem').allTextContents();
  assert.equal(items.length, silent.length);
  let positions = 0;
  silent.forEach((a, n) => {
    const said = chosen.map((o) => position(en, a, issue(option(o).issue))).filter((p) => p);
    if (said.length) assert.ok(items[n].startsWith(en['deal.silent-actor'].replace('{actor}', a.name).split('{stances}')[0]), items[n]);
    else assert.equal(items[n], a.name);
    for (const p of said) assert.ok(items[n].includes(p), `${items[n]} says ${p}`);
    positions += said.length;
  });
  assert.ok(positions > 0, 'an actor silent on the options has a position on a question');
  const accepting = await page.locator('.sm-reaction-accepts').count();
  assert.equal(accepting, data.reactions.filter((r) => chosen.includes(r.option) && r.reaction === 'accepts').length);
  await context.close();
});

test('an actor with a reaction to one option and none to another has its position on what the other settles, where the sources give one', async () => {
  const scenario = data.scenarios.find((s) => s.id === 'demarcation-line') ?? data.scenarios.find((s) => s.settles.filter((x) => x.option).length >= 2);
  const chosen = scenario.settles.filter((x) => x.option).map((x) => x.option);
  const reacts = (a, o) => data.reactions.some((r) => r.actor === a.id && r.option === o);
  const en = catalogue('en');
  const cases = data.actors.filter((a) => chosen.some((o) => reacts(a, o)))
    .map((a) => [a, chosen.filter((o) => !reacts(a, o)).map((o) => position(en, a, issue(option(o).issue))).filter((p) => p)])
    .filter(([, said]) => said.length);
  assert.ok(cases.length > 0, 'the package has an actor with a reaction to one option and a position on what another settles');
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${scenario.settles.filter((x) => x.option).map((x) => `${x.issue}.${x.option}`).join(',')}`);
  for (const [a, said] of cases) {
    const verdict = page.locator('.sm-verdict', { has: page.getByRole('heading', { name: a.name, exact: true }) });
    const text = await verdict.textContent();
    for (const p of said) assert.ok(text.includes(p), `${a.name}: ${text} says ${p}`);
  }
  await context.close();
});

test('where an actor’s sources read an option differently, its verdict says so', async () => {
  // One source reports a conflict (a red line, a rejection), another acceptance (with or without a condition).
  const kinds = (o, a) => new Set(data.reactions.filter((r) => r.option === o && r.actor === a).map((r) => ['red-line', 'rejects'].includes(r.reaction)));
  const split = data.reactions.find((r) => kinds(r.option, r.actor).size > 1);
  assert.ok(split, 'the shipped data has an actor whose sources differ on an option');
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${option(split.option).issue}.${split.option}`);
  const verdicts = page.locator('.sm-deal-result .sm-verdict');
  for (const text of await verdicts.allInnerTexts()) {
    const who = data.actors.find((a) => text.startsWith(a.name));
    const differs = kinds(split.option, who.id).size > 1;
    assert.equal(text.includes(catalogue('en')['deal.differ'].replace('{options}', option(split.option).label)), differs, who.id);
  }
  await context.close();
});

test('an analyst’s reading of an actor’s reaction is headed as a reading, never as the actor’s own answer, in both languages', async () => {
  const read = data.reactions.find((r) => r.basis === 'analysis');
  assert.ok(read, 'the shipped data has a reaction graded analysis');
  const all = data.reactions.filter((r) => r.option === read.option);
  for (const lang of ['en', 'uk']) {
    const words = catalogue(lang);
    const page0 = lang === 'uk' ? `${server.url}index.uk.html` : server.url;
    const { page, context } = await openWidget(browser, page0, `deal?deal=${option(read.option).issue}.${read.option}`);
    const heads = await page.locator('.sm-deal-result .sm-reaction-head strong').allTextContents();
    const expected = all.map((r) => words[r.basis === 'analysis' ? `reaction.read-${r.reaction}` : `reaction.${r.reaction}`]);
    assert.deepEqual(heads.sort(), expected.sort(), lang);
    await context.close();
  }
});

test('the package’s one-line answer stays in sight while choosing where there is room, and not over the choices on a phone, upright or on its side, or on a zoomed laptop', async () => {
  for (const [width, height, sticky] of [[1280, 900, true], [1280, 720, true], [375, 800, false], [844, 390, false], [853, 533, false]]) {
    const { page, context } = await openWidget(browser, server.url, 'deal', { viewport: { width, height } });
    assert.equal(await page.locator('.sm-deal-summary').evaluate((el) => getComputedStyle(el).position), sticky ? 'sticky' : 'static', `${width} × ${height}`);
    await context.close();
  }
});

test('on a phone, a choice below the one chosen before stays under the reader’s finger as that one’s detail closes', async () => {
  // The issue with the most options; its first chosen (its detail open), then its last.
  const issues = data.issues.filter((i) => data.options.filter((o) => o.issue === i.id).length > 2);
  assert.ok(issues.length > 0, 'an issue with three options or more');
  const first = issues[0];
  const options = data.options.filter((o) => o.issue === first.id);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${first.id}.${options[0].id}`, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const chosenBefore = page.locator(`#sm1-choice-${first.id}--${options[0].id}`);
  await page.locator('.sm-radio.sm-chosen .sm-option-detail').first().waitFor();
  const detail = await page.locator('.sm-radio.sm-chosen .sm-option-detail').first().boundingBox();
  assert.ok(detail.height > 40, 'the first option’s detail takes room above the others');
  const target = page.locator(`label[for="sm1-choice-${first.id}--${options.at(-1).id}"]`);
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -200));
  const before = (await target.boundingBox()).y;
  await target.tap();
  await page.locator(`#sm1-choice-${first.id}--${options.at(-1).id}`).and(page.locator(':checked')).waitFor();
  assert.equal(await chosenBefore.isChecked(), false);
  await page.waitForFunction((y0) => {
    const label = document.querySelector('div[data-stancemap]')?.shadowRoot?.querySelector('.sm-radio.sm-chosen label') ?? document.querySelector('.sm-radio.sm-chosen label');
    return label && Math.abs(label.getBoundingClientRect().top - y0) <= 2;
  }, before, { timeout: 5000 }).catch(async () => assert.fail(`the option tapped moved from ${before} to ${(await target.boundingBox()).y} px`));
  await context.close();
});

test('the keyboard alone builds a deal, each change is announced and lands in the link', async () => {
  const { page, context } = await openWidget(browser, server.url, 'deal');
  const first = data.issues.find((i) => data.options.some((o) => o.issue === i.id));
  const options = data.options.filter((o) => o.issue === first.id);
  const result = page.locator('.sm-deal-result');
  assert.equal(await result.locator('.sm-verdicts').count(), 0);
  assert.equal(await result.locator('p').textContent(), catalogue('en')['deal.empty'], 'with nothing chosen, the result says what will appear there');
  await page.locator(`#sm1-choice-${first.id}`).focus();
  // Announced in short, once the reader pauses on a choice: the counts, not every red line's name, and not
  // at every arrow key, over each option's own name. (Every text the status takes is logged.)
  assert.equal(await page.locator('.sm-deal-summary').getAttribute('role'), null, 'the summary on screen is not read again at each change');
  const { log, heard } = listen(page.locator('.sm-deal').getByRole('status'));
  await log();
  await page.keyboard.press('ArrowDown');
  assert.equal(await activeId(page), `sm1-choice-${first.id}--${options[0].id}`);
  assert.ok(await page.locator(`#sm1-choice-${first.id}--${options[0].id}`).isChecked());
  await page.keyboard.press('ArrowDown');
  await addressNames(page, `#deal?deal=${first.id}.${options[1].id}`);
  // What is read out is what a reader opening that package's link hears of it.
  const fresh = await openWidget(browser, server.url, `deal?deal=${first.id}.${options[1].id}`);
  const expected = await fresh.page.locator('.sm-deal').getByRole('status').textContent();
  await fresh.context.close();
  assert.deepEqual(await heard(), [expected], 'read out once, for the option the reader settled on');
  // Back returns to the package before the issue's first choice: the options the arrow keys passed over are
  // not steps of their own; Forward, to the one the reader settled on.
  const checked = (id) => page.waitForFunction((id) => document.querySelector('[data-stancemap]').shadowRoot.getElementById(id)?.checked, id);
  // Focus, on the choice Back or Forward unmade, goes to the one made now in its place.
  await page.goBack();
  await checked(`sm1-choice-${first.id}`);
  assert.equal(await hash(page), '#deal');
  await focusReaches(page, `sm1-choice-${first.id}`, 'Back: focus on the issue left open again');
  await page.goForward();
  await checked(`sm1-choice-${first.id}--${options[1].id}`);
  await focusReaches(page, `sm1-choice-${first.id}--${options[1].id}`, 'Forward: focus on the option chosen again');
  // A choice on another issue is a step of its own, and so is the first issue's next one: Back returns to the
  // package with both.
  const second = data.issues.find((i) => i.id !== first.id && data.options.some((o) => o.issue === i.id));
  const other = data.options.find((o) => o.issue === second.id);
  await page.locator(`#sm1-choice-${second.id}--${other.id}`).check();
  await hash(page);
  await page.locator(`#sm1-choice-${first.id}--${options[0].id}`).check();
  await hash(page);
  await page.goBack();
  await checked(`sm1-choice-${first.id}--${options[1].id}`);
  assert.ok(await page.locator(`#sm1-choice-${second.id}--${other.id}`).isChecked(), 'the other issue’s choice kept');
  await focusReaches(page, `sm1-choice-${first.id}--${options[1].id}`, 'Back: focus on the choice made again');
  // Leaving it open removes the choice from the link.
  await page.locator(`#sm1-choice-${first.id}`).check();
  assert.equal(await hash(page), `#deal?deal=${second.id}.${other.id}`);
  // "Leave everything open" clears the package and puts focus on the first choice.
  await page.locator(`#sm1-choice-${first.id}--${options[0].id}`).check();
  await page.getByRole('button', { name: 'Leave everything open' }).click();
  assert.equal(await hash(page), '#deal');
  assert.equal(await activeId(page), `sm1-choice-${first.id}`);
  assert.equal(await result.locator('p').textContent(), catalogue('en')['deal.empty'], 'and again once the package is cleared');
  await context.close();
});

test('Back and Forward through the reader’s choices never leave focus on an option they unmade: it goes to the choice made in its place, brought into view', async () => {
  const { page, context } = await openWidget(browser, server.url, 'deal', { viewport: { width: 1280, height: 800 } });
  const [first, second] = data.issues.filter((i) => data.options.some((o) => o.issue === i.id));
  const [a, b] = [first, second].map((i) => data.options.find((o) => o.issue === i.id));
  const radio = (i, o) => `sm1-choice-${i.id}${o ? `--${o.id}` : ''}`;
  // Whether focus is on a checked radio in view, never on an unchecked one.
  const checkedInView = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const r = active.getBoundingClientRect();
    return active.type === 'radio' && active.checked && r.top >= -1 && r.bottom <= innerHeight + 1;
  };
  const onChecked = () => within5s(page, `(${checkedInView})()`);
  await page.locator(`#${radio(first, a)}`).check();
  await hash(page);
  // The second issue's choice further down the page: the entry before it keeps the page scrolled there.
  await page.locator(`#${radio(second, b)}`).check();
  await addressNames(page, `#deal?deal=${byIssue(`${first.id}.${a.id},${second.id}.${b.id}`)}`);
  await page.goBack();
  await focusReaches(page, radio(second), 'Back: from the option unmade to the issue left open again');
  assert.ok(await onChecked());
  // Back to no choice puts the page back where the reader made the first,
  // above the second: focus, left below the screen, goes to the choice the
  // step changed.
  await page.goBack();
  await addressNames(page, '#deal');
  await focusReaches(page, radio(first), 'Back to no choice: focus on the first issue left open again');
  assert.ok(await onChecked());
  const inView = (id) => page.evaluate((id) => {
    const r = document.querySelector('[data-stancemap]').shadowRoot.getElementById(id).getBoundingClientRect();
    return r.top >= -1 && r.bottom <= innerHeight + 1;
  }, id);
  assert.ok(!(await inView(radio(second))), 'this layout puts the second issue below the screen there');
  // Forward makes the first issue's choice again; and the second's, where the page is put back far below.
  await page.goForward();
  await focusReaches(page, radio(first, a), 'Forward: focus on the choice made again');
  assert.ok(await onChecked(), 'and in view');
  await page.goForward();
  await focusReaches(page, radio(second, b), 'Forward: focus, scrolled away with the page, on the choice made again');
  assert.ok(await onChecked(), 'and in view');
  // "Leave everything open" is one step that changes both: Back over it
  // leaves focus in the group it was in (here the second's, not the first
  // the step changed), on the choice made there again.
  await page.getByRole('button', { name: 'Leave everything open' }).click();
  await focusReaches(page, radio(first), 'cleared: focus on the first issue left open');
  await page.locator(`#${radio(second)}`).focus();
  await page.goBack();
  await focusReaches(page, radio(second, b), 'Back over the clearing: focus in the group it was in');
  assert.ok(await onChecked(), 'and in view');
  await context.close();
});

test('the package survives a visit to another tab and the back button', async () => {
  const link = builtDeal(data);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${link}`);
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  // The entry is written once the view is painted: Back before then would leave the page.
  await addressNames(page, '#scenarios');
  await page.goBack();
  await page.getByRole('tab', { name: 'Build a deal', selected: true }).waitFor();
  await page.goForward();
  await page.getByRole('tab', { name: 'Scenarios', selected: true }).waitFor();
  await page.getByRole('tab', { name: 'Build a deal' }).click();
  assert.equal(await hash(page), `#deal?deal=${byIssue(link)}`);
  await context.close();
});

/** The catalogue keys an actor's or an option's count line uses for a kind of reaction: as given, and only as read. */
const COUNT_KEYS = { 'red-line': ['count.red-lines'], rejects: ['count.rejections', 'count.read-rejections'], conditional: ['count.conditional', 'count.read-conditional'], accepts: ['count.acceptances', 'count.read-acceptances'] };

/**
 * The reactions of `kind` to option `o`, each key once (`by`: the actor, or
 * the option): [as given, only as read], where only readings graded analysis
 * give it; `of` keeps the reactions counted.
 */
function tally(o, kind, by, of = () => true) {
  const reactions = data.reactions.filter((r) => r.option === o.id && r.reaction === kind && of(r));
  const keys = [...new Set(reactions.map(by))];
  const onlyRead = (k) => reactions.filter((r) => by(r) === k).every((r) => r.basis === 'analysis');
  return [keys.filter((k) => !onlyRead(k)), keys.filter(onlyRead)];
}

/** From the tallies of each kind (red lines first): each count in the catalogue's words, and what it counts. */
function countParts(en, tallied) {
  return Object.entries(COUNT_KEYS).flatMap(([kind, keys]) => tallied(kind).map((k, i) => [counted(en, keys[i] ?? keys[0], k.length), k])).filter(([, k]) => k.length);
}

/** A count line: the counts alone. */
const countLine = (en, tallied) => countParts(en, tallied).map(([count]) => count).join(' · ');

test('a chosen option says at once, where the reader chose it, what the sources report about it and who, counting apart what only a reading graded analysis reports', async () => {
  const en = catalogue('en');
  const byActor = (r) => r.actor;
  // An option some actors reject in their own words or as reported, and another only in an analyst's reading.
  const reacted = data.options.find((o) => Object.keys(COUNT_KEYS).some((kind) => tally(o, kind, byActor).every((keys) => keys.length > 0)));
  assert.ok(reacted, 'the shipped data has an option with one kind of reaction both given and only read');
  const silent = data.options.find((o) => o.issue !== reacted.issue && !data.reactions.some((r) => r.option === o.id));
  assert.ok(silent, 'the shipped data has an option nobody is reported reacting to');
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${reacted.issue}.${reacted.id},${silent.issue}.${silent.id}`);
  const said = (o) => page.locator(`input[id$="--${o.id}"]`).locator('xpath=..').locator('.sm-option-reactions');
  // The line, then each kind's count and who, as a list of short names in
  // the dataset's order (a short name may hold a comma), named by its count.
  const kinds = await said(reacted).evaluate((el) => [el.querySelector('p').textContent, [...el.querySelectorAll('.sm-option-reaction')].map((kind) => {
    const list = kind.querySelector('ul');
    return [kind.querySelector(`#${list.getAttribute('aria-labelledby')}`).textContent, [...list.querySelectorAll('li')].map((li) => li.textContent)];
  })]);
  const named = (ids) => data.actors.filter((a) => ids.includes(a.id)).map((a) => a.short);
  const label = (count) => en['deal.option-kind'].replace('{count}', count);
  assert.deepEqual(kinds, [en['deal.option-reactions'], countParts(en, (kind) => tally(reacted, kind, byActor)).map(([count, ids]) => [label(count), named(ids)])]);
  assert.equal(await said(silent).textContent(), en['deal.option-no-reactions']);
  await context.close();
});

test('every actor’s line in the verdict counts a reaction only an analyst’s reading reports as read, as the headings under it say', async () => {
  const en = catalogue('en');
  // Every option an analyst's reading reacts to, each alone in a package.
  const options = data.options.filter((x) => data.reactions.some((r) => r.option === x.id && r.basis === 'analysis'));
  assert.ok(options.length > 0, 'the shipped data has a reaction only an analysis reports');
  const { page, context } = await openWidget(browser, server.url, 'deal');
  for (const o of options) {
    await page.evaluate((link) => { location.hash = `#deal?deal=${link}`; }, `${o.issue}.${o.id}`);
    await page.locator(`#sm1-panel-deal input[id$="--${o.id}"]:checked`).waitFor();
    for (const a of data.actors.filter((x) => data.reactions.some((r) => r.option === o.id && r.actor === x.id))) {
      // The builder's verdict (a scenario's crossings, rendered ahead in another panel, show the same shape).
      const verdict = page.locator('#sm1-panel-deal .sm-verdict').filter({ has: page.locator('.sm-verdict-actor', { hasText: exactly(a.name) }) });
      assert.equal(await verdict.locator('.sm-verdict-actor + .sm-muted').textContent(), countLine(en, (kind) => tally(o, kind, (r) => r.option, (r) => r.actor === a.id)), `${o.id}: ${a.id}`);
      // Each source's reading headed as its grade has it, in the dataset's order (one option chosen).
      const heading = (r) => en[r.basis === 'analysis' ? `reaction.read-${r.reaction}` : `reaction.${r.reaction}`];
      const readings = data.reactions.filter((r) => r.option === o.id && r.actor === a.id);
      assert.deepEqual(await verdict.locator('.sm-reaction-head strong').allTextContents(), readings.map(heading), `${o.id}: ${a.id}`);
    }
  }
  await context.close();
});

test('opening a scenario in the builder says beforehand that it replaces the reader’s own package', async () => {
  const scenario = data.scenarios.find((s) => s.settles.some((x) => x.option));
  const own = data.options.find((o) => !scenario.settles.some((x) => x.option === o.id));
  const { page, context } = await openWidget(browser, server.url, `scenarios/${scenario.id}`);
  const open = page.locator('.sm-scenario').getByRole('link', { name: 'Open it in “Build a deal”' });
  assert.equal(await open.getAttribute('aria-describedby'), null, 'no package of their own: nothing to replace');
  await page.getByRole('tab', { name: 'Build a deal' }).click();
  await page.locator(`input[id$="--${own.id}"]`).check();
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.locator('.sm-scenario a[aria-describedby]').waitFor();
  const note = page.locator(`#${await open.getAttribute('aria-describedby')}`);
  assert.equal(await note.textContent(), catalogue('en')['crossings.replaces']);
  assert.ok(await note.isVisible());
  // Opened, the package is the scenario's own: nothing left to replace.
  await open.click();
  await page.getByRole('tab', { name: 'Build a deal', selected: true }).waitFor();
  await page.getByRole('tab', { name: 'Scenarios' }).click();
  await page.getByRole('tab', { name: 'Scenarios', selected: true }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-scenario a[aria-describedby]'));
  await context.close();
});

test('a scenario opens in the builder with its settlements chosen, and shows what it would cross', async () => {
  const scenario = data.scenarios.find((s) => s.settles.filter((x) => x.option).length >= 2);
  const { page, context } = await openWidget(browser, server.url, `scenarios/${scenario.id}`);
  const mapped = scenario.settles.filter((x) => x.option);
  const conflicts = data.reactions.filter((r) => mapped.some((x) => x.option === r.option) && ['red-line', 'rejects'].includes(r.reaction));
  const quotes = await page.locator('.sm-crossings .sm-reaction blockquote').allTextContents();
  assert.deepEqual(quotes.toSorted(), conflicts.map((r) => r.quote.text).toSorted(), 'every red line and rejection, each with its quote');
  await page.getByRole('link', { name: 'Open it in “Build a deal”' }).click();
  await page.getByRole('tab', { name: 'Build a deal', selected: true }).waitFor();
  assert.equal(await activeId(page), 'sm1-panel-deal', 'focus follows to the builder');
  for (const x of mapped) assert.ok(await page.locator(`#sm1-choice-${x.issue}--${x.option}`).isChecked(), x.option);
  assert.equal(await hash(page), `#deal?deal=${mapped.map((x) => `${x.issue}.${x.option}`).sort().join(',')}`);
  // Back at the scenario, focus is on the link the reader followed.
  await page.goBack();
  await page.getByRole('tab', { name: 'Scenarios', selected: true }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-stancemap]').shadowRoot.activeElement?.matches('.sm-crossings > a'), null, { timeout: 5000 });
  await context.close();
});

test('on a slow phone, Back from the builder returns the reader to their place at the scenario, focus on the link they followed, and Forward to theirs in the builder', async () => {
  // Yew renders Back's view a task late where it has just yielded to the
  // browser in a long run (building the builder is one, at this speed):
  // after the browser has put the page back on the view the reader left.
  // Whether a Back comes in that gap is a matter of timing, so the reader
  // goes Back four times: at once after the tap (while the link's own move
  // is still to come) and once the link has taken focus to the builder.
  // Before Back and focus waited for the view, it failed 2 runs in 3.
  const scenario = data.scenarios.find((s) => s.settles.filter((x) => x.option).length >= 2);
  const inPlace = async (page, y, message) => {
    if (!(await within5s(page, `Math.abs(scrollY - ${y}) <= 2`))) assert.fail(`${message}: it is at ${await page.evaluate(() => scrollY)}, not ${y}`);
  };
  for (const [n, atOnce] of [true, false, true, false].entries()) {
    const { page, context } = await openWidget(browser, server.url, `scenarios/${scenario.id}`);
    await slowCpu(page, 20);
    const link = page.getByRole('link', { name: 'Open it in “Build a deal”' });
    await link.scrollIntoViewIfNeeded();
    const place = await page.evaluate(() => scrollY);
    assert.ok(place > 0, 'the link is below the first screen');
    await link.click();
    let builder;
    if (!atOnce) {
      await page.getByRole('tab', { name: 'Build a deal', selected: true }).waitFor();
      await focusReaches(page, 'sm1-panel-deal', 'the link takes focus to the builder');
      builder = await page.evaluate(() => scrollY);
    }
    await page.goBack();
    await page.getByRole('tab', { name: 'Scenarios', selected: true }).waitFor();
    if (!(await within5s(page, `document.querySelector('[data-stancemap]').shadowRoot.activeElement?.matches('.sm-crossings > a')`))) {
      assert.fail(`Back ${n + 1}: focus is on ${JSON.stringify(await activeId(page))}, not on the link followed`);
    }
    await inPlace(page, place, `Back ${n + 1}: the page is where the reader left it`);
    if (!atOnce) {
      await page.goForward();
      await page.getByRole('tab', { name: 'Build a deal', selected: true }).waitFor();
      await inPlace(page, builder, `Forward ${n + 1}: the page is where the reader left the builder`);
    }
    await context.close();
  }
});

test('two scenarios compare side by side, one row per issue either settles', async () => {
  const [a, b] = [data.scenarios[0], data.scenarios[3]];
  const { page, context } = await openWidget(browser, server.url, `scenarios/${a.id}/${b.id}`);
  assert.deepEqual(await page.locator('.sm-comparison thead th').allTextContents(), [a.title, b.title]);
  const settled = data.issues.filter((i) => [a, b].some((s) => s.settles.some((x) => x.issue === i.id))).map((i) => i.title);
  const rows = await page.locator('.sm-comparison tbody th').allTextContents();
  assert.deepEqual(rows.filter((r) => settled.includes(r)), settled);
  // What each needs, risks and resembles reads as in its own panel, also where the sources name none.
  assert.ok([a, b].some((s) => !s.risks.length), 'a scenario whose sources name no risks');
  const lists = ['Preconditions', 'Risks', 'Historical analogues'];
  const compared = await Promise.all(lists.map((name) => page.locator('.sm-comparison tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${name}$`) }) }).locator('td').allTextContents()));
  for (const [n, s] of [a, b].entries()) {
    const alone = await openWidget(browser, server.url, `scenarios/${s.id}`);
    const panel = alone.page.locator('.sm-scenario').filter({ has: alone.page.locator('h3', { hasText: s.title }) });
    for (const [i, name] of lists.entries()) {
      const shown = await panel.locator('h4', { hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::*[1]').textContent();
      assert.equal(compared[i][n], shown, `${s.id}: ${name}`);
    }
    await alone.context.close();
  }
  await context.close();
});

test('the matrix marks exactly the cells the deal conflicts with, with a key', async () => {
  const link = builtDeal(data);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${link}`);
  // A link, which a new tab can open too, at the matrix with the deal marked.
  const mark = page.getByRole('link', { name: 'Mark it in the matrix' });
  assert.equal(new URL(await mark.getAttribute('href'), server.url).hash, `#matrix?deal=${byIssue(link)}`);
  await mark.click();
  await page.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  assert.equal(await activeId(page), 'sm1-panel-matrix', 'focus follows to the matrix');
  assert.equal(await hash(page), `#matrix?deal=${byIssue(link)}`);
  const expected = new Set(pairs(link).flatMap(([i, o]) => data.reactions.filter((r) => r.option === o && ['red-line', 'rejects'].includes(r.reaction)).map((r) => `${r.actor}--${i}`)));
  const marked = await page.locator('.sm-table td:has(.sm-cell-conflict) > *').evaluateAll((els) => els.map((e) => e.id || e.getAttribute('aria-label')));
  assert.equal(marked.length, expected.size);
  for (const id of marked.filter((m) => m.startsWith('sm1-cell-'))) assert.ok(expected.has(id.replace('sm1-cell-', '')), id);
  assert.ok(await page.locator('.sm-overlay-key').isVisible());
  // A marked cell's detail gives the reaction behind the mark, with its quote.
  const chosen = pairs(link).map(([, o]) => o);
  const conflict = data.reactions.find((r) => chosen.includes(r.option) && ['red-line', 'rejects'].includes(r.reaction)
    && data.stances.some((s) => s.actor === r.actor && s.issue === option(r.option).issue));
  assert.ok(conflict, 'the package conflicts with an actor that has a stance on that issue');
  await page.locator(`#sm1-cell-${conflict.actor}--${option(conflict.option).issue}`).click();
  assert.ok((await page.locator('.sm-cell-deal blockquote').allTextContents()).includes(conflict.quote.text));
  await page.getByRole('button', { name: 'Close' }).click();
  // Unmarking takes the deal out of the matrix's link.
  await page.getByLabel('Mark where my deal conflicts').uncheck();
  assert.equal(await page.locator('.sm-cell-conflict').count(), 0);
  assert.equal(await hash(page), '#matrix');
  await context.close();
});

test('a marked cell where the actor has no stated position opens the reactions behind its mark; unmarked, it is a dash again', async () => {
  const silent = data.reactions.find((r) => ['red-line', 'rejects'].includes(r.reaction) && !data.stances.some((s) => s.actor === r.actor && s.issue === option(r.option).issue));
  assert.ok(silent, 'the shipped data has a rejection by an actor with no stance on the issue');
  const i = option(silent.option).issue;
  const { page, context } = await openWidget(browser, server.url, `matrix?deal=${i}.${silent.option}`);
  const cell = page.locator(`#sm1-cell-${silent.actor}--${i}`);
  assert.equal(await cell.evaluate((c) => c.tagName), 'BUTTON');
  assert.match(await cell.textContent(), /^–\s*[!?]$/);
  assert.ok((await cell.getAttribute('aria-label')).startsWith(`${catalogue('en')['position.none']} (`));
  await cell.click();
  const detail = page.locator('.sm-cell-detail');
  await detail.waitFor();
  assert.ok((await detail.textContent()).includes(silent.quote.text), 'the detail quotes the reaction');
  assert.match(await hash(page), new RegExp(`cell=${silent.actor}\\.${i}`));
  // Escape closes it and returns focus to it, as to any cell.
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => document.querySelector('[data-stancemap]').shadowRoot.activeElement?.id === id, `sm1-cell-${silent.actor}--${i}`, { timeout: 5000 });
  // The link opens it again, while it carries the marks.
  await cell.click();
  await page.waitForFunction(() => location.hash.includes('cell='), null, { timeout: 5000 });
  await page.reload();
  await page.locator('.sm-cell-detail').waitFor();
  // Without the marks the cell is a dash, and the detail closes.
  await page.getByLabel(catalogue('en')['matrix.mark-deal']).uncheck();
  await page.locator('.sm-cell-detail').waitFor({ state: 'detached' });
  assert.equal(await page.locator(`#sm1-cell-${silent.actor}--${i}`).count(), 0);
  assert.doesNotMatch(await hash(page), /cell=/);
  await context.close();
});

test('a package changed in the builder closes an empty cell opened for its marks: nothing is left open, in the address either', async () => {
  const silent = data.reactions.find((r) => ['red-line', 'rejects'].includes(r.reaction) && !data.stances.some((s) => s.actor === r.actor && s.issue === option(r.option).issue));
  const i = option(silent.option).issue;
  const { page, context } = await openWidget(browser, server.url, `matrix?deal=${i}.${silent.option}&cell=${silent.actor}.${i}`);
  await page.locator('.sm-cell-detail').waitFor();
  await page.getByRole('tab', { name: 'Build a deal' }).click();
  await page.getByRole('button', { name: catalogue('en')['deal.clear'] }).click();
  await page.getByRole('tab', { name: 'Who wants what' }).click();
  await page.getByRole('tab', { name: 'Who wants what', selected: true }).waitFor();
  assert.equal(await page.locator('.sm-cell-detail').count(), 0);
  assert.doesNotMatch(await hash(page), /cell=/);
  await context.close();
});

test('filters that hide some of the deal’s marked cells say how many, and “Show everything” brings them back', async () => {
  const link = builtDeal(data);
  const marks = new Set(pairs(link).flatMap(([i, o]) => data.reactions.filter((r) => r.option === o && ['red-line', 'rejects'].includes(r.reaction)).map((r) => `${r.actor}--${i}`)));
  // A group that leaves some of them out, and keeps some in.
  const groupOf = (cell) => actor(cell.split('--')[0]).group;
  const group = [...marks].map(groupOf).find((g) => [...marks].some((m) => groupOf(m) !== g));
  assert.ok(group, 'the package conflicts with actors of more than one group');
  const hidden = [...marks].filter((m) => groupOf(m) !== group).length;
  const { page, context } = await openWidget(browser, server.url, `matrix?deal=${link}&group=${group}`);
  const status = page.locator('.sm-matrix > .sm-status');
  const seen = () => page.locator('.sm-table .sm-cell-conflict').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  assert.ok((await status.textContent()).endsWith(` ${hidden}\u00a0marked cell${hidden === 1 ? ' is' : 's are'} hidden by the filters; “Show everything” brings ${hidden === 1 ? 'it' : 'them'} back.`), await status.textContent());
  assert.equal(await seen(), marks.size - hidden);
  await page.locator('.sm-filters').getByRole('button', { name: 'Show everything' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-stancemap]').shadowRoot.querySelector('.sm-matrix > .sm-status').textContent.includes('hidden'), null, { timeout: 5000 });
  assert.equal(await seen(), marks.size);
  await context.close();
});

test('a matrix cell marked by a rejection only an analyst’s reading reports says so, in its name and by a dotted mark, disputed or not', async () => {
  const words = catalogue('en');
  const conflicting = (o, a) => data.reactions.filter((r) => r.option === o && r.actor === a && ['red-line', 'rejects'].includes(r.reaction));
  const disputed = (r) => data.reactions.some((x) => x.option === r.option && x.actor === r.actor && !['red-line', 'rejects'].includes(x.reaction));
  const read = data.reactions.filter((x) => x.reaction === 'rejects' && conflicting(x.option, x.actor).every((c) => c.basis === 'analysis'));
  const cases = [read.find((r) => !disputed(r)), read.find((r) => disputed(r))];
  assert.ok(cases.every(Boolean), 'the shipped data has a rejection only an analysis reports, undisputed and disputed');
  for (const r of cases) {
    const { page, context } = await openWidget(browser, server.url, `matrix?deal=${option(r.option).issue}.${r.option}`);
    const cell = page.locator(`#sm1-cell-${r.actor}--${option(r.option).issue}`);
    const name = words[disputed(r) ? 'cell.rejection-read-disputed' : 'cell.rejection-read'].replace('{grade}', words['basis.analysis']);
    assert.ok((await cell.getAttribute('aria-label')).endsWith(`; ${name})`), await cell.getAttribute('aria-label'));
    const mark = cell.locator('.sm-cell-conflict');
    assert.equal(await mark.textContent(), disputed(r) ? '?' : '!');
    assert.equal(await mark.evaluate((m) => getComputedStyle(m).outlineStyle), 'dotted', 'dotted, as analysis is everywhere');
    await context.close();
  }
});

test('where an actor’s sources differ on the deal’s option, its matrix cell says so, as the builder does, rather than that it is rejected', async () => {
  const conflicts = (r) => ['red-line', 'rejects'].includes(r.reaction);
  const kinds = (o, a) => new Set(data.reactions.filter((r) => r.option === o && r.actor === a).map(conflicts));
  // Cells with a stance, so that each is a button named in words.
  const placed = (r) => data.stances.some((st) => st.actor === r.actor && st.issue === option(r.option).issue);
  const split = data.reactions.find((r) => placed(r) && conflicts(r) && kinds(r.option, r.actor).size > 1);
  assert.ok(split, 'the shipped data has an actor whose sources differ on an option, with a stance on its issue');
  const plain = data.reactions.find((r) => placed(r) && conflicts(r) && kinds(r.option, r.actor).size === 1 && option(r.option).issue !== option(split.option).issue);
  assert.ok(plain, 'and a conflict no source disputes');
  // Named by the strongest conflict reported, a red line before a rejection.
  const redLine = (x) => data.reactions.some((r) => r.option === x.option && r.actor === x.actor && r.reaction === 'red-line');
  const words = catalogue('en');
  const { page, context } = await openWidget(browser, server.url, `matrix?deal=${option(split.option).issue}.${split.option},${option(plain.option).issue}.${plain.option}`);
  const cell = (r) => page.locator(`#sm1-cell-${r.actor}--${option(r.option).issue}`);
  assert.equal(await cell(split).locator('.sm-cell-conflict').textContent(), '?');
  // A rejection only a reading graded analysis reports is named as such.
  const read = (x) => data.reactions.filter((r) => r.option === x.option && r.actor === x.actor && conflicts(r)).every((r) => r.basis === 'analysis');
  const named = (x, key) => words[redLine(x) ? key.red : read(x) ? key.read : key.given].replace('{grade}', words['basis.analysis']);
  assert.ok((await cell(split).getAttribute('aria-label')).endsWith(`; ${named(split, { red: 'cell.red-line-disputed', read: 'cell.rejection-read-disputed', given: 'cell.rejection-disputed' })})`));
  assert.equal(await cell(plain).locator('.sm-cell-conflict').textContent(), '!');
  assert.ok((await cell(plain).getAttribute('aria-label')).endsWith(`; ${named(plain, { red: 'cell.crosses-red-line', read: 'cell.rejection-read', given: 'cell.rejected' })})`));
  // Not the same alarm to the eye either: "?" is a ring, "!" a filled disc.
  const fill = (r) => cell(r).locator('.sm-cell-conflict').evaluate((e) => getComputedStyle(e).backgroundColor);
  const ground = await page.locator('.sm-matrix').evaluate((e) => getComputedStyle(e.closest('.sm-root')).backgroundColor);
  assert.equal(await fill(split), ground, 'the ring is filled with the page');
  assert.notEqual(await fill(plain), ground, 'the disc is not');
  assert.ok((await page.locator('.sm-overlay-key').textContent()).includes('“?”: one source reports a rejection or a stated red line, another acceptance'));
  assert.ok((await page.locator('.sm-overlay-key').textContent()).includes(`A dotted ring: only a reading graded “${words['basis.analysis']}” reports the rejection.`));
  assert.deepEqual(await page.locator('.sm-overlay-key .sm-cell-conflict').evaluateAll((marks) => marks.map((m) => [m.textContent, getComputedStyle(m).outlineStyle])), [['!', 'none'], ['?', 'solid'], ['!', 'dotted']], 'the key shows the marks as the cells do');
  const outline = (r) => cell(r).locator('.sm-cell-conflict').evaluate((m) => getComputedStyle(m).outlineStyle);
  assert.equal(await outline(plain), read(plain) ? 'dotted' : 'none');
  assert.equal(await outline(split), read(split) ? 'dotted' : 'solid');
  await context.close();
});

test('on a phone, the matrix marking a deal opens on an issue where it marks a cell, not on the first issue', async () => {
  // A deal of one choice, on an issue after the first, that an actor in the matrix rejects or holds a red line against.
  const against = data.reactions.find((r) => ['red-line', 'rejects'].includes(r.reaction) && option(r.option).issue !== data.issues[0].id
    && data.actors.some((a) => a.id === r.actor));
  assert.ok(against, 'the data has such a reaction');
  const chosen = option(against.option);
  const { page, context } = await openWidget(browser, server.url, `matrix?deal=${chosen.issue}.${chosen.id}`, { viewport: { width: 360, height: 740 }, hasTouch: true });
  const phone = page.locator('.sm-matrix-phone');
  assert.equal(await phone.locator('h3').textContent(), issue(chosen.issue).title);
  assert.ok(await phone.locator('.sm-cell-conflict').count() > 0, 'a marked cell in sight');
  await context.close();
});

test('"Embed this view" embeds the deal on screen', async () => {
  const link = builtDeal(data);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${link}`);
  await page.getByRole('button', { name: 'Embed this view' }).click();
  const snippets = await page.locator('.sm-snippet textarea').evaluateAll((els) => els.map((e) => e.value));
  const fragment = `deal?deal=${byIssue(link)}`;
  assert.ok(snippets.length === 3 && snippets.every((s) => s.includes(fragment)), snippets.join('\n'));
  await context.close();
});

test('at 320 px the builder has no sideways scroll and every radio is a full target', async () => {
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${builtDeal(data)}`, { viewport: { width: 320, height: 700 } });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  const radios = await page.locator('.sm-radio input').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
  assert.equal(radios, 0);
  await context.close();
});

for (const older of [false, true]) test(`a package prints as chosen: each option chosen with what it is, and the result, not the form${older ? ', in an engine without CSS :has() too (Firefox ESR 115)' : ''}`, async () => {
  const link = builtDeal(data);
  const chosen = pairs(link);
  const { page, context } = await openWidget(browser, server.url, `deal?deal=${link}`);
  if (older) {
    // An unknown pseudo-class stands for :has(): a selector list that holds one is dropped whole.
    let rewritten = 0;
    await context.route('**/stancemap.css', async (route) => {
      const response = await route.fetch();
      rewritten += 1;
      await route.fulfill({ response, body: (await response.text()).replaceAll(':has(', ':hes(') });
    });
    await page.reload();
    await widgetReady(page);
    assert.ok(rewritten > 0, 'the stylesheet read as such an engine reads it');
  }
  await page.emulateMedia({ media: 'print' });
  const shown = (locator) => locator.evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.textContent));
  const issues = data.issues.filter((i) => data.options.some((o) => o.issue === i.id));
  assert.deepEqual(await shown(page.locator('.sm-choice legend')), issues.filter((i) => chosen.some(([x]) => x === i.id)).map((i) => i.title),
    'the issues chosen for, not those left open');
  assert.deepEqual(await shown(page.locator('.sm-radio label')), issues.flatMap((i) => chosen.filter(([x]) => x === i.id).map(([, o]) => option(o).label)),
    'the options chosen, not those passed over');
  assert.equal((await shown(page.locator('.sm-radio input'))).length, 0, 'no radio button');
  assert.equal((await shown(page.locator('.sm-deal-actions'))).length, 0, 'nor the link to the matrix');
  assert.equal((await shown(page.locator('.sm-option-detail'))).length, chosen.length, 'each chosen option says what it is');
  assert.ok(await page.locator('.sm-deal-result .sm-verdicts').isVisible(), 'the result prints');
  await page.emulateMedia({ media: 'screen' });
  assert.equal((await shown(page.locator('.sm-radio input'))).length, data.options.length + issues.length, 'on screen, the whole form');
  await context.close();
});

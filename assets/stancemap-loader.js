// Starts every <div data-stancemap> on the page. Load it as a module script
// from wherever the widget's files are served; it finds the rest beside itself.
//
// The wasm is compiled once and instantiated once per widget, so a crash (which
// traps its instance) stops only that widget. The glue module is downloaded
// once too: the build turns it into a factory whose `instance()` returns a
// fresh copy of its state for each wasm instance.
// Widgets a page adds or removes later are started and freed (see the end).
const base = new URL('./', import.meta.url).href;
// What a widget says where it has no static view to show (an empty
// <div data-stancemap>): that it is loading, or that it cannot start, with
// its own page's name; by language: the build writes each catalogue's words
// here (`export::loader_words`).
const WORDS = {"en":{"link":"Open the explainer on its own page","loading":"Loading the interactive explainer…","page":"","text":"The interactive explainer could not start here."}};
// What the build tells the loader (`export::loader_facts`): the ids of the
// first views built with it, one a language, as they carry them in
// `data-prerendered` (a snippet pasted from another build carries another,
// unless nothing in its language changed); each language's edition file
// beside the app, but English's, which the wasm carries; each tab's record
// attribute, as `EmbedConfig::read` reads them (`Section::ATTRIBUTE`); the
// themes, the system's first (`Theme::ALL`).
const BUILT = [];
const EDITIONS = {};
const RECORDS = {"data-actor":"actors","data-issue":"issues","data-scenario":"scenarios"};
const THEMES = ["auto","light","dark"];
/** Whether `theme` is one of a theme's own, not the system's. */
const fixed = (theme) => THEMES.includes(theme) && theme !== THEMES[0];
// A loader that throws (a browser without a feature it uses) leaves no
// widget waiting for it, a first view whose tabs do nothing: `hosts` not
// running turn static and say so, as where the app cannot start; by
// default the page's not started (by this loader or another). Checked once
// this module has run (`evaluated`, at its end), as it starts widgets
// (`start`'s callers) and as it takes up those the page adds (`take`).
const broken = (error, hosts = document.querySelectorAll('[data-stancemap]:not([data-stancemap-mounted])')) => {
  console.error('Stancemap could not start:', error);
  for (const host of hosts) {
    if (host.hasAttribute('data-stancemap-ready')) continue;
    // (What the throw left undone may be what the words need: the mark alone, then.)
    try { failed(host); } catch { host.setAttribute('data-stancemap-failed', ''); }
  }
  // On the iframe page, the article is told the static version's height,
  // once: what keeps telling it (`reportHeight`) may be what failed.
  if (window.parent !== window && document.querySelector('[data-stancemap][data-post-height]')) {
    try {
      const id = new URLSearchParams(location.search).get('id') ?? '';
      window.parent.postMessage({ type: 'stancemap:height', id, height: heightTo(document.body.getBoundingClientRect().bottom) }, '*');
    } catch { /* (nothing more it can tell) */ }
  }
};
let evaluated = false;
setTimeout(() => evaluated || broken(new Error('its loader did not run in this browser (the error above says why)')));
// A loader is here: the stylesheet turns a first view static only where none
// has come (a blocked script), not where one is slow to start.
for (const host of document.querySelectorAll('[data-stancemap]')) host.setAttribute('data-stancemap-loader', '');
// On the widget's own pages (standalone, iframe: marked so, and beside its
// files; an article may ask for the standalone chrome too) `?theme=` stands
// in for `data-theme`, as `mount` reads it: the prerendered first view takes
// it now, not when the app takes over (a module script may still run after
// the first paint).
const ownPages = new URL('./', location.href).href === base
  ? document.querySelectorAll('[data-stancemap][data-chrome=standalone], [data-stancemap][data-post-height]')
  : [];
/** A fixed value of `host`'s attribute `name` as `mount` reads it: trimmed, in any case; empty, none. */
const setting = (host, name) => host.getAttribute(name)?.trim().toLowerCase() || null;
/** A view as `data-view` gives it: a whole link's fragment (from its first `#`), else itself. */
const fragmentOf = (view) => view.slice(view.indexOf('#') + 1);
const addressTheme = new URLSearchParams(location.search).get('theme')?.trim().toLowerCase();
// (The page around it too, `browser::set_page_theme`, where the widget follows the address.)
if (fixed(addressTheme) && [...ownPages].some((host) => !setting(host, 'data-theme'))) document.documentElement.style.colorScheme = addressTheme;
// Until the app takes over, a prerendered first view's tabs select the tab
// chosen and say its view is loading, and the app starts on it; so do its
// links to another view (an issue, the sources), rather than leave the
// article (once the app cannot come, they lead to the widget's own page).
// On the own pages the choice goes into the address (where a link may also
// ask for another view than the prerendered one, `#matrix`); in an article,
// into `data-stancemap-chosen` on the mount, which `mount` starts on and
// removes. The first view takes the theme and the start view the app will
// take (`data-theme`, `data-view`…), where it was prerendered with others.
// A first view is prepared once whole: a page still coming (the loader in
// its <head>, or run by a tag manager) may have parsed only part of it when
// the loader runs (see the observer below).
const prepared = new WeakSet();
function prepare(host) {
  if (prepared.has(host) || !parsed(host)) return;
  attach(host);
  const root = host.shadowRoot?.querySelector('[data-prerendered] .sm-root');
  const shown = root?.querySelector('[role=tab][aria-selected=true]');
  if (!shown) return;
  prepared.add(host);
  const own = [...ownPages].includes(host);
  const theme = setting(host, 'data-theme') ?? (own ? addressTheme : null);
  if (fixed(theme)) root.setAttribute('data-theme', theme);
  const tabs = [...root.querySelectorAll('[role=tab]')];
  const prefix = shown.id.slice(0, shown.id.indexOf('-tab-') + 5);
  /** The tab of the view a fragment names (`issues/territory`: Issues). */
  const tabOf = (view) => tabs.find((tab) => tab.id === prefix + (view.split(/[/?]/)[0] || 'overview').toLowerCase());
  // A newsroom's own dataset (`?dataset=` on the own pages, a snippet's
  // `data-dataset-url`) is not the data the first view was prerendered
  // from, nor is another build's (`BUILT`): its panels wait for the app, as
  // another view's do, rather than show the bundled data and then change.
  // (Another build's records may have been corrected since. A loader the
  // build did not write, `BUILT` empty, knows no build.)
  const stale = BUILT.length > 0 && !BUILT.includes(root.closest('[data-prerendered]').getAttribute('data-prerendered'));
  if (stale) console.warn('Stancemap: this widget’s first view and this loader come from two builds (a snippet pasted from an older build, or a cache serving files of two), so the view waits for the app: serve one build’s files, and paste the current stancemap-snippet.html.', host);
  const elsewhere = stale || ownDataset(host);
  // The view waits for the app where it is not the one coming: another
  // tab's, another dataset's or build's, another language's.
  let [selected, lang] = [shown, root.lang];
  const wait = () => root.toggleAttribute('data-waiting', selected !== shown || elsewhere || lang !== root.lang);
  const select = (wanted) => {
    for (const tab of tabs) {
      tab.setAttribute('aria-selected', String(tab === wanted));
      tab.tabIndex = tab === wanted ? 0 : -1;
    }
    selected = wanted;
    wait();
  };
  wait();
  // The arrow keys, Home and End step through the tabs, as the app's do
  // (`components::tabs`): a step is a click on the tab it reaches, and a run
  // of steps one history entry on the own pages, as in the app (`steps`).
  let [stepping, steps] = [false, 0];
  for (const [at, tab] of tabs.entries()) {
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const next = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[event.key];
      if (next === undefined || host.hasAttribute('data-stancemap-failed')) return;
      event.preventDefault();
      // (Home on the first, End on the last: no step.)
      if (next === at) return;
      [stepping, steps] = [true, steps + 1];
      tabs[next].click();
      stepping = false;
      tabs[next].focus();
    });
    tab.addEventListener('click', () => { if (!stepping) steps = 0; });
  }
  // The footer's switches: a theme chosen shows at once, a language chosen
  // says the view is loading (and its edition comes beside the app), and the
  // app starts with both, as `mount` reads them (`data-stancemap-theme`,
  // `data-stancemap-lang`). "Embed this view", which only the app can
  // write, is marked as not yet available, as is a language switch where
  // the app will have none.
  // What each will start with: the theme the view took above, the language
  // `mount` will choose; the buttons pressed so, and one pressed again is no
  // choice, as in the app.
  const settings = { theme: fixed(theme) ? theme : THEMES[0], lang: languageOf(host) };
  const known = { theme: THEMES, lang: Object.keys(WORDS) };
  const switches = [...root.querySelectorAll('.sm-switch button[name][value]')].filter((b) => known[b.name]?.includes(b.value));
  for (const button of switches) {
    button.setAttribute('aria-pressed', String(button.value === settings[button.name]));
    // (A dataset of the newsroom's comes in one language: the app has no such switch.)
    if (button.name === 'lang' && ownDataset(host)) {
      button.setAttribute('aria-disabled', 'true');
      continue;
    }
    button.addEventListener('click', () => {
      if (button.value === settings[button.name]) return;
      settings[button.name] = button.value;
      for (const other of switches) if (other.name === button.name) other.setAttribute('aria-pressed', String(other === button));
      host.setAttribute(`data-stancemap-${button.name}`, button.value);
      if (button.name === 'theme') root.setAttribute('data-theme', button.value);
      if (button.name !== 'lang') return;
      lang = button.value;
      wait();
      if (!refused) fetchEditions([host]);
    });
  }
  root.querySelector('.sm-embed .sm-disclosure-heading button')?.setAttribute('aria-disabled', 'true');
  // The first view's links to another of its views, followed in place by
  // `open(view, tab)` while the app loads (a click that would open a new
  // tab or window, or one once the app cannot come, is left to the link).
  const inPlace = (open) => {
    for (const link of root.querySelectorAll('a.sm-link')) {
      link.addEventListener('click', (event) => {
        const view = new URL(link.href).hash.slice(1);
        const tab = tabOf(view);
        if (!tab || !plain(event) || host.hasAttribute('data-stancemap-failed')) return;
        event.preventDefault();
        open(view, tab);
      });
    }
  };
  if (!own) {
    // The start view, if another: for a mount that owns the fragment, a
    // link to a view (not the article's own anchor, an element's id or name), else
    // `data-view`, else `data-tab`, else the tab of the one record named
    // (`data-issue` alone: Issues), as `EmbedConfig::read` reads them.
    const link = setting(host, 'data-fragment') === 'own' ? location.hash.slice(1) : '';
    const linked = link && !document.getElementById(link) && !document.getElementsByName(link).length ? tabOf(link) : null;
    const named = Object.entries(RECORDS).filter(([name]) => setting(host, name));
    const start = linked ?? tabOf(fragmentOf(host.getAttribute('data-view')?.trim() ?? '') || setting(host, 'data-tab') || (named.length === 1 ? named[0][1] : ''));
    if (start && start !== shown) select(start);
    for (const tab of tabs) tab.addEventListener('click', () => { host.setAttribute('data-stancemap-chosen', tab.id.slice(prefix.length)); select(tab); });
    inPlace((view, tab) => {
      host.setAttribute('data-stancemap-chosen', view);
      select(tab);
      // (The link's panel is hidden now: the reader goes on from the tab.)
      tab.focus();
    });
    return;
  }
  // The view the loader last wrote into the address: another there (Back,
  // Forward, a link) ends a run of steps.
  let written = null;
  const follow = () => {
    if (!root.isConnected) return removeEventListener('hashchange', follow);
    if (location.hash.slice(1) !== written) steps = 0;
    const wanted = tabOf(location.hash.slice(1));
    if (wanted) select(wanted); // (else a view the widget does not have: the app will say so)
  };
  follow();
  addEventListener('hashchange', follow);
  // A page told to rewrite its history entry rather than add one
  // (`?history=replace`, `embed::History`) does so for a view chosen
  // before the app arrives too, its links' included.
  const replace = new URLSearchParams(location.search).get('history') === 'replace';
  // (Selected at once: `hashchange` comes a task later.)
  const go = (view, over = false) => {
    written = view;
    if (replace || over) location.replace('#' + view);
    else location.hash = view;
    follow();
  };
  for (const tab of tabs) tab.addEventListener('click', () => go(tab.id.slice(prefix.length), stepping && steps > 1));
  // (Otherwise a link's own fragment navigation is what the page wants.)
  if (replace) inPlace((view) => go(view));
}

/** A click that follows a link where it is: no other button, no modifier key. */
const plain = (event) => event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;

/** Whether the page's parser is done with `host`: the page is parsed, or something after it is. */
function parsed(host) {
  if (document.readyState !== 'loading') return true;
  for (let node = host; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * Gives a snippet a page inserted as HTML text (`innerHTML`: a CMS block, a
 * framework's raw HTML), which leaves its declarative shadow root a plain
 * <template>, the shadow root the page's parser would have given it: its
 * first view, styled, rather than its fallback styled by the article. Only
 * a first view as the build writes it: a template is inert, and anything
 * else in one (a comment's planted `<img onerror>`) must stay so, not be
 * brought to life in the article; the app then renders its own.
 */
function attach(host) {
  const template = host.shadowRoot ? null : host.querySelector(':scope > template[shadowrootmode]');
  if (!template) return;
  if (isFirstView(template.content)) host.attachShadow({ mode: 'open' }).append(template.content);
  else console.warn('Stancemap: this widget’s first view is not as the build writes it (markup that runs or loads something, or a stylesheet not the widget’s own beside the loader), so it is not shown: the widget renders its own.', host);
  template.remove();
}

/** The elements a first view is written in: text and its structure, nothing that loads or runs anything. */
const TEXT_ELEMENTS = new Set(['A', 'ABBR', 'B', 'BR', 'BUTTON', 'CITE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'EM', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'HEADER', 'I', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'Q', 'SECTION', 'SLOT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUMMARY', 'SUP', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL']);
const TEXT_ATTRIBUTES = new Set(['class', 'id', 'role', 'lang', 'dir', 'hidden', 'tabindex', 'type', 'name', 'value', 'title', 'scope', 'colspan', 'rowspan', 'headers', 'open', 'href', 'rel']);
/**
 * Whether `content` is a first view as the build writes it
 * (`export::mount_content`): the widget's own stylesheet, beside this
 * loader; the view, in `TEXT_ELEMENTS` with links to web pages only; the
 * fallback's empty slot. Nothing else.
 */
function isFirstView(content) {
  const address = (value) => { try { return new URL(value, document.baseURI); } catch { return null; } };
  const [link, view, slot, ...more] = content.children;
  const stylesheet = link?.matches('link[rel=stylesheet]') && link.attributes.length === 2 && address(link.getAttribute('href'))?.href === new URL('stancemap.css', base).href;
  const inert = (el) => TEXT_ELEMENTS.has(el.tagName)
    && [...el.attributes].every((a) => (TEXT_ATTRIBUTES.has(a.name) || a.name.startsWith('aria-') || a.name.startsWith('data-')) && (a.name !== 'href' || /^https?:$/.test(address(a.value)?.protocol)));
  return stylesheet && !more.length && view?.matches('div.sm-mount[data-prerendered]') && slot?.matches('slot.sm-fallback-slot') && !slot.children.length
    && [view, ...view.querySelectorAll('*')].every(inert);
}

/** The widgets in the nodes `records` added, and inside them. */
const inserted = (records) => records.flatMap((record) => [...record.addedNodes])
  .filter((node) => node.nodeType === Node.ELEMENT_NODE)
  .flatMap((node) => [...(node.matches('[data-stancemap]') ? [node] : []), ...node.querySelectorAll('[data-stancemap]')]);

// The widgets seen that the page's parser is not done with yet (a page still
// coming): each is taken up once whole.
const unparsed = new Set(document.querySelectorAll('[data-stancemap]'));
/**
 * Prepares each widget the nodes `records` added, or one seen before, once
 * it is whole, and, once the loader can start them (`starting`), frees those
 * the page removed and starts those it added (`changed`).
 */
function take(records) {
  try {
    for (const host of inserted(records)) unparsed.add(host);
    const hosts = [...unparsed].filter(parsed);
    for (const host of hosts) {
      unparsed.delete(host);
      if (!host.hasAttribute('data-stancemap-loader')) host.setAttribute('data-stancemap-loader', '');
      prepare(host);
    }
    if (starting) changed(hosts);
  } catch (error) {
    broken(error);
  }
}
let starting = false;
take([]);
// One observer for the page's life, from before anything is downloaded: a
// page still coming parses widgets, any page may insert some later (a CMS's
// lazy blocks, a single-page app's next article) and remove them.
const observer = new MutationObserver(take);
observer.observe(document.documentElement, { childList: true, subtree: true });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => take([]));
// A download that stops without failing (a connection left hanging) would
// leave the widgets waiting for it with tabs that never open: STALL ms
// without a byte of it, they turn static, as where the app cannot start. If
// it comes after all, the app takes over as ever.
const STALL = 10_000;
let stalled = false;
const waiting = new Set(); // widgets whose instance is being prepared
const unwanted = new WeakSet(); // of those, the ones the page unmounted meanwhile
let stall;
const progressed = () => {
  stalled = false;
  clearTimeout(stall);
  stall = setTimeout(() => {
    stalled = true;
    for (const host of waiting) failed(host);
  }, STALL);
};
// A page that enforces Trusted Types refuses the HTML text the stance
// matrix's table is written in (`innerHTML`): no widget could run there, so
// none is downloaded; each says so in its place, and the console why.
const refused = (() => {
  try {
    document.createElement('template').innerHTML = '';
    return false;
  } catch {
    return true;
  }
})();
const wasm = new URL('stancemap_bg.wasm', base).href;
/**
 * The wasm, compiled, and its glue, downloaded once for the page's widgets
 * from the first call on; a download that failed (a connection dropped, a
 * server's error) is tried again by the next widget that starts, or by a
 * later `mount()`, not held against every widget until a reload.
 */
let code = null;
function download() {
  if (code) return code;
  progressed();
  const compiled = refused ? Promise.reject(new Error('this page enforces Trusted Types, which refuse the stance matrix\'s table (written as HTML text): embed the iframe (embed.html) instead')) : fetch(wasm).catch((error) => {
    throw new Error(`${wasm} could not be fetched (the network, its server's CORS headers, or the page's connect-src?)`, { cause: error });
  }).then((response) => {
    progressed();
    // What the server sent instead of the wasm, named with its address for
    // whoever deploys the widget (a compile error would speak of magic words).
    const instead = !response.ok ? `answered ${response.status} ${response.statusText}`.trim()
      : /^text\/html\b/i.test(response.headers.get('content-type') ?? '') ? 'came as an HTML page (a server\'s fallback page?), not the widget\'s WebAssembly' : null;
    if (instead) {
      response.body?.cancel().catch(() => {});
      throw new Error(`${wasm} ${instead}`);
    }
    // Counted on a copy: the response goes to the compiler as it came (the
    // browser keeps compiled code by its address). The count stops with the
    // compile, and a compile that failed stops the download.
    const bytes = response.clone().body?.getReader();
    let counting = true;
    const count = () => bytes?.read().then(({ done }) => done || !counting || (progressed(), count()), () => {});
    count();
    // A streaming compile refuses a file served as anything but exactly
    // application/wasm (no parameter either: a charset some servers add to
    // every file), as some static hosts and uploads serve it: that one is
    // compiled whole.
    const typed = response.headers.get('content-type')?.toLowerCase() === 'application/wasm';
    const compiling = typed ? WebAssembly.compileStreaming(response) : response.arrayBuffer().then((buffer) => WebAssembly.compile(buffer));
    const stop = () => {
      counting = false;
      bytes?.cancel().catch(() => {});
    };
    compiling.then(stop, stop);
    // A page's policy that refuses to compile WebAssembly is told what to allow: browsers speak of 'unsafe-eval', which allows far more.
    return compiling.catch((error) => {
      throw /Content Security Policy|\bCSP\b/i.test(error?.message) ? new Error('this page\'s Content Security Policy does not allow WebAssembly: add \'wasm-unsafe-eval\' to its script-src (or, where it has none, its default-src)', { cause: error }) : error;
    });
  });
  const glue = refused ? compiled : import('./stancemap.js');
  // (The last bytes leave the compile and the glue 10 s as well; a download
  // tried again since has a timer of its own.)
  Promise.allSettled([compiled, glue]).then(() => { if (!code || code.compiled === compiled) clearTimeout(stall); });
  // Failures surface per widget in mount(); none goes unhandled when no widget waits.
  compiled.catch(() => {});
  glue.catch(() => {});
  code = { compiled, glue };
  // (Trusted Types refuse every time: no second download.)
  if (!refused) Promise.all([compiled, glue]).catch(() => { code = null; });
  return code;
}
const running = new Map(); // host element → the instance serving it
const idle = []; // instances whose widget was unmounted, ready for another
// Set on a host this page's loaders started (not on a copy of its markup,
// as a page restored from a snapshot holds), shared by every loader on it.
const STARTED = Symbol.for('stancemap.started');
let mounted = 0;
/** Forgets that `host` was started, so that a later start takes it again. */
function forget(host) {
  host.removeAttribute('data-stancemap-mounted');
  delete host[STARTED];
}

async function instance() {
  if (idle.length > 0) return idle.pop();
  const { compiled, glue } = download();
  const widget = (await glue).instance();
  await widget.default({ module_or_path: await compiled });
  return widget;
}

const watched = new Set(); // the shadow roots given to mount()
/**
 * Starts every <div data-stancemap> not started yet: in the page, or in
 * `root`, a shadow root the page renders its article into (a web
 * component's), which the loader then watches as it does the page, for
 * widgets inserted and removed. (Called as an event listener, with an event:
 * the page.)
 */
export const mount = (root) => {
  // (Not those of components the page has let go.)
  for (const gone of [...watched].filter((r) => !r.host.isConnected)) watched.delete(gone);
  if (root instanceof ShadowRoot && !watched.has(root)) {
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  // (The page's, with those of the roots given before: one inserted there
  // before the loader could start it is started with the page's.)
  const scopes = root instanceof ShadowRoot ? [root] : [document, ...watched];
  const hosts = scopes.flatMap((scope) => [...scope.querySelectorAll('[data-stancemap]')]);
  return start(hosts).catch((error) => broken(error, hosts));
};

/** Starts those of `hosts` (once each) that are in the page and not started yet. */
async function start(hosts) {
  // (One the page's parser is not done with is started once it is: `take`.)
  hosts = [...new Set(hosts)];
  // Asked for again after an unmount(): wanted after all.
  for (const host of hosts) unwanted.delete(host);
  hosts = hosts.filter((host) => host.isConnected && parsed(host) && !host.hasAttribute('data-stancemap-mounted'));
  // Nothing to start (a page's change that added no widget, a mount() with
  // nothing new): nothing below runs, so a loader that cannot start widgets
  // in this browser says so once, not again at each of the page's changes.
  if (hosts.length === 0) return;
  for (const host of hosts) {
    prepare(host);
    host.setAttribute('data-stancemap-mounted', '');
    host.setAttribute('data-stancemap-loader', '');
    host[STARTED] = true;
    waiting.add(host);
    if (stalled) failed(host);
    else say(host, false);
  }
  if (!refused) fetchEditions(hosts);
  const widgets = await Promise.allSettled(hosts.map(() => instance()));
  hosts.forEach((host, i) => {
    waiting.delete(host);
    if (widgets[i].status === 'rejected') {
      // The wasm could not be fetched or compiled (a CSP without
      // 'wasm-unsafe-eval', a blocked host, a connection dropped): show the
      // static fallback, and let a later mount() try again (`download`).
      console.error('Stancemap could not start:', widgets[i].reason, host);
      forget(host);
      failed(host);
      return;
    }
    if (!host.isConnected || unwanted.delete(host)) {
      // Removed from the page, or unmounted, while its instance was prepared.
      forget(host);
      host.querySelector(':scope > [data-stancemap-message]')?.remove();
      idle.push(widgets[i].value);
      return;
    }
    mounted += 1;
    running.set(host, widgets[i].value);
    host.removeAttribute('data-stancemap-failed');
    say(host, false);
    try {
      widgets[i].value.mount(host, base, mounted);
      unstyled(host);
    } catch (error) {
      // A crash traps only this widget's instance; its panic hook has shown
      // the error in its place and the console (or, before it could, the
      // static version shows); an exception of the page's (a call it
      // refused) is told here. The other widgets still start.
      if (!(error instanceof WebAssembly.RuntimeError)) console.error('Stancemap could not start:', error, host);
      failed(host);
    }
  });
}

/**
 * Marks `host` as a widget that cannot start (the stylesheet then shows its
 * static version).
 */
function failed(host, unseen = false) {
  if (unseen) host.removeAttribute('data-stancemap-ready');
  host.setAttribute('data-stancemap-failed', '');
  say(host, true, unseen);
}

/**
 * The widget's stylesheet is what reveals its app: where it cannot load (a
 * page's policy without the widget's origin in `style-src`, a file the
 * server lacks), the app would run unseen, an empty box said to be ready.
 * The widget is marked as one that could not start instead, and an empty
 * <div> says so in its place (the page's own styles show that line). (A
 * first view's stylesheet that failed with the page, before any script,
 * fires nothing more: that page shows its static version, in its own styles.)
 */
function unstyled(host) {
  const link = host.shadowRoot?.querySelector('link[rel=stylesheet]');
  link?.addEventListener('error', () => {
    console.error('Stancemap could not start: its stylesheet did not load:', link.href, host);
    failed(host, true);
  }, { once: true });
}

/**
 * Where `host` has nothing of its own to show (no first view, no fallback:
 * an empty <div>), says in its place, in its language, that the widget is
 * loading or, `failing`, that it could not start, with a link to its own
 * page, rather than leave a blank box. The line that it is loading stays
 * until the app renders (shown through its shadow root, `mount::LOADING_SLOT`),
 * which removes it; a failure after the app's own start is told by the app,
 * unless the app is `unseen` (its stylesheet did not load).
 */
function say(host, failing, unseen = false) {
  const said = host.querySelector(':scope > [data-stancemap-message]');
  // (A shadow root a widget stopped earlier left empty is nothing to show.)
  if (said) said.remove();
  else if (host.shadowRoot?.querySelector('[data-prerendered]') || host.children.length > 0 || host.textContent.trim()) return;
  if (failing && !unseen && host.shadowRoot?.querySelector('.sm-mount')) return;
  const lang = languageOf(host);
  const words = WORDS[lang];
  const message = document.createElement('p');
  message.setAttribute('data-stancemap-message', '');
  message.lang = lang;
  // Both languages the widget speaks run left to right, on a right-to-left page too.
  message.dir = 'ltr';
  if (failing) {
    const link = document.createElement('a');
    link.href = new URL(words.page, base).href;
    link.textContent = words.link;
    message.append(words.text, ' ', link);
  } else {
    message.slot = 'stancemap-loading';
    message.append(words.loading);
  }
  host.append(message);
}

/**
 * Whether `host` shows a dataset of its own, not the bundled one the first
 * view was prerendered from: a snippet's `data-dataset-url`, `?dataset=` on
 * the widget's own pages (as `mount` reads them). It comes in one language.
 */
function ownDataset(host) {
  return host.hasAttribute('data-dataset-url') || ([...ownPages].includes(host) && new URLSearchParams(location.search).has('dataset'));
}

/**
 * The language `mount` will choose for `host` (`mount::language`): the
 * reader's before the app (`prepare`), else its `data-lang`, else `?lang=` on the widget's own pages, else its place's in
 * the page (HTML's `lang`), where the widget speaks it; else English.
 */
function languageOf(host) {
  const known = (tag) => { const lang = (tag ?? '').trim().split(/[-_]/)[0].toLowerCase(); return Object.prototype.hasOwnProperty.call(WORDS, lang) ? lang : null; };
  const own = [...ownPages].includes(host);
  return known(host.getAttribute('data-stancemap-lang')) ?? known(host.getAttribute('data-lang')) ?? (own ? known(new URLSearchParams(location.search).get('lang')) : null)
    ?? known(host.closest('[lang]')?.getAttribute('lang')) ?? 'en';
}

/**
 * Fetches the edition of each language `hosts` will speak but English
 * while the app downloads, not after it: into the page's map of fetches
 * under way (`fetch::fetch_document`), where the first widget in that
 * language finds it, so a Ukrainian reader's widget starts without a round
 * trip more. Not for a widget given a dataset of its own, which comes in one
 * language. Where this fetch fails, the entry goes, and the widget fetches
 * the edition itself and says why.
 */
function fetchEditions(hosts) {
  const fetching = globalThis[Symbol.for('stancemap.fetching.1')] ??= new Map();
  for (const host of hosts) {
    const file = EDITIONS[languageOf(host)];
    if (!file || ownDataset(host)) continue;
    const href = new URL(file, base).href;
    if (fetching.has(href)) continue;
    // As the widget fetches, without cookies or a redirect followed; given
    // up after a while (where the browser can), and then fetched by the
    // widget itself, within its own limits (`fetch::fetch_once`).
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    const text = fetch(href, { credentials: 'omit', redirect: 'manual', signal: controller.signal })
      .then((response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined)
      .finally(() => clearTimeout(timer));
    fetching.set(href, text);
    text.then((fetched) => { if (fetched === undefined) fetching.delete(href); });
  }
}

/** Stops the widget in `host` and frees it for reuse. */
export function unmount(host) {
  const widget = running.get(host);
  // One still starting is not started.
  if (!widget && waiting.has(host)) unwanted.add(host);
  if (!widget) return;
  running.delete(host);
  forget(host);
  try {
    widget.unmount(host);
    // One that crashed (its widget showed the error) would fail every widget it served next.
    if (!widget.crashed()) idle.push(widget);
  } catch {
    // That instance had crashed; let it go.
  }
}

/** The instance serving `host`, for host-page tests (e.g. its `simulate_panic`). */
export const instanceOf = (host) => running.get(host);

/**
 * Lets the browser paint prerendered first views before the wasm's start-up
 * work takes the network and the main thread: once their stylesheets (which
 * reveal them) have loaded, until the page's largest paint so far is
 * reported (its first paint where largest-paint entries are not supported),
 * then one more frame. Every wait is capped: a stylesheet may fail or never
 * answer, and browsers paint nothing in off-screen iframes.
 */
async function painted() {
  const views = [...document.querySelectorAll('[data-stancemap]')].map((h) => h.shadowRoot).filter((root) => root?.querySelector('[data-prerendered]'));
  if (views.length === 0) return;
  const capped = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);
  // (A sheet that already failed fires nothing more: hence the cap.)
  const styles = views.flatMap((root) => [...root.querySelectorAll('link[rel=stylesheet]')]).filter((link) => !link.sheet);
  await capped(Promise.all(styles.map((link) => new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  }))), 2000);
  const type = PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint') ? 'largest-contentful-paint' : 'paint';
  await capped(new Promise((resolve) => new PerformanceObserver((_, observer) => { observer.disconnect(); resolve(); }).observe({ type, buffered: true })), 250);
  await capped(new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))), 50);
}

/**
 * The iframe page's whole height down to `bottom` (in the window), its
 * margins too: where its own stylesheet did not come (a 404, a blocked
 * file), the browser's body margin would otherwise leave the end of the
 * widget behind an inner scrollbar.
 */
function heightTo(bottom) {
  return Math.ceil(bottom + scrollY + parseFloat(getComputedStyle(document.body).marginBottom));
}

/**
 * On the iframe page (its widget marked `data-post-height`, inside a frame),
 * tells the article the page's height (the widget's, styled), from its first view on, and
 * whenever it changes or the article asks (`stancemap-embed.js` sets the
 * iframe's height from it): the iframe fits the prerendered view before the
 * app arrives, so the app takes over without moving the article, and fits a
 * static view where the app cannot start. Not while that view waits for
 * another one (`#matrix`): its height is not the one coming. Where the
 * article framed the page with pym.js (NPR's responsive iframes, built into
 * many newsrooms' CMS: its parent puts `childId` in the address), says so
 * in pym's words too (`pymChild`). Then passes on what the app asks of the
 * article (`relayReveals`).
 */
function reportHeight() {
  const host = document.querySelector('[data-stancemap][data-post-height]');
  if (!host || window.parent === window) return;
  const query = new URLSearchParams(location.search);
  const id = query.get('id') ?? '';
  const pym = pymChild(query.get('childId'));
  const waitingLine = () => !host.hasAttribute('data-stancemap-failed') && host.shadowRoot?.querySelector('[data-prerendered] [data-waiting] .sm-waiting');
  // The last heights reported, newest last.
  const reported = [];
  const report = () => {
    const line = waitingLine();
    const height = heightTo(document.body.getBoundingClientRect().bottom);
    if (!line) window.parent.postMessage({ type: 'stancemap:height', id, height }, '*');
    // (While a linked view waits for the app, pym's iframe, which has no
    // height of the article's to keep, only its 150 px, and does not
    // scroll, shows what there is: the tabs and the line saying it is loading.)
    const pymHeight = line ? heightTo(line.getBoundingClientRect().bottom + parseFloat(getComputedStyle(line.closest('.sm-root')).paddingBottom)) : height;
    if (pym.send('height', pymHeight)) reported.push(pymHeight);
    else if (!line) reported.push(height);
    reported.splice(0, reported.length - 10);
  };
  // The article sizes the iframe while its window has a height reported
  // (within a pixel: a zoomed page rounds it), not merely once it asks (the
  // host script asks iframes it does not size, too); meanwhile the app never
  // scrolls the page itself (`browser::reveal`): a page taller than its
  // window is a height on its way.
  addEventListener('resize', () => host.toggleAttribute('data-stancemap-sized', reported.some((height) => Math.abs(height - innerHeight) <= 1)));
  new ResizeObserver(report).observe(host);
  // (The app taking over, or failing, or the first view ceasing to wait, may
  // leave the widget's height as it was.)
  new MutationObserver(report).observe(host, { attributes: true, attributeFilter: ['data-stancemap-ready', 'data-stancemap-failed'] });
  if (host.shadowRoot) new MutationObserver(report).observe(host.shadowRoot, { attributes: true, subtree: true, attributeFilter: ['data-waiting'] });
  // Only our own parent may ask: the host script, or pym's parent, which
  // sends its width when the window is resized.
  addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data?.type === 'stancemap:measure' || pym.sendsWidth(event.data))) report();
  });
  relayReveals(host, id, pym, report);
  // At once too: an iframe off screen may not run its observers until it nears the viewport.
  report();
}

/**
 * Passes on the app's requests to bring a part of the widget into view
 * (`stancemap:reveal` on the widget, `browser::reveal`) to the host script,
 * and to pym's parent, which scrolls to any point it is sent: only by the
 * host script's rule, with where the parent says its iframe is (else where
 * an observer in here sees the part's top out of view). Drops the request
 * of a Back or Forward pressed while the widget was off screen, which the
 * app carries out only as the reader nears it again, and meanwhile reports
 * the height as the view changes (browsers observe no sizes off screen).
 */
function relayReveals(host, id, pym, report) {
  // Whether the article's window shows some of the widget, as the browser
  // tells an iframe (a frame off screen is not drawn, nor told until it
  // is, after what it had put off); and whether Back or Forward was last
  // pressed while it showed none, until a request of theirs has been
  // dropped or the reader uses the widget in view.
  let shown = false, movedUnseen = false;
  new IntersectionObserver((entries) => { shown = entries[entries.length - 1].isIntersecting; }).observe(host);
  addEventListener('popstate', () => { movedUnseen = !shown; });
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, () => { if (shown) movedUnseen = false; }, true);
  let soon = null;
  if (host.shadowRoot) new MutationObserver(() => { if (!shown) soon ??= setTimeout(() => { soon = null; report(); }); })
    .observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  host.addEventListener('stancemap:reveal', (event) => {
    if (movedUnseen) {
      movedUnseen = false;
      return;
    }
    const part = event.detail;
    const top = Math.round(part.getBoundingClientRect().top + scrollY);
    window.parent.postMessage({ type: 'stancemap:reveal', id, top }, '*');
    if (!pym.framed) return;
    let decided = false;
    // (`above`: how far below the window's top to put it.)
    const decide = (out, above) => {
      if (!decided && out && part.isConnected) pym.send('scrollToChildPos', Math.max(0, Math.round(top - above)));
      decided = true;
    };
    // As the host script places it, an eighth of the window below its top.
    const cancel = pym.askWhere((windowHeight, frameTop) => decide(frameTop + top < 0 || frameTop + top > windowHeight * 2 / 3, windowHeight / 8));
    setTimeout(() => {
      cancel();
      if (decided) return;
      const observer = new IntersectionObserver((entries) => {
        observer.disconnect();
        const entry = entries[entries.length - 1];
        decide(!entry.isIntersecting || entry.intersectionRect.top > entry.boundingClientRect.top + 1, 0);
      });
      observer.observe(part);
    }, 300);
  });
}

/**
 * Speaks to a pym.js parent that named this page `childId` (none: a page
 * pym did not frame, to which it says nothing): `send(type, value)` posts
 * pym's message, and says whether it did; `sendsWidth(data)`, whether a
 * message is the parent sending its width; `askWhere(then)` asks the
 * parent where its iframe is (pym 1.3.1 and later answer, after any height
 * sent before) and calls `then` with the height of the article's window and
 * the iframe's top in it, unless cancelled first (it returns the cancel).
 */
function pymChild(childId) {
  const framed = childId !== null;
  const message = (type, value) => ['pym', childId, type, value].join('xPYMx');
  const said = (data, type) => framed && typeof data === 'string' && data.startsWith(message(type, ''));
  const send = (type, value) => framed && (window.parent.postMessage(message(type, value), '*'), true);
  const waiting = new Set();
  if (framed) {
    // Its answer: the window's width and height, and the iframe's top, left, bottom and right in it.
    addEventListener('message', (event) => {
      if (event.source !== window.parent || !said(event.data, 'viewport-iframe-position')) return;
      const [, height, top] = event.data.slice(message('viewport-iframe-position', '').length).split(' ').map(Number);
      if (!Number.isFinite(height) || !Number.isFinite(top)) return;
      for (const then of waiting) then(height, top);
      waiting.clear();
    });
  }
  const askWhere = (then) => {
    if (send('parentPositionInfo', '')) waiting.add(then);
    return () => waiting.delete(then);
  };
  return { framed, send, sendsWidth: (data) => said(data, 'width'), askWhere };
}

/**
 * Frees the widgets the page removed (a widget put back later starts afresh;
 * one moved within a task keeps its instance), and starts `hosts`, which it
 * added, even while the first are starting; pages may still call both
 * themselves.
 */
function changed(hosts) {
  for (const host of [...running.keys()]) if (!host.isConnected) unmount(host);
  for (const host of hosts) {
    // A copy of a started widget (a page restored from a snapshot) carries its marks, but no instance.
    if (!host[STARTED]) {
      forget(host);
      host.removeAttribute('data-stancemap-ready');
    }
  }
  // (Only those: one that failed to start is not retried at every insertion.)
  start(hosts).catch((error) => broken(error, hosts));
}
// Nothing is fetched before prerendered first views have painted: the wasm's
// download and compile would compete with the page for the network and cores,
// and Lighthouse then counts that paint, not the app's, as the largest. Not
// awaited at this module's top: a page's own module that imports `mount` and
// `unmount` from it runs at once, not once the widgets' code has come.
(async () => {
  await painted();
  reportHeight();
  download();
  starting = true;
  await mount();
})().catch(broken);
evaluated = true;

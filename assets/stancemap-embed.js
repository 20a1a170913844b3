// Stancemap host script: sizes <iframe data-stancemap-embed="ID"> to its content.
// It accepts a message only from that iframe's own window, only in the expected
// shapes, and only ever sets a height or scrolls the article (the page, or the
// box around the iframe that scrolls it) to a point inside that iframe (where a
// link in the widget, or Back or Forward, took the reader, out of view): it
// never navigates or evaluates anything. Where an iframe's page is not what
// its mark and address say (an unmarked iframe showing the widget, another
// id, a redirect), it says so in the console instead.
//
// Sizing does not depend on load order: the page inside reports its height
// whenever it changes, and this script also asks every iframe for it when the
// script starts (it may run long after the iframes reported, e.g. when a CMS
// or consent manager delays it), whenever an iframe (re)loads, when an
// iframe nears the viewport (browsers pause rendering, and so the reports, of
// cross-origin iframes that are off screen), and when the window is resized.
(function () {
  'use strict';
  var MAX = 100000;
  var SELECTOR = 'iframe[data-stancemap-embed]';

  function ask(frame) {
    // The request carries nothing; the answer is checked like any report.
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'stancemap:measure' }, '*');
  }

  function length(value) {
    return typeof value === 'number' && isFinite(value) && value >= 0 && value <= MAX;
  }

  // Brings a point `top` pixels below the top of the iframe's page into view
  // when it is out of view or in the lowest third of it (the widget's own
  // rule, `browser::reveal`), or under the sticky header of what scrolls
  // (as its `scroll-padding-top` says), near the top, below that header.
  function reveal(frame, top) {
    var box = frame.getBoundingClientRect();
    var style = getComputedStyle(frame);
    // In the article's pixels: an ancestor's zoom or transform scales the iframe's.
    var scale = frame.offsetHeight ? box.height / frame.offsetHeight : 1;
    var inside = (frame.clientTop + (parseFloat(style.paddingTop) || 0) + top) * scale;
    if (inside > box.height) return;
    var view = scroller(frame);
    var y = box.top + inside - view.top;
    var header = stickyHeader(view);
    // (The room the widget's own panels keep when it scrolls the page, an eighth of the window, below that header.)
    if (y < header || y > view.height * 2 / 3) view.by(y - header - view.height / 8);
  }

  // What scrolls the article around the iframe: the nearest box around it
  // (through shadow roots and slots) that scrolls and either cuts the
  // iframe off or has been scrolled (an app's shell, an article opened in a
  // dialog; a wrapper that only clips what overflows it sideways is as tall
  // as what it holds, and the reader does not scroll it), else the page;
  // where its visible part starts, how tall it is, and a way to scroll it.
  // (The widget's `browser::scroller_around` finds a direct mount's so.)
  function scroller(frame) {
    var page = document.documentElement;
    var root = getComputedStyle(page);
    // The body's overflow is the page's where the root's is visible both ways: the body does not scroll then.
    var bodyScrolls = root.overflowX !== 'visible' || root.overflowY !== 'visible';
    var outer = frame.getBoundingClientRect();
    for (var box = around(frame); box && box !== page; box = around(box)) {
      var overflow = getComputedStyle(box).overflowY;
      if ((box !== document.body || bodyScrolls) && (overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
        var top = box.getBoundingClientRect().top + box.clientTop;
        if (box.scrollTop > 0 || outer.top < top - 1 || outer.bottom > top + box.clientHeight + 1) {
          return { box: box, top: top, height: box.clientHeight, by: box.scrollBy.bind(box, 0) };
        }
      }
    }
    return { box: page, top: 0, height: page.clientHeight || window.innerHeight, by: window.scrollBy.bind(window, 0) };
  }

  // The element around `element` as the page is drawn: the slot it is
  // shown in, else its parent, else the host of the shadow root it is in.
  function around(element) {
    if (element.assignedSlot) return element.assignedSlot;
    if (element.parentElement) return element.parentElement;
    var root = element.getRootNode ? element.getRootNode() : null;
    return (root && root.host) || null;
  }

  // The room what scrolls keeps at the top of its view (`scroll-padding-top`:
  // a length or a percentage of that view).
  function stickyHeader(view) {
    var padding = getComputedStyle(view.box).scrollPaddingTop;
    var px = parseFloat(padding) || 0;
    return /%$/.test(padding) ? view.height * px / 100 : px;
  }

  // What the iframe's own box adds to its content's height: its borders and
  // padding, where the page sizes boxes by their border (a common reset).
  function frameExtra(frame) {
    var style = getComputedStyle(frame);
    if (style.boxSizing !== 'border-box') return 0;
    return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
      .reduce(function (sum, side) { return sum + (parseFloat(style[side]) || 0); }, 0);
  }

  // An iframe of the widget's iframe page (`embed.html`, `embed.uk.html`,
  // by its address as written) that is not marked `data-stancemap-embed`
  // (pasted by hand, or its attribute stripped by a CMS) is asked for its
  // height too, whenever this script runs, but never sized: where it
  // answers as the widget's page does, the console says so, once, to
  // whoever builds the page. (Not one pym.js made: it sizes its iframes
  // itself, and gives them `childId` in their address.)
  function unmarked(frame) {
    return !frame.matches(SELECTOR) && !framedByPym(frame) && /(^|\/)embed(\.[a-z]+)?\.html([?#]|$)/.test(frame.getAttribute('src') || '');
  }

  function framedByPym(frame) {
    return /[?&]childId=/.test(frame.getAttribute('src') || '');
  }

  function frameOf(source) {
    var all = document.getElementsByTagName('iframe');
    for (var i = 0; i < all.length; i++) if (all[i].contentWindow === source) return all[i];
    return null;
  }

  var warned = [];
  function warn(frame, message, box) {
    if (warned.indexOf(frame) >= 0) return;
    warned.push(frame);
    if (box) console.warn('Stancemap: ' + message, frame, box);
    else console.warn('Stancemap: ' + message, frame);
  }

  // A box around the iframe that cuts it off at a height of its own (a
  // CMS's fixed-ratio "responsive embed" wrapper, a block of fixed height
  // with overflow hidden): the height set shows only in part. A box that
  // scrolls is left alone (the reader scrolls it), and so is one of no
  // height (an accordion closed, a box of `display: contents`).
  function clipping(frame) {
    var bottom = frame.getBoundingClientRect().bottom;
    for (var box = around(frame); box && box !== document.body && box !== document.documentElement; box = around(box)) {
      var overflow = getComputedStyle(box).overflowY;
      var rect = box.getBoundingClientRect();
      if ((overflow === 'hidden' || overflow === 'clip') && rect.height > 0 && rect.bottom + 1 < bottom) return box;
    }
    return null;
  }

  // Said once the box still cuts the iframe off a second later (not a box
  // caught growing, in a transition).
  function checkClipping(frame) {
    if (warned.indexOf(frame) >= 0 || !clipping(frame)) return;
    setTimeout(function () {
      var box = clipping(frame);
      if (box) warn(frame, 'this iframe is ' + frame.style.height + ' tall, but a box around it cuts it off at ' + Math.round(box.getBoundingClientRect().height) + ' px (a fixed-ratio or fixed-height wrapper, with overflow hidden?): let that box grow with the iframe, without a height or padding that fixes its own.', box);
    }, 1000);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.id !== 'string') return;
    var sized = data.type === 'stancemap:height' && length(data.height);
    var revealed = data.type === 'stancemap:reveal' && length(data.top);
    if (!sized && !revealed) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (!frame.matches(SELECTOR)) {
      if (!framedByPym(frame)) warn(frame, 'this iframe shows the widget but has no data-stancemap-embed attribute, so its height is not set: give it data-stancemap-embed="ID" and its src ?id=ID, as "Embed this view" writes them.');
      return;
    }
    // Its own window, still showing the widget's page (not a page it was
    // navigated to), by its origin; where a sandbox without
    // `allow-same-origin` gives the page none, "null" (as some CMSs set on
    // the iframe, or on a frame holding the article, whose sandbox its
    // iframes inherit), which a page the iframe was navigated to has too:
    // there, the id alone tells the widget's reports from another page's.
    var origin = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin') ? 'null' : new URL(frame.src, location.href).origin;
    var own = event.origin === origin || (window.origin === 'null' && event.origin === 'null');
    var mark = frame.getAttribute('data-stancemap-embed');
    if (own && mark === data.id) {
      if (sized) {
        frame.style.height = Math.ceil(data.height + frameExtra(frame)) + 'px';
        checkClipping(frame);
      } else reveal(frame, data.top);
    } else {
      warn(frame, !own
        ? 'this iframe\'s page is served from ' + event.origin + ', not ' + origin + ' as its src says (a redirect?), so its height is not set: give src the address the widget is served from.'
        : data.id
          ? 'this iframe\'s data-stancemap-embed="' + mark + '" does not match the id its address gives (?id=' + data.id + '), so its height is not set.'
          : 'this iframe\'s src gives no id, so its height is not set: add id=' + mark + ' to its query (?id=' + mark + ', or &id=' + mark + ' after other settings, before any #), as "Embed this view" writes it.');
    }
  });

  var nearing = typeof IntersectionObserver === 'function' && new IntersectionObserver(function (entries) {
    for (var i = 0; i < entries.length; i++) if (entries[i].isIntersecting) ask(entries[i].target);
  }, { rootMargin: '100% 0px' });

  function track(frame) {
    ask(frame);
    if (nearing) nearing.observe(frame); // observing twice is harmless
  }

  // `load` does not bubble, but it passes through the document while capturing,
  // so this also sees lazy iframes and iframes the page adds later.
  document.addEventListener('load', function (event) {
    var frame = event.target;
    if (frame && frame.matches && frame.matches(SELECTOR)) track(frame);
    else if (frame && frame.localName === 'iframe' && unmarked(frame)) ask(frame);
  }, true);

  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].matches(SELECTOR)) track(frames[i]);
    else if (unmarked(frames[i])) ask(frames[i]);
  }

  // A window resized (a phone turned) changes every iframe's width, so its
  // content's height: each is asked again, since one far off screen, whose
  // reports the browser holds back, would otherwise keep its old height
  // until the reader nears it, and move the article under them.
  // (Only a change of width: a phone's address bar coming and going resizes the window too.)
  var resized, width = window.innerWidth;
  window.addEventListener('resize', function () {
    if (window.innerWidth === width) return;
    width = window.innerWidth;
    clearTimeout(resized);
    resized = setTimeout(function () {
      var all = document.querySelectorAll(SELECTOR);
      for (var k = 0; k < all.length; k++) ask(all[k]);
    }, 100);
  });
})();

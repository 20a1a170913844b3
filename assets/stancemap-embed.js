// Stancemap host script: sizes <iframe data-stancemap-embed="ID"> to its content.
// It accepts a message only from that iframe's own window, only in the expected
// shape, and only ever sets a height: it never navigates or evaluates anything.
(function () {
  'use strict';
  var MAX = 100000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'stancemap:height') return;
    if (typeof data.id !== 'string' || typeof data.height !== 'number') return;
    if (!isFinite(data.height) || data.height < 0 || data.height > MAX) return;
    var frames = document.querySelectorAll('iframe[data-stancemap-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && frame.getAttribute('data-stancemap-embed') === data.id) {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
    }
  });
})();

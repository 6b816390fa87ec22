/* Statewise: sizes each iframe[data-statewise-embed] to the height its embed posts. */
(function (w, d) {
  var S = 'iframe[data-statewise-embed]';
  if (!w.statewiseResize) {
    w.statewiseResize = 1;
    w.addEventListener('message', function (e) {
      var m = e.data || {};
      var h = m.height;
      if (m.type !== 'statewise:resize' || m.version !== 1) return;
      if (typeof h !== 'number' || !(h > 0 && h < 2e4)) return;
      // Only the iframe's own window, from its own origin; no other field is trusted.
      d.querySelectorAll(S).forEach(function (f) {
        if (f.contentWindow === e.source && new URL(f.src, d.baseURI).origin === e.origin)
          f.style.height = Math.ceil(h) + 'px';
      });
    });
  }
  // Embeds loaded before this script ran post their height again when asked.
  d.querySelectorAll(S).forEach(function (f) {
    if (f.contentWindow)
      f.contentWindow.postMessage({ type: 'statewise:request-resize', version: 1 }, '*');
  });
})(window, document);

// Loads the module script named in this tag's data-src only after the page has painted (the
// load event, then two animation frames, then data-delay-ms if given), as a slow CDN or a tag
// manager would: the custom elements are in the page, unupgraded, for at least one frame.
/* global window, document, requestAnimationFrame, setTimeout */
(() => {
  const { src, delayMs = '0' } = document.currentScript.dataset;
  window.addEventListener('load', () => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = src;
          document.head.append(script);
        }, Number(delayMs)),
      ),
    );
  });
})();

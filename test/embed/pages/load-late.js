// Loads the module script named in this tag's data-src only after the page has painted (the
// load event, then two animation frames), as a slow CDN or a tag manager would: the custom
// elements are in the page, unupgraded, for at least one rendered frame.
/* global window, document, requestAnimationFrame */
(() => {
  const src = document.currentScript.dataset.src;
  window.addEventListener('load', () => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const script = document.createElement('script');
        script.type = 'module';
        script.src = src;
        document.head.append(script);
      }),
    );
  });
})();

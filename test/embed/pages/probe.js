// Loaded first, as a classic script, by every host page under test/embed/pages: records what
// a publisher would see go wrong while the widget loads (console errors and warnings,
// uncaught exceptions, failed loads, Content-Security-Policy violations) so the test in the
// parent frame can read it afterwards. An external file, so a strict CSP allows it.
/* global window, document, console */
(() => {
  const probe = {
    errors: [],
    warnings: [],
    exceptions: [],
    failedLoads: [],
    violations: [],
  };
  const text = (args) =>
    args
      .map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}` : String(arg)))
      .join(' ');
  for (const [level, list] of [
    ['error', probe.errors],
    ['warn', probe.warnings],
  ]) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      list.push(text(args));
      original(...args);
    };
  }
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && 'tagName' in target) {
        probe.failedLoads.push(
          `${target.tagName.toLowerCase()} ${target.src || target.href || ''}`,
        );
      } else {
        probe.exceptions.push(event.error ? text([event.error]) : event.message);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    probe.exceptions.push(`unhandled rejection: ${text([event.reason])}`);
  });
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      probe.violations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ` +
          `at ${event.sourceFile || '?'}:${event.lineNumber}: ${event.sample}`,
      );
    },
    true,
  );
  window.embedProbe = probe;
})();

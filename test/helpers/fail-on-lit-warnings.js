// Loaded before every test file (see web-test-runner.config.js): a Lit development-mode
// warning (a property changed during an update, a missing polyfill, …) fails the test that
// caused it, instead of scrolling by in the browser log. The two notices Lit prints on load
// are information, not faults.
const notices = [/Lit is in dev mode/, /Multiple versions of Lit loaded/];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !notices.some((notice) => notice.test(text))) {
    throw new Error(`Lit warning: ${text}`);
  }
  warn(...args);
};

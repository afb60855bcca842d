// Minifies the whitespace inside html`` and css`` templates. The npm build, the CDN bundle
// and the browser tests all run the same minified templates: hydration matches a template
// in server-rendered HTML with the one in the code by a digest of its text, so the HTML that
// dist/ssr.js renders must come from the very templates the browser runs.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export const minifyTemplates = () => minifyHTML({ include: ['src/**/*.ts', '**/src/**/*.ts'] });

// Builds dist/embed/ after rollup: index.html, a standalone page with the routine
// pre-rendered (the snippet of dist/ssr.js put in src/embed/index.html), its page script
// embed.js, and resize.js for the pages that embed it in an iframe. The page loads the CDN
// bundle by a relative URL (../cdn/), so any CDN or server that serves the package serves it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { renderRoutineHtml } from '../dist/ssr.js';

const OUT = 'dist/embed';
const PLACEHOLDER = '<!-- routine -->';

function writePage() {
  const template = readFileSync('src/embed/index.html', 'utf8');
  if (!template.includes(PLACEHOLDER))
    throw new Error(`src/embed/index.html has no ${PLACEHOLDER}`);
  writeFileSync(
    `${OUT}/index.html`,
    template.replace(PLACEHOLDER, () => renderRoutineHtml()),
  );
}

/** One minified file per entry; resize.js as an IIFE, which runs as a classic script or a module. */
function buildScript(name, format) {
  return build({
    entryPoints: [`src/embed/${name}.ts`],
    outfile: `${OUT}/${name}.js`,
    bundle: true,
    minify: true,
    format,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

mkdirSync(OUT, { recursive: true });
writePage();
await Promise.all([buildScript('embed', 'esm'), buildScript('resize', 'iife')]);
console.log(`${OUT}/: index.html, embed.js, resize.js`);

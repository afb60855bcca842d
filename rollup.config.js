// Two builds from one source:
//  - dist/: the npm build, ES modules that keep the source's module structure, with .d.ts;
//    lit and tslib stay external so the publisher's bundler shares one copy.
//  - dist/cdn/: runner-knee-routine.js, one minified file for a <script type="module"> tag,
//    with Lit inlined, that registers every element; beside it, the chunks it imports on
//    demand (before a routine element's first render: the routine flow, the built-in routine,
//    the data validator, hydration; after it: the workout view, the timer's cues, the knee
//    check, the take-along dialogs), and integrity.json, the Subresource Integrity value of each.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.js';
import { subresourceIntegrity } from './scripts/integrity.js';

// Every top-level module of src/ is an entry: define.ts (registers all), index.ts (classes),
// data.ts, and one registering <tag>.ts per element. A new element needs no change here.
const npmEntries = Object.fromEntries(
  readdirSync('src')
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => [file.slice(0, -'.ts'.length), `src/${file}`]),
);
// The built-in routine is JSON (src/data/runners-knee-routine.json), turned into a JavaScript
// module in both builds: published ES modules import no .json (which would need import
// attributes), and nothing but its default export is used.
const routineJson = () => json({ preferConst: true, compact: true, namedExports: false });

const npmBuild = {
  input: npmEntries,
  // Runtime dependencies stay imports: lit, tslib for the decorator helper, and the server
  // renderer (imported by the Node-only ssr.js alone).
  external: (id) => /^(lit|tslib)(\/|$)/.test(id) || /^@lit(-labs)?\//.test(id),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [
    routineJson(),
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist' }),
    // The same templates as the CDN bundle's: see scripts/minify-templates.js.
    minifyTemplates(),
  ],
};

const cdnBuild = {
  input: { 'runner-knee-routine': 'src/entries/cdn.ts' },
  // The chunks import what they share with the entry from the entry itself (one file, one
  // request), not from a third file the entry would be a mere facade of.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    // The entry keeps its name: it is the one file a publisher's script tag names. Each
    // chunk of code loaded on demand (src/internal/chunks.ts) is named for its content, so a
    // CDN may cache it for ever; it is fetched by a URL relative to the entry's.
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
  plugins: [
    // Lit's hydrate support, whose hydrate() only a server-rendered page runs, gives way to
    // one that loads it on demand: src/internal/lazy-hydrate-support.ts.
    {
      name: 'lazy-hydrate-support',
      resolveId: (source) =>
        source === '@lit-labs/ssr-client/lit-element-hydrate-support.js'
          ? resolve('src/internal/lazy-hydrate-support.ts')
          : null,
    },
    // The production build of Lit: no dev-mode warnings on publishers' pages.
    nodeResolve({ exportConditions: ['production', 'browser'] }),
    routineJson(),
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist/cdn',
    }),
    // Whitespace inside templates is most of what terser cannot shrink.
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    // Prints every file's integrity value and writes dist/cdn/integrity.json.
    subresourceIntegrity(),
  ],
};

export default [npmBuild, cdnBuild];

// Editor data and framework types, generated from custom-elements.json into dist/ (part of
// `npm run build`, shipped in the package):
//   dist/editor/vscode.html-custom-data.json, vscode.css-custom-data.json  VS Code custom data
//   dist/editor/web-types.json  JetBrains web-types (package.json "web-types")
//   dist/react.d.ts  JSX intrinsic elements for React 19 (and Preact, Solid…): runner-knee-routine/react
//   dist/vue.d.ts    Vue 3 GlobalComponents: runner-knee-routine/vue
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { publicManifest } from './editor-data/public-manifest.js';
import { fixReactRefType } from './editor-data/react-types.js';
import { tidyVsCodeData } from './editor-data/vscode-data.js';
import { vueTypes } from './editor-data/vue-types.js';

const PACKAGE = 'runner-knee-routine';
const outdir = process.argv[2] ?? 'dist';
const editorDir = join(outdir, 'editor');
const manifest = publicManifest(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
const quiet = { hideLogs: true };

mkdirSync(editorDir, { recursive: true });
generateVsCodeCustomElementData(manifest, { ...quiet, outdir: editorDir });
tidyVsCodeData(manifest, editorDir);
generateJetBrainsWebTypes(manifest, { ...quiet, outdir: editorDir, packageJson: false });

const jsx = generateJsxTypes(manifest, {
  fileName: null, // written below, once fixed
  outdir,
  globalTypePath: PACKAGE,
  stronglyTypedEvents: true,
});
writeFileSync(join(outdir, 'react.d.ts'), fixReactRefType(jsx));
writeFileSync(join(outdir, 'vue.d.ts'), vueTypes(manifest, PACKAGE));
console.log(`Editor data in ${editorDir}/, React and Vue types in ${outdir}/.`);

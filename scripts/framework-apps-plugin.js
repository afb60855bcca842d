// A test-runner plugin that serves /test/frameworks/apps/<name>.bundle.js: the app in
// test/frameworks/apps/<name>.tsx (or .ts) bundled by esbuild with React or Vue (published as
// CommonJS or for bundlers, which the browser cannot load as they are) and the package's npm
// build (dist/, from `npm run build`), as a publisher's bundler would. Each app is bundled
// once per run.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLE_PATH = /^\/test\/frameworks\/apps\/([\w-]+)\.bundle\.js$/;

async function bundle(name) {
  const entry = [`test/frameworks/apps/${name}.tsx`, `test/frameworks/apps/${name}.ts`].find(
    existsSync,
  );
  if (!entry) throw new Error(`no test app test/frameworks/apps/${name}.tsx or .ts`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    // Vue's full build compiles the app's template in the browser.
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return result.outputFiles[0].text;
}

/** Serves each framework app's bundle. */
export function frameworkAppsPlugin() {
  const bundles = new Map();
  return {
    name: 'framework-apps',
    async serve({ path }) {
      const name = BUNDLE_PATH.exec(path)?.[1];
      if (!name) return undefined;
      if (!bundles.has(name)) bundles.set(name, bundle(name));
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}

// Generates custom-elements.json from the JSDoc on the element classes.

/**
 * Keeps the manifest stable and clean: modules sorted by path (the file walk's order varies),
 * and only named events (they are documented with @fires; the analyzer also infers unnamed
 * ones from `dispatchEvent(new X())`).
 */
function tidyManifest() {
  return {
    name: 'tidy-manifest',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  // scripts/check-manifest.js generates into a temporary folder to compare.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [tidyManifest()],
};

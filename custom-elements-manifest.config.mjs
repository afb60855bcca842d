// Generates custom-elements.json from the JSDoc on the element classes.
import { readFileSync } from 'node:fs';

/** The `--routine-*` tokens, documented once in the shared token styles. */
function tokensFromStyles() {
  const source = readFileSync('src/styles/tokens.styles.ts', 'utf8');
  return [...source.matchAll(/@cssprop (--[\w-]+) - (.+)$/gm)].map(([, name, description]) => ({
    description,
    name,
  }));
}

/** Which elements contain which, and the prefix their parts are re-exported under. */
const NESTED = { card: 'exercise-card', list: 'routine-list', timer: 'set-timer' };
const COMPOSITES = ['exercise-routine', 'runner-knee-routine'];

/**
 * Writes each list once: every element gets the shared tokens, and the composite elements
 * get the parts of the card, list and timer inside them as `card__name`, `timer__display`…,
 * derived from those elements' own documentation (the code derives `exportparts` the same way).
 */
function sharedDocs() {
  return {
    name: 'shared-docs',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
      // A base class without a tag (RoutineElement) is a class, not a custom element.
      for (const declaration of declarations) {
        if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
      }
      const elements = declarations.filter((declaration) => declaration.customElement);
      const byTag = new Map(elements.map((element) => [element.tagName, element]));
      const tokens = tokensFromStyles();
      for (const element of elements) {
        element.cssProperties = tokens;
        if (!COMPOSITES.includes(element.tagName)) continue;
        const own = (element.cssParts ?? []).filter((part) => !part.name.includes('__'));
        const nested = Object.entries(NESTED).flatMap(([prefix, tag]) =>
          (byTag.get(tag)?.cssParts ?? []).map((part) => ({
            description: `The \`${part.name}\` part of the \`<${tag}>\` inside: ${part.description}`,
            name: `${prefix}__${part.name}`,
          })),
        );
        element.cssParts = [...own, ...nested];
      }
    },
  };
}

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

/**
 * Documents the public API only: drops private and protected members (and `#private` names,
 * which JavaScript itself hides), so Storybook's controls and docs tables, and editors reading
 * the manifest, offer nothing a page cannot use. Lit's own static plumbing
 * (`shadowRootOptions`, `styles`) goes too.
 */
function publicApiOnly() {
  const LIT_STATICS = ['shadowRootOptions', 'styles', 'properties'];
  const isPublic = (member) =>
    !member.name.startsWith('#') &&
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !(member.static && LIT_STATICS.includes(member.name));
  return {
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The embed page's scripts (src/embed/) are files of a page, not modules of the package.
  exclude: ['src/**/*.styles.ts', 'src/embed/**'],
  // scripts/check-manifest.js generates into a temporary folder to compare.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [tidyManifest(), publicApiOnly(), sharedDocs()],
};

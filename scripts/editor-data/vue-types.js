// Vue 3 types for the elements: each tag in `GlobalComponents`, which Vue's template type
// checker (vue-tsc, Vue - Official in editors) reads. It camelizes what a template binds:
// `:heading-level` and `headingLevel` are both the prop `headingLevel`, and
// `@routine-set-complete` is the prop `onRoutineSetComplete`. So the props here are the
// properties' names and `on` + the event's name in PascalCase, each with the library's types.
import { elementsOf } from './public-manifest.js';

const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
const doc = (text, indent = '  ') =>
  text
    ? `${indent}/** ${text.replace(/\*\//g, '*\\/').split('\n').join(`\n${indent} * `)} */\n`
    : '';

/** Public properties a page can set: fields, not read-only, not static. */
const settable = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.readonly && !m.static);

function propsType(element) {
  const props = settable(element).map(
    (field) => `${doc(field.description)}  ${field.name}?: ${element.name}['${field.name}'];\n`,
  );
  const events = (element.events ?? []).map(
    (event) =>
      `${doc(event.description)}  on${pascal(event.name)}?: (event: ${event.type?.text ?? 'Event'}) => void;\n`,
  );
  return `type ${element.name}Props = {\n${[...props, ...events].join('')}};\n`;
}

/** The text of the Vue types file for the elements of `manifest` (see publicManifest). */
export function vueTypes(manifest, packageName) {
  const elements = elementsOf(manifest);
  const names = elements.flatMap((e) => [e.name, ...(e.events ?? []).map((v) => v.type?.text)]);
  const imports = [...new Set(names.filter(Boolean))].sort();
  const components = elements.map(
    (element) =>
      `${doc(element.summary ?? element.description, '    ')}    '${element.tagName}': DefineComponent<${element.name}Props>;\n`,
  );
  return `// Generated from custom-elements.json by scripts/build-editor-data.js.
import type { DefineComponent } from 'vue';
import type { ${imports.join(', ')} } from '${packageName}';

${elements.map(propsType).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${components.join('')}  }
}
`;
}

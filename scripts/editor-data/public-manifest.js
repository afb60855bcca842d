// The manifest as the editor and framework generators read it: a copy of custom-elements.json
// (which itself is left as it is) with what the analyzer does not record.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const declarationsOf = (manifest) => manifest.modules.flatMap((mod) => mod.declarations ?? []);

/** Event name → the Event subclass that carries it, from the classes' static `eventName`. */
function eventClasses(manifest) {
  const classes = new Map();
  for (const declaration of declarationsOf(manifest)) {
    const field = declaration.members?.find((m) => m.static && m.name === 'eventName');
    const name = /^'([\w-]+)'$/.exec(field?.default ?? '')?.[1];
    if (declaration.superclass?.name === 'Event' && name) classes.set(name, declaration.name);
  }
  return classes;
}

/** `type X = 'a' | 'b'` aliases declared in `dir`: name → values. */
function stringUnionAliases(dir) {
  const aliases = new Map();
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isTypeAliasDeclaration(statement) || !ts.isUnionTypeNode(statement.type)) continue;
      const values = statement.type.types.map((type) =>
        ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) ? type.literal.text : null,
      );
      if (values.every((value) => value !== null)) aliases.set(statement.name.text, values);
    }
  }
  return aliases;
}

/** `Theme | undefined` → `'auto' | 'light' | 'dark' | undefined`: what an editor can offer. */
function expandAliases(type, aliases) {
  if (!type?.text) return type;
  const parts = type.text.split('|').map((part) => part.trim());
  const expanded = parts.flatMap((part) => aliases.get(part)?.map((v) => `'${v}'`) ?? [part]);
  return { ...type, text: expanded.join(' | ') };
}

/**
 * Adds to a copy of the manifest:
 * - each element event's type: its Event subclass (`SetCompleteEvent`), exported by the package;
 * - the values of string-union aliases in attribute and property types (`Theme` is
 *   `'auto' | 'light' | 'dark'`), for editors' completions;
 * - as exports of each element's module, only the element class and its event classes: the
 *   JSX generator imports every export of those modules from the package's entry, which
 *   exports these but not the modules' other names.
 */
export function publicManifest(manifest, sourceDir = 'src') {
  const copy = structuredClone(manifest);
  const events = eventClasses(copy);
  const aliases = stringUnionAliases(sourceDir);
  for (const mod of copy.modules) {
    const elements = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
    for (const element of elements) {
      for (const event of element.events ?? []) {
        if (events.has(event.name)) event.type = { text: events.get(event.name) };
      }
      for (const item of [...(element.attributes ?? []), ...(element.members ?? [])]) {
        if (item.type) item.type = expandAliases(item.type, aliases);
      }
    }
    if (elements.length) {
      const names = elements.flatMap((e) => [e.name, ...(e.events ?? []).map((v) => v.type?.text)]);
      mod.exports = [...new Set(names.filter(Boolean))].map((name) => ({
        kind: 'js',
        name,
        declaration: { name, module: mod.path },
      }));
    }
  }
  return copy;
}

/** The custom elements of a manifest: declarations with a tag. */
export const elementsOf = (manifest) =>
  declarationsOf(manifest).filter(
    (declaration) => declaration.customElement && declaration.tagName,
  );

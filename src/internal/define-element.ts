/** A custom element class that may carry the library version it was built from. */
export type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `ctor` as `tag` unless the tag is already taken, so a second copy of the
 * bundle on a page (CDN twice, or CDN beside the npm build) does not throw. Warns when
 * the copy already registered is another version. Does nothing without a registry
 * (server rendering, Node).
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
  } else if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `runner-knee-routine: <${tag}> ${existing.version ?? '(unknown version)'} is already defined; ${ctor.version} was not registered.`,
    );
  }
}

import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers a tag if it is free. Council pages often load a script twice, so a
 * second registration never throws: the same version stays silent, another
 * version gets a console warning that names both.
 */
export function defineElement(tag: string, elementClass: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, elementClass);
    return;
  }
  const existingVersion = existing.version ?? 'unknown';
  const thisVersion = elementClass.version ?? VERSION;
  if (existing !== elementClass && existingVersion !== thisVersion) {
    console.warn(
      `coproduce: <${tag}> is already defined by version ${existingVersion}; ` +
        `version ${thisVersion} was not registered. Load one coproduce script per page.`,
    );
  }
}

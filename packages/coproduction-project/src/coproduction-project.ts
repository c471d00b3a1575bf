import {
  localStorageAdapter,
  MemoryStorageAdapter,
  projectContext,
  VERSION,
  type ProjectContextValue,
  type StorageAdapter,
} from '@coproduce/core';
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';

/**
 * Optional wrapper that shares a project id, a language, a place to save and
 * Easy Read with every coproduce element inside it. Elements work without it.
 *
 * @summary Shares project id, language, storage and Easy Read with the elements inside it.
 * @tagname coproduction-project
 *
 * @slot - The coproduce elements (and anything else) that belong to this project.
 */
export class CoproductionProject extends LitElement {
  static version = VERSION;

  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  static override properties: PropertyDeclarations = {
    project: { type: String, reflect: true },
    locale: { type: String, reflect: true },
    storageType: { type: String, attribute: 'storage' },
    storage: { attribute: false },
    easyRead: { type: Boolean, attribute: 'easy-read', reflect: true },
  };

  /** Project id: namespaces every saved key (`coproduce:<project>:<storage-key>`), so projects never mix. */
  declare project: string | undefined;
  /** Language for the elements inside (`en` or `cy`) unless they set their own. Also sets `lang` for screen readers. */
  declare locale: string | undefined;
  /** `local` (default): this browser's local storage. `memory`: nothing outlives the page. */
  declare storageType: 'local' | 'memory' | undefined;
  /** A storage adapter of your own (for example one that also sends to your server). Overrides `storage`. */
  declare storage: StorageAdapter | undefined;
  /** Easy Read for every element inside: short sentences, everyday words and pictures. */
  declare easyRead: boolean;

  private memory: MemoryStorageAdapter | null = null;
  private readonly provider = new ContextProvider(this, {
    context: projectContext,
    initialValue: this.contextValue(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      // Screen readers pronounce the inside in the right language.
      if (this.locale) this.setAttribute('lang', this.locale);
    }
    this.provider.setValue(this.contextValue());
  }

  private contextValue(): ProjectContextValue {
    return {
      project: this.project || null,
      locale: this.locale || null,
      storage: this.resolveStorage(),
      easyRead: this.easyRead === true,
    };
  }

  private resolveStorage(): StorageAdapter {
    if (this.storage) return this.storage;
    if (this.storageType === 'memory') {
      this.memory ??= new MemoryStorageAdapter();
      return this.memory;
    }
    return localStorageAdapter;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

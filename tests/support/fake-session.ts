// A pretend <coproduction-project> in a live session, for testing what an
// element shows a participant (or a facilitator) on their own device: it
// provides the project context with a `session`, and nothing connects.
import { ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyDeclarations } from 'lit';
import {
  localStorageAdapter,
  projectContext,
  type LiveSession,
  type ProjectContextValue,
  type SessionRole,
} from '../../packages/core/src/index.js';

/** A live session that never connects: `join` never resolves, so only the element's own view is tested. */
export function fakeSession(role: SessionRole, name: string | null): LiveSession {
  return {
    role,
    name,
    status: { state: 'connecting' },
    join: () => new Promise(() => {}),
    watch: () => () => {},
    now: () => Date.now(),
  };
}

/** `<fake-project>`: shares a session, a language and Easy Read with the elements inside, as the real project does. */
export class FakeProject extends LitElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    locale: { type: String },
    easyRead: { type: Boolean, attribute: 'easy-read' },
  };

  declare session: LiveSession | undefined;
  declare locale: string | undefined;
  declare easyRead: boolean;

  private readonly provider = new ContextProvider(this, { context: projectContext, initialValue: this.value() });

  constructor() {
    super();
    this.easyRead = false;
  }

  private value(): ProjectContextValue {
    return {
      project: null,
      locale: this.locale ?? null,
      storage: localStorageAdapter,
      easyRead: this.easyRead === true,
      ...(this.session ? { session: this.session } : {}),
    };
  }

  protected override willUpdate(): void {
    this.provider.setValue(this.value());
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('fake-project')) customElements.define('fake-project', FakeProject);

declare global {
  interface HTMLElementTagNameMap {
    'fake-project': FakeProject;
  }
}

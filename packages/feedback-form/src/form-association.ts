import type { RenderedHost } from '@coproduce/core';
import type { ReactiveController } from 'lit';

/** What a host form learns from the element, and what the element hears from it. */
export interface FormAssociationOptions {
  /** What the host form submits under the element's `name`; `''` submits nothing. */
  value(): string;
  /** What the browser gives back if it restores the page (back/forward, a restored tab). */
  state(): string;
  /** The first thing that stops the host form submitting: its message and the id of the field it is at. Null when none. */
  validity(): { message: string; fieldId: string } | null;
  /** The host form was reset. */
  reset(): void;
  /** The browser restored the page with a state this element gave. */
  restore(state: string): void;
  /** The host form refused to submit because of this element: show why. */
  invalid(): void;
  /** The host form is being submitted with this element's value (the event may yet be cancelled). */
  submitted(event: Event): void;
}

type FormHost = RenderedHost & HTMLElement;

/**
 * The element as a control of a host `<form>`, in the spirit of Shoelace's
 * form control controller: it gives the form its value, state and validity
 * after each update (the validity's message anchored at the field in
 * question), and hands the form's reset, disabling and restoring to the
 * element through explicit callbacks. The element's class must set
 * `static formAssociated = true` and pass the platform's `form…Callback`s
 * on to `reset`, `disabledChanged` and `restore` here.
 */
export class FormAssociation implements ReactiveController {
  /** True while a disabled `<fieldset>` or form disables the element. */
  disabled = false;
  private readonly internals: ElementInternals;
  private listening: HTMLFormElement | null = null;

  constructor(
    private readonly host: FormHost,
    private readonly options: FormAssociationOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  /** The host form, if the element is in one. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  hostConnected(): void {
    this.host.addEventListener('invalid', this.invalid);
    this.listening = this.form;
    this.listening?.addEventListener('submit', this.submitted);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('invalid', this.invalid);
    this.listening?.removeEventListener('submit', this.submitted);
    this.listening = null;
  }

  hostUpdated(): void {
    if (!this.form) return;
    const value = this.options.value();
    this.internals.setFormValue(value || null, this.options.state());
    const problem = this.options.validity();
    if (!problem) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(problem.fieldId)}`) ?? undefined;
    this.internals.setValidity({ valueMissing: true }, problem.message, anchor);
  }

  // The platform's callbacks, handed on by the element.

  reset(): void {
    this.options.reset();
  }

  disabledChanged(disabled: boolean): void {
    this.disabled = disabled;
    this.host.requestUpdate();
  }

  restore(state: string | File | FormData | null): void {
    if (typeof state === 'string' && state) this.options.restore(state);
  }

  private readonly invalid = () => this.options.invalid();
  private readonly submitted = (event: Event) => this.options.submitted(event);
}

import {
  checkboxField,
  describedBy,
  easyPicture,
  fieldError,
  invalid,
  type ElementView,
  type Locale,
  type Localised,
  type PictureName,
} from '@coproduce/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answerTo, fieldId, maxLengthOf } from './answers.js';
import type { FeedbackFormKey } from './i18n/catalogues.js';
import type { Answer, Draft, Question } from './schema.js';

/** What the question templates read and do: core's element view (strings, field messages), plus the answers. */
export interface QuestionsView extends ElementView<FeedbackFormKey> {
  /** Host text in the reader's language, or the language it falls back to. */
  text<T>(value: Localised<T>): { value: T; lang: Locale | null };
  readonly questions: readonly Question[];
  readonly draft: Draft;
  /** No reply section: the host turned it off. */
  readonly noContact: boolean;
  answer(questionId: string, value: Answer | undefined): void;
  setContact(patch: Partial<Omit<Draft, 'answers'>>): void;
}

/** Host text, marked with its language when it is not the reader's. */
function words(view: QuestionsView, value: Localised<string>): TemplateResult {
  const { value: text, lang } = view.text(value);
  return lang ? html`<span lang=${lang}>${text}</span>` : html`${text}`;
}

/** The ids of a question's hint, when it has one, and of anything else that describes it. */
const hints = (question: Question, ...more: string[]) => [
  ...(question.hint ? [`${fieldId(question)}-hint`] : []),
  ...more,
];

function labelText(view: QuestionsView, question: Question) {
  return html`${words(view, question.label)}${question.required || question.type === 'consent' ? nothing : html` <span class="optional">${view.t('optional')}</span>`}`;
}

function hint(view: QuestionsView, question: Question) {
  return question.hint
    ? html`<p class="hint" id="${fieldId(question)}-hint">${words(view, question.hint)}</p>`
    : nothing;
}

/** Radio buttons or tick boxes in a fieldset, each `<field>-<value>`. */
function group(
  view: QuestionsView,
  question: Question,
  options: readonly { value: string; label: TemplateResult | string }[],
  multiple: boolean,
) {
  const field = fieldId(question);
  const value = answerTo(view.draft, question);
  const chosen = (option: string) => (Array.isArray(value) ? value.includes(option) : String(value) === option);
  const change = (option: string, input: HTMLInputElement) => {
    if (!multiple)
      return view.answer(question.id, question.type === 'scale' && option !== 'pass' ? Number(option) : option);
    const now = new Set(Array.isArray(value) ? value : []);
    if (input.checked) now.add(option);
    else now.delete(option);
    view.answer(question.id, [...now]);
  };
  return html`<fieldset class="field ${question.type}" aria-describedby=${ifDefined(describedBy(view, field, ...hints(question)))}>
    <legend>${labelText(view, question)}</legend>
    ${hint(view, question)} ${fieldError(view, field)}
    <div class="choices">
      ${options.map(
        (option) => html`<label class="choice" for="${field}-${option.value}">
          <input
            type=${multiple ? 'checkbox' : 'radio'}
            id="${field}-${option.value}"
            name=${field}
            value=${option.value}
            .checked=${chosen(option.value)}
            @change=${(event: Event) => change(option.value, event.target as HTMLInputElement)}
          />
          ${option.label}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function textQuestion(view: QuestionsView, question: Question) {
  const field = fieldId(question);
  const value = answerTo(view.draft, question);
  const typed = typeof value === 'string' ? value : '';
  const max = maxLengthOf(question);
  const left = max - typed.length;
  const count = view.t(left >= 0 ? 'count.left' : 'count.over', { count: Math.abs(left) });
  return html`<div class="field">
    <label for=${field}>${labelText(view, question)}</label>
    ${hint(view, question)} ${fieldError(view, field)}
    <textarea
      id=${field}
      rows="5"
      .value=${typed}
      aria-describedby=${ifDefined(describedBy(view, field, ...hints(question, `${field}-count`)))}
      aria-invalid=${invalid(view, field)}
      @input=${(event: Event) => view.answer(question.id, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint count ${left < 0 ? 'over' : ''}" id="${field}-count">${count}</p>
  </div>`;
}

function consentQuestion(view: QuestionsView, question: Question) {
  const field = fieldId(question);
  // checkboxField adds the hint's id itself: only the message's is given here.
  return html`${fieldError(view, field)}
  ${checkboxField({
    id: field,
    label: words(view, question.label),
    hint: question.hint ? words(view, question.hint) : undefined,
    describedBy: describedBy(view, field),
    checked: answerTo(view.draft, question) === true,
    change: (ticked) => view.answer(question.id, ticked),
  })}`;
}

/**
 * In Easy Read, the face beside a point of a scale: a face at every point
 * of a 5-point scale, from very sad to very happy; on any other, a face at
 * each end only.
 */
function pointFace(points: number, index: number): PictureName | null {
  if (points === 5) return `face-${index + 1}` as PictureName;
  if (index === 0) return 'face-1';
  return index === points - 1 ? 'face-5' : null;
}

export function renderQuestion(view: QuestionsView, question: Question): TemplateResult {
  switch (question.type) {
    case 'scale': {
      const points = view.text(question.points).value;
      const face = (index: number) => {
        const name = pointFace(points.length, index);
        return name ? easyPicture(view, name) : nothing;
      };
      const options = [
        ...points.map((word, index) => ({
          value: String(index + 1),
          label: html`${face(index)}<span class="point">${index + 1}</span> ${word}`,
        })),
        { value: 'pass', label: html`${easyPicture(view, 'pass')}${view.t('pass')}` },
      ];
      return group(view, question, options, false);
    }
    case 'choice':
      return group(
        view,
        question,
        question.options.map((option) => ({ value: option.value, label: words(view, option.label) })),
        question.multiple === true,
      );
    case 'text':
      return textQuestion(view, question);
    case 'consent':
      return consentQuestion(view, question);
  }
}

/** "I'd like a reply", and only then the name, the way to reply and the consent to keep them. */
export function renderContact(view: QuestionsView): TemplateResult | typeof nothing {
  if (view.noContact) return nothing;
  const { draft } = view;
  const text = (
    field: 'name' | 'reply',
    label: FeedbackFormKey,
    autocomplete: string,
    hintKey?: FeedbackFormKey,
  ) => html`<div class="field">
    <label for=${field}>${view.t(label)}${field === 'name' ? html` <span class="optional">${view.t('optional')}</span>` : nothing}</label>
    ${hintKey ? html`<p class="hint" id="${field}-hint">${view.t(hintKey)}</p>` : nothing} ${fieldError(view, field)}
    <input
      id=${field}
      type="text"
      autocomplete=${autocomplete}
      .value=${draft[field]}
      aria-describedby=${ifDefined(describedBy(view, field, ...(hintKey ? [`${field}-hint`] : [])))}
      aria-invalid=${invalid(view, field)}
      @input=${(event: Event) => view.setContact({ [field]: (event.target as HTMLInputElement).value })}
    />
  </div>`;
  return html`<div class="contact">
    ${checkboxField({
      id: 'wants-reply',
      label: view.t('contact.wants'),
      hint: view.t('contact.wantsHint'),
      checked: draft.wantsReply,
      change: (wantsReply) => view.setContact({ wantsReply }),
    })}
    ${
      draft.wantsReply
        ? html`<div class="reply-details">
          ${text('name', 'contact.name', 'name')} ${text('reply', 'contact.reply', 'email', 'contact.replyHint')}
          ${fieldError(view, 'consent')}
          ${checkboxField({
            id: 'consent',
            label: view.t('contact.consent'),
            describedBy: describedBy(view, 'consent'),
            checked: draft.consent,
            change: (consent) => view.setContact({ consent }),
          })}
        </div>`
        : nothing
    }
  </div>`;
}

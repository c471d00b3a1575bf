import {
  checkboxField,
  describedBy,
  easyPicture,
  fieldError,
  invalid,
  pictured,
  radioChoices,
  validate,
} from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { budgetSeconds } from './fit.js';
import type { IcebreakerPickerKey } from './i18n/catalogues.js';
import { budgetPercentSchema, groupSizeSchema, meetingMinutesSchema, SETTINGS, type Setting } from './schema.js';
import type { IcebreakerPickerView } from './view.js';

type NumberKey = 'minutes' | 'groupSize' | 'budgetPercent';

/**
 * A whole-number field, GOV.UK style (text with a numeric keyboard, not
 * type=number). A usable number takes effect as it is typed, so the
 * suggestion follows; the host hears of it once the person commits it
 * (leaves the field, or presses Enter). Anything else is left as typed, and
 * named as a problem when the person leaves the field.
 */
function numberField(
  view: IcebreakerPickerView,
  field: {
    id: string;
    key: NumberKey;
    label: IcebreakerPickerKey;
    unit?: IcebreakerPickerKey;
    hint?: string;
    error: IcebreakerPickerKey;
  },
): TemplateResult {
  const schema = { minutes: meetingMinutesSchema, groupSize: groupSizeSchema, budgetPercent: budgetPercentSchema }[
    field.key
  ]();
  const read = (event: Event) => validate(schema, (event.target as HTMLInputElement).value);
  const typed = (event: Event) => {
    const result = read(event);
    if (!result.success) return;
    view.setFieldError(field.id, null);
    view.setMeeting({ [field.key]: result.data }, { commit: false });
  };
  const committed = (event: Event) => {
    if (!read(event).success) view.setFieldError(field.id, field.error);
    view.commitMeeting();
  };
  const hints = [field.unit ? `${field.id}-unit` : '', field.hint ? `${field.id}-hint` : ''].filter(Boolean);
  return html`<div class="field">
    <label for=${field.id}>${view.t(field.label)}</label>
    ${field.hint ? html`<p class="hint" id="${field.id}-hint">${field.hint}</p>` : nothing} ${fieldError(view, field.id)}
    <div class="row">
      <input
        id=${field.id}
        class="number"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        .value=${String(view.meeting[field.key])}
        aria-describedby=${ifDefined(describedBy(view, field.id, ...hints))}
        aria-invalid=${invalid(view, field.id)}
        @input=${typed}
        @change=${committed}
      />
      ${field.unit ? html`<span id="${field.id}-unit">${view.t(field.unit)}</span>` : nothing}
    </div>
  </div>`;
}

function checkbox(
  view: IcebreakerPickerView,
  id: string,
  key: 'camerasOff' | 'someNotSpeaking' | 'materials',
  label: IcebreakerPickerKey,
) {
  return checkboxField({
    id,
    label: view.t(label),
    checked: view.meeting[key],
    change: (on) => view.setMeeting({ [key]: on }),
  });
}

/** A place to meet, in words; in Easy Read with its pictures (a room, a laptop, or both). */
function settingLabel(view: IcebreakerPickerView, setting: Setting) {
  if (!view.inEasyRead) return view.t(`setting.${setting}`);
  const words = html`<span>${view.t(`setting.${setting}`)}</span>`;
  if (setting === 'in-person') return html`${easyPicture(view, 'meeting')}${words}`;
  if (setting === 'online') return html`${easyPicture(view, 'screen')}${words}`;
  return html`${easyPicture(view, 'meeting')}${easyPicture(view, 'screen')}${words}`;
}

/** The questions about the meeting. Every answer takes effect at once, so the suggestion follows; the host hears of each one committed. */
export function renderMeeting(view: IcebreakerPickerView): TemplateResult {
  const { meeting } = view;
  return html`<form class="meeting no-print" part="meeting" novalidate @submit=${(event: Event) => event.preventDefault()}>
    <fieldset>
      <legend><${view.headings.section} class="h-section">${pictured(view, 'meeting', view.t('meeting.legend'))}</${view.headings.section}></legend>
      <div class="numbers">
        ${numberField(view, { id: 'minutes', key: 'minutes', label: 'meeting.minutes', unit: 'meeting.minutesUnit', error: 'error.minutes' })}
        ${numberField(view, {
          id: 'group-size',
          key: 'groupSize',
          label: 'meeting.groupSize',
          hint: view.t('meeting.groupSizeHint'),
          error: 'error.groupSize',
        })}
      </div>
      <fieldset class="field">
        <legend>${view.t('meeting.setting')}</legend>
        ${radioChoices({
          id: 'setting',
          name: 'setting',
          options: SETTINGS.map((setting) => [setting, settingLabel(view, setting)] as const),
          checked: meeting.setting,
          choose: (setting) => view.setMeeting({ setting }),
        })}
      </fieldset>
      ${meeting.setting === 'in-person' ? nothing : checkbox(view, 'cameras-off', 'camerasOff', 'meeting.camerasOff')}
      ${checkbox(view, 'some-not-speaking', 'someNotSpeaking', 'meeting.someNotSpeaking')}
      ${checkbox(view, 'materials', 'materials', 'meeting.materials')}
      ${numberField(view, {
        id: 'budget',
        key: 'budgetPercent',
        label: 'meeting.budget',
        unit: 'meeting.budgetUnit',
        hint: view.t('meeting.budgetHint', { time: view.duration(budgetSeconds(meeting)) }),
        error: 'error.budget',
      })}
    </fieldset>
  </form>`;
}

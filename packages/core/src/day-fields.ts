import { html, type TemplateResult } from 'lit';
import { fieldError, textFromForm, type FieldHost } from './form-fields.js';

/** yyyy-mm-dd for a real calendar day, or null. "31 2 2027" is not one. */
export function calendarDay(day: string, month: string, year: string): string | null {
  if (![day, month, year].every((part) => /^\d{1,4}$/.test(part)) || year.length !== 4) return null;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  if (date.getFullYear() !== Number(year) || date.getMonth() !== Number(month) - 1 || date.getDate() !== Number(day)) {
    return null;
  }
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Today as a calendar day (yyyy-mm-dd) where the reader is. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day typed into `dayFields(…, { id })`: `empty` when all three fields
 * are blank, else the day, or null when it is not a real one.
 */
export function dayFromForm(form: HTMLFormElement, id: string): { empty: boolean; day: string | null } {
  const [day, month, year] = ['day', 'month', 'year'].map((part) => textFromForm(form, `${id}-${part}`));
  return { empty: !day && !month && !year, day: calendarDay(day!, month!, year!) };
}

/**
 * A date as day, month and year in three plain fields: the GOV.UK pattern,
 * which works the same in every browser and with every screen reader (a
 * native date picker does not). Field ids and names are `<id>-day`,
 * `<id>-month` and `<id>-year`; an error is set on `<id>-day`, which takes focus.
 */
export function dayFields<Key extends string>(
  host: FieldHost<Key>,
  field: { id: string; legend: string; hint: string; value: string | null },
): TemplateResult {
  const errorId = `${field.id}-day`;
  const error = Boolean(host.fieldErrors[errorId]);
  const [year = '', month = '', day = ''] = field.value?.split('-') ?? [];
  const part = (name: 'day' | 'month' | 'year', value: string, size: number) => html`<div class="date-part">
    <label for="${field.id}-${name}">${host.t(`date.${name}`)}</label>
    <input
      id="${field.id}-${name}"
      name="${field.id}-${name}"
      class="size-${size}"
      type="text"
      inputmode="numeric"
      maxlength=${size}
      autocomplete="off"
      .value=${value.replace(/^0(?=\d)/, '')}
      aria-invalid=${error ? 'true' : 'false'}
    />
  </div>`;
  return html`<fieldset class="day" aria-describedby=${error ? `${field.id}-hint ${errorId}-error` : `${field.id}-hint`}>
    <legend>${field.legend}</legend>
    <p class="hint" id="${field.id}-hint">${field.hint}</p>
    ${fieldError(host, errorId)}
    <div class="row date">${part('day', day, 2)} ${part('month', month, 2)} ${part('year', year, 4)}</div>
  </fieldset>`;
}

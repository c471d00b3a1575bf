import { presentPeople } from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { addDefaults } from './defaults.js';
import { hasAnswered, inShownOrder, stillToArrive } from './model.js';
import type { AgreementItem } from './schema.js';
import { answering, type ValuesAgreementView } from './view.js';

/** Where the whole agreement stands, and, while answers are private, the button that shows them (unless read-only). */
export function renderOverallStatus(view: ValuesAgreementView): TemplateResult {
  const { doc, people } = view;
  const statuses = doc.items.map((item) => view.statusOf(item));
  const lines: string[] = [view.t('status.version', { version: doc.version })];
  let reveal: TemplateResult | typeof nothing = nothing;
  if (!people.length) {
    lines.push(view.t('status.noPeople'));
  } else if (!view.answersVisible) {
    const here = presentPeople(people, doc.absent);
    const done = here.filter((person) => doc.items.every((item) => hasAnswered(item, person))).length;
    lines.push(view.t('status.private'), view.t('status.privateProgress', { count: done, total: here.length }));
    const show = () => {
      view.setUi(answering({ entry: null, turn: null }));
      view.dispatch({ type: 'reveal' }, { announce: view.t('status.revealed') });
      view.focusAfterRender('#status');
    };
    // Showing everyone's answers is the facilitator's to decide, not a participant's on their own phone.
    if (view.editable && !view.participant)
      reveal = html`<button type="button" class="primary no-print" @click=${show}>${view.t('status.reveal')}</button>`;
  } else if (statuses.length && statuses.every((status) => status.state === 'agreed')) {
    lines.push(view.t('status.allAgreed'));
  } else {
    const agreed = statuses.filter((status) => status.state === 'agreed').length;
    const blocked = statuses.filter((status) => status.state === 'blocked').length;
    lines.push(view.t('status.progress', { count: agreed, total: doc.items.length }));
    if (blocked) lines.push(view.t('status.blocked', { count: blocked }));
  }
  const waiting = stillToArrive(doc);
  if (waiting.length) lines.push(view.t('status.waiting', { names: view.list(waiting) }));
  return html`<section class="status no-print" part="status" aria-labelledby="status-heading" id="status" tabindex="-1">
    <${view.headings.section} id="status-heading" class="h-section visually-hidden">${view.t('status.heading')}</${view.headings.section}>
    <p>${lines.join(' ')}</p>
    ${reveal}
  </section>`;
}

/** An empty agreement: start from the suggestions, or write your own in the forms below. */
export function renderStart(view: ValuesAgreementView): TemplateResult {
  const useDefaults = () => {
    const action = addDefaults(
      (key) => view.t(key),
      () => view.newId(),
    );
    view.dispatch(action, { announce: view.t('status.defaultsAdded', { count: action.items.length }) });
    // Focus goes to where the agreement now stands, just before the people and the suggestions: the
    // controls needed next (add the people, then answer), rather than past them to the values.
    view.focusAfterRender('#status');
  };
  return html`<section class="start no-print" aria-labelledby="start-heading">
    <${view.headings.section} class="h-section" id="start-heading">${view.t('start.heading')}</${view.headings.section}>
    <p>${view.t('start.hint')}</p>
    <button type="button" class="primary" @click=${useDefaults}>${view.t('start.defaults')}</button>
  </section>`;
}

/** The review date has come. Shown at the top and in the printed agreement. */
export function renderReviewDue(view: ValuesAgreementView, due: boolean): TemplateResult | typeof nothing {
  if (!due || !view.doc.reviewDate) return nothing;
  return html`<p class="due" part="review-due">${view.t('status.due', { date: view.formatDay(view.doc.reviewDate) })}</p>`;
}

/**
 * The agreement as agreed, in plain words: what prints, and all that
 * `public` shows. Only items everyone agreed to are in it.
 */
export function renderSummary(view: ValuesAgreementView): TemplateResult {
  const { doc, people } = view;
  const agreed = view.answersVisible
    ? inShownOrder(doc.items).filter((item) => view.statusOf(item).state === 'agreed')
    : [];
  const values = agreed.filter((item) => item.kind === 'value');
  const rules = agreed.filter((item) => item.kind === 'rule');
  const lastAgreed = agreed
    .flatMap((item) => Object.values(item.responses).map((response) => response.at))
    .sort()
    .at(-1);
  const stillOpen = doc.items.length - agreed.length;
  const list = (headingKey: 'values.heading' | 'rules.heading', items: AgreementItem[]) =>
    items.length
      ? html`<${view.headings.sub} class="h-sub">${view.t(headingKey)}</${view.headings.sub}>
          <ul class="agreed">
            ${items.map((item) => {
              // Who agreed, and who stood aside: a pass is never hidden, and never counted against.
              const { agreedBy, passed } = view.statusOf(item);
              return html`<li>
                <strong>${item.text}</strong>${item.meaning ? html`<br />${item.meaning}` : nothing}
                <br /><span class="who">${view.t('summary.agreedBy', { names: view.list(agreedBy) })}
                ${passed.length ? view.t('summary.stoodAside', { names: view.list(passed) }) : nothing}</span>
              </li>`;
            })}
          </ul>`
      : nothing;
  const here = presentPeople(people, doc.absent);
  const away = people.filter((person) => !here.includes(person));
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    <${view.headings.section} class="h-section" id="summary-heading">${view.t('summary.heading')}</${view.headings.section}>
    <p>
      ${view.t('summary.version', { version: doc.version })}
      ${
        agreed.length
          ? html`${here.length ? view.t('summary.present', { names: view.list(here) }) : nothing}
          ${away.length ? view.t('summary.absent', { names: view.list(away) }) : nothing}
          ${lastAgreed ? view.t('summary.lastAgreed', { date: view.formatDate(lastAgreed) }) : nothing}`
          : view.t(view.answersVisible ? 'summary.nothing' : 'summary.hidden')
      }
    </p>
    ${list('values.heading', values)} ${list('rules.heading', rules)}
    ${agreed.length && stillOpen ? html`<p>${view.t('summary.stillOpen', { count: stillOpen })}</p>` : nothing}
    ${doc.reviewDate ? html`<p>${view.t('summary.review', { date: view.formatDay(doc.reviewDate) })}</p>` : nothing}
  </section>`;
}

/** Earlier versions, newest first: what changed, when, and who had agreed to what. */
export function renderHistory(view: ValuesAgreementView): TemplateResult | typeof nothing {
  const history = view.doc.history;
  if (!history.length) return nothing;
  return html`<details class="history no-print" part="history">
    <summary id="history-summary">${view.t('history.heading', { count: history.length })}</summary>
    ${[...history].reverse().map(
      (past) => html`<section aria-labelledby="v-${past.version}">
        <${view.headings.sub} class="h-sub" id="v-${past.version}">
          ${view.t('history.version', { version: past.version, date: view.formatDate(past.endedAt) })}
        </${view.headings.sub}>
        <p>
          ${
            past.change.from === past.change.to
              ? view.t('history.meaningChange', { text: past.change.to })
              : view.t('history.change', { from: past.change.from, to: past.change.to })
          }
        </p>
        <ul>
          ${inShownOrder(past.items).map(
            (item) => html`<li>
              ${
                item.agreedBy.length
                  ? view.t('history.agreedBy', { text: item.text, names: view.list(item.agreedBy) })
                  : view.t('history.notAgreed', { text: item.text })
              }
            </li>`,
          )}
        </ul>
      </section>`,
    )}
  </details>`;
}

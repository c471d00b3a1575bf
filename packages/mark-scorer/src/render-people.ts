import { renderPeopleEditor } from '@coproduce/core';
import type { TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { hasAnswered } from './model.js';
import type { Mark } from './schema.js';
import type { MarkScorerView } from './view.js';

/**
 * Who is scoring privately, kept by the group itself: names from the page,
 * then any added here; changing a name, removing one added here, and who is
 * not here today (not asked to score, and not counted as missing).
 */
export function renderPeople(view: MarkScorerView): TemplateResult {
  const marks = view.doc.marks.filter((mark) => mark.stage === view.activeStage && !mark.hidden);
  return html`<section class="people-section no-print" part="people" aria-labelledby="people-heading">
    <${view.headings.section} class="h-section" id="people-heading">${view.t('people.heading')}</${view.headings.section}>
    ${
      view.readonly
        ? renderPeopleRead(view, marks)
        : html`<p class="hint" id="people-hint">${view.t('people.hint')}</p>
    ${renderPeopleEditor(view, {
      people: view.participantNames,
      fromPage: view.pagePeople,
      absent: view.doc.absent,
      renaming: view.ui.renaming,
      setRenaming: (renaming) => view.setUi({ renaming }),
      act: (action, announce) => {
        const leaving = action.type === 'remove-participant' || action.type === 'set-absent';
        if (leaving && view.ui.privateEntry?.participant === action.name) view.setUi({ privateEntry: null });
        return view.dispatch(action, { announce });
      },
      status: (person) =>
        view.t('people.progress', {
          count: marks.filter((mark) => hasAnswered(mark, person)).length,
          total: marks.length,
        }),
      hintId: 'people-hint',
    })}`
    }
  </section>`;
}

/** Who is scoring and how far each has got, to read. */
function renderPeopleRead(view: MarkScorerView, marks: readonly Mark[]): TemplateResult {
  return html`<ul class="people-read" aria-labelledby="people-heading">
    ${view.participantNames.map(
      (person) =>
        html`<li>
          <span class="person-name">${person}</span>:
          ${
            view.doc.absent.includes(person)
              ? view.t('people.absentStatus')
              : view.t('people.progress', {
                  count: marks.filter((mark) => hasAnswered(mark, person)).length,
                  total: marks.length,
                })
          }
        </li>`,
    )}
  </ul>`;
}

import {
  fieldError,
  formErrorSummary,
  own,
  pictured,
  renderParticipantNav,
  requiredFromForm,
  samePerson,
  textInput,
} from '@coproduce/core';
import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { renderItemList } from './editable-list.js';
import { hasAnswered } from './model.js';
import { renderSource } from './render-framing.js';
import { renderGuidance } from './render-guidance.js';
import { renderLake } from './render-lake.js';
import { scoreSummary } from './render-mark.js';
import { renderScoreFieldset, renderSpread } from './render-scoring.js';
import { LIMITS, type Mark } from './schema.js';
import { domId, type MarkScorerView, type ParticipantSeat } from './view.js';

/** The heading of the mark showing: focus goes there on Previous and Next, so a screen reader reads where they are. */
const HEADING_ID = 'participant-mark';

/**
 * A participant's own view, on their own phone, in a live session: one mark
 * at a time, with only what they may do themselves (their own private
 * score, ladders, snakes, notes and ideas). Revealing, the group's score,
 * changing marks, the people, rounds and files are the facilitator's, and
 * are not in the DOM at all. Every change is the same action the full
 * element dispatches, so the model stays the one place behaviour lives.
 */
export function renderParticipantView(
  view: MarkScorerView,
  seat: ParticipantSeat,
  marks: readonly Mark[],
): TemplateResult {
  const { name } = seat;
  // The project asks "Who are you?"; until then nothing here can be theirs.
  if (name === null) return html`<p class="notice" id="participant-no-name">${view.t('participant.pickName')}</p>`;
  const intro = html`<p class="intro">${view.t('participant.intro', { name })}</p>
    <p class="intro">${view.t(view.activeMode === 'individual' ? 'participant.introIndividual' : 'participant.introGroup')}</p>`;
  if (!marks.length) return html`${intro}<p class="empty">${view.t('participant.noMarks')}</p>`;
  const found = marks.findIndex((mark) => mark.id === view.ui.participantMark);
  const index = Math.max(0, found);
  const mark = marks[index]!;
  const markName = view.markName(mark);
  const description = view.markDescription(mark);
  const go = (to: number) => {
    view.flushPendingSave();
    view.setUi({ participantMark: marks[to]!.id });
    view.focusAfterRender(`#${HEADING_ID}`);
  };
  return html`
    ${intro}
    <section class="participant-mark" part="mark" aria-labelledby=${HEADING_ID}>
      <${view.headings.section} class="h-section" id=${HEADING_ID} tabindex="-1">
        <span class="position">${view.t('participant.position', { position: index + 1, total: marks.length })}</span>
        <span class="participant-mark-name">${markName}</span>
      </${view.headings.section}>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      ${mark.preset ? renderGuidance(view, mark, false) : nothing}
      ${renderOwnScore(view, mark, markName, name)}
      ${renderNotes(view, mark)}
      <div class="lists">${renderItemList(view, mark, 'ladders')} ${renderItemList(view, mark, 'snakes')}</div>
    </section>
    ${renderParticipantNav({
      label: view.t('participant.navLabel'),
      previous: view.t('participant.previous'),
      next: view.t('participant.next'),
      index,
      count: marks.length,
      go,
    })}
    ${renderLake(view)} ${renderSource(view)}
  `;
}

/**
 * Their own score. In group mode, the score the group agrees, to read. In
 * individual mode before Reveal, their own private score (which stays on
 * this device until the group shows everyone's); after Reveal, the spread.
 */
function renderOwnScore(view: MarkScorerView, mark: Mark, markName: string, name: string): TemplateResult {
  const { sub } = view.headings;
  if (view.activeMode !== 'individual' || mark.revealed) {
    return html`
      ${view.activeMode === 'individual' ? renderSpread(view, mark) : nothing}
      <div class="participant-score">
        <${sub} class="h-sub">${view.t('participant.groupScore')}</${sub}>
        <p class="score-read">${scoreSummary(view, mark)}</p>
      </div>
    `;
  }
  const answered = hasAnswered(mark, name);
  const headingId = domId(mark.id, 'own-heading');
  return html`<div class="individual participant-score">
    <${sub} class="h-sub" id=${headingId}>${pictured(view, 'private', view.t('participant.scoreHeading'))}</${sub}>
    ${
      view.readonly
        ? nothing
        : renderScoreFieldset(view, {
            id: domId(mark.id, 'own'),
            legend: view.t('participant.scoreLegend', { mark: markName }),
            hints: [view.t('participant.staysHere')],
            // Their own phone: the score they gave is theirs to see, and stays here until Reveal.
            value: own(mark.individual, name) ?? null,
            onChange: (score, settling) => {
              joinIn(view, name);
              view.dispatch({ type: 'set-individual', markId: mark.id, participant: name, score }, { quiet: settling });
            },
          })
    }
    <p class="participant-answered">${view.t(answered ? 'participant.scored' : 'participant.notScored')}</p>
  </div>`;
}

/** Someone scoring privately is one of "Who is scoring": their name goes in, once, as the people editor puts it. */
function joinIn(view: MarkScorerView, name: string): void {
  if (view.participantNames.some((person) => samePerson(person, name))) return;
  view.dispatch({ type: 'add-participant', name });
}

/**
 * The group's notes on the mark: a participant adds to them (the server
 * refuses a participant's change that is not an addition at the end);
 * rewording or removing what is there is the facilitator's.
 */
function renderNotes(view: MarkScorerView, mark: Mark): TemplateResult | typeof nothing {
  const { sub } = view.headings;
  const read = mark.notes
    ? html`<p class="notes-read">${mark.notes}</p>`
    : html`<p class="empty">${view.t('participant.noNotes')}</p>`;
  if (view.readonly) {
    return mark.notes ? html`<${sub} class="h-sub">${view.t('notes.label')}</${sub}>${read}` : nothing;
  }
  const base = domId(mark.id, 'notes');
  const field = `${base}-new`;
  const add = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = requiredFromForm(view, form, 'text', field, 'error.emptyItem');
    if (text === null) return;
    const notes = mark.notes ? `${mark.notes}\n\n${text}` : text;
    if (view.dispatch({ type: 'set-notes', markId: mark.id, notes }, { announce: view.t('participant.noteAdded') })) {
      form.reset();
    }
  };
  return html`<div class="participant-notes">
    <${sub} class="h-sub" id="${base}-heading">${view.t('notes.label')}</${sub}>
    ${read}
    <form class="add-item" id="${base}-add" novalidate @submit=${add}>
      ${formErrorSummary(view, `${base}-add`, [field])}
      <label for=${field}>${view.t('participant.addNote')}</label>
      ${fieldError(view, field)}
      <div class="row">
        ${textInput(view, { id: field, name: 'text', maxlength: LIMITS.notes })}
        <button type="submit">${view.t('participant.addNoteButton')}</button>
      </div>
    </form>
  </div>`;
}

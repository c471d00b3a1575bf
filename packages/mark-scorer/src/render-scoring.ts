import { easyPicture, own, picture, pictured } from '@coproduce/core';
import { nothing, svg, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { hasAnswered, spreadOf, stillToArrive, type Spread } from './model.js';
import type { Mark, Score } from './schema.js';
import { domId, type MarkScorerView } from './view.js';

const SCALE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * True while a change comes from an arrow key: arrowing through a radio group
 * chooses every score passed on the way, so those wait to settle, while a
 * click or Space is a choice made and is saved at once.
 */
let arrowing = false;
const noteArrowKey = (event: KeyboardEvent) => {
  if (!event.key.startsWith('Arrow')) return;
  arrowing = true;
  setTimeout(() => (arrowing = false));
};

/**
 * A native radio group for one score: 1 to 10 and a separate "pass", all in
 * one fieldset so arrow keys move between them and the legend names the mark.
 * The screen reader already says the radio chosen, so nothing extra is
 * announced. Arrowing from 2 to 7 passes 3 to 6: that choice is saved, and
 * reported, once it settles (when focus leaves the group, or a moment after
 * the last key).
 */
export function renderScoreFieldset(
  view: MarkScorerView,
  options: {
    id: string;
    legend: string;
    hints?: readonly string[];
    value: Score | null;
    onChange: (score: Score, settling: boolean) => void;
  },
): TemplateResult {
  const { id, legend, value, onChange } = options;
  const change = (event: Event) => {
    const raw = (event.target as HTMLInputElement).value;
    onChange(raw === 'pass' ? 'pass' : Number(raw), arrowing);
  };
  const settle = (event: FocusEvent) => {
    if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) view.flushPendingSave();
  };
  const extra = options.hints ?? [];
  // In Easy Read, words and a picture at each end of the scale, read out with the hint.
  const ends = view.inEasyRead ? [`${id}-low`, `${id}-high`] : [];
  const hintIds = [`${id}-hint`, ...ends, ...extra.map((_, index) => `${id}-hint-${index + 1}`)];
  return html`
    <fieldset
      class="score"
      aria-describedby=${hintIds.join(' ')}
      @keydown=${noteArrowKey}
      @change=${change}
      @focusout=${settle}
    >
      <legend>${legend}</legend>
      <p class="hint" id="${id}-hint">${view.t('score.hint')}</p>
      ${
        ends.length
          ? html`<ul class="scale-ends explained-list">
            <li class="explained" id="${id}-low">${picture('seedling')}<p class="explained-words">${view.t('easy.scale.low')}</p></li>
            <li class="explained" id="${id}-high">${picture('tree')}<p class="explained-words">${view.t('easy.scale.high')}</p></li>
          </ul>`
          : nothing
      }
      ${extra.map((hint, index) => html`<p class="hint" id="${id}-hint-${index + 1}">${hint}</p>`)}
      <div class="scale">
        ${SCALE.map(
          (n) => html`<label class="choice">
            <input type="radio" name=${id} value=${n} .checked=${value === n} />${n === 1 ? easyPicture(view, 'seedling') : nothing}<span>${n}</span>${n === 10 ? easyPicture(view, 'tree') : nothing}
          </label>`,
        )}
      </div>
      <label class="choice pass">
        <input type="radio" name=${id} value="pass" .checked=${value === 'pass'} />${easyPicture(view, 'pass')}<span>${view.t('score.pass')}</span>
      </label>
    </fieldset>
  `;
}

/** The agreed score of a mark, as chosen together. */
export function renderAgreedScore(view: MarkScorerView, mark: Mark, name: string): TemplateResult {
  return renderScoreFieldset(view, {
    id: domId(mark.id, 'agreed'),
    legend: view.t('score.agreedLegend', { mark: name }),
    value: mark.agreed,
    onChange: (score, settling) => view.dispatch({ type: 'set-agreed', markId: mark.id, score }, { quiet: settling }),
  });
}

/**
 * Individual mode. Before Reveal, only the person now entering their score sees
 * a score, their own; everyone else's is not in the DOM at all, so neither
 * sight nor a screen reader can pick it up. After Reveal: the spread, then the
 * score the group agrees.
 */
export function renderIndividualScoring(view: MarkScorerView, mark: Mark, name: string): TemplateResult {
  if (mark.revealed) {
    return html`
      ${renderSpread(view, mark)}
      ${renderAgreedScore(view, mark, name)}
    `;
  }
  const people = view.presentNames;
  if (people.length === 0) {
    return html`<p class="notice">${view.t('individual.noParticipants')}</p>`;
  }
  const answered = people.filter((person) => hasAnswered(mark, person)).length;
  const reveal = () => {
    view.setUi({ privateEntry: null });
    view.dispatch({ type: 'reveal', markId: mark.id }, { announce: view.t('status.revealed', { mark: name }) });
    view.focusAfterRender(`#${domId(mark.id, 'spread')}`);
  };
  return html`
    <div class="individual">
      <${view.headings.sub} class="h-sub" id="${domId(mark.id, 'private-heading')}">${pictured(view, 'private', view.t('individual.heading'))}</${view.headings.sub}>
      <p class="hint">${view.t('individual.hint')}</p>
      <ul class="people" aria-labelledby="${domId(mark.id, 'private-heading')}">
        ${people.map((person, index) => renderPerson(view, mark, name, person, index))}
      </ul>
      <p>${view.t('individual.progress', { count: answered, total: people.length })}</p>
      <button type="button" class="primary no-print" @click=${reveal}>${view.t('individual.reveal')}</button>
    </div>
  `;
}

function renderPerson(view: MarkScorerView, mark: Mark, markName: string, person: string, index: number) {
  const buttonId = domId(mark.id, `person-${index}`);
  const active = view.ui.privateEntry;
  const answered = hasAnswered(mark, person);
  if (active && active.markId === mark.id && active.participant === person) {
    const done = () => {
      view.flushPendingSave();
      view.setUi({ privateEntry: null });
      view.announce(view.t('status.privateHidden', { name: person }));
      view.focusAfterRender(`#${buttonId}`);
    };
    // A score given earlier is never shown, even to whoever presses "Change":
    // changing it means choosing again. Only a choice made now is checked.
    return html`<li class="person entering">
      ${renderScoreFieldset(view, {
        id: domId(mark.id, `private-${index}`),
        legend: view.t('individual.legend', { name: person, mark: markName }),
        hints: answered && !active.chosen ? [view.t('individual.changeHint')] : [],
        value: active.chosen ? (own(mark.individual, person) ?? null) : null,
        onChange: (score, settling) => {
          view.setUi({ privateEntry: { ...active, chosen: true } });
          view.dispatch({ type: 'set-individual', markId: mark.id, participant: person, score }, { quiet: settling });
        },
      })}
      <button type="button" class="primary" id="${domId(mark.id, `done-${index}`)}" @click=${done}>
        ${view.t('individual.done')}
      </button>
    </li>`;
  }
  const open = () => {
    view.setUi({ privateEntry: { markId: mark.id, participant: person, chosen: false } });
    view.focusAfterRender(`input[name="${domId(mark.id, `private-${index}`)}"]`);
  };
  return html`<li class="person">
    <span class="person-name">${person}</span>
    <span class="person-status">${view.t(answered ? 'individual.answered' : 'individual.notYet')}</span>
    <button type="button" class="small no-print" id=${buttonId} @click=${open}>
      ${view.t(answered ? 'individual.change' : 'individual.enter', { name: person })}
    </button>
  </li>`;
}

export function renderSpread(view: MarkScorerView, mark: Mark): TemplateResult {
  const scores = Object.values(mark.individual);
  // Scores from people not here now, or no longer listed, still count: they were given in this session.
  const spread = spreadOf(scores);
  const unanswered = view.presentNames.filter((person) => !hasAnswered(mark, person)).length;
  const waiting = stillToArrive(mark);
  const rescore = () => {
    view.dispatch({ type: 'score-again', markId: mark.id }, { announce: view.t('status.scoreAgain') });
    // This button goes with the spread; focus moves on to the first person's, the next thing to press.
    view.focusAfterRender(
      view.presentNames.length ? `#${domId(mark.id, 'person-0')}` : `#${domId(mark.id, 'summary')}`,
    );
  };
  return html`
    <div class="spread" id="${domId(mark.id, 'spread')}" tabindex="-1">
      <${view.headings.sub} class="h-sub">${pictured(view, 'people', view.t('spread.heading'))}</${view.headings.sub}>
      ${spread.scores.length ? renderSpreadChart(spread) : nothing}
      <p class="spread-text">${spreadSentence(view, spread, unanswered)}</p>
      ${waiting.length ? html`<p class="spread-waiting">${view.t('spread.waiting', { names: view.list(waiting) })}</p>` : nothing}
      ${
        // Scoring again is the facilitator's to decide, not a participant's on their own phone.
        view.readonly || view.participant
          ? nothing
          : html`<button type="button" class="small no-print" @click=${rescore}>${view.t('individual.scoreAgain')}</button>
            <p class="hint no-print">${view.t('individual.scoreAgainHint')}</p>`
      }
    </div>
  `;
}

/** The text that says everything the chart shows: it is what screen readers get. */
export function spreadSentence(view: MarkScorerView, spread: Spread, unanswered: number): string {
  const parts: string[] = [];
  if (spread.scores.length) {
    parts.push(view.t('spread.scores', { count: spread.scores.length, list: view.list(spread.scores.map(String)) }));
    parts.push(view.t('spread.range', { lowest: spread.lowest!, middle: spread.median!, highest: spread.highest! }));
  } else {
    parts.push(view.t('spread.none'));
  }
  if (spread.passes) parts.push(view.t('spread.passes', { count: spread.passes }));
  if (unanswered > 0) parts.push(view.t('spread.unanswered', { count: unanswered }));
  return parts.join(' ');
}

const LEFT = 16;
const RIGHT = 284;
export const scaleX = (value: number) => LEFT + ((value - 1) * (RIGHT - LEFT)) / 9;

/**
 * Each score's level in its stack (0 for the first of a score, 1 for the
 * next…), so equal scores sit apart and every dot stays readable; `levels`
 * is the tallest stack's height.
 */
export function stackLevels(scores: readonly number[]): { levels: number; level: number[] } {
  const stacked = new Map<number, number>();
  const level = scores.map((score) => {
    const below = stacked.get(score) ?? 0;
    stacked.set(score, below + 1);
    return below;
  });
  return { levels: Math.max(0, ...stacked.values()), level };
}

/** Every score as a dot on the 1–10 line; equal scores stack. Hidden from screen readers: the sentence says it all. */
function renderSpreadChart(spread: Spread): TemplateResult {
  const { levels, level } = stackLevels(spread.scores);
  const dots = spread.scores.map((value, index) => ({ value, level: level[index]! }));
  const axis = 10 + levels * 12;
  return html`<svg
    class="spread-chart"
    viewBox="0 0 300 ${axis + 26}"
    aria-hidden="true"
    focusable="false"
  >
    <line class="axis" x1=${LEFT} x2=${RIGHT} y1=${axis} y2=${axis}></line>
    ${SCALE.map(
      (n) => svg`<line class="tick" x1=${scaleX(n)} x2=${scaleX(n)} y1=${axis - 4} y2=${axis + 4}></line>
        <text x=${scaleX(n)} y=${axis + 20} text-anchor="middle">${n}</text>`,
    )}
    ${
      spread.median === null
        ? nothing
        : svg`<line class="median" x1=${scaleX(spread.median)} x2=${scaleX(spread.median)} y1="2" y2=${axis}></line>`
    }
    ${dots.map(({ value, level }) => svg`<circle cx=${scaleX(value)} cy=${axis - 8 - level * 12} r="5"></circle>`)}
  </svg>`;
}

import { own } from '@coproduce/core';
import { nothing, svg, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { changesAcrossRounds } from './model.js';
import { scaleX, stackLevels } from './render-scoring.js';
import type { Mark, Round, Score } from './schema.js';
import type { MarkScorerView } from './view.js';

// The look back across rounds: a chart, the same figures as a table, and what
// moved most. Its own module, fetched once a session has a round: most
// sessions are scored once.

function cellText(view: MarkScorerView, score: Score | null | undefined): string {
  if (score === 'pass') return view.t('rounds.cellPassed');
  if (typeof score === 'number') return String(score);
  return view.t('rounds.cellNone');
}

export function renderReflection(
  view: MarkScorerView,
  rounds: readonly Round[],
  marks: readonly Mark[],
): TemplateResult {
  const changes = changesAcrossRounds(
    rounds,
    marks.map((mark) => mark.id),
  ).filter((change) => change.change !== 0);
  const byId = new Map(marks.map((mark) => [mark.id, mark]));
  return html`
    <div class="reflection" part="reflection">
      <${view.headings.sub} class="h-sub">${view.t('reflection.heading')}</${view.headings.sub}>
      ${
        rounds.length < 2
          ? html`<p>${view.t('reflection.needTwo')}</p>`
          : changes.length
            ? html`<p>${view.t('reflection.movedMost')}</p>
              <ul class="moved">
                ${changes.slice(0, 3).map(
                  (change) =>
                    html`<li>
                    ${view.t(change.change > 0 ? 'reflection.up' : 'reflection.down', {
                      mark: view.markName(byId.get(change.markId)!),
                      count: Math.abs(change.change),
                      from: change.from,
                      to: change.to,
                    })}
                  </li>`,
                )}
              </ul>`
            : html`<p>${view.t('reflection.noChange')}</p>`
      }
      ${renderTrendChart(view, rounds, marks)}
      <div class="table-scroll" role="region" aria-labelledby="rounds-caption" tabindex="0">
        <table class="rounds-table">
          <caption id="rounds-caption">${view.t('reflection.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${view.t('reflection.markColumn')}</th>
              ${rounds.map(
                (round) => html`<th scope="col">
                  ${round.label}<br /><span class="date">${view.formatDate(round.savedAt)}</span>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${marks.map(
              (mark) => html`<tr>
                <th scope="row">${view.markName(mark)}</th>
                ${rounds.map((round) => html`<td>${cellText(view, own(round.scores, mark.id))}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>
  `;
}

/**
 * One line per mark: each round's score as a numbered dot on the 1–10 scale,
 * joined in order. Numbers, not colours, tell rounds apart, so it reads in
 * greyscale, print and forced colours. Screen readers get the table instead.
 */
function renderTrendChart(view: MarkScorerView, rounds: readonly Round[], marks: readonly Mark[]) {
  const scored = marks.filter((mark) => rounds.some((round) => typeof own(round.scores, mark.id) === 'number'));
  if (scored.length === 0) return nothing;
  return html`
    <p class="hint">${view.t('reflection.chartNote')}</p>
    <div class="trend-chart" aria-hidden="true">
      ${scored.map((mark) => {
        const points = rounds
          .map((round, index) => ({ index, score: own(round.scores, mark.id) }))
          .filter((point): point is { index: number; score: number } => typeof point.score === 'number');
        // Rounds with the same score stack downwards, so every number stays readable.
        const { levels, level } = stackLevels(points.map((point) => point.score));
        const dots = points.map((point, index) => ({ ...point, y: 14 + level[index]! * 20 }));
        const height = 14 + levels * 20 + 12;
        return html`<div class="trend">
          <span class="trend-name">${view.markName(mark)}</span>
          <svg viewBox="0 0 300 ${height}" focusable="false">
            <line class="axis" x1="16" x2="284" y1="14" y2="14"></line>
            ${[1, 10].map((n) => svg`<text class="end" x=${scaleX(n)} y=${height - 2} text-anchor="middle">${n}</text>`)}
            <polyline class="path" points=${dots.map((dot) => `${scaleX(dot.score)},${dot.y}`).join(' ')}></polyline>
            ${dots.map(
              (dot) => svg`<g class="dot">
                <circle cx=${scaleX(dot.score)} cy=${dot.y} r="9"></circle>
                <text x=${scaleX(dot.score)} y=${dot.y + 4} text-anchor="middle">${dot.index + 1}</text>
              </g>`,
            )}
          </svg>
        </div>`;
      })}
    </div>
  `;
}

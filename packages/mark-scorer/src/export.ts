import { own, toCsv } from '@coproduce/core';
import { STAGES } from './marks.js';
import type { MarkScorerDocument, Score } from './schema.js';

export interface CsvWording {
  t(
    key:
      | 'csv.stage'
      | 'csv.mark'
      | 'csv.meaning'
      | 'csv.notes'
      | 'csv.ladders'
      | 'csv.snakes'
      | 'csv.agreed'
      | 'csv.private'
      | 'csv.hidden'
      | 'csv.yes'
      | 'score.pass',
  ): string;
  stageName(stage: (typeof STAGES)[number]): string;
  markName(mark: MarkScorerDocument['marks'][number]): string;
  markDescription(mark: MarkScorerDocument['marks'][number]): string;
}

/**
 * The session as a spreadsheet: one row per mark, stage by stage, with a
 * column for each saved round. Lists go one item per line inside a cell.
 */
export function documentToCsv(doc: MarkScorerDocument, wording: CsvWording): string {
  const score = (value: Score | null | undefined) =>
    value === 'pass' ? wording.t('score.pass') : value === null || value === undefined ? '' : value;
  const header = [
    wording.t('csv.stage'),
    wording.t('csv.mark'),
    wording.t('csv.meaning'),
    wording.t('csv.notes'),
    wording.t('csv.ladders'),
    wording.t('csv.snakes'),
    wording.t('csv.agreed'),
    wording.t('csv.private'),
    wording.t('csv.hidden'),
    ...doc.rounds.map((round) => `${round.label} (${round.savedAt.slice(0, 10)})`),
  ];
  const rows = STAGES.flatMap((stage) =>
    doc.marks
      .filter((mark) => mark.stage === stage)
      .map((mark) => [
        wording.stageName(stage),
        wording.markName(mark),
        wording.markDescription(mark),
        mark.notes,
        mark.ladders.map((item) => item.text).join('\n'),
        mark.snakes.map((item) => item.text).join('\n'),
        score(mark.agreed),
        mark.revealed
          ? Object.entries(mark.individual)
              .map(([person, value]) => `${person}: ${score(value)}`)
              .join('\n')
          : '',
        mark.hidden ? wording.t('csv.yes') : '',
        ...doc.rounds.map((round) => score(own(round.scores, mark.id))),
      ]),
  );
  return toCsv([header, ...rows]);
}

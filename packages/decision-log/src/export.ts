import { toCsv } from '@coproduce/core';
import { COLUMNS, resultKey, type Column } from './columns.js';
import type { DecisionLogKey } from './i18n/catalogues.js';
import { currentStatus, latestOutcome } from './model.js';
import type { DecisionLogDocument } from './schema.js';

// Reading a spreadsheet back is in read-spreadsheet.ts, fetched only when someone adds one.

type Translate = (key: DecisionLogKey) => string;

/**
 * The log as a spreadsheet in the reader's language: one row per decision,
 * oldest first, with where it stands now and what happened. Dates stay
 * yyyy-mm-dd, which every spreadsheet reads as a date. Lists go one item
 * per line inside a cell, who took part too: no "and" to translate, and a
 * name with "a" or "and" in it ("Tîm Iechyd a Lles") reads back as one name.
 */
export function documentToCsv(doc: DecisionLogDocument, t: Translate): string {
  const rows = doc.decisions.map((decision) => {
    const status = currentStatus(decision);
    const outcome = latestOutcome(decision);
    const how = decision.how;
    const cells: Record<Column, string | number> = {
      'csv.id': decision.id,
      'csv.title': decision.title,
      'csv.decidedOn': decision.decidedOn,
      'csv.what': decision.what,
      'csv.why': decision.why,
      'csv.method': how ? t(`method.${how.method}`) : '',
      'csv.votesFor': how?.votes?.for ?? '',
      'csv.votesAgainst': how?.votes?.against ?? '',
      'csv.votesAbstained': how?.votes?.abstained ?? '',
      'csv.who': how?.who ?? '',
      'csv.people': decision.people.join('\n'),
      'csv.youSaid': decision.youSaid.join('\n'),
      'csv.tags': decision.tags.join(', '),
      'csv.reviewOn': decision.reviewOn ?? '',
      'csv.status': t(`status.${status.status}`),
      'csv.statusOn': status.on,
      'csv.statusNote': status.note,
      'csv.outcome': outcome ? t(resultKey(outcome.result)) : '',
      'csv.outcomeText': outcome?.text ?? '',
      'csv.outcomeOn': outcome?.on ?? '',
      'csv.board': decision.board.shown ? t('csv.yes') : '',
      'csv.boardFields': decision.board.fields.map((field) => t(`board.${field}`)).join('\n'),
    };
    return COLUMNS.map((column) => cells[column]);
  });
  return toCsv([COLUMNS.map((column) => t(column)), ...rows]);
}

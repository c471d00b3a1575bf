import { toCsv } from '@coproduce/core';
import { inShownOrder } from './model.js';
import type { AgreementItem, Answer, ValuesAgreementDocument } from './schema.js';

type CsvKey =
  | 'csv.kind'
  | 'csv.text'
  | 'csv.meaning'
  | 'csv.state'
  | 'csv.answers'
  | 'csv.version'
  | 'csv.notHere'
  | 'item.valueLabel'
  | 'item.ruleLabel'
  | `answer.${Answer}`;

export interface CsvWording {
  t(key: CsvKey): string;
  /** Where an item stands, as its card says it. */
  state(item: AgreementItem): string;
}

/**
 * The agreement as a spreadsheet: one row per value or rule, values first.
 * Each person's answer is in it only once answers are showing, so a download
 * made while answers are private gives none of them away.
 */
export function documentToCsv(doc: ValuesAgreementDocument, answersVisible: boolean, wording: CsvWording): string {
  const header = ['csv.version', 'csv.kind', 'csv.text', 'csv.meaning', 'csv.state', 'csv.answers'] as const;
  const rows = inShownOrder(doc.items).map((item) => [
    doc.version,
    wording.t(item.kind === 'value' ? 'item.valueLabel' : 'item.ruleLabel'),
    item.text,
    item.meaning,
    wording.state(item),
    answersVisible
      ? Object.entries(item.responses)
          .map(([name, response]) => {
            // Someone not here today neither held the item back nor counted: said so beside their answer.
            const away = doc.absent.includes(name) ? ` (${wording.t('csv.notHere')})` : '';
            return [`${name}: ${wording.t(`answer.${response.answer}`)}${away}`, response.note]
              .filter(Boolean)
              .join(' – ');
          })
          .join('\n')
      : '',
  ]);
  return toCsv([header.map((key) => wording.t(key)), ...rows]);
}

import type { DecisionLogKey } from './catalogues.js';

/**
 * Spreadsheet words that earlier versions wrote and that have since been
 * reworded, by the key they stand for, so a spreadsheet downloaded before
 * the change can still be added to a log. Only column headings (`csv.*`)
 * and how a decision was made (`method.*`) are read back this way.
 *
 * These are not catalogue strings: nothing shows them, and the Welsh
 * glossary rules some of them out on purpose.
 */
export const EARLIER_CSV_WORDS: Partial<Record<DecisionLogKey, readonly string[]>> = {
  // Welsh before "trosglwyddo" replaced "pasio" for a delegated decision (2026-12).
  'csv.who': ['Wedi’i basio i, neu pwy sy’n penderfynu'],
  'method.delegated': ['Wedi’i basio i unigolyn neu grŵp penodol i benderfynu'],
};

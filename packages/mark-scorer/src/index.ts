export { MarkScorer, MARK_SCORER_FORMAT, type MarkScoredDetail, type MarkScorerChangeDetail } from './mark-scorer.js';
export { PRESET_MARKS, STAGES, type Stage } from './marks.js';
export { applyAction, changesAcrossRounds, createDocument, spreadOf, type MarkScorerAction } from './model.js';
export {
  markScorerDocumentSchema,
  type Idea,
  type Mark,
  type MarkScorerDocument,
  type MarkScorerMode,
  type Round,
  type Score,
} from './schema.js';
export { markScorerCatalogues, type MarkScorerKey } from './i18n/catalogues.js';
export { markScorerEasyRead } from './i18n/easy-read.js';

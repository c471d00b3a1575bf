export { IcebreakerPicker } from './icebreaker-picker.js';
export type {
  IcebreakerPickedDetail,
  IcebreakerPickerChangeDetail,
  IcebreakerTurnEndedDetail,
  IcebreakerTurnStartedDetail,
  TurnEndReason,
} from './events.js';
export { MEETING_DEFAULTS } from './meeting.js';
export { builtInIcebreakers, loadBuiltInIcebreakers } from './built-ins.js';
export {
  budgetSeconds,
  fitting,
  pickWithSeed,
  secondsEach,
  totalSeconds,
  unsuited,
  type Meeting,
  type Unsuited,
} from './fit.js';
export { icebreakerPickerCatalogues, type IcebreakerPickerKey } from './i18n/catalogues.js';
export { icebreakerPickerEasyRead } from './i18n/easy-read.js';
export { inEasyWords } from './easy-read-words.js';
export { checkList as checkIcebreakers, type CheckedList } from './library.js';
export {
  DEPTHS,
  icebreakerSchema,
  LIMITS as ICEBREAKER_LIMITS,
  SETTINGS,
  type Depth,
  type Icebreaker,
  type Setting,
} from './schema.js';

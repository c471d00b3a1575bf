export { CoproduceElement, type Theme } from './base-element.js';
export { attachContextRoot, projectContext, type ProjectContextValue } from './context.js';
export { csvCell, toCsv } from './csv.js';
export { parseCsv } from './parse-csv.js';
export { calendarDay, dayFields, dayFromForm, today } from './day-fields.js';
export { defineElement } from './define.js';
export {
  emit,
  type ChangeEventTag,
  type CoproduceErrorCode,
  type CoproduceErrorDetail,
  type ErrorEventTag,
  type EventDetail,
} from './events.js';
export { errorSummary, formErrorSummary, formSummaryId, type SummaryItem } from './error-summary.js';
export { downloadText, fileSlug } from './files.js';
export {
  checkboxField,
  describedBy,
  fieldError,
  fieldErrorText,
  fieldMessage,
  invalid,
  radioChoices,
  refuseField,
  requiredFromForm,
  textArea,
  textFromForm,
  textInput,
  type FieldHost,
} from './form-fields.js';
export {
  everyLanguage,
  languagesHere,
  loadFailure,
  loadStrings,
  sharedCatalogues,
  stringsNow,
  withSharedStrings,
  type Catalogues,
  type EasyReadCatalogues,
  type LoadStrings,
  type SharedKey,
  type SharedStrings,
  type StringTable,
  type Strings,
} from './i18n/catalogues.js';
export {
  FALLBACK_LOCALE,
  inheritedLang,
  normaliseLocale,
  onLangChange,
  SUPPORTED_LOCALES,
  type Locale,
} from './i18n/locale.js';
export { joinList } from './i18n/list.js';
export {
  easyReadOver,
  sharedEasyRead,
  withSharedEasyRead,
  type EasyReadOnlyKey,
  type EasyReadStrings,
} from './i18n/easy-read.js';
export {
  easyPicture,
  loadPictures,
  picture,
  pictured,
  picturesSettled,
  pictureStyles,
  type EasyReadHost,
  type PictureName,
} from './pictures/index.js';
export { formatMessage, type Message, type MessageParams, type PluralMessage } from './i18n/message.js';
export {
  DEFAULT_SOURCE_LIMITS,
  jsonChecked,
  SourceLoader,
  type SourceFailure,
  type SourceLimits,
  type SourceParse,
  type SourceResult,
} from './source.js';
export { hasOwn, isUnkeyable, own } from './records.js';
export { safeUrl } from './urls.js';
export { HEADING_LEVELS, headingsFor, type Headings } from './headings.js';
export { newId } from './ids.js';
export { type AwaitingHost, type OnDemand, onDemand, type OnDemandPart } from './on-demand.js';
export { inLanguage, localisedSchema, type Localised } from './localised.js';
export { parseParticipants, PARTICIPANT_LIMITS, participantNameSchema, readParticipants } from './participants.js';
export {
  applyPeopleAction,
  everyone,
  isPeopleAction,
  presentPeople,
  renameKey,
  samePerson,
  type PeopleAction,
  type PeopleLists,
} from './people.js';
export { participantViewStyles, renderParticipantNav, type ParticipantNav } from './participant-view.js';
export { renderPeopleEditor, type PeopleEditorOptions, type PeopleEditorView } from './people-editor.js';
export {
  boundedText,
  describeIssues,
  idSchema,
  lazySchema,
  requiredText,
  timestampSchema,
  validate,
} from './schema.js';
export {
  LocalStorageAdapter,
  localStorageAdapter,
  MemoryStorageAdapter,
  storageKeyFor,
  type StorageAdapter,
} from './storage/adapter.js';
export {
  keepAside,
  loadDocument,
  parseDocument,
  saveDocument,
  toEnvelope,
  type DocumentEnvelope,
  type DocumentFormat,
  type LoadResult,
  type ParseResult,
  type SaveResult,
  type UnreadableReason,
} from './storage/document-store.js';
export type {
  LiveSession,
  SessionRole,
  SessionStatus,
  SharedDocumentHandle,
} from './sync/session.js';
export { liveSessionPart, type LiveSessionModule } from './sync/live-part.js';
export { PersistedDocument, type PersistenceProblem } from './storage/persisted-document.js';
export { baseStyles, themeTokens } from './theme.js';
export { VERSION } from './version.js';
export { Announcer } from './controllers/announcer.js';
export { DocumentController, type DocumentModel, type DocumentOptions } from './controllers/document.js';
export { fileField, FilesController, type FileField, type FilesOptions } from './controllers/files.js';
export { FocusController, type RenderedHost } from './controllers/focus.js';
export { ProblemsController, type Problem, type ProblemsHost, type ProblemsOptions } from './controllers/problems.js';
export { SOURCE_MESSAGES, SourceLoadController, type SourceLoadOptions } from './controllers/source-load.js';
export {
  documentView,
  elementView,
  UiState,
  type DocumentView,
  type ElementView,
  type ViewParts,
} from './controllers/view.js';

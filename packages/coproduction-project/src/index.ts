export { CoproductionProject } from './coproduction-project.js';
// Its words load with the live session's view, not with the element: only the type is exported here.
export type { CoproductionProjectKey } from './i18n/catalogues.js';

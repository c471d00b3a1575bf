export { CoproductionProject } from './coproduction-project.js';
export { coproductionProjectCatalogues, coproductionProjectEasyRead } from './i18n/catalogues.js';

export { CoproductionProject } from './coproduction-project.js';

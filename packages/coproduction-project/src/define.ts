import { attachContextRoot, defineElement } from '@coproduce/core';
import { CoproductionProject } from './coproduction-project.js';

attachContextRoot();
defineElement('coproduction-project', CoproductionProject);

declare global {
  interface HTMLElementTagNameMap {
    'coproduction-project': CoproductionProject;
  }
}

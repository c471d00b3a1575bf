import { expect, fixture } from '@open-wc/testing';
import './support/setup.js';
import { $, html, settle, text } from './support/helpers.js';
import { chooseScore, openMark, scorer } from './mark-scorer/support.js';
import { CoproductionProject } from '../packages/coproduction-project/src/index.js';
import type { MarkScorer } from '../packages/mark-scorer/src/index.js';

describe('<coproduction-project>', () => {
  it('shares its language with the elements inside and marks it for screen readers', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project project="p" locale="cy"><mark-scorer></mark-scorer></coproduction-project>`,
    );
    const element = project.querySelector('mark-scorer') as MarkScorer;
    await settle(element);
    expect(project.getAttribute('lang')).to.equal('cy');
    expect(text($(element, 'h2'))).to.include('Nodweddion');
    project.locale = 'en';
    await settle(project);
    await settle(element);
    expect(text($(element, 'h2'))).to.include('Marks');
    expect(project.getAttribute('lang')).to.equal('en');
  });

  it('storage="memory" keeps the session for the page only', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project project="p" storage="memory"><mark-scorer storage-key="k"></mark-scorer></coproduction-project>`,
    );
    const element = project.querySelector('mark-scorer') as MarkScorer;
    await settle(element);
    await openMark(element, 'listening');
    chooseScore(element, 'm-listening-agreed', 4);
    await settle(element);
    expect(localStorage.length).to.equal(0);
    expect(project.storage).to.equal('memory');
  });

  it('storage set as a property, as React 19 and Vue set storage="memory", keeps the session for the page only', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project project="p" .storage=${'memory'}><mark-scorer storage-key="k"></mark-scorer></coproduction-project>`,
    );
    const element = project.querySelector('mark-scorer') as MarkScorer;
    const errors: string[] = [];
    element.addEventListener('mark-scorer-error', (event) => errors.push(event.detail.code));
    await settle(element);
    await openMark(element, 'listening');
    chooseScore(element, 'm-listening-agreed', 4);
    await settle(element);
    expect(localStorage.length).to.equal(0);
    expect(errors).to.deep.equal([]);
    // Saved in the page's memory (the words were not taken for an adapter of the page's own): another element
    // on the same key, added later, opens what was saved.
    const later = document.createElement('mark-scorer') as MarkScorer;
    later.setAttribute('storage-key', 'k');
    project.append(later);
    await settle(later);
    expect(later.data.marks.find((mark) => mark.id === 'listening')?.agreed).to.equal(4);
  });

  it('reaches elements that upgraded before it was defined', async () => {
    // Scripts can load in any order; a late provider must still be found.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><late-project project="late"><mark-scorer storage-key="k"></mark-scorer></late-project></div>`,
    );
    const element = wrapper.querySelector('mark-scorer') as MarkScorer;
    await settle(element);
    customElements.define('late-project', class extends CoproductionProject {});
    await settle(wrapper.querySelector('late-project') as CoproductionProject);
    await settle(element);
    await openMark(element, 'listening');
    chooseScore(element, 'm-listening-agreed', 5);
    await settle(element);
    expect(localStorage.getItem('coproduce:late:k')).to.not.equal(null);
  });

  it('is optional: an element on its own works and saves under its own key', async () => {
    const element = await scorer(html`<mark-scorer storage-key="alone"></mark-scorer>`);
    await openMark(element, 'listening');
    chooseScore(element, 'm-listening-agreed', 5);
    await settle(element);
    expect(localStorage.getItem('coproduce:alone')).to.not.equal(null);
  });
});

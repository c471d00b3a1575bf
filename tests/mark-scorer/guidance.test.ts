// The guidance is in the tool: where each mark comes from, what it means in
// practice, the questions for every meeting, and what the scores are for.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { everyLanguage } from '../../packages/core/src/index.js';
import { markScorerGuidance } from '../../packages/mark-scorer/src/i18n/catalogues.js';
import { markScorerCatalogues, PRESET_MARKS, STAGES } from '../../packages/mark-scorer/src/index.js';
import { $, $$, html, text } from '../support/helpers.js';
import { openGuidance, openMark, scorer } from './support.js';

describe('<mark-scorer>: the guidance in the tool', () => {
  it('credits Research in Practice’s “The mark of co-production”, with a link, where its marks are shown', async () => {
    const element = await scorer();
    const source = $(element, '.source');
    expect(text(source)).to.contain('These marks come from Research in Practice’s “The mark of co-production”.');
    const link = source.querySelector('a')!;
    expect(link.href).to.equal('https://www.researchinpractice.org.uk/');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(text(link)).to.contain('opens in a new tab');
    await expect(element).to.be.accessible();
  });

  for (const stage of ['planning', 'completing', 'review'] as const) {
    it(`says the ${stage} marks are our own suggestions, not from that source`, async () => {
      const element = await scorer(html`<mark-scorer stage=${stage}></mark-scorer>`);
      expect(text($(element, '.source'))).to.contain('our own suggestions, drawn from co-production guidance');
      expect(element.shadowRoot!.querySelector('.source a')).to.equal(null);
    });
  }

  it('has “More about this mark” for every default mark, in English and Welsh, each its own words', async () => {
    const languages = await everyLanguage({
      en: () => markScorerGuidance.en().then((module) => module.words),
      cy: () => markScorerGuidance.cy().then((module) => module.words),
    });
    for (const locale of ['en', 'cy'] as const) {
      const catalogue = languages[locale] as unknown as Record<string, string>;
      const seen = new Set<string>();
      for (const stage of STAGES) {
        for (const id of PRESET_MARKS[stage]) {
          const more = catalogue[`mark.${id}.more`];
          expect(more, `${locale} ${id}`).to.be.a('string');
          expect(more!.split(/[.?!]\s/).length, `${locale} ${id}: a few sentences`).to.be.within(2, 6);
          expect(seen.has(more!), `${locale} ${id} repeats another`).to.equal(false);
          seen.add(more!);
          if (locale === 'cy') expect(more, `${id} is translated`).not.to.equal(languages.en[`mark.${id}.more`]);
        }
      }
    }
  });

  it('shows it in each mark, closed until wanted', async () => {
    const element = await scorer(html`<mark-scorer locale="cy"></mark-scorer>`);
    await openMark(element, 'conflict');
    const more = $<HTMLDetailsElement>(element, '#m-conflict-more');
    expect(more.open).to.equal(false);
    expect(text(more.querySelector('summary'))).to.equal('Mwy am y nodwedd hon');
    // Its words are fetched when it first opens.
    await openGuidance(element, 'conflict');
    expect(text(more.querySelector('p'))).to.contain('Mae anghytuno’n normal');
  });

  it('asks the ongoing-review questions at every stage, not only at the Review', async () => {
    for (const stage of STAGES) {
      const element = await scorer(html`<mark-scorer stage=${stage}></mark-scorer>`);
      expect($$(element, '.every-meeting li').map(text)).to.deep.equal([
        'What are our gaps?',
        'Does everyone feel heard and valued?',
        'What should we change?',
      ]);
    }
  });

  it('says near the rounds and the downloads that the scores are a reflection, not a target', async () => {
    const element = await scorer();
    expect(text($(element, '.rounds .not-targets'))).to.contain('not a performance measure or a target');
    expect(text($(element, '.tools .not-targets'))).to.contain('not a performance measure or a target');
  });

  it('keeps the Process marks true to their source: admin support is secured as well as valued', () => {
    const en = markScorerCatalogues.en as unknown as Record<string, string>;
    expect(en['mark.admin-support.name']).to.equal('Secure and value admin support');
    expect(en['mark.admin-support.description'])
      .to.match(/responsible/)
      .and.to.match(/time and money/);
    expect(en['mark.ongoing-reviews.description']).to.match(/every meeting/);
    expect(PRESET_MARKS.process).to.have.length(13);
  });

  it('has a fuller Planning stage: is it right now, who is missing, power and limits, our words', () => {
    const en = markScorerCatalogues.en as unknown as Record<string, string>;
    const names = PRESET_MARKS.planning.map((id) => en[`mark.${id}.name`]);
    expect(names).to.include.members([
      'Is co-production right for this, now?',
      'Who is not in the room, and why',
      'What power we hold, and what can’t change',
      'Agreeing our words',
    ]);
  });
});

// A participant in a live session, on their own phone: one mark at a time,
// only their own choices, big targets, and nothing that is the
// facilitator's to do. A facilitator, or a page with no live session, sees
// the element exactly as before.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import type { TemplateResult } from 'lit';
import type { MarkScorer, MarkScorerDocument } from '../../packages/mark-scorer/src/index.js';
import { $, $$, fill, focused, html, recordEvents, settle, submitText, text } from '../support/helpers.js';
import { fakeSession } from '../support/fake-session.js';
import {
  atViewport,
  expectChoiceAndFocusVisible,
  fitsAtDoubleTextSize,
  inForcedColours,
  overflowsHorizontally,
} from '../support/presentation.js';
import { openMark, scorer } from './support.js';

const ann = () => fakeSession('participant', 'Ann');

/** <mark-scorer> inside a pretend project in a live session. */
const onPhone = (
  scorerMarkup: TemplateResult,
  session = ann(),
  project: { locale?: string; easyRead?: boolean } = {},
) =>
  scorer(
    html`<fake-project .session=${session} locale=${project.locale ?? 'en'} ?easy-read=${project.easyRead ?? false}>${scorerMarkup}</fake-project>`,
  );

const listening = (data: MarkScorerDocument) => data.marks.find((mark) => mark.id === 'listening')!;

/** The shadow DOM as markup, without Lit's comment markers. */
const markup = (element: MarkScorer) => element.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

/** Everything a finger presses, as touch-targets.test.ts measures it, plus text areas. */
const PRESSABLE = 'button, label.choice, summary, input[type="text"], select, textarea';

function expectBigTargets(element: MarkScorer) {
  const controls = $$(element, PRESSABLE).filter((control) => control.getClientRects().length > 0);
  expect(controls.length).to.be.greaterThan(10);
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    const name = `${control.localName}#${control.id}.${control.className} “${text(control).slice(0, 30)}”`;
    expect(Math.round(box.height), `${name} height`).to.be.at.least(48);
    expect(Math.round(box.width), `${name} width`).to.be.at.least(48);
  }
}

/** The labels of every button there is: a participant's are few, and none is the facilitator's. */
const buttons = (element: MarkScorer) => $$(element, 'button').map(text);

/** Each private score given on a phone is published on Reveal: this is how it arrives there (the session's job). */
function revealed(data: MarkScorerDocument, scores: Record<string, number | 'pass'>): MarkScorerDocument {
  return {
    ...data,
    marks: data.marks.map((mark) =>
      mark.id === 'listening'
        ? { ...mark, revealed: true, individual: scores, answered: Object.keys(scores), agreed: 7 }
        : mark,
    ),
  };
}

describe('<mark-scorer> for a facilitator, or with no live session', () => {
  it('is exactly today’s element: a facilitator’s session changes nothing on screen', async () => {
    const plain = await scorer(html`<mark-scorer mode="individual" participants="Ann, Ben"></mark-scorer>`);
    const facilitator = await onPhone(
      html`<mark-scorer mode="individual" participants="Ann, Ben"></mark-scorer>`,
      fakeSession('facilitator', null),
    );
    const named = await onPhone(
      html`<mark-scorer mode="individual" participants="Ann, Ben"></mark-scorer>`,
      fakeSession('facilitator', 'Sam'),
    );
    for (const element of [plain, facilitator, named]) await openMark(element, 'listening');
    expect(markup(facilitator)).to.equal(markup(plain));
    expect(markup(named)).to.equal(markup(plain));
    expect(plain.shadowRoot!.querySelector('.participant')).to.equal(null);
    expect(buttons(plain)).to.include('Show everyone’s scores');
  });
});

describe('<mark-scorer> on a participant’s own phone', () => {
  it('with no name picked yet, says plainly to pick it first, and offers nothing else', async () => {
    const element = await onPhone(
      html`<mark-scorer mode="individual"></mark-scorer>`,
      fakeSession('participant', null),
    );
    expect(text($(element, '#participant-no-name'))).to.equal(
      'To take part, first pick your name from the group’s list.',
    );
    expect($$(element, 'button, input, textarea, select, summary')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('shows one mark at a time; Previous and Next work from the keyboard and put focus on the mark’s heading', async () => {
    const element = await onPhone(html`<mark-scorer mode="individual"></mark-scorer>`);
    expect($$(element, '.participant-mark')).to.have.length(1);
    expect($$(element, 'details.mark')).to.have.length(0);
    const heading = () => $(element, '#participant-mark');
    expect(text(heading())).to.equal('Mark 1 of 13 Listening');
    expect(heading().localName).to.equal('h3');
    expect($<HTMLButtonElement>(element, '#participant-previous').disabled).to.equal(true);

    $(element, '#participant-next').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text(heading())).to.equal('Mark 2 of 13 Gaining new skills');
    expect(focused(element)).to.equal(heading());
    expect($$(element, 'input[name="m-new-skills-own"]')).to.have.length(11);
    expect($$(element, 'input[name="m-listening-own"]')).to.have.length(0);

    // From the heading, on through the mark by Tab alone, to Previous.
    for (let step = 0; step < 40 && focused(element)?.id !== 'participant-previous'; step++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(focused(element)?.id).to.equal('participant-previous');
    await sendKeys({ press: ' ' });
    await settle(element);
    expect(text(heading())).to.equal('Mark 1 of 13 Listening');
    expect(focused(element)).to.equal(heading());

    for (let step = 0; step < 12; step++) {
      $(element, '#participant-next').click();
      await settle(element);
    }
    expect(text(heading())).to.equal('Mark 13 of 13 Secure and value admin support');
    expect($<HTMLButtonElement>(element, '#participant-next').disabled).to.equal(true);
    expect($<HTMLButtonElement>(element, '#participant-previous').disabled).to.equal(false);
  });

  it('shows what the mark means, in Easy Read with pictures when Easy Read is on', async () => {
    const plain = await onPhone(html`<mark-scorer mode="individual"></mark-scorer>`);
    expect(text($(plain, '.participant-mark .description'))).to.equal(
      'Everyone is heard, and we act on what people tell us.',
    );
    expect($(plain, '#m-listening-more summary')).to.exist;
    const easy = await onPhone(html`<mark-scorer mode="individual"></mark-scorer>`, ann(), { easyRead: true });
    expect(text($(easy, '.participant-mark .description'))).to.equal(
      'We listen to everyone. We do something about what people tell us.',
    );
    expect($$(easy, '.participant-mark svg.picture').length).to.be.greaterThan(2);
    expect(text($(easy, '.participant-score .h-sub'))).to.equal('Your secret score');
    await expect(easy).to.be.accessible();
  });

  it('gives their own private score, kept on this device and never in `data` before Reveal', async () => {
    const element = await onPhone(html`<mark-scorer mode="individual" storage-key="phone"></mark-scorer>`);
    const scores = recordEvents(element, 'mark-scored');
    const changes = recordEvents(element, 'mark-scorer-change');
    const fieldset = $(element, '.participant-mark fieldset.score');
    expect(text(fieldset.querySelector('legend'))).to.equal('Your score for “Listening”');
    const hint = $(element, '#m-listening-own-hint-1');
    expect(text(hint)).to.equal(
      'Your score stays on this phone or computer until the group shows everyone’s scores together.',
    );
    expect(fieldset.getAttribute('aria-describedby')).to.contain('m-listening-own-hint-1');
    expect(text($(element, '.participant-answered'))).to.equal('You have not given your score yet.');

    $<HTMLInputElement>(element, 'input[name="m-listening-own"][value="9"]').click();
    await settle(element);
    expect(scores.map((event) => event.detail)).to.deep.equal([
      { markId: 'listening', participant: 'Ann', score: null, sealed: true },
    ]);
    expect(text($(element, '.participant-answered'))).to.equal(
      'You have given your score. You can change it until everyone’s scores are shown.',
    );
    // Who answered may leave this device; what they chose may not.
    expect(listening(element.data).individual).to.deep.equal({});
    expect(listening(element.data).answered).to.deep.equal(['Ann']);
    expect(element.data.participants).to.deep.equal(['Ann']);
    for (const event of changes) expect(listening(event.detail.data).individual).to.deep.equal({});
    expect(JSON.stringify(element)).not.to.contain('"Ann":9');
    // This device keeps it, as the full element does, so a reload loses nothing.
    expect(listening(JSON.parse(localStorage.getItem('coproduce:phone')!).data).individual).to.deep.equal({ Ann: 9 });

    // It is theirs to see on their own phone, when they come back to the mark.
    $(element, '#participant-next').click();
    await settle(element);
    $(element, '#participant-previous').click();
    await settle(element);
    expect($<HTMLInputElement>(element, 'input[name="m-listening-own"][value="9"]').checked).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('after Reveal, shows the spread and the group’s score, and scoring is over', async () => {
    const element = await onPhone(html`<mark-scorer mode="individual"></mark-scorer>`);
    element.data = revealed(element.data, { Ann: 9, Ben: 4 });
    await settle(element);
    expect(text($(element, '.spread .spread-text'))).to.contain('2 scores: 4 and 9.');
    expect($$(element, 'input[type=radio]')).to.have.length(0);
    expect(text($(element, '.participant-score .score-read'))).to.equal('Our score: 7 out of 10');
    expect(buttons(element)).not.to.include('Score again privately');
    await expect(element).to.be.accessible();
  });

  it('in group mode shows the group’s score to read, with nothing to choose', async () => {
    const element = await onPhone(html`<mark-scorer></mark-scorer>`);
    expect(text($(element, '.participant-score .score-read'))).to.equal('Not scored yet');
    expect($$(element, 'input[type=radio]')).to.have.length(0);
    element.data = { ...element.data, marks: element.data.marks.map((mark) => ({ ...mark, agreed: 6 })) };
    await settle(element);
    expect(text($(element, '.participant-score .score-read'))).to.equal('Our score: 6 out of 10');
    await expect(element).to.be.accessible();
  });

  it('adds ladders, snakes, notes and ideas, through the same actions as the full element', async () => {
    const element = await onPhone(html`<mark-scorer></mark-scorer>`);
    await submitText(element, '#m-listening-ladders-new', 'A listening circle');
    await submitText(element, '#m-listening-snakes-new', 'Talking over people');
    await submitText(element, '#m-listening-notes-new', 'We want everyone heard');
    await submitText(element, '#m-listening-notes-new', 'And thanked');
    fill(element, '#idea-text', 'A thank-you event');
    $<HTMLFormElement>(element, '#add-idea').requestSubmit();
    await settle(element);
    const mark = listening(element.data);
    expect(mark.ladders.map((item) => item.text)).to.deep.equal(['A listening circle']);
    expect(mark.snakes.map((item) => item.text)).to.deep.equal(['Talking over people']);
    // Added to the notes, never replacing them: rewording what is there is the facilitator's.
    expect(mark.notes).to.equal('We want everyone heard\n\nAnd thanked');
    expect(element.shadowRoot!.querySelector('#m-listening-notes'), 'no box to reword the notes').to.equal(null);
    expect(element.data.ideas.map((idea) => [idea.text, idea.stage])).to.deep.equal([['A thank-you event', 'process']]);
    // What they added is there to read; changing or removing it is the facilitator's.
    expect(text($(element, '.ladders li'))).to.equal('A listening circle');
    expect(buttons(element)).to.deep.equal([
      'Add',
      'Add ladder',
      'Add snake',
      'Previous mark',
      'Next mark',
      'Add to the lake',
    ]);
  });

  it('has none of the facilitator’s controls: Reveal, Score again, the group’s score, marks, people, rounds, files', async () => {
    for (const mode of ['individual', 'group']) {
      const element = await onPhone(html`<mark-scorer mode=${mode} participants="Ann, Ben"></mark-scorer>`);
      expect(buttons(element), mode).to.deep.equal([
        'Add',
        'Add ladder',
        'Add snake',
        'Previous mark',
        'Next mark',
        'Add to the lake',
      ]);
      for (const selector of [
        'input[name$="-agreed"]',
        '.people-section',
        '.rounds',
        '.tools',
        '.add-mark',
        '.hidden-marks',
        'input[type=file]',
        'details.mark',
      ]) {
        expect(element.shadowRoot!.querySelector(selector), `${mode}: ${selector}`).to.equal(null);
      }
    }
  });

  it('every control is at least 48 by 48 px, on a phone too', async () => {
    const element = await onPhone(html`<mark-scorer mode="individual"></mark-scorer>`);
    expectBigTargets(element);
    await atViewport(320, 640, async () => {
      await settle(element);
      expectBigTargets(element);
    });
  });

  it('fits 320 px with double-size text, and 200% zoom, without scrolling sideways', async () => {
    await atViewport(320, 640, async () => {
      const element = await onPhone(
        html`<style>
            * {
              --coproduce-font-size: 32px;
            }
          </style>
          <mark-scorer mode="individual"></mark-scorer>`,
        ann(),
        { locale: 'cy' },
      );
      expect($(element, '#participant-mark')).to.exist;
      expect(parseFloat(getComputedStyle($(element, '.root')).fontSize)).to.equal(32);
      expect(overflowsHorizontally(element)).to.equal(false);
    });
    await fitsAtDoubleTextSize((style) => onPhone(html`${style}<mark-scorer mode="individual"></mark-scorer>`));
  });

  it('in forced colours, the chosen score and where focus is stay visible', async function () {
    const element = await onPhone(html`<mark-scorer mode="individual"></mark-scorer>`);
    await inForcedColours(this, async () => {
      const nine = $<HTMLInputElement>(element, 'input[name="m-listening-own"][value="9"]');
      nine.click();
      await settle(element);
      expectChoiceAndFocusVisible(nine);
      const next = $(element, '#participant-next');
      expect(getComputedStyle(next).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(element, '#participant-previous')).borderTopStyle).to.equal('dashed');
    });
  });

  for (const [label, project] of [
    ['English', { locale: 'en' }],
    ['Welsh', { locale: 'cy' }],
    ['Easy Read', { locale: 'en', easyRead: true }],
    ['Easy Read Welsh', { locale: 'cy', easyRead: true }],
  ] as const) {
    it(`passes axe in every state, in ${label}`, async () => {
      const waiting = await onPhone(
        html`<mark-scorer mode="individual"></mark-scorer>`,
        fakeSession('participant', null),
        project,
      );
      await expect(waiting).to.be.accessible();
      const element = await onPhone(html`<mark-scorer mode="individual"></mark-scorer>`, ann(), project);
      await expect(element).to.be.accessible();
      $<HTMLInputElement>(element, 'input[name="m-listening-own"][value="pass"]').click();
      await settle(element);
      await submitText(element, '#m-listening-ladders-new', 'Ladder');
      await expect(element).to.be.accessible();
      element.data = revealed(element.data, { Ann: 'pass', Ben: 4 });
      await settle(element);
      await expect(element).to.be.accessible();
      const group = await onPhone(html`<mark-scorer></mark-scorer>`, ann(), project);
      await expect(group).to.be.accessible();
      if (project.locale === 'cy') expect(text($(group, '#participant-mark'))).to.match(/^Nodwedd 1 o 13 /);
    });
  }
});

// A participant in a live session, on their own phone: one value or ground
// rule at a time, their own answer, and the agreement as it stands; nothing
// that is the facilitator's to do. A facilitator, or a page with no live
// session, sees the element exactly as before.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import type { TemplateResult } from 'lit';
import type { ValuesAgreement, ValuesAgreementDocument } from '../../packages/values-agreement/src/index.js';
import { $, $$, focused, html, recordEvents, settle, text, typeAndLeave } from '../support/helpers.js';
import { fakeSession } from '../support/fake-session.js';
import {
  atViewport,
  expectChoiceAndFocusVisible,
  fitsAtDoubleTextSize,
  inForcedColours,
  overflowsHorizontally,
} from '../support/presentation.js';
import { AT, said, smallAgreement } from './fixtures.js';
import { agreement, openCard } from './support.js';

const ann = () => fakeSession('participant', 'Ann');

/** <values-agreement> inside a pretend project in a live session. */
const onPhone = (markup: TemplateResult, session = ann(), project: { locale?: string; easyRead?: boolean } = {}) =>
  agreement(
    html`<fake-project .session=${session} locale=${project.locale ?? 'en'} ?easy-read=${project.easyRead ?? false}>${markup}</fake-project>`,
  );

const trust = (data: ValuesAgreementDocument) => data.items.find((item) => item.id === 'trust')!;

/** The shadow DOM as markup, without Lit's comment markers. */
const markup = (element: ValuesAgreement) => element.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

/** Everything a finger presses, as touch-targets.test.ts measures it, plus text areas. */
const PRESSABLE = 'button, label.choice, summary, input[type="text"], select, textarea';

function expectBigTargets(element: ValuesAgreement) {
  const controls = $$(element, PRESSABLE).filter((control) => control.getClientRects().length > 0);
  expect(controls.length).to.be.greaterThan(5);
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    const name = `${control.localName}#${control.id}.${control.className} “${text(control).slice(0, 30)}”`;
    expect(Math.round(box.height), `${name} height`).to.be.at.least(48);
    expect(Math.round(box.width), `${name} width`).to.be.at.least(48);
  }
}

const buttons = (element: ValuesAgreement) => $$(element, 'button').map(text);

const choose = async (element: ValuesAgreement, itemId: string, answer: string) => {
  $<HTMLInputElement>(element, `input[name="i-${itemId}-own"][value="${answer}"]`).click();
  await settle(element);
};

/** Everyone's answers, shown together: as they arrive on each phone once the facilitator shows them. */
const shown = (data: ValuesAgreementDocument): ValuesAgreementDocument => ({
  ...data,
  participants: ['Ann', 'Ben'],
  revealed: true,
  items: data.items.map((item) => ({
    ...item,
    responses: { Ann: said('concern', 'Time'), Ben: said('agree') },
    answered: ['Ann', 'Ben'],
  })),
});

describe('<values-agreement> for a facilitator, or with no live session', () => {
  it('is exactly today’s element: a facilitator’s session changes nothing on screen', async () => {
    const data = smallAgreement({ privateAnswers: true });
    const markupOf = async (session?: ReturnType<typeof fakeSession>) => {
      const element = session
        ? await onPhone(html`<values-agreement participants="Ann, Ben" .data=${data}></values-agreement>`, session)
        : await agreement(html`<values-agreement participants="Ann, Ben" .data=${data}></values-agreement>`);
      await openCard(element, 'trust');
      $(element, '#i-trust-person-0').click();
      await settle(element);
      return element;
    };
    const plain = await markupOf();
    expect(markup(await markupOf(fakeSession('facilitator', null)))).to.equal(markup(plain));
    expect(markup(await markupOf(fakeSession('facilitator', 'Sam')))).to.equal(markup(plain));
    expect(plain.shadowRoot!.querySelector('.participant')).to.equal(null);
    expect(buttons(plain)).to.include('Show everyone’s answers');
  });
});

describe('<values-agreement> on a participant’s own phone', () => {
  it('with no name picked yet, says plainly to pick it first, and offers nothing else', async () => {
    const element = await onPhone(
      html`<values-agreement .data=${smallAgreement()}></values-agreement>`,
      fakeSession('participant', null),
    );
    expect(text($(element, '#participant-no-name'))).to.equal(
      'To take part, first pick your name from the group’s list.',
    );
    expect($$(element, 'button, input, textarea, select, summary')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('shows one item at a time; Previous and Next work from the keyboard and put focus on its heading', async () => {
    const element = await onPhone(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    expect($$(element, '.participant-item')).to.have.length(1);
    expect($$(element, 'details.card')).to.have.length(0);
    const heading = () => $(element, '#participant-item');
    expect(text(heading())).to.equal('1 of 3: a value Trust');
    expect(heading().localName).to.equal('h3');
    expect(text($(element, '.participant-item .meaning'))).to.equal('In practice: We do what we say.');
    expect($<HTMLButtonElement>(element, '#participant-previous').disabled).to.equal(true);

    $(element, '#participant-next').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text(heading())).to.equal('2 of 3: a value Feeling safe');
    expect(focused(element)).to.equal(heading());
    expect($$(element, 'input[name="i-safety-own"]')).to.have.length(4);

    for (let step = 0; step < 20 && focused(element)?.id !== 'participant-next'; step++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(focused(element)?.id).to.equal('participant-next');
    await sendKeys({ press: ' ' });
    await settle(element);
    expect(text(heading())).to.equal('3 of 3: a ground rule We take breaks');
    expect(focused(element)).to.equal(heading());
    expect($<HTMLButtonElement>(element, '#participant-next').disabled).to.equal(true);

    await sendKeys({ press: 'Tab' });
    for (let step = 0; step < 20 && focused(element)?.id !== 'participant-previous'; step++) {
      await sendKeys({ press: 'Tab' });
    }
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(text(heading())).to.equal('2 of 3: a value Feeling safe');
    expect(focused(element)).to.equal(heading());
  });

  it('gives their own private answer and note, kept on this device and never in `data` before they are shown', async () => {
    const element = await onPhone(
      html`<values-agreement storage-key="phone" .data=${smallAgreement({ privateAnswers: true })}></values-agreement>`,
    );
    const answers = recordEvents(element, 'agreement-answered');
    expect(text($(element, '.participant-item legend'))).to.equal('Ann, do you agree with “Trust”?');
    expect(text($(element, '.participant-private'))).to.equal(
      'Your answer stays on this phone or computer until the group shows everyone’s answers together.',
    );
    await choose(element, 'trust', 'concern');
    await typeAndLeave(element, '#i-trust-own-note', 'We need time');
    expect(answers.map((event) => event.detail.sealed)).to.deep.equal([true, true]);
    expect(answers.every((event) => event.detail.response === null && event.detail.note === '')).to.equal(true);
    // Who answered may leave this device; what they said may not.
    expect(trust(element.data).responses).to.deep.equal({});
    expect(trust(element.data).answered).to.deep.equal(['Ann']);
    expect(element.data.participants).to.deep.equal(['Ann']);
    expect(JSON.stringify(element)).not.to.contain('We need time');
    const stored = JSON.parse(localStorage.getItem('coproduce:phone')!).data;
    expect(trust(stored).responses.Ann).to.include({ answer: 'concern', note: 'We need time' });

    // Their own answer is theirs to see on their own phone, when they come back to it.
    $(element, '#participant-next').click();
    await settle(element);
    $(element, '#participant-previous').click();
    await settle(element);
    expect($<HTMLInputElement>(element, 'input[name="i-trust-own"][value="concern"]').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(element, '#i-trust-own-note').value).to.equal('We need time');
    expect(text($(element, '.participant-stands'))).to.contain('Have answered: Ann.');
    expect(buttons(element)).not.to.include('Show everyone’s answers');
    await expect(element).to.be.accessible();
  });

  it('shows the agreement as it stands: where each item is, and what is agreed', async () => {
    const data = smallAgreement({
      participants: ['Ben'],
      items: smallAgreement().items.map((item) => ({ ...item, responses: { Ben: said('agree') }, answered: ['Ben'] })),
    });
    const element = await onPhone(html`<values-agreement .data=${data}></values-agreement>`);
    const reached = recordEvents(element, 'agreement-reached');
    expect(text($(element, '.participant-stands'))).to.contain('Agreed');
    for (const [itemId, answer] of [
      ['trust', 'agree'],
      ['safety', 'pass'],
      ['breaks', 'agree'],
    ] as const) {
      await choose(element, itemId, answer);
      if (itemId !== 'breaks') {
        $(element, '#participant-next').click();
        await settle(element);
      }
    }
    expect(element.data.participants).to.deep.equal(['Ben', 'Ann']);
    expect(text($(element, '.participant-private'))).to.equal(
      'Everyone’s answers can be seen now. You can still change yours.',
    );
    expect(text($(element, '.participant-stands'))).to.contain('Agreed: Ben and Ann.');
    expect(reached.map((event) => event.detail.present)).to.deep.equal([['Ben', 'Ann']]);
    expect($$(element, '.summary ul.agreed li strong').map(text)).to.deep.equal([
      'Trust',
      'Feeling safe',
      'We take breaks',
    ]);
    expect(text($(element, '#status'))).to.contain('Everything is agreed');
  });

  it('after the answers are shown together, shows everyone’s, with theirs still to change', async () => {
    const element = await onPhone(
      html`<values-agreement .data=${shown(smallAgreement({ privateAnswers: true }))}></values-agreement>`,
    );
    expect(text($(element, '.participant-stands'))).to.contain('Agreed: Ann and Ben.');
    expect(text($(element, '.participant-stands'))).to.contain('Ann: Time');
    expect($<HTMLInputElement>(element, 'input[name="i-trust-own"][value="concern"]').checked).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('has none of the facilitator’s controls: showing answers, wording, people, review date, history, files', async () => {
    for (const privateAnswers of [true, false]) {
      const data = smallAgreement({
        privateAnswers,
        version: 2,
        history: [{ version: 1, endedAt: AT, change: { itemId: 'trust', from: 'Trusting', to: 'Trust' }, items: [] }],
      });
      const element = await onPhone(html`<values-agreement participants="Ann, Ben" .data=${data}></values-agreement>`);
      expect(buttons(element)).to.deep.equal(['Previous', 'Next']);
      for (const selector of [
        '.people-section',
        '.start',
        '.review',
        '.history',
        '.tools',
        'details.card',
        'form',
        'input[type=file]',
        'input[type=text]',
      ]) {
        expect(element.shadowRoot!.querySelector(selector), `${privateAnswers}: ${selector}`).to.equal(null);
      }
    }
  });

  it('with nothing to answer yet, says so', async () => {
    const element = await onPhone(html`<values-agreement></values-agreement>`);
    expect(text($(element, '.participant .empty'))).to.equal(
      'There is nothing to answer yet. The group’s values and ground rules will appear here.',
    );
    expect(buttons(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('every control is at least 48 by 48 px, on a phone too', async () => {
    const element = await onPhone(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    await choose(element, 'trust', 'not-yet');
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
          <values-agreement .data=${smallAgreement()}></values-agreement>`,
        ann(),
        { locale: 'cy' },
      );
      await choose(element, 'trust', 'concern');
      expect($(element, '#participant-item')).to.exist;
      expect(parseFloat(getComputedStyle($(element, '.root')).fontSize)).to.equal(32);
      expect(overflowsHorizontally(element)).to.equal(false);
    });
    await fitsAtDoubleTextSize((style) =>
      onPhone(html`${style}<values-agreement .data=${smallAgreement()}></values-agreement>`),
    );
  });

  it('in forced colours, the chosen answer and where focus is stay visible', async function () {
    const element = await onPhone(html`<values-agreement .data=${smallAgreement()}></values-agreement>`);
    await inForcedColours(this, async () => {
      await choose(element, 'trust', 'agree');
      expectChoiceAndFocusVisible($<HTMLInputElement>(element, 'input[name="i-trust-own"][value="agree"]'));
      expect(getComputedStyle($(element, '#participant-next')).borderTopStyle).to.equal('solid');
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
      const data = smallAgreement({ privateAnswers: true });
      const waiting = await onPhone(
        html`<values-agreement .data=${data}></values-agreement>`,
        fakeSession('participant', null),
        project,
      );
      await expect(waiting).to.be.accessible();
      const empty = await onPhone(html`<values-agreement></values-agreement>`, ann(), project);
      await expect(empty).to.be.accessible();
      const element = await onPhone(html`<values-agreement .data=${data}></values-agreement>`, ann(), project);
      await expect(element).to.be.accessible();
      if (project.easyRead) expect($(element, '.answer-key')).to.exist;
      await choose(element, 'trust', 'not-yet');
      await typeAndLeave(element, '#i-trust-own-note', 'More time');
      await expect(element).to.be.accessible();
      element.data = shown(element.data);
      await settle(element);
      await expect(element).to.be.accessible();
      if (project.locale === 'cy' && !('easyRead' in project))
        expect(text($(element, '#participant-item'))).to.equal('1 o 3: gwerth Trust');
    });
  }
});

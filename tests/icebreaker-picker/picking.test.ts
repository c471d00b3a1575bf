import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import {
  fitting,
  pickWithSeed,
  builtInIcebreakers,
  type IcebreakerPicker,
} from '../../packages/icebreaker-picker/src/index.js';
import { $, $$, focused, html, recordEvents, settle, text, waitFor } from '../support/helpers.js';
import { icebreakerPicker, icebreakerPickerRecordingErrors } from './support.js';

const title = (element: IcebreakerPicker) => text($(element, '#pick-title'));
const announced = (element: IcebreakerPicker) => text($(element, '.root > [role="status"]')).replace(/\u00a0/g, '');

const ours = {
  id: 'garden-walk',
  title: { en: 'A walk round the garden', cy: 'Tro o amgylch yr ardd' },
  steps: { en: ['Walk round the garden in pairs.'] },
  minutesPerPerson: 0.5,
  settings: ['in-person'],
  depth: 'light',
  needs: { speaking: true, camera: false, materials: false },
};

describe('<icebreaker-picker> picks', () => {
  it('the same icebreaker for the same seed and meeting, on any screen, and tells the host with the seed', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const events = recordEvents(wrapper, 'icebreaker-picked');
    wrapper.innerHTML = `<icebreaker-picker seed="team-day" minutes="90" group-size="12"></icebreaker-picker>
      <icebreaker-picker seed="team-day" minutes="90" group-size="12" locale="cy"></icebreaker-picker>`;
    const [first, second] = [...wrapper.querySelectorAll('icebreaker-picker')];
    await settle(first!);
    await settle(second!);
    try {
      expect(first!.picked!.id).to.equal(second!.picked!.id);
      expect(events.map((event) => [event.detail.icebreaker.id, event.detail.seed])).to.deep.equal([
        [first!.picked!.id, 'team-day'],
        [first!.picked!.id, 'team-day'],
      ]);
      const meeting = first!.meeting;
      expect(first!.picked!.id).to.equal(pickWithSeed('team-day', fitting(builtInIcebreakers(), meeting))!.id);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    } finally {
      wrapper.remove();
    }
  });

  it('spreads different seeds across the icebreakers that fit', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker minutes="90" group-size="8"></icebreaker-picker>`);
    const seen = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      element.seed = `seed-${seed}`;
      await settle(element);
      seen.add(element.picked!.id);
    }
    expect(seen.size).to.be.at.least(8);
  });

  it('keeps the icebreaker when the meeting changes but it still fits, and says so when it no longer does', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker minutes="120" group-size="6" pick="two-true-one-not"></icebreaker-picker>`,
    );
    expect(element.picked!.id).to.equal('two-true-one-not');
    element.groupSize = 7;
    await settle(element);
    expect(element.picked!.id).to.equal('two-true-one-not');
    // 1.5 minutes each for 12 people is 18 minutes: over 10% of two hours.
    element.groupSize = 12;
    await settle(element);
    expect(element.picked!.id).to.not.equal('two-true-one-not');
    expect(announced(element)).to.equal(`“Two true, one made up” no longer fits, so here is “${title(element)}”.`);
  });

  it('suggests another on request: never the same one, with a new seed that picks it again elsewhere', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker seed="first" minutes="60" group-size="8"></icebreaker-picker>`,
    );
    const events = recordEvents(element, 'icebreaker-picked');
    for (let round = 0; round < 5; round++) {
      const before = element.picked!.id;
      $(element, '#another').click();
      await settle(element);
      expect(element.picked!.id).to.not.equal(before);
      expect(announced(element)).to.equal(`Suggested: ${title(element)}.`);
    }
    const last = events.at(-1)!.detail;
    expect(last.seed).to.be.a('string').and.not.equal('first');
    expect(element.seed).to.equal(last.seed);
    const elsewhere = await icebreakerPicker(
      html`<icebreaker-picker seed=${last.seed!} minutes="60" group-size="8"></icebreaker-picker>`,
    );
    expect(elsewhere.picked!.id).to.equal(last.icebreaker.id);
  });

  it('shows a chosen icebreaker by id (`pick`), with no seed in the event', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const events = recordEvents(wrapper, 'icebreaker-picked');
    wrapper.innerHTML = '<icebreaker-picker pick="favourite-snack"></icebreaker-picker>';
    const element = wrapper.querySelector('icebreaker-picker')!;
    await settle(element);
    try {
      expect(title(element)).to.equal('Favourite biscuit');
      expect(text($(element, '.eyebrow'))).to.equal('Chosen for this meeting');
      expect(events.map((event) => event.detail.seed)).to.deep.equal([null]);
    } finally {
      wrapper.remove();
    }
  });

  it('says when the `pick` asked for is unknown or does not suit the meeting, and suggests another', async () => {
    const unknown = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker pick="no-such-thing"></icebreaker-picker>',
    );
    expect(unknown.element.picked).to.not.equal(null);
    expect(unknown.errors.map((event) => [event.detail.code, event.detail.message])).to.deep.equal([
      ['invalid-attribute', 'The icebreaker asked for (“no-such-thing”) isn’t in the list, so another was suggested.'],
    ]);
    expect(text($(unknown.element, '#problems'))).to.contain('isn’t in the list');
    const personal = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker pick="proud-of" minutes="120"></icebreaker-picker>',
    );
    expect(personal.element.picked!.id).to.not.equal('proud-of');
    expect(personal.errors[0]!.detail.message).to.contain('doesn’t suit this meeting');
    personal.element.allowPersonal = true;
    await settle(personal.element);
    expect(personal.element.picked!.id).to.equal('proud-of');
    expect(personal.element.shadowRoot!.querySelector('.problem')).to.equal(null);
  });

  it('lets the person browse everything that fits and choose one, from the keyboard', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker seed="x" minutes="60" group-size="8"></icebreaker-picker>`,
    );
    const events = recordEvents(element, 'icebreaker-picked');
    const summary = $(element, 'summary');
    expect(text(summary)).to.equal(
      `See all ${fitting(builtInIcebreakers(), element.meeting).length} icebreakers that fit`,
    );
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect($<HTMLDetailsElement>(element, 'details.browse').open).to.equal(true);
    const choose = $$(element, '[data-choose]').find((button) => button.dataset.choose === 'favourite-snack')!;
    expect(text(choose)).to.equal('Choose: Favourite biscuit');
    choose.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.picked!.id).to.equal('favourite-snack');
    expect(focused(element)).to.equal($(element, '#pick-title'));
    expect(events.at(-1)!.detail).to.deep.include({ seed: null });
    expect(text($(element, 'details.browse'))).to.contain('Favourite biscuit 15 seconds each · Light Shown above');
  });
});

describe('<icebreaker-picker> events', () => {
  it('are sent after the update that shows them, so a listener may change the element (no update inside an update)', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker group-size="4" pick="looking-forward"></icebreaker-picker>`,
    );
    // Each listener answers by setting a property, as a framework's state update may; Lit warns (failing the test) if that lands inside an update.
    element.addEventListener('icebreaker-turn-started', () => (element.hideCountdown = true));
    element.addEventListener('icebreaker-turn-ended', () => (element.hideCountdown = false));
    element.addEventListener('icebreaker-picker-change', () => (element.allowPersonal = true));
    element.addEventListener('icebreaker-picked', () => (element.budgetPercent = 20));
    $(element, '#turns-start').click();
    await settle(element);
    expect(element.shadowRoot!.querySelector('.countdown'), 'the listener’s change shown').to.equal(null);
    $(element, '#turns-stop').click();
    await settle(element);
    expect(element.hideCountdown).to.equal(false);
    $<HTMLInputElement>(element, '#materials').click();
    await settle(element);
    expect(element.meeting).to.deep.include({ materials: true, allowPersonal: true });
    $(element, '#another').click();
    await settle(element);
    expect(element.meeting.budgetPercent).to.equal(20);
  });
});

describe('<icebreaker-picker> with a host’s own icebreakers', () => {
  it('adds them (`icebreakers`), replacing a built-in with the same id, and names any left out', async () => {
    const { element, errors } = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker pick="garden-walk"></icebreaker-picker>',
    );
    element.icebreakers = [ours, { ...ours, id: 'one-word', title: 'Our own one word' }, { id: 'half' }];
    await settle(element);
    expect(title(element)).to.equal('A walk round the garden');
    expect(element.icebreakers.map((icebreaker) => icebreaker.id)).to.deep.equal(['garden-walk', 'one-word']);
    element.pick = 'one-word';
    await settle(element);
    expect(title(element)).to.equal('Our own one word');
    const problem = errors.find((event) => event.detail.code === 'invalid-data')!;
    expect(problem.detail.message).to.equal(
      '1 of the icebreakers given to this page isn’t in the right form, so it was left out: “half”.',
    );
    expect(text($(element, '#problems'))).to.contain('left out: “half”');
    // The person can put the message away; a later good list clears it too.
    $(element, '#problems button').click();
    await settle(element);
    expect(element.shadowRoot!.querySelector('.problem')).to.equal(null);
  });

  it('shows a host’s text in the reader’s language when it has it, else in the one it has, marked with its lang', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker locale="cy" pick="garden-walk"></icebreaker-picker>`,
    );
    element.icebreakers = [ours];
    await settle(element);
    expect(title(element)).to.equal('Tro o amgylch yr ardd');
    expect($(element, '#pick-title').hasAttribute('lang')).to.equal(false);
    expect($(element, '.icebreaker ol').getAttribute('lang')).to.equal('en');
    expect(text($(element, '.icebreaker ol'))).to.equal('Walk round the garden in pairs.');
  });

  it('always says the usual words about passing, then anything the host adds to them', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker pick="garden-walk"></icebreaker-picker>`);
    element.icebreakers = [{ ...ours, optOut: 'Stay inside if you would rather: that is fine.' }];
    await settle(element);
    expect($$(element, '.say-first p').map(text)).to.deep.equal([
      'Join in only if you want to. You can say “pass” at any time, and you don’t need to give a reason.',
      'Use first names only. Nobody needs to say their job title.',
      'Stay inside if you would rather: that is fine.',
    ]);
  });

  it('offers only the host’s own with `hide-built-in`', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker hide-built-in></icebreaker-picker>`);
    expect(element.picked).to.equal(null);
    element.icebreakers = [ours];
    await settle(element);
    expect(element.picked!.id).to.equal('garden-walk');
    expect(text($(element, 'summary')), 'nothing built in').to.equal('See the 1 icebreaker that fits');
    expect(text($(element, '.row.no-print'))).to.equal('This is the only icebreaker that fits this meeting.');
  });

  it('refuses something that is not a list, and keeps the built-in ones', async () => {
    const { element, errors } = await icebreakerPickerRecordingErrors('<icebreaker-picker></icebreaker-picker>');
    element.icebreakers = { title: 'one' };
    await settle(element);
    expect(errors[0]!.detail.message).to.equal(
      'The icebreakers given to this page aren’t a list, so only the built-in ones are shown.',
    );
    expect(element.picked).to.not.equal(null);
  });

  it('reports a list it cannot use to a listener added just after the list was set, as a framework adds it', async () => {
    const element = await icebreakerPicker();
    element.icebreakers = 'garden-walk';
    const errors = recordEvents(element, 'icebreaker-picker-error');
    await settle(element);
    expect(errors.map((event) => [event.detail.code, event.detail.message])).to.deep.equal([
      ['invalid-data', 'The icebreakers given to this page aren’t a list, so only the built-in ones are shown.'],
    ]);
    // The same for an element not yet on the page, given its list first.
    const fresh = document.createElement('icebreaker-picker');
    fresh.icebreakers = [ours, { id: 'half' }];
    element.after(fresh);
    const freshErrors = recordEvents(fresh, 'icebreaker-picker-error');
    await settle(fresh);
    expect(freshErrors.map((event) => event.detail.message)).to.deep.equal([
      '1 of the icebreakers given to this page isn’t in the right form, so it was left out: “half”.',
    ]);
    expect(fresh.icebreakers.map((icebreaker) => icebreaker.id)).to.deep.equal(['garden-walk']);
  });

  it('loads more from `src`, names the entries left out, and says when the address fails or is not a list', async () => {
    const { element, errors } = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker src="/tests/icebreaker-picker/files/ours.json" pick="garden-walk" hide-built-in></icebreaker-picker>',
    );
    await waitFor(() => element.picked?.id === 'garden-walk');
    expect(errors.map((event) => event.detail.message)).to.deep.equal([
      '1 of the icebreakers given to this page isn’t in the right form, so it was left out: “broken”.',
    ]);
    const missing = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker src="/tests/icebreaker-picker/files/missing.json"></icebreaker-picker>',
    );
    await waitFor(() => missing.errors.length > 0);
    expect(missing.errors[0]!.detail.code).to.equal('source-unavailable');
    expect(text($(missing.element, '#problems'))).to.contain(
      'We couldn’t load the icebreakers from /tests/icebreaker-picker/files/missing.json',
    );
    expect(missing.element.picked).to.not.equal(null);
    const wrong = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker src="/tests/icebreaker-picker/files/not-a-list.json"></icebreaker-picker>',
    );
    await waitFor(() => wrong.errors.length > 0);
    expect(wrong.errors[0]!.detail.code).to.equal('invalid-source');
  });
});

describe('<icebreaker-picker> attributes it cannot use', () => {
  it('are named with what was given and what is used instead, and the picker still works', async () => {
    const { element, errors } = await icebreakerPickerRecordingErrors(
      '<icebreaker-picker minutes="an hour" group-size="1" budget-percent="80" setting="outdoors"></icebreaker-picker>',
    );
    expect(errors.map((event) => [event.detail.code, event.detail.message])).to.deep.equal([
      [
        'invalid-attribute',
        'The meeting length given to this page (“an hour”) isn’t a whole number of minutes from 5 to 600, so 60 minutes is used.',
      ],
      [
        'invalid-attribute',
        'The number of people given to this page (group-size: “1”) isn’t a whole number from 2 to 200, so 8 is used.',
      ],
      [
        'invalid-attribute',
        'The time for the icebreaker given to this page (“80”) isn’t a whole percent from 1 to 50, so 10 percent is used.',
      ],
      [
        'invalid-attribute',
        'The kind of meeting given to this page (“outdoors”) should be in-person, online or hybrid, so “In a room” is used.',
      ],
    ]);
    expect(element.meeting).to.deep.include({ minutes: 60, groupSize: 8, budgetPercent: 10, setting: 'in-person' });
    expect(element.picked).to.not.equal(null);
    // Reported once, not on every render.
    $(element, '#another').click();
    await settle(element);
    expect(errors).to.have.length(4);
    // Put right, the problem goes.
    element.setAttribute('minutes', '45');
    await settle(element);
    expect(text($(element, '#problems'))).to.not.contain('meeting length');
  });

  it('takes the group’s size as `group-size` only: `people` means names on other elements, and is not read here', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker people="4"></icebreaker-picker>`);
    expect(element.meeting.groupSize).to.equal(8);
    expect('people' in element).to.equal(false);
    element.setAttribute('group-size', '4');
    await settle(element);
    expect(element.meeting.groupSize).to.equal(4);
    expect(element.groupSize).to.equal('4');
    expect($<HTMLInputElement>(element, '#group-size').value).to.equal('4');
  });

  it('a seed too long to be one is replaced by a fresh one, and said', async () => {
    const { element, errors } = await icebreakerPickerRecordingErrors(
      `<icebreaker-picker seed="${'x'.repeat(65)}"></icebreaker-picker>`,
    );
    expect(errors[0]!.detail.message).to.contain('The pick code given to this page');
    expect(element.picked).to.not.equal(null);
  });
});

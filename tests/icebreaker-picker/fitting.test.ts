import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../support/setup.js';
import {
  budgetSeconds,
  builtInIcebreakers,
  fitting,
  totalSeconds,
  type IcebreakerPicker,
  type Meeting,
} from '../../packages/icebreaker-picker/src/index.js';
import { $, $$, focused, html, recordEvents, settle, text } from '../support/helpers.js';
import { icebreakerPicker } from './support.js';

/** What the picker shows, read from the page: the total time it states and the budget it states, in seconds. */
function shownTimes(element: IcebreakerPicker) {
  const line = text($(element, '.time'));
  const seconds = (phrase: string) => {
    const minutes = /(\d+) minutes?/.exec(phrase)?.[1] ?? '0';
    const rest = /(\d+) seconds?/.exec(phrase)?.[1] ?? '0';
    return Number(minutes) * 60 + Number(rest);
  };
  const [, total, budget] = /: (.+?) for \d+ (?:people|person)\. You set aside up to (.+)\./.exec(line) ?? [];
  return { total: seconds(total ?? ''), budget: seconds(budget ?? '') };
}

async function setMeeting(element: IcebreakerPicker, changes: Partial<Record<string, unknown>>) {
  Object.assign(element, changes);
  await settle(element);
}

describe('<icebreaker-picker> fits the meeting', () => {
  it('suggests one that fits 10% of the meeting by default, and says both times', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker minutes="60" group-size="8"></icebreaker-picker>`);
    expect(text($(element, '#budget-hint'))).to.contain('That is up to 6 minutes');
    const { total, budget } = shownTimes(element);
    expect(budget).to.equal(360);
    expect(total).to.be.greaterThan(0).and.at.most(budget);
    expect(total).to.equal(totalSeconds(element.picked!, 8));
  });

  it('never suggests, lists or picks by seed anything over the budget, for any meeting', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker seed="s0"></icebreaker-picker>`);
    let checked = 0;
    for (const minutes of [10, 30, 60, 120]) {
      for (const groupSize of [3, 8, 20, 60]) {
        for (const budgetPercent of [5, 10, 20]) {
          for (const setting of ['in-person', 'online', 'hybrid']) {
            await setMeeting(element, { minutes, groupSize, budgetPercent, setting, seed: `s${checked}` });
            const budget = Math.floor((minutes * 60 * budgetPercent) / 100);
            const picked = element.picked;
            if (picked) {
              expect(
                totalSeconds(picked, groupSize),
                `${minutes} min, ${groupSize} people, ${budgetPercent}%`,
              ).to.be.at.most(budget);
              expect(shownTimes(element).total).to.be.at.most(shownTimes(element).budget);
              expect(picked.settings).to.include(setting);
              expect(picked.depth).to.not.equal('personal');
              for (const button of $$(element, '[data-choose]')) {
                const id = button.dataset.choose!;
                const listed = builtInIcebreakers().find((icebreaker) => icebreaker.id === id)!;
                expect(totalSeconds(listed, groupSize), id).to.be.at.most(budget);
              }
            } else {
              expect($(element, '#none-heading')).to.exist;
            }
            checked++;
          }
        }
      }
    }
    expect(checked).to.equal(144);
  });

  it('leaves out what needs a camera when cameras are off, unless it has a way without', async () => {
    const meeting: Meeting = {
      minutes: 120,
      groupSize: 6,
      setting: 'online',
      budgetPercent: 50,
      camerasOff: true,
      someNotSpeaking: false,
      materials: true,
      allowPersonal: false,
    };
    const fits = fitting(builtInIcebreakers(), meeting);
    expect(fits.length).to.be.greaterThan(5);
    for (const icebreaker of fits)
      expect(!icebreaker.needs.camera || Boolean(icebreaker.variants?.noCamera), icebreaker.id).to.equal(true);
    const element = await icebreakerPicker(
      html`<icebreaker-picker minutes="120" group-size="6" setting="online" budget-percent="50" cameras-off materials allow-personal pick="thumbs"></icebreaker-picker>`,
    );
    // "Thumbs" (a check-in about energy, so allowed here) needs cameras on, but has a way with them off: it is shown first.
    expect(element.picked!.id).to.equal('thumbs');
    expect(text($(element, '.icebreaker > h4:nth-of-type(3)'))).to.equal('With cameras off');
    expect(text($(element, '.notes'))).to.contain('Works with cameras off');
  });

  it('with some people who would rather not speak, offers only what works without speaking, that way first', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker minutes="90" group-size="10" some-not-speaking></icebreaker-picker>`,
    );
    const picked = element.picked!;
    expect(!picked.needs.speaking || Boolean(picked.variants?.nonVerbal)).to.equal(true);
    if (picked.variants?.nonVerbal)
      expect(text($(element, '.icebreaker > h4:nth-of-type(3)'))).to.equal('Without speaking');
    const host = await icebreakerPicker(html`<icebreaker-picker hide-built-in some-not-speaking></icebreaker-picker>`);
    host.icebreakers = [
      {
        id: 'talk-only',
        title: 'Talk only',
        steps: ['Everyone talks.'],
        minutesPerPerson: 0.25,
        settings: ['in-person'],
        depth: 'light',
        needs: { speaking: true, camera: false, materials: false },
      },
    ];
    await settle(host);
    expect(host.picked).to.equal(null);
    expect(text($(host, '.none'))).to.contain('None of the icebreakers suits all the choices above');
  });

  it('leaves out what needs materials unless they are to hand, and personal ones unless the host allows them', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker minutes="120" group-size="4" budget-percent="50"></icebreaker-picker>`,
    );
    const listed = () =>
      $$(element, '[data-choose]')
        .map((button) => button.dataset.choose!)
        .concat(element.picked!.id);
    expect(listed()).to.not.include('pick-a-picture');
    expect(listed()).to.not.include('proud-of');
    $<HTMLInputElement>(element, '#materials').click();
    await settle(element);
    expect(listed()).to.include('pick-a-picture');
    element.allowPersonal = true;
    await settle(element);
    expect(listed()).to.include.members(['proud-of', 'name-story']);
  });

  it('says clearly when nothing fits the time, names the quickest, and can allow just enough time for it', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker minutes="30" group-size="40" budget-percent="5"></icebreaker-picker>`,
    );
    expect(element.picked).to.equal(null);
    const message = text($(element, '.none'));
    expect(message).to.contain('No icebreaker fits in 1 minute 30 seconds for 40 people');
    expect(message).to.contain('“Would you rather”, takes 10 minutes: 34 percent of the meeting');
    expect(message).to.contain('skip the icebreaker today');
    expect($$(element, '[data-choose]')).to.have.length(0);
    const changes = recordEvents(element, 'icebreaker-picker-change');
    $(element, '#allow').click();
    await settle(element);
    expect(element.picked, 'one that fits the time now allowed').to.not.equal(null);
    expect(
      changes.map((event) => event.detail.meeting.budgetPercent),
      'the person’s answer, told',
    ).to.deep.equal([34]);
    expect(element.budgetPercent).to.equal(34);
    expect(shownTimes(element).total).to.be.at.most(shownTimes(element).budget);
    expect(focused(element)).to.equal($(element, '#pick-title'));
  });

  it('offers no "allow more time" above half the meeting', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker minutes="5" group-size="200" budget-percent="50"></icebreaker-picker>`,
    );
    expect(text($(element, '.none'))).to.contain('No icebreaker fits');
    expect(element.shadowRoot!.querySelector('#allow')).to.equal(null);
  });

  it('follows what the person types: a usable number at once, anything else kept as typed and named when they leave', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker minutes="60" group-size="8"></icebreaker-picker>`);
    const minutes = $<HTMLInputElement>(element, '#minutes');
    minutes.focus();
    minutes.select();
    await sendKeys({ type: '120' });
    await settle(element);
    expect(budgetSeconds(element.meeting)).to.equal(720);
    expect(text($(element, '#budget-hint'))).to.contain('up to 12 minutes');
    minutes.select();
    await sendKeys({ type: 'an hour' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(minutes.value).to.equal('an hour');
    expect(minutes.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(element, '#minutes-error'))).to.equal(
      'Error: Enter the length of the meeting in whole minutes, from 5 to 600',
    );
    expect(minutes.getAttribute('aria-describedby')).to.contain('minutes-error');
    // The meeting is still the last usable length.
    expect(budgetSeconds(element.meeting)).to.equal(720);
    minutes.focus();
    minutes.select();
    await sendKeys({ type: '90' });
    await settle(element);
    expect(element.shadowRoot!.querySelector('#minutes-error')).to.equal(null);
    expect(budgetSeconds(element.meeting)).to.equal(540);
  });

  it('tells the host each answer the person commits about the meeting, and nothing the page sets itself', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker minutes="60" group-size="8"></icebreaker-picker>`);
    const changes = recordEvents(element, 'icebreaker-picker-change');
    const told = () => changes.map((event) => event.detail.meeting);
    const meeting: Meeting = {
      minutes: 60,
      groupSize: 8,
      setting: 'in-person',
      budgetPercent: 10,
      camerasOff: false,
      someNotSpeaking: false,
      materials: false,
      allowPersonal: false,
    };
    // Typing takes effect at once, but the host hears of it once the person leaves the field.
    const minutes = $<HTMLInputElement>(element, '#minutes');
    minutes.focus();
    minutes.select();
    await sendKeys({ type: '120' });
    await settle(element);
    expect(budgetSeconds(element.meeting)).to.equal(720);
    expect(changes).to.have.length(0);
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(told()).to.deep.equal([{ ...meeting, minutes: 120 }]);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    expect(element.minutes, 'the property holds what was told').to.equal(120);
    // Something that is not a number changes nothing, so nothing is told.
    minutes.focus();
    minutes.select();
    await sendKeys({ type: 'soon' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(changes).to.have.length(1);
    const groupSize = $<HTMLInputElement>(element, '#group-size');
    groupSize.focus();
    groupSize.select();
    await sendKeys({ type: '12' });
    // Enter commits a number as leaving the field does.
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(changes).to.have.length(2);
    await sendKeys({ press: 'Tab' });
    await settle(element);
    $<HTMLInputElement>(element, '#setting-online').click();
    await settle(element);
    $<HTMLInputElement>(element, '#materials').click();
    await settle(element);
    expect(told().slice(1)).to.deep.equal([
      { ...meeting, minutes: 120, groupSize: 12 },
      { ...meeting, minutes: 120, groupSize: 12, setting: 'online' },
      { ...meeting, minutes: 120, groupSize: 12, setting: 'online', materials: true },
    ]);
    expect(element.groupSize).to.equal(12);
    // The page setting the meeting is not the person answering.
    element.minutes = 30;
    element.groupSize = 4;
    element.setAttribute('setting', 'hybrid');
    element.camerasOff = true;
    await settle(element);
    expect(element.meeting).to.deep.include({ minutes: 30, groupSize: 4, setting: 'hybrid', camerasOff: true });
    expect(changes).to.have.length(4);
  });

  it('asks about cameras only when someone is online', async () => {
    const element = await icebreakerPicker();
    expect(element.shadowRoot!.querySelector('#cameras-off')).to.equal(null);
    $<HTMLInputElement>(element, '#setting-online').click();
    await settle(element);
    expect($(element, '#cameras-off')).to.exist;
    expect(element.picked!.settings).to.include('online');
  });
});

describe('budgetSeconds', () => {
  it('is the share of the meeting in whole seconds', () => {
    const meeting = { minutes: 45, groupSize: 7, budgetPercent: 10 } as Meeting;
    expect(budgetSeconds(meeting)).to.equal(270);
  });
});

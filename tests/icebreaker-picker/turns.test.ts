import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import '../support/setup.js';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import { $, focused, html, recordEvents, text } from '../support/helpers.js';
import { icebreakerPicker, recordTurns } from './support.js';

// Only the clock the timer reads and the interval it ticks on are faked: Lit's
// rendering and the test runner keep real time.
let clock: SinonFakeTimers;
beforeEach(() => {
  clock = useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => clock.restore());

const announced = (element: IcebreakerPicker) => text($(element, '.root > [role="status"]')).replace(/\u00a0/g, '');
const countdown = (element: IcebreakerPicker) => text($(element, '.countdown .digits'));

/** Moves time on, then lets the element render what changed. */
async function pass(element: IcebreakerPicker, ms: number) {
  clock.tick(ms);
  await element.updateComplete;
}

/** "Something to look forward to" (30 seconds each) for 4 people in a one-hour meeting: chosen by id so the times are known. */
const picker = () =>
  icebreakerPicker(html`<icebreaker-picker minutes="60" group-size="4" pick="looking-forward"></icebreaker-picker>`);

describe('<icebreaker-picker> turns', () => {
  it('give each person the same time, counting down each second, and tell the host when a turn starts', async () => {
    const element = await picker();
    const started = recordEvents(element, 'icebreaker-turn-started');
    const ended = recordEvents(element, 'icebreaker-turn-ended');
    expect(text($(element, '.turns p'))).to.equal('Equal time for everyone: 30 seconds each, for 4 people.');
    $(element, '#turns-start').click();
    await element.updateComplete;
    expect(text($(element, '.whose'))).to.equal('Person 1 of 4');
    expect(countdown(element)).to.equal('0:30');
    expect(announced(element)).to.equal('Person 1 of 4: 30 seconds.');
    expect(focused(element)).to.equal($(element, '#turns-pause'));
    // A second is shown as passed only once it has: half-way through, 30 is still on screen.
    await pass(element, 500);
    expect(countdown(element)).to.equal('0:30');
    await pass(element, 500);
    expect(countdown(element)).to.equal('0:29');
    await pass(element, 9000);
    expect(countdown(element)).to.equal('0:20');
    // Told once, as the turn starts: not every second.
    expect(started.map((event) => event.detail)).to.deep.equal([{ turnIndex: 0, seconds: 30 }]);
    expect(started[0]!.bubbles && started[0]!.composed).to.equal(true);
    expect(ended).to.have.length(0);
  });

  it('say ten seconds are left, and stop at zero without moving anyone on', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    await pass(element, 20_000);
    expect(announced(element)).to.equal('10 seconds left.');
    await pass(element, 10_000);
    expect(countdown(element)).to.equal('0:00');
    expect(announced(element)).to.equal('Time is up for person 1.');
    expect(text($(element, '.turns .state'))).to.equal(
      'Time’s up. Move on when they have finished what they are saying.',
    );
    await pass(element, 60_000);
    expect(text($(element, '.whose'))).to.equal('Person 1 of 4');
    expect($<HTMLButtonElement>(element, '#turns-pause').disabled, 'nothing to pause').to.equal(true);
  });

  it('keep every button where it was when time runs out, so nothing moves under a finger', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    const ids = ['#turns-pause', '#turns-more', '#turns-next', '#turns-stop'];
    const places = () => ids.map((id) => JSON.stringify($(element, id).getBoundingClientRect()));
    const before = places();
    await pass(element, 30_000);
    expect(countdown(element)).to.equal('0:00');
    expect(places()).to.deep.equal(before);
  });

  it('give the person speaking 30 more seconds, before or after time is up, and say so', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    await pass(element, 25_000);
    expect(text($(element, '#turns-more'))).to.equal('+30 seconds');
    $(element, '#turns-more').click();
    await element.updateComplete;
    expect(countdown(element)).to.equal('0:35');
    expect(announced(element)).to.equal('30 seconds more. 35 seconds left.');
    await pass(element, 35_000);
    expect(countdown(element)).to.equal('0:00');
    $(element, '#turns-more').click();
    await element.updateComplete;
    expect(countdown(element)).to.equal('0:30');
    expect($<HTMLButtonElement>(element, '#turns-pause').disabled).to.equal(false);
    await pass(element, 1000);
    expect(countdown(element), 'the clock runs again').to.equal('0:29');
    expect(text($(element, '.whose'))).to.equal('Person 1 of 4');
  });

  it('can run without the countdown on screen, still saying when time is up', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    const show = $<HTMLInputElement>(element, '#turns-countdown');
    expect(show.checked).to.equal(true);
    show.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.countdown')).to.equal(null);
    expect(element.shadowRoot!.querySelector('progress')).to.equal(null);
    expect(element.hasAttribute('hide-countdown')).to.equal(true);
    expect(text($(element, '.whose'))).to.equal('Person 1 of 4');
    await pass(element, 30_000);
    expect(announced(element)).to.equal('Time is up for person 1.');
    expect(text($(element, '.turns .state'))).to.contain('Time’s up');
    show.click();
    await element.updateComplete;
    expect(countdown(element)).to.equal('0:00');
    await expect(element).to.be.accessible();
  });

  it('start without the countdown when the page asks for `hide-countdown`', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker minutes="60" group-size="4" pick="looking-forward" hide-countdown></icebreaker-picker>`,
    );
    $(element, '#turns-start').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.countdown')).to.equal(null);
    expect($<HTMLInputElement>(element, '#turns-countdown').checked).to.equal(false);
  });

  it('move focus to "Next person" when time runs out while "Pause" has it', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    expect(focused(element)).to.equal($(element, '#turns-pause'));
    await pass(element, 30_000);
    await element.updateComplete;
    expect(focused(element)).to.equal($(element, '#turns-next'));
  });

  it('pause and carry on, losing no time', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    await pass(element, 5000);
    $(element, '#turns-pause').click();
    await element.updateComplete;
    expect(text($(element, '#turns-pause'))).to.equal('Carry on');
    expect(text($(element, '.turns .state'))).to.equal('Paused.');
    expect(announced(element)).to.equal('Paused.');
    await pass(element, 60_000);
    expect(countdown(element)).to.equal('0:25');
    $(element, '#turns-pause').click();
    await element.updateComplete;
    expect(announced(element)).to.equal('Carrying on.');
    await pass(element, 5000);
    expect(countdown(element)).to.equal('0:20');
  });

  it('move to the next person (after a pass, too), and end after the last, telling the host each turn’s end and start', async () => {
    const element = await picker();
    const turns = recordTurns(element);
    $(element, '#turns-start').click();
    await element.updateComplete;
    await pass(element, 3000);
    for (let person = 2; person <= 4; person++) {
      $(element, '#turns-next').click();
      await element.updateComplete;
      expect(text($(element, '.whose'))).to.equal(`Person ${person} of 4`);
      expect(countdown(element)).to.equal('0:30');
      expect(announced(element)).to.equal(`Person ${person} of 4: 30 seconds.`);
    }
    expect(turns).to.deep.equal([
      ['started', 0, 30],
      ['ended', 0, 'next'],
      ['started', 1, 30],
      ['ended', 1, 'next'],
      ['started', 2, 30],
      ['ended', 2, 'next'],
      ['started', 3, 30],
    ]);
    $(element, '#turns-next').click();
    await element.updateComplete;
    await element.updateComplete;
    expect(text($(element, '.turns .state'))).to.equal('Everyone has had a turn.');
    expect(announced(element)).to.equal('Everyone has had a turn.');
    expect(focused(element)).to.equal($(element, '#turns-again'));
    expect(turns.slice(7), 'the last turn ends; none starts').to.deep.equal([['ended', 3, 'next']]);
    $(element, '#turns-again').click();
    await element.updateComplete;
    expect(text($(element, '.whose'))).to.equal('Person 1 of 4');
    expect(turns.slice(8)).to.deep.equal([['started', 0, 30]]);
  });

  it('tell the host a turn ended as `stopped` when the turns stop, and never because time ran out', async () => {
    const element = await picker();
    const turns = recordTurns(element);
    $(element, '#turns-start').click();
    await element.updateComplete;
    // Time up ends no turn: the clock waits at zero for "Next person".
    await pass(element, 45_000);
    expect(countdown(element)).to.equal('0:00');
    expect(turns).to.deep.equal([['started', 0, 30]]);
    $(element, '#turns-stop').click();
    await element.updateComplete;
    expect(turns.slice(1)).to.deep.equal([['ended', 0, 'stopped']]);
    // Pausing, carrying on and more time end nothing.
    $(element, '#turns-start').click();
    await element.updateComplete;
    for (const button of ['#turns-pause', '#turns-pause', '#turns-more']) {
      $(element, button).click();
      await element.updateComplete;
    }
    expect(turns.slice(2)).to.deep.equal([['started', 0, 30]]);
    // Turns stopped by a new group size, or by a new icebreaker, end as stopped too.
    element.groupSize = 5;
    await element.updateComplete;
    expect(turns.slice(3)).to.deep.equal([['ended', 0, 'stopped']]);
    $(element, '#turns-start').click();
    await element.updateComplete;
    $(element, '#turns-next').click();
    await element.updateComplete;
    $(element, '#another').click();
    await element.updateComplete;
    expect(turns.slice(4)).to.deep.equal([
      ['started', 0, 30],
      ['ended', 0, 'next'],
      ['started', 1, 30],
      ['ended', 1, 'stopped'],
    ]);
  });

  it('stop on request, with focus back on "Start the turns", and stop when another icebreaker is picked', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    $(element, '#turns-stop').click();
    await element.updateComplete;
    await element.updateComplete;
    expect(focused(element)).to.equal($(element, '#turns-start'));
    $(element, '#turns-start').click();
    await element.updateComplete;
    $(element, '#another').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.countdown')).to.equal(null);
    expect($(element, '#turns-start')).to.exist;
  });

  it('start afresh when the number of people changes: the turns were for the group as it was', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    element.groupSize = 5;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.countdown')).to.equal(null);
    $(element, '#turns-start').click();
    await element.updateComplete;
    expect(text($(element, '.whose'))).to.equal('Person 1 of 5');
  });

  it('work from the keyboard alone', async () => {
    const element = await picker();
    $(element, '#turns-start').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)).to.equal($(element, '#turns-pause'));
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(text($(element, '#turns-pause')), 'paused').to.equal('Carry on');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal($(element, '#turns-more'));
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal($(element, '#turns-next'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(text($(element, '.whose'))).to.equal('Person 2 of 4');
  });

  it('are read as a timer, not announced every second, and the countdown never blinks', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    const timer = $(element, '[role="timer"]');
    expect(timer.getAttribute('aria-live')).to.equal(null);
    expect(timer.getAttribute('aria-labelledby')).to.equal('turns-left-label turns-whose');
    for (const node of element.shadowRoot!.querySelectorAll('.turns *')) {
      expect(getComputedStyle(node).animationName, node.className).to.equal('none');
    }
    // The live region changes only at the turn's start and at ten seconds left.
    const region = $(element, '.root > [role="status"]');
    let changes = 0;
    const watcher = new MutationObserver(() => changes++);
    watcher.observe(region, { childList: true, characterData: true, subtree: true });
    await pass(element, 15_000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    watcher.disconnect();
    expect(changes).to.be.at.most(1);
  });

  it('pause when the element leaves the page, and do not tick on', async () => {
    const element = await picker();
    $(element, '#turns-start').click();
    await element.updateComplete;
    const parent = element.parentElement!;
    element.remove();
    expect(clock.countTimers()).to.equal(0);
    parent.append(element);
    await element.updateComplete;
    expect(text($(element, '.turns .state'))).to.equal('Paused.');
  });
});

// What Easy Read adds to each element: the value's meaning where people
// answer, words and a picture at both ends of the score scale, a picture
// beside each answer and status, metaphors explained, icebreaker steps in
// Easy Read words, a face at each point of the feedback scale.
import { expect } from '@open-wc/testing';
import '../support/setup.js';
import { $, $$, html, settle, text } from '../support/helpers.js';
import { agreement, openCard } from '../values-agreement/support.js';
import { decisionLog, drawn } from '../decision-log/support.js';
import { feedbackForm } from '../feedback-form/support.js';
import { icebreakerPicker } from '../icebreaker-picker/support.js';
import { openMark, scorer } from '../mark-scorer/support.js';
import { smallAgreement } from '../values-agreement/fixtures.js';
import { smallLog } from '../decision-log/fixtures.js';
import { icebreakersEasyEn } from '../../packages/icebreaker-picker/src/i18n/icebreakers-easy-read-en.js';

/** The names of the pictures inside an element of the shadow root. */
const picturesIn = (node: Element) =>
  [...node.querySelectorAll<SVGElement>('svg.picture')].map((svg) => svg.dataset.picture);

/** The ids an element's aria-describedby lists. */
const describedBy = (node: Element) => (node.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

describe('<values-agreement> in Easy Read', () => {
  async function answering(easyRead: boolean, locale = 'en') {
    const element = await agreement(
      html`<values-agreement ?easy-read=${easyRead} locale=${locale} participants="Ana, Ben" .data=${smallAgreement()}></values-agreement>`,
    );
    await openCard(element, 'trust');
    $(element, '#i-trust-person-0').click();
    await settle(element);
    return { element, fieldset: $(element, 'fieldset.answer') };
  }

  it('shows what the value means where people answer, read out with the question', async () => {
    const { element, fieldset } = await answering(true);
    const meaning = fieldset.querySelector('.meaning')!;
    expect(text(meaning)).to.equal('This means: We do what we say.');
    expect(describedBy(fieldset)).to.include(meaning.id);
    expect(text(fieldset.querySelector('legend'))).to.equal('Ana, do you agree with this? “Trust”');
    // The same when one person answers everything in turn.
    $(element, '#turn-1').click();
    await settle(element);
    expect(text($(element, '#turn-1-panel fieldset.answer .meaning'))).to.equal('This means: We do what we say.');
  });

  it('does not add the meaning to the plain answer (the card above it shows it)', async () => {
    const { fieldset } = await answering(false);
    expect(fieldset.querySelector('.meaning')).to.equal(null);
    expect(picturesIn(fieldset)).to.deep.equal([]);
  });

  it('puts a picture beside each of the 4 answers, and explains them near the top', async () => {
    const { element, fieldset } = await answering(true, 'cy');
    const choices = [...fieldset.querySelectorAll('label.choice')];
    expect(choices.map((choice) => picturesIn(choice))).to.deep.equal([['agree'], ['concern'], ['not-yet'], ['pass']]);
    expect(choices.map((choice) => text(choice))).to.deep.equal([
      'Ie, rydw i’n cytuno',
      'Ie, ond mae gen i bryder',
      'Ddim eto. Rydw i eisiau siarad mwy',
      'Pasio. Fydda i ddim yn ateb',
    ]);
    const key = $(element, '.answer-key');
    expect(picturesIn(key)).to.deep.equal(['agree', 'concern', 'not-yet', 'pass']);
    expect(text(key)).to.include('Mae’n dal i gyfrif fel ie.');
  });

  it('starts from Easy Read suggestions, which are then the group’s own words', async () => {
    const element = await agreement(html`<values-agreement easy-read participants="Ana"></values-agreement>`);
    $(element, '.start button').click();
    await settle(element);
    const trust = element.data.items.find((entry) => entry.text === 'Trust')!;
    expect(trust.meaning).to.equal('We are honest. We say what can change and what cannot. We do what we say.');
  });

  for (const [locale, fairly, livingWage] of [
    ['en', /We pay people fairly for their time\./, /The Living Wage is enough money to live on\./],
    ['cy', /Rydyn ni’n talu pobl yn deg am eu hamser\./, /Mae’r Cyflog Byw yn ddigon o arian i fyw arno\./],
  ] as const) {
    it(`suggests paying people fairly, and says what the Living Wage is, in ${locale}`, async () => {
      const element = await agreement(
        html`<values-agreement easy-read locale=${locale} participants="Ana"></values-agreement>`,
      );
      $(element, '.start button').click();
      await settle(element);
      const rules = element.data.items.filter((entry) => entry.kind === 'rule').map((entry) => entry.text);
      const pay = rules.find((rule) => fairly.test(rule));
      expect(pay, rules.join(' | ')).to.exist;
      expect(pay).to.match(livingWage);
    });
  }
});

describe('<mark-scorer> in Easy Read', () => {
  it('has words and a picture at both ends of the 1 to 10 scale, read out with it', async () => {
    const element = await scorer(html`<mark-scorer easy-read></mark-scorer>`);
    await openMark(element, 'listening');
    const fieldset = $(element, '#m-listening-card fieldset.score');
    const ends = [...fieldset.querySelectorAll('.scale-ends li')];
    expect(ends.map((end) => text(end))).to.deep.equal([
      '1 means we do not do this yet.',
      '10 means we do this really well.',
    ]);
    expect(ends.map((end) => picturesIn(end))).to.deep.equal([['seedling'], ['tree']]);
    for (const end of ends) expect(describedBy(fieldset)).to.include(end.id);
    const label = (value: string) => fieldset.querySelector(`input[value="${value}"]`)!.closest('label')!;
    expect(picturesIn(label('1'))).to.deep.equal(['seedling']);
    expect(picturesIn(label('10'))).to.deep.equal(['tree']);
    expect(picturesIn(label('5'))).to.deep.equal([]);
    expect(picturesIn(label('pass'))).to.deep.equal(['pass']);
  });

  it('keeps the ends on a private score too, in Welsh', async () => {
    const element = await scorer(
      html`<mark-scorer easy-read locale="cy" mode="individual" participants="Ann, Ben"></mark-scorer>`,
    );
    await openMark(element, 'listening');
    $(element, '#m-listening-person-0').click();
    await settle(element);
    const ends = $$(element, '.person.entering .scale-ends li');
    expect(ends.map((end) => text(end))).to.deep.equal([
      'Mae 1 yn golygu nad ydyn ni’n gwneud hyn eto.',
      'Mae 10 yn golygu ein bod ni’n gwneud hyn yn dda iawn.',
    ]);
  });

  it('has no ends and no pictures in the plain scale', async () => {
    const element = await scorer();
    await openMark(element, 'listening');
    expect($$(element, '.scale-ends')).to.have.length(0);
    expect($$(element, 'svg.picture')).to.have.length(0);
  });

  it('explains ladders, snakes, the lake and rounds beside their pictures, and names the game once', async () => {
    const element = await scorer(html`<mark-scorer easy-read></mark-scorer>`);
    await openMark(element, 'listening');
    const heading = (id: string) => $(element, `#${id}`);
    expect(picturesIn(heading('m-listening-ladders-heading'))).to.deep.equal(['ladder']);
    expect(text($(element, '#m-listening-ladders-hint'))).to.equal(
      'Ladders are things that help us. Like a ladder, they help us go up.',
    );
    expect(picturesIn(heading('m-listening-snakes-heading'))).to.deep.equal(['snake']);
    expect(text($(element, '#m-listening-snakes-hint'))).to.include('they take us back down');
    expect(picturesIn(heading('lake-heading'))).to.deep.equal(['lake']);
    expect(text($(element, '#lake-hint'))).to.include('keep ideas for later');
    expect(picturesIn(heading('rounds-heading'))).to.deep.equal(['calendar']);
    expect(text($(element, '#rounds-hint'))).to.include('A round is 1 time we give scores.');
    const intro = text($(element, '.intro'));
    expect(intro).to.include('Co-production means we work together as equals.');
    expect(intro.match(/snakes and ladders/g)).to.have.length(1);
    expect(text($(element, '#m-listening-summary'))).to.include('Listening');
  });
});

describe('<decision-log> in Easy Read', () => {
  it('says each status as what we are doing, with its picture, and shows what was decided in each row', async () => {
    const element = await decisionLog(html`<decision-log easy-read .data=${smallLog()}></decision-log>`);
    await settle(element);
    const counts = $$(element, '.counts li');
    expect(counts.map((count) => text(count).replace(/: \d+$/, ''))).to.deep.equal([
      'Someone suggested it',
      'We said yes',
      'We are doing it',
      'We did it',
      'We cannot do it',
    ]);
    expect(counts.map((count) => picturesIn(count)[0])).to.deep.equal([
      'idea',
      'agree',
      'working',
      'done',
      'could-not',
    ]);
    const cafe = $(element, '#open-cafe').closest('.entry')!;
    expect(text(cafe.querySelector('.what'))).to.equal('The café opens 10 till 2 on Saturdays from April.');
    expect(text(cafe.querySelector('.status'))).to.match(/^Now: (We did it|We are doing it)\.$/);
  });

  it('says when it was decided and where it is now as 2 sentences on their own lines, with no symbol between', async () => {
    for (const board of [false, true]) {
      const element = await decisionLog(
        html`<decision-log easy-read ?public=${board} .data=${smallLog()}></decision-log>`,
      );
      await drawn(element);
      const entry = $$(element, '.entry').find((row) => text(row).includes('Open the café on Saturdays'))!;
      const lines = [...entry.querySelectorAll('.meta')].map((line) => text(line));
      expect(lines.slice(0, 2), board ? 'on the board' : 'in the list').to.deep.equal([
        'We decided this on 10 February 2026.',
        'Now: We are doing it.',
      ]);
      for (const line of lines) expect(line).not.to.match(/[·(]/);
    }
    const plain = await decisionLog(html`<decision-log public .data=${smallLog()}></decision-log>`);
    await drawn(plain);
    expect(text($(plain, '.entry .meta'))).to.equal('Decided 10 February 2026 · In progress since 1 March 2026');
  });

  it('calls the board “Your ideas and what we did”', async () => {
    const element = await decisionLog(html`<decision-log easy-read public .data=${smallLog()}></decision-log>`);
    expect(text($(element, '#title'))).to.equal('Your ideas and what we did');
  });

  it('puts pictures beside the statuses and results a person chooses from', async () => {
    const element = await decisionLog(html`<decision-log easy-read locale="cy" .data=${smallLog()}></decision-log>`);
    await settle(element);
    $(element, '#open-bus').click();
    await settle(element);
    const statuses = $$(element, '#u-status label.choice');
    expect(statuses.map((choice) => picturesIn(choice)[0])).to.deep.equal(['idea', 'agree', 'working', 'done']);
    expect(text(statuses[1])).to.equal('Gwnaethon ni ddweud ie');
    const results = $$(element, 'input[name="result"]').map((input) => input.closest('label')!);
    expect(results.map((choice) => picturesIn(choice)[0])).to.deep.equal(['done', 'could-not']);
    expect(text($(element, '.details'))).to.include(
      'Allwn ni ddim penderfynu hyn. The county council sy’n penderfynu.',
    );
  });
});

describe('<icebreaker-picker> in Easy Read', () => {
  it('shows the built-in icebreaker’s Easy Read steps, and says “pass” first with its picture', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker easy-read pick="desert-island"></icebreaker-picker>`,
    );
    const steps = $$(element, '.icebreaker ol li').map((step) => text(step));
    expect(steps).to.deep.equal(icebreakersEasyEn['desert-island'].steps);
    const sayFirst = $(element, '.say-first');
    expect(picturesIn(sayFirst)).to.deep.equal(['feedback', 'pass', 'people']);
    expect(text(sayFirst)).to.include('You do not have to say why.');
    expect(text(sayFirst)).to.match(/first names/i);
  });

  it('keeps a host’s own icebreaker in its own words', async () => {
    const own = {
      id: 'own',
      title: { en: 'Our own' },
      steps: { en: ['Say your name, and your favourite colour, and why.'] },
      minutesPerPerson: 0.5,
      settings: ['in-person'],
      depth: 'light',
      needs: { speaking: true, camera: false, materials: false },
    };
    const element = await icebreakerPicker(
      html`<icebreaker-picker easy-read pick="own" .icebreakers=${[own]}></icebreaker-picker>`,
    );
    expect($$(element, '.icebreaker ol li').map((step) => text(step))).to.deep.equal(own.steps.en);
  });

  it('gives a built-in icebreaker whose name has a number in words its Easy Read name, in the list too', async () => {
    for (const [locale, name] of [
      ['en', '3 words in the chat'],
      ['cy', '3 gair yn y sgwrs'],
    ] as const) {
      const element = await icebreakerPicker(
        html`<icebreaker-picker easy-read locale=${locale} setting="online" pick="three-words-chat"></icebreaker-picker>`,
      );
      await settle(element);
      expect(text($(element, '#pick-title'))).to.equal(name);
      expect($$(element, '.fit-title').map((title) => text(title))).to.include(name);
    }
    const plain = await icebreakerPicker(
      html`<icebreaker-picker setting="online" pick="three-words-chat"></icebreaker-picker>`,
    );
    expect(text($(plain, '#pick-title'))).to.equal('Three words in the chat');
  });

  it('asks for the time as minutes in every 100, and offers time in minutes when nothing fits', async () => {
    const element = await icebreakerPicker(
      html`<icebreaker-picker easy-read minutes="30" group-size="40" budget-percent="5"></icebreaker-picker>`,
    );
    expect(text($(element, '#budget-unit'))).to.equal('in every 100 minutes');
    expect(text($(element, '#group-size-hint'))).to.equal('Count yourself too.');
    expect(text($(element, '#allow'))).to.equal('Let it take up to 10 minutes 12 seconds');
    expect(text($(element, '.none'))).not.to.match(/percent/);
    $(element, '#allow').click();
    await settle(element);
    expect(element.picked, 'one that fits the time now allowed').to.not.equal(null);
  });

  it('shows pictures for a room, online, and both', async () => {
    const element = await icebreakerPicker(html`<icebreaker-picker easy-read locale="cy"></icebreaker-picker>`);
    const places = $$(element, 'input[name="setting"]').map((input) => picturesIn(input.closest('label')!));
    expect(places).to.deep.equal([['meeting'], ['screen'], ['meeting', 'screen']]);
    expect(text($(element, '.intro'))).to.include('Gêm fer yw torri’r garw.');
  });
});

describe('<feedback-form> in Easy Read', () => {
  it('has a face at each point of the scale, very sad to very happy, and Easy Read words', async () => {
    const element = await feedbackForm(html`<feedback-form easy-read></feedback-form>`);
    const choices = $$(element, 'input[name="q-how"]').map((input) => input.closest('label')!);
    expect(choices.map((choice) => picturesIn(choice)[0])).to.deep.equal([
      'face-1',
      'face-2',
      'face-3',
      'face-4',
      'face-5',
      'pass',
    ]);
    expect(choices.map((choice) => text(choice))).to.deep.equal([
      '1 Very bad',
      '2 Bad',
      '3 OK',
      '4 Good',
      '5 Very good',
      'I do not want to say',
    ]);
  });

  it('puts a face only at each end of a host’s scale of another length', async () => {
    const questions = [
      { id: 'rate', type: 'scale', label: { en: 'How was the room?' }, points: { en: ['Cold', 'OK', 'Warm'] } },
    ];
    const element = await feedbackForm(html`<feedback-form easy-read .questions=${questions}></feedback-form>`);
    const choices = $$(element, 'input[name="q-rate"]').map((input) => picturesIn(input.closest('label')!));
    expect(choices).to.deep.equal([['face-1'], [], ['face-5'], ['pass']]);
  });

  it('keeps the answers when Easy Read is switched on half way', async () => {
    const element = await feedbackForm();
    $<HTMLInputElement>(element, '#q-how-4').click();
    await settle(element);
    element.easyRead = true;
    await settle(element);
    expect($<HTMLInputElement>(element, '#q-how-4').checked).to.equal(true);
    expect(text($<HTMLInputElement>(element, '#q-how-4').closest('label'))).to.equal('4 Good');
  });
});

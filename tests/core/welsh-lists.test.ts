import { expect } from '@open-wc/testing';
import '../support/setup.js';
import type { DecisionLog } from '../../packages/decision-log/src/index.js';
import type { MarkScorer } from '../../packages/mark-scorer/src/index.js';
import type { IcebreakerPicker } from '../../packages/icebreaker-picker/src/index.js';
import type { ValuesAgreement } from '../../packages/values-agreement/src/index.js';
import { $, html, mount, settle, text, waitFor } from '../support/helpers.js';
import { decision } from '../decision-log/fixtures.js';
import { drawn } from '../decision-log/support.js';
import { item, said, smallAgreement } from '../values-agreement/fixtures.js';

/**
 * Lists in Welsh, as each element shows and exports them (issue 19): names
 * joined with “a”, or “ac” before a vowel (a quotation mark is not said);
 * never an English “and”; our own words (not names) never left unmutated
 * after “a”; and in spreadsheets, one item per line. The values-agreement
 * summary is in i18n.test.ts.
 */

/** An English “and”, or a Welsh “a” before a word that would have to change after it (p, t, c: “a phwy”, “a thri”). */
const UNWELSH = /\band\b|(?<![\p{L}’'])a (?:p(?!h)|t(?!h)|c(?!h))\p{L}/iu;

describe('Lists in Welsh, on screen', () => {
  it('<decision-log>: who took part, with “a” and “ac”; the board’s fields by commas, so no word is left unmutated after “a”', async () => {
    const element = await mount<DecisionLog>('decision-log', html`<decision-log locale="cy"></decision-log>`);
    element.data = {
      decisions: [
        decision('cafe', {
          title: 'Caffi ar ddydd Sadwrn',
          why: 'Mae’n haws i bobl sy’n gweithio.',
          people: ['Bryn Evans', 'Cerys Morgan', 'Ifan Hughes'],
          board: { shown: true, fields: ['how', 'people', 'why'] },
        }),
      ],
    };
    await drawn(element);
    $(element, '#open-cafe').click();
    await waitFor(() => text(element.shadowRoot!.querySelector('.board-status')).includes('dangos'));
    const decisionText = text($(element, '.decision'));
    expect(decisionText).to.contain('Bryn Evans, Cerys Morgan ac Ifan Hughes');
    const board = text($(element, '.board-status'));
    // Joined as names are, the last would be “a pam”, which Welsh says “a pham”.
    expect(board).to.match(/gyda: sut cafodd ei benderfynu, pwy gymerodd ran .*, pam$/);
    expect(board).not.to.match(UNWELSH);
    expect(decisionText).not.to.match(/\band\b/);
  });

  it('<mark-scorer>: the scores in the spread, and whose scores are still to arrive', async () => {
    const element = await mount<MarkScorer>(
      'mark-scorer',
      html`<mark-scorer locale="cy" mode="individual" participants="Ann, Ben, Ifan, Osian"></mark-scorer>`,
    );
    const data = structuredClone(element.data);
    Object.assign(data.marks.find((mark) => mark.id === 'listening')!, {
      answered: ['Ann', 'Ben', 'Ifan', 'Osian'],
      individual: { Ann: 3, Ben: 7 },
      revealed: true,
    });
    element.data = data;
    await settle(element);
    const card = $<HTMLDetailsElement>(element, '#m-listening-card');
    const toggled = new Promise((resolve) => card.addEventListener('toggle', resolve, { once: true }));
    $(element, '#m-listening-summary').click();
    await toggled;
    await waitFor(() => text(element.shadowRoot!.querySelector('#m-listening-spread')).includes('sgôr'));
    const spread = text($(element, '#m-listening-spread'));
    expect(spread).to.contain('2 sgôr: 3 a 7.');
    expect(spread).to.contain('wedi cyrraedd eto: Ifan ac Osian.');
    expect(spread).not.to.match(/\band\b/);
  });

  it('<icebreaker-picker>: the icebreakers left out, “ac” before a vowel inside quotation marks', async () => {
    const element = await mount<IcebreakerPicker>(
      'icebreaker-picker',
      html`<icebreaker-picker locale="cy"></icebreaker-picker>`,
    );
    element.icebreakers = [{ id: 'hen' }, { id: 'ein-gem' }] as unknown as IcebreakerPicker['icebreakers'];
    await settle(element);
    await waitFor(() => text(element.shadowRoot!.querySelector('#problems')).includes('gadael allan'));
    const problems = text($(element, '#problems'));
    expect(problems).to.contain('gadael allan: “hen” ac “ein-gem”.');
    expect(problems).not.to.match(/\band\b|” a “e/);
  });
});

describe('Lists in Welsh spreadsheets: one item per line in a cell, so no “and” to translate', () => {
  it('<mark-scorer>: ladders, snakes and the private scores', async () => {
    const element = await mount<MarkScorer>(
      'mark-scorer',
      html`<mark-scorer locale="cy" mode="individual" participants="Ann, Ifan"></mark-scorer>`,
    );
    const data = structuredClone(element.data);
    Object.assign(data.marks.find((mark) => mark.id === 'listening')!, {
      ladders: [
        { id: 'l1', text: 'Cylch gwrando' },
        { id: 'l2', text: 'Amser i feddwl' },
      ],
      snakes: [
        { id: 's1', text: 'Siarad dros bobl' },
        { id: 's2', text: 'Brysio' },
      ],
      answered: ['Ann', 'Ifan'],
      individual: { Ann: 3, Ifan: 'pass' },
      revealed: true,
    });
    element.data = data;
    await settle(element);
    await waitFor(() => element.toCSV().startsWith('Cam,'));
    const csv = element.toCSV();
    const row = csv.split('\r\n').find((line) => line.includes('Cylch gwrando'));
    expect(csv).to.contain('"Cylch gwrando\nAmser i feddwl","Siarad dros bobl\nBrysio"');
    expect(csv).to.contain('"Ann: 3\nIfan: Pasio – dim sgôr"');
    expect(row).not.to.match(/\band\b| a Amser| ac Amser| ac Ifan/);
  });

  it('<values-agreement>: each person’s answer', async () => {
    const element = await mount<ValuesAgreement>(
      'values-agreement',
      html`<values-agreement locale="cy" participants="Ann, Ifan, Osian"></values-agreement>`,
    );
    element.data = smallAgreement({
      absent: ['Osian'],
      items: [
        item('trust', 'value', 'Ymddiriedaeth', {
          Ann: said('agree'),
          Ifan: said('concern', 'Mae angen amser'),
          Osian: said('pass'),
        }),
      ],
    });
    await settle(element);
    await waitFor(() => element.toCSV().startsWith('Fersiwn,'));
    const csv = element.toCSV();
    expect(csv).to.contain(
      '"Ann: Cytuno\nIfan: Cytuno, gyda phryder – Mae angen amser\nOsian: Pasio (ddim yma heddiw)"',
    );
    expect(csv).not.to.match(/\band\b| ac Ifan| ac Osian/);
  });
});

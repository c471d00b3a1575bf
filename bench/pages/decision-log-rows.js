// ?count=N&mode=plain|virtual&board=1: a log of N decisions drawn with every
// row in the page (plain) or only the rows near the screen (virtual). Records
// in window.__rows the milliseconds to the first render, to a status filter
// shown, and to the filter cleared again, each rendered and painted.
import { realisticLog } from './decision-log-decisions.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('count') ?? 100);
const plain = params.get('mode') === 'plain';
await customElements.whenDefined('decision-log');
const element = document.createElement('decision-log');
const above = plain ? Infinity : 0;
element.virtualiseAbove = { rows: above, cards: above };
if (params.get('board') === '1') element.public = true;
// Validated here, before the clock starts: the same in both modes.
element.data = realisticLog(count);

const root = () => element.shadowRoot;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const rowsDrawn = () => root()?.querySelector('.found [role="listitem"]');
async function shown(start) {
  await element.updateComplete;
  for (let tries = 0; tries < 120 && !rowsDrawn(); tries++) await frame();
  await frame();
  return performance.now() - start;
}
const choose = async (value) => {
  const start = performance.now();
  const select = root().querySelector('#filter-status');
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return shown(start);
};

const start = performance.now();
document.body.append(element);
const first = await shown(start);
const filter = await choose('agreed');
const unfilter = await choose('');
window.__rows = { first, filter, unfilter, inPage: root().querySelectorAll('.found [role="listitem"]').length };

// Records when the page's element is interactive: defined, first render done,
// what it draws after that drawn (decision-log's first list rows, after
// layout; the stars of Shoelace's rating, icons that arrive a frame or two
// later), and painted. One script for every page, ours and the peers', so
// they are measured the same way. <html data-measure="tag tag…"> names the
// custom elements to wait for; data-measure-drawn="selector | selector" what
// must be in the page for one that is not a custom element (SurveyJS).
const root = document.documentElement;
const tags = (root.dataset.measure ?? '').split(' ').filter(Boolean);
const selectors = (root.dataset.measureDrawn ?? '')
  .split('|')
  .map((selector) => selector.trim())
  .filter(Boolean);
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
const elements = tags.map((tag) => document.querySelector(tag));
const element = elements[0];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const drawnInside = (shadow) =>
  !shadow ||
  ((!shadow.querySelector('.found') || shadow.querySelector('.found [role="listitem"]')) &&
    [...shadow.querySelectorAll('sl-icon')].every((icon) => icon.shadowRoot?.querySelector('svg')));
const drawn = () =>
  elements.every((each) => drawnInside(each.shadowRoot)) &&
  selectors.every((selector) => document.querySelector(selector));

const settle = async () => {
  await Promise.all(elements.map((each) => each.updateComplete));
  for (let tries = 0; tries < 60 && !drawn(); tries++) await frame();
  await frame();
};
await settle();
// Read by bench/run.mjs, which warns if a page was timed before it was drawn.
window.__drawn = drawn();
window.__ready = performance.now();

/**
 * The same small piece of work on every page: a change of what it shows,
 * rendered and painted. On the log, a search typed into the search field; on
 * the picker, "Suggest another" pressed; on the feedback form, a point on
 * the scale chosen; on the trivial page, a new property
 * value. Returns the milliseconds it took.
 */
window.__update = async (text) => {
  const start = performance.now();
  const search = element.shadowRoot.querySelector('#search');
  const another = element.shadowRoot.querySelector('#another');
  const point = element.shadowRoot.querySelector('#q-how-4');
  if (another) {
    another.click();
  } else if (point) {
    point.click();
  } else if (search) {
    search.value = text;
    search.dispatchEvent(new Event('input', { bubbles: true }));
  } else {
    element.text = text;
  }
  await settle();
  return performance.now() - start;
};

// Records when the page's element is interactive: defined, first render done,
// its list's first rows drawn (decision-log draws them after layout), and
// painted. One script for every page, so they are measured the same way.
const tag = document.documentElement.dataset.measure;
await customElements.whenDefined(tag);
const element = document.querySelector(tag);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const rowsDrawn = () =>
  !element.shadowRoot.querySelector('.found') || element.shadowRoot.querySelector('.found [role="listitem"]');

await element.updateComplete;
for (let tries = 0; tries < 60 && !rowsDrawn(); tries++) await frame();
await frame();
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
  await element.updateComplete;
  for (let tries = 0; tries < 60 && !rowsDrawn(); tries++) await frame();
  await frame();
  return performance.now() - start;
};

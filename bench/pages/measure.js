// Records when the page's element is interactive: defined, first render done,
// and painted. One script for both pages, so they are measured the same way.
const tag = document.documentElement.dataset.measure;
await customElements.whenDefined(tag);
const element = document.querySelector(tag);
await element.updateComplete;
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
window.__ready = performance.now();

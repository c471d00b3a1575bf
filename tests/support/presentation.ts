// Checks of how an element looks in someone else's page, shared by every element's presentation tests.
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';

/** Media emulation goes through CDP, so Chromium only; Firefox skips these checks. */
export async function emulated(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

/** True if the element's box, or the page, scrolls sideways. */
export function overflowsHorizontally(element: Element): boolean {
  const root = element.shadowRoot!.querySelector('.root')!;
  return root.scrollWidth > root.clientWidth + 1 || document.documentElement.scrollWidth > window.innerWidth + 1;
}

/** A system colour (Highlight, Canvas, CanvasText…) as the browser resolves it now, for forced-colours checks. */
export function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Nothing in the element moves: no transitions, no animations. */
export function expectNoMotion(element: Element): void {
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    const style = getComputedStyle(node);
    expect(style.transitionDuration.split(',').every((value) => parseFloat(value) === 0), node.localName).to.equal(true);
    expect(style.animationName, node.localName).to.equal('none');
  }
}

/** Runs checks at a screen size, then puts the usual 800 × 600 back, even when a check fails. */
export async function atViewport(width: number, height: number, run: () => Promise<void>): Promise<void> {
  await setViewport({ width, height });
  try {
    await run();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** Every control is at least 24 px each way: big enough to press (WCAG 2.2 target size, minimum). */
export function expectBigEnoughToPress(controls: Element[]): void {
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    expect(Math.min(box.width, box.height), (control.textContent ?? '').replace(/\s+/g, ' ').trim()).to.be.at.least(24);
  }
}

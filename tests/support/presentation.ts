// Checks of how an element looks in someone else's page, shared by every element's presentation tests.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { browserSettings } from './browser-settings.js';

type Media = { reducedMotion?: 'reduce'; media?: 'print'; colorScheme?: 'light' | 'dark' };

/**
 * Runs checks with emulated media (reduced motion, print, a colour scheme),
 * then puts the screen's usual back (light, on screen, motion allowed), even when a check fails. Emulation goes through CDP,
 * so Chromium only: elsewhere the test is skipped.
 */
export async function whileEmulating(test: Mocha.Context, media: Media, run: () => Promise<void>): Promise<void> {
  if (browserSettings) {
    // Started with the setting (Firefox): nothing to emulate, and nothing else can be.
    const only = Object.keys(media).length === 1 && media.reducedMotion === 'reduce';
    if (!only || !browserSettings.reducedMotion || !matchMedia('(prefers-reduced-motion: reduce)').matches) test.skip();
    return run();
  }
  try {
    await emulateMedia(media);
  } catch {
    test.skip();
  }
  try {
    await run();
  } finally {
    await emulateMedia({
      ...(media.reducedMotion ? { reducedMotion: 'no-preference' as const } : {}),
      ...(media.media ? { media: 'screen' as const } : {}),
      ...(media.colorScheme ? { colorScheme: 'light' as const } : {}),
    });
  }
}

/**
 * Runs checks in forced colours (Windows high contrast; `dark` for a dark
 * contrast theme such as Night sky), then turns them off, even when a check
 * fails. Where the browser cannot emulate them (Firefox), it runs in a browser
 * started in forced colours (`browser-settings.ts`), and is skipped elsewhere.
 */
export async function inForcedColours(
  test: Mocha.Context,
  run: () => Promise<void>,
  scheme: 'light' | 'dark' = 'light',
): Promise<void> {
  if (browserSettings) {
    // Started in forced colours (Firefox): the test runs in the theme it was started with.
    if (browserSettings.forcedColours !== scheme || !matchMedia('(forced-colors: active)').matches) test.skip();
    return run();
  }
  const active = await executeServerCommand<boolean, { active: boolean; scheme: string }>('emulate-forced-colors', {
    active: true,
    scheme,
  });
  if (!active || !matchMedia('(forced-colors: active)').matches) test.skip();
  try {
    await run();
  } finally {
    await executeServerCommand('emulate-forced-colors', { active: false });
  }
}

/**
 * 200% text: a 1280 px screen zoomed is 640 px of doubled text. `mount` puts
 * the element on the page after the style it is given; the element must
 * take the doubled size and not scroll sideways.
 */
export function fitsAtDoubleTextSize(mount: (style: TemplateResult) => Promise<Element>): Promise<void> {
  return atViewport(640, 800, async () => {
    const element = await mount(html`<style>
      * {
        --coproduce-font-size: 32px;
      }
    </style>`);
    expect(parseFloat(getComputedStyle(element.shadowRoot!.querySelector('.root')!).fontSize)).to.equal(32);
    expect(overflowsHorizontally(element)).to.equal(false);
  });
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

/**
 * In forced colours, a chosen radio button's label is outlined in the
 * system Highlight colour, and focus on it draws a solid outline of at least
 * 2 px: what is chosen and where focus is stay visible.
 */
export function expectChoiceAndFocusVisible(radio: HTMLInputElement): void {
  expect(radio.checked, 'chosen').to.equal(true);
  expect(getComputedStyle(radio.closest('label')!).borderTopColor).to.equal(systemColour('Highlight'));
  radio.focus();
  const focus = getComputedStyle(radio);
  expect(focus.outlineStyle).to.equal('solid');
  expect(parseFloat(focus.outlineWidth)).to.be.at.least(2);
}

/**
 * The element as it is now passes axe in the light theme, and again in the
 * dark one (which it must really be showing); then the theme is unset.
 */
export async function expectAccessibleInLightAndDark(
  element: HTMLElement & { theme?: string; updateComplete: Promise<unknown> },
) {
  await expect(element).to.be.accessible();
  element.theme = 'dark';
  await element.updateComplete;
  expect(getComputedStyle(element.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(27, 27, 31)');
  await expect(element).to.be.accessible();
  element.theme = undefined;
  await element.updateComplete;
}

/** Nothing in the element moves: no transitions, no animations. */
export function expectNoMotion(element: Element): void {
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    const style = getComputedStyle(node);
    expect(
      style.transitionDuration.split(',').every((value) => parseFloat(value) === 0),
      node.localName,
    ).to.equal(true);
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

import { expect, waitUntil } from '@open-wc/testing';
import '../support/setup.js';
import { createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createDocument, type MarkScorerDocument, type MarkScorer as MarkScorerElement } from '@coproduce/mark-scorer';
import * as wrappers from '../../packages/coproduce/src/react.js';
import { settle } from '../support/helpers.js';

/**
 * Each wrapper, its tag, and each event as the camelCase prop that hears it:
 * written out here, apart from react.ts, so a missing or misspelt event fails.
 */
const EXPECTED: Record<keyof typeof wrappers, { tag: string; events: Record<string, string> }> = {
  CoproductionProject: {
    tag: 'coproduction-project',
    events: { onCoproductionProjectError: 'coproduction-project-error' },
  },
  MarkScorer: {
    tag: 'mark-scorer',
    events: {
      onMarkScored: 'mark-scored',
      onMarkScorerChange: 'mark-scorer-change',
      onMarkScorerError: 'mark-scorer-error',
    },
  },
  ValuesAgreement: {
    tag: 'values-agreement',
    events: {
      onAgreementAnswered: 'agreement-answered',
      onAgreementReached: 'agreement-reached',
      onValuesAgreementChange: 'values-agreement-change',
      onValuesAgreementError: 'values-agreement-error',
    },
  },
  DecisionLog: {
    tag: 'decision-log',
    events: {
      onDecisionsRecorded: 'decisions-recorded',
      onDecisionUpdated: 'decision-updated',
      onDecisionLogChange: 'decision-log-change',
      onDecisionLogError: 'decision-log-error',
    },
  },
  IcebreakerPicker: {
    tag: 'icebreaker-picker',
    events: {
      onIcebreakerPicked: 'icebreaker-picked',
      onIcebreakerPickerChange: 'icebreaker-picker-change',
      onIcebreakerTurnStarted: 'icebreaker-turn-started',
      onIcebreakerTurnEnded: 'icebreaker-turn-ended',
      onIcebreakerPickerError: 'icebreaker-picker-error',
    },
  },
  FeedbackForm: {
    tag: 'feedback-form',
    events: {
      onFeedbackFormChange: 'feedback-form-change',
      onFeedbackFormError: 'feedback-form-error',
      onFeedbackSend: 'feedback-send',
      onFeedbackSent: 'feedback-sent',
      onFeedbackQueued: 'feedback-queued',
    },
  },
};

const components = new Map<string, ComponentType<never>>(Object.entries(wrappers) as [string, ComponentType<never>][]);

let host: HTMLElement;
let root: Root;

/** Renders one React element into the page and waits for React to commit it. */
async function render(component: ComponentType<never>, props: Record<string, unknown>): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  root.render(createElement(component, props as never));
  await waitUntil(() => host.firstElementChild, 'React rendered nothing');
  const element = host.firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
  if (element?.updateComplete) await settle(element as { updateComplete: Promise<unknown> });
  return element;
}

afterEach(() => {
  root?.unmount();
  host?.remove();
});

describe('coproduce/react: the elements as React components', () => {
  it('has a component for every element, and no other', () => {
    expect(Object.keys(wrappers).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  it('registers every tag when the module is imported', () => {
    for (const { tag } of Object.values(EXPECTED)) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  for (const [name, { tag, events }] of Object.entries(EXPECTED)) {
    it(`<${name}> renders <${tag}>, and each of its events reaches its camelCase prop`, async () => {
      const heard: Record<string, Event[]> = Object.fromEntries(Object.keys(events).map((prop) => [prop, []]));
      const handlers = Object.fromEntries(
        Object.keys(events).map((prop) => [prop, (event: Event) => heard[prop]!.push(event)]),
      );
      const element = await render(components.get(name)!, handlers);
      expect(element.localName).to.equal(tag);
      expect(element).to.be.instanceOf(customElements.get(tag)!);
      for (const [prop, type] of Object.entries(events)) {
        const sent = new CustomEvent(type, { detail: { from: 'test' } });
        element.dispatchEvent(sent);
        // The element may send one of its own meanwhile (<icebreaker-picker> suggests one as it starts).
        expect(heard[prop], `${prop} hears ${type}`).to.include(sent);
        expect(heard[prop]!.every((each) => each.type === type)).to.equal(true);
      }
    });
  }

  it('sets rich data as a property, never as an attribute', async () => {
    const data: MarkScorerDocument = { ...createDocument(), ideas: [] };
    const mark = data.marks[0]!;
    const withNotes: MarkScorerDocument = {
      ...data,
      marks: [{ ...mark, notes: 'We said this in March' }, ...data.marks.slice(1)],
    };
    const element = (await render(wrappers.MarkScorer as ComponentType<never>, {
      data: withNotes,
      stage: mark.stage,
    })) as MarkScorerElement;
    expect(element.hasAttribute('data')).to.equal(false);
    expect(element.data.marks[0]!.notes).to.equal('We said this in March');
  });

  it('hears a real event from the element, with its typed detail', async () => {
    const errors: CustomEvent[] = [];
    const element = await render(wrappers.MarkScorer as ComponentType<never>, {
      stage: 'nowhere',
      onMarkScorerError: (event: CustomEvent) => errors.push(event),
    });
    expect(element.getAttribute('stage')).to.equal(null);
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid-attribute']);
  });
});

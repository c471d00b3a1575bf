/**
 * `coproduce/react`: each element as a React component, made with
 * `@lit/react`. Importing this module registers every tag. What React 19
 * does with the plain tags, these do in React 18 too, and more plainly:
 *   - events as camelCase props with typed details: `onMarkScored={(event) => event.detail.score}`;
 *   - everything the element has as a property (rich data: `data`,
 *     `questions`, `icebreakers`, `storage`) is set as that property, never
 *     turned into an attribute string;
 *   - a `ref` is the element itself.
 * React is the app's own (a peer dependency), never a second copy.
 */
import {
  CoproductionProject as CoproductionProjectElement,
  DecisionLog as DecisionLogElement,
  FeedbackForm as FeedbackFormElement,
  IcebreakerPicker as IcebreakerPickerElement,
  MarkScorer as MarkScorerElement,
  ValuesAgreement as ValuesAgreementElement,
} from './index.js';
import './define.js';
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';

/** The event a tag sends under `name`, typed as the element declares it (GlobalEventHandlersEventMap). */
const event = <Name extends keyof GlobalEventHandlersEventMap>(name: Name) =>
  name as EventName<GlobalEventHandlersEventMap[Name]>;

export const CoproductionProject = createComponent({
  react: React,
  tagName: 'coproduction-project',
  elementClass: CoproductionProjectElement,
  displayName: 'CoproductionProject',
  events: { onCoproductionProjectError: event('coproduction-project-error') },
});

export const MarkScorer = createComponent({
  react: React,
  tagName: 'mark-scorer',
  elementClass: MarkScorerElement,
  displayName: 'MarkScorer',
  events: {
    onMarkScored: event('mark-scored'),
    onMarkScorerChange: event('mark-scorer-change'),
    onMarkScorerError: event('mark-scorer-error'),
  },
});

export const ValuesAgreement = createComponent({
  react: React,
  tagName: 'values-agreement',
  elementClass: ValuesAgreementElement,
  displayName: 'ValuesAgreement',
  events: {
    onAgreementAnswered: event('agreement-answered'),
    onAgreementReached: event('agreement-reached'),
    onValuesAgreementChange: event('values-agreement-change'),
    onValuesAgreementError: event('values-agreement-error'),
  },
});

export const DecisionLog = createComponent({
  react: React,
  tagName: 'decision-log',
  elementClass: DecisionLogElement,
  displayName: 'DecisionLog',
  events: {
    onDecisionsRecorded: event('decisions-recorded'),
    onDecisionUpdated: event('decision-updated'),
    onDecisionLogChange: event('decision-log-change'),
    onDecisionLogError: event('decision-log-error'),
  },
});

export const IcebreakerPicker = createComponent({
  react: React,
  tagName: 'icebreaker-picker',
  elementClass: IcebreakerPickerElement,
  displayName: 'IcebreakerPicker',
  events: {
    onIcebreakerPicked: event('icebreaker-picked'),
    onIcebreakerPickerChange: event('icebreaker-picker-change'),
    onIcebreakerTurnStarted: event('icebreaker-turn-started'),
    onIcebreakerTurnEnded: event('icebreaker-turn-ended'),
    onIcebreakerPickerError: event('icebreaker-picker-error'),
  },
});

export const FeedbackForm = createComponent({
  react: React,
  tagName: 'feedback-form',
  elementClass: FeedbackFormElement,
  displayName: 'FeedbackForm',
  events: {
    onFeedbackFormChange: event('feedback-form-change'),
    onFeedbackFormError: event('feedback-form-error'),
    onFeedbackSend: event('feedback-send'),
    onFeedbackSent: event('feedback-sent'),
    onFeedbackQueued: event('feedback-queued'),
  },
});

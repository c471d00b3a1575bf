// Mistakes an app could make, one a line, each marked `// wrong:`: the type
// check must report every marked line and nothing else. If it passes one, the
// types have stopped checking what app.tsx relies on.
import type {} from 'coproduce/jsx';
import { MarkScorer, FeedbackForm } from 'coproduce/react';
import { createRef } from 'react';

const log = (...words: unknown[]) => console.log(...words);
const input = createRef<HTMLInputElement>();

export const plainDetail = <mark-scorer onmark-scored={(event) => log(event.detail.points)} />; // wrong: no such detail
export const plainStage = <mark-scorer stage="middle" />; // wrong: not a stage
export const plainData = <decision-log data={42} />; // wrong: data is a decision log, not a number
export const plainUnknown = <values-agreement colour="red" />; // wrong: no such property
export const plainRef = <mark-scorer ref={input} />; // wrong: the ref is for an input
export const plainSend = <feedback-form onfeedback-send={(event) => log(event.detail.answers)} />; // wrong: the answers are in detail.submission
export const plainLocale = <icebreaker-picker locale="fr" />; // wrong: no French
export const wrapperDetail = <MarkScorer onMarkScored={(event) => log(event.detail.points)} />; // wrong: no such detail
export const wrapperStage = <MarkScorer stage="middle" />; // wrong: not a stage
export const wrapperEvent = <FeedbackForm onFeedbackSubmit={() => log('sent')} />; // wrong: no such event

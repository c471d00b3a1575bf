// dist/elements/feedback-form.js: registers <feedback-form> and exports its class and types.
// The loader (coproduce.js) imports it the first time the tag appears; a page
// can import it itself, e.g. for an element inside its own shadow root.
import '@coproduce/feedback-form/define';
export * from '@coproduce/feedback-form';

// dist/elements/values-agreement.js: registers <values-agreement> and exports its class and types.
// The loader (coproduce.js) imports it the first time the tag appears; a page
// can import it itself, e.g. for an element inside its own shadow root.
import '@coproduce/values-agreement/define';
export * from '@coproduce/values-agreement';

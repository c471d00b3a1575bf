// dist/elements/mark-scorer.js: registers <mark-scorer> and exports its class and types.
// The loader (coproduce.js) imports it the first time the tag appears; a page
// can import it itself, e.g. for an element inside its own shadow root.
import '@coproduce/mark-scorer/define';
export * from '@coproduce/mark-scorer';

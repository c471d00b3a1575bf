// dist/elements/decision-log.js: registers <decision-log> and exports its class and types.
// The loader (coproduce.js) imports it the first time the tag appears; a page
// can import it itself, e.g. for an element inside its own shadow root.
import '@coproduce/decision-log/define';
export * from '@coproduce/decision-log';

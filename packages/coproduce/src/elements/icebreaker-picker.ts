// dist/elements/icebreaker-picker.js: registers <icebreaker-picker> and exports its class and types.
// The loader (coproduce.js) imports it the first time the tag appears; a page
// can import it itself, e.g. for an element inside its own shadow root.
import '@coproduce/icebreaker-picker/define';
export * from '@coproduce/icebreaker-picker';

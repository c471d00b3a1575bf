// dist/elements/coproduction-project.js: registers <coproduction-project> and exports its class and types.
// The loader (coproduce.js) imports it the first time the tag appears; a page
// can import it itself, e.g. for an element inside its own shadow root.
import '@coproduce/coproduction-project/define';
export * from '@coproduce/coproduction-project';

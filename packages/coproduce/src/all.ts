// dist/coproduce.all.js: every element in one self-contained file, for a
// site that can upload only one file. It registers every element and exports
// every class. Larger than the loader and the elements a page uses: it costs
// every element and every language, on every page.
import './define.js';
export * from './index.js';

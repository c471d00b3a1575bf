// The drop-in file: one <script type="module" src="coproduce.js"> registers
// every element, and the classes stay importable from the same file.
import './define.js';
export * from './index.js';

// Baseline + @lit/context as the elements use it.
import { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';
import './trivial-lit.js';

const context = createContext<string>(Symbol.for('bench'));
new ContextRoot().attach(document.documentElement);
export { ContextConsumer, ContextProvider, context };

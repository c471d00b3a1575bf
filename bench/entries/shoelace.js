// Peer for the bench: Shoelace's rating, textarea and button, cherry-picked as
// Shoelace documents for bundlers (one import per component, the base path
// set for its assets), bundled with esbuild by bench/peers.mjs. Its theme CSS
// is a <link> in pages/shoelace.html.
import { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import '@shoelace-style/shoelace/dist/components/rating/rating.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';

setBasePath('/node_modules/@shoelace-style/shoelace/dist');

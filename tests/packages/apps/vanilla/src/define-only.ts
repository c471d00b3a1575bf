// Nothing but define entries, whose exports are never used: a production
// bundler keeps them only because the packages' sideEffects name them.
import 'coproduce/mark-scorer/define';
import '@coproduce/feedback-form/define';

document.body.dataset.loaded = 'true';

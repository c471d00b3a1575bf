// Peer for the bench: SurveyJS's framework-free UI (survey-core and
// survey-js-ui) with one rating question and one comment question, as
// SurveyJS documents for ES modules, bundled with esbuild by bench/peers.mjs.
// Its CSS is a <link> in pages/surveyjs.html (the fontless file: the default
// one pulls a web font from another origin).
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

const survey = new Model({
  elements: [
    { type: 'rating', name: 'how', title: 'How was the meeting?', rateMin: 1, rateMax: 5 },
    { type: 'comment', name: 'better', title: 'What would make the next one better?' },
  ],
});
renderSurvey(survey, document.getElementById('survey'));

// A plain TypeScript app: the elements made with the DOM, rich data set as
// properties, events heard with their typed detail (`tsc --noEmit` checks it).
import 'coproduce/define';
import { agreementData, decisionData, hear, icebreakers, markData, questions, storage } from './app-data.ts';

const project = document.createElement('coproduction-project');
project.project = 'app-test';
project.storage = storage;

const scorer = document.createElement('mark-scorer');
scorer.storageKey = 'scores';
scorer.data = markData;
scorer.addEventListener('mark-scored', (event) => {
  const { markId, score }: { markId: string; score: number | 'pass' | null } = event.detail;
  if (markId && score !== undefined) hear(event);
});
scorer.addEventListener('mark-scorer-change', (event) => {
  if (event.detail.data.marks.length > 0) hear(event);
});

const agreement = document.createElement('values-agreement');
agreement.data = agreementData;

const log = document.createElement('decision-log');
log.data = decisionData;

const picker = document.createElement('icebreaker-picker');
picker.minutes = 60;
picker.groupSize = 4;
picker.setting = 'in-person';
picker.seed = 'app';
picker.hideBuiltIn = true;
picker.icebreakers = icebreakers;
picker.addEventListener('icebreaker-picked', (event) => {
  const id: string = event.detail.icebreaker.id;
  if (id) hear(event);
});

const form = document.createElement('feedback-form');
form.questions = questions;
form.noContact = true;
form.addEventListener('feedback-form-change', (event) => {
  const value: string = event.detail.value;
  if (typeof value === 'string') hear(event);
});

project.append(scorer, agreement, log, picker, form);
document.querySelector('#app')!.append(project);
window.appMounted = true;

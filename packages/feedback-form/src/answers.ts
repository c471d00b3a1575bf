import { languagesHere, own, type Locale, type StringTable } from '@coproduce/core';
import { feedbackFormCatalogues, type FeedbackFormKey } from './i18n/catalogues.js';
import { feedbackFormEasyRead } from './i18n/easy-read.js';
import { LIMITS, type Answer, type Checks, type Draft, type Question, type Submission } from './schema.js';

/** Strings by language, for the languages at hand. */
type Languages = Readonly<Partial<Record<Locale, StringTable>>>;

/** The usual questions: "How was it?" from 1 to 5 with words at each point, and "Tell us more", in each language given. */
export function defaultQuestions(languages: Languages): Question[] {
  const every = (key: string) =>
    Object.fromEntries(
      Object.entries(languages).map(([locale, strings]) => [locale, strings[key] as string]),
    ) as Record<Locale, string>;
  const points = Object.fromEntries(
    Object.entries(every('question.howPoints')).map(([locale, words]) => [locale, words.split(',')]),
  );
  return [
    { id: 'how', type: 'scale', label: every('question.how'), points, required: true },
    {
      id: 'more',
      type: 'text',
      label: every('question.more'),
      hint: every('question.moreHint'),
      maxLength: LIMITS.defaultText,
    },
  ];
}

const usual = new Map<string, Question[]>();

/**
 * The usual questions, in plain words or Easy Read, in English and each
 * language loaded so far (an element loads its own before it renders; Welsh
 * is not fetched for an English page). Made once for each set of languages.
 */
export function usualQuestions(easyRead: boolean): readonly Question[] {
  const plain = languagesHere(feedbackFormCatalogues);
  const easy: Languages = easyRead ? languagesHere(feedbackFormEasyRead) : {};
  // Easy Read words over the plain ones; plain words where Easy Read's are not here (or could not be loaded).
  const languages = Object.fromEntries(
    Object.entries(plain).map(([locale, strings]) => [locale, { ...strings, ...easy[locale as Locale] }]),
  );
  const made = `${easyRead}:${Object.keys(plain)}:${Object.keys(easy)}`;
  if (!usual.has(made)) usual.set(made, defaultQuestions(languages));
  return usual.get(made)!;
}

export const EMPTY_DRAFT: Draft = { answers: {}, wantsReply: false, name: '', reply: '', consent: false };

/** The answer to a question, if any. A question's id can be "constructor" or "toString": only the draft's own entries count. */
export const answerTo = (draft: Draft, question: Question): Answer | undefined => own(draft.answers, question.id);

/** The DOM id of a question's field; a group's first choice is `<id>-<value>`. */
export const fieldId = (question: Question) => `q-${question.id}`;

/** Where focus goes to put a problem right: the field, or a group's first choice. */
export function focusTarget(question: Question): string {
  if (question.type === 'scale') return `${fieldId(question)}-1`;
  if (question.type === 'choice') return `${fieldId(question)}-${question.options[0]!.value}`;
  return fieldId(question);
}

/** True once any of the questions has an answer. */
export function anyAnswered(questions: readonly Question[], draft: Draft): boolean {
  return questions.some((question) => answered(answerTo(draft, question)));
}

function answered(value: Answer | undefined): boolean {
  if (value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The most a text question takes. */
export const maxLengthOf = (question: Question) =>
  question.type === 'text' ? (question.maxLength ?? LIMITS.defaultText) : LIMITS.text;

/** One problem to put right before sending: the field it is at, where focus goes, and the message key with what fills it. */
export interface FieldProblem {
  field: string;
  focus: string;
  key: FeedbackFormKey;
  params?: Record<string, string | number>;
}

/** Each field's first problem: the one its message shows. */
export function firstProblemAt(problems: readonly FieldProblem[]): Map<string, FieldProblem> {
  const first = new Map<string, FieldProblem>();
  for (const problem of problems) if (!first.has(problem.field)) first.set(problem.field, problem);
  return first;
}

/** Every field that can show a message, in the order they come, each with where its link in the error summary goes. */
export function fieldsInOrder(questions: readonly Question[]): { field: string; target: string }[] {
  return [
    ...questions.map((question) => ({ field: fieldId(question), target: focusTarget(question) })),
    { field: 'reply', target: 'reply' },
    { field: 'consent', target: 'consent' },
  ];
}

/**
 * Everything that stops the draft being sent, in the order the fields come:
 * required questions unanswered, text too long, a reply asked for with no way
 * to reply or no consent, or nothing answered at all.
 */
export function problemsIn(
  questions: readonly Question[],
  draft: Draft,
  label: (question: Question) => string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const question of questions) {
    const value = answerTo(draft, question);
    const field = fieldId(question);
    const focus = focusTarget(question);
    if (question.type === 'text' && typeof value === 'string' && value.length > maxLengthOf(question)) {
      problems.push({
        field,
        focus,
        key: 'error.textTooLong',
        params: { question: label(question), max: maxLengthOf(question) },
      });
    } else if (question.required && !answered(value)) {
      const key = (
        { scale: 'error.scale', choice: 'error.choice', text: 'error.text', consent: 'error.consentQuestion' } as const
      )[question.type];
      problems.push({ field, focus, key, params: { question: label(question) } });
    }
  }
  if (draft.wantsReply) {
    if (!draft.reply.trim()) problems.push({ field: 'reply', focus: 'reply', key: 'error.reply' });
    if (!draft.consent) problems.push({ field: 'consent', focus: 'consent', key: 'error.consent' });
  }
  if (!problems.length && !anyAnswered(questions, draft)) {
    const first = questions[0]!;
    problems.push({ field: fieldId(first), focus: focusTarget(first), key: 'error.empty' });
  }
  return problems;
}

/**
 * What is sent: the answers to these questions only (nothing left empty), and
 * who to reply to only if the person asked for a reply and agreed we keep it.
 */
export function toSubmission(
  questions: readonly Question[],
  draft: Draft,
  meta: { id: string; form: string | null; locale: string; createdAt: string; checks: Checks },
): Submission {
  const answers: Record<string, Answer> = {};
  for (const question of questions) {
    const value = answerTo(draft, question);
    if (answered(value))
      answers[question.id] = typeof value === 'string' && question.type === 'text' ? value.trim() : value!;
  }
  const contact =
    draft.wantsReply && draft.consent && draft.reply.trim()
      ? { name: draft.name.trim(), reply: draft.reply.trim() }
      : null;
  return { ...meta, answers, contact };
}

/** A random id in the UUID form, for a server to spot a submission sent twice. getRandomValues works on http pages too. */
export function submissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

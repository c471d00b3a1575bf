import { formSummaryId, inLanguage, type FocusController, type Locale, type ProblemsController } from '@coproduce/core';
import { firstProblemAt, problemsIn, type FieldProblem } from './answers.js';
import type { FeedbackFormKey } from './i18n/catalogues.js';
import { FORM_ID } from './render-form.js';
import type { Draft, Question } from './schema.js';

export interface FieldProblemsOptions {
  problems: ProblemsController<FeedbackFormKey>;
  focus: FocusController;
  /** The answers as they are now, the questions they answer, and the language the messages name them in. */
  read(): { questions: readonly Question[]; draft: Draft; locale: Locale };
}

/**
 * What stops the answers being sent, shown the GOV.UK way: each field's
 * first problem at the field (core's field messages) and every one in the
 * form's error summary, which takes focus. Once shown, a message follows
 * the answers: it changes or goes as the person puts it right.
 */
export class FieldProblems {
  constructor(private readonly options: FieldProblemsOptions) {}

  /** Every problem, in the order the fields come. */
  all(): FieldProblem[] {
    const { questions, draft, locale } = this.options.read();
    return problemsIn(questions, draft, (question) => inLanguage(question.label, locale).value);
  }

  /** Shows every problem, the summary taking focus unless `focus` is false. True if there were none. */
  showAll(focus = true): boolean {
    const count = this.show(false);
    if (count && focus) this.options.focus.after(`#${formSummaryId(FORM_ID)}`);
    return count === 0;
  }

  /** The answers changed: the messages already shown follow them. */
  follow(): void {
    if (Object.keys(this.options.problems.fieldErrors).length) this.show(true);
  }

  /** No messages at any field (the form is empty again). */
  clear(): void {
    this.options.problems.clearFieldErrors();
  }

  /** Each field's first problem at it; `onlyShown`: just at fields already showing one. Returns how many problems there are. */
  private show(onlyShown: boolean): number {
    const { problems } = this.options;
    const all = this.all();
    const first = firstProblemAt(all);
    const shown = new Set(Object.keys(problems.fieldErrors));
    for (const field of shown) if (!first.has(field)) problems.setFieldError(field, null);
    for (const [field, problem] of first) {
      if (!onlyShown || shown.has(field)) problems.setFieldError(field, problem.key, problem.params);
    }
    return all.length;
  }
}

// Baseline + zod/mini as the elements use it: the mark-scorer document schema.
import { validate } from '../../packages/core/src/schema.js';
import { markScorerDocumentSchema } from '../../packages/mark-scorer/src/schema.js';
import './trivial-lit.js';

export const check = (value: unknown) => validate(markScorerDocumentSchema(), value);

import type { ValuesAgreementKey } from './i18n/catalogues.js';
import type { ValuesAgreementAction } from './model.js';

/** The default values, in the order offered. Their wording is in the catalogue. */
export const DEFAULT_VALUES = ['trust', 'safety', 'equals', 'choice', 'access', 'reciprocity', 'culture'] as const;
/** The default ground rules: breaks, the right to pass, cameras, confidentiality, disagreement, fair pay. */
export const DEFAULT_RULES = ['breaks', 'pass', 'cameras', 'confidential', 'disagreement', 'pay'] as const;

/**
 * The default set as an action, worded in the language on screen when the
 * group chooses it: from then on the words are the group's own to change.
 */
export function addDefaults(
  t: (key: ValuesAgreementKey) => string,
  newId: () => string,
): Extract<ValuesAgreementAction, { type: 'add-items' }> {
  return {
    type: 'add-items',
    items: [
      ...DEFAULT_VALUES.map((id) => ({
        id: newId(),
        kind: 'value' as const,
        text: t(`value.${id}.name`),
        meaning: t(`value.${id}.meaning`),
      })),
      ...DEFAULT_RULES.map((id) => ({ id: newId(), kind: 'rule' as const, text: t(`rule.${id}.text`), meaning: '' })),
    ],
  };
}

/**
 * Plural forms keyed by Intl.PluralRules categories. Welsh uses all six
 * (zero, one, two, few, many, other); English only one and other.
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * Fills `{name}` placeholders. A plural message picks its form from
 * `params.count`. Values are inserted as text, and templates render the result
 * as text, never as HTML.
 */
export function formatMessage(locale: string, message: Message, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(params.count ?? 0);
    template = message[pluralCategory(locale, count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // Scores, counts and round numbers: small integers, written alike in every
    // language we ship. toLocaleString would build a formatter on each call,
    // which was the largest single cost of a first render.
    return String(value);
  });
}

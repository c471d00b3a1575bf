import { mutatedForms } from '../../packages/core/src/i18n/welsh-counts.js';

/**
 * A Welsh word in every form its start can take: radical, soft, nasal and
 * aspirate mutation (“claf”, “glaf”, “nghlaf”, “chlaf”), and with h- before
 * a vowel (“ei hymgysylltiad”). `stem` is the start of the word, lower case;
 * `rest` what must follow, as a pattern (“\\b” for a whole word).
 */
function welsh(stem: string, rest = ''): RegExp {
  const starts = mutatedForms(stem);
  if (/^[aeiouwy]/.test(stem)) starts.push(`h${stem}`);
  return new RegExp(`(?<!\\p{L})(?:${starts.join('|')})${rest}`, 'iu');
}

/**
 * Words the brief and the co-production guidance name as cold or loaded for
 * people with lived experience, in English and Welsh (Welsh in every
 * mutation), and raw technical terms that mean nothing to the public (file
 * formats by their initials, web status codes).
 */
export const LOADED_WORDS = [
  /stakeholder/i,
  /service user/i,
  /hard to reach/i,
  /interview/i,
  /compliance/i,
  /\bpatients?\b/i,
  /beneficiar/i,
  /\bclients?\b/i,
  /vulnerable/i,
  /\bengag(e|es|ed|ing|ement)\b/i,
  welsh('rhanddeilia'), // rhanddeiliad, rhanddeiliaid
  welsh('defnydd', '(?:iwr|wyr) gwasanaeth'),
  welsh('anodd', ' eu cyrraedd'),
  welsh('cyfweliad'),
  welsh('cydymffurf'),
  welsh('claf', '\\b'),
  welsh('cleifion'),
  welsh('buddiolw'), // buddiolwr, buddiolwyr
  welsh('cleient'),
  welsh('bregus', '\\b'),
  welsh('agored', ' i niwed'),
  welsh('ymgysyllt'), // ymgysylltu, ymgysylltiad
  /\bCSV\b|\bJSON\b|\bHTTP\b|\bURL\b/,
];

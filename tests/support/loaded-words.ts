/**
 * Words the brief and the co-production guidance name as cold or loaded for
 * people with lived experience, in English and Welsh, and raw technical terms
 * that mean nothing to the public (file formats by their initials, web
 * status codes).
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
  /rhanddeiliad/i,
  /defnyddiwr gwasanaeth/i,
  /anodd eu cyrraedd/i,
  /cyfweliad/i,
  /cydymffurf/i,
  /\bclaf\b|cleifion/i,
  /buddiolwr|buddiolwyr/i,
  /\bcleient/i,
  /\bbregus\b|agored i niwed/i,
  /ymgysylltu/i,
  /\bCSV\b|\bJSON\b|\bHTTP\b|\bURL\b/,
];

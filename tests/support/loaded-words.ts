/** Words the brief names as cold or loaded for people with lived experience, in English and Welsh. */
export const LOADED_WORDS = [
  /stakeholder/i,
  /service user/i,
  /hard to reach/i,
  /interview/i,
  /compliance/i,
  /rhanddeiliad/i,
  /defnyddiwr gwasanaeth/i,
  /anodd eu cyrraedd/i,
  /cyfweliad/i,
  /cydymffurf/i,
];

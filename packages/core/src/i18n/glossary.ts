/**
 * The words coproduce uses for its key ideas, in English and Welsh, as data:
 * tests/core/welsh-glossary.test.ts checks every catalogue against it (every
 * Welsh text with English at the same place, and every text on its own).
 * Nothing here is loaded by the elements.
 *
 * Settled from a machine-assisted review of the Welsh (its table of terms, in
 * order); a fluent speaker from the field has not yet confirmed it. What was
 * applied, rejected or left, and the choices still open, are in
 * WELSH-REGISTER.md beside this file.
 *
 * How the test reads a term:
 * - where an English text uses one of `en` (whole words, any case), the Welsh
 *   at the same place uses one of `cy`, unless the place is in `otherSenses`
 *   (the English word means something else there). A longer term wins over a
 *   shorter one inside it: "agreed score" is not also "agree".
 * - a Welsh word or phrase in `cy` matches in any initial mutation
 *   ("penderfyniad" finds "phenderfyniad"), and with h- before a vowel;
 * - nothing in any Welsh text matches `avoidCy`, unless the English at the
 *   same place matches `avoidCyUnlessEn` (there the word is right in another
 *   sense: "nod" for a typed character);
 * - nothing in any English text matches `avoidEn`.
 */
export interface GlossaryTerm {
  /** The idea, in a few English words. */
  id: string;
  /** English words for it (whole words, any case), or patterns. An empty list: the term only says what to avoid. */
  en: readonly (string | RegExp)[];
  /** Welsh to use: words or phrases (any mutation of the first word counts), or patterns. */
  cy: readonly (string | RegExp)[];
  /** Welsh not to use, anywhere. */
  avoidCy?: readonly RegExp[];
  /** The Welsh to avoid is right where the English at the same place matches this. */
  avoidCyUnlessEn?: RegExp;
  /** English not to use. */
  avoidEn?: readonly RegExp[];
  /** Places (matched against "package › export › * › key") where the English word means something else, and why. */
  otherSenses?: ReadonlyArray<readonly [place: RegExp, why: string]>;
  /** Why these words, and what to watch for. */
  note: string;
  /** How sure the review was of the Welsh: H checked, M likely (confirm), L a matter of taste. */
  confidence: 'H' | 'M' | 'L';
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'mark (of co-production)',
    en: ['mark', 'marks'],
    cy: ['nodwedd', 'nodweddion'],
    avoidCy: [/\bnod(au)?\b/i],
    avoidCyUnlessEn: /\bcharacters?\b/i,
    otherSenses: [
      [/mark\.celebrating\.(description|more)$/, '“We mark what we achieved”: the verb, to celebrate'],
      [/icebreaker(Easy)?TextCatalogues › \* › map-pins\b/, 'to mark a place on a map'],
      [/easy\.picture\.question$/, 'a question mark (the picture): “marc cwestiwn”'],
    ],
    note: '“Nod” reads first as “aim”, and is a typed character in the feedback form. “Nodwedd” is feminine: “y nodwedd hon”, “ei chuddio”, “i’w gweld”.',
    confidence: 'M',
  },
  {
    id: 'character (typed)',
    en: ['character', 'characters'],
    cy: ['nod'],
    note: 'As GOV.UK Welsh: “Mae gennych chi 20 nod ar ôl”. A unit: singular after every number.',
    confidence: 'M',
  },
  {
    id: 'ladder(s)',
    en: ['ladder', 'ladders'],
    cy: ['ysgol', 'ysgolion'],
    note: '“Ysgolion” is also “schools”, above all on council sites. The game is named once, in mark-scorer’s intro (“fel yn y gêm nadroedd ac ysgolion”), and wherever the word stands alone (a spreadsheet column) it says what it holds: “Ysgolion (beth sy’n helpu)”.',
    confidence: 'M',
  },
  {
    id: 'snake(s)',
    en: ['snake', 'snakes'],
    cy: ['neidr', 'nadroedd'],
    note: 'Feminine: “y neidr hon”. A spreadsheet column says “Nadroedd (beth allai ein dal yn ôl)”.',
    confidence: 'H',
  },
  { id: 'lake of ideas', en: ['lake'], cy: ['llyn'], note: '“Llyn syniadau”.', confidence: 'H' },
  {
    id: 'score',
    en: ['score', 'scores', 'scored', 'scoring'],
    cy: [/\bsg[oô]r/i],
    note: '“Sgôr” is feminine (“sgôr breifat”, “ei chuddio”); plural “sgorau”; to score, “sgorio”.',
    confidence: 'H',
  },
  {
    id: 'agreed score',
    en: ['agreed score', 'agreed scores'],
    cy: ['sgôr y grŵp', 'sgorau’r grŵp'],
    avoidCy: [/\bsg[oô]r(au)? (a|y) gytunwyd\b/i, /\bcytunwyd arn/i],
    note: 'One plain form, not three (“sgôr a gytunwyd”, “sgorau y cytunwyd arnyn nhw”, “ein sgôr”). “Ein sgôr” stays where the English says “our score”.',
    confidence: 'L',
  },
  {
    id: 'pass (opt out)',
    en: ['pass', 'passes', 'passed', 'passing'],
    cy: [/\b(p|b|ph|mh)as(io|iodd|iwch)?\b/i],
    otherSenses: [
      [
        /decision-log › .*(how\.delegated|method\.delegated|form\.delegatedTo|error\.delegatedTo|csv\.who)$/,
        'English says a delegated decision was “passed to” someone; Welsh uses “trosglwyddo” (see “delegated”)',
      ],
    ],
    note: '“Pasio” (“pas” as the word someone says) only for opting out, never a failure or an objection.',
    confidence: 'H',
  },
  {
    id: 'agree',
    en: ['agree', 'agrees', 'agreed', 'agreeing'],
    cy: [/\b(c|g|ch|ngh)ytun/i],
    avoidCy: [/\b(c|g|ch|ngh)ytuno i(ddo|ddi|ddyn| bopeth| hyn| hynny)\b/i],
    note: 'Agree with something: “cytuno â” (“ag” before a vowel, “â phopeth”); agree on it: “cytuno ar” (“cytuno arno”). “Cytuno i” with a noun is an anglicism.',
    confidence: 'M',
  },
  {
    id: 'agreed (state)',
    en: [],
    cy: ['wedi’i gytuno'],
    avoidCy: [/\bcytunwyd\b/i],
    note: 'One form for something agreed: “wedi’i gytuno” (“wedi’u cytuno”, “heb ei gytuno”), not the impersonal “cytunwyd”.',
    confidence: 'L',
  },
  {
    id: 'agree, with a concern',
    en: ['agree, with a concern'],
    cy: ['cytuno, gyda phryder'],
    note: 'Consent. The aspirate after “gyda” is right.',
    confidence: 'H',
  },
  {
    id: 'not yet (an answer)',
    en: ['not yet'],
    cy: ['ddim eto'],
    note: '“Ddim eto, oherwydd…”: the only answer that holds an item back.',
    confidence: 'H',
  },
  {
    id: 'not answered yet',
    en: ['not answered yet', 'still to answer'],
    cy: ['heb ateb eto'],
    avoidCy: [/^dim eto$/i],
    note: '“Dim eto” is “none yet”. Said of a person: “heb ateb eto”.',
    confidence: 'M',
  },
  {
    id: 'not here today',
    en: ['not here today'],
    cy: ['ddim yma heddiw'],
    note: 'For someone absent (values-agreement, being added): never counted as an answer.',
    confidence: 'L',
  },
  {
    id: 'value(s)',
    en: ['value', 'values'],
    cy: ['gwerth', 'gwerthoedd'],
    otherSenses: [[/mark\.admin-support\.(name|description)$/, '“value” as a verb, to appreciate: gwerthfawrogi']],
    note: '',
    confidence: 'H',
  },
  {
    id: 'ground rule(s)',
    en: ['ground rule', 'ground rules'],
    cy: ['rheol', 'rheolau'],
    note: '“Rheol sylfaenol / rheolau sylfaenol”; “rheolau’r grŵp” would be plainer (open).',
    confidence: 'M',
  },
  { id: 'agreement', en: ['agreement', 'agreements'], cy: ['cytundeb', 'cytundebau'], note: '', confidence: 'H' },
  { id: 'decision', en: ['decision', 'decisions'], cy: ['penderfyniad', 'penderfyniadau'], note: '', confidence: 'H' },
  {
    id: 'log (of decisions)',
    en: ['log'],
    cy: ['cofnod'],
    note: 'The log is “cofnod”; its entries are changes (below), so the two never share a word.',
    confidence: 'L',
  },
  {
    id: 'history entry',
    en: ['entry', 'entries'],
    cy: ['newid', 'newidiadau'],
    note: 'Each entry in a decision’s history is a change of where it stands, what happened or a correction.',
    confidence: 'L',
  },
  { id: 'you said', en: ['you said'], cy: ['dywedoch chi'], note: '', confidence: 'M' },
  {
    id: 'you said, we did',
    en: ['you said, we did'],
    cy: ['dywedoch chi, fe wnaethon ni'],
    note: 'Also seen: “…, gwnaethom ni”, which is more formal.',
    confidence: 'M',
  },
  {
    id: 'public board',
    en: ['board', 'public board'],
    cy: ['hysbysfwrdd'],
    note: '“Yr hysbysfwrdd cyhoeddus”.',
    confidence: 'H',
  },
  {
    id: 'where it stands',
    en: ['where it stands', 'where does it stand', 'where decisions stand'],
    cy: [/\bble mae(’r [\p{L}]+)? arni\b/iu],
    avoidCy: [/\bble mae[’']n sefyll\b/i],
    note: '“Sefyll” here is a calque.',
    confidence: 'M',
  },
  {
    id: 'delegated (a decision)',
    en: ['passed to'],
    cy: [/\b(t|d|th|nh)rosglwydd/i],
    avoidCy: [/\b(p|b|ph|mh)asio i\b/i, /wedi[’']i basio\b/i],
    note: '“Pasio” is the opt-out (and “approve a motion”). Put the name after a colon: “Trosglwyddwyd y penderfyniad i: {who}.”, since a name cannot take the soft mutation “i” causes.',
    confidence: 'M',
  },
  { id: 'feedback', en: ['feedback'], cy: ['adborth'], note: '', confidence: 'H' },
  {
    id: 'anonymous',
    en: ['anonymous', 'anonymously'],
    cy: ['pwy ydych chi'],
    avoidCy: [/\b(d|dd|n)ienw\b/i],
    note: 'Say it plainly: “fyddwn ni ddim yn gwybod pwy ydych chi”.',
    confidence: 'M',
  },
  {
    id: 'icebreaker',
    en: ['icebreaker', 'icebreakers'],
    cy: ['torri’r garw', 'gweithgaredd', 'gweithgareddau'],
    note: '“Torri’r garw”, or “gweithgaredd (torri’r garw)” where a countable noun is needed.',
    confidence: 'H',
  },
  {
    id: 'turn(s)',
    en: ['turn', 'turns'],
    cy: ['tro', 'troeon', 'bob yn un'],
    otherSenses: [[/rule\.cameras\.text$/, 'to turn a camera off: “diffodd”']],
    note: '“Tro pawb”; to take turns: “bob yn un”.',
    confidence: 'M',
  },
  {
    id: 'show / reveal',
    en: ['reveal', 'revealed'],
    cy: [/\b(d|dd|n)angos/i, /i[’']w (g)?weld\b/i],
    avoidCy: [/\byn dangos(?=\s*(?:[.,;:!?]|eto\b|unwaith\b|$))/i],
    note: '“Dangos” always has an object: something is shown, or “i’w weld” (“i’w gweld” for a feminine or plural thing), never “mae X yn dangos” on its own.',
    confidence: 'M',
  },
  {
    id: 'private(ly)',
    en: ['private', 'privately'],
    cy: [/\b(p|b|ph|mh)reifat\b/i],
    note: '',
    confidence: 'H',
  },
  {
    id: 'people, participants',
    en: ['people'],
    cy: ['pobl', 'person', 'pawb', 'neb', 'rhywun', 'unrhyw un', 'pob un'],
    avoidCy: [/cyfranogwr|cyfranogwyr/i],
    avoidEn: [/\bparticipants?\b/i],
    note: '“Pobl”, “pobl sy’n cymryd rhan”; not “cyfranogwyr”.',
    confidence: 'H',
  },
  {
    id: 'co-production',
    en: ['co-production'],
    cy: ['cydgynhyrchu'],
    avoidCy: [/\b(c|g|ch|ngh)yd-gynhyrch/i],
    avoidEn: [/\bcoproduc(tion|ers?)\b/i],
    note: 'Spelled as the Co-production Network for Wales does (copronet.wales/cy); English with its hyphen.',
    confidence: 'M',
  },
  {
    id: 'co-producers',
    en: ['co-producer', 'co-producers'],
    cy: ['cydgynhyrchydd', 'cydgynhyrchwyr'],
    note: 'As above.',
    confidence: 'M',
  },
  {
    id: 'lived experience',
    en: ['lived experience'],
    cy: ['profiad bywyd'],
    note: 'Open: the Co-production Network for Wales may use “profiadau byw”.',
    confidence: 'L',
  },
  {
    id: 'the person leading the meeting',
    en: [
      'facilitator',
      'person leading the meeting',
      'person leading the session',
      'person leading',
      'person who leads the group',
      'person who leads the meeting',
    ],
    cy: [/\b(y|[’']r) person sy[’']n arwain\b/i],
    avoidCy: [/hwylusydd/i, /\bsy[’']n rhedeg\b/i],
    avoidEn: [/\bfacilitators?\b/i, /\bperson running\b/i],
    note: '“The person leading the meeting” (Easy Read: “who leads”), never “facilitator”, a job word, nor “running” it; Welsh “y person sy’n arwain”, plainer than “hwylusydd”.',
    confidence: 'L',
  },
  { id: 'session', en: ['session'], cy: ['sesiwn'], note: 'Feminine: “y sesiwn hon”, “ei chadw”.', confidence: 'H' },
  {
    id: 'round (of scores)',
    en: ['round', 'rounds'],
    cy: ['rownd', 'rowndiau'],
    otherSenses: [
      [/icebreaker(Easy)?TextCatalogues/, '“go round the group”: “ewch o amgylch”'],
      [/easy\.picture\.meeting$/, 'people sitting round a table (the picture): “o gwmpas bwrdd”'],
    ],
    note: 'Feminine: “y rownd hon”, “rownd de”.',
    confidence: 'H',
  },
  {
    id: 'stage',
    en: ['stage', 'stages'],
    cy: ['cam', 'camau'],
    note: 'A stage’s name mid-sentence goes in quotation marks: “y cam “Y broses””, never a capital “Y” loose in a sentence.',
    confidence: 'M',
  },
  {
    id: 'download a copy',
    en: ['download a copy'],
    cy: [/\blawrlwyth\p{L}* (g|c)opi\b/iu],
    note: '“Lawrlwytho copi”, “lawrlwythwch gopi”.',
    confidence: 'H',
  },
  { id: 'spreadsheet', en: ['spreadsheet'], cy: ['taenlen'], note: '', confidence: 'H' },
  {
    id: 'there is a problem',
    en: ['there is a problem'],
    cy: ['mae problem wedi codi'],
    note: 'The GOV.UK and HMRC Welsh error summary.',
    confidence: 'M',
  },
  {
    id: 'enter (a field)',
    en: [/^Enter\b/],
    cy: [/^Rhowch\b/],
    note: 'As GOV.UK Welsh: a message that starts “Enter…” starts “Rhowch…”.',
    confidence: 'H',
  },
  { id: 'choose', en: ['choose'], cy: ['dewis', 'dewiswch', 'dewisoch', 'dewison'], note: '', confidence: 'H' },
  {
    id: 'tick',
    en: ['tick'],
    cy: [/\b(t|d|th|nh)ic(i|\b)/i],
    note: '“Ticiwch”, “dad-diciwch”; the mark itself (a picture’s description) “tic”.',
    confidence: 'H',
  },
  {
    id: 'pen(s)',
    en: ['pen', 'pens'],
    cy: ['pin ysgrifennu', 'pinnau ysgrifennu'],
    avoidCy: [/\b(p|b|ph|mh)ennau\b/i, /\b(b|f|m)eiro(s|au)?\b/i],
    note: '“Pennau” are also heads; “beiro” is a borrowing that the plain Welsh does not use, so Easy Read says “pin ysgrifennu” too.',
    confidence: 'L',
  },
  {
    id: 'drawing',
    en: ['draw', 'drawing'],
    cy: ['tynnu llun', 'tynnu lluniau', 'tynnwch lun', 'llun'],
    avoidCy: [/lluniadu/i],
    note: 'Everyday “tynnu lluniau”, not the art-school “lluniadu”.',
    confidence: 'M',
  },
  {
    id: 'it (pronoun)',
    en: [],
    cy: ['e'],
    avoidCy: [/\bef\b/i],
    note: '“E” (“ysgrifennwch e”, “delio ag e”), as the rest of our Welsh; “ef” is the literary form.',
    confidence: 'H',
  },
  {
    id: 'the middle of the 1 to 5 scale',
    en: [],
    cy: ['gweddol'],
    avoidCy: [/\bcanolig\b/i],
    note: '“Gweddol”, how people say something was just OK, in plain and Easy Read; “canolig” is “medium” (register, section 1).',
    confidence: 'L',
  },
];

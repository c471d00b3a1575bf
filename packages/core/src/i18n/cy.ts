import type { SharedStrings } from './en.js';

/**
 * Cymraeg: the shared strings.
 *
 * Counts and mutations: one policy for every element's Welsh (the same text
 * is in welsh-counts.ts, which a test checks every plural message against,
 * and in WELSH-REGISTER.md):
 *
 * - 1: the singular ("1 penderfyniad"); feminine nouns soft-mutate after
 *   "un", except ll and rh ("1 broblem").
 * - 2: the soft-mutated singular ("2 benderfyniad", "2 berson").
 * - 3: the singular, aspirate-mutated if masculine ("3 phenderfyniad",
 *   "3 pherson"); feminine nouns stay as they are after "tair" ("3 sgôr").
 * - 6: the aspirate-mutated singular ("6 phenderfyniad").
 * - 0 and every other number: "o" and the plural, soft-mutated after "o"
 *   ("20 o benderfyniadau", "4 o bobl"), which is right for any number.
 * - Units (munud, eiliad, nod for a typed character, llythyren) stay singular
 *   after every number, as on clocks and GOV.UK Welsh forms ("20 munud"),
 *   mutating after 1, 2, 3 and 6 like any noun ("2 funud").
 *
 * So every Welsh plural message spells out all six forms (zero, one, two,
 * few, many, other), even where some are the same. English needs only
 * `one` and `other`.
 *
 * The words themselves follow glossary.ts; choices still open for a fluent
 * reviewer are in WELSH-REGISTER.md.
 */
export const cy: SharedStrings = {
  'meta.intlLocale': 'cy-GB',
  /** Month names, January first, separated by commas. */
  'date.months': 'Ionawr,Chwefror,Mawrth,Ebrill,Mai,Mehefin,Gorffennaf,Awst,Medi,Hydref,Tachwedd,Rhagfyr',
  'date.format': '{day} {month} {year}',
  'list.and': 'a',
  'list.andBeforeVowel': 'ac',
  'date.day': 'Diwrnod',
  'date.month': 'Mis',
  'date.year': 'Blwyddyn',

  'action.change': 'Newid',
  'action.remove': 'Tynnu',
  'action.save': 'Cadw',
  'action.cancel': 'Canslo',
  'action.undo': 'Dadwneud',
  'action.dismiss': 'Cuddio’r neges hon',
  'action.dismissProblems': {
    zero: 'Cuddio’r problemau hyn',
    one: 'Cuddio’r broblem hon',
    two: 'Cuddio’r problemau hyn',
    few: 'Cuddio’r problemau hyn',
    many: 'Cuddio’r problemau hyn',
    other: 'Cuddio’r problemau hyn',
  },

  'error.heading': 'Mae problem wedi codi',
  'error.headingLevel':
    'Does dim modd defnyddio “{value}” fel lefel pennawd: rhowch rif o 1 i 6. Mae lefel 2 yn cael ei defnyddio yn lle hynny.',
  'error.prefix': 'Gwall:',
  'error.data':
    'Ceisiodd y dudalen lwytho sesiwn sydd ddim yn y ffurf gywir, felly rydyn ni wedi cadw’r hyn oedd yma’n barod.',
  'error.change': 'Doedd dim modd cadw’r newid hwnnw, felly rydyn ni wedi cadw’r hyn oedd yno o’r blaen.',
  'error.file':
    'Does dim modd agor “{file}” yma. Dydy e ddim yn gopi a gadwyd o’r offeryn hwn, neu mae wedi cael ei newid. Does dim byd ar y sgrin wedi newid.',
  'error.fileNewer':
    'Cafodd “{file}” ei wneud gan fersiwn fwy newydd o’r offeryn hwn, felly does dim modd ei agor yma. Does dim byd ar y sgrin wedi newid.',
  'error.fileTooBig':
    'Mae “{file}” yn rhy fawr i fod yn gopi a gadwyd o’r offeryn hwn. Does dim byd ar y sgrin wedi newid.',
  'error.storageUnreadable':
    'Doedd dim modd darllen y sesiwn a gadwyd yn y porwr hwn, felly rydyn ni wedi dechrau un newydd. Mae’r hen gopi wedi’i gadw’n ddiogel yn y porwr hwn, felly dydy e ddim wedi’i golli.',
  'error.storageUnreadableNotKept':
    'Doedd dim modd darllen y sesiwn a gadwyd yn y porwr hwn. Er mwyn ei chadw’n ddiogel, fyddwn ni ddim yn cadw drosti, felly lawrlwythwch gopi i gadw gwaith heddiw.',
  'error.storageNewer':
    'Daw’r sesiwn a gadwyd yn y porwr hwn o fersiwn fwy newydd o’r offeryn hwn. Dydyn ni ddim wedi ei newid. Lawrlwythwch gopi i gadw gwaith heddiw.',
  'error.storageFull':
    'Does dim lle ar ôl yn y porwr hwn i gadw’r sesiwn. Mae eich gwaith ar y sgrin o hyd: lawrlwythwch gopi i’w gadw.',
  'error.storageUnavailable':
    'Dydy’r porwr hwn ddim yn gadael i ni gadw’r sesiwn. Mae eich gwaith ar y sgrin o hyd: lawrlwythwch gopi i’w gadw.',
  'error.duplicateName':
    'Mae “{name}” ar y rhestr enwau ddwywaith. Mae angen enw gwahanol ar bob person, felly maen nhw ar y rhestr unwaith.',
  'error.longName':
    'Mae enw ar y rhestr yn rhy hir. Gall enwau fod hyd at {max} llythyren, felly mae wedi’i adael allan.',
  'error.unusableName':
    'Does dim modd defnyddio “{name}” fel enw yma, felly mae wedi’i adael allan. Ysgrifennwch e mewn ffordd arall.',
  'error.tooManyPeople': 'Mae mwy na {max} o enwau, felly dim ond y {max} cyntaf sy’n cael eu dangos.',
  'error.emptyItem': 'Rhowch yr hyn rydych chi eisiau ei ychwanegu',
  'error.languageUnavailable':
    'Doedden ni ddim yn gallu llwytho’r geiriau yn yr iaith hon ({language}), felly mae hyn yn Saesneg. Gallai ail-lwytho’r dudalen helpu.',
  'error.easyReadUnavailable':
    'Doedden ni ddim yn gallu llwytho’r geiriau Hawdd ei Ddeall, felly mae’r geiriau arferol yn cael eu dangos. Gallai ail-lwytho’r dudalen helpu.',
  'error.partUnavailable':
    'Doedden ni ddim yn gallu llwytho’r rhan o’r offeryn hwn sy’n gwneud hynny, felly does dim byd wedi newid. Gwiriwch eich cysylltiad â’r rhyngrwyd a rhowch gynnig arall arni.',
  'language.cy': 'Cymraeg',
  'people.empty': 'Neb eto.',
  'people.add': 'Ychwanegu person',
  'people.addButton': 'Ychwanegu’r person',
  'people.absent': 'Ddim yma heddiw',
  'people.absentStatus': 'ddim yma heddiw',
  'people.rename': 'Newid yr enw',
  'people.renameLabel': 'Enw newydd ar gyfer {name}',
  'people.renameSave': 'Cadw’r enw',
  'error.emptyName': 'Rhowch enw',
  'error.nameUnusable': 'Does dim modd defnyddio’r enw hwnnw yma. Ysgrifennwch e mewn ffordd arall',
  'error.nameTaken': 'Mae’r enw hwnnw yn y rhestr yn barod',
  'error.peopleFull': 'Mae’r rhestr o bobl yn llawn. Tynnwch rywun i ychwanegu rhywun arall.',
  'status.personAdded': 'Wedi ychwanegu {name}.',
  'status.personRemoved':
    'Wedi tynnu {name}. Mae unrhyw beth a roddon nhw’n cael ei gadw os byddan nhw’n cael eu hychwanegu eto.',
  'status.personRenamed': 'Enw newydd: {to} (yn lle {from}).',
  'status.personAbsent': 'Dydy {name} ddim yma heddiw.',
  'status.personBack': 'Mae {name} yma heddiw.',
  'tools.heading': 'Cadw neu rannu’r sesiwn hon',
  'tools.savedHere': 'Mae popeth yn cael ei gadw yn y porwr hwn wrth i chi weithio.',
  'tools.notSaved': 'Does dim byd yn cael ei gadw yn y porwr hwn. Lawrlwythwch gopi i’w gadw.',
  'tools.downloadCopy': 'Lawrlwytho copi',
  'tools.downloadSpreadsheet': 'Lawrlwytho fel taenlen',
  'tools.print': 'Argraffu',
  'tools.open': 'Agor copi wedi’i gadw',
  'tools.openHint':
    'Dewiswch ffeil a lawrlwythoch chi o’r fan hon o’r blaen. Mae’n cymryd lle’r hyn sydd ar y sgrin, a gallwch ei ddadwneud.',
  'csv.yes': 'Ie',
  'status.itemAdded': 'Wedi ychwanegu “{text}”.',
  'status.itemRemoved': 'Wedi tynnu “{text}”.',
  'status.saved': 'Wedi’i gadw.',
  'status.opened': 'Wedi agor “{file}”.',
  'status.undone': 'Wedi dadwneud.',
  'status.undoneKeptTheirs':
    'Wedi dadwneud. Mae rhywun arall wedi newid rhan o hyn ers hynny, felly mae eu newid nhw wedi’i gadw.',
  'sync.conflict':
    'Cafodd hyn ei newid yn rhywle arall hefyd tra oeddech chi’n ei newid. Mae eich fersiwn chi’n cael ei chadw nes i chi ddewis.',
  'sync.mine': 'Eich un chi: “{value}”',
  'sync.theirs': 'Eu hun nhw: “{value}”',
  'action.keepMine': 'Cadw fy un i',
  'action.useTheirs': 'Defnyddio eu hun nhw',
  'status.keptMine': 'Wedi cadw eich un chi.',
  'status.usedTheirs': 'Wedi defnyddio eu hun nhw.',
  'error.sharedRefused':
    'Doedd newid a wnaed yn rhywle arall ddim yn ffitio’r sesiwn hon, felly rydyn ni wedi’i adael allan ac wedi cadw’r hyn oedd yma.',
  'error.changeRefused': 'Wnaeth copi’r grŵp ddim derbyn eich newid diwethaf, felly mae hwn yn dangos copi’r grŵp eto.',
  'error.changesRefused':
    'Mae copi’r grŵp yn dal i wrthod newidiadau o fan hyn. Mae’r hyn rydych chi’n ei wneud yn cael ei gadw ar y ddyfais hon. Gofynnwch i’r person sy’n arwain y cyfarfod.',
  'status.downloaded': 'Mae eich lawrlwythiad wedi dechrau.',
};

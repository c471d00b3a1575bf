import type { Strings } from './en.js';
import type { easyReadEn } from './easy-read-en.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh): the shared strings. The same
 * keys as the English (TypeScript checks). Needs a review by a fluent
 * speaker who writes Easy Read Welsh before it ships.
 */
export const easyReadCy: Strings<typeof easyReadEn> = {
  'action.cancel': 'Mynd yn ôl',
  'action.undo': 'Rhoi’n ôl',
  'error.change': 'Doedden ni ddim yn gallu cadw’r newid hwnnw. Does dim byd wedi newid.',
  'error.file': 'Dydy “{file}” ddim yn agor yma. Dydy e ddim yn gopi o’r dudalen hon. Does dim byd wedi newid.',
  'error.fileNewer':
    'Daw “{file}” o fersiwn fwy newydd o’r dudalen hon. Dydy e ddim yn agor yma. Does dim byd wedi newid.',
  'error.fileTooBig': 'Mae “{file}” yn rhy fawr. Dydy e ddim yn agor yma. Does dim byd wedi newid.',
  'error.storageUnreadable':
    'Doedden ni ddim yn gallu darllen y gwaith a gadwyd yma. Felly rydyn ni wedi dechrau eto. Mae eich hen waith yn dal yn ddiogel.',
  'error.storageUnreadableNotKept':
    'Doedden ni ddim yn gallu darllen y gwaith a gadwyd yma. Fyddwn ni ddim yn cadw drosto. Lawrlwythwch gopi i gadw gwaith heddiw.',
  'error.storageNewer':
    'Daw’r gwaith a gadwyd yma o fersiwn fwy newydd o’r dudalen hon. Dydyn ni ddim wedi ei newid. Lawrlwythwch gopi i gadw gwaith heddiw.',
  'error.storageFull': 'Does dim mwy o le i gadw yma. Mae eich gwaith ar y sgrin o hyd. Lawrlwythwch gopi i’w gadw.',
  'error.storageUnavailable':
    'Dydy’r porwr gwe hwn ddim yn gadael i ni gadw. Mae eich gwaith ar y sgrin o hyd. Lawrlwythwch gopi i’w gadw.',
  'error.emptyItem': 'Ysgrifennwch rywbeth yn gyntaf',
  'error.languageUnavailable':
    'Doedden ni ddim yn gallu cael y geiriau yn yr iaith hon ({language}). Felly mae’r geiriau yn Saesneg. Ceisiwch agor y dudalen eto.',
  'error.partUnavailable':
    'Doedden ni ddim yn gallu cael y rhan hon o’r dudalen. Does dim byd wedi newid. Gwiriwch eich bod chi ar-lein. Yna rhowch gynnig arall arni.',
  'tools.heading': 'Cadw neu rannu eich gwaith',
  'tools.savedHere': 'Mae eich gwaith yn cadw ar ei ben ei hun. Mae’n cael ei gadw yn y porwr gwe hwn.',
  'tools.notSaved': 'Dydy eich gwaith ddim yn cael ei gadw yma. Lawrlwythwch gopi i’w gadw.',
  'tools.openHint':
    'Dewiswch gopi y lawrlwythoch chi o’r blaen. Mae’n cymryd lle’r hyn sydd ar y sgrin. Gallwch ei roi’n ôl.',
  'status.undone': 'Rydyn ni wedi ei roi’n ôl fel roedd e.',
  'status.undoneKeptTheirs':
    'Rydyn ni wedi rhoi eich newid yn ôl. Newidiodd rhywun arall e hefyd. Rydyn ni wedi cadw eu newid nhw.',
  'sync.conflict':
    'Mae rhywun arall wedi newid hyn hefyd. Rydyn ni wedi cadw beth roesoch chi am nawr. Dewiswch pa un i’w gadw.',
  'sync.mine': 'Beth roesoch chi: “{value}”',
  'sync.theirs': 'Beth roion nhw: “{value}”',
  'action.keepMine': 'Cadw beth roais i',
  'action.useTheirs': 'Defnyddio beth roion nhw',
  'status.keptMine': 'Rydyn ni wedi cadw beth roesoch chi.',
  'status.usedTheirs': 'Rydyn ni wedi defnyddio beth roion nhw.',
  'error.sharedRefused':
    'Doedd newid o rywle arall ddim yn ffitio. Wnaethon ni ddim ei ddefnyddio. Mae eich gwaith yr un fath.',
  'error.changeRefused': 'Doedd eich newid diwethaf ddim yn gallu mynd i’r grŵp. Rydych chi’n gweld copi’r grŵp nawr.',
  'error.changesRefused':
    'Dydy eich newidiadau ddim yn gallu mynd i’r grŵp. Maen nhw’n cael eu cadw ar y ffôn neu’r cyfrifiadur hwn. Gofynnwch i’r person sy’n arwain y cyfarfod.',
  'status.downloaded': 'Mae eich copi yn lawrlwytho.',
  'people.empty': 'Dim enwau eto.',
  'people.add': 'Ychwanegu enw',
  'people.addButton': 'Ychwanegu’r enw',
  'error.emptyName': 'Ysgrifennwch enw',
  'error.nameUnusable': 'Allwn ni ddim defnyddio’r enw hwnnw yma. Ysgrifennwch e mewn ffordd wahanol',
  'error.nameTaken': 'Mae’r enw hwnnw ar y rhestr yn barod',
  'error.peopleFull': 'Mae’r rhestr o bobl yn llawn. Tynnwch rywun oddi arni i ychwanegu person newydd.',
  'status.personRemoved': 'Rydyn ni wedi tynnu {name} oddi ar y rhestr. Rydyn ni’n cadw beth roddon nhw.',
  'easy.picture.agree': 'Bawd yn pwyntio i fyny',
  'easy.picture.concern': 'Bawd i fyny, gyda swigen siarad',
  'easy.picture.not-yet': 'Llaw i fyny, i ddweud aros',
  'easy.picture.pass': 'Saeth yn mynd heibio',
  'easy.picture.not-here': 'Cadair wag',
  'easy.picture.ladder': 'Ysgol',
  'easy.picture.snake': 'Neidr',
  'easy.picture.lake': 'Llyn',
  'easy.picture.seedling': 'Planhigyn bach yn dechrau tyfu',
  'easy.picture.tree': 'Coeden fawr',
  'easy.picture.face-1': 'Wyneb trist iawn',
  'easy.picture.face-2': 'Wyneb trist',
  'easy.picture.face-3': 'Wyneb sydd ddim yn hapus nac yn drist',
  'easy.picture.face-4': 'Wyneb hapus',
  'easy.picture.face-5': 'Wyneb hapus iawn',
  'easy.picture.people': 'Grŵp o bobl',
  'easy.picture.meeting': 'Pobl yn eistedd o gwmpas bwrdd',
  'easy.picture.screen': 'Gliniadur',
  'easy.picture.clock': 'Cloc',
  'easy.picture.question': 'Marc cwestiwn',
  'easy.picture.idea': 'Bwlb golau, am syniad',
  'easy.picture.decision': 'Arwyddbost',
  'easy.picture.working': 'Morthwyl, am waith sy’n digwydd',
  'easy.picture.done': 'Tic',
  'easy.picture.could-not': 'Croes',
  'easy.picture.feedback': 'Swigen siarad',
  'easy.picture.icebreaker': 'Llaw yn codi i ddweud helo',
  'easy.picture.value': 'Calon',
  'easy.picture.rules': 'Rhestr ar glipfwrdd',
  'easy.picture.calendar': 'Calendr',
  'easy.picture.mark': 'Seren',
  'easy.picture.private': 'Llygad ar gau',
  // Problemau gyda’r enwau neu’r gwaith a roddodd y dudalen (new with #14: the group sees them too)
  'error.data': 'Ceisiodd y dudalen hon agor gwaith allwn ni ddim ei ddarllen. Rydyn ni wedi cadw’r hyn oedd yma.',
  'error.duplicateName': 'Mae “{name}” ar y rhestr ddwywaith. Rydyn ni’n dangos pob enw unwaith.',
  'error.longName':
    'Mae enw ar y rhestr yn rhy hir. Gall enw gael hyd at {max} llythyren. Rydyn ni wedi ei adael allan.',
  'error.unusableName':
    'Allwn ni ddim defnyddio “{name}” fel enw yma. Rydyn ni wedi ei adael allan. Ysgrifennwch e mewn ffordd wahanol.',
  'error.tooManyPeople': 'Mae gormod o enwau. Rydyn ni’n dangos y {max} cyntaf.',
};

import type { Strings } from '@coproduce/core';
import type { decisionLogEasyEn } from './easy-read-en.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh) for <decision-log>, on the terms
 * of WELSH.md (Ble mae arni, newid for a history entry, no "i" before a name
 * that cannot mutate). The same keys as the English (TypeScript checks).
 * Needs a fluent Easy Read Welsh reviewer before it ships.
 */
export const decisionLogEasyCy: Strings<typeof decisionLogEasyEn> = {
  title: 'Beth wnaethon ni ei benderfynu',
  intro:
    'Dyma restr o’n penderfyniadau. Mae penderfyniad yn rhywbeth wnaethon ni ddewis ei wneud. Mae pob un yn dweud pam, a phwy oedd yno. Mae’n dweud beth ddigwyddodd wedyn. Rydyn ni’n cadw pob newid.',
  'board.title': 'Eich syniadau a beth wnaethon ni',
  'board.intro':
    'Dywedodd pobl eu syniadau wrthon ni. Dyma beth wnaethon ni ei benderfynu. Dyma beth ddigwyddodd wedyn.',
  'log.empty': 'Does dim penderfyniadau yma eto.',
  'log.readonly': 'Gallwch chi ddarllen y rhestr hon. Allwch chi ddim ei newid hi yma.',
  'tools.heading': 'Cadw neu rannu’r rhestr hon',

  'error.title': 'Ysgrifennwch enw byr',
  'error.what': 'Ysgrifennwch beth wnaethon ni ei benderfynu',
  'error.decidedOn': 'Ysgrifennwch ddyddiad go iawn. Er enghraifft: 27 3 2026',
  'error.reviewOn': 'Ysgrifennwch ddyddiad go iawn, neu gadewch e’n wag',
  'error.method': 'Dewiswch sut wnaethon ni benderfynu',
  'error.votes': 'Ysgrifennwch bob nifer o bleidleisiau fel rhif. Er enghraifft: 5',
  'error.delegatedTo': 'Ysgrifennwch pwy wnaethon ni ofyn iddyn nhw benderfynu',
  'error.whoDecides': 'Ysgrifennwch pwy sy’n penderfynu',
  'error.peopleUnusable': 'Allwn ni ddim defnyddio un o’r enwau. Ysgrifennwch e mewn ffordd wahanol',
  'error.people': 'Ysgrifennwch hyd at 40 o enwau. Rhowch goma rhwng enwau. Ysgrifennwch bob enw unwaith.',
  'error.tags': 'Ysgrifennwch hyd at 12 o labeli. Rhowch goma rhwng labeli.',
  'error.youSaid': 'Ysgrifennwch hyd at 20 o linellau. Gall pob llinell fod hyd at 1,000 llythyren.',
  'error.statusChoice': 'Dewiswch ble mae arni nawr',
  'error.changeDate': 'Ysgrifennwch ddyddiad go iawn. Er enghraifft: 27 3 2026',
  'error.reason': 'Dywedwch pam na allwn ni ei wneud',
  'error.result': 'Dewiswch beth ddigwyddodd, os gwelwch yn dda',
  'error.outcomeText': 'Dywedwch beth wnaethon ni. Neu dywedwch pam na allen ni ei wneud',
  'error.dayFrom': 'Ysgrifennwch ddyddiad cyntaf go iawn. Er enghraifft: 1 2 2026',
  'error.dayTo': 'Ysgrifennwch ddyddiad olaf go iawn. Er enghraifft: 28 2 2026',

  'status.proposed': 'Mae rhywun wedi’i awgrymu',
  'status.agreed': 'Gwnaethon ni ddweud ie',
  'status.in-progress': 'Rydyn ni’n ei wneud',
  'status.done': 'Gwnaethon ni e',
  'status.not-possible': 'Allwn ni ddim ei wneud',
  'counts.heading': 'Ble mae ein penderfyniadau arni nawr',

  'find.searchHint': 'Teipiwch air i chwilio amdano',
  'find.status': 'Ble mae arni nawr',
  'find.tag': 'Gyda’r label',
  'find.from': 'Wedi’i benderfynu ar neu ar ôl',
  'find.to': 'Wedi’i benderfynu ar neu cyn',
  'find.due': 'Dim ond y rhai i edrych arnyn nhw eto',
  'find.order': 'Eu dangos yn y drefn hon',
  'find.timeline': 'Fis wrth fis',
  'find.clear': 'Dangos pob penderfyniad eto',
  'find.showing': {
    zero: 'Yn dangos {count} o benderfyniadau, allan o {total}.',
    one: 'Yn dangos {count} penderfyniad, allan o {total}.',
    two: 'Yn dangos {count} benderfyniad, allan o {total}.',
    few: 'Yn dangos {count} phenderfyniad, allan o {total}.',
    many: 'Yn dangos {count} phenderfyniad, allan o {total}.',
    other: 'Yn dangos {count} o benderfyniadau, allan o {total}.',
  },
  'find.none': 'Does dim penderfyniadau’n cyfateb. Rhowch gynnig ar lai o eiriau. Neu dangoswch bob penderfyniad eto.',

  'row.decided': 'Fe wnaethon ni benderfynu hyn ar {date}.',
  'row.due': 'Amser i edrych arno eto',
  'row.couldNot': 'Doedden ni ddim yn gallu ei wneud',

  'decision.why': 'Pam wnaethon ni benderfynu hyn',
  'decision.how': 'Sut wnaethon ni benderfynu',
  'decision.people': 'Pwy oedd yno',
  'decision.youSaid': 'Beth ddywedodd pobl wrthon ni',
  'decision.tags': 'Labeli',
  'decision.reviewOn': 'Byddwn ni’n edrych arno eto ar',
  'decision.status': 'Ble mae arni nawr',
  'decision.statusSince': 'Nawr: {status}.',
  'how.consensus': 'Roedd pawb yn cytuno.',
  'how.consent': 'Wnaeth neb ddweud na.',
  'how.vote':
    'Gwnaethon ni bleidleisio. Dywedodd {for} ie. Dywedodd {against} na. Wnaeth {abstained} ddim pleidleisio.',
  'how.delegated': 'Gwnaethon ni ofyn i rywun arall benderfynu: {who}.',
  'how.delegatedUnnamed': 'Gwnaethon ni ofyn i rywun arall benderfynu.',
  'how.not-ours': 'Allwn ni ddim penderfynu hyn. {who} sy’n penderfynu.',
  'outcome.did': 'Beth wnaethon ni: {text}',
  'outcome.could-not': 'Doedden ni ddim yn gallu ei wneud. Dyma pam: {text}',

  'history.count': {
    zero: '{count} o newidiadau',
    one: '{count} newid',
    two: '{count} newid',
    few: '{count} newid',
    many: '{count} newid',
    other: '{count} o newidiadau',
  },
  'history.status': 'Nawr: {status}.',
  'history.could-not': 'Doedden ni ddim yn gallu ei wneud.',
  'history.edited': 'Gwnaethon ni newid y manylion. Cyn hynny, roedd yn dweud:',

  'update.heading': 'Dweud ble mae arni nawr',
  'update.status': 'Ble mae arni nawr?',
  'update.dateHint': 'Er enghraifft: 27 3 2026. Gadewch e os oedd e heddiw.',
  'update.note': 'Ysgrifennwch fwy amdano',
  'update.noteHint': 'Does dim rhaid i chi. Os na allwn ni ei wneud, dywedwch pam.',
  'outcome.heading': 'Ysgrifennu beth ddigwyddodd',
  'outcome.resultCouldNot': 'Doedden ni ddim yn gallu ei wneud',
  'outcome.text': 'Beth wnaethon ni. Neu pam na allen ni ei wneud',

  'action.record': 'Ysgrifennu penderfyniad',
  'action.correct': 'Newid y manylion',
  'form.recordHeading': 'Ysgrifennu penderfyniad',
  'form.correctHeading': 'Newid manylion “{title}”',
  'form.correctHint': 'Rydyn ni’n cadw’r hen eiriau yn yr hanes.',
  'form.title': 'Enw byr ar ei gyfer',
  'form.titleHint': 'Ychydig eiriau. Maen nhw’n eich helpu i ddod o hyd iddo wedyn.',
  'form.decidedOn': 'Pryd wnaethon ni benderfynu?',
  'form.dayHint': 'Er enghraifft: 27 3 2026',
  'form.what': 'Beth wnaethon ni ei benderfynu?',
  'form.why': 'Pam? (does dim rhaid i chi lenwi hwn)',
  'form.how': 'Sut wnaethon ni benderfynu?',
  'method.consensus': 'Roedd pawb yn cytuno',
  'method.consent': 'Wnaeth neb ddweud na',
  'method.vote': 'Gwnaethon ni bleidleisio',
  'method.delegated': 'Gwnaethon ni ofyn i rywun arall benderfynu',
  'method.not-ours': 'Allwn ni ddim penderfynu hyn',
  'form.votesFor': 'Faint ddywedodd ie',
  'form.votesAgainst': 'Faint ddywedodd na',
  'form.delegatedTo': 'Pwy wnaethon ni ofyn iddyn nhw benderfynu?',
  'form.whoDecides': 'Pwy sy’n penderfynu?',
  'form.whoDecidesHint': 'Er enghraifft: arweinwyr y cyngor. Gall pawb weld hyn.',
  'form.people': 'Pwy oedd yno? (does dim rhaid i chi lenwi hwn)',
  'form.peopleHint': 'Ysgrifennwch enwau cyntaf yn unig. Rhowch goma rhwng enwau.',
  'form.youSaid': 'Beth ddywedodd pobl wrthon ni? (does dim rhaid i chi lenwi hwn)',
  'form.youSaidHint': 'Ysgrifennwch beth ddywedodd pobl wrthon ni. Rhowch bob un ar linell newydd.',
  'form.tags': 'Labeli (does dim rhaid i chi lenwi hwn)',
  'form.tagsHint':
    'Mae labeli’n eich helpu i ddod o hyd iddo. Rhowch goma rhwng labeli. Er enghraifft: caffi, oriau agor.',
  'form.reviewOn': 'Pryd byddwn ni’n edrych arno eto? (does dim rhaid i chi lenwi hwn)',
  'form.status': 'Ble mae arni nawr?',
  'form.saveCorrection': 'Cadw’r newidiadau',

  'announce.recorded': 'Rydyn ni wedi ysgrifennu “{title}”.',
  'announce.updated': '“{title}”: {status}.',
  'announce.outcome': 'Rydyn ni wedi cadw beth ddigwyddodd.',
  'announce.corrected': 'Rydyn ni wedi cadw’r newidiadau. Mae’r hen eiriau yn yr hanes.',

  // Cadw a rhannu’r rhestr (new with #14: strings the group met in plain words)
  'log.notAllShown': 'Doedden ni ddim yn gallu cael y rhestr gyfan. Rydyn ni’n dangos y {shown} cyntaf o {total}.',
  'tools.downloadPublic': 'Lawrlwytho’r copi i bawb ei weld',
  'tools.publicHint':
    'Dim ond y penderfyniadau rydych chi wedi dewis eu dangos sydd yn y copi hwn. Does dim enwau ynddo. Rhowch e ar eich gwefan i bawb ei weld.',
  'tools.openCsvHint':
    'Dewiswch daenlen wnaethoch chi ei lawrlwytho o fan hyn. Neu un gyda’r un colofnau. Rydyn ni’n ychwanegu ei phenderfyniadau at y rhestr hon.',
  'error.source': 'Doedden ni ddim yn gallu cael y penderfyniadau. Rhowch gynnig arall arni nes ymlaen.',
  'error.sourceTimeout': 'Roedd y penderfyniadau yn rhy hir yn dod. Rhowch gynnig arall arni nes ymlaen.',
  'error.sourceTooBig': 'Mae gormod o benderfyniadau i’w dangos yma.',
  'error.sourceNewer': 'Daw’r penderfyniadau o fersiwn fwy newydd o’r dudalen hon. Allwn ni ddim eu dangos yma.',
  'error.sourceInvalid': 'Allwn ni ddim darllen y penderfyniadau. Felly allwn ni ddim eu dangos.',
  'error.csv':
    'Doedden ni ddim yn gallu ychwanegu penderfyniadau o “{file}”. Dydy rhes {row} ddim yn iawn. Wnaethon ni ddim ychwanegu dim byd.',
  'error.csvTooBig': 'Mae “{file}” yn rhy fawr i’w ychwanegu. Wnaethon ni ddim ychwanegu dim byd.',
  'error.csvTooMany': {
    zero: 'Mae {rows} o benderfyniadau newydd yn “{file}”. Dim ond lle i {room} arall sydd. Wnaethon ni ddim ychwanegu dim byd.',
    one: 'Mae {rows} penderfyniad newydd yn “{file}”. Dim ond lle i {room} arall sydd. Wnaethon ni ddim ychwanegu dim byd.',
    two: 'Mae {rows} benderfyniad newydd yn “{file}”. Dim ond lle i {room} arall sydd. Wnaethon ni ddim ychwanegu dim byd.',
    few: 'Mae {rows} phenderfyniad newydd yn “{file}”. Dim ond lle i {room} arall sydd. Wnaethon ni ddim ychwanegu dim byd.',
    many: 'Mae {rows} phenderfyniad newydd yn “{file}”. Dim ond lle i {room} arall sydd. Wnaethon ni ddim ychwanegu dim byd.',
    other:
      'Mae {rows} o benderfyniadau newydd yn “{file}”. Dim ond lle i {room} arall sydd. Wnaethon ni ddim ychwanegu dim byd.',
  },
  'error.logFull': {
    zero: 'Mae {rows} o benderfyniadau newydd yn “{file}”. Mae’r rhestr yn llawn. Lawrlwythwch gopi. Yna dechreuwch restr newydd i ychwanegu rhagor. Wnaethon ni ddim ychwanegu dim byd.',
    one: 'Mae {rows} penderfyniad newydd yn “{file}”. Mae’r rhestr yn llawn. Lawrlwythwch gopi. Yna dechreuwch restr newydd i ychwanegu rhagor. Wnaethon ni ddim ychwanegu dim byd.',
    two: 'Mae {rows} benderfyniad newydd yn “{file}”. Mae’r rhestr yn llawn. Lawrlwythwch gopi. Yna dechreuwch restr newydd i ychwanegu rhagor. Wnaethon ni ddim ychwanegu dim byd.',
    few: 'Mae {rows} phenderfyniad newydd yn “{file}”. Mae’r rhestr yn llawn. Lawrlwythwch gopi. Yna dechreuwch restr newydd i ychwanegu rhagor. Wnaethon ni ddim ychwanegu dim byd.',
    many: 'Mae {rows} phenderfyniad newydd yn “{file}”. Mae’r rhestr yn llawn. Lawrlwythwch gopi. Yna dechreuwch restr newydd i ychwanegu rhagor. Wnaethon ni ddim ychwanegu dim byd.',
    other:
      'Mae {rows} o benderfyniadau newydd yn “{file}”. Mae’r rhestr yn llawn. Lawrlwythwch gopi. Yna dechreuwch restr newydd i ychwanegu rhagor. Wnaethon ni ddim ychwanegu dim byd.',
  },

  'find.fold': 'Chwilio am benderfyniadau',
  'find.search': 'Geiriau i chwilio amdanyn nhw',

  // Yr hysbysfwrdd i bawb
  'decision.board': 'Yn cael ei ddangos i bawb',
  'decision.boardHidden': 'Nac ydy',
  'decision.boardShown': 'Ydy',
  'decision.boardWith': 'Ydy, gyda: {fields}',
  'form.board': 'Ei ddangos i bawb',
  'form.boardShown': 'Dangos y penderfyniad hwn i bawb',
  'form.boardHint':
    'Mae pawb yn gweld ei enw, y dyddiad a beth wnaethon ni ei benderfynu. Maen nhw’n gweld ei labeli, a ble mae arni nawr. Ticiwch beth arall i’w ddangos. Dim ond dangos pwy oedd yno os yw eich gwefan yn caniatáu enwau.',
  'board.how': 'Sut wnaethon ni benderfynu',
  'board.people': 'Pwy oedd yno',
  'board.you-said': 'Beth ddywedodd pobl wrthon ni',
  'board.progress': 'Nodiadau am beth newidiodd',
  'board.review': 'Pryd byddwn ni’n edrych arno eto',
};

import type { Strings } from '@coproduce/core';
import type { coproductionProjectEasyEn } from './easy-read-en.js';

/** Hawdd ei Ddeall: <coproduction-project> (see easy-read-en.ts). */
export const coproductionProjectEasyCy: Strings<typeof coproductionProjectEasyEn> = {
  'status.connecting': 'Wrthi’n paratoi. Arhoswch os gwelwch yn dda.',
  'status.connected': {
    zero: 'Rydych chi yn y sesiwn fyw. Mae {count} o bobl yma.',
    one: 'Rydych chi yn y sesiwn fyw. Does neb arall yma eto.',
    two: 'Rydych chi yn y sesiwn fyw. Mae {count} berson yma.',
    few: 'Rydych chi yn y sesiwn fyw. Mae {count} pherson yma.',
    many: 'Rydych chi yn y sesiwn fyw. Mae {count} pherson yma.',
    other: 'Rydych chi yn y sesiwn fyw. Mae {count} o bobl yma.',
  },
  'status.offline':
    'Dydych chi ddim ar-lein nawr. Mae eich atebion yn ddiogel ar y ffôn hwn. Rydyn ni’n eu hanfon pan fyddwch chi ar-lein eto.',
  'status.reconnecting': 'Collon ni’r cysylltiad. Rydyn ni’n trio eto.',
  'status.refused': 'Dydy’r ddolen hon ddim yn gweithio nawr. Gofynnwch i’r person sy’n arwain am ddolen newydd.',

  'join.heading': 'Cymryd rhan ar eich ffôn eich hun',
  'join.intro':
    'Gallwch chi gymryd rhan ar eich ffôn eich hun. Agorwch y ddolen. Neu pwyntiwch gamera eich ffôn at y cod sgwâr. Yna dewiswch eich enw.',
  'join.link': 'Y ddolen',
  'join.copy': 'Copïo’r ddolen nawr',
  'join.copied': 'Mae’r ddolen wedi’i chopïo.',
  'join.copyFailed': 'Doedden ni ddim yn gallu copïo’r ddolen. Copïwch hi eich hun.',
  'join.qr': 'Cod sgwâr ar gyfer y ddolen. Pwyntiwch gamera ffôn ato. Mae’r ffôn yn agor y ddolen.',
  'join.loading': 'Wrthi’n gwneud y ddolen. Arhoswch os gwelwch yn dda.',
  'join.failed': 'Doedden ni ddim yn gallu gwneud y ddolen. Gwiriwch eich bod chi ar-lein. Yna triwch eto.',
  'join.tryAgain': 'Trio eto nawr',

  'who.heading': 'Beth yw eich enw chi?',
  'who.hint': 'Dewiswch eich enw. Mae’r grŵp yn gweld eich enw wrth ymyl eich atebion.',
  'who.other': 'Dydy fy enw i ddim ar y rhestr',
  'who.otherName': 'Ysgrifennwch eich enw',
  'who.submit': 'Ie, dyma fi',
  'who.missing': 'Dewiswch eich enw os gwelwch yn dda. Neu ysgrifennwch e.',
  'who.as': 'Eich enw yma yw {name}.',

  'error.server': 'Mae cyfeiriad y sesiwn fyw yn anghywir. Mae eich gwaith yn aros ar y ddyfais hon yn unig.',
  'error.room': 'Mae enw’r ystafell yn anghywir. Mae eich gwaith yn aros ar y ddyfais hon yn unig.',
  'error.token': 'Dydy’r ddolen hon ddim yn gyfan. Gofynnwch i’r person sy’n arwain am ddolen newydd.',
};

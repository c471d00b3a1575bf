import type { Strings } from '@coproduce/core';
import type { coproductionProjectEn } from './en.js';

/** Cymraeg: strings of <coproduction-project> (see core's cy.ts for counts and mutations, glossary.ts for words). */
export const coproductionProjectCy: Strings<typeof coproductionProjectEn> = {
  'status.connecting': 'Wrthi’n ymuno â’r sesiwn fyw…',
  'status.connected': {
    zero: 'Sesiwn fyw: wedi cysylltu. Mae {count} o bobl yma.',
    one: 'Sesiwn fyw: wedi cysylltu. Dim ond chi sydd yma hyd yn hyn.',
    two: 'Sesiwn fyw: wedi cysylltu. Mae {count} berson yma.',
    few: 'Sesiwn fyw: wedi cysylltu. Mae {count} pherson yma.',
    many: 'Sesiwn fyw: wedi cysylltu. Mae {count} pherson yma.',
    other: 'Sesiwn fyw: wedi cysylltu. Mae {count} o bobl yma.',
  },
  'status.offline':
    'All-lein. Mae eich newidiadau’n cael eu cadw ar y ddyfais hon a’u hanfon pan fyddwch chi ar-lein eto.',
  'status.reconnecting': 'Collwyd y cysylltiad. Wrthi’n ailgysylltu â’r sesiwn fyw…',
  'status.refused': 'Dydy’r ddolen hon ddim yn gweithio mwyach. Gofynnwch i’r person sy’n arwain am un newydd.',

  'join.heading': 'Ymuno ar eich ffôn eich hun',
  'join.intro':
    'Gall pawb gymryd rhan ar eu ffôn, eu llechen neu eu cyfrifiadur eu hunain. Agorwch y ddolen, neu pwyntiwch gamera’r ffôn at y cod, yna dewiswch eich enw.',
  'join.link': 'Dolen i ymuno',
  'join.copy': 'Copïo’r ddolen',
  'join.copied': 'Wedi copïo’r ddolen.',
  'join.copyFailed': 'Doedd dim modd copïo’r ddolen. Dewiswch hi a’i chopïo eich hun.',
  'join.qr': 'Cod QR ar gyfer y ddolen i ymuno. Pwyntiwch gamera ffôn ato i agor y ddolen.',
  'join.loading': 'Wrthi’n cael y ddolen…',
  'join.failed': 'Doedd dim modd gwneud y ddolen. Gwiriwch y cysylltiad, yna rhowch gynnig arall arni.',
  'join.tryAgain': 'Rhoi cynnig arall arni',

  'who.heading': 'Pwy ydych chi?',
  'who.hint': 'Dewiswch eich enw. Mae’r grŵp yn ei weld wrth ymyl eich atebion.',
  'who.other': 'Dydy fy enw i ddim yma',
  'who.otherName': 'Eich enw',
  'who.submit': 'Dyma fi',
  'who.missing': 'Dewiswch eich enw, neu ysgrifennwch e.',
  'who.as': 'Rydych chi’n cymryd rhan fel {name}.',

  'error.server':
    'Rhaid i gyfeiriad y sesiwn fyw ddechrau â wss:// (neu ws://). Mae popeth yma’n cael ei gadw ar y ddyfais hon yn unig.',
  'error.room':
    'Rhaid i ystafell y sesiwn fyw fod yn 1 i 64 nod: llythrennau, rhifau, llinellau toriad neu danlinellau. Mae popeth yma’n cael ei gadw ar y ddyfais hon yn unig.',
  'error.token': 'Dydy’r ddolen hon i’r sesiwn fyw ddim yn gyflawn. Gofynnwch i’r person sy’n arwain am un newydd.',
};

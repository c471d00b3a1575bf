import type { Strings } from '@coproduce/core';
import type { feedbackFormEasyEn } from './easy-read-en.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh) for <feedback-form>, on the
 * terms of WELSH.md ("fyddwn ni ddim yn gwybod pwy ydych chi" for
 * anonymous; Gweddol in the middle of the scale, as the plain Welsh). The same keys as the
 * English (TypeScript checks). Needs a fluent Easy Read Welsh reviewer.
 */
export const feedbackFormEasyCy: Strings<typeof feedbackFormEasyEn> = {
  intro: 'Mae hyn yn cymryd tua 1 munud. Does dim rhaid i chi roi eich enw.',
  optional: '(does dim rhaid i chi ateb)',
  pass: 'Dydw i ddim eisiau dweud',

  'question.howPoints': 'Drwg iawn,Drwg,Gweddol,Da,Da iawn',
  'question.moreHint': 'Beth aeth yn dda? Beth allai fod yn well? Peidiwch ag ysgrifennu enw neb.',
  'count.left': {
    zero: 'Gallwch chi ysgrifennu {count} llythyren arall',
    one: 'Gallwch chi ysgrifennu {count} llythyren arall',
    two: 'Gallwch chi ysgrifennu {count} lythyren arall',
    few: 'Gallwch chi ysgrifennu {count} llythyren arall',
    many: 'Gallwch chi ysgrifennu {count} llythyren arall',
    other: 'Gallwch chi ysgrifennu {count} llythyren arall',
  },
  'count.over': {
    zero: 'Rydych chi wedi ysgrifennu {count} llythyren yn ormod',
    one: 'Rydych chi wedi ysgrifennu {count} llythyren yn ormod',
    two: 'Rydych chi wedi ysgrifennu {count} lythyren yn ormod',
    few: 'Rydych chi wedi ysgrifennu {count} llythyren yn ormod',
    many: 'Rydych chi wedi ysgrifennu {count} llythyren yn ormod',
    other: 'Rydych chi wedi ysgrifennu {count} llythyren yn ormod',
  },

  'contact.wants': 'Rydw i eisiau i chi fy ateb i',
  'contact.wantsHint':
    'Os byddwch chi’n ticio hwn, byddwn ni’n gofyn eich enw. Os na fyddwch chi’n ei dicio, fyddwn ni ddim yn gwybod pwy ydych chi.',
  'contact.reply': 'Sut gallwn ni gysylltu â chi?',
  'contact.replyHint': 'Eich cyfeiriad e-bost neu eich rhif ffôn',
  'contact.consent': 'Gallwch chi gadw fy enw a fy manylion. Dim ond i fy ateb i y dylech chi eu defnyddio.',

  send: 'Anfon fy atebion',
  'draft.kept': 'Rydyn ni’n cadw eich atebion yma nes i chi eu hanfon.',
  'draft.notKept': 'Allwn ni ddim cadw eich atebion yma. Maen nhw’n aros ar y sgrin hon nes i chi eu hanfon.',
  'announce.notSent':
    'Wnaethon ni ddim anfon eich atebion. Caeodd y dudalen yn gyntaf. Mae eich atebion yma o hyd. Pwyswch “Anfon fy atebion” i’w hanfon.',

  'sent.body': 'Rydyn ni wedi cael eich atebion.',
  'sent.reply': 'Byddwn ni’n eich ateb chi gan ddefnyddio’r manylion a roesoch chi.',
  'sent.loop': 'Gweld beth wnaethon ni ei newid oherwydd beth ddywedodd pobl wrthon ni',
  'sent.again': 'Dweud rhywbeth arall wrthon ni',
  'resuming.heading': 'Rydyn ni’n dal i anfon eich atebion',
  'resuming.body':
    'Gwnaethoch chi eu hanfon cyn i’r dudalen hon gau. Does dim rhaid i chi eu hanfon eto. Bydd y dudalen hon yn dweud pan fyddan nhw wedi cyrraedd.',
  'queued.heading': 'Diolch. Rydyn ni wedi cadw eich atebion.',
  'queued.offline':
    'Dydych chi ddim ar-lein ar hyn o bryd. Rydyn ni wedi cadw eich atebion yma. Byddwn ni’n eu hanfon pan fyddwch chi ar-lein eto.',
  'queued.server':
    'Doedden ni ddim yn gallu cyrraedd ein system nawr. Rydyn ni wedi cadw eich atebion yma. Byddwn ni’n dal i geisio.',

  'error.scale': 'Dewiswch ateb i “{question}”. Neu dewiswch “Dydw i ddim eisiau dweud”',
  'error.choice': 'Dewiswch ateb i “{question}”, os gwelwch yn dda',
  'error.text': 'Ysgrifennwch eich ateb i “{question}”',
  'error.textTooLong': 'Mae eich ateb i “{question}” yn rhy hir. Defnyddiwch {max} llythyren neu lai',
  'error.consentQuestion': 'Ticiwch “{question}” i anfon hwn, os gwelwch yn dda',
  'error.empty': 'Atebwch o leiaf 1 cwestiwn yn gyntaf',
  'error.reply': 'Ysgrifennwch eich cyfeiriad e-bost neu eich rhif ffôn. Wedyn gallwn ni ateb',
  'error.consent':
    'Ticiwch y blwch i ddweud y gallwn ni gadw eich manylion. Neu dad-diciwch “Rydw i eisiau i chi fy ateb i”',
  'error.tooFast': 'Gwiriwch eich atebion. Yna pwyswch “Anfon fy atebion” eto.',
  'error.refused':
    'Doedden ni ddim yn gallu anfon eich atebion. Dywedodd y wefan na. Mae eich atebion yma o hyd. Rhowch gynnig arall arni nes ymlaen.',
  'error.notKept':
    'Doedden ni ddim yn gallu anfon eich atebion. Allwn ni ddim eu cadw yma i’w hanfon nes ymlaen. Mae eich atebion yma o hyd. Rhowch gynnig arall arni ymhen ychydig funudau.',
  'error.queuedRefused':
    'Gwnaethon ni geisio eto i anfon atebion a gadwyd yma. Dywedodd y wefan na. Rydyn ni wedi eu cadw yma.',
  'error.draftUnreadable':
    'Doedden ni ddim yn gallu darllen yr atebion a gadwyd yma. Felly mae’r ffurflen yn wag. Rydyn ni wedi cadw’r hen gopi yma.',

  // Problemau gyda beth roddodd y dudalen (new with #14: the person filling in the form meets them too)
  'error.action':
    'Dydy’r ffurflen hon ddim yn gallu anfon eich atebion. Mae ei chyfeiriad gwe yn anghywir. Mae eich atebion yma o hyd.',
  'error.loopHref':
    'Dydy’r ddolen i beth wnaethon ni gyda’ch syniadau ddim yn gweithio. Felly dydyn ni ddim yn ei dangos.',
  'error.questions':
    'Rhoddodd y dudalen gwestiynau allwn ni ddim eu darllen. Felly rydyn ni’n gofyn ein cwestiynau arferol.',
  'error.source': 'Doedden ni ddim yn gallu cael y cwestiynau. Felly rydyn ni’n gofyn ein cwestiynau arferol.',
  'error.sourceTimeout': 'Roedd y cwestiynau yn rhy hir yn dod. Felly rydyn ni’n gofyn ein cwestiynau arferol.',
  'error.sourceTooBig': 'Mae’r cwestiynau yn rhy fawr i’w defnyddio. Felly rydyn ni’n gofyn ein cwestiynau arferol.',
  'error.sourceInvalid': 'Allwn ni ddim darllen y cwestiynau. Felly rydyn ni’n gofyn ein cwestiynau arferol.',
};

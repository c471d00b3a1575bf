import type { Strings } from '@coproduce/core';
import type { feedbackFormEn } from './en.js';

/** Cymraeg: the strings of <feedback-form>. */
export const feedbackFormCy: Strings<typeof feedbackFormEn> = {
  title: 'Dywedwch wrthon ni beth rydych chi’n ei feddwl',
  intro: 'Dim ond munud mae’n ei gymryd. Does dim rhaid i chi roi eich enw.',
  optional: '(dewisol)',
  pass: 'Byddai’n well gen i beidio â dweud',
  loading: 'Wrthi’n llwytho’r cwestiynau…',

  'question.how': 'Sut oedd e?',
  'question.howPoints': 'Gwael iawn,Gwael,Gweddol,Da,Da iawn',
  'question.more': 'Dywedwch fwy wrthon ni',
  'question.moreHint':
    'Beth aeth yn dda, a beth allai fod yn well? Peidiwch â chynnwys unrhyw beth a allai ddangos pwy yw rhywun.',
  'count.left': {
    zero: 'Mae gennych chi {count} nod ar ôl',
    one: 'Mae gennych chi {count} nod ar ôl',
    two: 'Mae gennych chi {count} nod ar ôl',
    few: 'Mae gennych chi {count} nod ar ôl',
    many: 'Mae gennych chi {count} nod ar ôl',
    other: 'Mae gennych chi {count} nod ar ôl',
  },
  'count.over': {
    zero: 'Mae gennych chi {count} nod yn ormod',
    one: 'Mae gennych chi {count} nod yn ormod',
    two: 'Mae gennych chi {count} nod yn ormod',
    few: 'Mae gennych chi {count} nod yn ormod',
    many: 'Mae gennych chi {count} nod yn ormod',
    other: 'Mae gennych chi {count} nod yn ormod',
  },

  'contact.wants': 'Hoffwn i gael ateb',
  'contact.wantsHint':
    'Dim ond os ydych chi’n ticio hwn y byddwn ni’n gofyn pwy ydych chi. Hebddo, fydd eich adborth ddim yn dweud pwy ydych chi.',
  'contact.name': 'Eich enw',
  'contact.reply': 'Sut gallwn ni ateb?',
  'contact.replyHint': 'Cyfeiriad e-bost neu rif ffôn',
  'contact.consent': 'Gallwch chi gadw fy enw a sut i gysylltu â fi, dim ond er mwyn fy ateb',

  send: 'Anfon adborth',
  sending: 'Wrthi’n anfon…',
  'draft.kept': 'Mae eich atebion yn cael eu cadw yn y porwr hwn nes i chi eu hanfon.',
  'draft.notKept':
    'Dydy’r porwr hwn ddim yn gadael i ni gadw eich atebion, felly dim ond ar y sgrin hon maen nhw nes i chi eu hanfon.',
  'draft.clear': 'Clirio fy atebion',
  'announce.cleared': 'Mae eich atebion wedi’u clirio.',
  'announce.notSent':
    'Chafodd eich adborth ddim ei anfon cyn i’r dudalen gau. Mae eich atebion yma o hyd, yn barod i’w hanfon.',
  honeypot: 'Gadewch hwn yn wag',

  'sent.heading': 'Diolch',
  'sent.body': 'Rydyn ni wedi cael eich adborth.',
  'sent.reply': 'Byddwn ni’n ateb gan ddefnyddio’r manylion a roesoch chi.',
  'sent.loop': 'Gweld beth rydyn ni wedi’i wneud oherwydd adborth',
  'sent.again': 'Rhoi rhagor o adborth',
  'resuming.heading': 'Mae eich adborth eisoes yn cael ei anfon',
  'resuming.body':
    'Gwnaethoch chi ei anfon cyn i’r dudalen hon gael ei chau neu ei hail-lwytho. Does dim angen ei anfon eto: bydd y dudalen hon yn dweud pan fydd wedi cyrraedd.',
  'queued.heading': 'Diolch: mae eich adborth wedi’i gadw',
  'queued.offline':
    'Mae’n ymddangos eich bod chi all-lein. Mae eich adborth wedi’i gadw yn y porwr hwn a bydd yn cael ei anfon pan fyddwch chi ar-lein eto, hyd yn oed os byddwch chi’n cau’r dudalen hon.',
  'queued.server':
    'Doedden ni ddim yn gallu cyrraedd ein system nawr. Mae eich adborth wedi’i gadw yn y porwr hwn a byddwn ni’n dal i geisio, hyd yn oed os byddwch chi’n cau’r dudalen hon.',

  'error.scale': 'Dewiswch ateb i “{question}”, neu “Byddai’n well gen i beidio â dweud”',
  'error.choice': 'Dewiswch ateb i “{question}”',
  'error.text': 'Rhowch eich ateb i “{question}”',
  'error.textTooLong': 'Rhaid i “{question}” fod yn {max} nod neu lai',
  'error.consentQuestion': 'Ticiwch “{question}” i anfon hwn',
  'error.empty': 'Atebwch o leiaf un cwestiwn cyn anfon',
  'error.reply': 'Rhowch gyfeiriad e-bost neu rif ffôn, er mwyn i ni allu ateb',
  'error.consent': 'Ticiwch y blwch i ddweud y gallwn ni gadw eich manylion, neu dad-diciwch “Hoffwn i gael ateb”',
  'error.tooFast': 'Gwiriwch eich atebion, yna pwyswch “Anfon adborth” eto.',
  'error.refused':
    'Doedd dim modd anfon eich adborth: gwrthododd y wefan e. Mae eich atebion yma o hyd. Rhowch gynnig arall arni nes ymlaen, neu cysylltwch â ni mewn ffordd arall.',
  'error.notKept':
    'Doedd dim modd anfon eich adborth, a dydy’r porwr hwn ddim yn gadael i ni ei gadw i’w anfon nes ymlaen. Mae eich atebion yma o hyd: rhowch gynnig arall arni ymhen ychydig funudau, a chadwch y dudalen hon ar agor nes iddo gael ei anfon.',
  'error.queuedRefused':
    'Gwrthododd y wefan adborth a gadwyd yn y porwr hwn pan gafodd ei anfon eto. Mae wedi’i gadw yn y porwr hwn, heb ei anfon.',
  'error.action':
    'Does dim modd anfon adborth o’r ffurflen hon: dydy’r cyfeiriad mae’n anfon ato ddim yn gyfeiriad gwe y gall ei ddefnyddio. Mae eich atebion yma o hyd.',
  'error.loopHref':
    'Dydy’r ddolen i’r hyn rydyn ni wedi’i wneud oherwydd adborth ddim yn gyfeiriad gwe y gallwn ni ei ddefnyddio, felly dydy hi ddim yn cael ei dangos.',
  'error.questions':
    'Dydy’r cwestiynau a roddwyd i’r dudalen hon ddim yn y ffurf gywir, felly mae’r cwestiynau arferol yn cael eu dangos.',
  'error.source':
    'Doedden ni ddim yn gallu llwytho’r cwestiynau o {url}, felly mae’r cwestiynau arferol yn cael eu dangos.',
  'error.sourceTimeout':
    'Roedd y cwestiynau yn {url} yn rhy hir yn cyrraedd, felly mae’r cwestiynau arferol yn cael eu dangos.',
  'error.sourceTooBig':
    'Mae’r cwestiynau yn {url} yn rhy fawr i’w defnyddio, felly mae’r cwestiynau arferol yn cael eu dangos.',
  'error.sourceInvalid':
    'Dydy’r cwestiynau yn {url} ddim yn y ffurf gywir, felly mae’r cwestiynau arferol yn cael eu dangos.',
  'error.draftUnreadable':
    'Doedden ni ddim yn gallu darllen yr atebion a gadwyd yn y porwr hwn, felly mae’r ffurflen yn dechrau’n wag. Mae’r hen gopi wedi’i gadw yn y porwr hwn.',
};

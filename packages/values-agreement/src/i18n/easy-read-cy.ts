import type { Strings } from '@coproduce/core';
import type { valuesAgreementEasyEn } from './easy-read-en.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh) for <values-agreement>, on the
 * terms of WELSH.md (cytuno â, heb ateb eto). The same keys as the English
 * (TypeScript checks). Needs a fluent Easy Read Welsh reviewer before it ships.
 */
export const valuesAgreementEasyCy: Strings<typeof valuesAgreementEasyEn> = {
  title: 'Beth sy’n bwysig i ni, a sut rydyn ni’n gweithio gyda’n gilydd',
  intro:
    'Rydyn ni’n dewis gyda’n gilydd beth sy’n bwysig i ni. Rydyn ni hefyd yn dewis sut rydyn ni’n gweithio gyda’n gilydd. Mae pawb sydd yma’n ateb pob un. Mae wedi’i gytuno pan fydd neb yn dweud “Ddim eto”. Gallwch chi basio. Mae pasio’n iawn.',
  'public.intro': 'Dyma beth mae ein grŵp wedi cytuno arno hyd yma.',
  'readonly.hint': 'Gallwch chi ddarllen ein cytundeb yma. Allwch chi ddim ei newid yma.',
  'tools.heading': 'Cadw neu rannu ein cytundeb',
  'error.tooManyItems': 'Does dim mwy o le. Tynnwch un i ychwanegu un newydd.',
  'error.reviewDate': 'Ysgrifennwch ddyddiad go iawn. Er enghraifft: 1 3 2027',

  'status.heading': 'Ble rydyn ni nawr',
  'status.version': 'Dyma fersiwn {version} o’n cytundeb.',
  'status.waiting': 'Rydyn ni’n aros am atebion y bobl hyn: {names}. Dydy eu ffôn neu eu cyfrifiadur ddim ar-lein eto.',
  'status.progress': 'Mae {count} o {total} wedi’u cytuno.',
  'status.blocked': {
    zero: 'Dydy {count} ddim wedi’u cytuno eto. Dywedodd rhywun “Ddim eto”.',
    one: 'Dydy 1 ddim wedi’i gytuno eto. Dywedodd rhywun “Ddim eto”.',
    two: 'Dydy {count} ddim wedi’u cytuno eto. Dywedodd rhywun “Ddim eto”.',
    few: 'Dydy {count} ddim wedi’u cytuno eto. Dywedodd rhywun “Ddim eto”.',
    many: 'Dydy {count} ddim wedi’u cytuno eto. Dywedodd rhywun “Ddim eto”.',
    other: 'Dydy {count} ddim wedi’u cytuno eto. Dywedodd rhywun “Ddim eto”.',
  },
  'status.noPeople': 'Ychwanegwch enwau’r bobl sydd yma. Wedyn gallan nhw ateb.',
  'status.private': 'Mae’r atebion yn gyfrinach am nawr. Wedyn byddwn ni’n eu dangos i gyd gyda’i gilydd.',
  'status.revealed': 'Nawr gallwch chi weld atebion pawb.',
  'status.reached': 'Mae popeth wedi’i gytuno. Dyma fersiwn {version}.',
  'status.allAgreed': 'Mae popeth wedi’i gytuno. Dywedodd neb yma “Ddim eto”.',
  'status.due': 'Mae’n amser edrych ar ein cytundeb eto. Y dyddiad oedd {date}.',

  'start.heading': 'Sut i ddechrau',
  'start.hint':
    'Gallwch chi ddechrau gyda syniadau o’r dudalen hon. Gallwch chi eu newid. Neu gallwch chi ysgrifennu eich rhai eich hun.',
  'start.defaults': 'Defnyddio’r syniadau o’r dudalen hon',
  'status.defaultsAdded': 'Rydyn ni wedi ychwanegu ein syniadau ({count}). Gallwch chi newid unrhyw un ohonyn nhw.',

  'values.heading': 'Beth sy’n bwysig i ni',
  'values.hint':
    'Dyma ein gwerthoedd. Mae gwerth yn rhywbeth sy’n bwysig i ni. Mae pob un yn dweud beth mae’n ei olygu.',
  'values.empty': 'Dim byd yma eto.',
  'values.add': 'Ychwanegu rhywbeth sy’n bwysig i ni',
  'values.addButton': 'Ychwanegu beth sy’n bwysig i ni',
  'rules.hint': 'Dyma ein rheolau ar gyfer pan fyddwn ni’n cwrdd ac yn gweithio gyda’n gilydd.',
  'rules.empty': 'Dim rheolau eto.',
  'rules.add': 'Ychwanegu rheol',
  'rules.addButton': 'Ychwanegu’r rheol hon',
  'item.valueLabel': 'Beth sy’n bwysig i ni',
  'item.ruleLabel': 'Ein rheol',
  'item.meaningLabel': 'Beth mae’n ei olygu i ni (does dim rhaid i chi lenwi hwn)',
  'item.meaning': 'Mae hyn yn golygu: {meaning}',
  'item.rewordAgreed':
    'Mae pawb wedi cytuno â’r geiriau hyn. Os byddwch chi’n eu newid, byddwn ni’n holi pawb eto. Bydd hyn yn gwneud fersiwn {version}.',
  'item.rewordAsk': 'Os byddwch chi’n newid y geiriau, byddwn ni’n holi pawb eto.',
  'item.moveUp': 'Ei symud i fyny',
  'item.moveDown': 'Ei symud i lawr',
  'status.moved': '“{text}” yw rhif {position} nawr.',
  'status.newVersion': 'Dyma fersiwn {version} nawr. Byddwn ni’n holi pawb am “{text}” eto.',
  'status.reworded': 'Wedi’i gadw. Byddwn ni’n holi pawb am “{text}” eto.',

  'state.agreed': 'Rydyn ni wedi cytuno ar hyn',
  'state.unsupported': 'Pasiodd pawb sydd yma. Felly does neb wedi dweud ie eto.',
  'state.nobodyHere': 'Does neb yma heddiw.',
  'detail.passed': 'Wedi pasio. Mae hynny’n iawn: {names}.',
  'state.blocked': {
    zero: 'Ddim eto: mae {count} o bobl eisiau siarad mwy',
    one: 'Ddim eto: mae 1 person eisiau siarad mwy',
    two: 'Ddim eto: mae {count} berson eisiau siarad mwy',
    few: 'Ddim eto: mae {count} pherson eisiau siarad mwy',
    many: 'Ddim eto: mae {count} pherson eisiau siarad mwy',
    other: 'Ddim eto: mae {count} o bobl eisiau siarad mwy',
  },
  'detail.agreedBy': 'Wedi dweud ie: {names}.',
  'detail.concerns': 'Wedi dweud ie, ond gyda phryder',
  'detail.notYet': 'Wedi dweud ddim eto, oherwydd',
  'detail.unanswered': 'Pobl sydd heb ateb eto: {names}.',
  'detail.noNote': 'wnaethon nhw ddim dweud pam',

  'answer.agree': 'Ie, rydw i’n cytuno',
  'answer.concern': 'Ie, ond mae gen i bryder',
  'answer.not-yet': 'Ddim eto. Rydw i eisiau siarad mwy',
  'answer.pass': 'Pasio. Fydda i ddim yn ateb',
  'answer.legend': '{name}, ydych chi’n cytuno â hyn? “{text}”',
  'answer.hint': 'Dewiswch 1 ateb. Mae ie gyda phryder yn dal i gyfrif fel ie.',
  'answer.concernLabel': 'Beth yw eich pryder? (does dim rhaid i chi ddweud)',
  'answer.notYetLabel': 'Beth fyddai’n eich helpu i ddweud ie? (does dim rhaid i chi ddweud)',
  'answer.changeHint':
    'Rydyn ni’n cuddio eu hateb cyntaf, hyd yn oed oddi wrthych chi. Dewiswch eto i’w newid. Neu pwyswch “Wedi gorffen”.',
  'answer.donePrivate': 'Wedi gorffen. Cuddio fy atebion',

  'people.heading': 'Pwy sydd yma',
  'people.hint': 'Ysgrifennwch enwau cyntaf yn unig. Mae pob person yn ateb popeth.',
  'people.turn': '{name}: ateb popeth',
  'people.private': 'Cadw’r atebion yn gyfrinach i ddechrau. Wedyn eu dangos i gyd gyda’i gilydd',
  'people.privateHint': 'Does neb yn gweld atebion pobl eraill nes i chi eu dangos. Felly does neb yn teimlo pwysau.',

  'summary.heading': 'Beth wnaethon ni gytuno arno',
  'summary.version': 'Dyma fersiwn {version}.',
  'summary.lastAgreed': 'Gwnaethon ni gytuno ddiwethaf ar {date}.',
  'summary.nothing': 'Dydyn ni ddim wedi cytuno ar ddim byd eto.',
  'summary.hidden': 'Mae’r atebion yn gyfrinach am nawr. Byddwch chi’n gweld hyn pan fyddwn ni’n eu dangos.',
  'summary.stillOpen': {
    zero: 'Rydyn ni’n dal i siarad am {count} arall.',
    one: 'Rydyn ni’n dal i siarad am 1 arall.',
    two: 'Rydyn ni’n dal i siarad am {count} arall.',
    few: 'Rydyn ni’n dal i siarad am {count} arall.',
    many: 'Rydyn ni’n dal i siarad am {count} arall.',
    other: 'Rydyn ni’n dal i siarad am {count} arall.',
  },
  'summary.review': 'Byddwn ni’n edrych ar ein cytundeb eto erbyn {date}.',

  'review.heading': 'Pryd byddwn ni’n edrych arno eto',
  'review.label': 'Dyddiad i edrych eto',
  'review.hint': 'Mae’n helpu i edrych ar ein cytundeb eto. Ysgrifennwch y dyddiad. Er enghraifft: 1 3 2027.',
  'review.save': 'Cadw’r dyddiad',
  'review.clear': 'Tynnu’r dyddiad',
  'status.reviewSet': 'Byddwn ni’n edrych eto ar {date}.',
  'status.reviewCleared': 'Rydyn ni wedi tynnu’r dyddiad.',

  'history.heading': {
    zero: '{count} o fersiynau hŷn',
    one: '1 fersiwn hŷn',
    two: '{count} fersiwn hŷn',
    few: '{count} fersiwn hŷn',
    many: '{count} fersiwn hŷn',
    other: '{count} o fersiynau hŷn',
  },
  'history.version': 'Fersiwn {version}. Gwnaethon ni ei defnyddio tan {date}',
  'history.change': 'Gwnaethon ni newid “{from}” i “{to}”.',
  'history.meaningChange': 'Gwnaethon ni newid beth mae “{text}” yn ei olygu.',
  'history.agreedBy': '{text}: dywedodd {names} ie',
  'history.notAgreed': '{text}: heb ei gytuno',

  'value.trust.name': 'Ymddiriedaeth',
  'value.trust.meaning':
    'Rydyn ni’n onest. Rydyn ni’n dweud beth sy’n gallu newid a beth sydd ddim. Rydyn ni’n gwneud beth rydyn ni’n ei ddweud.',
  'value.safety.meaning':
    'Mae pawb yn gallu siarad. Does neb yn cael ei farnu. Gallwch chi gael seibiant pan fydd angen.',
  'value.equals.name': 'Rydyn ni’n gyfartal',
  'value.equals.meaning': 'Mae beth rydych chi’n ei wybod o’ch bywyd yn bwysig. Mae mor bwysig â swydd.',
  'value.choice.name': 'Eich llais a’ch dewis',
  'value.choice.meaning': 'Chi sy’n dewis sut rydych chi’n cymryd rhan. Chi sy’n dewis faint.',
  'value.access.name': 'Mae pawb yn gallu cymryd rhan',
  'value.access.meaning':
    'Rydyn ni’n newid sut rydyn ni’n gweithio er mwyn i bawb allu ymuno. Rydyn ni’n rhoi’r help sydd ei angen ar bobl.',
  'value.reciprocity.meaning':
    'Rydyn ni’n diolch i bobl. Rydyn ni’n talu pobl yn deg. Rydyn ni’n dangos beth ddaeth o’u syniadau.',
  'value.culture.meaning':
    'Rydyn ni’n parchu ein gilydd. Mae hyn yn golygu eich diwylliant, eich ffydd a phwy ydych chi.',

  'rule.breaks.text': 'Rydyn ni’n cael seibiant. Gallwch chi gael seibiant pan fydd angen un arnoch chi.',
  'rule.pass.text': 'Gallwch chi basio ar unrhyw gwestiwn. Does dim rhaid i chi ddweud pam.',
  'rule.cameras.text': 'Mewn cyfarfodydd ar-lein, gallwch chi ddiffodd eich camera.',
  'rule.confidential.text':
    'Mae beth mae pobl yn ei ddweud am eu bywydau yn aros yma. Dim ond os ydyn nhw’n dweud ie rydyn ni’n ei rannu.',
  'rule.disagreement.text': 'Gallwn ni anghytuno â syniadau. Rydyn ni’n garedig wrth bobl. Rydyn ni’n gwrando ar bawb.',
  'rule.pay.text':
    'Rydyn ni’n talu pobl yn deg am eu hamser. Rydyn ni’n talu arian, ar y Cyflog Byw. Mae’r Cyflog Byw yn ddigon o arian i fyw arno. Neu gallwch chi ddewis talebau. Rydyn ni’n dweud sut cyn dechrau.',

  'easy.answers.heading': 'Mae 4 o atebion',
  'easy.answers.agree': 'Rydych chi’n hapus ag e.',
  'easy.answers.concern': 'Rydych chi’n hapus ag e, ond mae gennych chi bryder. Mae’n dal i gyfrif fel ie.',
  'easy.answers.not-yet': 'Rydych chi eisiau siarad amdano fe mwy. Dydy e ddim wedi’i gytuno eto.',
  'easy.answers.pass': 'Dydych chi ddim eisiau ateb. Mae hynny’n iawn.',

  'participant.pickName': 'Yn gyntaf, dewiswch eich enw o’r rhestr. Yna gallwch chi gymryd rhan.',
  'participant.intro': 'Chi ydy {name}. Eich sgrin chi ydy hon. Atebwch bob un. Rydych chi’n gweld 1 ar y tro.',
  'participant.noItems': 'Does dim i’w ateb eto. Bydd yma cyn hir.',
  'participant.positionValue': '{position} o {total}: beth sy’n bwysig i ni',
  'participant.positionRule': '{position} o {total}: sut rydyn ni’n gweithio gyda’n gilydd',
  'participant.staysHere':
    'Mae eich ateb yn aros ar y ffôn neu’r cyfrifiadur hwn. Fydd neb yn ei weld nes i ni ddangos yr holl atebion.',
  'participant.shown': 'Nawr mae pawb yn gallu gweld yr atebion. Gallwch chi newid eich ateb o hyd.',
  'participant.standsHeading': 'Ble rydyn ni arni gyda hyn',
  'participant.previous': 'Mynd yn ôl',
  'participant.next': 'Mynd i’r un nesaf',
};

import type { Strings } from '@coproduce/core';
import type { markScorerEasyEn } from './easy-read-en.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh) for <mark-scorer>, on the terms
 * of WELSH.md: nodwedd/nodweddion for marks, cydgynhyrchu, the game named
 * once ("nadroedd ac ysgolion"), heb ateb eto. The same keys as the English
 * (TypeScript checks). Needs a fluent Easy Read Welsh reviewer before it ships.
 */
export const markScorerEasyCy: Strings<typeof markScorerEasyEn> = {
  'error.emptyIdea': 'Ysgrifennwch eich syniad',
  'error.emptyMarkName': 'Ysgrifennwch enw ar gyfer y nodwedd',

  'stage.process': 'Gweithio gyda’n gilydd',
  'stage.completing': 'Gorffen, rhannu a dathlu',
  'stage.review': 'Edrych yn ôl',

  title: 'Nodweddion cydgynhyrchu da: {stage}',
  intro:
    'Mae cydgynhyrchu yn golygu ein bod ni’n gweithio gyda’n gilydd fel pobl gyfartal. Mae pob nodwedd ar y dudalen hon yn arwydd ein bod ni’n ei wneud yn dda. Rydyn ni’n siarad am bob nodwedd gyda’n gilydd. Rydyn ni’n defnyddio syniadau o’r gêm nadroedd ac ysgolion. Rydyn ni’n rhoi sgôr o 1 i 10 i bob nodwedd. Gall unrhyw un basio.',
  'readonly.intro': 'Gallwch chi ddarllen hwn. Allwch chi ddim ei newid e yma.',
  'intro.individual':
    'Yn gyntaf, mae pob person yn rhoi sgôr yn gyfrinachol. Does neb yn gweld y sgorau nes i ni eu dangos i gyd gyda’n gilydd.',
  'notes.label': 'Beth mae hyn yn ei olygu i ni',
  'notes.hint': 'Defnyddiwch eich geiriau eich hun.',
  'ladders.heading': 'Ysgolion: beth sy’n ein helpu',
  'ladders.hint': 'Mae ysgolion yn bethau sy’n ein helpu. Fel ysgol, maen nhw’n ein helpu i fynd i fyny.',
  'ladders.addButton': 'Ychwanegu’r ysgol hon',
  'snakes.heading': 'Nadroedd: beth allai ein stopio',
  'snakes.hint': 'Mae nadroedd yn bethau allai ein stopio. Fel neidr yn y gêm, maen nhw’n mynd â ni yn ôl i lawr.',
  'snakes.addButton': 'Ychwanegu’r neidr hon',
  'score.hint': 'Dewiswch rif o 1 i 10. Gallwch chi basio os nad ydych chi eisiau dewis.',
  'score.pass': 'Pasio – heb roi sgôr',
  'summary.passed': 'Gwnaethon ni basio',
  'summary.notYet': 'Heb sgôr eto',
  'individual.heading': 'Sgorau cyfrinachol',
  'individual.hint':
    'Cymerwch eich tro. Pwyswch y botwm gyda’ch enw. Dewiswch eich sgôr. Yna pwyswch “Wedi gorffen”. Rydyn ni’n cuddio eich sgôr ar unwaith.',
  'individual.enter': '{name}: rhowch eich sgôr gyfrinachol',
  'individual.notYet': 'heb ateb eto',
  'individual.legend': '{name}, eich sgôr gyfrinachol ar gyfer “{mark}”',
  'individual.changeHint':
    'Rydyn ni’n cuddio eu sgôr gyntaf, hyd yn oed oddi wrthych chi. Dewiswch eto i’w newid. Neu pwyswch “Wedi gorffen”.',
  'individual.done': 'Wedi gorffen. Cuddio fy sgôr',
  'individual.progress': 'Mae {count} o {total} wedi ateb',
  'individual.noParticipants':
    'I roi sgorau cyfrinachol, ychwanegwch y bobl sydd yma heddiw. Ychwanegwch nhw o dan “Pwy sy’n sgorio”.',
  'individual.scoreAgain': 'Rhoi sgorau cyfrinachol eto',
  'individual.scoreAgainHint':
    'Mae hyn yn clirio’r sgorau cyfrinachol hyn. Wedyn gall pawb sgorio eto. Mae rowndiau sydd wedi’u cadw yn cadw sgorau’r grŵp.',
  'spread.waiting': 'Rydyn ni’n aros am sgorau’r bobl hyn: {names}. Dydy eu ffôn neu eu cyfrifiadur ddim ar-lein eto.',
  'spread.range': 'Y sgôr isaf yw {lowest}. Y sgôr ganol yw {middle}. Y sgôr uchaf yw {highest}.',
  'mark.reword': 'Newid y geiriau',
  'mark.restore': 'Mynd yn ôl i’r geiriau cyntaf',
  'mark.descriptionLabel': 'Beth mae’n ei olygu (does dim rhaid i chi lenwi hwn)',
  'marks.allHidden': 'Mae’r holl nodweddion yma wedi’u cuddio. Gallwch chi eu dangos eto isod.',
  'addMark.heading': 'Ychwanegu eich nodwedd eich hun',
  'addMark.hint': 'Mae’n mynd yn y rhan hon. Gallwch chi ei thynnu yn nes ymlaen.',
  'addMark.submit': 'Ychwanegu’r nodwedd',
  'lake.hint':
    'Y llyn yw lle rydyn ni’n cadw syniadau ar gyfer nes ymlaen. Mae’r syniadau hyn ar gyfer rhan arall. Rydyn ni’n eu cadw yma fel nad ydyn ni’n eu colli.',
  'lake.stageLabel': 'Ar gyfer pa ran mae e',
  'rounds.heading': 'Rowndiau: sgorio eto yn nes ymlaen',
  'rounds.hint':
    'Rownd yw un tro rydyn ni’n rhoi sgorau. Cadwch ein sgorau nawr. Sgoriwch eto yn nes ymlaen i weld beth newidiodd.',
  'rounds.labelLabel': 'Enw ar gyfer y rownd hon (does dim rhaid i chi lenwi hwn)',
  'rounds.labelHint': 'Os byddwch chi’n ei gadael yn wag, byddwn ni’n ei galw’n “{label}”.',
  'rounds.cellNone': 'Heb sgôr',
  'reflection.needTwo': 'Cadwch rownd arall yn nes ymlaen. Wedyn gallwch chi weld sut mae ein sgorau’n newid.',
  'reflection.movedMost': 'Y sgorau a newidiodd fwyaf:',
  'reflection.up': {
    zero: 'Aeth “{mark}” i fyny o {from} i {to}',
    one: 'Aeth “{mark}” i fyny o {from} i {to}',
    two: 'Aeth “{mark}” i fyny o {from} i {to}',
    few: 'Aeth “{mark}” i fyny o {from} i {to}',
    many: 'Aeth “{mark}” i fyny o {from} i {to}',
    other: 'Aeth “{mark}” i fyny o {from} i {to}',
  },
  'reflection.down': {
    zero: 'Aeth “{mark}” i lawr o {from} i {to}',
    one: 'Aeth “{mark}” i lawr o {from} i {to}',
    two: 'Aeth “{mark}” i lawr o {from} i {to}',
    few: 'Aeth “{mark}” i lawr o {from} i {to}',
    many: 'Aeth “{mark}” i lawr o {from} i {to}',
    other: 'Aeth “{mark}” i lawr o {from} i {to}',
  },
  'reflection.noChange': 'Dydy ein sgorau ddim wedi newid.',
  'reflection.chartNote': 'Yn y llun, mae pob cylch yn rownd. Mae’r tabl yn dangos yr un sgorau.',
  'reflection.caption': 'Ein sgorau ym mhob rownd',
  'status.revealed': 'Nawr gallwch chi weld sgorau pawb ar gyfer “{mark}”.',
  'status.scoreAgain': 'Rydyn ni wedi clirio’r sgorau cyfrinachol. Gall pawb sgorio eto.',
  'status.markHidden': 'Mae “{mark}” wedi’i chuddio. Gallwch chi ei dangos eto isod.',
  'status.ideaAdded': 'Rydyn ni wedi rhoi eich syniad yn y llyn. Mae ar gyfer {stage}.',

  'mark.starting-positively.name': 'Dechrau da: dod â phobl at ei gilydd',
  'mark.starting-positively.description':
    'Rydyn ni’n siarad â phobl yn gyntaf. Rydyn ni’n talu pobl yn deg. Rydyn ni’n cytuno sut a phryd rydyn ni’n cwrdd.',
  'mark.shared-purpose.description':
    'Rydyn ni’n penderfynu gyda’n gilydd beth yw pwrpas ein prosiect. Rydyn ni’n cytuno sut mae canlyniad da yn edrych.',
  'mark.what-can-change.name': 'Pwy sy’n penderfynu, a beth na all newid',
  'mark.what-can-change.description':
    'Rydyn ni’n dweud yn gynnar pa benderfyniadau sy’n perthyn i ni. Rydyn ni’n dweud pwy sy’n gwneud y lleill.',
  'mark.easy-to-join.description':
    'Mae amseroedd a lleoedd cyfarfodydd yn gweithio i bawb. Mae pawb yn cael yr help sydd ei angen arnyn nhw.',
  'mark.listening.description':
    'Rydyn ni’n gwrando ar bawb. Rydyn ni’n gwneud rhywbeth am beth mae pobl yn ei ddweud wrthon ni.',
  'mark.new-skills.name': 'Dysgu pethau newydd',
  'mark.new-skills.description':
    'Rydyn ni’n dysgu gan ein gilydd. Mae pobl yn cael yr hyfforddiant neu’r help maen nhw’n gofyn amdano.',
  'mark.icebreakers.name': 'Torri’r garw: gemau byr i ddechrau',
  'mark.icebreakers.description':
    'Mae gemau byr ar y dechrau yn helpu pobl i ymlacio. Gallwch chi bob amser beidio â chymryd rhan.',
  'mark.creative-ways.name': 'Ffyrdd gwahanol o weithio gyda’n gilydd',
  'mark.creative-ways.description':
    'Rydyn ni’n tynnu lluniau, yn dweud straeon ac yn defnyddio pethau. Rydyn ni’n gwneud mwy na siarad ac ysgrifennu.',
  'mark.conflict.name': 'Pan fyddwn ni’n anghytuno',
  'mark.conflict.description': 'Mae’n ddiogel anghytuno. Rydyn ni’n datrys problemau yn gynnar ac yn deg.',
  'mark.community.description': 'Mae ein prosiect yn rhan o’r lleoedd mae e ar eu cyfer. Mae’n rhoi rhywbeth yn ôl.',
  'mark.power.name': 'Siarad am bwy sydd â llais',
  'mark.power.description': 'Rydyn ni’n sylwi pwy sy’n cael mwy o lais. Rydyn ni’n rhannu penderfyniadau yn fwy teg.',
  'mark.ongoing-reviews.name': 'Gwirio sut mae pethau’n mynd',
  'mark.ongoing-reviews.description':
    'Ym mhob cyfarfod, rydyn ni’n gwirio sut mae cydweithio’n mynd. Rydyn ni’n newid beth sydd ddim yn gweithio.',
  'mark.decompress.name': 'Cymorth ac amser i orffwys',
  'mark.decompress.description': 'Mae pobl yn cael cymorth. Mae amser i orffwys ar ôl sgyrsiau anodd.',
  'mark.planning-for-change.description':
    'Efallai y bydd pobl yn gadael, yn cymryd seibiant neu’n ymuno. Rydyn ni’n cynllunio ar gyfer hyn. Mae’r gwaith yn parhau.',
  'mark.allyship.name': 'Sefyll gyda’n gilydd yn erbyn hiliaeth',
  'mark.allyship.description':
    'Rydyn ni’n siarad yn erbyn hiliaeth a thriniaeth annheg. Rydyn ni’n sefyll dros ein gilydd.',
  'mark.online-comfort.name': 'Teimlo’n iawn mewn cyfarfodydd ar-lein',
  'mark.online-comfort.description':
    'Mae cyfarfodydd ar-lein yn gweithio i bawb. Gall camerâu fod ymlaen neu i ffwrdd.',
  'mark.admin-support.name': 'Rhywun i drefnu pethau',
  'mark.admin-support.description':
    'Mae gan 1 person y swydd o drefnu pethau. Mae ganddyn nhw’r amser a’r arian i wneud hyn. Rydyn ni’n diolch iddyn nhw.',
  'mark.crediting.name': 'Diolch i bawb',
  'mark.crediting.description':
    'Rydyn ni’n dweud beth wnaeth pob person. Rydyn ni’n diolch iddyn nhw yn y ffordd maen nhw’n ei dewis.',
  'mark.sharing-change.description': 'Rydyn ni’n dweud wrth bobl beth newidiodd oherwydd eu syniadau.',
  'mark.celebrating.description':
    'Rydyn ni’n dathlu beth wnaethon ni gyda’n gilydd. Rydyn ni’n ei wneud mewn ffordd mae pawb yn ei mwynhau.',
  'mark.accessible-sharing.description':
    'Rydyn ni’n rhannu pethau mewn geiriau hawdd. Rydyn ni’n eu rhannu mewn ffyrdd y gall pawb eu defnyddio.',
  'mark.looking-back.description':
    'Rydyn ni’n edrych ar ein sgorau nawr a chyn hynny. Rydyn ni’n siarad am pam wnaethon nhw newid.',
  'mark.take-forward.name': 'Beth byddwn ni’n dal i’w wneud',
  'mark.take-forward.description': 'Rydyn ni’n dweud beth weithiodd yn dda. Wedyn gallwn ni ei wneud eto.',
  'mark.drop.name': 'Beth byddwn ni’n stopio ei wneud',
  'mark.drop.description': 'Rydyn ni’n cytuno beth na weithiodd. Rydyn ni’n stopio ei wneud.',
  'mark.staying-in-touch.description':
    'Mae pobl yn gwybod beth sy’n digwydd nesaf. Maen nhw’n gwybod sut i gymryd rhan o hyd os ydyn nhw eisiau.',

  'easy.scale.low': 'Mae 1 yn golygu nad ydyn ni’n gwneud hyn eto.',
  'easy.scale.high': 'Mae 10 yn golygu ein bod ni’n gwneud hyn yn dda iawn.',
  'mark.planning-for-change.name': 'Pan fydd pobl yn gadael neu’n cymryd seibiant',
  'mark.right-for-this.name': 'Ydy gweithio gyda’n gilydd yn iawn ar gyfer hyn, nawr?',
  'mark.right-for-this.description':
    'Rydyn ni’n gwirio bod pethau’n gallu newid go iawn. Rydyn ni’n gwirio bod amser ac arian.',
  'mark.who-is-missing.name': 'Pwy sydd ddim yma, a pham',
  'mark.who-is-missing.description': 'Rydyn ni’n sylwi pwy sydd ar goll. Rydyn ni’n ei gwneud yn haws iddyn nhw ymuno.',
  'mark.our-words.name': 'Dewis ein geiriau',
  'mark.our-words.description':
    'Rydyn ni’n dewis geiriau plaen gyda’n gilydd. Dydyn ni ddim yn defnyddio geiriau anodd na byrfoddau.',
  'mark.more': 'Mwy am hyn',
  'mark.moreFailed': 'Doedden ni ddim yn gallu cael hwn. Gwiriwch eich bod chi ar-lein. Yna caewch e a’i agor eto.',
  'source.rip':
    'Daw’r nodweddion hyn o ganllaw o’r enw “The mark of co-production” (nodweddion cydgynhyrchu). Research in Practice ysgrifennodd e.',
  'source.ours': 'Ni ysgrifennodd y nodweddion yn y rhan hon. Syniadau i ddechrau ydyn nhw. Gallwch chi eu newid.',
  'everyMeeting.questions':
    'Oes rhywbeth ar goll?|Ydy pawb yn teimlo bod rhywun yn gwrando arnyn nhw?|Beth dylen ni ei newid?',
  'scores.notTargets': 'Mae’r sgorau hyn i’n grŵp feddwl amdanyn nhw. Dydyn nhw ddim yn brawf.',
  'people.hint': 'Ysgrifennwch enwau cyntaf yn unig. Mae pob person yn rhoi sgôr gyfrinachol.',
  'people.progress': 'Sgorau wedi’u rhoi: {count} o {total}',

  'participant.pickName': 'Yn gyntaf, dewiswch eich enw o’r rhestr. Yna gallwch chi gymryd rhan.',
  'participant.intro': 'Chi ydy {name}. Eich sgrin chi ydy hon. Rydych chi’n gweld 1 nodwedd ar y tro.',
  'participant.introIndividual':
    'Rhowch eich sgôr gyfrinachol eich hun i bob nodwedd. Fydd neb yn ei gweld nes i ni ddangos yr holl sgorau.',
  'participant.introGroup':
    'Rydyn ni’n dewis sgôr i bob nodwedd gyda’n gilydd. Gallwch chi ychwanegu ysgolion, nadroedd, nodiadau a syniadau.',
  'participant.previous': 'Mynd yn ôl 1 nodwedd',
  'participant.next': 'Mynd i’r nodwedd nesaf',
  'participant.scoreHeading': 'Eich sgôr gyfrinachol',
  'participant.staysHere':
    'Mae eich sgôr yn aros ar y ffôn neu’r cyfrifiadur hwn. Fydd neb yn ei gweld nes i ni ddangos yr holl sgorau.',
  'participant.scored': 'Rydych chi wedi rhoi eich sgôr. Gallwch chi ei newid nes i ni ddangos yr holl sgorau.',
  'participant.notScored': 'Dydych chi ddim wedi rhoi sgôr eto.',
  'participant.noNotes': 'Does neb wedi ysgrifennu nodyn eto.',
  'participant.addNote': 'Ysgrifennwch rywbeth i’w ychwanegu at y nodiadau',
  'participant.addNoteButton': 'Ei ychwanegu',
  'participant.noteAdded': 'Rydyn ni wedi ei ychwanegu at y nodiadau.',
};

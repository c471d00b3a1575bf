import type { Strings } from '@coproduce/core';
import type { markScorerEn } from './en.js';

/** Cymraeg: the strings of <mark-scorer>. */
export const markScorerCy: Strings<typeof markScorerEn> = {
  'error.stage':
    'Gofynnodd y dudalen am gam dydyn ni ddim yn ei adnabod (“{value}”), felly rydyn ni’n dangos y cam “Y broses”.',
  'error.mode':
    'Gofynnodd y dudalen am ffordd o sgorio dydyn ni ddim yn ei hadnabod (“{value}”), felly mae pawb yn sgorio gyda’i gilydd.',
  'error.emptyIdea': 'Rhowch eich syniad',
  'error.emptyMarkName': 'Rhowch enw ar gyfer y nodwedd',

  'stage.planning': 'Cynllunio',
  'stage.process': 'Y broses',
  'stage.completing': 'Cwblhau, rhannu a dathlu',
  'stage.review': 'Adolygu',

  title: 'Nodweddion cydgynhyrchu: {stage}',
  intro:
    'Siaradwch am bob nodwedd gyda’ch gilydd. Dywedwch beth mae’n ei olygu i’ch prosiect, beth sy’n eich helpu i symud ymlaen (ysgolion, fel yn y gêm nadroedd ac ysgolion), beth allai eich dal yn ôl (nadroedd), a pha mor bell rydych chi’n ei gyflawni nawr, o 1 i 10. Gall unrhyw un basio.',
  'readonly.intro': 'Gallwch ddarllen y sesiwn hon yma, ond nid ei newid.',
  'intro.individual':
    'Mae pob person yn rhoi ei sgôr ei hun yn breifat yn gyntaf. Does neb yn gweld sgôr neb arall nes i chi ddewis eu dangos i gyd gyda’ch gilydd.',
  'notes.label': 'Beth mae hyn yn ei olygu i’n prosiect ni',
  'notes.hint': 'Yn eich geiriau eich hun.',
  'ladders.heading': 'Ysgolion: beth sy’n ein helpu i symud ymlaen',
  'ladders.hint': 'Pethau sydd gennym yn barod sy’n helpu, fel sgiliau, cymorth neu arferion da.',
  'ladders.add': 'Ychwanegu ysgol',
  'ladders.addButton': 'Ychwanegu’r ysgol',
  'ladders.edit': 'Newid yr ysgol hon',
  'ladders.empty': 'Dim ysgolion eto.',
  'snakes.heading': 'Nadroedd: beth allai ein dal yn ôl',
  'snakes.hint': 'Risgiau a chamddealltwriaethau i gadw llygad amdanyn nhw.',
  'snakes.add': 'Ychwanegu neidr',
  'snakes.addButton': 'Ychwanegu’r neidr',
  'snakes.edit': 'Newid y neidr hon',
  'snakes.empty': 'Dim nadroedd eto.',
  'score.agreedLegend': 'Ein sgôr ar gyfer “{mark}”',
  'score.hint':
    'Mae 1 yn golygu nad ydyn ni’n gwneud hyn eto. Mae 10 yn golygu ein bod ni’n ei wneud yn llawn. Gallwch basio os nad ydych chi eisiau rhoi sgôr.',
  'score.pass': 'Pasio – dim sgôr',
  'summary.agreed': 'Ein sgôr: {score} allan o 10',
  'summary.passed': 'Wedi pasio',
  'summary.notYet': 'Dim sgôr eto',
  'people.heading': 'Pwy sy’n sgorio',
  'people.hint':
    'Enwau yn unig, byth teitlau swyddi. Mae pob person sydd yma’n sgorio’n breifat; mae sgorau pawb yn cael eu dangos gyda’i gilydd.',
  'people.progress': 'nodweddion wedi’u sgorio: {count} o {total}',
  'individual.heading': 'Sgorau preifat',
  'individual.hint':
    'Ewch bob yn un. Dewiswch eich enw, dewiswch eich sgôr, yna pwyswch “Wedi gorffen”. Mae eich sgôr yn cael ei chuddio eto ar unwaith.',
  'individual.enter': 'Sgorio’n breifat fel {name}',
  'individual.change': 'Newid sgôr {name}',
  'individual.answered': 'wedi ateb',
  'individual.notYet': 'heb ateb eto',
  'individual.legend': 'Sgôr breifat {name} ar gyfer “{mark}”',
  'individual.changeHint':
    'Mae eu sgôr gyntaf yn aros yn gudd, hyd yn oed oddi wrthych chi. Dewiswch eto i gymryd ei lle, neu pwyswch “Wedi gorffen” i’w chadw.',
  'individual.done': 'Wedi gorffen – cuddio fy sgôr',
  'individual.progress': 'Wedi ateb: {count} o {total}',
  'individual.reveal': 'Dangos sgorau pawb',
  'individual.noParticipants': 'I sgorio’n breifat, ychwanegwch y bobl sydd yma heddiw o dan “Pwy sy’n sgorio”.',
  'individual.scoreAgain': 'Sgorio eto’n breifat',
  'individual.scoreAgainHint':
    'Mae hyn yn clirio’r sgorau preifat hyn er mwyn i bawb sgorio eto. Mae rowndiau sydd wedi’u cadw yn cadw sgorau’r grŵp.',
  'spread.heading': 'Sgorau pawb',
  'spread.scores': {
    zero: '{count} o sgorau: {list}.',
    one: '1 sgôr: {list}.',
    two: '{count} sgôr: {list}.',
    few: '{count} sgôr: {list}.',
    many: '{count} sgôr: {list}.',
    other: '{count} o sgorau: {list}.',
  },
  'spread.range': 'Isaf {lowest}, canol {middle}, uchaf {highest}.',
  'spread.none': 'Wnaeth neb roi sgôr.',
  'spread.passes': {
    zero: 'Pasiodd {count} o bobl.',
    one: 'Pasiodd 1 person.',
    two: 'Pasiodd {count} berson.',
    few: 'Pasiodd {count} pherson.',
    many: 'Pasiodd {count} pherson.',
    other: 'Pasiodd {count} o bobl.',
  },
  'spread.unanswered': {
    zero: 'Dydy {count} o bobl ddim wedi ateb eto.',
    one: 'Dydy 1 person ddim wedi ateb eto.',
    two: 'Dydy {count} berson ddim wedi ateb eto.',
    few: 'Dydy {count} pherson ddim wedi ateb eto.',
    many: 'Dydy {count} pherson ddim wedi ateb eto.',
    other: 'Dydy {count} o bobl ddim wedi ateb eto.',
  },
  'mark.more': 'Mwy am y nodwedd hon',
  'source.rip':
    'Daw’r nodweddion hyn o “The mark of co-production” (nodweddion cydgynhyrchu) gan Research in Practice.',
  'source.ripLink': 'Research in Practice (yn agor mewn tab newydd)',
  'source.ours':
    'Ein hawgrymiadau ein hunain yw’r nodweddion yn y cam hwn, yn seiliedig ar ganllawiau cydgynhyrchu, nid o “The mark of co-production”. Newidiwch nhw i siwtio eich grŵp.',
  'everyMeeting.heading': 'Ym mhob cyfarfod, gofynnwch',
  'everyMeeting.questions':
    'Beth yw ein bylchau?|Ydy pawb yn teimlo eu bod yn cael eu clywed a’u gwerthfawrogi?|Beth dylen ni ei newid?',
  'scores.notTargets':
    'Myfyrdod y grŵp ei hun ar sut mae’n cydweithio yw’r sgorau hyn. Dydyn nhw ddim yn fesur perfformiad nac yn darged.',
  'mark.reword': 'Newid y geiriad',
  'mark.restore': 'Mynd yn ôl i’r geiriad gwreiddiol',
  'mark.hide': 'Cuddio’r nodwedd hon',
  'mark.remove': 'Tynnu’r nodwedd hon',
  'mark.nameLabel': 'Enw’r nodwedd',
  'mark.descriptionLabel': 'Beth mae’n ei olygu (dewisol)',
  'hidden.heading': {
    zero: '{count} o nodweddion wedi’u cuddio',
    one: '1 nodwedd wedi’i chuddio',
    two: '{count} nodwedd wedi’u cuddio',
    few: '{count} nodwedd wedi’u cuddio',
    many: '{count} nodwedd wedi’u cuddio',
    other: '{count} o nodweddion wedi’u cuddio',
  },
  'hidden.show': 'Dangos eto',
  'marks.allHidden': 'Mae’r holl nodweddion ar gyfer y cam hwn wedi’u cuddio. Gallwch eu dangos eto isod.',
  'addMark.heading': 'Ychwanegu eich nodwedd eich hun',
  'addMark.hint': 'Mae’n cael ei hychwanegu at y cam hwn. Gallwch ei thynnu yn nes ymlaen.',
  'addMark.submit': 'Ychwanegu’r nodwedd',
  'lake.heading': 'Llyn syniadau',
  'lake.hint': 'Syniadau sy’n perthyn i gam arall. Maen nhw’n cael eu cadw yma fel nad ydyn nhw’n mynd ar goll.',
  'lake.empty': 'Does dim syniadau yn y llyn eto.',
  'lake.ideaLabel': 'Eich syniad',
  'lake.stageLabel': 'I ba gam mae’n perthyn',
  'lake.add': 'Ychwanegu at y llyn',
  'rounds.heading': 'Rowndiau',
  'rounds.hint': 'Cadwch sgorau’r grŵp nawr, yna sgoriwch eto yn nes ymlaen i weld beth sydd wedi newid.',
  'rounds.labelLabel': 'Enw ar gyfer y rownd hon (dewisol)',
  'rounds.labelHint': 'Os byddwch chi’n ei adael yn wag, bydd yn cael ei galw’n “{label}”.',
  'rounds.defaultLabel': 'Rownd {number}',
  'rounds.save': 'Cadw’r rownd hon',
  'rounds.empty': 'Does dim rowndiau wedi’u cadw eto.',
  'rounds.cellPassed': 'Wedi pasio',
  'rounds.cellNone': 'Dim sgôr',
  'reflection.heading': 'Edrych yn ôl',
  'reflection.needTwo': 'Cadwch rownd arall yn nes ymlaen i weld sut mae eich sgorau’n newid.',
  'reflection.movedMost': 'Y nodweddion a symudodd fwyaf:',
  'reflection.up': {
    zero: 'Aeth “{mark}” i fyny {count}, o {from} i {to}',
    one: 'Aeth “{mark}” i fyny 1, o {from} i {to}',
    two: 'Aeth “{mark}” i fyny {count}, o {from} i {to}',
    few: 'Aeth “{mark}” i fyny {count}, o {from} i {to}',
    many: 'Aeth “{mark}” i fyny {count}, o {from} i {to}',
    other: 'Aeth “{mark}” i fyny {count}, o {from} i {to}',
  },
  'reflection.down': {
    zero: 'Aeth “{mark}” i lawr {count}, o {from} i {to}',
    one: 'Aeth “{mark}” i lawr 1, o {from} i {to}',
    two: 'Aeth “{mark}” i lawr {count}, o {from} i {to}',
    few: 'Aeth “{mark}” i lawr {count}, o {from} i {to}',
    many: 'Aeth “{mark}” i lawr {count}, o {from} i {to}',
    other: 'Aeth “{mark}” i lawr {count}, o {from} i {to}',
  },
  'reflection.noChange': 'Does dim un o sgorau’r grŵp wedi newid rhwng rowndiau.',
  'reflection.chartNote':
    'Yn y siart, mae pob cylch yn rownd, wedi’u rhifo yn eu trefn. Mae’r tabl yn dangos yr un sgorau.',
  'reflection.caption': 'Sgorau’r grŵp ym mhob rownd',
  'reflection.markColumn': 'Nodwedd',
  'file.name': 'nodweddion cydgynhyrchu',
  'csv.stage': 'Cam',
  'csv.mark': 'Nodwedd',
  'csv.meaning': 'Beth mae’n ei olygu',
  'csv.notes': 'Ein nodiadau',
  'csv.ladders': 'Ysgolion (beth sy’n helpu)',
  'csv.snakes': 'Nadroedd (beth allai ein dal yn ôl)',
  'csv.agreed': 'Sgôr y grŵp',
  'csv.private': 'Sgorau preifat (ar ôl eu dangos)',
  'csv.hidden': 'Wedi’i chuddio',
  'status.privateHidden': 'Mae sgôr {name} wedi’i chadw a’i chuddio.',
  'status.revealed': 'Yn dangos sgorau pawb ar gyfer “{mark}”.',
  'status.scoreAgain': 'Mae’r sgorau preifat wedi’u clirio. Gall pawb sgorio eto.',
  'status.markAdded': 'Wedi ychwanegu’r nodwedd “{mark}”.',
  'status.markHidden': 'Mae’r nodwedd “{mark}” wedi’i chuddio. Gallwch ei dangos eto o’r nodweddion cudd.',
  'status.markShown': 'Mae’r nodwedd “{mark}” i’w gweld eto.',
  'status.markRemoved': 'Wedi tynnu’r nodwedd “{mark}”.',
  'status.wordingRestored': 'Mae’r geiriad gwreiddiol yn ôl.',
  'status.ideaAdded': 'Wedi ychwanegu’r syniad at y llyn, ar gyfer y cam “{stage}”.',
  'status.roundSaved': 'Wedi cadw “{label}”.',

  'mark.starting-positively.name': 'Dechrau’n gadarnhaol: dod â chydgynhyrchwyr at ei gilydd',
  'mark.starting-positively.description': 'Sgyrsiau cyntaf, tâl teg, a chytuno sut a phryd rydyn ni’n cwrdd.',
  'mark.starting-positively.more':
    'Siaradwch â phob person cyn y cyfarfod cyntaf: beth maen nhw eisiau ei gael ohono, a beth fyddai’n ei gwneud yn haws dod. Cytunwch ar y tâl cyn i neb ddechrau, a thalwch ar amser. Gofynnwch sut mae pobl yn hoffi cwrdd: yr amser o’r dydd, y lle, ar-lein neu mewn ystafell, ac unrhyw gymorth sydd ei angen arnyn nhw.',
  'mark.shared-purpose.name': 'Cytuno ar yr hyn rydyn ni eisiau ei newid',
  'mark.shared-purpose.description':
    'Rydyn ni’n penderfynu gyda’n gilydd beth yw pwrpas y prosiect a sut beth yw llwyddiant.',
  'mark.shared-purpose.more':
    'Cytunwch mewn geiriau plaen beth yw pwrpas y prosiect a beth fyddai’n cyfrif fel llwyddiant, a’i ysgrifennu. Gwiriwch fod pobl â phrofiad bywyd wedi’i siapio, nid staff yn unig. Dewch yn ôl ato pan fydd pethau’n newid.',
  'mark.what-can-change.name': 'Pa bŵer sydd gennym, a beth na all newid',
  'mark.what-can-change.description':
    'Rydyn ni’n dweud yn gynnar pa benderfyniadau sydd i ni eu gwneud, pa rai sydd ddim, a phwy sy’n eu gwneud.',
  'mark.what-can-change.more':
    'Byddwch yn glir am yr hyn y gall y grŵp ei benderfynu, yr hyn y gall ddylanwadu arno, a’r hyn sydd wedi’i bennu’n barod. Enwch pwy sy’n gwneud y penderfyniadau na all y grŵp eu gwneud. Byddai’n well gan bobl wybod y terfynau nawr na chanfod wedyn nad oedd eu syniadau erioed yn bosibl.',
  'mark.easy-to-join.name': 'Ei gwneud yn hawdd cymryd rhan',
  'mark.easy-to-join.description':
    'Mae amseroedd, lleoedd, fformatau a chymorth y cyfarfodydd yn addas i bawb yn y grŵp.',
  'mark.easy-to-join.more':
    'Gofynnwch i bob person beth sy’n eu helpu i gymryd rhan: amseroedd, lleoedd, teithio, egwyliau, print bras, ystafell dawel, rhywun i ddod gyda nhw. Talwch gostau teithio a gofal ymlaen llaw lle gallwch chi. Gofynnwch eto wrth i’r prosiect fynd yn ei flaen, gan fod anghenion yn newid.',
  'mark.right-for-this.name': 'Ydy cydgynhyrchu’n iawn ar gyfer hyn, nawr?',
  'mark.right-for-this.description':
    'Rydyn ni’n gwirio bod lle go iawn i newid pethau, a’r amser a’r arian i wneud hynny’n dda.',
  'mark.right-for-this.more':
    'Mae cydgynhyrchu angen lle i bobl newid yr hyn sy’n digwydd, a’r amser, yr arian a’r cymorth i’w wneud yn iawn. Os yw’r penderfyniadau mawr wedi’u gwneud yn barod, dywedwch hynny, a meddyliwch eto a ddylech chi ofyn i bobl o gwbl. Mae’n well bod yn onest nawr na gofyn am syniadau na all neb eu defnyddio.',
  'mark.who-is-missing.name': 'Pwy sydd ddim yn yr ystafell, a pham',
  'mark.who-is-missing.description':
    'Rydyn ni’n sylwi pa leisiau sydd ar goll, ac yn ei gwneud yn haws iddyn nhw ymuno.',
  'mark.who-is-missing.more':
    'Edrychwch o gwmpas y grŵp a gofynnwch pwy sydd ar goll: pobl o rai oedrannau, cefndiroedd, ieithoedd neu brofiadau. Gofynnwch pam: yr amser, y lle, y gost, ymddiriedaeth, neu sut clywodd pobl amdano. Newidiwch yr hyn a allwch chi, a dywedwch beth wnaethoch chi roi cynnig arno.',
  'mark.our-words.name': 'Cytuno ar ein geiriau',
  'mark.our-words.description': 'Rydyn ni’n cytuno ar eiriau plaen gyda’n gilydd, heb jargon na byrfoddau.',
  'mark.our-words.more':
    'Gwnewch restr fer o’r geiriau y bydd y grŵp yn eu defnyddio, a’r geiriau y bydd yn eu hosgoi. Gofynnwch i bobl beth hoffen nhw gael eu galw. Pan fydd rhywun yn defnyddio gair neu fyrfodd nad yw pawb yn ei wybod, gall unrhyw un ofyn beth mae’n ei olygu, ac mae croeso i hynny.',
  'mark.listening.name': 'Gwrando',
  'mark.listening.description':
    'Mae pawb yn cael eu clywed, ac rydyn ni’n gweithredu ar yr hyn mae pobl yn ei ddweud wrthon ni.',
  'mark.listening.more':
    'Sylwch pwy sy’n cael eu torri ar eu traws neu pwy mae eraill yn siarad drostyn nhw, a phwy sy’n siarad fwyaf. Rhowch amser i bobl orffen, a ffyrdd o ychwanegu pethau’n ysgrifenedig neu wedyn. Dangoswch beth wnaethoch chi â’r hyn a ddywedodd pobl, fel eu bod yn gwybod iddo gael ei glywed.',
  'mark.new-skills.name': 'Dysgu sgiliau newydd',
  'mark.new-skills.description':
    'Mae pobl yn dysgu oddi wrth ei gilydd ac yn cael yr hyfforddiant neu’r cymorth maen nhw’n gofyn amdano.',
  'mark.new-skills.more':
    'Gofynnwch i bobl beth hoffen nhw ei ddysgu, a chynigiwch hyfforddiant, mentora neu gyfle i ymarfer. Enwch y sgiliau mae pobl yn eu hennill, fel cadeirio cyfarfod neu siarad â phanel, fel y gallan nhw eu defnyddio mewn mannau eraill, ar CV er enghraifft. Mae staff yn dysgu gan bobl â phrofiad bywyd hefyd: dywedwch hynny.',
  'mark.icebreakers.name': 'Gweithgareddau torri’r garw',
  'mark.icebreakers.description':
    'Gweithgareddau byr sy’n helpu pobl i deimlo’n gartrefol, gyda dewis i beidio â chymryd rhan.',
  'mark.icebreakers.more':
    'Cadwch nhw’n fyr, yn ysgafn ac yn ddewisol: gall unrhyw un basio heb roi rheswm. Defnyddiwch enwau cyntaf, nid teitlau swyddi. Cynigiwch ffyrdd o ymuno heb siarad neu gyda chamerâu i ffwrdd, ac osgowch gwestiynau sy’n gofyn i bobl rannu rhywbeth personol.',
  'mark.creative-ways.name': 'Ffyrdd creadigol o gydweithio',
  'mark.creative-ways.description':
    'Rydyn ni’n defnyddio tynnu lluniau, straeon, gwrthrychau a ffyrdd eraill y tu hwnt i siarad ac ysgrifennu.',
  'mark.creative-ways.more':
    'Dydy pawb ddim yn meddwl orau drwy siarad neu ysgrifennu. Rhowch gynnig ar dynnu lluniau, ffotograffau, gwrthrychau, mapiau, straeon, neu gerdded a siarad. Gadewch i bobl ddewis sut maen nhw’n cymryd rhan, a chadwch a defnyddiwch yr hyn maen nhw’n ei wneud fel unrhyw syniad arall.',
  'mark.conflict.name': 'Delio â gwrthdaro a sefyllfaoedd anodd',
  'mark.conflict.description': 'Mae’n ddiogel anghytuno, ac rydyn ni’n delio â thensiwn yn deg ac yn gynnar.',
  'mark.conflict.more':
    'Mae anghytuno’n normal a gall fod yn ddefnyddiol. Cytunwch yn gynnar sut byddwch chi’n delio ag ef: cymerwch seibiant, gwrandewch ar bob ochr, ac edrychwch ar beth a’i achosodd. Os yw rhywun yn ypsetio, holwch sut maen nhw’n garedig, yn breifat os yw’n well ganddyn nhw, a chynigiwch gymorth. Deliwch â phroblemau’n gynnar, cyn iddyn nhw dyfu.',
  'mark.community.name': 'Bod yn rhan o’r gymuned',
  'mark.community.description':
    'Mae’r prosiect wedi’i wreiddio yn y cymunedau y mae ar eu cyfer, ac yn rhoi rhywbeth yn ôl.',
  'mark.community.more':
    'Cysylltwch y prosiect â’r lleoedd a’r grwpiau mae pobl yn perthyn iddyn nhw’n barod. Cwrddwch yn y gymuned lle gallwch chi, a rhannwch yr hyn rydych chi’n ei ddysgu â hi. Gofynnwch beth gall y prosiect ei roi yn ôl, nid dim ond yr hyn sydd ei angen arno.',
  'mark.power.name': 'Meddwl a siarad am bŵer',
  'mark.power.description': 'Rydyn ni’n sylwi pwy sydd â mwy o lais, ac yn rhannu penderfyniadau’n fwy cyfartal.',
  'mark.power.more':
    'Siaradwch yn agored am bwy sydd â mwy o lais: pwy sy’n dal y gyllideb, pwy sy’n cadeirio, pwy sy’n ysgrifennu’r nodiadau. Rhannwch y swyddi hynny. Gadewch i bobl â phrofiad bywyd fynd gyntaf weithiau, a gwiriwch fod penderfyniadau wedi’u siapio ganddyn nhw, nid dim ond wedi’u cytuno ar y diwedd.',
  'mark.ongoing-reviews.name': 'Adolygu’n rheolaidd',
  'mark.ongoing-reviews.description':
    'Ym mhob cyfarfod, rydyn ni’n gwirio sut mae cydweithio’n mynd, ac yn newid yr hyn sydd ddim yn gweithio.',
  'mark.ongoing-reviews.more':
    'Ym mhob cyfarfod, cymerwch ychydig funudau i ofyn: Beth yw ein bylchau? Ydy pawb yn teimlo eu bod yn cael eu clywed a’u gwerthfawrogi? Beth dylen ni ei newid? Gwnewch hi’n hawdd ateb heb siarad, ar bapur er enghraifft. Gweithredwch ar yr atebion, a dywedwch beth newidiodd.',
  'mark.decompress.name': 'Cymorth ac amser i ymlacio',
  'mark.decompress.description': 'Mae gan bobl gymorth, ac amser i ddod atyn nhw eu hunain ar ôl sgyrsiau anodd.',
  'mark.decompress.more':
    'Gall siarad am brofiad bywyd fod yn anodd. Cynlluniwch egwyliau a lle tawel, a gorffennwch gyfarfodydd yn dawel yn hytrach nag ar frys. Dywedwch wrth bobl ble gallan nhw gael cymorth wedyn, a holwch sut mae unrhyw un a oedd i’w weld yn ypset.',
  'mark.planning-for-change.name': 'Cynlluniau ar gyfer pan fydd pobl yn gadael neu’n cymryd seibiant',
  'mark.planning-for-change.description':
    'Rydyn ni’n cynllunio ar gyfer pobl yn gadael, yn cymryd seibiant neu’n ymuno, fel bod y gwaith a’u llais yn parhau.',
  'mark.planning-for-change.more':
    'Mae bywydau pobl yn newid: salwch, gwaith, gofalu, neu angen seibiant. Cytunwch sut gall rhywun gamu’n ôl a dod yn ôl heb golli eu lle. Cadwch nodiadau fel y gall pobl newydd ddal i fyny, a rhowch groeso iawn iddyn nhw. Diolchwch i bobl sy’n gadael, a dywedwch wrthyn nhw beth ddaeth o’u gwaith.',
  'mark.allyship.name': 'Sefyll gyda’n gilydd yn erbyn hiliaeth',
  'mark.allyship.description': 'Rydyn ni’n herio hiliaeth a gwahaniaethu, ac yn sefyll dros ein gilydd.',
  'mark.allyship.more':
    'Heriwch hiliaeth a gwahaniaethu pan fyddwch chi’n ei weld neu’n ei glywed, yn yr ystafell ac yn y sefydliad. Peidiwch â’i adael i’r bobl mae’n effeithio arnyn nhw i godi llais. Dysgwch am brofiadau pobl yn y grŵp, a gwiriwch fod pawb yn cael eu trin yn deg, gan gynnwys sut mae pobl yn cael eu talu a’u cydnabod.',
  'mark.online-comfort.name': 'Teimlo’n gyfforddus mewn cyfarfodydd ar-lein',
  'mark.online-comfort.description': 'Mae cyfarfodydd ar-lein yn gweithio i bawb, gyda chamerâu ymlaen neu i ffwrdd.',
  'mark.online-comfort.more':
    'Mae camerâu bob amser yn ddewisol. Gwiriwch fod pawb yn gallu mynd ar-lein a defnyddio’r offer, a chynigiwch help neu ffordd o ymuno dros y ffôn. Defnyddiwch y sgwrs a ffyrdd eraill o ymuno heblaw siarad. Cadwch gyfarfodydd ar-lein yn fyrrach, gydag egwyliau.',
  'mark.admin-support.name': 'Sicrhau a gwerthfawrogi cymorth gweinyddol',
  'mark.admin-support.description':
    'Mae rhywun yn gyfrifol am y gwaith gweinyddu a threfnu, gyda’r amser a’r arian sydd eu hangen, ac rydyn ni’n gwerthfawrogi’r gwaith hwnnw.',
  'mark.admin-support.more':
    'Mae cydgynhyrchu’n gofyn am lawer o drefnu: archebu ystafelloedd, anfon papurau yn y fformatau cywir, trefnu teithio a sicrhau bod pobl yn cael eu talu ar amser. Gwnewch hyn yn swydd i rywun, rhowch amser a chyllideb iddo, a diolchwch iddyn nhw amdano. Pan fydd gwaith gweinyddu’n cael ei adael i siawns, mae pobl yn rhoi’r gorau iddi.',
  'mark.crediting.name': 'Rhoi clod i bawb',
  'mark.crediting.description': 'Mae rhan pawb yn cael ei henwi a’i chydnabod, yn y ffordd mae pob person yn ei dewis.',
  'mark.crediting.more':
    'Gofynnwch i bob person sut hoffen nhw gael eu cydnabod: enw llawn, enw cyntaf, enw ffug, neu ddim o gwbl. Enwch ran pawb mewn adroddiadau, sgyrsiau a gwefannau. Peidiwch byth â chyflwyno gwaith a gydgynhyrchwyd fel gwaith un person neu un sefydliad.',
  'mark.sharing-change.name': 'Rhannu’r hyn a newidiodd',
  'mark.sharing-change.description': 'Rydyn ni’n dweud wrth bobl beth ddigwyddodd oherwydd eu hamser a’u syniadau.',
  'mark.sharing-change.more':
    'Dywedwch wrth bawb a gymerodd ran beth ddigwyddodd oherwydd eu hamser a’u syniadau, gan gynnwys yr hyn na allai newid a pham. Gwnewch hynny’n fuan, ac mewn ffordd y gall pobl ei defnyddio. Yr enw ar hyn yn aml yw “dywedoch chi, fe wnaethon ni”.',
  'mark.celebrating.name': 'Dathlu gyda’n gilydd',
  'mark.celebrating.description':
    'Rydyn ni’n nodi’r hyn rydyn ni wedi’i gyflawni, mewn ffordd mae’r grŵp cyfan yn ei mwynhau.',
  'mark.celebrating.more':
    'Nodwch yr hyn a gyflawnodd y grŵp mewn ffordd mae pawb yn ei mwynhau: pryd o fwyd, digwyddiad, tystysgrif neu ddiolch syml. Gofynnwch i’r grŵp sut hoffen nhw ddathlu, a chynhwyswch bobl a adawodd ar y ffordd.',
  'mark.accessible-sharing.name': 'Rhannu mewn ffyrdd y gall pobl eu defnyddio',
  'mark.accessible-sharing.description':
    'Mae’r hyn rydyn ni’n ei rannu mewn iaith glir ac mewn fformatau y gall pawb eu defnyddio.',
  'mark.accessible-sharing.more':
    'Rhannwch yr hyn a gawsoch chi mewn iaith blaen, ac yn y fformatau sydd eu hangen ar bobl: Hawdd ei Ddeall, print bras, sain, Saesneg neu ieithoedd eraill. Gofynnwch i bobl â phrofiad bywyd ei wirio, a’i rannu â’r grŵp yn gyntaf.',
  'mark.looking-back.name': 'Edrych yn ôl ar ein sgorau',
  'mark.looking-back.description':
    'Rydyn ni’n cymharu sgorau heddiw â rhai cynharach ac yn siarad am pam maen nhw wedi symud.',
  'mark.looking-back.more':
    'Cymharwch sgorau heddiw â rhai cynharach a siaradwch am pam y gwnaethon nhw symud. Myfyrdod y grŵp ei hun yw’r sgorau, nid targed. Gall sgôr is fod yn arwydd da: mae’r grŵp yn gweld yn gliriach nawr.',
  'mark.take-forward.name': 'Beth rydyn ni’n ei gadw',
  'mark.take-forward.description': 'Rydyn ni’n enwi’r hyn a weithiodd yn dda, er mwyn i ni ei wneud eto.',
  'mark.take-forward.more':
    'Enwch yr hyn a weithiodd yn dda, fel y gallwch chi neu eraill ei wneud eto. Ysgrifennwch ef mewn geiriau plaen, a’i rannu â’r bobl a fydd yn cynllunio’r prosiect nesaf.',
  'mark.drop.name': 'Beth rydyn ni’n rhoi’r gorau iddo',
  'mark.drop.description': 'Rydyn ni’n cytuno ar yr hyn na weithiodd, ac yn rhoi’r gorau i’w wneud.',
  'mark.drop.more':
    'Cytunwch beth na weithiodd, a rhowch y gorau i’w wneud. Byddwch yn onest, ac yn garedig: rydyn ni eisiau dysgu, nid beio. Gofynnwch i bobl a adawodd beth fyddai wedi eu helpu i aros.',
  'mark.staying-in-touch.name': 'Cadw mewn cysylltiad',
  'mark.staying-in-touch.description':
    'Mae pobl yn gwybod beth sy’n digwydd nesaf, a sut i barhau i gymryd rhan os ydyn nhw eisiau.',
  'mark.staying-in-touch.more':
    'Dywedwch wrth bobl beth sy’n digwydd nesaf a sut gallan nhw barhau i gymryd rhan, os ydyn nhw eisiau. Gofynnwch sut hoffen nhw glywed amdano, a’i gwneud yr un mor hawdd camu’n ôl.',
};

import type { Strings } from '@coproduce/core';
import type { icebreakerPickerEn } from './en.js';

/** Cymraeg: the strings of <icebreaker-picker>. */
export const icebreakerPickerCy: Strings<typeof icebreakerPickerEn> = {
  title: 'Torri’r garw',
  intro: 'Ffordd fer, ysgafn o ddechrau sy’n addas i’ch cyfarfod. Gall pawb basio, ar unrhyw adeg, heb roi rheswm.',
  loading: 'Wrthi’n llwytho’r gweithgareddau…',

  'meeting.legend': 'Am y cyfarfod',
  'meeting.minutes': 'Pa mor hir yw’r cyfarfod?',
  'meeting.minutesUnit': 'munud',
  'meeting.groupSize': 'Faint o bobl fydd yno?',
  'meeting.groupSizeHint': 'Cyfrwch bawb, gan eich cynnwys chi.',
  'meeting.setting': 'Ble rydych chi’n cyfarfod?',
  'setting.in-person': 'Mewn ystafell',
  'setting.online': 'Ar-lein',
  'setting.hybrid': 'Rhai mewn ystafell, rhai ar-lein',
  'meeting.camerasOff': 'Bydd gan rai pobl eu camerâu i ffwrdd',
  'meeting.someNotSpeaking': 'Byddai’n well gan rai pobl beidio â siarad',
  'meeting.materials': 'Mae gennym ni bapur, pinnau ysgrifennu neu luniau wrth law',
  'meeting.budget': 'Yr amser hiraf ar gyfer torri’r garw',
  'meeting.budgetUnit': 'y cant o’r cyfarfod',
  'meeting.budgetHint': 'Mae hynny hyd at {time}. Gorau po fyrraf: mae 10 y cant yn ddigon.',

  'error.minutes': 'Rhowch hyd y cyfarfod mewn munudau cyfan, o 5 i 600',
  'error.groupSize': 'Rhowch faint o bobl fel rhif cyfan, o 2 i 200',
  'error.budget': 'Rhowch yr amser hiraf fel canran gyfan, o 1 i 50',

  'error.minutesAttribute':
    'Dydy hyd y cyfarfod a roddwyd i’r dudalen hon (“{value}”) ddim yn nifer cyfan o funudau o 5 i 600, felly rydyn ni’n defnyddio {fallback} munud.',
  'error.groupSizeAttribute':
    'Dydy nifer y bobl a roddwyd i’r dudalen hon (group-size: “{value}”) ddim yn rhif cyfan o 2 i 200, felly rydyn ni’n defnyddio {fallback}.',
  'error.budgetAttribute':
    'Dydy’r amser ar gyfer torri’r garw a roddwyd i’r dudalen hon (“{value}”) ddim yn ganran gyfan o 1 i 50, felly rydyn ni’n defnyddio {fallback} y cant.',
  'error.settingAttribute':
    'Dylai’r math o gyfarfod a roddwyd i’r dudalen hon (“{value}”) fod yn in-person, online neu hybrid, felly rydyn ni’n defnyddio “Mewn ystafell”.',
  'error.seed':
    'Does dim modd defnyddio’r cod dewis a roddwyd i’r dudalen hon (“{value}”), felly cafodd un newydd ei ddewis.',
  'error.pick':
    'Dydy’r gweithgaredd y gofynnwyd amdano (“{value}”) ddim yn y rhestr, felly cafodd un arall ei awgrymu.',
  'error.pickUnsuited':
    'Dydy’r gweithgaredd y gofynnwyd amdano (“{value}”) ddim yn addas i’r cyfarfod hwn, felly cafodd un arall ei awgrymu.',
  'error.icebreakers': {
    zero: 'Dydy {count} o’r gweithgareddau a roddwyd i’r dudalen hon ddim yn y ffurf gywir, felly cawson nhw eu gadael allan: {which}.',
    one: 'Dydy {count} o’r gweithgareddau a roddwyd i’r dudalen hon ddim yn y ffurf gywir, felly cafodd ei adael allan: {which}.',
    two: 'Dydy {count} o’r gweithgareddau a roddwyd i’r dudalen hon ddim yn y ffurf gywir, felly cawson nhw eu gadael allan: {which}.',
    few: 'Dydy {count} o’r gweithgareddau a roddwyd i’r dudalen hon ddim yn y ffurf gywir, felly cawson nhw eu gadael allan: {which}.',
    many: 'Dydy {count} o’r gweithgareddau a roddwyd i’r dudalen hon ddim yn y ffurf gywir, felly cawson nhw eu gadael allan: {which}.',
    other:
      'Dydy {count} o’r gweithgareddau a roddwyd i’r dudalen hon ddim yn y ffurf gywir, felly cawson nhw eu gadael allan: {which}.',
  },
  'error.icebreakersNotList':
    'Dydy’r gweithgareddau a roddwyd i’r dudalen hon ddim yn rhestr, felly dim ond y rhai sy’n dod gyda’r offeryn sy’n cael eu dangos.',
  'error.icebreakerAt': 'rhif {number}',
  'error.source': 'Doedden ni ddim yn gallu llwytho’r gweithgareddau o {url}. Mae’r lleill yma o hyd.',
  'error.sourceTimeout': 'Roedd y gweithgareddau yn {url} yn rhy hir yn cyrraedd. Mae’r lleill yma o hyd.',
  'error.sourceTooBig': 'Mae’r gweithgareddau yn {url} yn rhy fawr i’w defnyddio. Mae’r lleill yma o hyd.',
  'error.sourceInvalid':
    'Dydy’r gweithgareddau yn {url} ddim yn y ffurf gywir, felly does dim modd eu defnyddio. Mae’r lleill yma o hyd.',

  'pick.suggested': 'Awgrym ar gyfer y cyfarfod hwn',
  'pick.chosen': 'Wedi’i ddewis ar gyfer y cyfarfod hwn',
  'pick.time': {
    zero: '{each} yr un: {total} ar gyfer {count} o bobl.',
    one: '{each} yr un: {total} ar gyfer {count} person.',
    two: '{each} yr un: {total} ar gyfer {count} berson.',
    few: '{each} yr un: {total} ar gyfer {count} pherson.',
    many: '{each} yr un: {total} ar gyfer {count} pherson.',
    other: '{each} yr un: {total} ar gyfer {count} o bobl.',
  },
  'pick.budget': 'Rydych chi wedi caniatáu hyd at {budget}.',
  'pick.sayFirst': 'Dywedwch hyn yn gyntaf',
  'pick.optOut':
    'Ymunwch dim ond os ydych chi eisiau. Gallwch chi ddweud “pas” unrhyw bryd, a does dim angen rhoi rheswm.',
  'pick.namesOnly': 'Defnyddiwch enwau cyntaf yn unig. Does dim angen i neb ddweud teitl eu swydd.',
  'pick.steps': 'Beth i’w wneud',
  'pick.prepare': 'Beth i’w baratoi',
  'pick.nothingToPrepare': 'Dim byd i’w baratoi.',
  'pick.noCamera': 'Gyda chamerâu i ffwrdd',
  'pick.nonVerbal': 'Heb siarad',
  'pick.another': 'Awgrymu un arall',
  'pick.onlyOne': 'Dyma’r unig weithgaredd sy’n addas i’r cyfarfod hwn.',
  'depth.light': 'Ysgafn',
  'depth.neutral': 'Bob dydd',
  'depth.feelings': 'Am deimladau: rhannwch dim ond yr hyn rydych chi eisiau',
  'depth.personal': 'Personol: rhannwch dim ond yr hyn rydych chi eisiau',
  'needs.noSpeaking': 'Does dim angen siarad',
  'needs.camerasOff': 'Yn gweithio gyda chamerâu i ffwrdd',
  'needs.materials': 'Angen pethau wrth law',
  'announce.suggested': 'Awgrym: {title}.',
  'announce.replaced': 'Dydy “{old}” ddim yn addas bellach, felly dyma “{title}”.',

  'none.heading': 'Does dim byd yn addas eto',
  'none.time': {
    zero: 'Does dim gweithgaredd yn ffitio mewn {budget} ar gyfer {count} o bobl.',
    one: 'Does dim gweithgaredd yn ffitio mewn {budget} ar gyfer {count} person.',
    two: 'Does dim gweithgaredd yn ffitio mewn {budget} ar gyfer {count} berson.',
    few: 'Does dim gweithgaredd yn ffitio mewn {budget} ar gyfer {count} pherson.',
    many: 'Does dim gweithgaredd yn ffitio mewn {budget} ar gyfer {count} pherson.',
    other: 'Does dim gweithgaredd yn ffitio mewn {budget} ar gyfer {count} o bobl.',
  },
  'none.quickest':
    'Mae’r cyflymaf sy’n addas i’r cyfarfod hwn, “{title}”, yn cymryd {total}: {percent} y cant o’r cyfarfod.',
  'none.allow': 'Caniatáu {percent} y cant o’r cyfarfod',
  'none.choices':
    'Does dim un o’r gweithgareddau’n addas i’r holl ddewisiadau uchod. Rhowch gynnig ar newid un ohonyn nhw.',
  'none.skip': 'Neu gallwch chi beidio â thorri’r garw heddiw: mae croesawu pawb wrth eu henw yn ddigon.',

  'browse.summary': {
    zero: 'Gweld y {count} o weithgareddau sy’n addas',
    one: 'Gweld {count} gweithgaredd sy’n addas',
    two: 'Gweld y {count} weithgaredd sy’n addas',
    few: 'Gweld y {count} gweithgaredd sy’n addas',
    many: 'Gweld y {count} gweithgaredd sy’n addas',
    other: 'Gweld y {count} o weithgareddau sy’n addas',
  },
  'browse.choose': 'Dewis',
  'browse.shown': 'Wedi’i ddangos uchod',
  'browse.each': '{each} yr un',

  'timer.heading': 'Tro pawb',
  'timer.intro': {
    zero: 'Yr un faint o amser i bawb: {each} yr un, ar gyfer {count} o bobl.',
    one: 'Yr un faint o amser i bawb: {each} ar gyfer {count} person.',
    two: 'Yr un faint o amser i bawb: {each} yr un, ar gyfer {count} berson.',
    few: 'Yr un faint o amser i bawb: {each} yr un, ar gyfer {count} pherson.',
    many: 'Yr un faint o amser i bawb: {each} yr un, ar gyfer {count} pherson.',
    other: 'Yr un faint o amser i bawb: {each} yr un, ar gyfer {count} o bobl.',
  },
  'timer.start': 'Dechrau’r troeon',
  'timer.pause': 'Oedi',
  'timer.resume': 'Parhau',
  'timer.next': 'Y person nesaf',
  'timer.nextHint': 'Defnyddiwch “Y person nesaf” pan fydd rhywun yn pasio, hefyd.',
  'timer.stop': 'Stopio’r troeon',
  'timer.person': 'Person {number} o {people}',
  'timer.left': 'Amser ar ôl',
  'timer.paused': 'Wedi oedi.',
  'timer.timeUp': 'Mae’r amser ar ben. Symudwch ymlaen pan fyddan nhw wedi gorffen yr hyn maen nhw’n ei ddweud.',
  'timer.finished': 'Mae pawb wedi cael tro.',
  'timer.more': '+30 eiliad',
  'timer.showCountdown': 'Dangos yr amser yn cyfrif i lawr',
  'timer.showCountdownHint':
    'Dad-diciwch hwn os yw gweld yr eiliadau’n mynd i lawr yn rhoi pwysau ar bobl. Bydd yn dal i ddweud pan fydd yr amser ar ben.',
  'announce.moreTime': '{time} yn ychwanegol. {left} ar ôl.',
  'timer.timeUpLed':
    'Mae’r amser ar ben. Bydd y person sy’n arwain y cyfarfod yn symud ymlaen pan fydd y siaradwr wedi gorffen.',
  'timer.waiting': 'Bydd y troeon yn dechrau pan fydd y person sy’n arwain y cyfarfod yn eu dechrau.',
  'live.waiting': 'Bydd y gweithgaredd torri’r garw i’w weld yma pan fydd y person sy’n arwain y cyfarfod yn dewis un.',
  'timer.again': 'Dechrau eto',
  'announce.turn': 'Person {number} o {people}: {time}.',
  'announce.tenLeft': '10 eiliad ar ôl.',
  'announce.timeUp': 'Mae’r amser ar ben i berson {number}.',
  'announce.paused': 'Wedi oedi.',
  'announce.resumed': 'Yn parhau.',

  'duration.minutes': {
    zero: '{count} munud',
    one: '{count} munud',
    two: '{count} funud',
    few: '{count} munud',
    many: '{count} munud',
    other: '{count} munud',
  },
  'duration.seconds': {
    zero: '{count} eiliad',
    one: '{count} eiliad',
    two: '{count} eiliad',
    few: '{count} eiliad',
    many: '{count} eiliad',
    other: '{count} eiliad',
  },
  'duration.both': '{minutes} {seconds}',
};

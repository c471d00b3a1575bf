import type { Strings } from '@coproduce/core';
import type { icebreakerPickerEasyEn } from './easy-read-en.js';

/**
 * Cymraeg hawdd ei ddeall (Easy Read Welsh) for <icebreaker-picker>, on the
 * terms of WELSH.md (torri’r garw, tro, pasio). The same keys as the English
 * (TypeScript checks). Needs a fluent Easy Read Welsh reviewer before it ships.
 */
export const icebreakerPickerEasyCy: Strings<typeof icebreakerPickerEasyEn> = {
  intro:
    'Gêm fer yw torri’r garw. Rydyn ni’n ei chwarae pan fydd cyfarfod yn dechrau. Mae’n helpu pobl i ymlacio. Gall pawb basio ar unrhyw adeg. Does dim rhaid i chi ddweud pam.',

  'meeting.legend': 'Am eich cyfarfod',
  'meeting.someNotSpeaking': 'Dydy rhai pobl ddim eisiau siarad',
  'meeting.materials': 'Mae gennym ni bapur, pinnau ysgrifennu neu luniau gyda ni',
  'meeting.budget': 'Yr amser mwyaf y gall ei gymryd',
  'meeting.budgetHint': 'Mae hyn yn golygu hyd at {time}. Gorau po fyrraf.',
  'error.minutes': 'Ysgrifennwch faint o funudau. Defnyddiwch rif o 5 i 600',
  'error.groupSize': 'Ysgrifennwch faint o bobl. Defnyddiwch rif o 2 i 200',
  'error.budget': 'Ysgrifennwch rif o 1 i 50',

  'pick.suggested': 'Rydyn ni’n awgrymu’r un yma',
  'pick.chosen': 'Chi wnaeth ddewis yr un yma',
  'pick.time': {
    zero: 'Mae gan bob person {each}. Mae’n cymryd {total} ar gyfer {count} o bobl.',
    one: 'Mae gan bob person {each}. Mae’n cymryd {total} ar gyfer {count} person.',
    two: 'Mae gan bob person {each}. Mae’n cymryd {total} ar gyfer {count} berson.',
    few: 'Mae gan bob person {each}. Mae’n cymryd {total} ar gyfer {count} pherson.',
    many: 'Mae gan bob person {each}. Mae’n cymryd {total} ar gyfer {count} pherson.',
    other: 'Mae gan bob person {each}. Mae’n cymryd {total} ar gyfer {count} o bobl.',
  },
  'pick.budget': 'Mae gennych chi hyd at {budget}.',
  'pick.optOut':
    'Ymunwch dim ond os ydych chi eisiau. Gallwch chi ddweud “pas” unrhyw bryd. Does dim rhaid i chi ddweud pam.',
  'pick.nonVerbal': 'Heb siarad o gwbl',
  'pick.another': 'Dangos un gwahanol i mi',
  'pick.onlyOne': 'Dyma’r unig weithgaredd torri’r garw sy’n addas i’ch cyfarfod.',
  'depth.light': 'Hawdd',
  'depth.personal': 'Amdanoch chi: dim ond rhannu beth rydych chi eisiau',
  'needs.noSpeaking': 'Does dim rhaid i chi siarad',
  'needs.materials': 'Mae angen rhai pethau arnoch chi, fel papur',
  'announce.replaced': 'Dydy “{old}” ddim yn addas nawr. Dyma “{title}”.',

  'none.quickest': 'Yr un cyflymaf yw “{title}”. Mae’n cymryd {total}.',
  'none.choices': 'Does dim un o’r gweithgareddau’n addas i’ch holl ddewisiadau. Rhowch gynnig ar newid un.',
  'none.skip': 'Neu peidiwch â gwneud torri’r garw heddiw. Mae dweud helo wrth bob person wrth eu henw yn ddigon.',

  'browse.shown': 'Dyma’r un uchod',

  'timer.heading': 'Cymryd eich tro',
  'timer.intro': {
    zero: 'Mae pawb yn cael yr un faint o amser. Mae gan bob person {each}.',
    one: 'Mae pawb yn cael yr un faint o amser. Mae gan {count} person {each}.',
    two: 'Mae pawb yn cael yr un faint o amser. Mae gan bob person {each}.',
    few: 'Mae pawb yn cael yr un faint o amser. Mae gan bob person {each}.',
    many: 'Mae pawb yn cael yr un faint o amser. Mae gan bob person {each}.',
    other: 'Mae pawb yn cael yr un faint o amser. Mae gan bob person {each}.',
  },
  'timer.start': 'Dechrau cymryd eich tro',
  'timer.nextHint': 'Os bydd rhywun yn pasio, pwyswch “Y person nesaf”.',
  'timer.stop': 'Stopio cymryd eich tro',
  'timer.timeUp': 'Mae’r amser ar ben. Gadewch i’r person orffen beth maen nhw’n ei ddweud. Yna symudwch ymlaen.',
  'timer.timeUpLed':
    'Mae’r amser ar ben. Bydd y person sy’n arwain yn symud ymlaen pan fydd y person sy’n siarad wedi gorffen.',
  'timer.waiting': 'Bydd y person sy’n arwain y cyfarfod yn dechrau’r troeon.',
  'live.waiting': 'Bydd y person sy’n arwain y cyfarfod yn dewis gweithgaredd. Bydd i’w weld yma.',
  'timer.showCountdown': 'Dangos yr amser yn mynd i lawr',
  'timer.showCountdownHint':
    'Dad-diciwch hwn os yw’r cloc yn gwneud i bobl deimlo ar frys. Byddwn ni’n dal i ddweud pan fydd yr amser ar ben.',
  'pick.namesOnly': 'Defnyddiwch enwau cyntaf yn unig. Does dim angen i chi ddweud beth yw eich swydd.',
  'depth.feelings': 'Mae hwn am deimladau. Rhannwch dim ond beth rydych chi eisiau.',

  // Am y cyfarfod, a phan nad oes dim yn addas (new with #14: minutes, not a percent)
  'meeting.groupSizeHint': 'Cyfrwch eich hun hefyd.',
  'meeting.budgetUnit': 'ym mhob 100 munud',
  'easy.none.allow': 'Gadael iddo gymryd hyd at {time}',

  'error.source': 'Doedden ni ddim yn gallu cael rhai o’r gweithgareddau. Mae’r lleill yma o hyd.',
  'error.sourceTimeout': 'Roedd rhai o’r gweithgareddau yn rhy hir yn dod. Mae’r lleill yma o hyd.',
  'error.sourceTooBig': 'Mae rhai o’r gweithgareddau yn rhy fawr i’w defnyddio. Mae’r lleill yma o hyd.',
  'error.sourceInvalid': 'Allwn ni ddim darllen rhai o’r gweithgareddau. Mae’r lleill yma o hyd.',
};

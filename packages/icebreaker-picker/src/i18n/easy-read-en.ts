import { easyReadOver } from '@coproduce/core';
import type { icebreakerPickerEn } from './en.js';

/**
 * Easy Read English for <icebreaker-picker>: the questions about the
 * meeting, the suggestion, "Say this first", the turns and what to do when
 * nothing fits. "Icebreaker" is explained once, in the intro. The
 * icebreakers' own steps are in icebreakers-easy-read-en.ts. Problems a
 * page's author must fix stay in plain English.
 */
export const icebreakerPickerEasyEn = easyReadOver<typeof icebreakerPickerEn>()({
  // The title stays "Icebreaker" (with its picture): the introduction says what one is.
  intro:
    'An icebreaker is a short game. We play it when a meeting starts. It helps people feel relaxed. Everyone can pass at any time. You do not have to say why.',

  // About the meeting
  'meeting.legend': 'About your meeting',
  'meeting.someNotSpeaking': 'Some people do not want to talk',
  'meeting.materials': 'We have paper, pens or pictures with us',
  'meeting.budget': 'The most time it can take',
  'meeting.budgetHint': 'This means up to {time}. Short is best.',
  'error.minutes': 'Please write how many minutes. Use a number from 5 to 600',
  'error.groupSize': 'Please write how many people. Use a number from 2 to 200',
  'error.budget': 'Please write a number from 1 to 50',

  // The suggestion
  'pick.suggested': 'We suggest this one',
  'pick.chosen': 'You chose this one',
  'pick.time': {
    one: 'Each person has {each}. It takes {total} for {count} person.',
    other: 'Each person has {each}. It takes {total} for {count} people.',
  },
  'pick.budget': 'You have up to {budget}.',
  'pick.optOut': 'Only join in if you want to. You can say “pass” at any time. You do not have to say why.',
  'pick.nonVerbal': 'Without talking',
  'pick.another': 'Show me a different one',
  'pick.onlyOne': 'This is the only icebreaker that fits your meeting.',
  'depth.light': 'Easy',
  'depth.personal': 'About you: only share what you want to',
  'needs.noSpeaking': 'You do not have to talk',
  'needs.materials': 'You need some things, like paper',
  'announce.replaced': '“{old}” does not fit now. Here is “{title}”.',

  // When nothing fits
  'none.quickest': 'The quickest one is “{title}”. It takes {total}.',
  'none.choices': 'None of the icebreakers fits all your choices. Try changing one.',
  'none.skip': 'Or do not do an icebreaker today. Saying hello to each person by name is enough.',

  // Browsing
  'browse.shown': 'This is the one above',

  // Turns
  'timer.heading': 'Taking turns',
  'timer.intro': {
    one: 'Everyone gets the same time. {count} person has {each}.',
    other: 'Everyone gets the same time. Each person has {each}.',
  },
  'timer.start': 'Start taking turns',
  'timer.nextHint': 'If someone passes, press “Next person”.',
  'timer.stop': 'Stop taking turns',
  'timer.timeUp': 'Time is up. Let the person finish what they are saying. Then move on.',
  'timer.timeUpLed': 'Time is up. The person leading the meeting will move on when the speaker has finished.',
  'timer.waiting': 'The person leading the meeting will start the turns.',
  'live.waiting': 'The person leading the meeting will pick an icebreaker. It will show here.',
  'timer.showCountdown': 'Show the time going down',
  'timer.showCountdownHint': 'Untick this if the clock makes people feel rushed. We still say when time is up.',
  'pick.namesOnly': 'Only use first names. You do not need to say your job.',
  'depth.feelings': 'This one is about feelings. Only share what you want to.',

  // About the meeting: the time asked for as minutes in every 100, not a percent.
  'meeting.groupSizeHint': 'Count yourself too.',
  'meeting.budgetUnit': 'in every 100 minutes',
  // When nothing fits: the button says the time it allows, not a percent.
  'easy.none.allow': 'Let it take up to {time}',

  // Icebreakers from an address that could not be used: the facilitator meets these in the room.
  'error.source': 'We could not get some of the icebreakers. The others are still here.',
  'error.sourceTimeout': 'Some of the icebreakers took too long to come. The others are still here.',
  'error.sourceTooBig': 'Some of the icebreakers are too big to use. The others are still here.',
  'error.sourceInvalid': 'We cannot read some of the icebreakers. The others are still here.',
});

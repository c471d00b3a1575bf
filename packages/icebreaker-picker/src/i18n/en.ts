import type { PluralMessage } from '@coproduce/core';

/** English strings of <icebreaker-picker>; the shared ones come from core, the icebreakers' own words from icebreakers-en.ts. */
export const icebreakerPickerEn = {
  title: 'Icebreaker',
  intro:
    'A short, light way to start that fits your meeting. Everyone can pass, at any point, without giving a reason.',
  loading: 'Loading the icebreakers…',

  // About the meeting
  'meeting.legend': 'About the meeting',
  'meeting.minutes': 'How long is the meeting?',
  'meeting.minutesUnit': 'minutes',
  'meeting.groupSize': 'How many people will be there?',
  'meeting.groupSizeHint': 'Count everyone, including you.',
  'meeting.setting': 'Where are you meeting?',
  'setting.in-person': 'In a room',
  'setting.online': 'Online',
  'setting.hybrid': 'Some in a room, some online',
  'meeting.camerasOff': 'Some people will have their cameras off',
  'meeting.someNotSpeaking': 'Some people would rather not speak',
  'meeting.materials': 'We have paper, pens or pictures to hand',
  'meeting.budget': 'Longest time for the icebreaker',
  'meeting.budgetUnit': 'percent of the meeting',
  'meeting.budgetHint': 'That is up to {time}. Short is kind: 10 percent is plenty.',

  // Field messages
  'error.minutes': 'Enter the length of the meeting in whole minutes, from 5 to 600',
  'error.groupSize': 'Enter how many people as a whole number, from 2 to 200',
  'error.budget': 'Enter the longest time as a whole percent, from 1 to 50',

  // Problems with what the page gave
  'error.minutesAttribute':
    'The meeting length given to this page (“{value}”) isn’t a whole number of minutes from 5 to 600, so {fallback} minutes is used.',
  'error.groupSizeAttribute':
    'The number of people given to this page (group-size: “{value}”) isn’t a whole number from 2 to 200, so {fallback} is used.',
  'error.budgetAttribute':
    'The time for the icebreaker given to this page (“{value}”) isn’t a whole percent from 1 to 50, so {fallback} percent is used.',
  'error.settingAttribute':
    'The kind of meeting given to this page (“{value}”) should be in-person, online or hybrid, so “In a room” is used.',
  'error.seed': 'The pick code given to this page (“{value}”) can’t be used, so a new one was chosen.',
  'error.pick': 'The icebreaker asked for (“{value}”) isn’t in the list, so another was suggested.',
  'error.pickUnsuited': 'The icebreaker asked for (“{value}”) doesn’t suit this meeting, so another was suggested.',
  'error.icebreakers': {
    one: '{count} of the icebreakers given to this page isn’t in the right form, so it was left out: {which}.',
    other: '{count} of the icebreakers given to this page aren’t in the right form, so they were left out: {which}.',
  } as PluralMessage,
  'error.icebreakersNotList': 'The icebreakers given to this page aren’t a list, so only the built-in ones are shown.',
  'error.icebreakerAt': 'number {number}',
  'error.source': 'We couldn’t load the icebreakers from {url}. The others are still here.',
  'error.sourceTimeout': 'The icebreakers at {url} took too long to arrive. The others are still here.',
  'error.sourceTooBig': 'The icebreakers at {url} are too big to use. The others are still here.',
  'error.sourceInvalid':
    'The icebreakers at {url} aren’t in the right form, so they can’t be used. The others are still here.',

  // The suggestion
  'pick.suggested': 'Suggested for this meeting',
  'pick.chosen': 'Chosen for this meeting',
  'pick.time': {
    one: '{each} each: {total} for {count} person.',
    other: '{each} each: {total} for {count} people.',
  } as PluralMessage,
  'pick.budget': 'You set aside up to {budget}.',
  'pick.sayFirst': 'Say this first',
  'pick.optOut': 'Join in only if you want to. You can say “pass” at any time, and you don’t need to give a reason.',
  'pick.namesOnly': 'Use first names only. Nobody needs to say their job title.',
  'pick.steps': 'What to do',
  'pick.prepare': 'What to get ready',
  'pick.nothingToPrepare': 'Nothing to get ready.',
  'pick.noCamera': 'With cameras off',
  'pick.nonVerbal': 'Without speaking',
  'pick.another': 'Suggest another',
  'pick.onlyOne': 'This is the only icebreaker that fits this meeting.',
  'depth.light': 'Light',
  'depth.neutral': 'Everyday',
  'depth.feelings': 'About feelings: share only what you want to',
  'depth.personal': 'Personal: share only what you want to',
  'needs.noSpeaking': 'No speaking needed',
  'needs.camerasOff': 'Works with cameras off',
  'needs.materials': 'Needs things to hand',
  'announce.suggested': 'Suggested: {title}.',
  'announce.replaced': '“{old}” no longer fits, so here is “{title}”.',

  // When nothing fits
  'none.heading': 'Nothing fits yet',
  'none.time': {
    one: 'No icebreaker fits in {budget} for {count} person.',
    other: 'No icebreaker fits in {budget} for {count} people.',
  } as PluralMessage,
  'none.quickest': 'The quickest that suits this meeting, “{title}”, takes {total}: {percent} percent of the meeting.',
  'none.allow': 'Allow {percent} percent of the meeting',
  'none.choices': 'None of the icebreakers suits all the choices above. Try changing one of them.',
  'none.skip': 'Or skip the icebreaker today: a warm welcome by name is enough.',

  // Browsing
  'browse.summary': {
    one: 'See the {count} icebreaker that fits',
    other: 'See all {count} icebreakers that fit',
  } as PluralMessage,
  'browse.choose': 'Choose',
  'browse.shown': 'Shown above',
  'browse.each': '{each} each',

  // Turns
  'timer.heading': 'Turns',
  'timer.intro': {
    one: 'Equal time for everyone: {each} for {count} person.',
    other: 'Equal time for everyone: {each} each, for {count} people.',
  } as PluralMessage,
  'timer.start': 'Start the turns',
  'timer.pause': 'Pause',
  'timer.resume': 'Carry on',
  'timer.next': 'Next person',
  'timer.nextHint': 'Use “Next person” when someone passes, too.',
  'timer.stop': 'Stop the turns',
  'timer.person': 'Person {number} of {people}',
  'timer.left': 'Time left',
  'timer.paused': 'Paused.',
  'timer.timeUp': 'Time’s up. Move on when they have finished what they are saying.',
  'timer.finished': 'Everyone has had a turn.',
  'timer.more': '+30 seconds',
  'timer.showCountdown': 'Show the countdown',
  'timer.showCountdownHint':
    'Untick this if seeing the seconds go down puts people under pressure. Time up is still said.',
  'announce.moreTime': '{time} more. {left} left.',
  'timer.timeUpLed': 'Time’s up. The person leading the meeting moves on when the speaker has finished.',
  'timer.waiting': 'The turns start when the person leading the meeting starts them.',
  'live.waiting': 'The icebreaker will show here when the person leading the meeting picks one.',
  'timer.again': 'Start again',
  'announce.turn': 'Person {number} of {people}: {time}.',
  'announce.tenLeft': '10 seconds left.',
  'announce.timeUp': 'Time is up for person {number}.',
  'announce.paused': 'Paused.',
  'announce.resumed': 'Carrying on.',

  // Durations
  'duration.minutes': { one: '{count} minute', other: '{count} minutes' } as PluralMessage,
  'duration.seconds': { one: '{count} second', other: '{count} seconds' } as PluralMessage,
  'duration.both': '{minutes} {seconds}',
};

import { easyReadOver } from '@coproduce/core';
import type { coproductionProjectEn } from './en.js';

/**
 * Easy Read English for <coproduction-project>: what a person meets when
 * they take part on their own phone. A live session is "working together
 * on our own phones at the same time"; a link is "a web address".
 */
export const coproductionProjectEasyEn = easyReadOver<typeof coproductionProjectEn>()({
  'status.connecting': 'Getting ready. Please wait.',
  'status.connected': {
    one: 'You are in the live session. Nobody else is here yet.',
    other: 'You are in the live session. {count} people are here.',
  },
  'status.offline':
    'You are not online now. Your answers are safe on this phone. We send them when you are back online.',
  'status.reconnecting': 'We lost the connection. We are trying again.',
  'status.refused': 'This link does not work now. Ask the person who leads the group for a new link.',

  'join.heading': 'Take part on your own phone',
  'join.intro':
    'You can take part on your own phone. Open the link. Or point your phone camera at the square code. Then choose your name.',
  'join.link': 'The link',
  'join.copy': 'Copy the link',
  'join.copied': 'The link is copied.',
  'join.copyFailed': 'We could not copy the link. Please copy it yourself.',
  'join.qr': 'A square code for the link. Point a phone camera at it. The phone opens the link.',
  'join.loading': 'Making the link. Please wait.',
  'join.failed': 'We could not make the link. Check you are online. Then try again.',
  'join.tryAgain': 'Try again now',

  'who.heading': 'What is your name?',
  'who.hint': 'Choose your name. The group sees your name next to your answers.',
  'who.other': 'My name is not on the list',
  'who.otherName': 'Write your name',
  'who.submit': 'Yes, this is me',
  'who.missing': 'Please choose your name. Or write it.',
  'who.as': 'Your name here is {name}.',

  'error.server': 'The live session address is wrong. Your work stays on this device only.',
  'error.room': 'The room name is wrong. Your work stays on this device only.',
  'error.token': 'This link is not whole. Ask the person who leads the group for a new link.',
});

import type { PluralMessage } from '@coproduce/core';

/** English strings of <coproduction-project>: the live session's status line, joining, and attribute problems. */
export const coproductionProjectEn = {
  'status.connecting': 'Joining the live session…',
  'status.connected': {
    one: 'Live session: connected. Only you are here so far.',
    other: 'Live session: connected. {count} people are here.',
  } as PluralMessage,
  'status.offline': 'Offline. Your changes are kept on this device and sent when you are back online.',
  'status.reconnecting': 'The connection dropped. Reconnecting to the live session…',
  'status.refused': 'This link no longer works. Ask the person leading the meeting for a new one.',

  'join.heading': 'Join on your own phone',
  'join.intro':
    'Everyone can take part from their own phone, tablet or computer. Open the link, or point the phone’s camera at the code, then pick your name.',
  'join.link': 'Link to join',
  'join.copy': 'Copy link',
  'join.copied': 'Link copied.',
  'join.copyFailed': 'The link could not be copied. Select it and copy it yourself.',
  'join.qr': 'QR code for the link to join. Point a phone’s camera at it to open the link.',
  'join.loading': 'Getting the link…',
  'join.failed': 'The link could not be made. Check the connection, then try again.',
  'join.tryAgain': 'Try again',

  'who.heading': 'Who are you?',
  'who.hint': 'Pick your name. The group sees it beside your answers.',
  'who.other': 'My name is not here',
  'who.otherName': 'Your name',
  'who.submit': 'This is me',
  'who.missing': 'Pick your name, or write it.',
  'who.as': 'You are taking part as {name}.',

  'error.server':
    'The address of the live session must start with wss:// (or ws://). Everything here is kept on this device only.',
  'error.room':
    'The room of the live session must be 1 to 64 characters: letters, numbers, dashes or underscores. Everything here is kept on this device only.',
  'error.token': 'This link to the live session is not complete. Ask the person leading the meeting for a new one.',
};

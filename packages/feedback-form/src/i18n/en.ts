import type { PluralMessage } from '@coproduce/core';

/** English strings of <feedback-form>; the shared ones come from core. */
export const feedbackFormEn = {
  title: 'Tell us what you think',
  intro: 'It only takes a minute. You don’t have to give your name.',
  optional: '(optional)',
  pass: 'I’d rather not say',
  loading: 'Loading the questions…',

  // The usual questions
  'question.how': 'How was it?',
  /** Words at each point of the 1 to 5 scale, lowest first, separated by commas. */
  'question.howPoints': 'Very poor,Poor,OK,Good,Very good',
  'question.more': 'Tell us more',
  'question.moreHint':
    'What went well, and what could be better? Please leave out anything that could identify someone.',
  'count.left': { one: 'You have {count} character left', other: 'You have {count} characters left' } as PluralMessage,
  'count.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  } as PluralMessage,

  // A reply
  'contact.wants': 'I’d like a reply',
  'contact.wantsHint': 'Only if you tick this do we ask who you are. Without it, your feedback is anonymous.',
  'contact.name': 'Your name',
  'contact.reply': 'How can we reply?',
  'contact.replyHint': 'An email address or phone number',
  'contact.consent': 'You can keep my name and how to reach me, only to reply to me',

  send: 'Send feedback',
  sending: 'Sending…',
  'draft.kept': 'Your answers are kept in this browser until you send them.',
  'draft.notKept':
    'This browser isn’t letting us keep your answers, so they are only on this screen until you send them.',
  'draft.clear': 'Clear my answers',
  'announce.cleared': 'Your answers have been cleared.',
  'announce.notSent': 'Your feedback wasn’t sent before the page closed. Your answers are still here, ready to send.',
  honeypot: 'Leave this empty',

  // After sending
  'sent.heading': 'Thank you',
  'sent.body': 'We’ve received your feedback.',
  'sent.reply': 'We’ll reply using the details you gave.',
  'sent.loop': 'See what we’ve done because of feedback',
  'sent.again': 'Give more feedback',
  'resuming.heading': 'Your feedback is already being sent',
  'resuming.body':
    'You sent it before this page was closed or reloaded. There’s no need to send it again: this page will say when it has arrived.',
  'queued.heading': 'Thank you: your feedback is saved',
  'queued.offline':
    'You seem to be offline. Your feedback is saved in this browser and will be sent when you’re back online, even if you close this page.',
  'queued.server':
    'We couldn’t reach our system just now. Your feedback is saved in this browser and we’ll keep trying, even if you close this page.',

  // Problems
  'error.scale': 'Choose an answer for “{question}”, or “I’d rather not say”',
  'error.choice': 'Choose an answer for “{question}”',
  'error.text': 'Enter your answer to “{question}”',
  'error.textTooLong': '“{question}” must be {max} characters or fewer',
  'error.consentQuestion': 'Tick “{question}” to send this',
  'error.empty': 'Answer at least one question before sending',
  'error.reply': 'Enter an email address or phone number, so we can reply',
  'error.consent': 'Tick the box to say we can keep your details, or untick “I’d like a reply”',
  'error.tooFast': 'Please check your answers, then press “Send feedback” again.',
  'error.refused':
    'Your feedback couldn’t be sent: the website refused it. Your answers are still here. Please try again later, or contact us another way.',
  'error.notKept':
    'Your feedback couldn’t be sent, and this browser won’t let us keep it to send later. Your answers are still here: please try again in a few minutes, and keep this page open until it is sent.',
  'error.queuedRefused':
    'Feedback kept in this browser was refused by the website when it was sent again. It is kept in this browser, not sent.',
  'error.action':
    'Feedback can’t be sent from this form: the address it sends to isn’t a web address it can use. Your answers are still here.',
  'error.loopHref':
    'The link to what we’ve done because of feedback isn’t a web address we can use, so it isn’t shown.',
  'error.questions': 'The questions given to this page aren’t in the right form, so the usual questions are shown.',
  'error.source': 'We couldn’t load the questions from {url}, so the usual questions are shown.',
  'error.sourceTimeout': 'The questions at {url} took too long to arrive, so the usual questions are shown.',
  'error.sourceTooBig': 'The questions at {url} are too big to use, so the usual questions are shown.',
  'error.sourceInvalid': 'The questions at {url} aren’t in the right form, so the usual questions are shown.',
  'error.draftUnreadable':
    'We couldn’t read the answers saved in this browser, so the form starts empty. The old copy is kept in this browser.',
};

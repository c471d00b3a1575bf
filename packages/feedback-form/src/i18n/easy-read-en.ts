import { easyReadOver } from '@coproduce/core';
import type { feedbackFormEn } from './en.js';

/**
 * Easy Read English for <feedback-form>: the usual questions and their
 * scale (with a face at each point), replying, sending, thanks and the
 * messages a person meets. "Feedback" becomes "what you think" or "your
 * answers"; "anonymous" is said as "we will not know who you are".
 * Problems with the page's own settings stay in plain English.
 */
export const feedbackFormEasyEn = easyReadOver<typeof feedbackFormEn>()({
  intro: 'This takes about 1 minute. You do not have to give your name.',
  optional: '(you do not have to answer)',
  pass: 'I do not want to say',

  'question.howPoints': 'Very bad,Bad,OK,Good,Very good',
  'question.moreHint': 'What went well? What could be better? Please do not write anyone’s name.',
  'count.left': { one: 'You can write {count} more letter', other: 'You can write {count} more letters' },
  'count.over': { one: 'You have written {count} letter too many', other: 'You have written {count} letters too many' },

  'contact.wants': 'I want you to reply to me',
  'contact.wantsHint': 'If you tick this, we ask your name. If you do not tick it, we will not know who you are.',
  'contact.reply': 'How can we get in touch with you?',
  'contact.replyHint': 'Your email address or phone number',
  'contact.consent': 'You can keep my name and details. Only use them to reply to me.',

  send: 'Send my answers',
  'draft.kept': 'We keep your answers here until you send them.',
  'draft.notKept': 'We cannot keep your answers here. They stay on this screen until you send them.',
  'announce.notSent':
    'We did not send your answers. The page closed first. Your answers are still here. Press “Send my answers” to send them.',

  'sent.body': 'We have got your answers.',
  'sent.reply': 'We will reply to you using the details you gave.',
  'sent.loop': 'See what we changed because of what people told us',
  'sent.again': 'Tell us something else',
  'resuming.heading': 'We are still sending your answers',
  'resuming.body':
    'You sent them before this page closed. You do not need to send them again. This page will tell you when they arrive.',
  'queued.heading': 'Thank you. We have saved your answers.',
  'queued.offline':
    'You are not online right now. We saved your answers here. We will send them when you are back online.',
  'queued.server': 'We could not reach our system just now. We saved your answers here. We will keep trying.',

  'error.scale': 'Please choose an answer for “{question}”. Or choose “I do not want to say”',
  'error.choice': 'Please choose an answer for “{question}”',
  'error.text': 'Please write your answer to “{question}”',
  'error.textTooLong': 'Your answer to “{question}” is too long. Please use {max} letters or fewer',
  'error.consentQuestion': 'Please tick “{question}” to send this',
  'error.empty': 'Please answer at least 1 question first',
  'error.reply': 'Please write your email address or phone number. Then we can reply',
  'error.consent': 'Please tick the box to say we can keep your details. Or untick “I want you to reply to me”',
  'error.tooFast': 'Please check your answers. Then press “Send my answers” again.',
  'error.refused':
    'We could not send your answers. The website said no. Your answers are still here. Please try again later.',
  'error.notKept':
    'We could not send your answers. We cannot keep them here to send later. Your answers are still here. Please try again in a few minutes.',
  'error.queuedRefused': 'We tried again to send answers saved here. The website said no. We kept them here.',
  'error.draftUnreadable': 'We could not read the answers saved here. So the form is empty. We kept the old copy here.',

  // Problems with what the page gave: the person filling in the form meets them too.
  'error.action': 'This form cannot send your answers. Its web address is wrong. Your answers are still here.',
  'error.loopHref': 'The link to what we did with your ideas does not work. So we do not show it.',
  'error.questions': 'The page gave us questions we cannot read. So we ask our usual questions.',
  'error.source': 'We could not get the questions. So we ask our usual questions.',
  'error.sourceTimeout': 'The questions took too long to come. So we ask our usual questions.',
  'error.sourceTooBig': 'The questions are too big to use. So we ask our usual questions.',
  'error.sourceInvalid': 'We cannot read the questions. So we ask our usual questions.',
});

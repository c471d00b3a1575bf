import { easyReadOver } from '@coproduce/core';
import type { decisionLogEn } from './en.js';

/**
 * Easy Read English for <decision-log>: the list, each decision, where it
 * stands (each status said as what we are doing: "We said yes", "We are
 * doing it", "We did it"), how it was decided without "consensus" or
 * "consent", the forms and their messages, the tools to keep or share
 * the list and the settings of the board everyone sees: the group meets
 * them all. Under a decision's title, one idea to a line ("We decided this
 * on 10 February 2026." "Now: We did it."; see metaLines). Only problems a
 * page's author must put right (an attribute) stay in plain English.
 */
export const decisionLogEasyEn = easyReadOver<typeof decisionLogEn>()({
  title: 'What we decided',
  intro:
    'This is a list of our decisions. A decision is something we chose to do. Each one says why, and who was there. It says what happened next. We keep every change.',
  'board.title': 'Your ideas and what we did',
  'board.intro': 'People told us their ideas. Here is what we decided. Here is what happened next.',
  'log.empty': 'There are no decisions here yet.',
  'log.readonly': 'You can read this list. You cannot change it here.',
  'tools.heading': 'Keep or share this list',

  // Form messages
  'error.title': 'Please write a short name',
  'error.what': 'Please write what we decided',
  'error.decidedOn': 'Please write a real date. For example: 27 3 2026',
  'error.reviewOn': 'Please write a real date, or leave it empty',
  'error.method': 'Please choose how we decided',
  'error.votes': 'Please write each number of votes as a number. For example: 5',
  'error.delegatedTo': 'Please write who we asked to decide',
  'error.whoDecides': 'Please write who decides',
  'error.peopleUnusable': 'We cannot use one of the names. Please write it a different way',
  'error.people': 'Please write up to 40 names. Put a comma between names. Write each name once.',
  'error.tags': 'Please write up to 12 labels. Put a comma between labels.',
  'error.youSaid': 'Please write up to 20 lines. Each line can have up to 1,000 letters.',
  'error.statusChoice': 'Please choose where it is now',
  'error.changeDate': 'Please write a real date. For example: 27 3 2026',
  'error.reason': 'Please say why we cannot do it',
  'error.result': 'Please choose what happened',
  'error.outcomeText': 'Please say what we did. Or say why we could not do it',
  'error.dayFrom': 'Please write a real first date. For example: 1 2 2026',
  'error.dayTo': 'Please write a real last date. For example: 28 2 2026',

  // Where decisions stand
  'status.proposed': 'Someone suggested it',
  'status.agreed': 'We said yes',
  'status.in-progress': 'We are doing it',
  'status.done': 'We did it',
  'status.not-possible': 'We cannot do it',
  'counts.heading': 'Where our decisions are now',

  // Finding
  'find.searchHint': 'Type a word to look for',
  'find.status': 'Where it is now',
  'find.tag': 'With the label',
  'find.from': 'Decided on or after',
  'find.to': 'Decided on or before',
  'find.due': 'Only the ones to look at again',
  'find.order': 'Show them in this order',
  'find.timeline': 'Month by month',
  'find.clear': 'Show all decisions again',
  'find.showing': { one: 'Showing {count} of {total} decisions.', other: 'Showing {count} of {total} decisions.' },
  'find.none': 'No decisions match. Try fewer words. Or show all decisions again.',

  // A decision in a list
  'row.decided': 'We decided this on {date}.',
  'row.due': 'Time to look at it again',
  'row.couldNot': 'We could not do it',

  // A decision in full
  'decision.why': 'Why we decided this',
  'decision.how': 'How we decided',
  'decision.people': 'Who was there',
  'decision.youSaid': 'What people told us',
  'decision.tags': 'Labels',
  'decision.reviewOn': 'We will look at it again on',
  'decision.status': 'Where it is now',
  'decision.statusSince': 'Now: {status}.',
  'how.consensus': 'Everyone agreed.',
  'how.consent': 'Nobody said no.',
  'how.vote': 'We voted. {for} said yes. {against} said no. {abstained} did not vote.',
  'how.delegated': 'We asked {who} to decide.',
  'how.delegatedUnnamed': 'We asked someone else to decide.',
  'how.not-ours': 'We cannot decide this. {who} decides.',
  'outcome.did': 'What we did: {text}',
  'outcome.could-not': 'We could not do it. This is why: {text}',

  // History
  'history.count': { one: '{count} change', other: '{count} changes' },
  'history.status': 'Now: {status}.',
  'history.could-not': 'We could not do it.',
  'history.edited': 'We changed the details. Before, it said:',

  // Updating a decision
  'update.heading': 'Say where it is now',
  'update.status': 'Where is it now?',
  'update.dateHint': 'For example: 27 3 2026. Leave it if it was today.',
  'update.note': 'Write more about it',
  'update.noteHint': 'You do not have to. If we cannot do it, please say why.',
  'outcome.heading': 'Write what happened',
  'outcome.resultCouldNot': 'We could not do it',
  'outcome.text': 'What we did. Or why we could not do it',

  // Writing down or changing a decision
  'action.record': 'Write down a decision',
  'action.correct': 'Change the details',
  'form.recordHeading': 'Write down a decision',
  'form.correctHeading': 'Change the details of “{title}”',
  'form.correctHint': 'We keep the old words in the history.',
  'form.title': 'A short name for it',
  'form.titleHint': 'A few words. They help you find it later.',
  'form.decidedOn': 'When did we decide?',
  'form.dayHint': 'For example: 27 3 2026',
  'form.what': 'What did we decide?',
  'form.why': 'Why? (you do not have to fill this in)',
  'form.how': 'How did we decide?',
  'method.consensus': 'Everyone agreed',
  'method.consent': 'Nobody said no',
  'method.vote': 'We voted',
  'method.delegated': 'We asked someone else to decide',
  'method.not-ours': 'We cannot decide this',
  'form.votesFor': 'How many said yes',
  'form.votesAgainst': 'How many said no',
  'form.delegatedTo': 'Who did we ask to decide?',
  'form.whoDecides': 'Who decides?',
  'form.whoDecidesHint': 'For example: the council’s leaders. Everyone can see this.',
  'form.people': 'Who was there? (you do not have to fill this in)',
  'form.peopleHint': 'Write first names only. Put a comma between names.',
  'form.youSaid': 'What did people tell us? (you do not have to fill this in)',
  'form.youSaidHint': 'Write what people told us. Put each one on a new line.',
  'form.tags': 'Labels (you do not have to fill this in)',
  'form.tagsHint': 'Labels help you find it. Put a comma between labels. For example: café, opening hours.',
  'form.reviewOn': 'When will we look at it again? (you do not have to fill this in)',
  'form.status': 'Where is it now?',
  'form.saveCorrection': 'Save the changes',

  // Announcements
  'announce.recorded': 'We wrote down “{title}”.',
  'announce.updated': '“{title}”: {status}.',
  'announce.outcome': 'We saved what happened.',
  'announce.corrected': 'We saved the changes. The old words are in the history.',

  // Keeping and sharing the list
  'log.notAllShown': 'We could not get the whole list. We show the first {shown} of {total}.',
  'tools.downloadPublic': 'Download the copy for everyone to see',
  'tools.publicHint':
    'This copy has only the decisions you chose to show. It has no names. Put it on your website for everyone to see.',
  'tools.openCsvHint':
    'Choose a spreadsheet you downloaded from here. Or one with the same columns. We add its decisions to this list.',
  'error.source': 'We could not get the decisions. Please try again later.',
  'error.sourceTimeout': 'The decisions took too long to come. Please try again later.',
  'error.sourceTooBig': 'There are too many decisions to show here.',
  'error.sourceNewer': 'The decisions come from a newer version of this page. We cannot show them here.',
  'error.sourceInvalid': 'We cannot read the decisions. So we cannot show them.',
  'error.csv': 'We could not add decisions from “{file}”. Row {row} is not right. We added nothing.',
  'error.csvTooBig': '“{file}” is too big to add. We added nothing.',
  'error.csvTooMany': {
    one: '“{file}” has {rows} new decision. There is only room for {room} more. We added nothing.',
    other: '“{file}” has {rows} new decisions. There is only room for {room} more. We added nothing.',
  },
  'error.logFull': {
    one: '“{file}” has {rows} new decision. The list is full. Download a copy. Then start a new list to add more. We added nothing.',
    other:
      '“{file}” has {rows} new decisions. The list is full. Download a copy. Then start a new list to add more. We added nothing.',
  },

  // Finding
  'find.fold': 'Look for decisions',
  'find.search': 'Words to look for',

  // The board everyone sees
  'decision.board': 'Shown to everyone',
  'decision.boardHidden': 'No',
  'decision.boardShown': 'Yes',
  'decision.boardWith': 'Yes, with: {fields}',
  'form.board': 'Showing it to everyone',
  'form.boardShown': 'Show this decision to everyone',
  'form.boardHint':
    'Everyone sees its name, the date and what we decided. They see its labels, and where it is now. Tick what else to show. Only show who was there if your website allows names.',
  'board.how': 'How we decided',
  'board.people': 'Who was there',
  'board.you-said': 'What people told us',
  'board.progress': 'Notes about what changed',
  'board.review': 'When we will look at it again',
});

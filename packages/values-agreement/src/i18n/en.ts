import type { PluralMessage } from '@coproduce/core';

/** English strings of <values-agreement>; the shared ones come from core. */
export const valuesAgreementEn = {
  title: 'Our values and how we work together',
  intro:
    'Agree what matters to this group and how you will work together. Something is agreed when everyone taking part agrees to it. “Agree, with a concern” and “Not yet” are answers too: they help the group get the words right.',
  /** `public`: the agreement alone, on a noticeboard. */
  'public.intro': 'This is what the group has agreed so far.',
  /** `readonly`: everything shows, but no control to change it, so say why. */
  'readonly.hint': 'You can read this agreement here, but you can’t change it.',
  'tools.heading': 'Keep or share this agreement',
  'error.data': 'The page tried to load an agreement that isn’t in the right form, so we kept what was already here.',
  'error.tooManyItems': 'The agreement is full. Remove a value or ground rule to add another.',
  'error.reviewDate': 'Enter the review date as a real day, month and year, for example 1 3 2027',

  // Where the agreement stands
  'status.heading': 'Where we are',
  'status.version': 'Version {version} of the agreement.',
  'status.progress': '{count} of {total} agreed.',
  'status.blocked': {
    one: '1 is not agreed yet because someone said “not yet”.',
    other: '{count} are not agreed yet because someone said “not yet”.',
  } as PluralMessage,
  'status.allAgreed': 'Everything is agreed: everyone here today answered, and nobody said “not yet”.',
  'status.noPeople': 'Add the people taking part so they can answer.',
  'status.private': 'Answers are private until you show them together.',
  // After Reveal in a live session: answers given on a phone that is offline now
  'status.waiting': 'Still to arrive: the answers from {names}. They come when their phone or computer is back online.',
  'status.privateProgress': {
    one: '{count} of {total} people has answered everything.',
    other: '{count} of {total} people have answered everything.',
  } as PluralMessage,
  'status.reveal': 'Show everyone’s answers',
  'status.revealed': 'Everyone’s answers are showing.',
  'status.reached': 'Everything in version {version} is agreed.',
  'status.due': 'This agreement was due for review on {date}. Look at it again together.',

  // Starting
  'start.heading': 'Getting started',
  'start.hint':
    'Start with our suggested values and ground rules and change them to fit your group, or write your own below.',
  'start.defaults': 'Use the suggestions',
  'status.defaultsAdded': 'Added {count} suggested values and ground rules.',

  // Values and rules
  'values.heading': 'Our values',
  'values.hint': 'What matters to this group, and what each value means in practice for you.',
  'values.empty': 'No values yet.',
  'values.add': 'Add a value',
  'values.addButton': 'Add value',
  'rules.heading': 'How we work together',
  'rules.hint': 'Ground rules for your meetings and your work together.',
  'rules.empty': 'No ground rules yet.',
  'rules.add': 'Add a ground rule',
  'rules.addButton': 'Add ground rule',
  'item.valueLabel': 'Value',
  'item.ruleLabel': 'Ground rule',
  'item.meaningLabel': 'What it means in practice (optional)',
  'item.meaning': 'In practice: {meaning}',
  'item.reword': 'Change the words',
  'item.rewordAgreed':
    'Everyone has agreed to this. If you change the words, the agreement becomes version {version} and everyone is asked again.',
  'item.rewordAsk': 'Changing the words asks everyone again.',
  'item.moveUp': 'Move up',
  'item.moveDown': 'Move down',
  'status.moved': 'Moved “{text}” to position {position}.',
  'status.newVersion': 'The agreement is now version {version}. Everyone is asked about “{text}” again.',
  'status.reworded': 'Saved. Everyone is asked about “{text}” again.',

  // Item states, as the closed card and the summary say them
  'state.agreed': 'Agreed',
  'state.blocked': { one: 'Not yet: 1 person', other: 'Not yet: {count} people' } as PluralMessage,
  'state.waiting': { one: 'Waiting for 1 answer', other: 'Waiting for {count} answers' } as PluralMessage,
  /** Everyone here passed: standing aside is not an objection, but nobody has agreed either. */
  'state.unsupported': 'Everyone here passed, so nobody has agreed yet',
  'state.noPeople': 'Nobody to answer yet',
  'state.nobodyHere': 'Nobody is here today',
  'state.hidden': {
    one: '{count} of {total} has answered',
    other: '{count} of {total} have answered',
  } as PluralMessage,
  'detail.agreedBy': 'Agreed: {names}.',
  'detail.concerns': 'Concerns',
  'detail.notYet': 'Not yet, because',
  'detail.passed': 'Passed, standing aside: {names}.',
  'detail.absent': 'Not here today: {names}.',
  'detail.unanswered': 'Still to answer: {names}.',
  'detail.answered': 'Have answered: {names}.',
  'detail.noNote': 'no reason given',
  'detail.person': '{name}: {note}',

  // Answers
  'answer.agree': 'Agree',
  'answer.concern': 'Agree, with a concern',
  'answer.not-yet': 'Not yet, because…',
  'answer.pass': 'Pass',
  'answer.none': 'Not answered yet',
  'answer.given': 'Has answered',
  'answer.legend': '{name}, do you agree with “{text}”?',
  'answer.hint': 'Agreeing with a concern still counts as agreeing. “Not yet” means the group talks about it more.',
  'answer.concernLabel': 'What is your concern? (optional)',
  'answer.notYetLabel': 'What would help you agree? (optional)',
  'answer.give': 'Answer for {name}',
  'answer.change': 'Change {name}’s answer',
  'answer.changeHint':
    'Their first answer stays hidden, even from you. Choose again to replace it, or press “Done” to keep it.',
  'answer.done': 'Done',
  'answer.donePrivate': 'Done – hide my answers',
  'answer.heading': 'Answers',
  'status.answered': '{name}: {answer}.',
  'status.hidden': '{name}’s answers are hidden.',

  // People
  'people.heading': 'Who is taking part',
  'people.hint': 'Names only. Everyone listed answers every value and ground rule.',
  'people.progress': 'answered {count} of {total}',
  'people.turn': 'Answer everything as {name}',
  'people.private': 'Answer privately, then show everyone’s answers together',
  'people.privateHint': 'Nobody sees anyone else’s answers until you choose to show them, so nobody is swayed.',

  // The agreement as agreed: summary and print
  'summary.heading': 'The agreement',
  'summary.version': 'Version {version}.',
  'summary.agreedBy': 'Agreed by {names}.',
  'summary.stoodAside': 'Stood aside: {names}.',
  'summary.present': 'Taking part today: {names}.',
  'summary.absent': 'Not here today: {names}.',
  'summary.lastAgreed': 'Last agreed on {date}.',
  'summary.nothing': 'Nothing has been agreed yet.',
  'summary.hidden': 'Answers are private, so this shows once they are shown together.',
  'summary.stillOpen': {
    one: '1 more is still being talked about.',
    other: '{count} more are still being talked about.',
  } as PluralMessage,
  'summary.review': 'We will look at this agreement again by {date}.',

  // Review date
  'review.heading': 'When to look at it again',
  'review.label': 'Review date',
  'review.hint': 'Agreements work best when the group looks at them again. For example, 1 3 2027.',
  'review.save': 'Save the review date',
  'review.clear': 'Remove the review date',
  'status.reviewSet': 'Review date set to {date}.',
  'status.reviewCleared': 'Review date removed.',

  // Earlier versions
  'history.heading': { one: '1 earlier version', other: '{count} earlier versions' } as PluralMessage,
  'history.version': 'Version {version}, until {date}',
  'history.change': 'The words of “{from}” changed to “{to}”.',
  'history.meaningChange': 'What “{text}” means in practice changed.',
  'history.agreedBy': '{text} – agreed by {names}',
  'history.notAgreed': '{text} – not agreed',

  // Spreadsheet
  'file.name': 'Our agreement',
  'csv.kind': 'Type',
  'csv.text': 'Words',
  'csv.meaning': 'In practice',
  'csv.state': 'Where it stands',
  'csv.answers': 'Answers',
  'csv.notHere': 'not here today',
  'csv.version': 'Version',

  // Default values: a short, plain-language starting set the group can change.
  'value.trust.name': 'Trust and honesty',
  'value.trust.meaning': 'We are open about what we can and can’t change, and we do what we say.',
  'value.safety.name': 'Feeling safe',
  'value.safety.meaning': 'Everyone can speak without being judged, and can step out when they need to.',
  'value.equals.name': 'Working as equals',
  'value.equals.meaning': 'Lived experience counts as much as professional knowledge. Nobody’s voice matters more.',
  'value.choice.name': 'Voice and choice',
  'value.choice.meaning': 'People choose how they take part, and how much.',
  'value.access.name': 'Open to everyone',
  'value.access.meaning':
    'We change how we work so everyone can take part: the time, the place, the format and the support.',
  'value.reciprocity.name': 'Giving back',
  'value.reciprocity.meaning': 'People are thanked and paid fairly for their time, and see what came of their ideas.',
  'value.culture.name': 'Respect for who we are',
  'value.culture.meaning': 'We respect each other’s culture, history, faith, gender and identity.',

  // Default ground rules for working together.
  'rule.breaks.text': 'We take regular breaks, and anyone can take a break whenever they need one.',
  'rule.pass.text': 'Anyone can pass, on any question, without saying why.',
  'rule.cameras.text': 'Cameras are optional in online meetings.',
  'rule.confidential.text': 'What people share about their lives stays in the room, unless they say otherwise.',
  'rule.disagreement.text': 'We disagree with ideas, not people, and we take time to hear every side.',
  /** Fair pay for time, as co-production guidance asks: money at the Living Wage; vouchers only if a person chooses them. */
  'rule.pay.text':
    'We pay people fairly for their time: money at the Living Wage, or vouchers if they choose. We tell them how before they start.',

  // A participant's own view, on their own phone, in a live session
  'participant.pickName': 'To take part, first pick your name from the group’s list.',
  'participant.intro':
    'You are taking part as {name}, on your own phone or computer. Give your own answer to each value and ground rule, one at a time.',
  'participant.noItems': 'There is nothing to answer yet. The group’s values and ground rules will appear here.',
  'participant.positionValue': '{position} of {total}: a value',
  'participant.positionRule': '{position} of {total}: a ground rule',
  'participant.staysHere':
    'Your answer stays on this phone or computer until the group shows everyone’s answers together.',
  'participant.shown': 'Everyone’s answers can be seen now. You can still change yours.',
  'participant.standsHeading': 'Where it stands',
  'participant.navLabel': 'Move between the values and ground rules',
  'participant.previous': 'Previous',
  'participant.next': 'Next',
};

import { easyReadOver } from '@coproduce/core';
import type { valuesAgreementEn } from './en.js';

/**
 * Easy Read English for <values-agreement>: everything a person meets while
 * taking part. One idea per sentence, 15 words at most, everyday words.
 * "Values" becomes "what matters to us"; consent is said as "yes", "yes, but
 * I have a worry", "not yet" and "pass", each with its picture and what it
 * means. Keys starting `easy.` are only in Easy Read.
 */
export const valuesAgreementEasyEn = easyReadOver<typeof valuesAgreementEn>()({
  title: 'What matters to us, and how we work together',
  intro:
    'We choose together what matters to us. We also choose how we work together. Everyone here answers each one. It is agreed when nobody says “Not yet”. You can pass. Passing is fine.',
  'public.intro': 'This is what our group has agreed so far.',
  'readonly.hint': 'You can read our agreement here. You cannot change it here.',
  'tools.heading': 'Keep or share our agreement',
  'error.tooManyItems': 'There is no more room. Take one away to add a new one.',
  'error.reviewDate': 'Please write a real date. For example: 1 3 2027',

  // Where the agreement stands
  'status.heading': 'Where we are now',
  'status.version': 'This is version {version} of our agreement.',
  'status.waiting': 'We are waiting for answers from {names}. Their phone or computer is not online yet.',
  'status.progress': '{count} of {total} are agreed.',
  'status.blocked': {
    one: '1 is not agreed yet. Someone said “Not yet”.',
    other: '{count} are not agreed yet. Someone said “Not yet”.',
  },
  'status.noPeople': 'Add the names of the people here. Then they can answer.',
  'status.private': 'Answers are secret for now. Later we show them all together.',
  'status.revealed': 'Now you can see everyone’s answers.',
  'status.reached': 'Everything is agreed. This is version {version}.',
  'status.allAgreed': 'Everything is agreed. Nobody here said “Not yet”.',
  'status.due': 'It is time to look at our agreement again. The date was {date}.',

  // Starting
  'start.heading': 'How to start',
  'start.hint': 'You can start with some ideas from this page. You can change them. Or you can write your own.',
  'start.defaults': 'Use the ideas from this page',
  'status.defaultsAdded': 'We added {count} ideas. You can change any of them.',

  // What matters to us, and how we work together
  'values.heading': 'What matters to us',
  'values.hint': 'These are our values. A value is something that matters to us. Each one says what it means.',
  'values.empty': 'Nothing here yet.',
  'values.add': 'Add something that matters to us',
  'values.addButton': 'Add what matters to us',
  'rules.hint': 'These are our rules for when we meet and work together.',
  'rules.empty': 'No rules yet.',
  'rules.add': 'Add a rule',
  'rules.addButton': 'Add the rule',
  'item.valueLabel': 'What matters to us',
  'item.ruleLabel': 'Our rule',
  'item.meaningLabel': 'What it means for us (you do not have to fill this in)',
  'item.meaning': 'This means: {meaning}',
  'item.rewordAgreed':
    'Everyone agreed to these words. If you change them, we ask everyone again. This makes version {version}.',
  'item.rewordAsk': 'If you change the words, we ask everyone again.',
  'item.moveUp': 'Move it up',
  'item.moveDown': 'Move it down',
  'status.moved': '“{text}” is now number {position}.',
  'status.newVersion': 'This is now version {version}. We will ask everyone about “{text}” again.',
  'status.reworded': 'Saved. We will ask everyone about “{text}” again.',

  // Where each one stands
  'state.agreed': 'We agreed this',
  'state.unsupported': 'Everyone here passed. So nobody said yes yet.',
  'state.nobodyHere': 'Nobody is here today.',
  'detail.passed': 'Passed. That is fine: {names}.',
  'state.blocked': { one: 'Not yet: 1 person wants to talk more', other: 'Not yet: {count} people want to talk more' },
  'detail.agreedBy': 'Said yes: {names}.',
  'detail.concerns': 'Said yes, but have a worry',
  'detail.notYet': 'Said not yet, because',
  'detail.unanswered': 'Have not answered yet: {names}.',
  'detail.noNote': 'they did not say why',

  // Answers
  'answer.agree': 'Yes, I agree',
  'answer.concern': 'Yes, but I have a worry',
  'answer.not-yet': 'Not yet. I want to talk more',
  'answer.pass': 'Pass. I will not answer',
  'answer.legend': '{name}, do you agree with this? “{text}”',
  'answer.hint': 'Choose 1 answer. A yes with a worry still counts as yes.',
  'answer.concernLabel': 'What is your worry? (you do not have to say)',
  'answer.notYetLabel': 'What would help you say yes? (you do not have to say)',
  'answer.changeHint': 'We hide their first answer, even from you. Choose again to change it. Or press “Done”.',
  'answer.donePrivate': 'Done. Hide my answers',
  // People
  'people.heading': 'Who is here',
  'people.hint': 'Write first names only. Each person answers everything.',
  'people.turn': '{name}: answer everything',
  'people.private': 'Keep answers secret at first. Then show them all together',
  'people.privateHint': 'Nobody sees other answers until you show them. So nobody feels pushed.',

  // The agreement as agreed
  'summary.heading': 'What we agreed',
  'summary.version': 'This is version {version}.',
  'summary.lastAgreed': 'We last agreed on {date}.',
  'summary.nothing': 'We have not agreed anything yet.',
  'summary.hidden': 'The answers are secret for now. You will see this when we show them.',
  'summary.stillOpen': { one: 'We are still talking about 1 more.', other: 'We are still talking about {count} more.' },
  'summary.review': 'We will look at our agreement again by {date}.',

  // Review date
  'review.heading': 'When we look at it again',
  'review.label': 'Date to look again',
  'review.hint': 'It helps to look at our agreement again. Write the date. For example: 1 3 2027.',
  'review.save': 'Save the date',
  'review.clear': 'Take the date away',
  'status.reviewSet': 'We will look again on {date}.',
  'status.reviewCleared': 'We took the date away.',

  // Earlier versions
  'history.heading': { one: '1 older version', other: '{count} older versions' },
  'history.version': 'Version {version}. We used it until {date}',
  'history.change': 'We changed “{from}” to “{to}”.',
  'history.meaningChange': 'We changed what “{text}” means.',
  'history.agreedBy': '{text}: {names} said yes',
  'history.notAgreed': '{text}: not agreed',

  // Our ideas to start with: what matters to us
  'value.trust.name': 'Trust',
  'value.trust.meaning': 'We are honest. We say what can change and what cannot. We do what we say.',
  'value.safety.meaning': 'Everyone can speak. Nobody is judged. You can take a break when you need to.',
  'value.equals.name': 'We are equal',
  'value.equals.meaning': 'What you know from your life matters. It matters as much as a job.',
  'value.choice.name': 'Your say and your choice',
  'value.choice.meaning': 'You choose how you take part. You choose how much.',
  'value.access.name': 'Everyone can take part',
  'value.access.meaning': 'We change how we work so everyone can join in. We give the help people need.',
  'value.reciprocity.meaning': 'We thank people. We pay people fairly. We show what came of their ideas.',
  'value.culture.meaning': 'We respect each other. This means your culture, your faith and who you are.',

  // Our ideas to start with: how we work together
  'rule.breaks.text': 'We have breaks. You can take a break when you need one.',
  'rule.pass.text': 'You can pass on any question. You do not have to say why.',
  'rule.cameras.text': 'In online meetings, you can turn your camera off.',
  'rule.confidential.text': 'What people tell us about their lives stays here. We only share it if they say yes.',
  'rule.disagreement.text': 'We can disagree with ideas. We are kind to people. We listen to everyone.',
  'rule.pay.text':
    'We pay people fairly for their time. We pay in money, at the Living Wage. The Living Wage is enough money to live on. You can choose vouchers instead. We tell you how before we start.',

  // Only in Easy Read: the 4 answers, each with its picture and what it means
  'easy.answers.heading': 'The 4 answers',
  'easy.answers.agree': 'You are happy with it.',
  'easy.answers.concern': 'You are happy with it, but you have a worry. It still counts as yes.',
  'easy.answers.not-yet': 'You want to talk about it more. It is not agreed yet.',
  'easy.answers.pass': 'You do not want to answer. That is fine.',

  'participant.pickName': 'First, choose your name from the list. Then you can take part.',
  'participant.intro': 'You are {name}. This is your own screen. Answer each one. You see 1 at a time.',
  'participant.noItems': 'There is nothing to answer yet. It will be here soon.',
  'participant.positionValue': '{position} of {total}: what matters to us',
  'participant.positionRule': '{position} of {total}: how we work together',
  'participant.staysHere': 'Your answer stays on this phone or computer. Nobody sees it until we show all the answers.',
  'participant.shown': 'Now everyone can see the answers. You can still change yours.',
  'participant.standsHeading': 'Where we are with this one',
  'participant.previous': 'Go back',
  'participant.next': 'Go to the next one',
});

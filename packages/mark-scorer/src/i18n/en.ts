import type { PluralMessage } from '@coproduce/core';

/** English strings of <mark-scorer>; the shared ones come from core. */
export const markScorerEn = {
  'error.stage': 'The page asked for a stage we don’t know (“{value}”), so the Process stage is showing.',
  'error.mode': 'The page asked for a way of scoring we don’t know (“{value}”), so everyone scores together.',
  'error.emptyIdea': 'Enter your idea',
  'error.emptyMarkName': 'Enter a name for the mark',

  // Stages
  'stage.planning': 'Planning',
  'stage.process': 'Process',
  'stage.completing': 'Completing, sharing and celebrating',
  'stage.review': 'Review',

  // <mark-scorer>
  title: 'Marks of co-production: {stage}',
  intro:
    'Talk through each mark together. Say what it means for your project, what helps you move forward (ladders), what could set you back (snakes), and how far you achieve it now, from 1 to 10. Anyone can pass.',
  'readonly.intro': 'This session can be read here but not changed.',
  'intro.individual':
    'Each person gives their own score privately first. Nobody sees anyone else’s score until you choose to show them all together.',
  'notes.label': 'What this means for our project',
  'notes.hint': 'In your own words.',
  'ladders.heading': 'Ladders: what helps us move forward',
  'ladders.hint': 'Things we already have that help, like skills, support or good habits.',
  'ladders.add': 'Add a ladder',
  'ladders.addButton': 'Add ladder',
  'ladders.edit': 'Change this ladder',
  'ladders.empty': 'No ladders yet.',
  'snakes.heading': 'Snakes: what could set us back',
  'snakes.hint': 'Risks and misunderstandings to watch out for.',
  'snakes.add': 'Add a snake',
  'snakes.addButton': 'Add snake',
  'snakes.edit': 'Change this snake',
  'snakes.empty': 'No snakes yet.',
  'score.agreedLegend': 'Our score for “{mark}”',
  'score.hint': '1 means we are not doing this yet. 10 means we do it fully. You can pass if you don’t want to score.',
  'score.pass': 'Pass – not scored',
  'summary.agreed': 'Our score: {score} out of 10',
  'summary.passed': 'Passed',
  'summary.notYet': 'Not scored yet',
  'people.heading': 'Who is scoring',
  'people.hint':
    'Names only, never job titles. Each person here scores privately; everyone’s scores are shown together.',
  'people.progress': 'marks scored: {count} of {total}',
  'individual.heading': 'Private scores',
  'individual.hint':
    'Take turns. Choose your name, pick your score, then press “Done”. Your score is hidden again straight away.',
  'individual.enter': 'Score privately as {name}',
  'individual.change': 'Change {name}’s score',
  'individual.answered': 'has answered',
  'individual.notYet': 'not answered yet',
  'individual.legend': '{name}’s private score for “{mark}”',
  'individual.changeHint':
    'Their first score stays hidden, even from you. Choose again to replace it, or press “Done” to keep it.',
  'individual.done': 'Done – hide my score',
  'individual.progress': 'Answered: {count} of {total}',
  'individual.reveal': 'Show everyone’s scores',
  'individual.noParticipants': 'To score privately, add the people here today under “Who is scoring”.',
  'individual.scoreAgain': 'Score again privately',
  'individual.scoreAgainHint':
    'This clears these private scores so everyone can score again. Saved rounds keep your agreed scores.',
  'spread.heading': 'Everyone’s scores',
  'spread.scores': { one: '1 score: {list}.', other: '{count} scores: {list}.' } as PluralMessage,
  'spread.range': 'Lowest {lowest}, middle {middle}, highest {highest}.',
  'spread.none': 'Nobody gave a score.',
  'spread.passes': { one: '1 person passed.', other: '{count} people passed.' } as PluralMessage,
  'spread.unanswered': {
    one: '1 person has not answered.',
    other: '{count} people have not answered.',
  } as PluralMessage,
  'mark.more': 'More about this mark',
  'source.rip': 'These marks come from Research in Practice’s “The mark of co-production”.',
  'source.ripLink': 'Research in Practice (opens in a new tab)',
  'source.ours':
    'The marks in this stage are our own suggestions, drawn from co-production guidance, not from “The mark of co-production”. Change them to suit your group.',
  'everyMeeting.heading': 'At every meeting, ask',
  'everyMeeting.questions': 'What are our gaps?|Does everyone feel heard and valued?|What should we change?',
  'scores.notTargets':
    'These scores are the group’s own reflection on how it works together. They are not a performance measure or a target.',
  'mark.reword': 'Change the wording',
  'mark.restore': 'Go back to the original wording',
  'mark.hide': 'Hide this mark',
  'mark.remove': 'Remove this mark',
  'mark.nameLabel': 'Name of the mark',
  'mark.descriptionLabel': 'What it means (optional)',
  'hidden.heading': { one: '1 hidden mark', other: '{count} hidden marks' } as PluralMessage,
  'hidden.show': 'Show again',
  'marks.allHidden': 'All the marks for this stage are hidden. You can show them again below.',
  'addMark.heading': 'Add a mark of your own',
  'addMark.hint': 'It is added to this stage. You can remove it later.',
  'addMark.submit': 'Add mark',
  'lake.heading': 'Lake of ideas',
  'lake.hint': 'Ideas that belong to a different stage. They are kept here so they are not lost.',
  'lake.empty': 'No ideas in the lake yet.',
  'lake.ideaLabel': 'Your idea',
  'lake.stageLabel': 'Which stage it belongs to',
  'lake.add': 'Add to the lake',
  'rounds.heading': 'Rounds',
  'rounds.hint': 'Save your agreed scores now, then score again later to see what has changed.',
  'rounds.labelLabel': 'Name for this round (optional)',
  'rounds.labelHint': 'If you leave it blank, it will be called “{label}”.',
  'rounds.defaultLabel': 'Round {number}',
  'rounds.save': 'Save this round',
  'rounds.empty': 'No rounds saved yet.',
  'rounds.cellPassed': 'Passed',
  'rounds.cellNone': 'Not scored',
  'reflection.heading': 'Looking back',
  'reflection.needTwo': 'Save another round later to see how your scores change.',
  'reflection.movedMost': 'The marks that moved most:',
  'reflection.up': {
    one: '“{mark}” went up by 1, from {from} to {to}',
    other: '“{mark}” went up by {count}, from {from} to {to}',
  } as PluralMessage,
  'reflection.down': {
    one: '“{mark}” went down by 1, from {from} to {to}',
    other: '“{mark}” went down by {count}, from {from} to {to}',
  } as PluralMessage,
  'reflection.noChange': 'No agreed scores have changed between rounds.',
  'reflection.chartNote': 'In the chart, each circle is a round, numbered in order. The table has the same scores.',
  'reflection.caption': 'Agreed scores in each round',
  'reflection.markColumn': 'Mark',
  'file.name': 'marks of co-production',
  'csv.stage': 'Stage',
  'csv.mark': 'Mark',
  'csv.meaning': 'What it means',
  'csv.notes': 'Our notes',
  'csv.ladders': 'Ladders',
  'csv.snakes': 'Snakes',
  'csv.agreed': 'Agreed score',
  'csv.private': 'Private scores (after showing)',
  'csv.hidden': 'Hidden',
  'status.privateHidden': '{name}’s score is saved and hidden.',
  'status.revealed': 'Showing everyone’s scores for “{mark}”.',
  'status.scoreAgain': 'Private scores cleared. Everyone can score again.',
  'status.markAdded': 'Added the mark “{mark}”.',
  'status.markHidden': '“{mark}” is hidden. You can show it again from the hidden marks.',
  'status.markShown': '“{mark}” is showing again.',
  'status.markRemoved': 'Removed the mark “{mark}”.',
  'status.wordingRestored': 'The original wording is back.',
  'status.ideaAdded': 'Idea added to the lake, for {stage}.',
  'status.roundSaved': 'Saved “{label}”.',

  // Default marks: planning
  'mark.starting-positively.name': 'Starting positively: bringing co-producers together',
  'mark.starting-positively.description': 'First conversations, fair payment, and agreeing how and when we meet.',
  'mark.starting-positively.more':
    'Talk with each person before the first meeting: what they want from it, and what would make it easier to come. Agree payment before anyone starts, and pay on time. Ask how people like to meet: the time of day, the place, online or in a room, and any support they need.',
  'mark.shared-purpose.name': 'Agreeing what we want to change',
  'mark.shared-purpose.description': 'We decide together what the project is for and what success looks like.',
  'mark.shared-purpose.more':
    'Agree in plain words what the project is for and what would count as success, and write it down. Check that people with lived experience shaped it, not only staff. Come back to it when things change.',
  'mark.what-can-change.name': 'What power we hold, and what can’t change',
  'mark.what-can-change.description':
    'We say early on which decisions are ours to make, which are not, and who makes them.',
  'mark.what-can-change.more':
    'Be clear about what the group can decide, what it can influence, and what is already fixed. Name who makes the decisions the group cannot. People would rather know the limits now than find out later that their ideas were never possible.',
  'mark.easy-to-join.name': 'Making it easy to take part',
  'mark.easy-to-join.description': 'Meeting times, places, formats and support suit everyone in the group.',
  'mark.easy-to-join.more':
    'Ask each person what helps them take part: times, places, travel, breaks, large print, a quiet room, someone to come with them. Pay travel and care costs up front where you can. Ask again as the project goes on, because needs change.',
  // Default marks: process
  'mark.right-for-this.name': 'Is co-production right for this, now?',
  'mark.right-for-this.description':
    'We check there is real room to change things, and the time and money to do it well.',
  'mark.right-for-this.more':
    'Co-production needs room for people to change what happens, and the time, money and support to do it properly. If the big decisions are already made, say so, and think again about whether to ask people at all. It is better to be honest now than to ask for ideas nobody can use.',
  'mark.who-is-missing.name': 'Who is not in the room, and why',
  'mark.who-is-missing.description': 'We notice whose voices are missing, and make it easier for them to join.',
  'mark.who-is-missing.more':
    'Look around the group and ask who is missing: people of some ages, backgrounds, languages or experiences. Ask why: the time, the place, the cost, trust, or how people heard about it. Change what you can, and say what you tried.',
  'mark.our-words.name': 'Agreeing our words',
  'mark.our-words.description': 'We agree plain words together, with no jargon or abbreviations.',
  'mark.our-words.more':
    'Make a short list of words the group will use, and words it will avoid. Ask people what they would like to be called. When someone uses a word or an abbreviation that not everyone knows, anyone can ask what it means, and that is welcome.',
  'mark.listening.name': 'Listening',
  'mark.listening.description': 'Everyone is heard, and we act on what people tell us.',
  'mark.listening.more':
    'Notice who gets interrupted or talked over, and who speaks most. Give people time to finish, and ways to add things in writing or afterwards. Show what you did with what people said, so they know it was heard.',
  'mark.new-skills.name': 'Gaining new skills',
  'mark.new-skills.description': 'People learn from each other and get the training or support they ask for.',
  'mark.new-skills.more':
    'Ask people what they would like to learn, and offer training, mentoring or practice. Name the skills people gain, such as chairing a meeting or speaking to a panel, so they can use them elsewhere, on a CV for example. Staff learn from people with lived experience too: say so.',
  'mark.icebreakers.name': 'Icebreakers',
  'mark.icebreakers.description': 'Short warm-ups that help people feel at ease, with a choice to sit out.',
  'mark.icebreakers.more':
    'Keep them short, light and optional: anyone can pass without giving a reason. Use first names, not job titles. Offer ways to join in without speaking or with cameras off, and avoid questions that ask people to share something personal.',
  'mark.creative-ways.name': 'Creative ways of working together',
  'mark.creative-ways.description': 'We use drawing, stories, objects and other ways beyond talking and writing.',
  'mark.creative-ways.more':
    'Not everyone thinks best by talking or writing. Try drawing, photos, objects, maps, stories, or walking and talking. Let people choose how they take part, and keep and use what they make like any other idea.',
  'mark.conflict.name': 'Handling conflict and difficult dynamics',
  'mark.conflict.description': 'It is safe to disagree, and we deal with tension fairly and early.',
  'mark.conflict.more':
    'Disagreement is normal and can be useful. Agree early how you will handle it: take a break, hear each side, and look at what caused it. If someone gets upset, check in with them kindly, in private if they prefer, and offer support. Deal with problems early, before they grow.',
  'mark.community.name': 'Being part of the community',
  'mark.community.description': 'The project is rooted in the communities it is for, and gives something back.',
  'mark.community.more':
    'Link the project to the places and groups people already belong to. Meet in the community where you can, and share what you learn with it. Ask what the project can give back, not only what it needs.',
  'mark.power.name': 'Thinking and talking about power',
  'mark.power.description': 'We notice who has more say, and share decisions more equally.',
  'mark.power.more':
    'Talk openly about who has more say: who holds the budget, who chairs, who writes the notes. Share those jobs around. Let people with lived experience go first sometimes, and check that decisions were shaped by them, not only agreed at the end.',
  'mark.ongoing-reviews.name': 'Ongoing reviews',
  'mark.ongoing-reviews.description':
    'At every meeting we check how working together is going, and change what isn’t working.',
  'mark.ongoing-reviews.more':
    'At every meeting, take a few minutes to ask: What are our gaps? Does everyone feel heard and valued? What should we change? Make it easy to answer without speaking, on paper for example. Act on the answers, and say what changed.',
  'mark.decompress.name': 'Support and time to decompress',
  'mark.decompress.description': 'People have support, and time to recover after hard conversations.',
  'mark.decompress.more':
    'Talking about lived experience can be hard. Plan breaks and a quiet space, and end meetings gently rather than in a rush. Tell people where they can get support afterwards, and check in with anyone who seemed upset.',
  'mark.planning-for-change.name': 'Plans for when people leave or pause',
  'mark.planning-for-change.description':
    'We plan for people leaving, pausing or joining, so the work and their voice carry on.',
  'mark.planning-for-change.more':
    'People’s lives change: illness, work, caring, or needing a break. Agree how someone can step back and come back without losing their place. Keep notes so new people can catch up, and welcome them properly. Thank people who leave, and tell them what came of their work.',
  'mark.allyship.name': 'Allyship and anti-racism',
  'mark.allyship.description': 'We challenge racism and discrimination, and stand up for each other.',
  'mark.allyship.more':
    'Challenge racism and discrimination when you see or hear it, in the room and in the organisation. Do not leave it to the people it affects to speak up. Learn about the experiences of people in the group, and check that everyone is treated fairly, including in how people are paid and credited.',
  'mark.online-comfort.name': 'Comfort in online meetings',
  'mark.online-comfort.description': 'Online meetings work for everyone, with cameras on or off.',
  'mark.online-comfort.more':
    'Cameras are always optional. Check that everyone can get online and use the tools, and offer help or a way to join by phone. Use the chat and other ways to join in besides speaking. Keep online meetings shorter, with breaks.',
  'mark.admin-support.name': 'Secure and value admin support',
  'mark.admin-support.description':
    'Someone is responsible for the admin and organising, with the time and money it needs, and we value that work.',
  'mark.admin-support.more':
    'Co-production needs a lot of organising: booking rooms, sending papers in the right formats, arranging travel and making sure people are paid on time. Make it someone’s job, give it time and a budget, and thank them for it. When admin is left to chance, people drop out.',
  // Default marks: completing, sharing and celebrating
  'mark.crediting.name': 'Crediting everyone',
  'mark.crediting.description': 'Everyone’s part is named and thanked, in the way each person chooses.',
  'mark.crediting.more':
    'Ask each person how they would like to be credited: full name, first name, a made-up name, or not at all. Name everyone’s part in reports, talks and websites. Never present co-produced work as one person’s or one organisation’s.',
  'mark.sharing-change.name': 'Sharing what changed',
  'mark.sharing-change.description': 'We tell people what happened because of their time and ideas.',
  'mark.sharing-change.more':
    'Tell everyone who took part what happened because of their time and ideas, including what could not change and why. Do it soon, and in a way people can use. This is often called “you said, we did”.',
  'mark.celebrating.name': 'Celebrating together',
  'mark.celebrating.description': 'We mark what we achieved, in a way the whole group enjoys.',
  'mark.celebrating.more':
    'Mark what the group achieved in a way everyone enjoys: a meal, an event, a certificate or a simple thank you. Ask the group how they would like to celebrate, and include people who left along the way.',
  'mark.accessible-sharing.name': 'Sharing in ways people can use',
  'mark.accessible-sharing.description': 'What we share is in plain language and in formats everyone can use.',
  'mark.accessible-sharing.more':
    'Share what you found in plain language, and in the formats people need: Easy Read, large print, audio, Welsh or other languages. Ask people with lived experience to check it, and share it with the group first.',
  // Default marks: review
  'mark.looking-back.name': 'Looking back on our scores',
  'mark.looking-back.description': 'We compare today’s scores with earlier ones and talk about why they moved.',
  'mark.looking-back.more':
    'Compare today’s scores with earlier ones and talk about why they moved. The scores are the group’s own reflection, not a target. A lower score can be a good sign: the group now sees more clearly.',
  'mark.take-forward.name': 'What we take forward',
  'mark.take-forward.description': 'We name what worked well, so we can do it again.',
  'mark.take-forward.more':
    'Name what worked well, so you or others can do it again. Write it down in plain words, and share it with the people who will plan the next project.',
  'mark.drop.name': 'What we drop',
  'mark.drop.description': 'We agree what didn’t work, and stop doing it.',
  'mark.drop.more':
    'Agree what did not work, and stop doing it. Be honest, and kind: the aim is to learn, not to blame. Ask people who left what would have helped them stay.',
  'mark.staying-in-touch.name': 'Staying in touch',
  'mark.staying-in-touch.description': 'People know what happens next, and how to stay involved if they want to.',
  'mark.staying-in-touch.more':
    'Tell people what happens next and how they can stay involved, if they want to. Ask how they would like to hear about it, and make it just as easy to step away.',
};

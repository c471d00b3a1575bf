import { easyReadOver } from '@coproduce/core';
import type { markScorerEn } from './en.js';

/**
 * Easy Read English for <mark-scorer>: everything a person meets while
 * taking part. The metaphors are explained where they are met: a mark is a
 * sign of good co-production; ladders help us go up, snakes take us back
 * down (the game is named once, in the intro); the lake keeps ideas for
 * later; a round is 1 time we give scores. A stage is "a part". Keys
 * starting `easy.` are only in Easy Read: the words at each end of the
 * scale.
 */
export const markScorerEasyEn = easyReadOver<typeof markScorerEn>()({
  'error.emptyIdea': 'Please write your idea',
  'error.emptyMarkName': 'Please write a name for the mark',

  'stage.process': 'Working together',
  'stage.completing': 'Finishing, sharing and celebrating',
  'stage.review': 'Looking back',

  title: 'Signs of good co-production: {stage}',
  intro:
    'Co-production means we work together as equals. Each mark on this page is a sign that we do it well. We talk about each mark together. We use ideas from the game snakes and ladders. We give each mark a score from 1 to 10. Anyone can pass.',
  'readonly.intro': 'You can read this. You cannot change it here.',
  'intro.individual':
    'First, each person gives a score in secret. Nobody sees the scores until we show them all together.',
  'notes.label': 'What this means for us',
  'notes.hint': 'Use your own words.',
  'ladders.heading': 'Ladders: what helps us',
  'ladders.hint': 'Ladders are things that help us. Like a ladder, they help us go up.',
  'ladders.addButton': 'Add the ladder',
  'snakes.heading': 'Snakes: what could stop us',
  'snakes.hint': 'Snakes are things that could stop us. Like a snake in the game, they take us back down.',
  'snakes.addButton': 'Add the snake',
  'score.hint': 'Choose a number from 1 to 10. You can pass if you do not want to choose.',
  'score.pass': 'Pass – no score',
  'summary.passed': 'We passed',
  'summary.notYet': 'No score yet',
  'individual.heading': 'Secret scores',
  'individual.hint':
    'Take turns. Press the button with your name. Choose your score. Then press “Done”. We hide your score straight away.',
  'individual.enter': '{name}: give your secret score',
  'individual.notYet': 'has not answered yet',
  'individual.legend': '{name}, your secret score for “{mark}”',
  'individual.changeHint': 'We hide their first score, even from you. Choose again to change it. Or press “Done”.',
  'individual.done': 'Done. Hide my score',
  'individual.progress': '{count} of {total} have answered',
  'individual.noParticipants': 'To give secret scores, add the people here today. Add them under “Who is scoring”.',
  'individual.scoreAgain': 'Give secret scores again',
  'individual.scoreAgainHint':
    'This clears these secret scores. Then everyone can score again. Saved rounds keep our group scores.',
  'spread.waiting': 'We are waiting for scores from {names}. Their phone or computer is not online yet.',
  'spread.range': 'The lowest score is {lowest}. The middle score is {middle}. The highest score is {highest}.',
  'mark.reword': 'Change the words',
  'mark.restore': 'Go back to the first words',
  'mark.descriptionLabel': 'What it means (you do not have to fill this in)',
  'marks.allHidden': 'All the marks here are hidden. You can show them again below.',
  'addMark.heading': 'Add your own mark',
  'addMark.hint': 'It goes in this part. You can take it away later.',
  'addMark.submit': 'Add the mark',
  'lake.hint':
    'The lake is where we keep ideas for later. These ideas are for a different part. We keep them here so we do not lose them.',
  'lake.stageLabel': 'Which part it is for',
  'rounds.heading': 'Rounds: scoring again later',
  'rounds.hint': 'A round is 1 time we give scores. Save our scores now. Score again later to see what changed.',
  'rounds.labelLabel': 'Name for this round (you do not have to fill this in)',
  'rounds.labelHint': 'If you leave it empty, we call it “{label}”.',
  'rounds.cellNone': 'No score',
  'reflection.needTwo': 'Save another round later. Then you can see how our scores change.',
  'reflection.movedMost': 'The scores that changed most:',
  'reflection.up': { one: '“{mark}” went up from {from} to {to}', other: '“{mark}” went up from {from} to {to}' },
  'reflection.down': { one: '“{mark}” went down from {from} to {to}', other: '“{mark}” went down from {from} to {to}' },
  'reflection.noChange': 'Our scores have not changed.',
  'reflection.chartNote': 'In the picture, each circle is a round. The table shows the same scores.',
  'reflection.caption': 'Our scores in each round',
  'status.revealed': 'Now you can see everyone’s scores for “{mark}”.',
  'status.scoreAgain': 'We cleared the secret scores. Everyone can score again.',
  'status.markHidden': '“{mark}” is hidden. You can show it again below.',
  'status.ideaAdded': 'We put your idea in the lake. It is for {stage}.',

  // The marks: planning
  'mark.starting-positively.name': 'A good start: bringing people together',
  'mark.starting-positively.description':
    'We talk with people first. We pay people fairly. We agree how and when we meet.',
  'mark.shared-purpose.description':
    'We decide together what our project is for. We agree what a good result looks like.',
  'mark.what-can-change.name': 'Who decides, and what cannot change',
  'mark.what-can-change.description': 'We say early on which decisions are ours. We say who makes the others.',
  'mark.easy-to-join.description': 'Meeting times and places work for everyone. Everyone gets the help they need.',
  // Working together
  'mark.listening.description': 'We listen to everyone. We do something about what people tell us.',
  'mark.new-skills.name': 'Learning new things',
  'mark.new-skills.description': 'We learn from each other. People get the training or help they ask for.',
  'mark.icebreakers.name': 'Icebreakers: short games to start',
  'mark.icebreakers.description': 'Short games at the start help people feel relaxed. You can always sit out.',
  'mark.creative-ways.name': 'Different ways to work together',
  'mark.creative-ways.description': 'We draw, tell stories and use objects. We do more than talk and write.',
  'mark.conflict.name': 'When we disagree',
  'mark.conflict.description': 'It is safe to disagree. We sort out problems early and fairly.',
  'mark.community.description': 'Our project is part of the places it is for. It gives something back.',
  'mark.power.name': 'Talking about who has a say',
  'mark.power.description': 'We notice who gets more say. We share decisions more fairly.',
  'mark.ongoing-reviews.name': 'Checking how it is going',
  'mark.ongoing-reviews.description':
    'At every meeting, we check how working together is going. We change what is not working.',
  'mark.decompress.name': 'Support and time to rest',
  'mark.decompress.description': 'People get support. There is time to rest after hard talks.',
  'mark.planning-for-change.description':
    'People may leave, take a break or join. We plan for this. The work carries on.',
  'mark.allyship.name': 'Standing together against racism',
  'mark.allyship.description': 'We speak up against racism and unfair treatment. We stand up for each other.',
  'mark.online-comfort.name': 'Feeling OK in online meetings',
  'mark.online-comfort.description': 'Online meetings work for everyone. Cameras can be on or off.',
  'mark.admin-support.name': 'Someone to organise things',
  'mark.admin-support.description':
    '1 person has the job of organising things. They have the time and money for it. We thank them.',
  // Finishing, sharing and celebrating
  'mark.crediting.name': 'Thanking everyone',
  'mark.crediting.description': 'We say what each person did. We thank them in the way they choose.',
  'mark.sharing-change.description': 'We tell people what changed because of their ideas.',
  'mark.celebrating.description': 'We celebrate what we did together. We do it in a way everyone enjoys.',
  'mark.accessible-sharing.description': 'We share things in easy words. We share them in ways everyone can use.',
  // Looking back
  'mark.looking-back.description': 'We look at our scores now and before. We talk about why they changed.',
  'mark.take-forward.name': 'What we will keep doing',
  'mark.take-forward.description': 'We say what worked well. Then we can do it again.',
  'mark.drop.name': 'What we will stop doing',
  'mark.drop.description': 'We agree what did not work. We stop doing it.',
  'mark.staying-in-touch.description': 'People know what happens next. They know how to stay involved if they want.',

  // Only in Easy Read: the words at each end of the scale, beside their pictures
  'easy.scale.low': '1 means we do not do this yet.',
  'easy.scale.high': '10 means we do this really well.',
  'mark.planning-for-change.name': 'When people leave or take a break',
  'mark.right-for-this.name': 'Is working together right for this, now?',
  'mark.right-for-this.description': 'We check that things can really change. We check there is time and money.',
  'mark.who-is-missing.name': 'Who is not here, and why',
  'mark.who-is-missing.description': 'We notice who is missing. We make it easier for them to join.',
  'mark.our-words.name': 'Choosing our words',
  'mark.our-words.description': 'We choose plain words together. We do not use hard words or short forms.',
  'mark.more': 'More about this',
  'mark.moreFailed': 'We could not get this. Check you are online. Then close it and open it again.',
  'source.rip': 'These marks come from a guide called “The mark of co-production”. Research in Practice wrote it.',
  'source.ours': 'We wrote the marks in this part. They are ideas to start with. You can change them.',
  'everyMeeting.questions': 'Is anything missing?|Does everyone feel listened to?|What should we change?',
  'scores.notTargets': 'These scores are for our group to think about. They are not a test.',
  'people.hint': 'Write first names only. Each person gives a secret score.',
  'people.progress': 'Scores given: {count} of {total}',

  'participant.pickName': 'First, choose your name from the list. Then you can take part.',
  'participant.intro': 'You are {name}. This is your own screen. You see 1 mark at a time.',
  'participant.introIndividual':
    'Give your own secret score for each mark. Nobody sees it until we show all the scores.',
  'participant.introGroup': 'We choose a score for each mark together. You can add ladders, snakes, notes and ideas.',
  'participant.previous': 'Go back 1 mark',
  'participant.next': 'Go to the next mark',
  'participant.scoreHeading': 'Your secret score',
  'participant.staysHere': 'Your score stays on this phone or computer. Nobody sees it until we show all the scores.',
  'participant.scored': 'You gave your score. You can change it until we show all the scores.',
  'participant.notScored': 'You have not given a score yet.',
  'participant.noNotes': 'Nobody has written a note yet.',
  'participant.addNote': 'Write something to add to the notes',
  'participant.addNoteButton': 'Add it',
  'participant.noteAdded': 'We added it to the notes.',
});

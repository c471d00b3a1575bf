import { easyReadOverEn } from './easy-read-over.js';

/**
 * Easy Read English: the shared strings a person meets while taking part.
 * Written to the UK Department of Health's "Making written information
 * easier to understand for people with learning disabilities" (2010) and
 * Mencap's "Am I making myself clear?": one idea per sentence, 15 words at
 * most, everyday words, "we" and "you", active verbs, numbers as digits, no
 * short forms ("do not", not "don't"). Problems a page's author must fix
 * (attributes, addresses) stay in plain English: they are not for the room.
 */
export const easyReadEn = easyReadOverEn({
  'action.cancel': 'Go back',
  'action.undo': 'Put it back',
  'error.change': 'We could not save that change. Nothing has changed.',
  'error.file': '“{file}” will not open here. It is not a copy from this page. Nothing has changed.',
  'error.fileNewer': '“{file}” comes from a newer version of this page. It will not open here. Nothing has changed.',
  'error.fileTooBig': '“{file}” is too big. It will not open here. Nothing has changed.',
  'error.storageUnreadable':
    'We could not read the work saved here. So we started again. Your old work is still kept safe.',
  'error.storageUnreadableNotKept':
    'We could not read the work saved here. We will not save over it. Download a copy to keep today’s work.',
  'error.storageNewer':
    'The work saved here comes from a newer version of this page. We have not changed it. Download a copy to keep today’s work.',
  'error.storageFull':
    'There is no more space to save here. Your work is still on the screen. Download a copy to keep it.',
  'error.storageUnavailable':
    'This web browser will not let us save. Your work is still on the screen. Download a copy to keep it.',
  'error.emptyItem': 'Please write something first',
  'error.languageUnavailable':
    'We could not get the words in {language}. So the words are in English. Try opening the page again.',
  'error.partUnavailable':
    'We could not get this part of the page. Nothing has changed. Check you are online. Then try again.',
  'tools.heading': 'Keep or share your work',
  'tools.savedHere': 'Your work saves by itself. It is kept in this web browser.',
  'tools.notSaved': 'Your work is not saved here. Download a copy to keep it.',
  'tools.openHint':
    'Choose a copy you downloaded before. It takes the place of what is on the screen. You can put it back.',
  'status.undone': 'We put it back as it was.',
  'status.undoneKeptTheirs': 'We put your change back. Someone else changed it too. We kept their change.',
  'sync.conflict': 'Someone else changed this too. We kept what you put for now. Choose which to keep.',
  'sync.mine': 'What you put: “{value}”',
  'sync.theirs': 'What they put: “{value}”',
  'action.keepMine': 'Keep what I put',
  'action.useTheirs': 'Use what they put',
  'status.keptMine': 'We kept what you put.',
  'status.usedTheirs': 'We used what they put.',
  'error.sharedRefused': 'A change from somewhere else did not fit. We left it out. Your work is the same.',
  'error.changeRefused': 'Your last change could not go to the group. You now see the group’s copy.',
  'error.changesRefused':
    'Your changes cannot go to the group. They are kept on this phone or computer. Ask the person who leads the meeting.',
  'status.downloaded': 'Your copy is downloading.',
  // People taking part
  'people.empty': 'No names yet.',
  'people.add': 'Add a name',
  'people.addButton': 'Add the name',
  'error.emptyName': 'Please write a name',
  'error.nameUnusable': 'We cannot use that name here. Please write it a different way',
  'error.nameTaken': 'That name is on the list already',
  'error.peopleFull': 'The list of people is full. Take someone off to add a new person.',
  'status.personRemoved': 'We took {name} off the list. We keep what they gave.',
  // Problems with the names or the work the page gave: the group sees them too.
  'error.data': 'This page tried to open work we cannot read. We kept what was here.',
  'error.duplicateName': '“{name}” is on the list 2 times. We show each name once.',
  'error.longName': 'A name on the list is too long. A name can have up to {max} letters. We left it out.',
  'error.unusableName': 'We cannot use “{name}” as a name here. We left it out. Please write it a different way.',
  'error.tooManyPeople': 'There are too many names. We show the first {max}.',
  // What each picture shows, for a screen reader where it stands without its words (see pictures/picture.ts).
  'easy.picture.agree': 'A thumb pointing up',
  'easy.picture.concern': 'A thumb up, with a speech bubble',
  'easy.picture.not-yet': 'A hand held up, to say wait',
  'easy.picture.pass': 'An arrow going past',
  'easy.picture.not-here': 'An empty chair',
  'easy.picture.ladder': 'A ladder',
  'easy.picture.snake': 'A snake',
  'easy.picture.lake': 'A lake',
  'easy.picture.seedling': 'A small plant just starting to grow',
  'easy.picture.tree': 'A big tree',
  'easy.picture.face-1': 'A very sad face',
  'easy.picture.face-2': 'A sad face',
  'easy.picture.face-3': 'A face that is not happy or sad',
  'easy.picture.face-4': 'A happy face',
  'easy.picture.face-5': 'A very happy face',
  'easy.picture.people': 'A group of people',
  'easy.picture.meeting': 'People sitting round a table',
  'easy.picture.screen': 'A laptop computer',
  'easy.picture.clock': 'A clock',
  'easy.picture.question': 'A question mark',
  'easy.picture.idea': 'A light bulb, for an idea',
  'easy.picture.decision': 'A signpost',
  'easy.picture.working': 'A hammer, for work going on',
  'easy.picture.done': 'A tick',
  'easy.picture.could-not': 'A cross',
  'easy.picture.feedback': 'A speech bubble',
  'easy.picture.icebreaker': 'A hand waving hello',
  'easy.picture.value': 'A heart',
  'easy.picture.rules': 'A list on a clipboard',
  'easy.picture.calendar': 'A calendar',
  'easy.picture.mark': 'A star',
  'easy.picture.private': 'A closed eye',
});
